// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Windsock",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "MistralAI", targets: ["MistralAI"]),
        .library(name: "MistralMock", targets: ["MistralMock"]),
        .executable(name: "windsock", targets: ["WindsockCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Typed async client for the Mistral HTTP API. Knows nothing of Windsock.
        .target(
            name: "MistralAI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // JSON values whose object keys keep their order: exact round trips of wire JSON.
        .target(name: "OrderedJSON"),
        // A faithful local emulator of the Mistral API (same wire format), for tests, demos and offline use.
        .target(
            name: "MistralMock",
            dependencies: [
                "OrderedJSON",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The `windsock` command.
        .executableTarget(
            name: "WindsockCLI",
            dependencies: [
                "MistralMock",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "MistralAITests",
            dependencies: [
                "MistralAI",
                "MistralMock",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "OrderedJSONTests",
            dependencies: ["OrderedJSON"]
        ),
        .testTarget(
            name: "MistralMockTests",
            dependencies: [
                "MistralMock",
                "OrderedJSON",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
