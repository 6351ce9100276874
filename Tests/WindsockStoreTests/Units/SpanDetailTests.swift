import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@Suite("Span detail documents")
struct SpanDetailTests {
    private static let input =
        #"[{"role":"user","parts":[{"type":"text","content":"How windy is it at the harbour today?"}]}]"#
    private static let output =
        #"[{"role":"assistant","parts":[{"type":"text","content":"A fresh breeze, about 20 knots."}]}]"#

    /// A chat span as the GenAI conventions send it, normalised as the ingest normalises it.
    private static func chatSpan() -> Span {
        var span = Make.span(trace: 1, id: 2, name: "chat", kind: .llm, model: "mistral-medium-latest")
        span.serviceName = "bench-app"
        span.scopeName = "windsock-bench"
        span.provider = "mistral_ai"
        span.operation = "chat"
        span.responseID = "cmpl-42"
        span.parameters = JSONObject([("temperature", 0.3), ("max_tokens", 512), ("random_seed", 7)])
        span.finishReasons = ["stop"]
        span.input = try? JSONParser.parse(input)
        span.output = try? JSONParser.parse(output)
        span.attributes = JSONObject([
            ("gen_ai.provider.name", "mistral_ai"), ("gen_ai.operation.name", "chat"),
            ("gen_ai.request.model", "mistral-medium-latest"), ("gen_ai.request.temperature", 0.3),
            ("gen_ai.request.max_tokens", 512), ("gen_ai.request.seed", 7), ("gen_ai.response.id", "cmpl-42"),
            ("gen_ai.input.messages", .string(input)), ("unset", nil), ("gen_ai.output.messages", .string(output)),
            ("server.port", 443), ("~3", "a name of the span's own that looks like a code"), ("~~", true),
        ])
        span.resourceAttributes = JSONObject([("service.name", "bench-app")])
        return span
    }

    private static func readBack(_ span: Span, detail: String) throws -> Span {
        var read = Make.span(trace: 1, id: 2)
        try SpanDetail.decode(
            detail, into: &read, inputText: input, outputText: output, resourceAttributes: span.resourceAttributes)
        return read
    }

    private static func expectSameDetailFields(_ read: Span, _ span: Span) {
        #expect(read.serviceName == span.serviceName)
        #expect(read.scopeName == span.scopeName)
        #expect(read.provider == span.provider)
        #expect(read.operation == span.operation)
        #expect(read.responseID == span.responseID)
        #expect(read.parameters == span.parameters)
        #expect(read.finishReasons == span.finishReasons)
        #expect(read.attributes == span.attributes)
        #expect(read.resourceAttributes == span.resourceAttributes)
    }

    @Test func fieldsTheAttributesGiveBackAreLeftOutAndDerivedOnRead() throws {
        let span = Self.chatSpan()
        let detail = SpanDetail.encode(span, inputText: Self.input, outputText: Self.output, resourceID: "ab")
        for key in ["service", "provider", "operation", "response_id", "parameters", "attribute_refs"] {
            #expect(!detail.contains("\"\(key)\""), "\(key) is stored: \(detail)")
        }
        #expect(detail.contains(#""refs":"i-o""#))
        #expect(!detail.contains("gen_ai."), "well-known attribute names are coded: \(detail)")
        #expect(detail.contains(#""~~3":"#) && detail.contains(#""~~~":true"#))
        #expect(!detail.contains(Self.input))
        Self.expectSameDetailFields(try Self.readBack(span, detail: detail), span)
    }

    @Test func fieldsThatDifferFromTheAttributesAreStored() throws {
        var span = Self.chatSpan()
        span.provider = nil
        span.operation = "text_completion"
        span.parameters = JSONObject()
        span.serviceName = "other-service"
        let detail = SpanDetail.encode(span, inputText: Self.input, outputText: Self.output, resourceID: "ab")
        #expect(detail.contains(#""provider":null"#))
        #expect(detail.contains(#""parameters":{}"#))
        Self.expectSameDetailFields(try Self.readBack(span, detail: detail), span)

        // Without a resource, the service is stored.
        span.resourceAttributes = JSONObject()
        span.serviceName = "bench-app"
        let bare = SpanDetail.encode(span, inputText: Self.input, outputText: Self.output, resourceID: nil)
        #expect(bare.contains(#""service":"bench-app""#))
        Self.expectSameDetailFields(try Self.readBack(span, detail: bare), span)
    }

    @Test func versionOneDetailsReadAsTheyWereWritten() throws {
        // A detail as stores written before version 2 hold it (every field, `attribute_refs`).
        let detail = """
            {"service":"bench-app","scope":"windsock-bench","provider":"mistral_ai","operation":"chat",\
            "response_id":"cmpl-42","parameters":{"temperature":0.3,"max_tokens":512,"random_seed":7},\
            "finish":["stop"],"attributes":{"gen_ai.provider.name":"mistral_ai","gen_ai.operation.name":"chat",\
            "gen_ai.request.model":"mistral-medium-latest","gen_ai.request.temperature":0.3,\
            "gen_ai.request.max_tokens":512,"gen_ai.request.seed":7,"gen_ai.response.id":"cmpl-42",\
            "gen_ai.input.messages":null,"unset":null,"gen_ai.output.messages":null,"server.port":443,\
            "~3":"a name of the span's own that looks like a code","~~":true},\
            "attribute_refs":{"gen_ai.input.messages":"input","gen_ai.output.messages":"output"},"resource_id":"ab"}
            """
        Self.expectSameDetailFields(try Self.readBack(Self.chatSpan(), detail: detail), Self.chatSpan())
        // A version 1 detail without a field means the span had none, whatever its attributes say.
        var read = Make.span(trace: 1, id: 2)
        try SpanDetail.decode(
            #"{"attributes":{"gen_ai.provider.name":"mistral_ai"}}"#, into: &read, inputText: nil, outputText: nil,
            resourceAttributes: JSONObject([("service.name", "bench-app")]))
        #expect(read.provider == nil)
        #expect(read.serviceName == nil)
    }
}
