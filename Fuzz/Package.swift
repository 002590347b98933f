// swift-tools-version:6.1
// The libFuzzer target over one document's whole extraction. A package of its own so
// that `swift build` and `swift test` of tailwatch never see it: it links libFuzzer's
// main and only builds with `--sanitize=fuzzer`. Run it with `make fuzz`.
import PackageDescription

let package = Package(
    name: "tailwatch-fuzz",
    // Named, because a path dependency is otherwise known by its folder's name.
    dependencies: [.package(name: "tailwatch", path: "..")],
    targets: [
        .executableTarget(
            name: "ExtractionFuzzer",
            dependencies: [.product(name: "TailwatchCore", package: "tailwatch")]
        ),
    ]
)
