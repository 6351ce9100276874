import Foundation
import InMemoryTracing
import MistralMock
import Testing
import Tracing

@testable import MistralAI

@Suite("Spans for every Mistral call")
struct MistralTracingTests {
    @Test("chat: a GenAI client span with request, response, usage and messages; never the key")
    func chat() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                _ = try await mistral.chat.complete(
                    model: "mistral-small-latest",
                    messages: [.system("Answer briefly."), .user("Who painted the Mona Lisa?")],
                    temperature: 0.2, topP: 0.9, maxTokens: 50, stop: ["END"], randomSeed: 7
                )
            }
        }
        let span = try tracer.finishedSpans.operation("chat.complete")
        #expect(span.operationName == "chat mistral-small-latest")
        #expect(span.kind == .client)
        #expect(span.string(GenAIAttributes.providerName) == "mistral_ai")
        #expect(span.string(GenAIAttributes.operationName) == "chat")
        #expect(span.string(GenAIAttributes.requestModel) == "mistral-small-latest")
        #expect(span.attributes.get(GenAIAttributes.requestTemperature) == .double(0.2))
        #expect(span.attributes.get(GenAIAttributes.requestTopP) == .double(0.9))
        #expect(span.int(GenAIAttributes.requestMaxTokens) == 50)
        #expect(span.attributes.get(GenAIAttributes.requestStopSequences) == .stringArray(["END"]))
        #expect(span.int(GenAIAttributes.requestSeed) == 7)
        #expect(span.string(GenAIAttributes.serverAddress) == "127.0.0.1")
        #expect(span.int(GenAIAttributes.serverPort) != nil)
        #expect(span.string(GenAIAttributes.responseID)?.isEmpty == false)
        #expect(span.string(GenAIAttributes.responseModel)?.isEmpty == false)
        #expect(span.attributes.get(GenAIAttributes.responseFinishReasons) == .stringArray(["stop"]))
        #expect((span.int(GenAIAttributes.usageInputTokens) ?? 0) > 0)
        #expect((span.int(GenAIAttributes.usageOutputTokens) ?? 0) > 0)
        let input = try span.json(GenAIAttributes.inputMessages)
        #expect(input[0]?["role"] == "system")
        #expect(input[1]?["parts"]?[0]?["content"] == "Who painted the Mona Lisa?")
        let output = try span.json(GenAIAttributes.outputMessages)
        #expect(output[0]?["role"] == "assistant")
        #expect(output[0]?["finish_reason"] == "stop")
        #expect(output[0]?["parts"]?[0]?["type"] == "text")
        #expect(span.status?.code != .error)
        #expect(!span.allAttributeText.contains(MockServerHarness.apiKey))
    }

    @Test("tools: definitions on the request, tool calls and tool results in the messages")
    func tools() async throws {
        let tracer = InMemoryTracer()
        let weather = Tool.function(
            name: "get_weather", description: "Weather of a city",
            parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                let first = try await mistral.chat.complete(
                    model: "mistral-large-latest", messages: [.user("Weather in Paris?")], tools: [weather],
                    toolChoice: .any)
                let call = try #require(first.toolCalls.first)
                _ = try await mistral.chat.complete(
                    model: "mistral-large-latest",
                    messages: [
                        .user("Weather in Paris?"), .assistant(AssistantMessage(toolCalls: [call])),
                        .tool(
                            ToolMessage(content: #"{"temperature":22}"#, toolCallID: call.id, name: call.function.name)),
                    ],
                    tools: [weather])
            }
        }
        let spans = tracer.finishedSpans
        #expect(spans.count == 2)
        let first = spans[0]
        let definitions = try first.json(GenAIAttributes.toolDefinitions)
        #expect(definitions[0]?["function"]?["name"] == "get_weather")
        let output = try first.json(GenAIAttributes.outputMessages)
        #expect(output[0]?["parts"]?[0]?["type"] == "tool_call")
        #expect(output[0]?["parts"]?[0]?["name"] == "get_weather")
        #expect(first.attributes.get(GenAIAttributes.responseFinishReasons) == .stringArray(["tool_calls"]))
        let input = try spans[1].json(GenAIAttributes.inputMessages)
        #expect(input[1]?["parts"]?[0]?["type"] == "tool_call")
        #expect(input[2]?["role"] == "tool")
        #expect(input[2]?["parts"]?[0]?["type"] == "tool_call_response")
        #expect(input[2]?["parts"]?[0]?["response"] == #"{"temperature":22}"#)
    }

    @Test("errors: error status, an exception event with the HTTP status, the error rethrown unchanged")
    func errors() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            await withTracer(tracer) {
                await #expect {
                    _ = try await mistral.chat.complete(model: "no-such-model", messages: [.user("Hi")])
                } throws: { error in
                    guard case MistralError.api(let api) = error else { return false }
                    return api.status >= 400
                }
            }
        }
        let span = try tracer.finishedSpans.operation("chat.complete")
        #expect(span.status?.code == .error)
        let status = try #require(span.int(GenAIAttributes.httpStatusCode))
        #expect(span.string(GenAIAttributes.errorType) == String(status))
        let event = try #require(span.errors.first)
        #expect(event.attributes.get("exception.type") == .string("MistralError.api"))
        #expect(event.attributes.get(GenAIAttributes.httpStatusCode) == .int64(Int64(status)))
        #expect(!span.allAttributeText.contains(MockServerHarness.apiKey))
    }

    @Test("content capture off: parameters and usage kept, no prompt or completion")
    func contentCaptureOff() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            var configuration = MistralConfiguration(baseURL: baseURL)
            configuration.tracing.captureContent = false
            let mistral = Mistral(apiKey: MockServerHarness.apiKey, configuration: configuration)
            try await withTracer(tracer) {
                _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("secret prompt")])
            }
        }
        let span = try tracer.finishedSpans.operation("chat.complete")
        #expect(span.string(GenAIAttributes.inputMessages) == nil)
        #expect(span.string(GenAIAttributes.outputMessages) == nil)
        #expect(span.int(GenAIAttributes.usageInputTokens) != nil)
        #expect(!span.allAttributeText.contains("secret prompt"))
    }

    @Test("disabled tracing and no tracer: no span, the call works")
    func disabled() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = Mistral(
                apiKey: MockServerHarness.apiKey,
                configuration: MistralConfiguration(baseURL: baseURL, tracing: .disabled))
            try await withTracer(tracer) {
                _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
            }
            let untraced = MockServerHarness.client(baseURL)
            _ = try await untraced.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
        }
        #expect(tracer.finishedSpans.isEmpty)
    }

    @Test("nesting: the Mistral span is a child of the task's current span")
    func nesting() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                try await withSpan("find_best_painter") { _ in
                    _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
                    _ = try await mistral.embeddings.create(model: "mistral-embed", input: ["a"])
                }
            }
        }
        let spans = tracer.finishedSpans
        let parent = try #require(spans.first { $0.operationName == "find_best_painter" })
        for span in spans where span.operationName != "find_best_painter" {
            #expect(span.traceID == parent.traceID)
            #expect(span.parentSpanID == parent.spanID)
        }
        #expect(spans.count == 3)
    }

    @Test("every other operation: embeddings, FIM, moderation, classification, OCR, models, files, jobs")
    func otherOperations() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                _ = try await mistral.embeddings.create(model: "mistral-embed", input: ["one", "two", "three"])
                _ = try await mistral.fim.complete(
                    model: "codestral-latest", prompt: "def add(a, b):", suffix: "return c")
                _ = try await mistral.moderations.create(model: "mistral-moderation-latest", input: ["I will hurt you"])
                _ = try await mistral.classifiers.classify(model: "mistral-moderation-latest", input: ["hello"])
                _ = try await mistral.ocr.process(
                    model: "mistral-ocr-latest",
                    document: .documentURL("https://arxiv.org/pdf/2201.04234", name: "p.pdf"))
                _ = try await mistral.models.retrieve("mistral-embed")
                let file = try await mistral.files.upload(
                    Data(#"{"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]}"#.utf8),
                    fileName: "train.jsonl", purpose: .fineTune)
                let job = try await mistral.fineTuning.create(
                    FineTuningJobCreationRequest(
                        model: "open-mistral-7b", trainingFiles: [TrainingFile(fileID: file.id)],
                        hyperparameters: FineTuningHyperparameters(trainingSteps: 10, learningRate: 0.0001),
                        autoStart: false))
                _ = try await mistral.fineTuning.get(job.id)
                let batch = try await mistral.batch.create(
                    endpoint: .chatCompletions, model: "mistral-small-latest",
                    requests: [BatchRequest(customID: "1", body: ["messages": [["role": "user", "content": "Hi"]]])])
                _ = try await mistral.batch.get(batch.id)
            }
        }
        let spans = tracer.finishedSpans
        let embeddings = try spans.operation("embeddings.create")
        #expect(embeddings.operationName == "embeddings mistral-embed")
        #expect(embeddings.string(GenAIAttributes.operationName) == "embeddings")
        #expect(embeddings.int(WindsockAttributes.embeddingsInputCount) == 3)
        #expect(embeddings.int(GenAIAttributes.embeddingsDimensionCount) == 1024)
        #expect((embeddings.int(GenAIAttributes.usageInputTokens) ?? 0) > 0)
        #expect(embeddings.string(GenAIAttributes.outputMessages) == nil)

        let fim = try spans.operation("fim.complete")
        #expect(fim.operationName == "text_completion codestral-latest")
        #expect(fim.string(WindsockAttributes.fimPrompt) == "def add(a, b):")
        #expect(fim.string(WindsockAttributes.fimSuffix) == "return c")
        #expect(fim.string(GenAIAttributes.outputMessages) != nil)

        let moderation = try spans.operation("moderations.create")
        #expect(moderation.attributes.get(WindsockAttributes.flaggedCategories) != nil)
        let classification = try spans.operation("classifiers.classify")
        #expect(classification.string(GenAIAttributes.responseModel) != nil)

        let ocr = try spans.operation("ocr.process")
        #expect((ocr.int(WindsockAttributes.ocrPages) ?? 0) > 0)
        #expect((ocr.int(WindsockAttributes.ocrDocumentSizeBytes) ?? 0) > 0)

        #expect(try spans.operation("models.retrieve").string(GenAIAttributes.responseModel) == "mistral-embed")
        #expect(try spans.operation("files.upload").string(WindsockAttributes.fileID)?.isEmpty == false)

        let fineTuning = try spans.operation("fine_tuning.create")
        #expect(fineTuning.string(WindsockAttributes.jobID)?.isEmpty == false)
        #expect(fineTuning.string(WindsockAttributes.jobStatus)?.isEmpty == false)
        #expect(fineTuning.string(GenAIAttributes.requestModel) == "open-mistral-7b")
        #expect(try fineTuning.json(WindsockAttributes.jobHyperparameters)["training_steps"] == 10)
        #expect(
            try spans.operation("fine_tuning.get").string(WindsockAttributes.jobID)
                == fineTuning.string(WindsockAttributes.jobID))

        let batch = try spans.operation("batch.create")
        #expect(batch.string(WindsockAttributes.jobID)?.isEmpty == false)
        #expect(batch.string(WindsockAttributes.jobStatus)?.isEmpty == false)
        #expect(
            try spans.operation("batch.get").string(WindsockAttributes.jobID) == batch.string(WindsockAttributes.jobID))
    }

    @Test("agents and conversations: agent id, conversation id, one span per turn")
    func agentsAndConversations() async throws {
        let tracer = InMemoryTracer()
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            try await withTracer(tracer) {
                let agent = try await mistral.agents.create(model: "mistral-medium-latest", name: "Pirate")
                _ = try await mistral.agents.complete(agentID: agent.id, messages: [.user("Hello")])
                let started = try await mistral.conversations.start(
                    ConversationStartRequest(inputs: "Hello", model: "mistral-small-latest"))
                _ = try await mistral.conversations.append(started.conversationID, inputs: "And then?")
            }
        }
        let spans = tracer.finishedSpans
        let created = try spans.operation("agents.create")
        let agentID = try #require(created.string(GenAIAttributes.agentID))
        let completion = try spans.operation("agents.complete")
        #expect(completion.operationName == "invoke_agent \(agentID)")
        #expect(completion.string(GenAIAttributes.agentID) == agentID)
        let start = try spans.operation("conversations.start")
        let conversationID = try #require(start.string(GenAIAttributes.conversationID))
        #expect(start.string(GenAIAttributes.outputMessages) != nil)
        let append = try spans.operation("conversations.append")
        #expect(append.string(GenAIAttributes.conversationID) == conversationID)
        #expect((append.int(GenAIAttributes.usageInputTokens) ?? 0) > 0)
    }

    @Test("conversations: tool executions the API reports become child spans")
    func toolExecutions() async throws {
        let json = #"""
            {"object":"conversation.response","conversation_id":"conv_1",
             "outputs":[
               {"object":"entry","type":"tool.execution","created_at":"2025-05-27T13:35:39.906Z","completed_at":"2025-05-27T13:35:41.022Z","id":"tool_exec_1","name":"web_search","arguments":"{\"query\": \"weather\"}","info":{"results":3}},
               {"object":"entry","type":"message.output","id":"msg_1","model":"mistral-medium-2505","role":"assistant","content":"Sunny."}
             ],
             "usage":{"prompt_tokens":188,"completion_tokens":40,"total_tokens":228}}
            """#
        let tracer = InMemoryTracer()
        let mistral = Mistral.scripted(ScriptedTransport(.text(json)))
        try await withTracer(tracer) {
            _ = try await mistral.conversations.start(
                ConversationStartRequest(inputs: "Weather?", model: "mistral-medium-latest"))
        }
        let turn = try tracer.finishedSpans.operation("conversations.start")
        let tool = try #require(tracer.finishedSpans.first { $0.operationName == "execute_tool web_search" })
        #expect(tool.parentSpanID == turn.spanID)
        #expect(tool.string(GenAIAttributes.toolName) == "web_search")
        #expect(tool.string(GenAIAttributes.toolCallArguments) == #"{"query": "weather"}"#)
        #expect(tool.string(WindsockAttributes.spanKind) == "tool")
        #expect(turn.string(GenAIAttributes.responseModel) == "mistral-medium-2505")
        #expect(turn.int(GenAIAttributes.usageOutputTokens) == 40)
    }
}
