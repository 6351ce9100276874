import WindsockModel
import WindsockStore

/// A store whose writes wait until the test opens the gate, to hold batches in flight.
actor WriteLatch {
    private var open = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var arrivals = 0
    private var arrivalWaiters: [(Int, CheckedContinuation<Void, Never>)] = []

    func arrive() async {
        arrivals += 1
        for (count, waiter) in arrivalWaiters where count <= arrivals { waiter.resume() }
        arrivalWaiters.removeAll { $0.0 <= arrivals }
        guard !open else { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Returns once `count` writes have arrived.
    func waitForArrivals(_ count: Int) async {
        guard arrivals < count else { return }
        await withCheckedContinuation { arrivalWaiters.append((count, $0)) }
    }

    func release() {
        open = true
        for waiter in waiting { waiter.resume() }
        waiting.removeAll()
    }
}

/// Wraps a store; `write` waits at the latch first.
struct GatedStore: TraceStore {
    let base: any TraceStore
    let latch: WriteLatch

    var keys: any KeyStore { base.keys }
    func migrate() async throws { try await base.migrate() }
    func write(_ spans: [Span], project: ProjectID) async throws -> WriteResult {
        await latch.arrive()
        return try await base.write(spans, project: project)
    }
    func traces(_ query: TraceQuery) async throws -> TracePage { try await base.traces(query) }
    func trace(_ id: TraceID, project: ProjectID) async throws -> TraceDetail? {
        try await base.trace(id, project: project)
    }
    func session(_ sessionID: String, project: ProjectID) async throws -> [TraceSummary] {
        try await base.session(sessionID, project: project)
    }
    func metrics(_ query: MetricsQuery) async throws -> [MetricsBucket] { try await base.metrics(query) }
    func addScore(_ score: Score, project: ProjectID) async throws { try await base.addScore(score, project: project) }
    func scores(traceID: TraceID, project: ProjectID) async throws -> [Score] {
        try await base.scores(traceID: traceID, project: project)
    }
    func deleteTraces(startedBefore cutoff: Timestamp) async throws -> Int {
        try await base.deleteTraces(startedBefore: cutoff)
    }
    func close() async throws { try await base.close() }
}
