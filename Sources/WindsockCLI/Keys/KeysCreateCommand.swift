import ArgumentParser
import Logging
import WindsockModel
import WindsockServer
import WindsockStore

extension APIKeyRecord.Scope: ExpressibleByArgument {}

/// `windsock keys create`: prints a new key's secret, once.
struct KeysCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create an API key and print its secret (shown only this once).",
        discussion: """
            Examples:
              # For the SDK and OpenTelemetry exporters.
              windsock keys create --project shop --scope ingest
              # For `windsock traces`, the REST API and the web UI.
              windsock keys create --project shop --scope read --name ui
              # In a PostgreSQL store.
              windsock keys create --postgres-url postgres://windsock@db/windsock \\
                  --project shop --scope ingest
            """)

    @Option(help: "The project (1-64 of a-z, 0-9, - and _); created when new.")
    var project: String

    @Option(help: "What the key may do: ingest or read.")
    var scope: APIKeyRecord.Scope

    @Option(help: "A label for listings.")
    var name: String?

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        guard let projectID = ProjectID(rawValue: project) else {
            throw ValidationError("--project must be 1 to 64 characters of a-z, 0-9, - and _.")
        }
        try await withKeyStore(storage, createsStore: true) { keys in
            let (record, secret) = try await APIKeyIssuer(keys: keys).create(
                project: projectID, scope: scope, name: name)
            Console.output(secret.text)
            Console.error(
                "Created \(record.scope.rawValue) key \(record.id) for project \(record.project). Keep the secret above: it is not stored."
            )
        }
    }
}
