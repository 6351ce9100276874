import ArgumentParser
import WindsockModel
import WindsockServer

/// `windsock keys list`: id, project, scope, prefix, name, created and revoked times.
struct KeysListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List API keys (never their secrets).",
        discussion: """
            Examples:
              windsock keys list
              windsock keys list --sqlite /var/lib/windsock/windsock.sqlite
            """)

    @Option(help: "Only the keys of this project.")
    var project: String?

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        var projectID: ProjectID?
        if let project {
            guard let parsed = ProjectID(rawValue: project) else {
                throw ValidationError("--project must be 1 to 64 characters of a-z, 0-9, - and _.")
            }
            projectID = parsed
        }
        try await withKeyStore(storage) { keys in
            let records = try await APIKeyIssuer(keys: keys).list(project: projectID)
            Console.output(["ID", "PROJECT", "SCOPE", "PREFIX", "NAME", "CREATED", "REVOKED"].joined(separator: "\t"))
            for record in records {
                Console.output(
                    [
                        record.id, record.project.rawValue, record.scope.rawValue, record.prefix + "…", record.name,
                        record.createdAt.description, record.revokedAt?.description ?? "-",
                    ].joined(separator: "\t"))
            }
        }
    }
}
