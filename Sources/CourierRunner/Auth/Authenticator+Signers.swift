import CourierHTTP
import CourierModel
import Foundation

/// One step of NTLM's handshake: the NEGOTIATE message, or the AUTHENTICATE answer to a challenge.
enum NTLMStep: Equatable {
    case negotiate
    case authenticate(NTLMMessages.Challenge)
}

/// The signing auth types (oauth1, hawk, awsv4, edgegrid, jwt, asap, ntlm), dispatched from `Authenticator.sign`.
extension Authenticator {
    /// Signs with one of the signature auth types. A signing failure (a bad key, invalid JSON)
    /// leaves the request unsigned and returns the reason.
    @discardableResult
    func signWithSigner(_ request: inout PreparedRequest, now: Date = Date()) -> String? {
        let clock = { now }
        do {
            switch auth.type {
            case "oauth1": try OAuth1Signer(parameter: parameter, now: clock).sign(&request)
            case "hawk": HawkSigner(parameter: parameter, now: clock).sign(&request)
            case "awsv4": AWSV4Signer(parameter: parameter, now: clock).sign(&request)
            case "edgegrid": EdgeGridSigner(parameter: parameter, now: clock).sign(&request)
            case "jwt": try JWTSigner(parameter: parameter).sign(&request)
            case "asap": try ASAPSigner(parameter: parameter, now: clock).sign(&request)
            case "ntlm": signNTLM(&request, step: .negotiate)
            default: return nil
            }
        } catch {
            return "\(auth.type) auth: \(error.description)"
        }
        return nil
    }

    /// Secret values of the signing auth types, to be masked in output.
    var signerSecrets: [String] {
        switch auth.type {
        case "oauth1":
            return [parameter("consumerSecret"), parameter("tokenSecret"), parameter("privateKey")]
        case "hawk": return [parameter("authKey")]
        case "awsv4": return [parameter("secretKey"), parameter("sessionToken")]
        case "edgegrid":
            return [parameter("clientSecret"), parameter("accessToken"), parameter("clientToken")]
        case "jwt": return [parameter("secret"), parameter("privateKey")]
        case "asap": return [parameter("privateKey")]
        case "ntlm": return [parameter("password")]
        default: return []
        }
    }

    /// For NTLM: the next handshake step after a response, if the request should be signed with it
    /// and sent again. A 401 carrying `WWW-Authenticate: NTLM <challenge>` asks for AUTHENTICATE;
    /// a bare `NTLM` offer asks for NEGOTIATE (unless that was just sent).
    func ntlmReplay(status: Int, headers: [HeaderField], after previous: NTLMStep? = .negotiate) -> NTLMStep?
    {
        guard auth.type == "ntlm", status == 401, parameter("disableRetryRequest").lowercased() != "true"
        else { return nil }
        for header in headers where header.name.equalsIgnoringASCIICase("WWW-Authenticate") {
            let value = header.value.trimmingCharacters(in: .whitespaces)
            guard value.lowercased().hasPrefix("ntlm") else { continue }
            let token = value.dropFirst(4).trimmingCharacters(in: .whitespaces)
            if token.isEmpty { return previous == nil ? .negotiate : nil }
            if let data = Data(base64Encoded: token), let challenge = NTLMMessages.Challenge(data) {
                if case .authenticate = previous { return nil }  // Already answered: credentials refused.
                return .authenticate(challenge)
            }
        }
        return nil
    }

    /// Sets `Authorization: NTLM <message>` for a handshake step. Without MD4 (OpenSSL's legacy
    /// provider) the AUTHENTICATE message cannot be built and the request goes unsigned.
    func signNTLM(_ request: inout PreparedRequest, step: NTLMStep) {
        let message: Data?
        switch step {
        case .negotiate:
            message = NTLMMessages.negotiate()
        case .authenticate(let challenge):
            var user = parameter("username")
            var domain = parameter("domain")
            if domain.isEmpty, let slash = user.firstIndex(of: "\\") {
                domain = String(user[..<slash])
                user = String(user[user.index(after: slash)...])
            }
            message = NTLMMessages.authenticate(
                challenge: challenge, user: user, password: parameter("password"), domain: domain,
                workstation: parameter("workstation"))
        }
        guard let message else { return }
        request.setHeader("Authorization", "NTLM " + message.base64EncodedString())
    }
}
