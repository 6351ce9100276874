/// A JSON object whose members keep their insertion order.
///
/// Setting an existing key replaces its value in place; parsing a document with a duplicated key keeps the
/// last value, as Python's `json` module (and so the real API) does.
public struct JSONObject: Sendable, Equatable {
    /// One member of the object.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
    }

    /// The members, in order.
    public private(set) var members: [Member]

    /// Positions of the members by key, kept once the object is large enough for linear search to hurt (a
    /// span with thousands of attributes would otherwise take quadratic time to build).
    private var positions: [String: Int]?
    private static let indexedCount = 32

    /// An empty object.
    public init() {
        self.members = []
    }

    /// An object with these members, in order.
    public init(_ pairs: [(String, JSONValue)]) {
        self.members = []
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            self[key] = value
        }
    }

    /// Objects are equal when their members are, in order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members == rhs.members
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.key == key }
    }

    private mutating func reindex() {
        guard members.count >= Self.indexedCount else {
            positions = nil
            return
        }
        var positions = [String: Int](minimumCapacity: members.count)
        for (offset, member) in members.enumerated() { positions[member.key] = offset }
        self.positions = positions
    }

    /// The keys, in order.
    public var keys: [String] {
        members.map(\.key)
    }

    /// Whether the object has no members.
    public var isEmpty: Bool {
        members.isEmpty
    }

    /// The value for `key`; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            position(of: key).map { members[$0].value }
        }
        set {
            switch (position(of: key), newValue) {
            case (let index?, let value?):
                members[index].value = value
            case (let index?, nil):
                members.remove(at: index)
                reindex()
            case (nil, let value?):
                members.append(Member(key: key, value: value))
                if positions != nil {
                    positions?[key] = members.count - 1
                } else if members.count >= Self.indexedCount {
                    reindex()
                }
            case (nil, nil):
                break
            }
        }
    }

    /// Whether the object has a member named `key` (even a `null` one).
    public func contains(_ key: String) -> Bool {
        position(of: key) != nil
    }

    /// The value for `key`, treating JSON `null` as absent.
    public func present(_ key: String) -> JSONValue? {
        guard let value = self[key], !value.isNull else { return nil }
        return value
    }
}
