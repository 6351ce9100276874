import Foundation
import Testing

@testable import MistralAI

@Suite("Decoding real answers")
struct ResponseDecodingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test("a text completion")
    func textCompletion() throws {
        let response = try decode(ChatCompletionResponse.self, WireFixtures.textResponse)
        #expect(response.id == "cmpl-e5cc70bb28c444948073e77776eb30ef")
        #expect(response.text == "Claude Monet is often considered the best French painter.")
        #expect(response.finishReason == .stop)
        #expect(response.usage?.promptTokens == 16)
        #expect(response.usage?.completionTokens == 34)
        #expect(response.created == 1_702_256_327)
        #expect(response.toolCalls.isEmpty)
    }

    @Test("a tool call completion with logprobs:null, prefix:false and empty content")
    func toolCallCompletion() throws {
        let response = try decode(ChatCompletionResponse.self, WireFixtures.toolCallResponse)
        #expect(response.finishReason == .toolCalls)
        #expect(response.text == "")
        #expect(response.choices.first?.logprobs == nil)
        let call = try #require(response.toolCalls.first)
        #expect(call.id == "D681PevKs")
        #expect(call.type == .function)
        #expect(call.index == 0)
        #expect(call.function.name == "retrieve_payment_status")
        #expect(try call.function.argumentsJSON()["transaction_id"] == "T1001")
    }

    @Test("tool call arguments sent as an object are kept as JSON text")
    func objectArguments() throws {
        let call = try decode(ToolCall.self, #"{"id":"abcdefghi","function":{"name":"f","arguments":{"b":2,"a":"x"}}}"#)
        #expect(call.function.arguments == #"{"a":"x","b":2}"#)
    }

    @Test("newer usage fields: prompt_tokens_details, prompt_audio_seconds as {} in the spec's own example")
    func lenientUsage() throws {
        let usage = try decode(
            UsageInfo.self,
            #"{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,"prompt_tokens_details":{"cached_tokens":8},"prompt_audio_seconds":{}}"#
        )
        #expect(usage.promptTokensDetails?.cachedTokens == 8)
        #expect(usage.promptAudioSeconds == nil)
        let agents = try decode(ChatCompletionResponse.self, SpecExamples.agentsCompletion)
        #expect(agents.usage?.totalTokens == 51)
        #expect(agents.text?.hasPrefix("Arrr") == true)
    }

    @Test("unknown fields are ignored and unknown enum values decode to .unknown and re-encode unchanged")
    func forwardCompatibility() throws {
        let json = #"""
            {"id":"x","object":"chat.completion","model":"m","created":1,"brand_new":{"a":1},
             "choices":[{"index":0,"message":{"role":"assistant","content":[{"type":"hologram","depth":3},{"type":"text","text":"hi"}]},"finish_reason":"content_filter"}]}
            """#
        let response = try decode(ChatCompletionResponse.self, json)
        #expect(response.finishReason == .unknown("content_filter"))
        #expect(response.text == "hi")
        let chunks = response.message?.content?.chunks ?? []
        #expect(chunks.first == .unknown(["type": "hologram", "depth": 3]))
        let reencoded = try JSONValue(encoding: response)
        #expect(reencoded["choices"]?[0]?["finish_reason"] == "content_filter")
        #expect(reencoded["choices"]?[0]?["message"]?["content"]?[0] == ["type": "hologram", "depth": 3])
        #expect(FinishReason(rawValue: "tool_calls") == .toolCalls)
        #expect(ReasoningEffort(rawValue: "none") == .disabled)
    }

    @Test("spec example: FIM completion")
    func fim() throws {
        let response = try decode(FIMCompletionResponse.self, SpecExamples.fimCompletion)
        #expect(response.model == "codestral-2508")
        #expect(response.text?.hasPrefix("add_numbers(a: int, b: int) -> int:") == true)
        #expect(response.usage?.completionTokens == 91)
    }

    @Test("spec example: embeddings")
    func embeddings() throws {
        let response = try decode(EmbeddingResponse.self, SpecExamples.embeddings)
        #expect(response.model == "mistral-embed")
        #expect(response.vectors.count == 2)
        #expect(response.vectors[0].first == -0.016632080078125)
        #expect(response.usage?.completionTokens == 0)
        let base64 = try decode(Embedding.self, #"{"object":"embedding","embedding":"AAAAAA==","index":0}"#)
        #expect(base64.base64 == "AAAAAA==")
        #expect(base64.embedding.isEmpty)
    }

    @Test("spec examples: moderation of texts and chats")
    func moderation() throws {
        for json in [SpecExamples.moderations, SpecExamples.chatModerations] {
            let response = try decode(ModerationResponse.self, json)
            #expect(response.model == "mistral-moderation-latest")
            let result = try #require(response.results.first)
            #expect(result.categories.count == 9)
            #expect(!result.isFlagged)
            #expect(result.categoryScores["sexual"] ?? 1 < 0.01)
        }
    }

    @Test("spec example: OCR")
    func ocr() throws {
        let response = try decode(OCRResponse.self, SpecExamples.ocr)
        #expect(!response.pages.isEmpty)
        #expect(response.pages[0].markdown.hasPrefix("# LEVERAGING UNLABELED DATA"))
        #expect(response.usageInfo?.pagesProcessed ?? 0 > 0)
    }

    @Test("spec examples: models (a bare array in the spec, an object on the wire), retrieve and delete")
    func models() throws {
        let bare = try decode(ModelList.self, SpecExamples.modelsList)
        #expect(bare.data.first?.root == "open-mistral-7b")
        #expect(bare.data.first?.capabilities.completionChat == true)
        #expect(bare.data.first?.capabilities.vision == false)
        let wrapped = try decode(
            ModelList.self,
            #"{"object":"list","data":[{"id":"mistral-small-2603","object":"model","type":"base","capabilities":{"completion_chat":true,"function_calling":true,"new_skill":true},"aliases":["mistral-small-latest"]}]}"#
        )
        #expect(wrapped.data.first?.type == .base)
        #expect(wrapped.data.first?.capabilities.functionCalling == true)
        #expect(wrapped.data.first?.capabilities.all["new_skill"] == true)
        #expect(try decode(ModelCard.self, SpecExamples.modelRetrieve).job == "<job_id>")
        let deletion = try decode(DeletionStatus.self, SpecExamples.modelDelete)
        #expect(deletion.id == "ft:open-mistral-7b:587a6b29:20240514:7e773925")
        #expect(deletion.deleted)
    }

    @Test("spec examples: files (bytes may be null)")
    func files() throws {
        let uploaded = try decode(MistralFile.self, SpecExamples.fileUpload)
        #expect(uploaded.id == "e85980c9-409e-4a46-9304-36588f6292b0")
        #expect(uploaded.purpose == .fineTune)
        #expect(uploaded.sampleType == .instruct)
        #expect(uploaded.source == .upload)
        #expect(uploaded.numLines == 2)
        let list = try decode(FileList.self, SpecExamples.filesList)
        #expect(list.total == 2)
        #expect(list.data.allSatisfy { $0.sampleType == .batchResult && $0.source == .mistral })
        #expect(try decode(MistralFile.self, SpecExamples.fileRetrieve).deleted == false)
        #expect(try decode(DeletionStatus.self, SpecExamples.fileDelete).deleted)
        #expect(try decode(FileSignedURL.self, SpecExamples.fileSignedURL).url.hasPrefix("https://"))
    }

    @Test("a conversation response with every entry type")
    func conversation() throws {
        let json = #"""
            {"object":"conversation.response","conversation_id":"conv_06835b9dc0c7749180001958779d13c5",
             "outputs":[
               {"object":"entry","type":"tool.execution","created_at":"2025-05-27T13:35:39.906Z","completed_at":"2025-05-27T13:35:41.022Z","id":"tool_exec_1","name":"web_search","arguments":"{\"query\": \"weather\"}","info":{"results":3}},
               {"object":"entry","type":"function.call","id":"fc_1","tool_call_id":"Ab3Cd5Ef7","name":"get_weather","arguments":{"city":"Paris"}},
               {"object":"entry","type":"agent.handoff","id":"h1","previous_agent_id":"ag_1","previous_agent_name":"Router","next_agent_id":"ag_2","next_agent_name":"Meteo"},
               {"object":"entry","type":"message.output","id":"msg_1","model":"mistral-medium-2505","agent_id":"ag_2","role":"assistant",
                "content":[{"type":"text","text":"Sunny, "},{"type":"tool_reference","tool":"web_search","title":"Météo","url":"https://meteo.example"},{"type":"text","text":"22°C."}]},
               {"object":"entry","type":"mystery.entry","payload":1}
             ],
             "usage":{"prompt_tokens":188,"completion_tokens":40,"total_tokens":228,"connector_tokens":12,"connectors":{"web_search":1}}}
            """#
        let response = try decode(ConversationResponse.self, json)
        #expect(response.conversationID == "conv_06835b9dc0c7749180001958779d13c5")
        #expect(
            response.outputs.map(\.type) == [
                "tool.execution", "function.call", "agent.handoff", "message.output", "mystery.entry",
            ])
        #expect(response.text == "Sunny, 22°C.")
        #expect(response.functionCalls.first?.arguments == #"{"city":"Paris"}"#)
        #expect(response.usage?.connectors == ["web_search": 1])
        guard case .toolExecution(let execution) = response.outputs[0],
            case .agentHandoff(let handoff) = response.outputs[2]
        else {
            Issue.record("unexpected entries")
            return
        }
        #expect(execution.info?["results"] == 3)
        #expect(handoff.nextAgentName == "Meteo")
    }

    @Test("an agent with built-in and function tools, and a tool this library does not know")
    func agent() throws {
        let json = #"""
            {"object":"agent","id":"ag_0684","name":"Weather","model":"mistral-medium-latest","instructions":"Be brief.",
             "tools":[{"type":"web_search"},{"type":"function","function":{"name":"f","description":"d","parameters":{"type":"object"}}},
                      {"type":"document_library","library_ids":["lib_1"]},{"type":"web_search","tool_configuration":{"exclude":["x"]}},{"type":"teleport"}],
             "completion_args":{"temperature":0.3,"stop":"END","tool_choice":"auto"},"version":2,"versions":[1,2],
             "created_at":"2025-05-27T13:35:39.906Z","updated_at":"2025-05-27T13:35:39.906Z","deployment_chat":false,"source":"api"}
            """#
        let agent = try decode(Agent.self, json)
        #expect(agent.tools.count == 5)
        #expect(agent.tools[0] == .webSearch)
        #expect(agent.tools[1].functionDefinition?.name == "f")
        #expect(agent.tools[2] == .documentLibrary(libraryIDs: ["lib_1"]))
        #expect(agent.tools[3] == .unknown(["type": "web_search", "tool_configuration": ["exclude": ["x"]]]))
        #expect(agent.tools[4].type == "teleport")
        #expect(agent.completionArgs?.stop == ["END"])
        #expect(agent.completionArgs?.toolChoice == .auto)
        #expect(agent.versions == [1, 2])
    }

    @Test("batch and fine-tuning jobs, and a dry run")
    func jobs() throws {
        let batch = try decode(
            BatchJob.self,
            #"{"id":"b-1","object":"batch","input_files":[],"endpoint":"/v1/chat/completions","model":"mistral-small-latest","errors":[{"message":"bad","count":2}],"status":"RUNNING","created_at":1,"total_requests":3,"completed_requests":1,"succeeded_requests":1,"failed_requests":0,"started_at":2,"completed_at":null}"#
        )
        #expect(batch.status == .running)
        #expect(!batch.isFinished)
        #expect(batch.errors == [BatchError(message: "bad", count: 2)])
        let job = try decode(
            FineTuningJob.self,
            #"{"id":"ft-1","auto_start":false,"model":"open-mistral-7b","status":"VALIDATED","job_type":"completion","created_at":1,"modified_at":2,"training_files":["f1"],"hyperparameters":{"training_steps":10,"learning_rate":0.0001},"events":[{"name":"status-updated","data":{"status":"VALIDATED"},"created_at":2}],"checkpoints":[]}"#
        )
        #expect(job.status == .validated)
        #expect(job.hyperparameters?.trainingSteps == 10)
        #expect(job.events?.first?.data?["status"] == "VALIDATED")
        let dryRun = try decode(
            FineTuningJobMetadata.self,
            #"{"object":"job.metadata","expected_duration_seconds":220,"cost":10.5,"cost_currency":"EUR","train_tokens":1000,"data_tokens":100,"details":"","epochs":4.2,"training_steps":10,"deprecated":true}"#
        )
        #expect(dryRun.cost == 10.5)
        #expect(dryRun.trainingSteps == 10)
    }
}
