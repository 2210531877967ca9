import CourierTestServer
import Dispatch
import Foundation

/// Command line: `courier-testserver [--host 127.0.0.1] [--port N] [--mode echo|raw-echo|redirect]
/// [--raw-echo-port N] [--redirect-port N] [--client-id ID] [--client-secret S] [--token-lifetime SECONDS]
/// [--user NAME] [--password P] [--tls-port N] [--tls-expired-port N] [--tls-name NAME]...`.
/// The first stdout line is `listening on http://HOST:PORT`; with TLS, `tls listening on https://HOST:PORT`,
/// `tls expired listening on https://HOST:PORT` and `ca certificate PATH` follow the other listeners' lines.
/// `--tls-client-auth-port N` adds `tls client-auth listening on https://HOST:PORT`, `client certificate PATH`,
/// `client key PATH`, `client encrypted key PATH` and `client key passphrase P`; `--proxy-port N` adds
/// `proxy listening on http://HOST:PORT` (a forward proxy to 127.0.0.1; stats at /__proxy/stats).
struct Options {
    var host = "127.0.0.1"
    var port: UInt16 = 0
    var mode: TestServer.Mode = .postmanEcho
    var rawEchoPort: UInt16?
    var redirectPort: UInt16?
    var creatio = CreatioOptions()
    var tls: TLSOptions?
    var tlsNames: [String] = []
    var proxyPort: UInt16?

    static let usage = """
        usage: courier-testserver [--host ADDR] [--port N] [--mode echo|raw-echo|redirect]
                                  [--raw-echo-port N] [--redirect-port N]
                                  [--client-id ID] [--client-secret SECRET] [--token-lifetime SECONDS]
                                  [--user NAME] [--password PASSWORD]
                                  [--tls-port N] [--tls-expired-port N] [--tls-name NAME]...
                                  [--tls-client-auth-port N] [--proxy-port N]
        TLS needs socat; its certificate covers localhost, 127.0.0.1, postman-echo.com, httpbin.org
        and each --tls-name; the expired one adds expired.badssl.com.
        Creatio defaults: client courier-client / courier-secret, tokens live 3600 s,
        user Supervisor / Supervisor.
        """

    static func parse(_ args: [String]) -> Options? {
        var options = Options()
        var i = 0
        func value() -> String? {
            i += 1
            return i < args.count ? args[i] : nil
        }
        while i < args.count {
            let arg = args[i]
            switch arg {
            case "--host":
                guard let v = value() else { return nil }
                options.host = v
            case "--port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.port = v
            case "--raw-echo-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.rawEchoPort = v
            case "--redirect-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.redirectPort = v
            case "--mode":
                switch value() {
                case "echo": options.mode = .postmanEcho
                case "raw-echo": options.mode = .rawEcho
                case "redirect": options.mode = .redirectServer
                default: return nil
                }
            case "--client-id":
                guard let v = value() else { return nil }
                options.creatio.clientID = v
            case "--client-secret":
                guard let v = value() else { return nil }
                options.creatio.clientSecret = v
            case "--token-lifetime":
                guard let v = value().flatMap(Int.init), v > 0 else { return nil }
                options.creatio.tokenLifetime = v
            case "--user":
                guard let v = value() else { return nil }
                options.creatio.user = v
            case "--password":
                guard let v = value() else { return nil }
                options.creatio.password = v
            case "--tls-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.tls = options.tls ?? TLSOptions()
                options.tls?.port = v
            case "--tls-expired-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.tls = options.tls ?? TLSOptions()
                options.tls?.expired = true
                options.tls?.expiredPort = v
            case "--tls-client-auth-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.tls = options.tls ?? TLSOptions()
                options.tls?.clientAuth = true
                options.tls?.clientAuthPort = v
            case "--proxy-port":
                guard let v = value().flatMap(UInt16.init) else { return nil }
                options.proxyPort = v
            case "--tls-name":
                guard let v = value() else { return nil }
                options.tlsNames.append(v)
            default:
                return nil
            }
            i += 1
        }
        options.tls?.names += options.tlsNames
        return options
    }
}

func writeLine(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    writeLine(Options.usage)
    exit(0)
}
guard let options = Options.parse(arguments) else {
    FileHandle.standardError.write(Data((Options.usage + "\n").utf8))
    exit(2)
}

var servers: [TestServer] = []
var proxies: [ForwardProxy] = []
do {
    let main = try TestServer.start(
        host: options.host, port: options.port, mode: options.mode, creatio: options.creatio, tls: options.tls
    )
    servers.append(main)
    writeLine("listening on \(main.baseURL)")
    if let port = options.rawEchoPort {
        let raw = try TestServer.start(host: options.host, port: port, mode: .rawEcho)
        servers.append(raw)
        writeLine("raw echo listening on \(raw.baseURL)")
    }
    if let port = options.redirectPort {
        let redirect = try TestServer.start(host: options.host, port: port, mode: .redirectServer)
        servers.append(redirect)
        writeLine("redirect server listening on \(redirect.baseURL)")
    }
    if let tlsBaseURL = main.tlsBaseURL, let ca = main.caCertificatePath {
        writeLine("tls listening on \(tlsBaseURL)")
        if let expired = main.expiredTLSBaseURL { writeLine("tls expired listening on \(expired)") }
        writeLine("ca certificate \(ca)")
    }
    if let clientAuth = main.clientAuthTLSBaseURL, let certificate = main.clientCertificatePath,
        let key = main.clientKeyPath, let encrypted = main.encryptedClientKeyPath
    {
        writeLine("tls client-auth listening on \(clientAuth)")
        writeLine("client certificate \(certificate)")
        writeLine("client key \(key)")
        writeLine("client encrypted key \(encrypted)")
        writeLine("client key passphrase \(main.clientKeyPassphrase)")
    }
    if let port = options.proxyPort {
        let proxy = try ForwardProxy.start(host: options.host, port: port)
        proxies.append(proxy)
        writeLine("proxy listening on \(proxy.url)")
    }
} catch {
    FileHandle.standardError.write(Data("courier-testserver: \(error)\n".utf8))
    for server in servers { server.stop() }
    for proxy in proxies { proxy.stop() }
    exit(1)
}

let running = servers
let runningProxies = proxies
var signalSources: [DispatchSourceSignal] = []
for sig in [SIGINT, SIGTERM] {
    signal(sig, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: sig, queue: .main)
    source.setEventHandler {
        for proxy in runningProxies { proxy.stop() }
        for server in running { server.stop() }
        exit(0)
    }
    source.resume()
    signalSources.append(source)
}
dispatchMain()
