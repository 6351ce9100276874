import Foundation
import Testing

/// `windsock keys create | list | revoke` on SQLite stores.
@Suite("windsock keys")
struct KeysCommandTests {
    @Test("revoking twice says the key was already revoked; an unknown id fails")
    func revokeTwice() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("keys.sqlite").path
        let created = try await CLIProcess.run(
            ["keys", "create", "--sqlite", database, "--project", "shop", "--scope", "ingest"])
        try #require(created.status == 0, "\(created.error)")
        let id = try #require(created.error.split(separator: " ").dropFirst(3).first.map(String.init))
        // The first key closes the open server: the command says so, and how to keep reading `default`.
        #expect(created.error.contains("This is the store's first key"))
        #expect(created.error.contains("windsock keys create --project default --scope read"))
        let another = try await CLIProcess.run(
            ["keys", "create", "--sqlite", database, "--project", "shop", "--scope", "read"])
        #expect(another.status == 0, "\(another.error)")
        #expect(!another.error.contains("first key"))

        let first = try await CLIProcess.run(["keys", "revoke", id, "--sqlite", database])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("Revoked key \(id)."))

        let second = try await CLIProcess.run(["keys", "revoke", id, "--sqlite", database])
        #expect(second.status == 0, "\(second.error)")
        #expect(second.error.contains("Key \(id) was already revoked"))
        #expect(!second.error.contains("Revoked key"))

        let unknown = try await CLIProcess.run(["keys", "revoke", "no-such-id", "--sqlite", database])
        #expect(unknown.status != 0)
        #expect(unknown.error.contains("No key has the id no-such-id"))
    }

    @Test("list and revoke never create a store; create does")
    func noStoreIsCreated() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("missing.sqlite").path
        for command in [["keys", "list"], ["keys", "revoke", "some-id"]] {
            let run = try await CLIProcess.run(command + ["--sqlite", database])
            #expect(run.status != 0, "\(command)")
            #expect(run.error.contains("No store at \(database); pass --sqlite or --postgres-url."), "\(run.error)")
            #expect(!FileManager.default.fileExists(atPath: database), "\(command) created the store")
        }

        // The default store (.windsock/windsock.sqlite) in a folder without one is not created either.
        let listed = try await CLIProcess.run(["keys", "list"], workingDirectory: folder)
        #expect(listed.status != 0)
        #expect(listed.error.contains("No store at .windsock/windsock.sqlite"), "\(listed.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".windsock").path))

        let created = try await CLIProcess.run(
            ["keys", "create", "--sqlite", database, "--project", "shop", "--scope", "read"])
        #expect(created.status == 0, "\(created.error)")
        #expect(FileManager.default.fileExists(atPath: database))
        let list = try await CLIProcess.run(["keys", "list", "--sqlite", database])
        #expect(list.status == 0, "\(list.error)")
        #expect(list.output.contains("shop"))
    }
}
