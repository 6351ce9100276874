import Logging

/// Joins concurrent write calls into one transaction: one writer commits everything that queued up while
/// the previous commit ran, then resumes each caller with its own result.
///
/// When a joined commit fails, each call in it is retried alone, so that one call's bad input fails only
/// that call.
package actor GroupCommitQueue {
    private struct Pending {
        var request: WriteRequest
        var continuation: CheckedContinuation<WriteResult, any Error>
    }

    package typealias Commit = @Sendable ([WriteRequest]) async throws -> [WriteResult]

    private let commit: Commit
    private let maximumSpans: Int
    private let logger: Logger
    private var pending: [Pending] = []
    private var isDraining = false
    private var isClosed = false

    /// Creates a queue that commits with `commit`, at most `maximumSpans` spans per transaction (a single call
    /// with more is committed alone).
    package init(maximumSpans: Int = 20_000, logger: Logger, commit: @escaping Commit) {
        self.commit = commit
        self.maximumSpans = maximumSpans
        self.logger = logger
    }

    /// Queues a write and returns its result once its transaction has committed.
    package func submit(_ request: WriteRequest) async throws -> WriteResult {
        guard !isClosed else { throw StoreError(.closed, "the store is closed") }
        return try await withCheckedThrowingContinuation { continuation in
            pending.append(Pending(request: request, continuation: continuation))
            if !isDraining {
                isDraining = true
                Task { await self.drain() }
            }
        }
    }

    /// Refuses further writes; queued ones still commit.
    package func close() {
        isClosed = true
    }

    private func drain() async {
        while !pending.isEmpty {
            var count = 0
            var spans = 0
            while count < pending.count, count == 0 || spans + pending[count].request.spans.count <= maximumSpans {
                spans += pending[count].request.spans.count
                count += 1
            }
            let batch = Array(pending.prefix(count))
            pending.removeFirst(count)
            await run(batch)
        }
        isDraining = false
    }

    private func run(_ batch: [Pending]) async {
        do {
            let results = try await commit(batch.map(\.request))
            for (entry, result) in zip(batch, results) {
                entry.continuation.resume(returning: result)
            }
        } catch {
            guard batch.count > 1 else {
                batch.first?.continuation.resume(throwing: error)
                return
            }
            logger.debug("Joined commit failed; retrying its writes one by one", metadata: ["error": "\(error)"])
            for entry in batch {
                do {
                    let results = try await commit([entry.request])
                    entry.continuation.resume(returning: results.first ?? WriteResult(inserted: 0, duplicates: 0))
                } catch {
                    entry.continuation.resume(throwing: error)
                }
            }
        }
    }
}
