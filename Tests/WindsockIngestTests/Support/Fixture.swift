import Foundation
import OrderedJSON
import WindsockIngest
import WindsockModel

/// The real payloads in `Fixtures/`, ingested.
enum Fixture {
    static func bytes(_ instrumentation: String, _ file: String) throws -> [UInt8] {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError(message: "the Fixtures folder is not in the test bundle")
        }
        let url = folder.appendingPathComponent(instrumentation).appendingPathComponent(file)
        return Array(try Data(contentsOf: url))
    }

    /// The batch of `instrumentation/scenario.pb` or `.json`.
    static func batch(_ instrumentation: String, _ scenario: String, _ format: OTLPContentType) throws -> IngestBatch {
        let file = scenario + (format == .protobuf ? ".pb" : ".json")
        return try TraceIngestor().ingest(try bytes(instrumentation, file), as: format)
    }

    /// The spans of a fixture, in start order.
    static func spans(_ instrumentation: String, _ scenario: String, _ format: OTLPContentType) throws -> [Span] {
        let batch = try batch(instrumentation, scenario, format)
        guard batch.rejectedSpans == 0 else {
            throw FixtureError(message: "fixture spans rejected: \(batch.rejectionMessage ?? "")")
        }
        return batch.spans.sorted { $0.startTime < $1.startTime }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension JSONValue {
    /// The text parts of GenAI messages, by role: `["user: Hello", "assistant: Hi"]`.
    var messageTexts: [String] {
        (arrayValue ?? []).flatMap { message -> [String] in
            let role = message["role"]?.stringValue ?? "?"
            return (message["parts"]?.arrayValue ?? []).compactMap { part in
                guard part["type"]?.stringValue == "text", let text = part["content"]?.stringValue else { return nil }
                return "\(role): \(text)"
            }
        }
    }

    /// The `tool_call` parts of GenAI messages.
    var toolCalls: [JSONObject] {
        (arrayValue ?? []).flatMap { message in
            (message["parts"]?.arrayValue ?? []).compactMap { part in
                part["type"]?.stringValue == "tool_call" ? part.objectValue : nil
            }
        }
    }

    /// The `tool_call_response` parts of GenAI messages.
    var toolResponses: [JSONObject] {
        (arrayValue ?? []).flatMap { message in
            (message["parts"]?.arrayValue ?? []).compactMap { part in
                part["type"]?.stringValue == "tool_call_response" ? part.objectValue : nil
            }
        }
    }
}

extension JSONValue {
    /// The element at `index`, when this value is an array that long.
    subscript(index: Int) -> JSONValue? {
        guard let elements = arrayValue, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

/// The chat every `chat` fixture makes: a system prompt, a question about France's capital, and its answer.
enum CapitalOfFrance {
    static let input = ["system: You are a concise assistant.", "user: What is the capital of France?"]
    static let output = ["assistant: The capital of France is Paris."]
    static let usage = TokenUsage(inputTokens: 17, outputTokens: 6, totalTokens: 23)
}
