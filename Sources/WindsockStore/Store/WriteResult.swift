/// What ``TraceStore/write(_:project:)`` stored.
public struct WriteResult: Hashable, Sendable {
    /// Spans stored for the first time.
    public var inserted: Int
    /// Spans that were already stored (re-delivered) and left as they were.
    public var duplicates: Int

    /// Creates a result.
    public init(inserted: Int, duplicates: Int) {
        self.inserted = inserted
        self.duplicates = duplicates
    }
}
