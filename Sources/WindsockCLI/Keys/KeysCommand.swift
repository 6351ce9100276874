import ArgumentParser

/// `windsock keys`: API keys of projects, in the server's database.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke API keys (they work on the same database flags as `windsock server`).",
        discussion: """
            Ingest keys may send traces and scores; read keys may read and add scores. \
            Once any key exists, the server needs one on every route but /healthz. Send it \
            as `Authorization: Bearer <key>`, e.g. \
            OTEL_EXPORTER_OTLP_HEADERS=Authorization=Bearer%20wsk_ingest_...

            Examples:
              windsock keys create --project shop --scope ingest --name checkout-service
              windsock keys list --project shop
              windsock keys revoke 0b6f3c1e-...
            """,
        subcommands: [KeysCreateCommand.self, KeysListCommand.self, KeysRevokeCommand.self]
    )
}
