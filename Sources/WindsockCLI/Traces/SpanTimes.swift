import OrderedJSON
import WindsockModel
import WindsockServer

/// A span's times in integer nanoseconds, rebuilt from what the REST API writes: times to the microsecond, but the
/// duration and the time to first token to the nanosecond.
///
/// The sub-microsecond part of the start is lost in the API's text; it is chosen so that the start, the end and the
/// first-token event all keep the microsecond the API showed while the duration and the time to first token stay
/// exact. Importing the span again so gives back the same `start_time`, `end_time`, `duration_ms` and
/// `time_to_first_token_ms`.
struct SpanTimes {
    /// The start, in nanoseconds since the epoch.
    var start: Int64
    /// The end, in nanoseconds since the epoch.
    var end: Int64
    /// The time of the first-token event (OpenInference's `First Token Stream Event`) when the span has one.
    var firstToken: Int64?

    /// The event the ingest reads the time to first token from, when no attribute gives it.
    static let firstTokenEventName = "First Token Stream Event"

    /// The times of `span` (one span of a `GET /api/v1/traces/{id}` answer); `nil` without a valid start and end.
    init?(span: JSONValue) {
        guard let start = span["start_time"]?.stringValue.flatMap(RFC3339.parse)?.nanosecondsSinceEpoch,
            let end = span["end_time"]?.stringValue.flatMap(RFC3339.parse)?.nanosecondsSinceEpoch
        else { return nil }
        let firstTokenEvent = span["events"]?.arrayValue?.first {
            $0["name"]?.stringValue == Self.firstTokenEventName
        }
        let eventTime = firstTokenEvent?["time"]?.stringValue.flatMap(RFC3339.parse)?.nanosecondsSinceEpoch
        guard let duration = span["duration_ms"].flatMap(Self.nanoseconds(milliseconds:)), duration >= 0 else {
            self.init(start: start, end: end, firstToken: eventTime)
            return
        }
        // Each quantity known to the nanosecond allows sub-microsecond starts in one range of 1000; the true
        // start lies in all of them.
        guard let offsets = Self.narrowed(0...999, shownAt: end, after: start, by: duration) else {
            self.init(start: start, end: end, firstToken: eventTime)
            return
        }
        if let eventTime, let ttft = span["time_to_first_token_ms"].flatMap(Self.nanoseconds(milliseconds:)),
            let both = Self.narrowed(offsets, shownAt: eventTime, after: start, by: ttft)
        {
            self.init(
                start: start + both.lowerBound, end: start + both.lowerBound + duration,
                firstToken: start + both.lowerBound + ttft)
            return
        }
        self.init(
            start: start + offsets.lowerBound, end: start + offsets.lowerBound + duration, firstToken: eventTime)
    }

    init(start: Int64, end: Int64, firstToken: Int64?) {
        self.start = start
        self.end = end
        self.firstToken = firstToken
    }

    /// The offsets in `offsets` that, added to `start` and `interval`, land in the microsecond `shown` starts;
    /// `nil` when none does.
    private static func narrowed(
        _ offsets: ClosedRange<Int64>, shownAt shown: Int64, after start: Int64, by interval: Int64
    ) -> ClosedRange<Int64>? {
        let lowest = shown - start - interval
        let lower = max(offsets.lowerBound, lowest)
        let upper = min(offsets.upperBound, lowest + 999)
        return lower <= upper ? lower...upper : nil
    }

    /// A number of milliseconds as integer nanoseconds, read from its shortest decimal text (`12.345678` →
    /// `12345678`) so that no binary rounding creeps in; `nil` when it is not a finite number.
    static func nanoseconds(milliseconds value: JSONValue) -> Int64? {
        let number: Double
        switch value {
        case .int(let int):
            let (nanoseconds, overflow) = Int64(int).multipliedReportingOverflow(by: 1_000_000)
            return overflow ? nil : nanoseconds
        case .double(let double): number = double
        default: return nil
        }
        guard number.isFinite, abs(number) < 9e12 else { return nil }
        let text = String(number.magnitude)
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else {
            return Int64((number * 1_000_000).rounded())
        }
        let whole = Int64(text[..<dot]) ?? 0
        var fraction = String(text[text.index(after: dot)...])
        if fraction.count > 6 {
            // Beyond the nanosecond: round the seventh digit.
            let roundsUp = fraction[fraction.index(fraction.startIndex, offsetBy: 6)] >= "5"
            fraction = String(fraction.prefix(6))
            let nanoseconds = whole * 1_000_000 + (Int64(fraction) ?? 0) + (roundsUp ? 1 : 0)
            return number < 0 ? -nanoseconds : nanoseconds
        }
        fraction += String(repeating: "0", count: 6 - fraction.count)
        let nanoseconds = whole * 1_000_000 + (Int64(fraction) ?? 0)
        return number < 0 ? -nanoseconds : nanoseconds
    }
}
