import MistralAI
import Testing
import Windsock

/// `observe` called from actor-isolated code (`@main`'s `@MainActor`, an actor's method) with a closure that uses
/// the actor's state: this only compiles in Swift 6 when `observe` runs its body on the caller's actor.
@Suite struct ObserveIsolationTests {
    @MainActor final class Conversation {
        var turns: [String] = []

        func ask(_ question: String) async throws -> String {
            try await observe("ask", kind: .chain, input: question) { span in
                turns.append(question)
                span.setMetadata(["turn": .number(Double(turns.count))])
                await Task.yield()
                return "answer \(turns.count)"
            }
        }
    }

    actor Memory {
        var facts: [String] = []

        func remember(_ fact: String) async -> Int {
            await observe("remember", kind: .tool) { _ in
                facts.append(fact)
                await Task.yield()
                return facts.count
            }
        }
    }

    @Test func observeRunsOnTheMainActorAndInsideAnActor() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            let conversation = await Conversation()
            let first = try await conversation.ask("Who painted the water lilies?")
            let second = try await conversation.ask("Where did he live?")
            #expect([first, second] == ["answer 1", "answer 2"])
            let memory = Memory()
            #expect(await memory.remember("Monet lived in Giverny") == 1)
        }
        #expect(spans.filter { $0.name == "ask" }.count == 2)
        let remember = try spans.named("remember")
        #expect(remember.attributes.stringValue(WindsockAttributes.spanKind) == "tool")
        #expect(remember.attributes.stringValue(WindsockAttributes.output) == "1")
    }
}
