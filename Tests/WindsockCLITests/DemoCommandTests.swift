import Foundation
import OrderedJSON
import Testing

/// `windsock demo --exit` against the emulator: every workflow's trace is in the store with the right shape.
@Suite("windsock demo")
struct DemoCommandTests {
    /// The spans of a trace, by name, with helpers to look at their shape.
    struct TraceShape {
        let trace: JSONValue
        var spans: [JSONValue] { trace["spans"]?.arrayValue ?? [] }
        var root: JSONValue? { spans.first { $0["parent_span_id"]?.isNull ?? true } }

        func spans(kind: String) -> [JSONValue] { spans.filter { $0["kind"]?.stringValue == kind } }
        func span(named name: String) -> JSONValue? { spans.first { $0["name"]?.stringValue == name } }
        func children(of span: JSONValue?) -> [JSONValue] {
            guard let id = span?["span_id"]?.stringValue else { return [] }
            return spans.filter { $0["parent_span_id"]?.stringValue == id }
        }
        func int(_ key: String) -> Int { trace[key]?.intValue ?? -1 }
    }

    @Test("every workflow lands as a trace with its nesting, kinds, tokens, cost, TTFT, tools, session and error")
    func demoTracesHaveTheRightShape() async throws {
        let folder = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("demo.sqlite").path
        let run = try await CLIProcess.run(["demo", "--exit", "--port", "0", "--sqlite", database])
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("Mistral emulator on http://127.0.0.1:"))
        #expect(run.output.contains("total: 13 traces"))
        #expect(run.output.contains("Traces: http://127.0.0.1:"))
        #expect(!run.output.contains("not stored yet"))

        try await StoreReader.withAPI(sqlite: database) { api in
            let list = try await api.get("/api/v1/traces?tag=windsock-demo&limit=100")
            let summaries = list["data"]?.arrayValue ?? []
            #expect(summaries.count == 13)
            var shapes: [String: [TraceShape]] = [:]
            for summary in summaries {
                let id = try #require(summary["trace_id"]?.stringValue)
                let detail = try await api.get("/api/v1/traces/\(id)")
                shapes[detail["name"]?.stringValue ?? "", default: []].append(TraceShape(trace: detail))
            }
            try checkSimpleChat(try #require(shapes["demo.simple_chat"]?.first))
            try checkChained(try #require(shapes["demo.chained_completions"]?.first))
            try checkStreaming(try #require(shapes["demo.streaming"]?.first), streams: 1)
            try checkStreaming(try #require(shapes["demo.async_streaming"]?.first), streams: 2)
            checkConcurrent(try #require(shapes["demo.async"]?.first))
            try checkFunctionCalling(try #require(shapes["demo.function_calling"]?.first))
            checkEmbeddings(try #require(shapes["demo.embeddings"]?.first))
            try checkRAG(try #require(shapes["demo.rag"]?.first))
            try checkAgent(try #require(shapes["demo.agent"]?.first))
            try await checkConversation(shapes["demo.conversation_turn"] ?? [], api: api)
            try checkFailure(try #require(shapes["demo.failing_call"]?.first))
        }
    }

    private func checkPricedLLM(_ span: JSONValue?) {
        #expect(span?["model"]?.stringValue == "mistral-small-latest")
        #expect((span?["input_tokens"]?.intValue ?? 0) > 0)
        #expect((span?["output_tokens"]?.intValue ?? 0) > 0)
        #expect((span?["cost_usd"]?.doubleValue ?? 0) > 0)
        #expect(span?["status"]?.stringValue == "ok")
    }

    private func checkSimpleChat(_ shape: TraceShape) throws {
        #expect(shape.root?["kind"]?.stringValue == "chain")
        let llm = shape.children(of: shape.root).filter { $0["kind"]?.stringValue == "llm" }
        #expect(llm.count == 1)
        checkPricedLLM(llm.first)
        #expect(llm.first?["parameters"]?["temperature"]?.doubleValue == 0.3)
        #expect(shape.int("total_tokens") == llm.first?["total_tokens"]?.intValue)
        #expect((shape.trace["cost_usd"]?.doubleValue ?? 0) > 0)
        #expect(shape.trace["status"]?.stringValue == "ok")
    }

    private func checkChained(_ shape: TraceShape) throws {
        let steps = shape.children(of: shape.root)
        #expect(steps.map { $0["name"]?.stringValue } == ["find_capital", "describe_capital"])
        for step in steps {
            let calls = shape.children(of: step)
            #expect(calls.count == 1 && calls.first?["kind"]?.stringValue == "llm")
            checkPricedLLM(calls.first)
        }
        #expect(
            shape.int("total_tokens") == shape.spans(kind: "llm").reduce(0) { $0 + ($1["total_tokens"]?.intValue ?? 0) }
        )
    }

    private func checkStreaming(_ shape: TraceShape, streams: Int) throws {
        let llm = shape.spans(kind: "llm")
        #expect(llm.count == streams)
        for span in llm {
            checkPricedLLM(span)
            #expect((span["time_to_first_token_ms"]?.doubleValue ?? 0) > 0)
            #expect(span["parent_span_id"]?.stringValue == shape.root?["span_id"]?.stringValue)
        }
    }

    private func checkConcurrent(_ shape: TraceShape) {
        let llm = shape.children(of: shape.root).filter { $0["kind"]?.stringValue == "llm" }
        #expect(llm.count == 3)
        llm.forEach(checkPricedLLM)
    }

    private func checkFunctionCalling(_ shape: TraceShape) throws {
        let children = shape.children(of: shape.root)
        #expect(children.map { $0["kind"]?.stringValue } == ["llm", "tool", "llm"])
        let tool = try #require(shape.span(named: "get_weather"))
        #expect(tool["kind"]?.stringValue == "tool")
        #expect(tool["input"]?["city"] != nil)
        #expect(tool["output"]?["temperature_c"]?.intValue == 18)
        #expect(children.first?["finish_reasons"]?.arrayValue?.first?.stringValue == "tool_calls")
    }

    private func checkEmbeddings(_ shape: TraceShape) {
        let embedding = shape.spans(kind: "embedding")
        #expect(embedding.count == 1)
        #expect(embedding.first?["model"]?.stringValue == "mistral-embed")
        #expect((embedding.first?["input_tokens"]?.intValue ?? 0) > 0)
    }

    private func checkRAG(_ shape: TraceShape) throws {
        #expect(shape.children(of: shape.root).map { $0["kind"]?.stringValue } == ["embedding", "retriever", "chain"])
        let retriever = try #require(shape.span(named: "retrieve_documents"))
        #expect(retriever["input"]?.stringValue == "How tall is the Eiffel Tower?")
        #expect(retriever["output"]?.arrayValue?.count == 2)
        #expect(retriever["output"]?.arrayValue?.first?["id"]?.stringValue == "doc-1")
        let answer = try #require(shape.span(named: "answer_from_context"))
        #expect(answer["prompt"]?["name"]?.stringValue == "rag_answer")
        #expect(answer["prompt"]?["variables"]?["question"]?.stringValue == "How tall is the Eiffel Tower?")
        let llm = shape.children(of: answer)
        #expect(llm.count == 1)
        checkPricedLLM(llm.first)
    }

    private func checkAgent(_ shape: TraceShape) throws {
        let agent = try #require(shape.span(named: "travel_agent"))
        #expect(agent["kind"]?.stringValue == "agent")
        let steps = shape.children(of: agent)
        #expect(steps.map { $0["kind"]?.stringValue } == ["llm", "tool", "tool", "llm"])
        #expect(
            Set(steps.filter { $0["kind"]?.stringValue == "tool" }.compactMap { $0["name"]?.stringValue })
                == ["get_weather", "get_time"])
    }

    private func checkConversation(_ turns: [TraceShape], api: StoreReader) async throws {
        #expect(turns.count == 3)
        let sessions = Set(turns.compactMap { $0.trace["session_id"]?.stringValue })
        #expect(sessions.count == 1)
        #expect(turns.allSatisfy { $0.trace["user_id"]?.stringValue == "demo-user-7" })
        let session = try #require(sessions.first)
        #expect(session.hasPrefix("demo-session-"))
        let history = try await api.get("/api/v1/sessions/\(session)")
        let traces = history["data"]?.arrayValue ?? []
        #expect(traces.count == 3)
        // Each turn sends the history before it: the prompt grows.
        let inputs = turns.sorted {
            ($0.trace["start_time"]?.stringValue ?? "") < ($1.trace["start_time"]?.stringValue ?? "")
        }
        .map { $0.spans(kind: "llm").first?["input_tokens"]?.intValue ?? 0 }
        #expect(inputs == inputs.sorted() && Set(inputs).count == 3)
    }

    private func checkFailure(_ shape: TraceShape) throws {
        #expect(shape.trace["status"]?.stringValue == "error")
        let llm = try #require(shape.spans(kind: "llm").first)
        #expect(llm["status"]?.stringValue == "error")
        #expect(llm["status_message"]?.stringValue?.contains("Invalid model") == true)
        #expect(llm["model"]?.stringValue == "mistral-imaginary-latest")
    }
}
