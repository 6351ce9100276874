import MistralAI
import Tracing
import WindsockModel

/// Runs `body` inside a new application span, nested under the task's current span (Langfuse's `@observe`).
///
/// ```swift
/// let answer = try await observe("find_best_painter", kind: .chain, input: question) { span in
///     span.setMetadata(["source": "docs"])
///     return try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user(question)]).text
/// }
/// ```
///
/// The Mistral calls inside become children of the span. An error thrown by `body` marks the span failed and
/// is rethrown unchanged. The result is recorded as output when it is `Encodable` and `recordsOutput` is on.
///
/// - Parameters:
///   - name: The span name.
///   - kind: What the span stands for.
///   - input: Recorded as the input when given.
///   - recordsOutput: Whether to record the result as the output.
///   - isolation: The caller's actor, which `body` runs on (so a `@MainActor` or actor caller can pass a closure
///     that uses its state); filled in by the compiler.
@discardableResult
public func observe<Result>(
    _ name: String,
    kind: ObservationKind = .span,
    input: (any Encodable & Sendable)? = nil,
    recordsOutput: Bool = true,
    isolation: isolated (any Actor)? = #isolation,
    function: String = #function,
    file fileID: String = #fileID,
    line: UInt = #line,
    _ body: (Observation) async throws -> Result
) async rethrows -> Result {
    try await withSpan(name, ofKind: .internal, isolation: isolation, function: function, file: fileID, line: line) {
        span in
        let observation = ObservationLifecycle.begin(span, kind: kind, input: input)
        let result = try await body(observation)
        ObservationLifecycle.end(observation, result: result, recordsOutput: recordsOutput)
        return result
    }
}

/// Runs the synchronous `body` inside a new application span; see the asynchronous `observe`.
@discardableResult
public func observe<Result>(
    _ name: String,
    kind: ObservationKind = .span,
    input: (any Encodable & Sendable)? = nil,
    recordsOutput: Bool = true,
    function: String = #function,
    file fileID: String = #fileID,
    line: UInt = #line,
    _ body: (Observation) throws -> Result
) rethrows -> Result {
    try withSpan(name, ofKind: .internal, function: function, file: fileID, line: line) { span in
        let observation = ObservationLifecycle.begin(span, kind: kind, input: input)
        let result = try body(observation)
        ObservationLifecycle.end(observation, result: result, recordsOutput: recordsOutput)
        return result
    }
}

/// What `observe` records around the body.
enum ObservationLifecycle {
    static func begin(_ span: any Tracing.Span, kind: ObservationKind, input: (any Encodable & Sendable)?)
        -> Observation
    {
        let observation = Observation(span: span)
        guard span.isRecording else { return observation }
        observation.setAttribute(WindsockAttributes.spanKind, .string(kind.rawValue))
        if let input { observation.setInput(input) }
        return observation
    }

    static func end<Result>(_ observation: Observation, result: Result, recordsOutput: Bool) {
        guard recordsOutput, observation.span.isRecording, let encodable = result as? any Encodable else { return }
        observation.setOutput(encodable)
    }
}

extension Windsock {
    /// The observation of the task's current span, to set its input, output, metadata… from anywhere inside it
    /// (Langfuse's `update_current_observation`); `nil` outside any span.
    public static var currentObservation: Observation? {
        guard let context = InstrumentationContext.current else { return nil }
        if let span = context.activeWindsockSpan { return Observation(span: span) }
        return InstrumentationSystem.tracer.activeSpan(identifiedBy: context).map { Observation(span: $0) }
    }

    /// Sets trace-level values (name, user, session, tags, metadata, input, output) from anywhere inside a trace
    /// (Langfuse's `update_current_trace`). Returns `false` outside any span.
    @discardableResult
    public static func updateCurrentTrace(_ update: TraceUpdate) -> Bool {
        guard let observation = currentObservation else { return false }
        observation.updateTrace(update)
        return true
    }
}
