import Foundation

/// Runs long CPU-bound work (a fuzz loop) on a Dispatch thread rather than Swift's cooperative pool, so that the
/// other tests running in parallel keep their threads (on two cores the pool has two).
func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
