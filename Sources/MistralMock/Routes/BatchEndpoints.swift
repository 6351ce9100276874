import OrderedJSON

/// The endpoints a batch job may target, each answered by the same logic as the live route.
enum BatchEndpoints {
    /// A live route's body handler.
    typealias Handler = @Sendable (JSONValue, MockService) async throws -> MockReply

    /// The handler of `endpoint`, if batch jobs support it.
    static func handler(for endpoint: String) -> Handler? {
        switch endpoint {
        case "/v1/chat/completions": return ChatRoutes.chatCompletion
        case "/v1/fim/completions": return FIMRoutes.fimCompletion
        case "/v1/agents/completions": return AgentRoutes.agentsCompletion
        case "/v1/embeddings": return EmbeddingRoutes.embeddings
        case "/v1/moderations": return ModerationRoutes.moderations
        case "/v1/chat/moderations": return ModerationRoutes.chatModerations
        case "/v1/classifications": return ClassifierRoutes.classifications
        case "/v1/chat/classifications": return ClassifierRoutes.chatClassifications
        case "/v1/ocr": return OCRRoutes.ocr
        default: return nil
        }
    }

    /// The capability a job's `model` needs for `endpoint`.
    static func capability(for endpoint: String) -> ModelCapabilities {
        switch endpoint {
        case "/v1/fim/completions": return .completionFIM
        case "/v1/embeddings": return .embedding
        case "/v1/moderations", "/v1/chat/moderations": return .moderation
        case "/v1/classifications", "/v1/chat/classifications": return .classification
        case "/v1/ocr": return .ocr
        default: return .completionChat
        }
    }

    /// Runs one request line: the status and body the live endpoint would answer.
    static func run(_ body: JSONObject, endpoint: String, service: MockService) async -> (status: Int, body: JSONValue)
    {
        guard let handler = handler(for: endpoint) else {
            return (400, MockAPIError.invalidRequest("Unsupported endpoint \(endpoint)").body)
        }
        var request = body
        if request["stream"] != nil {
            request["stream"] = false
        }
        do {
            switch try await handler(.object(request), service) {
            case .json(let value, let status, _): return (Int(status.code), value)
            case .noContent: return (204, .null)
            case .bytes(let bytes, _): return (200, .string(String(decoding: bytes, as: UTF8.self)))
            case .stream(let stream): return (200, .string(stream.wireText))
            }
        } catch let error as MockAPIError {
            return (Int(error.status.code), error.body)
        } catch {
            return (
                500,
                MockAPIError.envelope(
                    status: .internalServerError, message: "Internal server error", type: "internal_server_error"
                ).body
            )
        }
    }
}
