/// A setting that could not be used, named with the variable it came from.
public struct WindsockConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The setting, e.g. `WINDSOCK_SAMPLE_RATIO`.
    public var setting: String
    /// What is wrong with it.
    public var problem: String

    /// Creates an error.
    public init(setting: String, problem: String) {
        self.setting = setting
        self.problem = problem
    }

    public var description: String { "\(setting): \(problem)" }
}
