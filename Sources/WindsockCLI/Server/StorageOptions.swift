import ArgumentParser
import WindsockServer

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `--sqlite PATH` or `--postgres-url URL` (env `WINDSOCK_DATABASE_URL`): the store `windsock server` and
/// `windsock keys` work on.
struct StorageOptions: ParsableArguments {
    @Option(help: "The SQLite file (default .windsock/windsock.sqlite, the embedded store the SDK writes).")
    var sqlite: String?

    @Option(
        name: .customLong("postgres-url"),
        help: "A PostgreSQL URL, postgres://user:password@host:port/database (or WINDSOCK_DATABASE_URL).")
    var postgresURL: String?

    func validate() throws {
        if sqlite != nil, postgresURL != nil {
            throw ValidationError("Give either --sqlite or --postgres-url, not both.")
        }
    }

    /// The location the flags and the environment name.
    var location: StorageLocation {
        if let sqlite { return .sqlite(path: sqlite) }
        if let url = postgresURL ?? ProcessInfo.processInfo.environment["WINDSOCK_DATABASE_URL"], !url.isEmpty {
            return .postgres(url: url)
        }
        return .embeddedDefault
    }
}
