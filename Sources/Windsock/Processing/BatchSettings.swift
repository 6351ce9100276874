/// How the batch processor groups spans for export.
public struct BatchSettings: Sendable, Hashable {
    /// The most spans waiting for export; more are dropped and counted.
    public var maximumQueueSize: Int
    /// The most spans in one export.
    public var maximumBatchSize: Int
    /// How long a span waits at most before its batch is exported.
    public var scheduledDelay: Duration

    /// Creates settings; sizes below 1 become 1.
    public init(maximumQueueSize: Int = 2048, maximumBatchSize: Int = 512, scheduledDelay: Duration = .seconds(1)) {
        self.maximumQueueSize = max(1, maximumQueueSize)
        self.maximumBatchSize = max(1, min(maximumBatchSize, max(1, maximumQueueSize)))
        self.scheduledDelay = scheduledDelay
    }
}
