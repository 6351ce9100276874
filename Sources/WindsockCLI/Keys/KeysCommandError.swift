/// A `windsock keys` failure that is not a usage mistake (printed without the usage text).
struct KeysCommandError: Error, CustomStringConvertible {
    var description: String
}
