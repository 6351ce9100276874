// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of the tracing overhead, kept out of the main package so that its build and CI stay light.
// Run in release: `cd Benchmarks && swift package --allow-writing-to-package-directory benchmark`, and
// `swift run -c release cpu-per-call` for the added CPU time per call measured with the process CPU clock.
let package = Package(
    name: "WindsockBenchmarks",
    platforms: [.macOS(.v14)],
    products: [.executable(name: "cpu-per-call", targets: ["CPUPerCall"])],
    dependencies: [
        .package(name: "Windsock", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
    ],
    targets: [
        // The client, transport and tracer both benchmarks run.
        .target(
            name: "OverheadFixtures",
            dependencies: [
                .product(name: "MistralAI", package: "Windsock"),
                .product(name: "Windsock", package: "Windsock"),
            ]
        ),
        .executableTarget(
            name: "WindsockOverhead",
            dependencies: [
                "OverheadFixtures",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            path: "Benchmarks/WindsockOverhead",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // `swift run -c release cpu-per-call`: added CPU time per call from the process CPU clock.
        .executableTarget(
            name: "CPUPerCall",
            dependencies: [
                "OverheadFixtures",
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
