import WindsockModel

/// Makes random trace and span ids (never the all-zero invalid id).
struct SpanIDGenerator: Sendable {
    func nextTraceID() -> TraceID {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = TraceID(high: generator.next(), low: generator.next())
            if id.high != 0 || id.low != 0 { return id }
        }
    }

    func nextSpanID() -> SpanID {
        var generator = SystemRandomNumberGenerator()
        while true {
            let value: UInt64 = generator.next()
            if value != 0 { return SpanID(value) }
        }
    }
}

extension Windsock {
    /// A random, valid trace id (what the tracer gives a new root span).
    public static func randomTraceID() -> TraceID {
        SpanIDGenerator().nextTraceID()
    }
}
