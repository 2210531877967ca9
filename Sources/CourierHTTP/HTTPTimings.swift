/// Where the time of one `send` went, in milliseconds.
///
/// `dns` ... `transfer` are curl's marks for the final hop (`CURLINFO_*_TIME_T`), each measured
/// from the start of that hop; on a reused connection the DNS and connect marks are near 0.
public struct HTTPTimings: Sendable, Equatable {
    /// Building the request before curl started.
    public var prepare: Double = 0
    /// Time spent on earlier hops when redirects were followed.
    public var redirects: Double = 0
    /// Name resolution finished (`CURLINFO_NAMELOOKUP_TIME_T`).
    public var dns: Double = 0
    /// TCP connection established (`CURLINFO_CONNECT_TIME_T`).
    public var connect: Double = 0
    /// TLS handshake finished (`CURLINFO_APPCONNECT_TIME_T`); 0 without TLS.
    public var tls: Double = 0
    /// Request about to be sent (`CURLINFO_PRETRANSFER_TIME_T`).
    public var requestSent: Double = 0
    /// First response byte received (`CURLINFO_STARTTRANSFER_TIME_T`).
    public var firstByte: Double = 0
    /// The final hop finished (`CURLINFO_TOTAL_TIME_T`).
    public var transfer: Double = 0
    /// Turning curl's result into a response.
    public var process: Double = 0

    /// Makes empty timings.
    public init() {}

    /// Everything: prepare, earlier hops, the final hop and processing.
    public var total: Double { prepare + redirects + transfer + process }

    /// The same time split into newman's (postman-request's) phases.
    public var phases: HTTPTimingPhases {
        let tcpDone = max(connect, dns)
        let secureDone = tls > 0 ? max(tls, tcpDone) : tcpDone
        let firstByteDone = max(firstByte, secureDone)
        return HTTPTimingPhases(
            prepare: prepare, wait: redirects, dns: max(dns, 0), tcp: tcpDone - max(dns, 0),
            secureHandshake: secureDone - tcpDone, firstByte: firstByteDone - secureDone,
            download: max(transfer - firstByteDone, 0), process: process, total: total)
    }
}

/// newman's timing phases (the `timingPhases` of postman-request plus prepare and process).
public struct HTTPTimingPhases: Sendable, Equatable {
    /// Building the request.
    public var prepare: Double
    /// Waiting before the final hop (earlier redirect hops).
    public var wait: Double
    /// DNS lookup.
    public var dns: Double
    /// TCP connect.
    public var tcp: Double
    /// TLS handshake.
    public var secureHandshake: Double
    /// From connected (or handshake done) to the first response byte.
    public var firstByte: Double
    /// Receiving the rest of the response.
    public var download: Double
    /// Processing the response.
    public var process: Double
    /// The whole request.
    public var total: Double
}
