/// The project that traces, scores and keys belong to. Nothing crosses projects.
public struct ProjectID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The project's id: 1 to 64 characters of `a-z`, `0-9`, `-` and `_`.
    public var rawValue: String

    /// Creates an id; `nil` unless it is 1 to 64 characters of `a-z`, `0-9`, `-` and `_`.
    public init?(rawValue: String) {
        guard (1...64).contains(rawValue.utf8.count),
            rawValue.utf8.allSatisfy({ byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            })
        else { return nil }
        self.rawValue = rawValue
    }

    /// `default`: the project of a server that runs without keys, and of the embedded store.
    public static let `default` = ProjectID(uncheckedRawValue: "default")

    private init(uncheckedRawValue: String) {
        self.rawValue = uncheckedRawValue
    }

    public var description: String { rawValue }
}
