import WindsockModel

/// The ``KeyStore`` of an SQL store: tables `projects` and `api_keys`.
struct SQLKeyStore: KeyStore {
    let backend: any SQLBackend

    private static let keyColumns = [
        "id", "project", "scope", "name", "prefix", "secret_hash", "created_ns", "revoked_ns",
    ]

    func createProject(_ project: Project) async throws {
        try Self.rejectNUL([project.name])
        let statements = SQLInsert.statements(
            backend.dialect, table: "projects", columns: ["id", "name", "created_ns"],
            rows: [
                [.text(project.id.rawValue), .text(project.name), .integer(project.createdAt.nanosecondsSinceEpoch)]
            ],
            suffix: "ON CONFLICT DO NOTHING")
        try await backend.transaction { try await $0.execute(all: statements) }
    }

    func projects() async throws -> [Project] {
        try await backend.read(BoundStatement("SELECT id, name, created_ns FROM projects ORDER BY id")).map { row in
            guard row.count == 3, let id = row[0].string.flatMap(ProjectID.init(rawValue:)), let name = row[1].string,
                let created = row[2].int
            else { throw StoreError(.invalidInput, "a stored project row is malformed") }
            return Project(id: id, name: name, createdAt: Timestamp(nanosecondsSinceEpoch: Int64(created)))
        }
    }

    func insertKey(_ key: APIKeyRecord) async throws {
        try Self.rejectNUL([key.id, key.name, key.prefix, key.secretHash])
        let statements = SQLInsert.statements(
            backend.dialect, table: "api_keys", columns: Self.keyColumns,
            rows: [
                [
                    .text(key.id), .text(key.project.rawValue), .text(key.scope.rawValue), .text(key.name),
                    .text(key.prefix), .text(key.secretHash), .integer(key.createdAt.nanosecondsSinceEpoch),
                    key.revokedAt.map { .integer($0.nanosecondsSinceEpoch) } ?? .null,
                ]
            ], suffix: "ON CONFLICT DO NOTHING RETURNING id")
        let inserted = try await backend.transaction { executor in
            var rows: [ResultRow] = []
            for statement in statements { rows += try await executor.execute(statement) }
            return rows.count
        }
        guard inserted == 1 else {
            throw StoreError(.duplicateKey, "a key with id \(key.id) or the same secret hash exists")
        }
    }

    func key(secretHash: String) async throws -> APIKeyRecord? {
        try await select("WHERE secret_hash = ", .text(secretHash)).first
    }

    func keys(project: ProjectID?) async throws -> [APIKeyRecord] {
        if let project {
            return try await select("WHERE project = ", .text(project.rawValue), order: true)
        }
        return try await select(order: true)
    }

    func revokeKey(id: String, at time: Timestamp) async throws -> Bool {
        var builder = SQLBuilder(backend.dialect, "UPDATE api_keys SET revoked_ns = ")
        builder.bind(.integer(time.nanosecondsSinceEpoch))
        builder.append(" WHERE id = ")
        builder.bind(.text(id))
        builder.append(" AND revoked_ns IS NULL RETURNING id")
        let statement = builder.statement
        let revoked = try await backend.transaction { try await $0.execute(statement).count }
        if revoked > 0 { return true }
        return try await select("WHERE id = ", .text(id)).isEmpty == false
    }

    func hasKeys() async throws -> Bool {
        try await !backend.read(BoundStatement("SELECT 1 FROM api_keys LIMIT 1")).isEmpty
    }

    private func select(_ condition: String = "", _ value: SQLValue? = nil, order: Bool = false) async throws
        -> [APIKeyRecord]
    {
        var builder = SQLBuilder(backend.dialect, "SELECT \(Self.keyColumns.joined(separator: ", ")) FROM api_keys ")
        if let value {
            builder.append(condition)
            builder.bind(value)
        }
        if order { builder.append(" ORDER BY created_ns, id") }
        return try await backend.read(builder.statement).map(Self.record(from:))
    }

    private static func record(from row: ResultRow) throws -> APIKeyRecord {
        guard row.count == keyColumns.count, let id = row[0].string,
            let project = row[1].string.flatMap(ProjectID.init(rawValue:)),
            let scope = row[2].string.flatMap(APIKeyRecord.Scope.init(rawValue:)), let name = row[3].string,
            let prefix = row[4].string, let hash = row[5].string, let created = row[6].int
        else { throw StoreError(.invalidInput, "a stored key row is malformed") }
        return APIKeyRecord(
            id: id, project: project, scope: scope, name: name, prefix: prefix, secretHash: hash,
            createdAt: Timestamp(nanosecondsSinceEpoch: Int64(created)),
            revokedAt: row[7].int.map { Timestamp(nanosecondsSinceEpoch: Int64($0)) })
    }

    private static func rejectNUL(_ texts: [String]) throws {
        if texts.contains(where: { $0.contains("\u{0}") }) {
            throw StoreError(.invalidInput, "a text field holds a NUL character")
        }
    }
}
