import OrderedJSON
import WindsockIngest
import WindsockModel

/// Spans built from attribute lists, normalised as the server would.
enum SpanFactory {
    static let traceID = TraceID(high: 0x0102_0304_0506_0708, low: 0x090a_0b0c_0d0e_0f10)
    static let spanID = SpanID(0x1112_1314_1516_1718)
    static let start = Timestamp(nanosecondsSinceEpoch: 1_795_357_811_000_000_000)

    static func normalize(
        _ attributes: [(String, JSONValue)], name: String = "span", kind: RawSpan.Kind = .internal,
        durationMs: Int64 = 500, events: [SpanEvent] = [], status: RawSpan.StatusCode = .unset,
        statusMessage: String = "", scope: String? = nil, resource: [(String, JSONValue)] = [],
        prices: PriceTable = .mistral
    ) -> Span {
        let raw = RawSpan(
            traceID: traceID, spanID: spanID, name: name, kind: kind, startTime: start,
            endTime: Timestamp(nanosecondsSinceEpoch: start.nanosecondsSinceEpoch + durationMs * 1_000_000),
            attributes: JSONObject(attributes), events: events, statusCode: status, statusMessage: statusMessage
        )
        return SpanNormalizer(prices: prices).normalize(
            raw, origin: SpanOrigin(resourceAttributes: JSONObject(resource), scopeName: scope))
    }

    /// A time `milliseconds` after ``start``.
    static func time(afterMs milliseconds: Int64) -> Timestamp {
        Timestamp(nanosecondsSinceEpoch: start.nanosecondsSinceEpoch + milliseconds * 1_000_000)
    }
}
