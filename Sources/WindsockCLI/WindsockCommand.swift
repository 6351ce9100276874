import ArgumentParser

/// The `windsock` command: the entry point of every Windsock tool.
@main
struct WindsockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windsock",
        abstract: "Open-source observability for applications built on Mistral AI.",
        discussion: """
            Examples:
              windsock demo                      See it all: a server, the emulator and every traced workflow.
              windsock server                    Collect traces on 127.0.0.1:4318 into .windsock/windsock.sqlite.
              windsock traces list               The newest traces of a running server.
              windsock traces export -o t.jsonl  Every trace with its spans; `windsock import t.jsonl` elsewhere.
              windsock keys create --project shop --scope ingest
              windsock mock --port 8080          Run the local Mistral API emulator.
            """,
        version: WindsockVersion.current,
        subcommands: [
            DemoCommand.self, ServerCommand.self, TracesCommand.self, ImportCommand.self, KeysCommand.self,
            MockCommand.self,
        ]
    )
}
