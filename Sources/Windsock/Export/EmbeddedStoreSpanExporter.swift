import Logging
import NIOConcurrencyHelpers
import SwiftProtobuf
import WindsockIngest
import WindsockModel
import WindsockStore
import WindsockStoreSQLite

/// Writes spans into a local store, by default `./.windsock/windsock.sqlite`, which `windsock server` opens and
/// shows (MLflow's `mlruns` + `mlflow ui` workflow: no server needed while the application runs).
///
/// Spans take the server's own path: they are encoded as an OTLP request and normalised by the same ingestor,
/// so the store holds exactly what the server would store had they been sent over OTLP. The SQLite file is
/// opened (and migrated) on the first export.
public final class EmbeddedStoreSpanExporter: SpanExporter {
    private let resource: WindsockResource
    private let project: ProjectID
    private let ingestor: TraceIngestor
    private let open: @Sendable () async throws -> any TraceStore
    private let store = NIOLockedValueBox<(any TraceStore)?>(nil)

    /// Writes into the SQLite file of `configuration`.
    public convenience init(
        configuration: SQLiteStoreConfiguration = .embeddedDefault, project: ProjectID = .default,
        resource: WindsockResource, prices: PriceTable = .mistral, logger: Logger = Logger(label: "windsock")
    ) {
        self.init(project: project, resource: resource, prices: prices) {
            let store = try await SQLTraceStore.sqlite(configuration, logger: logger)
            try await store.migrate()
            return store
        }
    }

    /// Writes into `store` (already migrated).
    public convenience init(
        store: any TraceStore, project: ProjectID = .default, resource: WindsockResource, prices: PriceTable = .mistral
    ) {
        self.init(project: project, resource: resource, prices: prices) { store }
    }

    private init(
        project: ProjectID, resource: WindsockResource, prices: PriceTable,
        open: @escaping @Sendable () async throws -> any TraceStore
    ) {
        self.project = project
        self.resource = resource
        self.ingestor = TraceIngestor(prices: prices)
        self.open = open
    }

    public func export(_ spans: [RecordedSpan]) async throws {
        let body: [UInt8] = try OTLPTraceEncoder.request(for: spans, resource: resource).serializedBytes()
        let batch = try ingestor.ingest(body, as: .protobuf)
        _ = try await openedStore().write(batch.spans, project: project)
    }

    public func shutdown() async {
        let store = self.store.withLockedValue { store in
            defer { store = nil }
            return store
        }
        try? await store?.close()
    }

    /// The batch processor exports from one task at a time, so the store is opened once.
    private func openedStore() async throws -> any TraceStore {
        if let store = store.withLockedValue({ $0 }) { return store }
        let opened = try await open()
        store.withLockedValue { $0 = opened }
        return opened
    }
}
