import CCurl
import Foundation

/// Turns a failed `curl_easy_perform` into an `HTTPError` whose message reads like newman's.
enum CurlErrorMapping {
    /// The error for a curl result code, given the request that failed and curl's error text.
    static func error(
        for code: CURLcode, url: String, info: CurlInfo, curlMessage: String, maxBodySize: Int,
        exceededMaxBodySize: Bool
    ) -> HTTPError {
        let text = curlMessage.isEmpty ? String(cString: curl_easy_strerror(code)) : curlMessage
        let raw = Int(code.rawValue)
        func make(_ kind: HTTPError.Kind, _ message: String) -> HTTPError {
            HTTPError(kind: kind, message: message, curlCode: raw)
        }
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST:
            return make(.hostNotFound, "getaddrinfo ENOTFOUND \(URLParts(url).host ?? url)")
        case CURLE_COULDNT_CONNECT:
            let parts = URLParts(url)
            let address =
                info.string(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 } ?? parts.host ?? ""
            let port = info.long(CURLINFO_PRIMARY_PORT)
            let target = "\(address):\(port > 0 ? port : parts.port ?? 0)"
            if info.long(CURLINFO_OS_ERRNO) == Int(ECONNREFUSED) {
                return make(.connectionRefused, "connect ECONNREFUSED \(target)")
            }
            return make(.other, "connect \(text) \(target)")
        case CURLE_OPERATION_TIMEDOUT:
            // A reused connection has no connect time, but the request went out on it.
            let connected =
                info.offset(CURLINFO_CONNECT_TIME_T) > 0 || info.long(CURLINFO_REQUEST_SIZE) > 0
            return make(.timeout, connected ? "ESOCKETTIMEDOUT" : "ETIMEDOUT")
        case CURLE_TOO_MANY_REDIRECTS:
            return make(.tooManyRedirects, "Exceeded maxRedirects. Probably stuck in a redirect loop \(url)")
        case CURLE_FILESIZE_EXCEEDED:
            return make(.responseTooLarge, FaultMessages.tooLarge(maxBodySize))
        case CURLE_WRITE_ERROR where exceededMaxBodySize:
            return make(.responseTooLarge, FaultMessages.tooLarge(maxBodySize))
        case CURLE_ABORTED_BY_CALLBACK:
            return make(.interrupted, FaultMessages.interrupted)
        case CURLE_GOT_NOTHING:
            return make(.malformedResponse, "socket hang up")
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR:
            let osError = info.long(CURLINFO_OS_ERRNO)
            return make(.malformedResponse, FaultMessages.transfer(text, code: code, osError: osError))
        case CURLE_UNSUPPORTED_PROTOCOL where FaultMessages.isBadStatusLine(text),
            CURLE_WEIRD_SERVER_REPLY where FaultMessages.isBadStatusLine(text):
            return make(.malformedResponse, FaultMessages.badStatusLine)
        case CURLE_BAD_CONTENT_ENCODING:
            return make(.malformedResponse, FaultMessages.badContentEncoding(text))
        case CURLE_WEIRD_SERVER_REPLY, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return make(.malformedResponse, text)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_CRL_BADFILE:
            let handshake = code == CURLE_SSL_CONNECT_ERROR ? FaultMessages.handshake(text) : text
            return make(.tls, verificationMessage(info.long(CURLINFO_SSL_VERIFYRESULT)) ?? handshake)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_BAD_FUNCTION_ARGUMENT:
            return make(.invalidRequest, text)
        default:
            return make(.other, text)
        }
    }

    /// Node's wording for common OpenSSL certificate verification results.
    private static func verificationMessage(_ result: Int) -> String? {
        switch result {
        case 9: "certificate is not yet valid"
        case 10: "certificate has expired"
        case 18: "self-signed certificate"
        case 19: "self-signed certificate in certificate chain"
        case 20: "unable to get local issuer certificate"
        case 21: "unable to verify the first certificate"
        default: nil
        }
    }
}
