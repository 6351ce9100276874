import Foundation

/// The Mistral AI API client.
///
/// ```swift
/// let mistral = Mistral()  // reads MISTRAL_API_KEY
/// let response = try await mistral.chat.complete(
///     model: "mistral-small-latest",
///     messages: [.system("Answer briefly."), .user("Who painted the Mona Lisa?")]
/// )
/// print(response.text ?? "")
/// ```
///
/// The client is a value: copy it freely and share it between tasks. With the default transport there is
/// nothing to shut down.
public struct Mistral: Sendable {
    /// The settings this client was made with.
    public var configuration: MistralConfiguration { runtime.configuration }

    let runtime: MistralRuntime

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - apiKey: The API key. When `nil`, the `MISTRAL_API_KEY` environment variable is read; when neither
    ///     is set, every call throws ``MistralError/missingAPIKey`` (unless
    ///     ``MistralConfiguration/extraHeaders`` carries its own `Authorization`).
    ///   - configuration: Base URL, timeouts, retries, headers, transport, middlewares and logger.
    public init(apiKey: String? = nil, configuration: MistralConfiguration = MistralConfiguration()) {
        let key = APIKey(apiKey) ?? APIKey(ProcessInfo.processInfo.environment["MISTRAL_API_KEY"])
        runtime = MistralRuntime(apiKey: key, configuration: configuration)
    }

    init(runtime: MistralRuntime) {
        self.runtime = runtime
    }

    /// Whether an API key is available.
    public var hasAPIKey: Bool { runtime.apiKey != nil }

    /// Chat completions, streamed or not.
    public var chat: Chat { Chat(runtime: runtime) }
    /// Fill-in-the-middle code completions (Codestral).
    public var fim: FIM { FIM(runtime: runtime) }
    /// Text embeddings.
    public var embeddings: Embeddings { Embeddings(runtime: runtime) }
    /// Agents: completions with an agent, and agent management.
    public var agents: Agents { Agents(runtime: runtime) }
    /// Conversations with server-side state (beta).
    public var conversations: Conversations { Conversations(runtime: runtime) }
    /// Moderation of texts and chats.
    public var moderations: Moderations { Moderations(runtime: runtime) }
    /// Classification with fine-tuned classifier models.
    public var classifiers: Classifiers { Classifiers(runtime: runtime) }
    /// Document OCR.
    public var ocr: OCR { OCR(runtime: runtime) }
    /// Model listing and fine-tuned model deletion.
    public var models: Models { Models(runtime: runtime) }
    /// File upload and management.
    public var files: Files { Files(runtime: runtime) }
    /// Batch jobs.
    public var batch: Batch { Batch(runtime: runtime) }
    /// Fine-tuning jobs (deprecated by Mistral, still served).
    public var fineTuning: FineTuning { FineTuning(runtime: runtime) }
}

extension Mistral: CustomStringConvertible {
    public var description: String {
        "Mistral(baseURL: \(configuration.baseURL), apiKey: \(hasAPIKey ? "<redacted>" : "none"))"
    }
}
