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

    /// An empty object.
    public init() {
        self.members = []
    }

    /// An object with these members, in order.
    public init(_ pairs: [(String, JSONValue)]) {
        self.members = []
        for (key, value) in pairs {
            self[key] = value
        }
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
            members.first { $0.key == key }?.value
        }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Whether the object has a member named `key` (even a `null` one).
    public func contains(_ key: String) -> Bool {
        members.contains { $0.key == key }
    }

    /// The value for `key`, treating JSON `null` as absent.
    public func present(_ key: String) -> JSONValue? {
        guard let value = self[key], !value.isNull else { return nil }
        return value
    }
}
