/// One attribute of an element; its value is escaped when written, and an attribute without a value is left out.
struct HTMLAttribute: Sendable {
    let name: StaticString
    let value: String?

    /// An attribute whose value is escaped text. Never use it for URLs: ``href(_:)`` and ``action(_:)`` do.
    init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    static func title(_ value: String?) -> HTMLAttribute { HTMLAttribute("title", value) }
    static func href(_ url: SafeURL) -> HTMLAttribute { HTMLAttribute("href", url.text) }
    static func src(_ url: SafeURL) -> HTMLAttribute { HTMLAttribute("src", url.text) }
    static func action(_ url: SafeURL) -> HTMLAttribute { HTMLAttribute("action", url.text) }
    static func name(_ value: String) -> HTMLAttribute { HTMLAttribute("name", value) }
    static func value(_ value: String?) -> HTMLAttribute { HTMLAttribute("value", value) }
    static func type(_ value: String) -> HTMLAttribute { HTMLAttribute("type", value) }
    /// A boolean attribute (`checked`, `selected`, `open`, `hidden`): present when `on`.
    static func flag(_ name: StaticString, _ on: Bool) -> HTMLAttribute { HTMLAttribute(name, on ? "" : nil) }
    /// A `data-*` attribute, e.g. `data("data-copy", id)`.
    static func data(_ name: StaticString, _ value: String?) -> HTMLAttribute { HTMLAttribute(name, value) }
}
