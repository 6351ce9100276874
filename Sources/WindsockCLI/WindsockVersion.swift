/// The version of the `windsock` tools.
enum WindsockVersion {
    /// Printed by `windsock --version`.
    static let current = "0.1.0"
}
