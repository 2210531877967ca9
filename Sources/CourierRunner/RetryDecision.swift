import CourierHTTP
import CourierModel

extension Runner {
    /// Whether the first attempt of an item's request should be sent again under `--retries`.
    ///
    /// A 401 that an auth handler answers itself (digest's challenge, NTLM's handshake, a refused
    /// OAuth 2.0 token that Courier fetched) is left to that handler and never retried.
    func shouldRetry(_ result: Result<HTTPResponse, HTTPError>?, auth: Auth?, tokenGrant: Bool) -> Bool {
        switch result {
        case nil:
            return false
        case .failure?:
            return options.retryPolicy.retries(status: nil)
        case .success(let response)?:
            if response.status == 401, tokenGrant || ["digest", "ntlm"].contains(auth?.type ?? "") {
                return false
            }
            return options.retryPolicy.retries(status: response.status)
        }
    }
}
