/// One query parameter of a request.
public struct MistralQueryItem: Sendable, Hashable {
    /// The parameter name.
    public var name: String
    /// The parameter value, before percent-encoding.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Builds query items from optional values, skipping `nil`.
struct QueryBuilder {
    private(set) var items: [MistralQueryItem] = []

    mutating func add(_ name: String, _ value: (any CustomStringConvertible)?) {
        guard let value else { return }
        items.append(MistralQueryItem(name: name, value: value.description))
    }

    mutating func add(_ name: String, each values: [any CustomStringConvertible]?) {
        for value in values ?? [] {
            items.append(MistralQueryItem(name: name, value: value.description))
        }
    }
}
