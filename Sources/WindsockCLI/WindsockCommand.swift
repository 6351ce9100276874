import ArgumentParser

/// The `windsock` command: the entry point of every Windsock tool.
@main
struct WindsockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windsock",
        abstract: "Open-source observability for applications built on Mistral AI.",
        discussion: """
            Examples:
              # See it all: a server, the emulator and every traced workflow.
              windsock demo
              # Collect traces on 127.0.0.1:4318 into .windsock/windsock.sqlite.
              windsock server
              # The newest traces of a running server.
              windsock traces list
              # Every trace with its spans, to import elsewhere with `windsock import`.
              windsock traces export -o t.jsonl
              # A key for the SDK and OTel exporters of project "shop".
              windsock keys create --project shop --scope ingest
              # The local Mistral API emulator.
              windsock mock --port 8080
            """,
        version: WindsockVersion.current,
        subcommands: [
            DemoCommand.self, ServerCommand.self, TracesCommand.self, ImportCommand.self, KeysCommand.self,
            MockCommand.self,
        ]
    )
}
