import Foundation
import Synchronization

/// The built `windsock` binary, run as a child process the way a user runs it.
struct CLIProcess {
    /// What a finished run left behind.
    struct Result: Sendable {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `windsock` binary next to the test bundle (both live in the build's products folder).
    static var binary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var folder = runner
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("windsock")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return runner.appendingPathComponent("windsock")
    }

    /// Runs `windsock arguments…` to the end, with `environment` added to ours (minus MISTRAL_API_KEY, so that the
    /// emulator is used, and the variables that would point the commands elsewhere), in `workingDirectory` when
    /// given.
    ///
    /// The waiting happens on a Dispatch thread, never on Swift's cooperative pool: servers the test runs in
    /// process must keep answering the child while it runs.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], workingDirectory: URL? = nil
    ) async throws -> Result {
        var merged = ProcessInfo.processInfo.environment
        for name in ["MISTRAL_API_KEY", "WINDSOCK_URL", "WINDSOCK_API_KEY", "WINDSOCK_ENDPOINT"] {
            merged[name] = nil
        }
        merged.merge(environment) { _, new in new }
        let finalEnvironment = merged
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = binary
                process.arguments = arguments
                process.environment = finalEnvironment
                if let workingDirectory { process.currentDirectoryURL = workingDirectory }
                let output = Pipe()
                let error = Pipe()
                process.standardOutput = output
                process.standardError = error
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let errorData = Mutex(Data())
                let readers = DispatchGroup()
                DispatchQueue.global().async(group: readers) {
                    let data = error.fileHandleForReading.readDataToEndOfFile()
                    errorData.withLock { $0 = data }
                }
                let outputData = output.fileHandleForReading.readDataToEndOfFile()
                readers.wait()
                process.waitUntilExit()
                continuation.resume(
                    returning: Result(
                        status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                        error: errorData.withLock { String(decoding: $0, as: UTF8.self) }))
            }
        }
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("windsock-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
