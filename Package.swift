// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tailwatch",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TailwatchCore", targets: ["TailwatchCore"]),
        .executable(name: "tailwatch", targets: ["tailwatch"]),
        .executable(name: "tailwatch-bench", targets: ["tailwatch-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Property tests only (Tests/TailwatchCoreTests); the product never links it.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // HTML pages are parsed with Debian's libxml2 (`apt-get install libxml2-dev`).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "TailwatchCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), "CLibXML2"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "tailwatch",
            dependencies: [
                "TailwatchCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Query latency in process (Scripts/bench/bench.sh): the commands' own code, timed.
        .executableTarget(name: "tailwatch-bench", dependencies: ["TailwatchCore"]),
        .testTarget(
            name: "TailwatchCoreTests",
            dependencies: [
                "TailwatchCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "tailwatchTests", dependencies: ["TailwatchCore"]),
    ]
)
