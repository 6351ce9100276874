/// Where and how the SQLite store keeps its file.
public struct SQLiteStoreConfiguration: Sendable, Hashable {
    /// How hard a commit waits for the disk.
    public enum Durability: String, Sendable, Hashable, CaseIterable {
        /// `synchronous=FULL`: a commit survives a power loss.
        case full
        /// `synchronous=NORMAL` in WAL mode: a commit survives a crash of the process, not of the machine.
        case normal
    }

    /// The database file's path; its folder is created when missing.
    public var path: String
    /// How hard a commit waits for the disk.
    public var durability: Durability

    /// Creates a configuration.
    public init(path: String, durability: Durability = .normal) {
        self.path = path
        self.durability = durability
    }

    /// `./.windsock/windsock.sqlite`: the embedded store that the SDK writes and `windsock server` opens.
    public static var embeddedDefault: SQLiteStoreConfiguration {
        SQLiteStoreConfiguration(path: ".windsock/windsock.sqlite")
    }
}
