import MistralAI
import WindsockModel

/// Observes a function (Langfuse's `@observe`): its body runs inside an observation named after the function
/// (or `name`), whose input is the arguments (a JSON object by parameter name) and whose output is the result;
/// errors mark it failed and are rethrown unchanged.
///
/// ```swift
/// @Observe(kind: .tool)
/// func weather(city: String) async throws -> Forecast { … }
///
/// @Observe("login", ignoring: ["password"])
/// func logIn(user: String, password: String) throws -> Session { … }
/// ```
///
/// - Parameters:
///   - name: The span name; the function's name by default.
///   - kind: What the span stands for.
///   - arguments: `false` leaves every argument out.
///   - result: `false` leaves the result out.
///   - ignoring: Parameter names to leave out.
@attached(body)
public macro Observe(
    _ name: String? = nil, kind: ObservationKind = .span, arguments: Bool = true, result: Bool = true,
    ignoring: [String] = []
) = #externalMacro(module: "WindsockMacros", type: "ObserveMacro")

extension Windsock {
    /// The arguments of an observed function, recorded as a JSON object: `Encodable` values as JSON, others by
    /// their description.
    public struct ObservedArguments: Encodable, Sendable {
        private var values: [String: JSONValue] = [:]

        /// No arguments yet.
        public init() {}

        /// Adds an `Encodable` argument as JSON.
        public mutating func add(_ name: String, _ value: some Encodable) {
            values[name] = (try? JSONValue(encoding: value)) ?? .string(String(describing: value))
        }

        /// Adds any other argument by its description.
        @_disfavoredOverload
        public mutating func add(_ name: String, _ value: Any) {
            values[name] = .string(String(describing: value))
        }

        public func encode(to encoder: any Encoder) throws {
            try JSONValue.object(values).encode(to: encoder)
        }
    }

    /// What `@Observe` expands to for an asynchronous function.
    public static func observeFunction<Result>(
        _ name: String, kind: ObservationKind, arguments: ObservedArguments?, recordsOutput: Bool,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (Observation) async throws -> Result
    ) async rethrows -> Result {
        try await observe(name, kind: kind, input: arguments, recordsOutput: recordsOutput, isolation: isolation, body)
    }

    /// What `@Observe` expands to for a synchronous function.
    public static func observeFunction<Result>(
        _ name: String, kind: ObservationKind, arguments: ObservedArguments?, recordsOutput: Bool,
        _ body: (Observation) throws -> Result
    ) rethrows -> Result {
        try observe(name, kind: kind, input: arguments, recordsOutput: recordsOutput, body)
    }
}
