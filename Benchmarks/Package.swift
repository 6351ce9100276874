// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of the tracing overhead, kept out of the main package so that its build and CI stay light.
// Run in release: `cd Benchmarks && swift package --allow-writing-to-package-directory benchmark`.
let package = Package(
    name: "WindsockBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Windsock", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .executableTarget(
            name: "WindsockOverhead",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MistralAI", package: "Windsock"),
                .product(name: "Windsock", package: "Windsock"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/WindsockOverhead",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
