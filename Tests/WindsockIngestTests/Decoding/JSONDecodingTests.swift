import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// OTLP/JSON bodies: the OTLP spec's form and the variants senders use.
@Suite("Decoding: OTLP/JSON")
struct JSONDecodingTests {
    private static func body(spans: [String], resource: String = "{\"attributes\": []}") -> [UInt8] {
        Array(
            """
            {"resourceSpans": [{"resource": \(resource), "scopeSpans": [{"scope": {"name": "test", "version": "1"},
             "spans": [\(spans.joined(separator: ","))]}]}]}
            """.utf8)
    }

    private static func span(
        traceID: String = "5b8efff798038103d269b633813fc60c", spanID: String = "eee19b7ec3c1b174",
        extra: String = ""
    ) -> String {
        """
        {"traceId": "\(traceID)", "spanId": "\(spanID)", "name": "s", "kind": 1,
         "startTimeUnixNano": "1795357811940201636", "endTimeUnixNano": "1795357811951037103"\(extra)}
        """
    }

    @Test func hexAndBase64IdsDecodeToTheSameSpan() throws {
        let hex = try TraceIngestor().ingest(Self.body(spans: [Self.span()]), as: .json)
        // The same ids in base64, as swift-otel's JSON mode writes them.
        let base64 = try TraceIngestor().ingest(
            Self.body(spans: [Self.span(traceID: "W47/95gDgQPSabYzgT/GDA==", spanID: "7uGbfsPBsXQ=")]), as: .json)
        let hexSpan = try #require(hex.spans.only)
        let base64Span = try #require(base64.spans.only)
        #expect(hexSpan.traceID.hex == "5b8efff798038103d269b633813fc60c")
        #expect(hexSpan.spanID.hex == "eee19b7ec3c1b174")
        #expect(base64Span.traceID == hexSpan.traceID)
        #expect(base64Span.spanID == hexSpan.spanID)
        #expect(hexSpan.scopeName == "test")
        #expect(hexSpan.durationMs > 10 && hexSpan.durationMs < 11)
    }

    @Test func snakeCaseKeysNumbersAndEnumNames() throws {
        let text = """
            {"resource_spans": [{"resource": {"attributes": [{"key": "service.name", "value": {"string_value": "svc"}}]},
             "scope_spans": [{"spans": [{"trace_id": "5B8EFFF798038103D269B633813FC60C", "span_id": "eee19b7ec3c1b174",
             "parent_span_id": "00f067aa0ba902b7", "name": "s", "kind": "SPAN_KIND_CLIENT",
             "start_time_unix_nano": 1795357811940201636, "end_time_unix_nano": 1795357811951037103,
             "attributes": [{"key": "n", "value": {"int_value": 42}}, {"key": "d", "value": {"double_value": "NaN"}},
              {"key": "b", "value": {"bytes_value": "AQID"}}, {"key": "t", "value": {"bool_value": true}},
              {"key": "a", "value": {"array_value": {"values": [{"stringValue": "x"}, {"intValue": "7"}]}}},
              {"key": "m", "value": {"kvlist_value": {"values": [{"key": "k", "value": {"stringValue": "v"}}]}}},
              {"key": "empty", "value": {}}],
             "status": {"code": "STATUS_CODE_ERROR", "message": "boom"}}]}]}]}
            """
        let span = try #require(try TraceIngestor().ingest(Array(text.utf8), as: .json).spans.only)
        #expect(span.serviceName == "svc")
        #expect(span.parentSpanID?.hex == "00f067aa0ba902b7")
        #expect(span.attributes["n"] == 42)
        #expect(span.attributes["d"]?.doubleValue?.isNaN == true)
        #expect(span.attributes["b"] == "AQID")
        #expect(span.attributes["t"] == true)
        #expect(span.attributes["a"] == ["x", 7])
        #expect(span.attributes["m"] == ["k": "v"])
        #expect(span.attributes["empty"] == .null)
        #expect(span.status == .error)
        #expect(span.statusMessage == "boom")
    }

    @Test func invalidSpansAreRejectedAndTheOthersKept() throws {
        let batch = try TraceIngestor().ingest(
            Self.body(spans: [
                Self.span(),
                Self.span(traceID: "5b8efff798038103"),
                Self.span(spanID: "0000000000000000"),
                Self.span(traceID: "00000000000000000000000000000000"),
                Self.span(extra: ", \"parentSpanId\": \"abc\""),
                """
                {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b175", "name": "late",
                 "startTimeUnixNano": "1795357811951037103", "endTimeUnixNano": "1795357811940201636"}
                """,
                """
                {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b176", "name": "big",
                 "startTimeUnixNano": "18446744073709551615", "endTimeUnixNano": "18446744073709551615"}
                """,
                Self.span(spanID: "eee19b7ec3c1b177"),
            ]), as: .json)
        #expect(batch.spans.map(\.spanID.hex) == ["eee19b7ec3c1b174", "eee19b7ec3c1b177"])
        #expect(batch.rejectedSpans == 6)
        let message = try #require(batch.rejectionMessage)
        #expect(message.hasPrefix("6 spans rejected: "))
        #expect(message.contains("traceId \"5b8efff798038103\" is neither 32 hex digits nor base64 of 16 bytes"))
        #expect(message.contains("span_id is all zero"))
        #expect(message.contains("trace_id is all zero"))
        #expect(message.contains("and 1 more"))
    }

    @Test func endBeforeStartAndOutOfRangeAreNamed() throws {
        let batch = try TraceIngestor().ingest(
            Self.body(spans: [
                """
                {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b175", "name": "late",
                 "startTimeUnixNano": "1795357811951037103", "endTimeUnixNano": "1795357811940201636"}
                """,
                """
                {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b176", "name": "big",
                 "startTimeUnixNano": "18446744073709551615", "endTimeUnixNano": "18446744073709551615"}
                """,
                """
                {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b178", "name": "unstarted"}
                """,
            ]), as: .json)
        #expect(batch.spans.isEmpty)
        #expect(batch.rejectedSpans == 3)
        let message = try #require(batch.rejectionMessage)
        #expect(message.contains("\"late\"): end_time_unix_nano (1795357811940201636) is before start_time_unix_nano"))
        #expect(message.contains("\"big\"): timestamp out of range"))
        #expect(message.contains("start_time_unix_nano is missing"))
    }

    @Test(arguments: [
        ("", "invalid JSON body: Expecting value at byte 0"),
        ("{\"resourceSpans\": [", "invalid JSON body: Expecting value at byte 19"),
        ("[]", "the body must be a JSON object (ExportTraceServiceRequest), got array"),
        ("{\"resourceSpans\": {}}", "resourceSpans: expected an array, got object"),
        (
            "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"name\": 3}]}]}]}",
            "resourceSpans[0].scopeSpans[0].spans[0].name: expected a string, got integer"
        ),
        (
            "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"startTimeUnixNano\": \"soon\"}]}]}]}",
            "resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano: expected an unsigned integer, got the string \"soon\""
        ),
        (
            "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"attributes\": [{\"value\": {}}]}]}]}]}",
            "resourceSpans[0].scopeSpans[0].spans[0].attributes[0]: a KeyValue needs a \"key\""
        ),
        (
            "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"kind\": \"SPAN_KIND_WEIRD\"}]}]}]}",
            "resourceSpans[0].scopeSpans[0].spans[0].kind: unknown value \"SPAN_KIND_WEIRD\""
        ),
    ])
    func malformedBodiesNameTheProblem(body: String, message: String) {
        #expect(throws: OTLPDecodingError(message: message)) {
            try TraceIngestor().ingest(Array(body.utf8), as: .json)
        }
    }

    @Test func emptyRequestIsEmptyBatch() throws {
        let batch = try TraceIngestor().ingest(Array("{}".utf8), as: .json)
        #expect(batch.spans.isEmpty)
        #expect(batch.rejectedSpans == 0)
        #expect(batch.rejectionMessage == nil)
    }
}
