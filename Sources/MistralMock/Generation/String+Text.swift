extension String {
    /// The string without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        let characters = Array(self)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }),
            let end = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[start...end])
    }

    /// The string with its first character uppercased.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The string with every occurrence of `placeholder` replaced by `value`.
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }
}
