import InMemoryTracing
import Tracing

@testable import MistralAI

extension Array where Element == FinishedInMemorySpan {
    /// The one span whose `windsock.operation` is `operation`.
    func operation(_ operation: String) throws -> FinishedInMemorySpan {
        let matches = filter { $0.attributes.get(WindsockAttributes.operation) == .string(operation) }
        guard matches.count == 1 else {
            throw TracingTestFailure("expected one \(operation) span, found \(matches.count)")
        }
        return matches[0]
    }
}

struct TracingTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension FinishedInMemorySpan {
    func string(_ name: String) -> String? {
        if case .string(let value) = attributes.get(name) { return value }
        return nil
    }

    func int(_ name: String) -> Int? {
        if case .int64(let value) = attributes.get(name) { return Int(value) }
        return nil
    }

    func json(_ name: String) throws -> JSONValue {
        guard let text = string(name) else { throw TracingTestFailure("no \(name)") }
        return try JSONValue(parsing: text)
    }

    /// Every attribute value as text, to look for secrets.
    var allAttributeText: String {
        var text = ""
        // SpanAttributes is not a Sequence.
        // swift-format-ignore: ReplaceForEachWithForLoop
        attributes.forEach { key, value in text += "\(key)=\(value)\n" }
        for event in events {
            // SpanAttributes is not a Sequence.
            // swift-format-ignore: ReplaceForEachWithForLoop
            event.attributes.forEach { key, value in text += "\(key)=\(value)\n" }
        }
        return text
    }
}
