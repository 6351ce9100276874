import OrderedJSON

/// Fast, typed lookups in a span's attributes.
///
/// Instrumentations disagree on types (numbers as strings, arrays as JSON text, `""` for unset), so every getter
/// accepts the forms seen on the wire. Empty strings count as absent.
struct AttributeIndex {
    private let values: [String: JSONValue]
    /// The attributes in the order they were sent.
    let ordered: JSONObject
    /// The attribute namespaces present, to skip conventions that cannot apply.
    let namespaces: Namespaces

    init(_ attributes: JSONObject) {
        var values: [String: JSONValue] = [:]
        values.reserveCapacity(attributes.members.count)
        var namespaces: Namespaces = []
        for member in attributes.members {
            values[member.key] = member.value
            namespaces.formUnion(Namespaces(of: member.key))
        }
        self.values = values
        self.ordered = attributes
        self.namespaces = namespaces
    }

    /// Whether some attribute's name is in `namespace`.
    func has(_ namespace: Namespaces) -> Bool {
        namespaces.contains(namespace)
    }

    /// The raw value.
    subscript(key: String) -> JSONValue? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    /// A non-empty string; numbers and booleans are written out.
    func string(_ key: String) -> String? {
        switch self[key] {
        case .string(let text): text.isEmpty ? nil : text
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): String(bool)
        default: nil
        }
    }

    /// An integer, from a number or a string of digits.
    func int(_ key: String) -> Int? {
        switch self[key] {
        case .string(let text): Int(text) ?? Double(text).flatMap { Int(exactly: $0) }
        case let value?: value.intValue
        case nil: nil
        }
    }

    /// A number, from a number or a numeric string.
    func double(_ key: String) -> Double? {
        switch self[key] {
        case .string(let text): Double(text)
        case let value?: value.doubleValue
        case nil: nil
        }
    }

    /// A boolean, from a boolean or `"true"`/`"false"`.
    func bool(_ key: String) -> Bool? {
        switch self[key] {
        case .bool(let bool): bool
        case .string(let text): Bool(text.lowercased())
        default: nil
        }
    }

    /// Structured data: arrays and key-value lists as they are, strings holding JSON decoded; `nil` otherwise.
    func json(_ key: String) -> JSONValue? {
        switch self[key] {
        case .string(let text): EmbeddedJSON.parse(text)
        case .array(let elements): .array(elements)
        case .object(let object): .object(object)
        default: nil
        }
    }

    /// A value that may be JSON text: decoded when it is, else as it is (plain text stays a string).
    func jsonOrText(_ key: String) -> JSONValue? {
        guard let value = self[key] else { return nil }
        if case .string(let text) = value, text.isEmpty { return nil }
        return EmbeddedJSON.decoded(value)
    }

    /// A list of strings: an array attribute, a JSON array in a string, or a single string.
    func strings(_ key: String) -> [String]? {
        switch self[key] {
        case .array(let elements): return elements.compactMap(\.stringValue)
        case .string(let text):
            if text.isEmpty { return nil }
            if case .array(let elements)? = EmbeddedJSON.parse(text) { return elements.compactMap(\.stringValue) }
            return [text]
        default: return nil
        }
    }

    /// The attributes named `prefix` + `N.` + rest, grouped by `N` in ascending order, each group keyed by rest
    /// (`llm.input_messages.0.message.role` → group 0, key `message.role`).
    func indexedGroups(prefix: String) -> [(index: Int, values: [String: JSONValue])] {
        var groups: [Int: [String: JSONValue]] = [:]
        for (key, value) in values where key.hasPrefix(prefix) {
            let rest = key.utf8.dropFirst(prefix.utf8.count)
            guard let dot = rest.firstIndex(of: UInt8(ascii: ".")),
                let index = Int(Substring(rest[rest.startIndex..<dot]))
            else { continue }
            let subkey = String(Substring(rest[rest.index(after: dot)...]))
            groups[index, default: [:]][subkey] = value
        }
        return groups.sorted { $0.key < $1.key }.map { (index: $0.key, values: $0.value) }
    }
}
