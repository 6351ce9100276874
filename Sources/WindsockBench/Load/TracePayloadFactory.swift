import Foundation
import OpenTelemetryProto
import SwiftProtobuf

/// Builds realistic OTLP trace export requests: each trace is a root application span with one to three
/// chat spans under it, carrying GenAI attributes and about 3 KB of messages per span.
struct TracePayloadFactory {
    /// Spans per export request.
    var spansPerRequest: Int
    /// Approximate bytes of attributes per span.
    var bytesPerSpan: Int
    /// The first span's start; later traces start later.
    var start: Date
    /// Nanoseconds between the starts of consecutive traces (200 ms spreads 432,000 traces over 24 hours).
    var traceSpacingNanoseconds: UInt64 = 200_000_000

    private static let models = ["mistral-small-latest", "mistral-large-latest", "mistral-medium-latest"]
    private static let users = (0..<50).map { "user-\($0)" }
    private static let words = """
        wind sail harbour tide compass lantern river meadow forecast gust breeze anchor signal current \
        weather north station beacon drift horizon
        """.split(separator: " ").map(String.init)

    /// One request's body and the traces it completes.
    struct Request {
        /// The protobuf body.
        var body: Data
        /// The trace ids of the request, in hex.
        var traceIDs: [String]
        /// How many spans it holds.
        var spanCount: Int
    }

    /// Builds `count` requests whose traces are numbered from `traceNumber` on (it is advanced past them).
    /// Traces never straddle two requests, so a trace is whole after its request.
    func makeRequests(count: Int, seed: UInt64, traceNumber: inout Int) throws -> [Request] {
        var random = SplitMix64(seed: seed &+ UInt64(traceNumber))
        return try (0..<count).map { _ in
            var spans: [Opentelemetry_Proto_Trace_V1_Span] = []
            var traceIDs: [String] = []
            while spans.count < spansPerRequest {
                let chatCount = max(0, min(1 + Int(random.next() % 3), spansPerRequest - spans.count - 1))
                let traceID = Self.traceID(traceNumber, seed: seed)
                spans.append(contentsOf: trace(traceID, number: traceNumber, chats: chatCount, random: &random))
                traceIDs.append(Self.hex(traceID))
                traceNumber += 1
            }
            var scopeSpans = Opentelemetry_Proto_Trace_V1_ScopeSpans()
            scopeSpans.scope.name = "windsock-bench"
            scopeSpans.spans = spans
            var resourceSpans = Opentelemetry_Proto_Trace_V1_ResourceSpans()
            resourceSpans.resource.attributes = [Self.attribute("service.name", "bench-app")]
            resourceSpans.scopeSpans = [scopeSpans]
            var request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest()
            request.resourceSpans = [resourceSpans]
            return Request(body: try request.serializedData(), traceIDs: traceIDs, spanCount: spans.count)
        }
    }

    private func trace(
        _ traceID: Data, number: Int, chats: Int, random: inout SplitMix64
    ) -> [Opentelemetry_Proto_Trace_V1_Span] {
        let startNanos = UInt64(start.timeIntervalSince1970 * 1e9) + UInt64(number) * traceSpacingNanoseconds
        let rootID = Self.spanID(random.next())
        var root = Opentelemetry_Proto_Trace_V1_Span()
        root.traceID = traceID
        root.spanID = rootID
        root.name = "POST /answer"
        root.kind = .server
        root.startTimeUnixNano = startNanos
        var end = startNanos + 5_000_000
        let user = Self.users[Int(random.next() % UInt64(Self.users.count))]
        root.attributes = [
            Self.attribute("user.id", user), Self.attribute("session.id", "session-\(number / 3)"),
            Self.attribute("http.request.method", "POST"), Self.attribute("http.route", "/answer"),
        ]
        var spans = [root]
        for index in 0..<chats {
            let model = Self.models[Int(random.next() % UInt64(Self.models.count))]
            var chat = Opentelemetry_Proto_Trace_V1_Span()
            chat.traceID = traceID
            chat.spanID = Self.spanID(random.next())
            chat.parentSpanID = rootID
            chat.name = "chat \(model)"
            chat.kind = .client
            chat.startTimeUnixNano = startNanos + UInt64(index) * 400_000_000 + 1_000_000
            chat.endTimeUnixNano = chat.startTimeUnixNano + 200_000_000 + random.next() % 600_000_000
            end = max(end, chat.endTimeUnixNano + 1_000_000)
            let inputTokens = 200 + Int(random.next() % 800)
            let outputTokens = 20 + Int(random.next() % 300)
            let question = sentence(words: bytesPerSpan / 12, random: &random)
            let answer = sentence(words: bytesPerSpan / 24, random: &random)
            chat.attributes = [
                Self.attribute("gen_ai.provider.name", "mistral_ai"),
                Self.attribute("gen_ai.operation.name", "chat"),
                Self.attribute("gen_ai.request.model", model),
                Self.attribute("gen_ai.response.model", model),
                Self.attribute("gen_ai.request.temperature", 0.3),
                Self.attribute("gen_ai.request.max_tokens", 512),
                Self.attribute("gen_ai.usage.input_tokens", inputTokens),
                Self.attribute("gen_ai.usage.output_tokens", outputTokens),
                Self.attribute("gen_ai.response.id", "cmpl-\(random.next())"),
                Self.attribute(
                    "gen_ai.input.messages",
                    #"[{"role":"system","parts":[{"type":"text","content":"Answer briefly."}]},"#
                        + #"{"role":"user","parts":[{"type":"text","content":"\#(question)"}]}]"#),
                Self.attribute(
                    "gen_ai.output.messages",
                    #"[{"role":"assistant","parts":[{"type":"text","content":"\#(answer)"}],"#
                        + #""finish_reason":"stop"}]"#),
                Self.attribute("server.address", "api.mistral.ai"),
                Self.attribute("server.port", 443),
            ]
            spans.append(chat)
        }
        spans[0].endTimeUnixNano = end
        return spans
    }

    private func sentence(words count: Int, random: inout SplitMix64) -> String {
        (0..<max(count, 1)).map { _ in Self.words[Int(random.next() % UInt64(Self.words.count))] }
            .joined(separator: " ")
    }

    private static func attribute(_ key: String, _ value: String) -> Opentelemetry_Proto_Common_V1_KeyValue {
        var pair = Opentelemetry_Proto_Common_V1_KeyValue()
        pair.key = key
        pair.value.stringValue = value
        return pair
    }

    private static func attribute(_ key: String, _ value: Int) -> Opentelemetry_Proto_Common_V1_KeyValue {
        var pair = Opentelemetry_Proto_Common_V1_KeyValue()
        pair.key = key
        pair.value.intValue = Int64(value)
        return pair
    }

    private static func attribute(_ key: String, _ value: Double) -> Opentelemetry_Proto_Common_V1_KeyValue {
        var pair = Opentelemetry_Proto_Common_V1_KeyValue()
        pair.key = key
        pair.value.doubleValue = value
        return pair
    }

    private static func traceID(_ number: Int, seed: UInt64) -> Data {
        var random = SplitMix64(seed: seed &+ UInt64(number))
        return bytes(random.next()) + bytes(random.next() | 1)
    }

    private static func spanID(_ value: UInt64) -> Data {
        bytes(value | 1)
    }

    private static func bytes(_ value: UInt64) -> Data {
        Data((0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) })
    }

    static func hex(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
