import OrderedJSON

/// Agents (beta): `POST/GET /v1/agents`, `GET /v1/agents/pages`, `GET/PATCH/DELETE /v1/agents/{id}`,
/// versions, and `POST /v1/agents/completions` (streamed or not).
enum AgentRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/agents/completions") { request in
            try await agentsCompletion(try request.json(), service: service)
        }
        router.add(.post, "/v1/agents") { request in
            try await create(try request.json(), service: service)
        }
        router.add(.get, "/v1/agents") { request in
            let agents = await service.store.withAgents { $0.newestFirst }
            return .json(.array(page(agents, request: request).map { $0.json() }))
        }
        router.add(.get, "/v1/agents/pages") { request in
            let agents = await service.store.withAgents { $0.newestFirst }
            return .json([
                "data": .array(page(agents, request: request).map { $0.json() }), "object": "list",
                "next_page_token": nil,
            ])
        }
        router.add(.get, "/v1/agents/:agent_id") { request in
            let agent = try await find(request.parameter("agent_id"), service: service)
            let version = request.queryInteger("agent_version") ?? request.queryInteger("version")
            return .json(agent.json(version: try checkedVersion(version, of: agent)))
        }
        router.add(.patch, "/v1/agents/:agent_id") { request in
            try await update(request.parameter("agent_id"), json: try request.json(), service: service)
        }
        router.add(.delete, "/v1/agents/:agent_id") { request in
            let id = request.parameter("agent_id")
            let removed = await service.store.withAgents { agents -> Bool in
                defer { agents[id] = nil }
                return agents[id] != nil
            }
            guard removed else { throw notFound(id) }
            return .noContent
        }
        router.add(.patch, "/v1/agents/:agent_id/version") { request in
            let id = request.parameter("agent_id")
            let agent = try await find(id, service: service)
            guard let version = try checkedVersion(request.queryInteger("version"), of: agent) else {
                throw MockAPIError.validation([.missing(["query", "version"], input: nil)])
            }
            let updated = await service.store.withAgents { agents -> AgentRecord? in
                agents[id]?.currentVersion = version
                agents[id]?.updatedAt = .now
                return agents[id]
            }
            return .json((updated ?? agent).json())
        }
        router.add(.get, "/v1/agents/:agent_id/versions") { request in
            let agent = try await find(request.parameter("agent_id"), service: service)
            return .json(.array(agent.versions.indices.reversed().map { agent.json(version: $0) }))
        }
        router.add(.get, "/v1/agents/:agent_id/versions/:version") { request in
            let agent = try await find(request.parameter("agent_id"), service: service)
            let version = Int(request.parameter("version"))
            guard let checked = try checkedVersion(version, of: agent) else { throw notFound(agent.id) }
            return .json(agent.json(version: checked))
        }
    }

    /// The agent with `id`, or 404.
    static func find(_ id: String, service: MockService) async throws(MockAPIError) -> AgentRecord {
        guard let agent = await service.store.withAgents({ $0[id] }) else { throw notFound(id) }
        return agent
    }

    /// The 404 for a missing agent.
    static func notFound(_ id: String) -> MockAPIError {
        .notFound("Agent with id \(id) not found")
    }

    /// Answers an agents completion body (also used by batch jobs): the chat body run with the agent's
    /// model, instructions, tools and completion arguments.
    static func agentsCompletion(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.agentsCompletion.validate(json)
        var messages = try MessageRules.parse(body["messages"] ?? .null)
        let requestTools = try CompletionOptions.tools(body["tools"])
        let agent = try await find(body["agent_id"]?.stringValue ?? "", service: service)
        try MessageRules.check(messages)
        let arguments = agent.fields["completion_args"]?.objectValue ?? JSONObject()
        if let instructions = agent.instructions, !instructions.isEmpty {
            messages.insert(ChatMessage(role: .system, text: instructions), at: 0)
        }
        let agentTools = try CompletionOptions.tools(agent.fields["tools"])
        let request = CompletionRequest(
            model: agent.model,
            messages: messages,
            tools: agentTools + requestTools,
            toolChoice: try CompletionOptions.toolChoice(
                body.present("tool_choice") ?? arguments.present("tool_choice")),
            parallelToolCalls: body["parallel_tool_calls"]?.boolValue ?? true,
            responseFormat: try CompletionOptions.responseFormat(
                body.present("response_format") ?? arguments.present("response_format")
            ),
            maxTokens: try CompletionOptions.maxTokens(body.present("max_tokens") ?? arguments.present("max_tokens")),
            stop: CompletionOptions.stop(body.present("stop") ?? arguments.present("stop")),
            choiceCount: try CompletionReply.choiceCount(body),
            seed: CompletionOptions.seed(
                model: agent.id + agent.model,
                messages: body["messages"],
                randomSeed: body.present("random_seed") ?? arguments.present("random_seed")
            )
        )
        let completion = CompletionEngine.complete(
            request, id: CompletionReply.id(for: body), created: Timestamp.now.unixSeconds)
        return CompletionReply.reply(completion, stream: CompletionReply.isStream(body))
    }

    private static func create(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.createAgent.validate(json)
        _ = try CompletionOptions.tools(body["tools"])
        _ = try await service.resolveModel(body["model"]?.stringValue ?? "", requiring: .completionChat)
        var fields = JSONObject()
        for key in [
            "instructions", "tools", "completion_args", "guardrails", "model", "name", "description", "handoffs",
            "metadata",
        ] {
            fields[key] = body[key] ?? .null
        }
        fields["tools"] = body.present("tools") ?? []
        fields["completion_args"] = .object(
            AgentDefaults.completionArgs(body["completion_args"]?.objectValue ?? JSONObject()))
        fields["version_message"] = body["version_message"] ?? .null
        fields["deployment_chat"] = false
        let now = Timestamp.now
        let agent = AgentRecord(
            id: MockIdentifiers.prefixed("ag_"),
            versions: [fields],
            currentVersion: 0,
            createdAt: now,
            updatedAt: now
        )
        await service.store.withAgents { $0.insert(agent) }
        return .json(agent.json())
    }

    private static func update(_ id: String, json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.updateAgent.validate(json)
        _ = try CompletionOptions.tools(body["tools"])
        if let model = body["model"]?.stringValue {
            _ = try await service.resolveModel(model, requiring: .completionChat)
        }
        let updated = await service.store.withAgents { agents -> AgentRecord? in
            guard var agent = agents[id] else { return nil }
            var fields = agent.fields
            for member in body.members where !member.value.isNull {
                if member.key == "completion_args", let given = member.value.objectValue {
                    let current = fields["completion_args"]?.objectValue ?? JSONObject()
                    var merged = AgentDefaults.completionArgs(current)
                    for argument in given.members { merged[argument.key] = argument.value }
                    fields["completion_args"] = .object(merged)
                } else {
                    fields[member.key] = member.value
                }
            }
            agent.versions.append(fields)
            agent.currentVersion = agent.versions.count - 1
            agent.updatedAt = .now
            agents[id] = agent
            return agent
        }
        guard let updated else { throw notFound(id) }
        return .json(updated.json())
    }

    private static func checkedVersion(_ version: Int?, of agent: AgentRecord) throws(MockAPIError) -> Int? {
        guard let version else { return nil }
        guard agent.versions.indices.contains(version) else {
            throw .notFound("Agent \(agent.id) has no version \(version)")
        }
        return version
    }

    /// The slice of `agents` the `page` and `page_size` query parameters select.
    private static func page(_ agents: [AgentRecord], request: MockRequest) -> [AgentRecord] {
        let size = max(request.queryInteger("page_size") ?? 20, 1)
        let page = max(request.queryInteger("page") ?? 0, 0)
        return Array(agents.dropFirst(page * size).prefix(size))
    }
}
