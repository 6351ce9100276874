import MistralAI

/// The SDK-overhead scenario: sequential chat calls, then sequential streams read to their end, against the
/// local Mistral emulator. `bench/compare/sdk_driver.py` runs the same calls with the Python `mistralai` SDK.
struct SDKScenario {
    var mistral: Mistral
    var model: String

    /// The messages of every call (the Python driver sends the same).
    static let messages: [ChatMessage] = [
        .system("You are a concise assistant for a sailing school."),
        .user("In two sentences, how should a beginner read the wind before leaving the harbour?"),
    ]

    /// Runs `calls` chat completions, then `streams` streams; returns the streamed chunks read.
    @discardableResult
    func run(calls: Int, streams: Int) async throws -> Int {
        for _ in 0..<calls {
            _ = try await mistral.chat.complete(model: model, messages: Self.messages, temperature: 0.3)
        }
        var chunks = 0
        for _ in 0..<streams {
            for try await _ in try await mistral.chat.stream(model: model, messages: Self.messages, temperature: 0.3) {
                chunks += 1
            }
        }
        return chunks
    }
}
