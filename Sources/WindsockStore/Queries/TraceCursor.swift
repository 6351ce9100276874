import WindsockModel

/// A position in the newest-first listing: the start time and id of the last trace of a page.
///
/// Its text form (``token``) is opaque to API clients: `<start nanoseconds>-<trace id hex>`.
public struct TraceCursor: Hashable, Sendable {
    /// The start time of the last trace shown.
    public var startTime: Timestamp
    /// The id of the last trace shown.
    public var traceID: TraceID

    /// Creates a cursor.
    public init(startTime: Timestamp, traceID: TraceID) {
        self.startTime = startTime
        self.traceID = traceID
    }

    /// Parses a token made by ``token``; `nil` for anything else.
    public init?(token: String) {
        let parts = token.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let nanoseconds = Int64(parts[0]), let traceID = TraceID(hex: parts[1]) else {
            return nil
        }
        self.init(startTime: Timestamp(nanosecondsSinceEpoch: nanoseconds), traceID: traceID)
    }

    /// The text form.
    public var token: String {
        "\(startTime.nanosecondsSinceEpoch)-\(traceID.hex)"
    }
}
