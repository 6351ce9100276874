import ArgumentParser
import WindsockServer

/// `windsock keys revoke ID`: the key stops working at once.
struct KeysRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke an API key by its id.",
        discussion: """
            Examples:
              # KEY_ID is the id `windsock keys list` shows, not the secret.
              windsock keys revoke KEY_ID
            """)

    @Argument(help: "The key's id, as `windsock keys list` shows it.")
    var id: String

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        try await withKeyStore(storage) { keys in
            let issuer = APIKeyIssuer(keys: keys)
            guard let record = try await issuer.list(project: nil).first(where: { $0.id == id }) else {
                throw KeysCommandError(description: "No key has the id \(id); `windsock keys list` shows the ids.")
            }
            if let revokedAt = record.revokedAt {
                Console.error("Key \(id) was already revoked (at \(revokedAt)); nothing changed.")
                return
            }
            guard try await issuer.revoke(id: id) else {
                throw KeysCommandError(description: "No key has the id \(id); `windsock keys list` shows the ids.")
            }
            Console.error("Revoked key \(id).")
        }
    }
}
