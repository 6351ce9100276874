import Tracing

/// The attributes of a call known before it is sent: operation, server, model, parameters, tools, input.
struct RequestAttributes {
    private(set) var attributes = SpanAttributes()
    /// The model or agent the span is named after.
    private(set) var target: String?
    private let captureContent: Bool

    init(call: MistralCall, naming: MistralSpanNaming, captureContent: Bool) {
        self.captureContent = captureContent
        // Room for the request's attributes and those the response, the stream and the tracer add later, so that
        // the span's storage is allocated once.
        attributes.reserveCapacity(24)
        set(GenAIAttributes.providerName, .string(GenAIAttributes.mistralProvider))
        set(GenAIAttributes.system, .string(GenAIAttributes.mistralProvider))
        set(GenAIAttributes.operationName, .string(naming.operationName))
        set(WindsockAttributes.operation, .string(call.operation.name))
        set(WindsockAttributes.spanKind, .string(naming.observationKind))
        set(GenAIAttributes.serverAddress, .string(call.serverHost))
        set(GenAIAttributes.serverPort, .int64(Int64(call.serverPort)))
        if call.operation.isStreaming { set(GenAIAttributes.requestStream, .bool(true)) }
        record(call)
    }

    private mutating func set(_ name: String, _ value: SpanAttribute?) {
        guard let value else { return }
        attributes.set(name, value: value)
    }

    private mutating func content(_ name: String, json: @autoclosure () -> String) {
        guard captureContent else { return }
        attributes.set(name, value: .string(json()))
    }

    private mutating func content(_ name: String, text: String?) {
        guard captureContent, let text else { return }
        attributes.set(name, value: .string(text))
    }

    private mutating func model(_ model: String?) {
        guard let model else { return }
        target = model
        set(GenAIAttributes.requestModel, .string(model))
    }

    private mutating func sampling(
        temperature: Double? = nil, topP: Double? = nil, maxTokens: Int? = nil, stop: [String]? = nil,
        seed: Int? = nil, presencePenalty: Double? = nil, frequencyPenalty: Double? = nil, choices: Int? = nil
    ) {
        set(GenAIAttributes.requestTemperature, temperature.map { .double($0) })
        set(GenAIAttributes.requestTopP, topP.map { .double($0) })
        set(GenAIAttributes.requestMaxTokens, maxTokens.map { .int64(Int64($0)) })
        set(GenAIAttributes.requestStopSequences, stop.map { .stringArray($0) })
        set(GenAIAttributes.requestSeed, seed.map { .int64(Int64($0)) })
        set(GenAIAttributes.requestPresencePenalty, presencePenalty.map { .double($0) })
        set(GenAIAttributes.requestFrequencyPenalty, frequencyPenalty.map { .double($0) })
        set(GenAIAttributes.requestChoiceCount, choices.map { .int64(Int64($0)) })
    }

    private mutating func tools(_ tools: [Tool]?, responseFormat: ResponseFormat?) {
        if let tools, !tools.isEmpty, let definitions = JSONTextWriter.text(encoding: tools) {
            set(GenAIAttributes.toolDefinitions, .string(definitions))
        }
        switch responseFormat {
        case .text?: set(GenAIAttributes.outputType, .string("text"))
        case .jsonObject?, .jsonSchema?: set(GenAIAttributes.outputType, .string("json"))
        default: break
        }
        if case .jsonSchema(let schema)? = responseFormat {
            set("windsock.response_format.name", .string(schema.name))
        }
    }

    private mutating func record(_ call: MistralCall) {
        switch call.request {
        case let request as ChatCompletionRequest:
            model(request.model)
            sampling(
                temperature: request.temperature, topP: request.topP, maxTokens: request.maxTokens,
                stop: request.stop, seed: request.randomSeed, presencePenalty: request.presencePenalty,
                frequencyPenalty: request.frequencyPenalty, choices: request.n)
            tools(request.tools, responseFormat: request.responseFormat)
            content(GenAIAttributes.inputMessages, json: GenAIMessages.input(request.messages))
        case let request as FIMCompletionRequest:
            model(request.model)
            sampling(
                temperature: request.temperature, topP: request.topP, maxTokens: request.maxTokens,
                stop: request.stop, seed: request.randomSeed)
            content(WindsockAttributes.fimPrompt, text: request.prompt)
            content(WindsockAttributes.fimSuffix, text: request.suffix)
            content(GenAIAttributes.inputMessages, json: GenAIMessages.userText(request.prompt))
        case let request as EmbeddingRequest:
            model(request.model)
            set(WindsockAttributes.embeddingsInputCount, .int64(Int64(request.input.count)))
            set(GenAIAttributes.requestEncodingFormats, request.encodingFormat.map { .stringArray([$0.rawValue]) })
            set("gen_ai.request.embeddings.dimension.count", request.outputDimension.map { .int64(Int64($0)) })
            content(WindsockAttributes.input, json: JSONTextWriter.text(strings: request.input))
        case let request as AgentCompletionRequest:
            target = request.agentID
            set(GenAIAttributes.agentID, .string(request.agentID))
            sampling(
                maxTokens: request.maxTokens, stop: request.stop, seed: request.randomSeed,
                presencePenalty: request.presencePenalty, frequencyPenalty: request.frequencyPenalty, choices: request.n
            )
            tools(request.tools, responseFormat: request.responseFormat)
            content(GenAIAttributes.inputMessages, json: GenAIMessages.input(request.messages))
        case let request as ConversationStartRequest:
            model(request.model)
            if let agent = request.agentID {
                target = agent
                set(GenAIAttributes.agentID, .string(agent))
            }
            completionArgs(request.completionArgs)
            tools(request.tools, responseFormat: request.completionArgs?.responseFormat)
            if let instructions = request.instructions {
                content(GenAIAttributes.systemInstructions, json: Self.textParts(instructions))
            }
            conversationInputs(request.inputs)
        case let request as ConversationAppendRequest:
            completionArgs(request.completionArgs)
            conversationID(from: call)
            conversationInputs(request.inputs)
        case let request as ConversationRestartRequest:
            completionArgs(request.completionArgs)
            conversationID(from: call)
            conversationInputs(request.inputs)
        case let request as ModerationRequest:
            model(request.model)
            content(WindsockAttributes.input, json: JSONTextWriter.text(strings: request.input))
        case let request as ChatModerationRequest:
            model(request.model)
            content(WindsockAttributes.input, json: Self.conversations(request.input))
        case let request as ClassificationRequest:
            model(request.model)
            content(WindsockAttributes.input, json: JSONTextWriter.text(strings: request.input))
        case let request as ChatClassificationRequest:
            model(request.model)
            content(WindsockAttributes.input, json: Self.conversations(request.input.map(\.messages)))
        case let request as OCRRequest:
            model(request.model)
            if let pages = request.pages { set("windsock.ocr.requested_pages", .int64Array(pages.map(Int64.init))) }
        case let request as FineTuningJobCreationRequest:
            model(request.model)
            set(
                WindsockAttributes.jobHyperparameters,
                JSONTextWriter.text(encoding: request.hyperparameters).map { .string($0) })
        case let request as BatchJobCreationRequest:
            model(request.model)
            if let agent = request.agentID { set(GenAIAttributes.agentID, .string(agent)) }
            set("windsock.batch.endpoint", .string(request.endpoint.rawValue))
        case let request as FileUploadRequest:
            set("windsock.file.name", .string(request.fileName))
            set("windsock.file.size_bytes", .int64(Int64(request.content.count)))
        default:
            pathIdentifiers(call)
        }
    }

    private mutating func completionArgs(_ arguments: CompletionArgs?) {
        guard let arguments else { return }
        sampling(
            temperature: arguments.temperature, topP: arguments.topP, maxTokens: arguments.maxTokens,
            stop: arguments.stop, seed: arguments.randomSeed, presencePenalty: arguments.presencePenalty,
            frequencyPenalty: arguments.frequencyPenalty)
    }

    private mutating func conversationInputs(_ inputs: ConversationInputs) {
        switch inputs {
        case .text(let text):
            content(GenAIAttributes.inputMessages, json: GenAIMessages.userText(text))
        case .entries(let entries):
            content(GenAIAttributes.inputMessages, json: ConversationGenAIMessages.messages(entries))
        }
    }

    private mutating func conversationID(from call: MistralCall) {
        // /v1/conversations/{conversation_id}[/restart]
        let parts = call.path.split(separator: "/")
        guard parts.count >= 3, parts[1] == "conversations" else { return }
        set(GenAIAttributes.conversationID, .string(String(parts[2])))
    }

    /// The id in the path of calls without a body: the job, file, model or agent they act on.
    private mutating func pathIdentifiers(_ call: MistralCall) {
        let template = call.operation.pathTemplate.split(separator: "/")
        let path = call.path.split(separator: "/")
        guard template.count == path.count else { return }
        for (name, value) in zip(template, path) where name.hasPrefix("{") {
            switch name {
            case "{job_id}": set(WindsockAttributes.jobID, .string(String(value)))
            case "{file_id}": set(WindsockAttributes.fileID, .string(String(value)))
            case "{model_id}": model(String(value))
            case "{agent_id}": set(GenAIAttributes.agentID, .string(String(value)))
            case "{conversation_id}": set(GenAIAttributes.conversationID, .string(String(value)))
            default: break
            }
        }
    }

    /// `[{"type": "text", "content": text}]`: system instructions given as text.
    private static func textParts(_ text: String) -> String {
        var writer = JSONTextWriter(capacity: 40 + text.utf8.count)
        writer.beginArray()
        GenAIMessages.writeTextPart(type: "text", text, into: &writer)
        writer.endArray()
        return writer.text
    }

    /// Several conversations (moderation and classification inputs), each an array of GenAI messages.
    private static func conversations(_ conversations: [[ChatMessage]]) -> String {
        var writer = JSONTextWriter(capacity: conversations.reduce(16) { $0 + GenAIMessages.capacity($1) })
        writer.beginArray()
        for messages in conversations { GenAIMessages.write(messages, into: &writer) }
        writer.endArray()
        return writer.text
    }
}
