import WindsockModel

extension TraceStore {
    /// One ``scores(traceID:project:)`` call per trace, for stores without a batched lookup.
    public func scores(traceIDs: [TraceID], project: ProjectID) async throws -> [TraceID: [Score]] {
        var scores: [TraceID: [Score]] = [:]
        for traceID in Set(traceIDs) {
            let found = try await self.scores(traceID: traceID, project: project)
            if !found.isEmpty { scores[traceID] = found }
        }
        return scores
    }
}
