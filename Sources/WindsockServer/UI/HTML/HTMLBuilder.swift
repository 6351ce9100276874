/// Writes HTML that is escaped by construction.
///
/// Tag and attribute names are `StaticString`s, so only the code can choose them; every text and attribute value
/// goes through ``HTMLEscaping``; links are ``SafeURL``s, which refuse `javascript:` and every other scheme that
/// could run code. There is no way to append unescaped markup except ``fragment(_:)``, which takes only what
/// another builder wrote.
struct HTMLBuilder: Sendable {
    /// The markup written so far.
    private(set) var output: String = ""

    init(capacity: Int = 4096) {
        output.reserveCapacity(capacity)
    }

    /// The markup as a fragment that another builder can take whole.
    var fragmentValue: HTMLFragment { HTMLFragment(markup: output) }

    /// Appends the HTML5 doctype.
    mutating func doctype() {
        output += "<!DOCTYPE html>"
    }

    /// Appends escaped text.
    mutating func text(_ value: String) {
        HTMLEscaping.appendText(value, to: &output)
    }

    /// Appends `<tag attributes>`, the content written by `content`, then `</tag>`.
    mutating func element(
        _ tag: StaticString, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLBuilder) -> Void
    ) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    /// Appends `<tag attributes>text</tag>` with `text` escaped.
    mutating func element(_ tag: StaticString, _ attributes: [HTMLAttribute] = [], text value: String) {
        open(tag, attributes)
        text(value)
        close(tag)
    }

    /// Appends an element without content or end tag (`input`, `meta`, `br`, and SVG's `path`, `line`, …),
    /// self-closed so that it also ends inside SVG.
    mutating func void(_ tag: StaticString, _ attributes: [HTMLAttribute] = []) {
        open(tag, attributes, selfClosing: true)
    }

    /// Appends markup that another builder wrote (and so escaped).
    mutating func fragment(_ fragment: HTMLFragment) {
        output += fragment.markup
    }

    private mutating func open(_ tag: StaticString, _ attributes: [HTMLAttribute], selfClosing: Bool = false) {
        output += "<"
        output += tag.description
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            output += " "
            output += attribute.name.description
            output += "=\""
            HTMLEscaping.appendAttribute(value, to: &output)
            output += "\""
        }
        output += selfClosing ? " />" : ">"
    }

    private mutating func close(_ tag: StaticString) {
        output += "</"
        output += tag.description
        output += ">"
    }
}

/// Markup written by an ``HTMLBuilder``: the only markup a builder takes whole.
struct HTMLFragment: Sendable {
    fileprivate(set) var markup: String
}
