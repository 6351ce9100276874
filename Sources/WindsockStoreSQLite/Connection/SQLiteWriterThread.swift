import NIOPosix

/// The writer connection's own thread, as a task executor: a write transaction runs on it from `BEGIN` to
/// `COMMIT` (``SQLiteBackend``), so that its statements run one after another on the thread that owns the
/// connection, without a hop to a thread pool and back for each one while the write lock is held.
final class SQLiteWriterThread: TaskExecutor {
    /// One thread; also runs the writer connection's calls made outside a transaction.
    let threadPool: NIOThreadPool

    /// Starts the thread.
    init() {
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // A pool that has shut down runs the work item at once on the calling thread: the job still runs.
        threadPool.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// Stops the thread once its queued jobs have run.
    func shutdown() async throws {
        try await threadPool.shutdownGracefully()
    }
}
