import ArgumentParser
import Logging
import WindsockModel
import WindsockServer
import WindsockStore

extension APIKeyRecord.Scope: ExpressibleByArgument {}

extension KeysCreateCommand {
    /// What changes with the first key: the open server closes.
    static func firstKeyNote(project: ProjectID) -> String {
        var note =
            "This is the store's first key: from now on the server asks for a key on every route but /healthz, "
            + "so senders without one get 401."
        if project != .default {
            note +=
                " Traces sent without keys are in project default; to keep reading them, create a read key for it: "
                + "windsock keys create --project default --scope read"
        }
        return note
    }
}

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
            let isFirstKey = try await !keys.hasKeys()
            let (record, secret) = try await APIKeyIssuer(keys: keys).create(
                project: projectID, scope: scope, name: name)
            Console.output(secret.text)
            Console.error(
                "Created \(record.scope.rawValue) key \(record.id) for project \(record.project). Keep the secret above: it is not stored."
            )
            if isFirstKey {
                Console.error(Self.firstKeyNote(project: projectID))
            }
        }
    }
}
