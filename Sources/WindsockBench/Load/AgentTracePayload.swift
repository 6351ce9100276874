import Foundation
import OpenTelemetryProto
import SwiftProtobuf

/// One agent-shaped trace for the web UI benchmark: a root request span with `steps` agent steps under it,
/// each holding a chat span (GenAI attributes and messages) and a tool execution span, so a trace of
/// `1 + 3 × steps` spans three levels deep.
struct AgentTracePayload {
    /// The trace id: the same on every run, so sending it again stores nothing new.
    static let traceID = Data("windsock-ui-benc".utf8)

    /// Agent steps; 33 makes a 100-span trace.
    var steps = 33
    /// When the root span starts.
    var start: Date

    /// How many spans ``request()`` sends.
    var spanCount: Int { 1 + 3 * steps }

    /// The trace id in hex, as the API and the UI spell it.
    var traceIDHex: String { TracePayloadFactory.hex(Self.traceID) }

    /// The span id of step `step`'s chat span, in hex.
    func chatSpanIDHex(step: Int) -> String {
        TracePayloadFactory.hex(Self.spanID(0x2000 + step))
    }

    /// The OTLP/protobuf export request holding the whole trace.
    func request() throws -> Data {
        let startNanos = UInt64(start.timeIntervalSince1970 * 1e9)
        let stepNanos: UInt64 = 30_000_000
        var root = span("POST /agent", id: 1, parent: nil, kind: .server, start: startNanos)
        root.endTimeUnixNano = startNanos + UInt64(steps) * stepNanos + 5_000_000
        root.attributes = [
            Self.attribute("user.id", .string("user-ui-bench")), Self.attribute("session.id", .string("ui-bench")),
            Self.attribute("http.request.method", .string("POST")), Self.attribute("http.route", .string("/agent")),
        ]
        var spans = [root]
        for step in 0..<steps {
            let stepStart = startNanos + 1_000_000 + UInt64(step) * stepNanos
            var agent = span("agent step \(step + 1)", id: 0x1000 + step, parent: 1, kind: .internal, start: stepStart)
            agent.endTimeUnixNano = stepStart + 28_000_000
            var chat = span(
                "chat mistral-large-latest", id: 0x2000 + step, parent: 0x1000 + step, kind: .client,
                start: stepStart + 500_000)
            chat.endTimeUnixNano = stepStart + 20_000_000
            chat.attributes = chatAttributes(step: step)
            var tool = span(
                "execute_tool search_docs", id: 0x3000 + step, parent: 0x1000 + step, kind: .internal,
                start: stepStart + 21_000_000)
            tool.endTimeUnixNano = stepStart + 27_000_000
            tool.attributes = [
                Self.attribute("gen_ai.operation.name", .string("execute_tool")),
                Self.attribute("gen_ai.tool.name", .string("search_docs")),
                Self.attribute("gen_ai.tool.call.id", .string("call_\(step)")),
                Self.attribute("gen_ai.tool.call.arguments", .string(#"{"query":"wind forecast \#(step)"}"#)),
                Self.attribute("gen_ai.tool.call.result", .string(#"{"hits":["harbour \#(step)","beacon"]}"#)),
            ]
            spans += [agent, chat, tool]
        }
        var scopeSpans = Opentelemetry_Proto_Trace_V1_ScopeSpans()
        scopeSpans.scope.name = "windsock-bench"
        scopeSpans.spans = spans
        var resourceSpans = Opentelemetry_Proto_Trace_V1_ResourceSpans()
        resourceSpans.resource.attributes = [Self.attribute("service.name", .string("bench-agent"))]
        resourceSpans.scopeSpans = [scopeSpans]
        var request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest()
        request.resourceSpans = [resourceSpans]
        return try request.serializedData()
    }

    private func chatAttributes(step: Int) -> [Opentelemetry_Proto_Common_V1_KeyValue] {
        let question = String(repeating: "Which harbour has the calmest tide this week? ", count: 20)
        let answer = String(repeating: "The **northern** harbour, sheltered from the gust. ", count: 20)
        return [
            Self.attribute("gen_ai.provider.name", .string("mistral_ai")),
            Self.attribute("gen_ai.operation.name", .string("chat")),
            Self.attribute("gen_ai.request.model", .string("mistral-large-latest")),
            Self.attribute("gen_ai.response.model", .string("mistral-large-2411")),
            Self.attribute("gen_ai.request.temperature", .double(0.2)),
            Self.attribute("gen_ai.usage.input_tokens", .int(400 + step)),
            Self.attribute("gen_ai.usage.output_tokens", .int(120 + step)),
            Self.attribute("gen_ai.response.finish_reasons", .string(#"["tool_calls"]"#)),
            Self.attribute(
                "gen_ai.input.messages",
                .string(
                    #"[{"role":"system","parts":[{"type":"text","content":"You are a harbour agent."}]},"#
                        + #"{"role":"user","parts":[{"type":"text","content":"\#(question)"}]}]"#)),
            Self.attribute(
                "gen_ai.output.messages",
                .string(
                    #"[{"role":"assistant","parts":[{"type":"text","content":"\#(answer)"}],"finish_reason":"stop"}]"#
                )),
        ]
    }

    private func span(
        _ name: String, id: Int, parent: Int?, kind: Opentelemetry_Proto_Trace_V1_Span.SpanKind, start: UInt64
    ) -> Opentelemetry_Proto_Trace_V1_Span {
        var span = Opentelemetry_Proto_Trace_V1_Span()
        span.traceID = Self.traceID
        span.spanID = Self.spanID(id)
        if let parent { span.parentSpanID = Self.spanID(parent) }
        span.name = name
        span.kind = kind
        span.startTimeUnixNano = start
        return span
    }

    private static func spanID(_ number: Int) -> Data {
        Data((0..<8).map { UInt8(truncatingIfNeeded: UInt64(number) >> (56 - 8 * $0)) })
    }

    private static func attribute(
        _ key: String, _ value: Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value
    ) -> Opentelemetry_Proto_Common_V1_KeyValue {
        var pair = Opentelemetry_Proto_Common_V1_KeyValue()
        pair.key = key
        pair.value.value = value
        return pair
    }
}

extension Opentelemetry_Proto_Common_V1_AnyValue.OneOf_Value {
    static func string(_ value: String) -> Self { .stringValue(value) }
    static func int(_ value: Int) -> Self { .intValue(Int64(value)) }
    static func double(_ value: Double) -> Self { .doubleValue(value) }
}
