import OrderedJSON

/// Conversations (beta; server-side state): start, append, restart (each streamed or not), list, get,
/// delete, history and messages.
enum ConversationRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/conversations") { request in
            try await start(try request.json(), service: service)
        }
        router.add(.get, "/v1/conversations") { request in
            let all = await service.store.withConversations { $0.newestFirst }
            let size = max(request.queryInteger("page_size") ?? 100, 1)
            let page = max(request.queryInteger("page") ?? 0, 0)
            return .json(.array(all.dropFirst(page * size).prefix(size).map(\.json)))
        }
        router.add(.get, "/v1/conversations/:conversation_id") { request in
            .json(try await find(request.parameter("conversation_id"), service: service).json)
        }
        router.add(.delete, "/v1/conversations/:conversation_id") { request in
            let id = request.parameter("conversation_id")
            _ = try await find(id, service: service)
            await service.store.withConversations { $0[id] = nil }
            return .noContent
        }
        router.add(.post, "/v1/conversations/:conversation_id") { request in
            try await append(request.parameter("conversation_id"), json: try request.json(), service: service)
        }
        router.add(.post, "/v1/conversations/:conversation_id/restart") { request in
            try await restart(request.parameter("conversation_id"), json: try request.json(), service: service)
        }
        router.add(.get, "/v1/conversations/:conversation_id/history") { request in
            let conversation = try await find(request.parameter("conversation_id"), service: service)
            return .json([
                "object": "conversation.history",
                "conversation_id": .string(conversation.id),
                "entries": .array(conversation.entries.map(JSONValue.object)),
            ])
        }
        router.add(.get, "/v1/conversations/:conversation_id/messages") { request in
            let conversation = try await find(request.parameter("conversation_id"), service: service)
            return .json([
                "object": "conversation.messages",
                "conversation_id": .string(conversation.id),
                "messages": .array(conversation.entries.filter(ConversationEntries.isMessage).map(JSONValue.object)),
            ])
        }
    }

    private static func find(_ id: String, service: MockService) async throws(MockAPIError) -> ConversationRecord {
        guard let conversation = await service.store.withConversations({ $0[id] }) else {
            throw .notFound("Conversation \(id) not found")
        }
        return conversation
    }

    private static func start(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.startConversation.validate(json)
        let now = Timestamp.now
        let inputs = try ConversationEntries.inputs(body["inputs"], at: now)
        var conversation = ConversationRecord(id: MockIdentifiers.prefixed("conv_"), createdAt: now, updatedAt: now)
        conversation.name = body["name"]?.stringValue
        conversation.description = body["description"]?.stringValue
        conversation.metadata = body["metadata"] ?? .null
        conversation.guardrails = body["guardrails"] ?? .null
        let givenArguments = body["completion_args"]?.objectValue ?? JSONObject()
        if let agentID = body.present("agent_id")?.stringValue {
            let agent = try await AgentRoutes.find(agentID, service: service)
            conversation.agentID = agent.id
            conversation.agentVersion = body["agent_version"] ?? .int(agent.currentVersion)
            conversation.model = agent.model
            conversation.instructions = agent.instructions
            conversation.tools = agent.fields["tools"] ?? []
            var arguments = agent.fields["completion_args"]?.objectValue ?? AgentDefaults.completionArgs(JSONObject())
            for member in givenArguments.members { arguments[member.key] = member.value }
            conversation.completionArgs = arguments
        } else {
            guard let model = body.present("model")?.stringValue else {
                throw MockAPIError.invalidRequest("Either model or agent_id must be provided")
            }
            _ = try await service.resolveModel(model, requiring: .completionChat)
            _ = try CompletionOptions.tools(body["tools"])
            conversation.model = model
            conversation.instructions = body["instructions"]?.stringValue
            conversation.tools = body.present("tools") ?? []
            conversation.completionArgs = AgentDefaults.completionArgs(givenArguments)
        }
        conversation.entries = inputs
        return try await runTurn(
            conversation,
            arguments: conversation.completionArgs,
            store: body["store"]?.boolValue ?? true,
            stream: body["stream"]?.boolValue == true,
            service: service
        )
    }

    private static func append(_ id: String, json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.appendConversation.validate(json)
        var conversation = try await find(id, service: service)
        let inputs = try ConversationEntries.inputs(body["inputs"], at: .now)
        guard !inputs.isEmpty else { throw MockAPIError.invalidRequest("inputs must not be empty") }
        conversation.entries += inputs
        conversation.updatedAt = .now
        return try await runTurn(
            conversation,
            arguments: merged(conversation.completionArgs, body["completion_args"]),
            store: body["store"]?.boolValue ?? true,
            stream: body["stream"]?.boolValue == true,
            service: service
        )
    }

    private static func restart(_ id: String, json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.restartConversation.validate(json)
        let original = try await find(id, service: service)
        let entryID = body["from_entry_id"]?.stringValue ?? ""
        guard let position = original.entries.firstIndex(where: { $0["id"]?.stringValue == entryID }) else {
            throw MockAPIError.notFound("Entry \(entryID) not found in conversation \(id)")
        }
        let now = Timestamp.now
        var conversation = original
        conversation.id = MockIdentifiers.prefixed("conv_")
        conversation.createdAt = now
        conversation.updatedAt = now
        conversation.metadata = body["metadata"] ?? original.metadata
        conversation.entries =
            Array(original.entries[...position]) + (try ConversationEntries.inputs(body["inputs"], at: now))
        return try await runTurn(
            conversation,
            arguments: merged(conversation.completionArgs, body["completion_args"]),
            store: body["store"]?.boolValue ?? true,
            stream: body["stream"]?.boolValue == true,
            service: service
        )
    }

    private static func merged(_ arguments: JSONObject, _ override: JSONValue?) -> JSONObject {
        var result = arguments
        for member in override?.objectValue?.members ?? [] {
            result[member.key] = member.value
        }
        return result
    }

    /// Runs the model on the conversation, stores the outputs (unless `store` is false) and answers.
    private static func runTurn(
        _ conversation: ConversationRecord,
        arguments: JSONObject,
        store: Bool,
        stream: Bool,
        service: MockService
    ) async throws -> MockReply {
        var conversation = conversation
        let model = conversation.model ?? "mistral-small-latest"
        let messages = ConversationEntries.messages(
            instructions: conversation.instructions, entries: conversation.entries)
        try MessageRules.check(messages)
        let request = CompletionRequest(
            model: model,
            messages: messages,
            tools: try CompletionOptions.tools(conversation.tools),
            toolChoice: try CompletionOptions.toolChoice(arguments.present("tool_choice")),
            parallelToolCalls: true,
            responseFormat: try CompletionOptions.responseFormat(arguments.present("response_format")),
            maxTokens: try CompletionOptions.maxTokens(arguments.present("max_tokens")),
            stop: CompletionOptions.stop(arguments.present("stop")),
            seed: CompletionOptions.seed(
                model: (conversation.agentID ?? "") + model,
                messages: .array(messages.map { .string($0.role.rawValue + ":" + $0.text) }),
                randomSeed: arguments.present("random_seed")
            )
        )
        let now = Timestamp.now
        let completion = CompletionEngine.complete(request, id: conversation.id, created: now.unixSeconds)
        let choice = completion.choices[0]
        let outputs =
            choice.toolCalls.isEmpty
            ? [
                ConversationEntries.messageOutput(
                    content: choice.content, model: model, agentID: conversation.agentID, at: now)
            ]
            : choice.toolCalls.map {
                ConversationEntries.functionCall($0, model: model, agentID: conversation.agentID, at: now)
            }
        conversation.entries += outputs
        conversation.updatedAt = now
        if store {
            let saved = conversation
            await service.store.withConversations { $0.insert(saved) }
        }
        var usage = completion.usageJSON.objectValue ?? JSONObject()
        usage["connector_tokens"] = .null
        usage["connectors"] = .null
        if stream {
            return .stream(
                ConversationStream.events(
                    conversationID: conversation.id,
                    outputs: outputs,
                    choice: choice,
                    usage: .object(usage),
                    at: now
                )
            )
        }
        return .json(
            [
                "object": "conversation.response",
                "conversation_id": .string(conversation.id),
                "outputs": .array(outputs.map(JSONValue.object)),
                "usage": .object(usage),
            ],
            generatedTokens: completion.completionTokens
        )
    }
}
