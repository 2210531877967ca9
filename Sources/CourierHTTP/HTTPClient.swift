import CCurl
import CCurlShim
import Foundation

/// Sends requests the way newman does, over one reused libcurl easy handle: kept-alive
/// connections are reused across requests and one cookie jar lasts for the client's life.
///
/// Not Sendable on purpose: a client belongs to one task or thread at a time (curl handles
/// must not be shared). Parallel runs use one client per worker.
public final class HTTPClient {
    /// The easy handle, reused for every request.
    let handle: UnsafeMutableRawPointer
    /// Where the callbacks put status, headers and body; reused for every request.
    private let state = TransferState()
    /// curl's `CURLOPT_ERRORBUFFER`.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// The header list of the latest request; curl reads it during the transfer.
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// The `CURLOPT_CONNECT_TO` list; kept for the handle's life.
    private var connectToList: UnsafeMutablePointer<curl_slist>?
    /// The client-wide settings.
    let options: ClientOptions
    /// Settings already on the handle, so unchanged ones are not set again.
    private var appliedTimeout = 0
    private var appliedInsecure: Bool
    private var appliedDecode = true
    private var appliedMaxSize = -1
    private var appliedCookie = false
    /// The proxy and client certificate already on the handle (see `applyRoute`).
    var appliedRoute = AppliedRoute()
    /// The switch that aborts transfers, once `watch(_:)` was called; kept alive with the handle.
    private var cancellation: TransferCancellation?

    /// Makes a client with its own connection cache and empty cookie jar.
    public init(options: ClientOptions = .init()) {
        CurlGlobal.initialize()
        guard let handle = curl_easy_init() else { fatalError("curl_easy_init failed (out of memory)") }
        self.handle = handle
        self.options = options
        appliedInsecure = options.insecure
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer[0] = 0
        let userData = Unmanaged.passUnretained(state).toOpaque()
        courier_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        courier_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, TransferCallbacks.header)
        courier_setopt_pointer(handle, CURLOPT_HEADERDATA, userData)
        courier_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, TransferCallbacks.body)
        courier_setopt_pointer(handle, CURLOPT_WRITEDATA, userData)
        courier_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        courier_setopt_long(handle, CURLOPT_PATH_AS_IS, 1)
        courier_setopt_long(handle, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1)
        courier_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        courier_setopt_pointer(handle, CURLOPT_COOKIEFILE, "")
        courier_setopt_pointer(handle, CURLOPT_ACCEPT_ENCODING, "")
        applyVerification(insecure: options.insecure)
        for entry in options.connectTo { connectToList = curl_slist_append(connectToList, entry) }
        if connectToList != nil { courier_setopt_slist(handle, CURLOPT_CONNECT_TO, connectToList) }
        if let caFile = options.caFile { TrustedCertificates.apply(extraFile: caFile, to: handle) }
        applyDirectRoute()
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        curl_slist_free_all(connectToList)
        errorBuffer.deallocate()
    }

    /// From now on, flipping `cancellation` aborts the transfer in progress and fails later ones
    /// with `.interrupted`.
    public func watch(_ cancellation: TransferCancellation) {
        self.cancellation = cancellation
        cancellation.watch(handle)
    }

    /// Sends a request, follows redirects as `options` say, and returns the final response.
    /// Blocks the calling thread until done.
    public func send(_ request: HTTPRequest, options transfer: TransferOptions = .init()) throws(HTTPError)
        -> HTTPResponse
    {
        let asideJar = transfer.usesCookieJar ? nil : setCookieJarAside()
        defer { if let asideJar { restoreCookieJar(asideJar) } }
        let started = DispatchTime.now().uptimeNanoseconds
        try HeaderValidation.check(method: request.method)
        try HeaderValidation.check(request.headers)
        let info = CurlInfo(handle: handle)
        applyTransferOptions(transfer)
        var current = request
        var redirectCount = 0
        var redirectTime = 0.0
        var newConnections = 0
        var prepare = -1.0
        while true {
            let code = perform(
                current, transfer,
                onStart: {
                    if prepare < 0 { prepare = Self.milliseconds(since: started) }
                })
            newConnections += info.long(CURLINFO_NUM_CONNECTS)
            guard code == CURLE_OK else {
                if let error = ClientCertificateErrors.error(
                    for: code, curlMessage: String(cString: errorBuffer),
                    certificate: appliedRoute.certificate, url: current.url, info: info)
                {
                    throw error
                }
                throw CurlErrorMapping.error(
                    for: code, url: current.url, info: info, curlMessage: String(cString: errorBuffer),
                    maxBodySize: transfer.maxResponseSize, exceededMaxBodySize: state.exceededMaxBodySize)
            }
            if transfer.followRedirects, RedirectPlan.isRedirect(state.status),
                let location = info.string(CURLINFO_REDIRECT_URL)
            {
                guard redirectCount < transfer.maxRedirects else {
                    throw HTTPError(
                        kind: .tooManyRedirects,
                        message: "Exceeded maxRedirects. Probably stuck in a redirect loop \(location)")
                }
                redirectCount += 1
                redirectTime += info.milliseconds(CURLINFO_TOTAL_TIME_T)
                current = RedirectPlan.nextRequest(
                    after: current, status: state.status, location: location, options: transfer)
                continue
            }
            let finished = DispatchTime.now().uptimeNanoseconds
            var response = makeResponse(
                info: info, redirectCount: redirectCount, newConnections: newConnections)
            response.timings.prepare = max(prepare, 0)
            response.timings.redirects = redirectTime
            response.timings.process = Double(DispatchTime.now().uptimeNanoseconds - finished) / 1_000_000
            return response
        }
    }

    /// Sets the request's options on the handle and runs one transfer (one hop).
    private func perform(_ request: HTTPRequest, _ transfer: TransferOptions, onStart: () -> Void) -> CURLcode
    {
        state.reset(maxBodySize: transfer.maxResponseSize)
        if !transfer.usesCookieJar { removeAllCookies() }  // nothing from an earlier hop either
        errorBuffer[0] = 0
        courier_setopt_pointer(handle, CURLOPT_URL, request.url)
        applyRoute(for: request.url, transfer)
        // A HEAD with a body (disableBodyPruning) goes out as a custom request and stops after
        // the headers; a plain HEAD uses curl's NOBODY.
        let isHead = request.method == "HEAD" && request.body == nil
        state.stopAfterHeaders = request.method == "HEAD" && request.body != nil
        let body = isHead ? nil : request.body ?? (Self.sendsLengthByDefault(request.method) ? Data() : nil)
        setHeaders(request.headers, hasBody: body != nil, decode: transfer.decodeContent)
        if isHead {
            courier_setopt_long(handle, CURLOPT_HTTPGET, 1)
            courier_setopt_long(handle, CURLOPT_NOBODY, 1)
        } else {
            courier_setopt_long(handle, CURLOPT_NOBODY, 0)
            if body == nil { courier_setopt_long(handle, CURLOPT_HTTPGET, 1) }
        }
        guard let body else {
            courier_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, request.method)
            onStart()
            return curl_easy_perform(handle)
        }
        return body.withUnsafeBytes { raw in
            var empty: UInt8 = 0
            return withUnsafePointer(to: &empty) { emptyPointer in
                courier_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(raw.count))
                courier_setopt_pointer(
                    handle, CURLOPT_POSTFIELDS, raw.baseAddress ?? UnsafeRawPointer(emptyPointer))
                courier_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, request.method)
                onStart()
                var code = curl_easy_perform(handle)
                courier_setopt_pointer(handle, CURLOPT_POSTFIELDS, nil)
                if code == CURLE_WRITE_ERROR, state.stoppedAfterHeaders { code = CURLE_OK }
                return code
            }
        }
    }

    /// Builds the header list: the caller's headers in order, then removals of curl's defaults.
    ///
    /// A caller's `Cookie` header goes through `CURLOPT_COOKIE` instead, so curl sends one
    /// `Cookie` header with the jar's cookies first and the caller's after (as newman merges
    /// them), rather than two separate headers.
    private func setHeaders(_ headers: [HTTPHeader], hasBody: Bool, decode: Bool) {
        curl_slist_free_all(headerList)
        var list: UnsafeMutablePointer<curl_slist>?
        var hasAccept = false
        var hasExpect = false
        var hasAcceptEncoding = false
        var hasContentType = false
        var cookie: String?
        for header in headers {
            let name = header.name
            if name.equalsIgnoringASCIICase("Cookie") {
                if !header.value.isEmpty { cookie = cookie.map { $0 + "; " + header.value } ?? header.value }
                continue
            }
            // "Name:" would tell curl to remove the header; "Name;" sends it with an empty value.
            list = Self.appendLine(to: list, name: name, value: header.value)
            if !hasAccept, name.equalsIgnoringASCIICase("Accept") { hasAccept = true }
            if !hasExpect, name.equalsIgnoringASCIICase("Expect") { hasExpect = true }
            if !hasAcceptEncoding, name.equalsIgnoringASCIICase("Accept-Encoding") {
                hasAcceptEncoding = true
            }
            if !hasContentType, name.equalsIgnoringASCIICase("Content-Type") { hasContentType = true }
        }
        if !hasAccept { list = curl_slist_append(list, "Accept:") }
        if !hasExpect { list = curl_slist_append(list, "Expect:") }
        if decode, !hasAcceptEncoding { list = curl_slist_append(list, "Accept-Encoding:") }
        if hasBody, !hasContentType { list = curl_slist_append(list, "Content-Type:") }
        headerList = list
        courier_setopt_slist(handle, CURLOPT_HTTPHEADER, list)
        if cookie != nil || appliedCookie {
            courier_setopt_pointer(handle, CURLOPT_COOKIE, cookie)
            appliedCookie = cookie != nil
        }
    }

    /// Appends `Name: value` (or `Name;` for an empty value) to a curl header list, as one C
    /// string built in place rather than through concatenated Swift strings.
    private static func appendLine(
        to list: UnsafeMutablePointer<curl_slist>?, name: String, value: String
    ) -> UnsafeMutablePointer<curl_slist>? {
        var name = name
        var value = value
        return name.withUTF8 { nameBytes in
            value.withUTF8 { valueBytes in
                let length = nameBytes.count + (valueBytes.isEmpty ? 1 : 2 + valueBytes.count)
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { line in
                    var end = line.initialize(fromContentsOf: nameBytes)
                    if valueBytes.isEmpty {
                        line[end] = UInt8(ascii: ";")
                        end += 1
                    } else {
                        line[end] = UInt8(ascii: ":")
                        line[end + 1] = UInt8(ascii: " ")
                        let valueStart = end + 2
                        end = UnsafeMutableBufferPointer(rebasing: line[valueStart...])
                            .initialize(fromContentsOf: valueBytes) + valueStart
                    }
                    line[end] = 0
                    return line.baseAddress!.withMemoryRebound(to: CChar.self, capacity: length + 1) {
                        curl_slist_append(list, $0)
                    }
                }
            }
        }
    }

    /// Applies the options shared by every hop, skipping those already set.
    private func applyTransferOptions(_ transfer: TransferOptions) {
        if transfer.timeoutMilliseconds != appliedTimeout {
            courier_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(transfer.timeoutMilliseconds, 0))
            appliedTimeout = transfer.timeoutMilliseconds
        }
        let insecure = transfer.insecure ?? options.insecure
        if insecure != appliedInsecure { applyVerification(insecure: insecure) }
        if transfer.decodeContent != appliedDecode {
            courier_setopt_pointer(handle, CURLOPT_ACCEPT_ENCODING, transfer.decodeContent ? "" : nil)
            appliedDecode = transfer.decodeContent
        }
        if transfer.maxResponseSize != appliedMaxSize {
            courier_setopt_off(
                handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(max(transfer.maxResponseSize, 0)))
            appliedMaxSize = transfer.maxResponseSize
        }
    }

    /// Turns TLS peer and host verification on or off.
    private func applyVerification(insecure: Bool) {
        courier_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, insecure ? 0 : 1)
        courier_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, insecure ? 0 : 2)
        appliedInsecure = insecure
    }

    /// The response from what the callbacks collected and curl's infos.
    private func makeResponse(info: CurlInfo, redirectCount: Int, newConnections: Int) -> HTTPResponse {
        var timings = HTTPTimings()
        timings.dns = info.milliseconds(CURLINFO_NAMELOOKUP_TIME_T)
        timings.connect = info.milliseconds(CURLINFO_CONNECT_TIME_T)
        timings.tls = info.milliseconds(CURLINFO_APPCONNECT_TIME_T)
        timings.requestSent = info.milliseconds(CURLINFO_PRETRANSFER_TIME_T)
        timings.firstByte = info.milliseconds(CURLINFO_STARTTRANSFER_TIME_T)
        timings.transfer = info.milliseconds(CURLINFO_TOTAL_TIME_T)
        let port = info.long(CURLINFO_PRIMARY_PORT)
        return HTTPResponse(
            status: state.status,
            reason: state.reason.isEmpty ? ReasonPhrases.phrase(for: state.status) : state.reason,
            httpVersion: state.httpVersion, headers: state.headers, body: state.body,
            headerBytes: info.long(CURLINFO_HEADER_SIZE), bodyBytes: info.offset(CURLINFO_SIZE_DOWNLOAD_T),
            effectiveURL: info.string(CURLINFO_EFFECTIVE_URL) ?? "", redirectCount: redirectCount,
            timings: timings, remoteAddress: info.string(CURLINFO_PRIMARY_IP),
            remotePort: port > 0 ? port : nil, newConnections: newConnections)
    }

    /// Node sends `Content-Length: 0` for a body-less request except with these methods.
    private static func sendsLengthByDefault(_ method: String) -> Bool {
        switch method {
        case "GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT": false
        default: true
        }
    }

    /// Milliseconds from a `DispatchTime` uptime reading to now.
    private static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }
}

/// A client must stay on one task or thread at a time.
@available(*, unavailable)
extension HTTPClient: Sendable {}
