// swift-tools-version: 6.2
import PackageDescription

/// Every Swift target of ours: Swift 6 language mode, warnings are errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Courier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "courier", targets: ["courier"]),
        .executable(name: "courier-testserver", targets: ["courier-testserver"]),
        .library(name: "CourierRunner", targets: ["CourierRunner"]),
        .library(name: "CourierTestServer", targets: ["CourierTestServer"]),
    ],
    targets: [
        // System C libraries (installed by `make deps`).
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
        .systemLibrary(
            name: "CJavaScriptCore", pkgConfig: "javascriptcoregtk-4.1",
            providers: [.apt(["libjavascriptcoregtk-4.1-dev"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
        // Our small C shim over curl's variadic setopt/getinfo.
        .target(name: "CCurlShim", dependencies: ["CCurl"]),

        // The library, one job per module.
        .target(name: "CourierModel", swiftSettings: strict),
        .target(name: "CourierVariables", dependencies: ["CourierModel"], swiftSettings: strict),
        .target(name: "CourierHTTP", dependencies: ["CCurlShim", "CourierModel"], swiftSettings: strict),
        .target(name: "CourierCrypto", dependencies: ["CCrypto"], swiftSettings: strict),
        .target(
            name: "CourierScripting", dependencies: ["CJavaScriptCore", "CourierModel", "CourierCrypto"],
            swiftSettings: strict),
        .target(
            name: "CourierRunner",
            dependencies: ["CourierModel", "CourierVariables", "CourierHTTP", "CourierScripting", "CourierCrypto"],
            swiftSettings: strict),
        .target(name: "CourierReports", dependencies: ["CourierModel"], swiftSettings: strict),
        .target(
            name: "CourierCLI", dependencies: ["CourierHTTP", "CourierRunner", "CourierReports", "CourierModel"],
            swiftSettings: strict),
        .executableTarget(name: "courier", dependencies: ["CourierCLI"], swiftSettings: strict),

        // The test server: its own product, no dependency on the library.
        .target(name: "CourierTestServer", dependencies: ["CCrypto"], swiftSettings: strict),
        .executableTarget(
            name: "courier-testserver", dependencies: ["CourierTestServer"], swiftSettings: strict),

        .testTarget(name: "CourierModelTests", dependencies: ["CourierModel"], swiftSettings: strict),
        .testTarget(
            name: "CourierVariablesTests", dependencies: ["CourierVariables", "CourierModel"], swiftSettings: strict),
        .testTarget(
            name: "CourierScriptingTests", dependencies: ["CourierScripting", "CourierModel", "CourierCrypto"],
            swiftSettings: strict),
        .testTarget(
            name: "CourierHTTPTests", dependencies: ["CourierHTTP", "CourierTestServer"],
            swiftSettings: strict),
        .testTarget(
            name: "CourierRunnerTests",
            dependencies: ["CourierRunner", "CourierTestServer", "CourierModel", "CourierHTTP", "CourierCrypto"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(
            name: "CourierReportsTests", dependencies: ["CourierReports", "CourierModel"],
            swiftSettings: strict),
        .testTarget(
            name: "CourierCLITests", dependencies: ["CourierCLI", "CourierTestServer"],
            swiftSettings: strict),
        .testTarget(
            name: "CourierTestServerTests", dependencies: ["CourierTestServer"],
            swiftSettings: strict),
    ]
)
