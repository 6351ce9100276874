import ArgumentParser

/// `windsock traces …`: read a running server's traces from the terminal.
struct TracesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "traces",
        abstract: "List, show and export the traces of a running Windsock server.",
        discussion: """
            Every subcommand talks to a server's REST API: --url (or WINDSOCK_URL, \
            default http://127.0.0.1:4318) and --key (or WINDSOCK_API_KEY) when the server \
            has keys.

            Examples:
              windsock traces list --limit 20
              windsock traces list --status error --json
              windsock traces show 4bf92f3577b34da6a3ce929d0e0e4736
              windsock traces export --format otlp --output traces.otlp.jsonl
              windsock import traces.otlp.jsonl --url http://other-server:4318 --key wsk_…
            """,
        subcommands: [TracesListCommand.self, TracesShowCommand.self, TracesExportCommand.self]
    )
}
