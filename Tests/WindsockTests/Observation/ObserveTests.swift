import Foundation
import MistralAI
import Testing
import Tracing
import Windsock

@Suite struct ObserveTests {
    struct Question: Codable, Sendable, Equatable { var text: String }

    @Test func observeNestsMistralCallsAndRecordsInputAndOutput() async throws {
        let test = try TestTracer()
        let spans = try await MockMistral.withClient { mistral in
            try await test.run {
                let answer = try await observe("find_best_painter", kind: .chain, input: Question(text: "Who?")) {
                    span in
                    span.setMetadata(["source": "docs"])
                    return try await mistral.chat.complete(
                        model: "mistral-small-latest", messages: [.user("Who is the best French painter?")]
                    ).text ?? ""
                }
                #expect(!answer.isEmpty)
            }
        }
        let chain = try spans.named("find_best_painter")
        let chat = try spans.named("chat mistral-small-latest")
        #expect(chat.parentSpanID == chain.spanID)
        #expect(chat.traceID == chain.traceID)
        #expect(chain.attributes.stringValue(WindsockAttributes.spanKind) == "chain")
        #expect(chain.attributes.stringValue(WindsockAttributes.input) == #"{"text":"Who?"}"#)
        #expect(chain.attributes.stringValue(WindsockAttributes.output)?.hasPrefix("\"") == true)
        #expect(chain.attributes.stringValue(WindsockAttributes.metadata) == #"{"source":"docs"}"#)
        #expect(chat.attributes.stringValue(WindsockAttributes.spanKind) == "llm")
    }

    @Test func syncObserveAndSettersOfEveryKind() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            observe("retrieve", kind: .retriever) { span in
                span.setRetrieverQuery("painters of Paris")
                span.setDocuments([RetrievedDocument(id: "d1", content: "Monet lived in Giverny", score: 0.9)])
            }
            observe("generate", kind: .llm, recordsOutput: false) { span in
                span.setModel("mistral-small-latest", provider: "mistral_ai")
                span.setModelParameters(["temperature": 0.3, "max_tokens": 100])
                span.setUsage(inputTokens: 12, outputTokens: 30)
                span.setPromptTemplate(
                    name: "painter-qa", version: "3", template: "Answer: {{q}}", variables: ["q": "Who?"])
                return 42
            }
            let tool = observe("lookup", kind: .tool) { _ in ["city": "Paris"] }
            #expect(tool == ["city": "Paris"])
        }
        let retrieve = try spans.named("retrieve")
        #expect(retrieve.attributes.stringValue(WindsockAttributes.spanKind) == "retriever")
        #expect(retrieve.attributes.stringValue(WindsockAttributes.input) == #""painters of Paris""#)
        let documents = try JSONValue(
            parsing: try #require(retrieve.attributes.stringValue(WindsockAttributes.output)))
        #expect(documents[0]?["id"] == "d1")
        #expect(documents[0]?["score"] == 0.9)
        let generate = try spans.named("generate")
        #expect(generate.attributes.stringValue(GenAIAttributes.requestModel) == "mistral-small-latest")
        #expect(generate.attributes.doubleValue(GenAIAttributes.requestTemperature) == 0.3)
        #expect(generate.attributes.intValue(GenAIAttributes.requestMaxTokens) == 100)
        #expect(generate.usage.inputTokens == 12)
        #expect(generate.usage.outputTokens == 30)
        #expect(generate.attributes.stringValue(WindsockAttributes.promptName) == "painter-qa")
        #expect(generate.attributes.stringValue(WindsockAttributes.promptVersion) == "3")
        #expect(generate.attributes.stringValue(WindsockAttributes.promptVariables) == #"{"q":"Who?"}"#)
        #expect(generate.attributes.get(WindsockAttributes.output) == nil)
        let lookup = try spans.named("lookup")
        #expect(lookup.attributes.stringValue(WindsockAttributes.output) == #"{"city":"Paris"}"#)
    }

    @Test func errorsMarkTheObservationAndAreRethrownUnchanged() async throws {
        struct Refused: Error, Equatable {}
        let test = try TestTracer()
        let spans = try await test.run {
            await #expect(throws: Refused.self) {
                try await observe("guarded", kind: .agent) { _ in throw Refused() }
            }
        }
        let span = try spans.named("guarded")
        #expect(span.isError)
        #expect(span.events.first?.name == "exception")
    }

    @Test func contextFollowsTaskGroupsAndCurrentObservation() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            await observe("fan_out", kind: .chain) { _ in
                await withTaskGroup(of: Void.self) { group in
                    for index in 0..<3 {
                        group.addTask {
                            await observe("worker \(index)", kind: .tool) { _ in
                                Windsock.currentObservation?.setMetadata(["index": .number(Double(index))])
                            }
                        }
                    }
                }
            }
        }
        let parent = try spans.named("fan_out")
        for index in 0..<3 {
            let worker = try spans.named("worker \(index)")
            #expect(worker.parentSpanID == parent.spanID)
            #expect(worker.attributes.stringValue(WindsockAttributes.metadata) == "{\"index\":\(index)}")
        }
    }

    @Test func traceUpdatesFromAnywhereLandOnTheRootAndLaterSpans() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            await observe("handle_request", kind: .chain) { _ in
                observe("early") { _ in }
                await observe("deep") { _ in
                    Windsock.updateCurrentTrace(
                        TraceUpdate(name: "painter-qa", userID: "user-7", sessionID: "session-1", tags: ["prod"]))
                    Windsock.updateCurrentTrace(
                        TraceUpdate(tags: ["beta"], metadata: ["plan": "pro"], input: "question", output: "answer"))
                }
                observe("late") { _ in }
            }
        }
        #expect(Windsock.updateCurrentTrace(TraceUpdate(name: "outside")) == false)
        let root = try spans.named("handle_request")
        #expect(root.attributes.stringValue(WindsockAttributes.traceName) == "painter-qa")
        #expect(root.attributes.stringValue(WindsockAttributes.userID) == "user-7")
        #expect(root.attributes.stringValue(WindsockAttributes.sessionID) == "session-1")
        #expect(root.attributes.get(WindsockAttributes.traceTags) == .stringArray(["prod", "beta"]))
        #expect(root.attributes.stringValue(WindsockAttributes.metadata) == #"{"plan":"pro"}"#)
        #expect(root.attributes.stringValue(WindsockAttributes.input) == #""question""#)
        #expect(root.attributes.stringValue(WindsockAttributes.traceInput) == #""question""#)
        #expect(root.attributes.stringValue(WindsockAttributes.traceOutput) == #""answer""#)
        #expect(try spans.named("deep").attributes.stringValue(WindsockAttributes.userID) == "user-7")
        #expect(try spans.named("late").attributes.stringValue(WindsockAttributes.sessionID) == "session-1")
        #expect(try spans.named("early").attributes.get(WindsockAttributes.userID) == nil)
        let trace = try #require(test.tracer.trace(id: root.traceID))
        #expect(trace.name == "painter-qa")
    }
}
