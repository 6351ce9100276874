extension Mistral {
    /// Agents: `mistral.agents`.
    public struct Agents: Sendable {
        let runtime: MistralRuntime

        /// Generates a completion with an agent.
        public func complete(_ request: AgentCompletionRequest) async throws -> ChatCompletionResponse {
            var request = request
            request.stream = nil
            return try await runtime.send(.agentsComplete, request: request)
        }

        /// Generates a completion with an agent.
        public func complete(
            agentID: String,
            messages: [ChatMessage],
            maxTokens: Int? = nil,
            tools: [Tool]? = nil,
            toolChoice: ToolChoice? = nil,
            responseFormat: ResponseFormat? = nil
        ) async throws -> ChatCompletionResponse {
            try await complete(
                AgentCompletionRequest(
                    agentID: agentID,
                    messages: messages,
                    maxTokens: maxTokens,
                    responseFormat: responseFormat,
                    tools: tools,
                    toolChoice: toolChoice
                )
            )
        }

        /// Streams a completion with an agent; chunks have the chat shape.
        public func stream(_ request: AgentCompletionRequest) async throws -> MistralStream<ChatCompletionChunk> {
            var request = request
            request.stream = true
            return try await runtime.stream(.agentsStream, request: request) { response in
                CompletionStreamDecoder.stream(
                    of: ChatCompletionChunk.self, body: response.body, status: response.status)
            }
        }

        /// Streams a completion with an agent.
        public func stream(
            agentID: String,
            messages: [ChatMessage],
            maxTokens: Int? = nil,
            tools: [Tool]? = nil,
            toolChoice: ToolChoice? = nil,
            responseFormat: ResponseFormat? = nil
        ) async throws -> MistralStream<ChatCompletionChunk> {
            try await stream(
                AgentCompletionRequest(
                    agentID: agentID,
                    messages: messages,
                    maxTokens: maxTokens,
                    responseFormat: responseFormat,
                    tools: tools,
                    toolChoice: toolChoice
                )
            )
        }

        /// Creates an agent.
        public func create(_ request: AgentCreationRequest) async throws -> Agent {
            try await runtime.send(.agentsCreate, request: request)
        }

        /// Creates an agent.
        public func create(
            model: String,
            name: String,
            instructions: String? = nil,
            tools: [Tool]? = nil,
            completionArgs: CompletionArgs? = nil,
            description: String? = nil
        ) async throws -> Agent {
            try await create(
                AgentCreationRequest(
                    model: model,
                    name: name,
                    instructions: instructions,
                    tools: tools,
                    completionArgs: completionArgs,
                    description: description
                )
            )
        }

        /// Lists agents.
        public func list(_ request: AgentListRequest = AgentListRequest()) async throws -> [Agent] {
            try await runtime.send(.agentsList, query: request.queryItems, request: request, payload: .empty)
        }

        /// Lists agents, one page at a time.
        public func list(page: Int? = nil, pageSize: Int? = nil) async throws -> [Agent] {
            try await list(AgentListRequest(page: page, pageSize: pageSize))
        }

        /// Gets an agent, at its current version or at `version`.
        public func get(_ agentID: String, version: Int? = nil) async throws -> Agent {
            var query = QueryBuilder()
            query.add("agent_version", version)
            return try await runtime.send(
                .agentsGet,
                path: "/v1/agents/\(MistralBaseURL.pathSegment(agentID))",
                query: query.items,
                request: nil
            )
        }

        /// Updates an agent (a new version).
        public func update(_ agentID: String, _ request: AgentUpdateRequest) async throws -> Agent {
            try await runtime.send(
                .agentsUpdate,
                path: "/v1/agents/\(MistralBaseURL.pathSegment(agentID))",
                request: request
            )
        }

        /// Deletes an agent.
        public func delete(_ agentID: String) async throws {
            try await runtime.sendIgnoringBody(.agentsDelete, path: "/v1/agents/\(MistralBaseURL.pathSegment(agentID))")
        }
    }
}
