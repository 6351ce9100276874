import Foundation
import MistralAI
import Tracing

/// An application span seen from the code it observes: set its input, output, metadata, model, parameters,
/// usage, prompt template and retrieved documents (Langfuse's `update_current_observation`).
///
/// It wraps whatever span the active tracer made, so it works with Windsock's tracer and with any other
/// swift-distributed-tracing backend. Values are recorded as `windsock.*` and GenAI attributes; JSON values are
/// written as JSON text.
public struct Observation: Sendable {
    /// The underlying span.
    public let span: any Span

    /// Wraps a span.
    public init(span: any Span) {
        self.span = span
    }

    /// The span's context, to nest work under it explicitly.
    public var context: InstrumentationContext { span.context }

    /// Sets one attribute.
    public func setAttribute(_ name: String, _ value: SpanAttribute?) {
        span.updateAttributes { $0.set(name, value: value) }
    }

    /// Records what went in, as JSON.
    public func setInput(_ input: some Encodable) {
        setJSON(WindsockAttributes.input, input)
    }

    /// Records what came out, as JSON.
    public func setOutput(_ output: some Encodable) {
        setJSON(WindsockAttributes.output, output)
    }

    /// Merges metadata into what was set before.
    public func setMetadata(_ metadata: [String: JSONValue]) {
        span.updateAttributes { attributes in
            var merged: [String: JSONValue] = [:]
            if case .string(let existing)? = attributes.get(WindsockAttributes.metadata),
                let object = (try? JSONValue(parsing: existing))?.objectValue
            {
                merged = object
            }
            merged.merge(metadata) { _, new in new }
            attributes.set(WindsockAttributes.metadata, value: .string(JSONValue.object(merged).jsonString))
        }
    }

    /// The model used (for `llm` and `embedding` observations that call a model themselves).
    public func setModel(_ model: String, provider: String? = nil) {
        span.updateAttributes { attributes in
            attributes.set(GenAIAttributes.requestModel, value: .string(model))
            if let provider { attributes.set(GenAIAttributes.providerName, value: .string(provider)) }
        }
    }

    /// Model parameters (temperature, max_tokens, …) as a JSON object.
    public func setModelParameters(_ parameters: [String: JSONValue]) {
        span.updateAttributes { attributes in
            attributes.set(WindsockAttributes.modelParameters, value: .string(JSONValue.object(parameters).jsonString))
            if let temperature = parameters["temperature"]?.doubleValue {
                attributes.set(GenAIAttributes.requestTemperature, value: .double(temperature))
            }
            if let maxTokens = parameters["max_tokens"]?.intValue {
                attributes.set(GenAIAttributes.requestMaxTokens, value: .int64(Int64(maxTokens)))
            }
            if let topP = parameters["top_p"]?.doubleValue {
                attributes.set(GenAIAttributes.requestTopP, value: .double(topP))
            }
        }
    }

    /// Token usage; the Windsock tracer prices it when the model is known.
    public func setUsage(inputTokens: Int?, outputTokens: Int?) {
        span.updateAttributes { attributes in
            if let inputTokens { attributes.set(GenAIAttributes.usageInputTokens, value: .int64(Int64(inputTokens))) }
            if let outputTokens {
                attributes.set(GenAIAttributes.usageOutputTokens, value: .int64(Int64(outputTokens)))
            }
        }
    }

    /// The prompt template this observation filled in: name, version, text and variables.
    public func setPromptTemplate(
        name: String, version: String? = nil, template: String? = nil, variables: [String: JSONValue] = [:]
    ) {
        span.updateAttributes { attributes in
            attributes.set(WindsockAttributes.promptName, value: .string(name))
            if let version { attributes.set(WindsockAttributes.promptVersion, value: .string(version)) }
            if let template { attributes.set(WindsockAttributes.promptTemplate, value: .string(template)) }
            if !variables.isEmpty {
                attributes.set(
                    WindsockAttributes.promptVariables, value: .string(JSONValue.object(variables).jsonString))
            }
        }
    }

    /// A retriever's query: the input of a retriever span.
    public func setRetrieverQuery(_ query: String) {
        setInput(query)
    }

    /// The documents a retriever returned: the output of a retriever span.
    public func setDocuments(_ documents: [RetrievedDocument]) {
        setOutput(documents)
    }

    /// Trace-level values (name, user, session, tags, metadata, input, output) for the trace this observation is in.
    public func updateTrace(_ update: TraceUpdate) {
        TraceUpdating.apply(update, to: span)
    }

    private func setJSON(_ name: String, _ value: some Encodable) {
        let text = Self.jsonText(value)
        span.updateAttributes { $0.set(name, value: .string(text)) }
    }

    /// `value` as JSON text; its description when it cannot be encoded.
    static func jsonText(_ value: some Encodable) -> String {
        if let json = value as? JSONValue { return json.jsonString }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return String(describing: value) }
        return String(decoding: data, as: UTF8.self)
    }
}
