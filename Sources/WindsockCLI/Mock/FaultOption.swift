import ArgumentParser

/// A `--fault PATH=STATUS[:times]` option.
struct FaultOption: ExpressibleByArgument, Sendable {
    var pathPrefix: String
    var status: Int
    var times: Int?

    init?(argument: String) {
        guard let separator = argument.lastIndex(of: "=") else { return nil }
        let path = String(argument[..<separator])
        let rest = argument[argument.index(after: separator)...].split(separator: ":", maxSplits: 1)
        guard let first = rest.first, let status = Int(first), (400...599).contains(status) else { return nil }
        var times: Int?
        if rest.count == 2 {
            guard let count = Int(rest[1]), count >= 0 else { return nil }
            times = count
        }
        self.pathPrefix = path
        self.status = status
        self.times = times
    }
}
