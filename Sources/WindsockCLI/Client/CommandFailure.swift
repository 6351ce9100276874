/// A failure of a command that is not a usage mistake: printed as it is, without the usage text.
struct CommandFailure: Error, CustomStringConvertible, Equatable {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
