/// Writes the code that goes between a FIM `prompt` and its `suffix`.
///
/// The infill continues the prompt's last line: a function header gets a short body returning one of its
/// parameters, an opening brace gets an indented statement, an unfinished line gets a completion.
enum FillInTheMiddleWriter {
    /// The infill for `prompt` before `suffix`.
    static func infill(prompt: String, suffix: String, random: inout DeterministicRandom) -> String {
        let lines = prompt.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lastLine = lines.last { !$0.trimmingWhitespace.isEmpty } ?? ""
        let endsWithNewline = prompt.hasSuffix("\n")
        let indent = String(lastLine.prefix { $0 == " " || $0 == "\t" })
        let trimmed = lastLine.trimmingWhitespace
        let unit = indent.contains("\t") ? "\t" : "    "
        let lead = endsWithNewline ? "" : "\n"
        let name = functionName(in: trimmed) ?? "value"
        let parameter = parameters(in: trimmed).first

        if trimmed.hasPrefix("def ") || trimmed.hasPrefix("async def ") {
            let result = parameter.map { "\($0)" } ?? "None"
            return "\(lead)\(indent)\(unit)\"\"\"Compute \(words(name)).\"\"\"\n\(indent)\(unit)result = \(result)\n"
                + "\(indent)\(unit)return result\n"
        }
        if trimmed.hasSuffix("{") {
            let result = parameter ?? "nil"
            let statement =
                trimmed.hasPrefix("func ") || trimmed.contains(" func ") ? "return \(result)" : "return \(result);"
            return "\(lead)\(indent)\(unit)\(statement)\n\(indent)"
        }
        if trimmed.hasSuffix(":") {
            return "\(lead)\(indent)\(unit)pass\n"
        }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") {
            return "\(lead)\(indent)result = \(words(name).split(separator: " ").first.map(String.init) ?? "0")\n"
        }
        let endings = [")", ";", ""]
        let ending = endings[Int(random.next() % UInt64(endings.count))]
        return trimmed.isEmpty ? "pass\n" : ending + "\n"
    }

    private static func functionName(in line: String) -> String? {
        for keyword in ["def ", "func ", "function ", "fn "] {
            guard let range = line.firstRange(of: keyword) else { continue }
            let rest = line[range.upperBound...]
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    private static func parameters(in line: String) -> [String] {
        guard let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"), open < close else { return [] }
        return line[line.index(after: open)..<close]
            .split(separator: ",")
            .compactMap { part in
                let name = String(part).trimmingWhitespace.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                return name.isEmpty || name == "self" ? nil : String(name)
            }
    }

    private static func words(_ identifier: String) -> String {
        ToolCallPlanner.splitIdentifier(identifier).joined(separator: " ")
    }
}
