/// The deadlines of the calls in flight, watched by one background task for the whole process instead of a
/// timer (a sleeping child task, a dispatch timer armed and disarmed) for every call.
///
/// A call registers its deadline with what to do when it passes, and removes it when it ends (learning then
/// whether it passed). The watcher sleeps until the earliest deadline registered; it is started again, sooner,
/// when a call registers an earlier one, and it stops when nothing is left to watch. Registering and removing
/// take a lock and touch a dictionary: no task, no system call.
final class CallDeadlines: Sendable {
    /// The deadlines of every client in the process.
    static let shared = CallDeadlines()

    init() {}

    /// One registered deadline.
    struct Registration: Sendable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        var deadline: ContinuousClock.Instant
        var expire: @Sendable () -> Void
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        /// Deadlines that passed and whose calls have not been told yet.
        var expired: Set<UInt64> = []
        var nextID: UInt64 = 0
        /// The running watcher, when it wakes next, and its generation; `nil` when none runs.
        var watcher: (task: Task<Void, Never>, wakesAt: ContinuousClock.Instant, generation: UInt64)?
        var generations: UInt64 = 0
    }

    private let state = LockedValue(State())

    /// Registers a deadline `timeout` from now; `expire` runs (on the watcher's task) if it passes before
    /// ``remove(_:)``.
    func register(after timeout: Duration, expire: @escaping @Sendable () -> Void) -> Registration {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        return state.withLock { state in
            let registration = Registration(id: state.nextID)
            state.nextID &+= 1
            state.entries[registration.id] = Entry(deadline: deadline, expire: expire)
            if let watcher = state.watcher {
                guard deadline < watcher.wakesAt else { return registration }
                watcher.task.cancel()
            }
            state.generations &+= 1
            state.watcher = (startWatcher(until: deadline, generation: state.generations), deadline, state.generations)
            return registration
        }
    }

    /// Forgets a deadline as its call ends; returns whether the deadline had passed (its expiry ran or is about
    /// to), in which case the call timed out whatever its operation returned.
    @discardableResult
    func remove(_ registration: Registration) -> Bool {
        state.withLock { state in
            if state.entries.removeValue(forKey: registration.id) != nil { return false }
            return state.expired.remove(registration.id) != nil
        }
    }

    private func startWatcher(until first: ContinuousClock.Instant, generation: UInt64) -> Task<Void, Never> {
        Task.detached { [self] in
            var wakeAt = first
            while true {
                do {
                    try await Task.sleep(until: wakeAt, clock: .continuous)
                } catch {
                    // Cancelled: a sooner deadline started another watcher, which took over.
                    return
                }
                guard let next = expireDue(watcher: generation) else { return }
                wakeAt = next
            }
        }
    }

    /// Runs the expiries that are due; returns when to wake next, or `nil` (having stopped the watcher) when
    /// nothing is left to watch or another watcher took over.
    private func expireDue(watcher generation: UInt64) -> ContinuousClock.Instant? {
        let now = ContinuousClock.now
        let (due, next): ([Entry], ContinuousClock.Instant?) = state.withLock { state in
            var due: [Entry] = []
            var next: ContinuousClock.Instant?
            for (id, entry) in state.entries {
                if entry.deadline <= now {
                    due.append(entry)
                    state.entries[id] = nil
                    state.expired.insert(id)
                } else if next.map({ entry.deadline < $0 }) ?? true {
                    next = entry.deadline
                }
            }
            guard let watcher = state.watcher, watcher.generation == generation else { return (due, nil) }
            if let next {
                state.watcher = (watcher.task, next, generation)
            } else {
                state.watcher = nil
            }
            return (due, next)
        }
        for entry in due { entry.expire() }
        return next
    }
}
