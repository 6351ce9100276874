import Foundation
import OpenTelemetryProto
import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// OTLP/protobuf bodies.
@Suite("Decoding: OTLP/protobuf")
struct ProtobufDecodingTests {
    private static func span(
        traceID: [UInt8] = Array(1...16), spanID: [UInt8] = Array(1...8), parent: [UInt8] = [],
        start: UInt64 = 1_795_357_811_000_000_000, end: UInt64 = 1_795_357_812_000_000_000
    ) -> Opentelemetry_Proto_Trace_V1_Span {
        var span = Opentelemetry_Proto_Trace_V1_Span()
        span.traceID = Data(traceID)
        span.spanID = Data(spanID)
        span.parentSpanID = Data(parent)
        span.name = "s"
        span.startTimeUnixNano = start
        span.endTimeUnixNano = end
        return span
    }

    private static func body(_ spans: [Opentelemetry_Proto_Trace_V1_Span]) throws -> [UInt8] {
        var request = Opentelemetry_Proto_Collector_Trace_V1_ExportTraceServiceRequest()
        var resourceSpans = Opentelemetry_Proto_Trace_V1_ResourceSpans()
        var scopeSpans = Opentelemetry_Proto_Trace_V1_ScopeSpans()
        scopeSpans.spans = spans
        resourceSpans.scopeSpans = [scopeSpans]
        request.resourceSpans = [resourceSpans]
        return try request.serializedBytes()
    }

    @Test func wrongIdsAreRejectedAndTheOthersKept() throws {
        let batch = try TraceIngestor().ingest(
            try Self.body([
                Self.span(), Self.span(traceID: Array(1...8)), Self.span(spanID: [0, 0, 0, 0, 0, 0, 0, 0]),
                Self.span(parent: [1, 2, 3]), Self.span(start: 10, end: 5),
                Self.span(parent: [0, 0, 0, 0, 0, 0, 0, 0]),
            ]), as: .protobuf)
        #expect(batch.spans.count == 2)
        #expect(batch.spans.allSatisfy { $0.parentSpanID == nil })
        #expect(batch.rejectedSpans == 4)
        let message = try #require(batch.rejectionMessage)
        #expect(message.contains("resourceSpans[0].scopeSpans[0].spans[1] (\"s\"): trace_id must be 16 bytes, got 8"))
        #expect(message.contains("span_id is all zero"))
        #expect(message.contains("parent_span_id must be empty or 8 bytes, got 3"))
        #expect(message.contains("end_time_unix_nano (5) is before start_time_unix_nano (10)"))
    }

    @Test func spansOverTheAttributeOrEventLimitAreRejectedAndTheOthersKept() throws {
        func keyValue(_ index: Int) -> Opentelemetry_Proto_Common_V1_KeyValue {
            var keyValue = Opentelemetry_Proto_Common_V1_KeyValue()
            keyValue.key = "a\(index)"
            keyValue.value.intValue = 1
            return keyValue
        }
        var crowded = Self.span(spanID: Array(2...9))
        crowded.attributes = (0...10_000).map(keyValue)
        var busy = Self.span(spanID: Array(3...10))
        var event = Opentelemetry_Proto_Trace_V1_Span.Event()
        event.name = "e"
        busy.events = Array(repeating: event, count: 10_001)
        var full = Self.span(spanID: Array(4...11))
        full.attributes = (0..<10_000).map(keyValue)
        let batch = try TraceIngestor().ingest(try Self.body([crowded, Self.span(), busy, full]), as: .protobuf)
        #expect(batch.spans.map(\.spanID) == [SpanID(0x0102_0304_0506_0708), SpanID(0x0405_0607_0809_0a0b)])
        #expect(batch.rejectedSpans == 2)
        let message = try #require(batch.rejectionMessage)
        #expect(message.contains("10001 attributes is more than the limit of 10000"))
        #expect(message.contains("10001 events is more than the limit of 10000"))
    }

    @Test func truncatedBodyIsMalformed() throws {
        let body = try Self.body([Self.span()])
        #expect(throws: OTLPDecodingError.self) {
            try TraceIngestor().ingest(Array(body.dropLast(5)), as: .protobuf)
        }
        do {
            _ = try TraceIngestor().ingest(Array(body.dropLast(5)), as: .protobuf)
        } catch {
            #expect(error.message.hasPrefix("invalid OTLP protobuf body (\(body.count - 5) bytes): "))
        }
        #expect(throws: OTLPDecodingError.self) {
            try TraceIngestor().ingest(Array("{\"resourceSpans\": []}".utf8), as: .protobuf)
        }
    }

    @Test func emptyBodyIsAnEmptyRequest() throws {
        #expect(try TraceIngestor().ingest([], as: .protobuf).spans.isEmpty)
    }

    @Test func anyValuesBecomeJSON() throws {
        var span = Self.span()
        func value(_ build: (inout Opentelemetry_Proto_Common_V1_AnyValue) -> Void)
            -> Opentelemetry_Proto_Common_V1_AnyValue
        {
            var any = Opentelemetry_Proto_Common_V1_AnyValue()
            build(&any)
            return any
        }
        func attribute(_ key: String, _ any: Opentelemetry_Proto_Common_V1_AnyValue)
            -> Opentelemetry_Proto_Common_V1_KeyValue
        {
            var keyValue = Opentelemetry_Proto_Common_V1_KeyValue()
            keyValue.key = key
            keyValue.value = any
            return keyValue
        }
        var list = Opentelemetry_Proto_Common_V1_KeyValueList()
        list.values = [attribute("inner", value { $0.intValue = 1 })]
        span.attributes = [
            attribute("s", value { $0.stringValue = "text" }), attribute("i", value { $0.intValue = -5 }),
            attribute("d", value { $0.doubleValue = 0.5 }), attribute("b", value { $0.boolValue = false }),
            attribute("bytes", value { $0.bytesValue = Data([1, 2, 3]) }),
            attribute("a", value { $0.arrayValue.values = [value { $0.stringValue = "x" }] }),
            attribute("kv", value { $0.kvlistValue = list }), attribute("none", value { _ in }),
        ]
        var event = Opentelemetry_Proto_Trace_V1_Span.Event()
        event.name = "exception"
        event.timeUnixNano = 1_795_357_811_500_000_000
        event.attributes = [attribute("exception.message", value { $0.stringValue = "bad" })]
        span.events = [event]
        span.status.code = .error
        var resource = Opentelemetry_Proto_Resource_V1_Resource()
        resource.attributes = [attribute("service.name", value { $0.stringValue = "svc" })]
        var scope = Opentelemetry_Proto_Common_V1_InstrumentationScope()
        scope.name = "lib"
        let normalized = try SpanNormalizer().normalize(span, resource: resource, scope: scope)
        #expect(
            normalized.attributes
                == JSONObject([
                    ("s", "text"), ("i", -5), ("d", 0.5), ("b", false), ("bytes", "AQID"), ("a", ["x"]),
                    ("kv", ["inner": 1]), ("none", nil),
                ]))
        #expect(normalized.serviceName == "svc")
        #expect(normalized.scopeName == "lib")
        #expect(normalized.resourceAttributes == JSONObject([("service.name", "svc")]))
        #expect(normalized.status == .error)
        #expect(normalized.statusMessage == "bad")
        #expect(
            normalized.events == [
                SpanEvent(
                    name: "exception", time: Timestamp(nanosecondsSinceEpoch: 1_795_357_811_500_000_000),
                    attributes: JSONObject([("exception.message", "bad")]))
            ])
    }
}
