import Foundation

/// A value protected by a lock, for the few places that need synchronous shared state (deinit hooks).
///
/// `@unchecked Sendable` is safe: `value` is private and only read or written inside `withLock`, which holds
/// `lock` for the whole access, so no two threads ever touch it at the same time; `Value` is `Sendable`, so
/// handing it in and out across threads is safe too.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
