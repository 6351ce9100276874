import WindsockModel
import WindsockStore

/// A key store in memory, for HTTP-layer tests.
actor InMemoryKeyStore: KeyStore {
    private var projectList: [Project] = []
    private var records: [APIKeyRecord] = []

    func createProject(_ project: Project) async throws {
        if !projectList.contains(where: { $0.id == project.id }) { projectList.append(project) }
    }

    func projects() async throws -> [Project] {
        projectList.sorted { $0.id.rawValue < $1.id.rawValue }
    }

    func insertKey(_ key: APIKeyRecord) async throws {
        records.append(key)
    }

    func key(secretHash: String) async throws -> APIKeyRecord? {
        records.first { $0.secretHash == secretHash }
    }

    func keys(project: ProjectID?) async throws -> [APIKeyRecord] {
        records.filter { project == nil || $0.project == project }
    }

    func revokeKey(id: String, at time: Timestamp) async throws -> Bool {
        guard let index = records.firstIndex(where: { $0.id == id }) else { return false }
        records[index].revokedAt = time
        return true
    }

    func hasKeys() async throws -> Bool {
        !records.isEmpty
    }
}
