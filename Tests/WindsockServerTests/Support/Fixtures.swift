import Foundation
import WindsockIngest

/// The real OTLP bodies recorded from third-party instrumentations (`Tests/WindsockIngestTests/Fixtures`).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WindsockIngestTests/Fixtures")

    /// `instrumentation/scenario.ext` for every `.pb` and `.json` body (not the `.decoded.json` readings).
    static var all: [String] {
        let instrumentations = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return instrumentations.sorted().flatMap { folder -> [String] in
            let files =
                (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path))
                ?? []
            return files.filter { ($0.hasSuffix(".pb") || $0.hasSuffix(".json")) && !$0.hasSuffix(".decoded.json") }
                .sorted().map { "\(folder)/\($0)" }
        }
    }

    static func body(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func contentType(_ name: String) -> OTLPContentType {
        name.hasSuffix(".pb") ? .protobuf : .json
    }
}
