import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Mutated real payloads through the OTLP decoders and the normaliser, and random attribute values under every
/// convention's keys: anything may be rejected, nothing may crash or hang. `WINDSOCK_FUZZ_ITERATIONS` raises the
/// budget (RELIABILITY.md); a failure prints the seed that reproduces it.
@Suite("Fuzzing: ingest")
struct IngestFuzzTests {
    static let scenarios = ["chat", "stream", "tool_call", "error", "nested", "async_chat", "chat_dict_messages"]
    static let instrumentations = ["openllmetry", "openinference", "mistralai-native"]

    private static func corpus(_ format: OTLPContentType) throws -> [[UInt8]] {
        try instrumentations.flatMap { instrumentation in
            try scenarios.map { try Fixture.bytes(instrumentation, $0 + (format == .protobuf ? ".pb" : ".json")) }
        }
    }

    @Test(
        "mutated OTLP bodies are decoded or refused, never crash", .timeLimit(.minutes(5)),
        arguments: [OTLPContentType.protobuf, .json])
    func mutatedBodies(format: OTLPContentType) async throws {
        let corpus = try Self.corpus(format)
        let seed = FuzzBudget.seed
        let (decoded, problems) = try await offCooperativePool { () -> (Int, [String]) in
            var mutator = ByteMutator(generator: SeededGenerator(seed: seed))
            let ingestor = TraceIngestor()
            var decoded = 0
            var problems: [String] = []
            for _ in 0..<FuzzBudget.iterations(default: 4_000) {
                let input = corpus.randomElement(using: &mutator.generator) ?? []
                let other = corpus.randomElement(using: &mutator.generator) ?? []
                let mutated = mutator.mutate(input, spliceWith: other)
                guard let batch = try? ingestor.ingest(mutated, as: format) else { continue }
                decoded += 1
                for span in batch.spans where span.endTime < span.startTime || span.usage.inputTokens ?? 0 < 0 {
                    problems.append("span \(span.spanID): ends before it starts or has negative tokens")
                }
            }
            return (decoded, problems)
        }
        #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3))")
        // The mutations must not all be fatal, or the normaliser behind the decoder is never reached.
        #expect(decoded > 0, "seed \(seed): no mutated body decoded")
    }

    @Test("random values under every convention's keys normalise without crashing", .timeLimit(.minutes(5)))
    func randomAttributes() async throws {
        let keys = try Self.attributeKeys()
        let seed = FuzzBudget.seed
        let mismatches = try await offCooperativePool { () -> Int in
            var generator = SeededGenerator(seed: seed)
            let normalizer = SpanNormalizer()
            var mismatches = 0
            for iteration in 0..<FuzzBudget.iterations(default: 4_000) {
                var attributes = JSONObject()
                for _ in 0..<Int.random(in: 1...24, using: &generator) {
                    let key = keys.randomElement(using: &generator) ?? "gen_ai.request.model"
                    attributes[key] = Self.randomValue(depth: 0, using: &generator)
                }
                let start = Timestamp(nanosecondsSinceEpoch: 1_795_357_811_000_000_000)
                let raw = RawSpan(
                    traceID: TraceID(high: 1, low: UInt64(iteration) + 1), spanID: SpanID(UInt64(iteration) + 1),
                    parentSpanID: nil, name: "fuzz", kind: .client, startTime: start,
                    endTime: Timestamp(nanosecondsSinceEpoch: start.nanosecondsSinceEpoch + 1_000_000),
                    attributes: attributes, events: [], statusCode: .unset, statusMessage: "")
                let span = normalizer.normalize(raw, origin: SpanOrigin())
                if span.spanID != raw.spanID || span.usage.totalTokens ?? 0 < 0 { mismatches += 1 }
            }
            return mismatches
        }
        #expect(mismatches == 0, "seed \(seed)")
    }

    /// Every attribute key the real payloads use, plus numbered variants of the flattened conventions.
    private static func attributeKeys() throws -> [String] {
        var keys = Set<String>()
        for format in [OTLPContentType.json] {
            for bytes in try corpus(format) {
                for span in try TraceIngestor().ingest(bytes, as: format).spans {
                    keys.formUnion(span.attributes.keys)
                }
            }
        }
        keys.formUnion([
            "gen_ai.prompt.0.role", "gen_ai.prompt.0.content", "gen_ai.completion.0.tool_calls.0.arguments",
            "llm.input_messages.0.message.content",
            "llm.output_messages.0.message.tool_calls.0.tool_call.function.name",
            "mlflow.spanInputs", "mlflow.spanOutputs", "mlflow.chat.tokenUsage", "langfuse.observation.input",
            "gen_ai.usage.cost", "gen_ai.server.time_to_first_token", "tag.tags", "session.id", "user.id",
        ])
        return keys.sorted()
    }

    private static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 8), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .int(Int.random(in: Int.min...Int.max, using: &generator))
        case 3: return .double([0.5, -1e300, .infinity, .nan, 1e-9].randomElement(using: &generator) ?? 0)
        case 4:
            let texts = [
                "", "[", "{\"role\":", "[{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}]", "null", "\"x\"",
                "{\"input_tokens\": -5}", "123456789012345678901234567890", "\u{0}\u{FFFF}😀", "[[[[[[[[",
            ]
            return .string(texts.randomElement(using: &generator) ?? "")
        case 5:
            return .string(randomValue(depth: depth + 1, using: &generator).compactString)
        case 6:
            return .array(
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    randomValue(depth: depth + 1, using: &generator)
                })
        default:
            let keys = ["role", "content", "type", "text", "parts", "tool_calls", "arguments", "input_tokens", "name"]
            return .object(
                JSONObject(
                    (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                        (keys.randomElement(using: &generator) ?? "k", randomValue(depth: depth + 1, using: &generator))
                    }))
        }
    }
}
