import Logging
import ServiceLifecycle
import WindsockModel
import WindsockStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Deletes traces older than the retention period, at start and then every `interval`, until shutdown.
struct RetentionService: Service {
    let store: any TraceStore
    let days: Int
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await deleteExpired(now: Timestamp(Date()))
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
            }
        }
    }

    /// Deletes the traces that started more than `days` before `now`; failures are logged and retried on
    /// the next round.
    func deleteExpired(now: Timestamp) async {
        let cutoff = Timestamp(
            nanosecondsSinceEpoch: now.nanosecondsSinceEpoch - Int64(days) * 86_400 * 1_000_000_000)
        do {
            let deleted = try await store.deleteTraces(startedBefore: cutoff)
            if deleted > 0 {
                logger.info("Retention deleted old traces", metadata: ["traces": "\(deleted)", "days": "\(days)"])
            }
        } catch {
            logger.error("Retention failed", metadata: ["error": "\(error)"])
        }
    }
}
