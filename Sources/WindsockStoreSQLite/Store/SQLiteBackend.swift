import Foundation
import Logging
import SQLiteNIO
import Synchronization
import WindsockStore

/// SQLite in WAL mode: one writer connection that runs one transaction at a time (`BEGIN IMMEDIATE`, so
/// another process writing the same file waits for the busy timeout rather than failing), and reader
/// connections that see every committed write. Every connection keeps its prepared statements
/// (``SQLiteDirectConnection``).
final class SQLiteBackend: SQLBackend {
    let dialect = SQLDialect.sqlite
    private let threadPool: NIOThreadPool
    private let writerThread: SQLiteWriterThread
    private let writer: SQLiteDirectConnection
    private let readers: [SQLiteDirectConnection]
    private let nextReader = Atomic<Int>(0)
    private let writeLock = AsyncLock()
    private let logger: Logger

    private init(
        threadPool: NIOThreadPool, writerThread: SQLiteWriterThread, writer: SQLiteDirectConnection,
        readers: [SQLiteDirectConnection], logger: Logger
    ) {
        self.threadPool = threadPool
        self.writerThread = writerThread
        self.writer = writer
        self.readers = readers
        self.logger = logger
    }

    /// Opens the file (creating it and its folder when missing) with one writer and `readerCount` readers.
    ///
    /// The writer has a thread of its own (``SQLiteWriterThread``) and the readers a thread pool with a thread
    /// for each, so that a connection waiting for another process's write lock never holds up the others.
    static func open(_ configuration: SQLiteStoreConfiguration, readerCount: Int = 2, logger: Logger) async throws
        -> SQLiteBackend
    {
        let folder = URL(fileURLWithPath: configuration.path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let threadPool = NIOThreadPool(numberOfThreads: max(1, readerCount))
        threadPool.start()
        let writerThread = SQLiteWriterThread()
        do {
            return try await open(
                configuration, readerCount: max(1, readerCount), threadPool: threadPool, writerThread: writerThread,
                logger: logger)
        } catch {
            try? await threadPool.shutdownGracefully()
            try? await writerThread.shutdown()
            throw error
        }
    }

    private static func open(
        _ configuration: SQLiteStoreConfiguration, readerCount: Int, threadPool: NIOThreadPool,
        writerThread: SQLiteWriterThread, logger: Logger
    ) async throws -> SQLiteBackend {
        let writer = try await SQLiteDirectConnection.open(
            path: configuration.path, threadPool: writerThread.threadPool)
        let synchronous = configuration.durability == .full ? "FULL" : "NORMAL"
        // 16 KiB pages hold several ~3 KB spans each (4 KiB pages hold one and waste the rest); the size only
        // takes effect on a new file, before it turns to WAL.
        for pragma in [
            "PRAGMA busy_timeout = 10000", "PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = \(synchronous)",
            "PRAGMA cache_size = -65536",
            // The WAL shrinks back to this after a checkpoint instead of keeping the size of the largest
            // group commit on disk.
            "PRAGMA journal_size_limit = 16777216",
            // Statement journals (a multi-row insert that fails halfway is undone alone) stay in memory.
            "PRAGMA temp_store = MEMORY",
        ] {
            _ = try await writer.rows(BoundStatement(pragma))
        }
        var readers: [SQLiteDirectConnection] = []
        for _ in 0..<readerCount {
            let reader = try await SQLiteDirectConnection.open(path: configuration.path, threadPool: threadPool)
            _ = try await reader.rows(BoundStatement("PRAGMA busy_timeout = 10000"))
            _ = try await reader.rows(BoundStatement("PRAGMA cache_size = -65536"))
            readers.append(reader)
        }
        return SQLiteBackend(
            threadPool: threadPool, writerThread: writerThread, writer: writer, readers: readers, logger: logger)
    }

    func read(_ statement: BoundStatement) async throws -> [ResultRow] {
        let index = nextReader.add(1, ordering: .relaxed).newValue
        return try await readers[index % readers.count].rows(statement)
    }

    func transaction<Result: Sendable>(
        _ body: @Sendable (any SQLExecutor) async throws -> Result
    ) async throws -> Result {
        await writeLock.lock()
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            return try await withTaskExecutorPreference(writerThread) {
                try await locked(body, onWriterThread: true)
            }
        }
        return try await locked(body, onWriterThread: false)
    }

    /// Runs `body` in a transaction on the writer while holding the write lock, and releases it.
    private func locked<Result: Sendable>(
        _ body: @Sendable (any SQLExecutor) async throws -> Result, onWriterThread: Bool
    ) async throws -> Result {
        let executor = SQLiteExecutor(database: writer, runsOnWriterThread: onWriterThread)
        do {
            _ = try await executor.execute(BoundStatement("BEGIN IMMEDIATE"))
        } catch {
            await writeLock.unlock()
            throw error
        }
        do {
            let result = try await body(executor)
            _ = try await executor.execute(BoundStatement("COMMIT"))
            await writeLock.unlock()
            return result
        } catch {
            do {
                _ = try await executor.execute(BoundStatement("ROLLBACK"))
            } catch let rollbackError {
                logger.error("SQLite rollback failed", metadata: ["error": "\(rollbackError)"])
            }
            await writeLock.unlock()
            throw error
        }
    }

    func close() async throws {
        await writeLock.lock()
        for connection in readers + [writer] {
            try await connection.close()
        }
        try await threadPool.shutdownGracefully()
        try await writerThread.shutdown()
        await writeLock.unlock()
    }
}
