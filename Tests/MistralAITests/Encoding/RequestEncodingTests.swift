import Foundation
import Testing

@testable import MistralAI

@Suite("Encoding requests")
struct RequestEncodingTests {
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)
    }

    @Test("a minimal chat request has only model and messages: nil fields are left out")
    func minimal() throws {
        let request = ChatCompletionRequest(model: "mistral-small-latest", messages: [.user("Hi")])
        #expect(try json(request) == #"{"messages":[{"content":"Hi","role":"user"}],"model":"mistral-small-latest"}"#)
    }

    @Test("every chat parameter uses its snake_case wire name")
    func allParameters() throws {
        let request = ChatCompletionRequest(
            model: "mistral-large-latest",
            messages: [.system("Be brief."), .user("Hi")],
            temperature: 0.3,
            topP: 0.9,
            maxTokens: 100,
            stop: ["\n\n", "END"],
            randomSeed: 42,
            metadata: ["user": "u1"],
            responseFormat: .jsonObject,
            tools: [.function(name: "f", description: "does f", parameters: ["type": "object"], strict: true)],
            toolChoice: .any,
            presencePenalty: 0.5,
            frequencyPenalty: -0.5,
            n: 2,
            prediction: .content("draft"),
            parallelToolCalls: false,
            reasoningEffort: .disabled,
            promptMode: .reasoning,
            guardrails: [["block_on_error": true]],
            promptCacheKey: "k",
            serviceTier: .standardOnly,
            safePrompt: true
        )
        let body = try JSONValue(encoding: request)
        let keys = Set(body.objectValue?.keys.map { $0 } ?? [])
        #expect(
            keys == [
                "model", "messages", "temperature", "top_p", "max_tokens", "stop", "random_seed", "metadata",
                "response_format", "tools", "tool_choice", "presence_penalty", "frequency_penalty", "n", "prediction",
                "parallel_tool_calls", "reasoning_effort", "prompt_mode", "guardrails", "prompt_cache_key",
                "service_tier", "safe_prompt",
            ]
        )
        #expect(body["random_seed"] == 42)
        #expect(body["stop"] == ["\n\n", "END"])
        #expect(body["response_format"] == ["type": "json_object"])
        #expect(body["tool_choice"] == "any")
        #expect(body["reasoning_effort"] == "none")
        #expect(body["service_tier"] == "standard_only")
        #expect(body["prediction"] == ["type": "content", "content": "draft"])
        #expect(
            body["tools"] == [
                [
                    "type": "function",
                    "function": [
                        "name": "f", "description": "does f", "parameters": ["type": "object"], "strict": true,
                    ],
                ]
            ]
        )
        let decoded = try JSONDecoder().decode(ChatCompletionRequest.self, from: Data(try json(request).utf8))
        #expect(decoded == request)
    }

    @Test("response formats: text, json_object, json_schema")
    func responseFormats() throws {
        #expect(try json(ResponseFormat.text) == #"{"type":"text"}"#)
        let schema = ResponseFormat.jsonSchema(name: "book", schema: ["type": "object", "required": ["title"]])
        #expect(
            try json(schema)
                == #"{"json_schema":{"name":"book","schema":{"required":["title"],"type":"object"},"strict":true},"type":"json_schema"}"#
        )
        #expect(try JSONDecoder().decode(ResponseFormat.self, from: Data(try json(schema).utf8)) == schema)
    }

    @Test("tool choices: strings and a named function")
    func toolChoices() throws {
        #expect(try json([ToolChoice.auto, .disabled, .any, .required]) == #"["auto","none","any","required"]"#)
        #expect(try json(ToolChoice.function(name: "weather")) == #"{"function":{"name":"weather"},"type":"function"}"#)
        let decoded = try JSONDecoder().decode(
            [ToolChoice].self, from: Data(#"["none",{"type":"function","function":{"name":"w"}},"sometimes"]"#.utf8))
        #expect(decoded == [.disabled, .function(name: "w"), .unknown("sometimes")])
    }

    @Test("every message role and content chunk")
    func messages() throws {
        let call = ToolCall(id: "D681PevKs", name: "weather", arguments: #"{"city":"Paris"}"#)
        let messages: [ChatMessage] = [
            .system("sys"),
            .user([
                .text("Describe"),
                .imageURL("https://example.com/a.png"),
                .imageURL("data:image/png;base64,AAA", detail: .high),
                .documentURL("https://example.com/a.pdf", name: "a.pdf"),
                .file(fileID: "f-1"),
                .inputAudio("UklGR"),
                .thinking(ThinkingChunk(thinking: [.text("hmm")], signature: "sig", closed: true)),
            ]),
            .assistant(toolCalls: [call]),
            .tool("22°C", for: call),
            .assistant("Le", prefix: true),
        ]
        let body = try JSONValue(encoding: messages)
        #expect(body[0] == ["role": "system", "content": "sys"])
        let chunks = try #require(body[1]?["content"])
        #expect(chunks[0] == ["type": "text", "text": "Describe"])
        #expect(chunks[1] == ["type": "image_url", "image_url": "https://example.com/a.png"])
        #expect(
            chunks[2] == ["type": "image_url", "image_url": ["url": "data:image/png;base64,AAA", "detail": "high"]])
        #expect(
            chunks[3] == [
                "type": "document_url", "document_url": "https://example.com/a.pdf", "document_name": "a.pdf",
            ])
        #expect(chunks[4] == ["type": "file", "file_id": "f-1"])
        #expect(chunks[5] == ["type": "input_audio", "input_audio": "UklGR"])
        #expect(
            chunks[6] == [
                "type": "thinking", "thinking": [["type": "text", "text": "hmm"]], "signature": "sig", "closed": true,
            ])
        #expect(
            body[2] == [
                "role": "assistant",
                "tool_calls": [
                    [
                        "id": "D681PevKs", "type": "function",
                        "function": ["name": "weather", "arguments": #"{"city":"Paris"}"#],
                    ]
                ],
            ]
        )
        #expect(body[3] == ["role": "tool", "content": "22°C", "tool_call_id": "D681PevKs", "name": "weather"])
        #expect(body[4] == ["role": "assistant", "content": "Le", "prefix": true])
        let decoded = try JSONDecoder().decode([ChatMessage].self, from: Data(try json(messages).utf8))
        #expect(decoded == messages)
    }

    @Test("a previous answer sent back keeps its tool calls")
    func answerRoundTrip() throws {
        let response = try JSONDecoder().decode(
            ChatCompletionResponse.self, from: Data(WireFixtures.toolCallResponse.utf8))
        let message = try #require(response.message)
        let body = try JSONValue(encoding: ChatMessage.assistant(message))
        #expect(body["role"] == "assistant")
        #expect(body["tool_calls"]?[0]?["id"] == "D681PevKs")
        #expect(body["prefix"] == nil)
    }

    @Test("built-in tools")
    func builtInTools() throws {
        let tools: [Tool] = [
            .webSearch, .webSearchPremium, .codeInterpreter, .imageGeneration, .documentLibrary(libraryIDs: ["l1"]),
            .connector(id: "c1"),
        ]
        #expect(
            try json(tools)
                == #"[{"type":"web_search"},{"type":"web_search_premium"},{"type":"code_interpreter"},{"type":"image_generation"},{"library_ids":["l1"],"type":"document_library"},{"connector_id":"c1","type":"connector"}]"#
        )
        #expect(try JSONDecoder().decode([Tool].self, from: Data(try json(tools).utf8)) == tools)
    }

    @Test("embeddings, FIM, OCR, moderation, classification, batch and fine-tuning bodies")
    func otherBodies() throws {
        #expect(
            try json(
                EmbeddingRequest(
                    model: "codestral-embed", input: ["a"], outputDimension: 256, outputDtype: .int8,
                    encodingFormat: .base64))
                == #"{"encoding_format":"base64","input":["a"],"model":"codestral-embed","output_dimension":256,"output_dtype":"int8"}"#
        )
        #expect(
            try json(
                FIMCompletionRequest(
                    model: "codestral-latest", prompt: "def f(", suffix: "return x", maxTokens: 20, minTokens: 1,
                    stop: ["\n\n"]))
                == #"{"max_tokens":20,"min_tokens":1,"model":"codestral-latest","prompt":"def f(","stop":["\n\n"],"suffix":"return x"}"#
        )
        #expect(
            try json(
                OCRRequest(
                    model: "mistral-ocr-latest", document: .documentURL("https://x/a.pdf"), pages: [0, 1],
                    includeImageBase64: true))
                == #"{"document":{"document_url":"https://x/a.pdf","type":"document_url"},"include_image_base64":true,"model":"mistral-ocr-latest","pages":[0,1]}"#
        )
        #expect(
            try json(OCRDocument.imageURL("https://x/a.png")) == #"{"image_url":"https://x/a.png","type":"image_url"}"#)
        #expect(
            try json(ChatModerationRequest(model: "mistral-moderation-latest", input: [[.user("hi")]]))
                == #"{"input":[[{"content":"hi","role":"user"}]],"model":"mistral-moderation-latest"}"#
        )
        #expect(
            try json(ChatClassificationRequest(model: "ft:classifier", messages: [.user("hi")]))
                == #"{"input":[{"messages":[{"content":"hi","role":"user"}]}],"model":"ft:classifier"}"#
        )
        let batchBody = ChatCompletionRequest(model: "mistral-small-latest", messages: [.user("hi")])
        #expect(
            try json(
                BatchJobCreationRequest(
                    endpoint: .chatCompletions, requests: [try BatchRequest(customID: "1", body: batchBody)],
                    timeoutHours: 2))
                == #"{"endpoint":"/v1/chat/completions","requests":[{"body":{"messages":[{"content":"hi","role":"user"}],"model":"mistral-small-latest"},"custom_id":"1"}],"timeout_hours":2}"#
        )
        #expect(
            try json(
                FineTuningJobCreationRequest(
                    model: "open-mistral-7b", trainingFiles: [TrainingFile(fileID: "f1", weight: 1)],
                    hyperparameters: .init(trainingSteps: 10, learningRate: 0.0001), autoStart: false))
                == #"{"auto_start":false,"hyperparameters":{"learning_rate":0.0001,"training_steps":10},"model":"open-mistral-7b","training_files":[{"file_id":"f1","weight":1}]}"#
        )
    }

    @Test("conversation inputs: text or entries, with typed entries")
    func conversationInputs() throws {
        let start = ConversationStartRequest(inputs: "Hello", model: "mistral-medium-latest", store: false)
        #expect(try json(start) == #"{"inputs":"Hello","model":"mistral-medium-latest","store":false}"#)
        let append = ConversationAppendRequest(
            inputs: .entries([.functionResult(toolCallID: "Ab3Cd5Ef7", result: "22°C"), .user("thanks")]))
        #expect(
            try json(append)
                == #"{"inputs":[{"result":"22°C","tool_call_id":"Ab3Cd5Ef7","type":"function.result"},{"content":"thanks","role":"user","type":"message.input"}]}"#
        )
        let restart = ConversationRestartRequest(inputs: "again", fromEntryID: "msg_1", agentVersion: .number(3))
        #expect(try json(restart) == #"{"agent_version":3,"from_entry_id":"msg_1","inputs":"again"}"#)
    }

    @Test("multipart upload: purpose and file parts")
    func multipart() throws {
        let request = FileUploadRequest(content: Data("{\"a\":1}\n".utf8), fileName: "train.jsonl", purpose: .fineTune)
        let (buffer, contentType) = request.multipartBody(boundary: "XYZ")
        #expect(contentType == "multipart/form-data; boundary=XYZ")
        #expect(
            String(buffer: buffer)
                == "--XYZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"
                + "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"train.jsonl\"\r\n"
                + "Content-Type: application/jsonl\r\n\r\n{\"a\":1}\n\r\n--XYZ--\r\n"
        )
        #expect(
            try json(request)
                == #"{"bytes":8,"content_type":"application/jsonl","file_name":"train.jsonl","purpose":"fine-tune"}"#)
    }

    @Test("JSONValue literals, accessors and round trips")
    func jsonValue() throws {
        let value: JSONValue = ["a": [1, 2.5, "x", true, nil], "b": ["c": "d"]]
        #expect(value["a"]?[0]?.intValue == 1)
        #expect(value["a"]?[1]?.doubleValue == 2.5)
        #expect(value["a"]?[1]?.intValue == nil)
        #expect(value["a"]?[2]?.stringValue == "x")
        #expect(value["a"]?[3]?.boolValue == true)
        #expect(value["a"]?[4]?.isNull == true)
        #expect(value["a"]?[9] == nil)
        #expect(value["b"]?["c"] == "d")
        #expect(value.jsonString == #"{"a":[1,2.5,"x",true,null],"b":{"c":"d"}}"#)
        #expect(try JSONValue(parsing: value.jsonString) == value)
        struct Point: Codable, Equatable { var x: Int }
        #expect(try JSONValue(encoding: Point(x: 3)).decode(as: Point.self) == Point(x: 3))
    }
}
