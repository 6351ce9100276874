import Foundation
import Logging
import WindsockModel

/// Applies the schema's migrations that a database lacks, in one transaction per call.
///
/// Several processes may migrate at once: on SQLite the write transaction is exclusive; on PostgreSQL an
/// advisory transaction lock serialises them. The second one finds the work done.
package struct Migrator: Sendable {
    /// The PostgreSQL advisory lock key of migrations (`windsock` in ASCII).
    private static let advisoryLockKey: Int64 = 0x77_696E_6473_6F63

    package let backend: any SQLBackend
    package let logger: Logger

    package init(backend: any SQLBackend, logger: Logger) {
        self.backend = backend
        self.logger = logger
    }

    /// Brings the database to ``StoreSchema/latestVersion``.
    package func migrate() async throws {
        let dialect = backend.dialect
        let logger = logger
        try await backend.transaction { executor in
            if dialect == .postgres {
                _ = try await executor.execute(
                    BoundStatement("SELECT pg_advisory_xact_lock(\(Self.advisoryLockKey))"))
            }
            _ = try await executor.execute(
                BoundStatement(
                    dialect.schema(
                        "CREATE TABLE IF NOT EXISTS windsock_migrations (version {INT} PRIMARY KEY, applied_ns {INT} NOT NULL)"
                    )))
            let rows = try await executor.execute(BoundStatement("SELECT MAX(version) FROM windsock_migrations"))
            let current = rows.first?.first?.int ?? 0
            guard current <= StoreSchema.latestVersion else {
                throw StoreError(
                    .unsupportedSchema,
                    "the database has schema version \(current); this Windsock knows up to \(StoreSchema.latestVersion)"
                )
            }
            for migration in StoreSchema.migrations where migration.version > current {
                for statement in StoreSchema.statements(of: migration, for: dialect) {
                    _ = try await executor.execute(BoundStatement(statement))
                }
                var record = SQLBuilder(dialect, "INSERT INTO windsock_migrations (version, applied_ns) VALUES ")
                record.bindTuple([.integer(migration.version), .integer(Timestamp(Date()).nanosecondsSinceEpoch)])
                _ = try await executor.execute(record.statement)
                logger.info("Applied store migration", metadata: ["version": "\(migration.version)"])
            }
        }
    }
}
