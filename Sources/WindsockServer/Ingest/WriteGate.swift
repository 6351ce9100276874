import Prometheus

/// Bounds the batches handed to the store at once. A request that finds it full is answered 503 with
/// `Retry-After` rather than queued: the exporter retries, and memory stays bounded under overload.
actor WriteGate {
    private let limit: Int
    private let depth: Gauge
    private var inFlight = 0

    init(limit: Int, depth: Gauge) {
        self.limit = max(1, limit)
        self.depth = depth
    }

    /// Takes a slot; `false` when all are taken.
    func enter() -> Bool {
        guard inFlight < limit else { return false }
        inFlight += 1
        depth.set(Int64(inFlight))
        return true
    }

    /// Gives a slot back.
    func leave() {
        inFlight -= 1
        depth.set(Int64(inFlight))
    }
}
