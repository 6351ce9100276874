import Tracing

/// Makes one span per operation through swift-distributed-tracing, named and attributed as the OpenTelemetry
/// GenAI conventions say (`chat mistral-small-latest`, kind client).
///
/// The client installs it first among its middlewares unless ``MistralConfiguration/tracing`` disables it. It
/// asks the active tracer (bootstrapped, or bound to the task with `withTracer`) for the span, nests it under the
/// task's current span, and runs the call inside it so that the HTTP client's own span nests below. When the span
/// does not record (no tracer, or tracing disabled in the tracer), no attribute is built. Streams keep their span
/// open until they finish, fail, are cancelled or are abandoned. Errors are recorded and rethrown unchanged. The
/// API key is never recorded.
public struct MistralTracingMiddleware: MistralMiddleware {
    /// The options in force.
    public let options: MistralTracingOptions

    /// Creates the middleware.
    public init(options: MistralTracingOptions = MistralTracingOptions()) {
        self.options = options
    }

    public func intercept<Response: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> Response
    ) async throws -> Response {
        let started = startSpan(for: call)
        let span = started.span
        guard span.isRecording else {
            defer { span.end() }
            return try await next(call)
        }
        do {
            let response = try await InstrumentationContext.$current.withValue(span.context) {
                try await next(call)
            }
            ResponseAttributes.record(response, on: span, captureContent: started.captureContent)
            if let conversation = response as? ConversationResponse {
                ToolExecutionSpans.record(
                    conversation.outputs, under: span.context, captureContent: started.captureContent)
            }
            span.end()
            return response
        } catch {
            ErrorAttributes.record(error, on: span)
            span.end()
            throw error
        }
    }

    public func interceptStream<Element: Sendable>(
        _ call: MistralCall,
        next: @Sendable (MistralCall) async throws -> MistralStream<Element>
    ) async throws -> MistralStream<Element> {
        let started = startSpan(for: call)
        let span = started.span
        guard span.isRecording else {
            defer { span.end() }
            return try await next(call)
        }
        let stream: MistralStream<Element>
        do {
            stream = try await InstrumentationContext.$current.withValue(span.context) {
                try await next(call)
            }
        } catch {
            ErrorAttributes.record(error, on: span)
            span.end()
            throw error
        }
        let observer = StreamObserver(
            span: span, startNanoseconds: started.startNanoseconds, captureContent: started.captureContent)
        return stream.observing(
            onElement: { observer.element($0) },
            onTermination: { observer.terminated($0) }
        )
    }

    /// A started span, with what the rest of the call needs to know about it.
    private struct StartedSpan {
        var span: any Span
        var startNanoseconds: UInt64
        /// Whether both these options and the tracer keep content.
        var captureContent: Bool
    }

    private func startSpan(for call: MistralCall) -> StartedSpan {
        let start = DefaultTracerClock.now
        let tracer = InstrumentationSystem.tracer
        let span: any Span = tracer.startSpan(
            call.operation.name, context: InstrumentationContext.current ?? .topLevel, ofKind: .client, at: start)
        var started = StartedSpan(
            span: span, startNanoseconds: start.nanosecondsSinceEpoch, captureContent: options.captureContent)
        guard span.isRecording else { return started }
        if started.captureContent, let span = span as? any MistralTracingSpan, !span.capturesContent {
            started.captureContent = false
        }
        let naming = MistralSpanNaming(operation: call.operation)
        let request = RequestAttributes(call: call, naming: naming, captureContent: started.captureContent)
        span.operationName = naming.spanName(target: request.target, operation: call.operation)
        span.merge(request.attributes)
        return started
    }
}
