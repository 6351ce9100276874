import Foundation
import NIOHTTP1
import Testing

@testable import MistralAI

@Suite("Error bodies")
struct ErrorDecodingTests {
    /// Sends a chat request that is answered with `status` and `body`, and returns the error thrown.
    private func apiError(status: Int, body: String, headers: HTTPHeaders = [:]) async throws -> MistralAPIError {
        let transport = ScriptedTransport(.text(body, status: status, headers: headers))
        let mistral = Mistral.scripted(transport, retryPolicy: .none)
        do {
            _ = try await mistral.chat.complete(model: "mistral-small-latest", messages: [.user("Hi")])
        } catch let MistralError.api(error) {
            return error
        }
        throw MistralError.invalidRequest("no error was thrown")
    }

    @Test("400 envelope with a string message: invalid model")
    func invalidModel() async throws {
        let error = try await apiError(
            status: 400,
            body: #"{"object":"error","message":"Invalid model: x","type":"invalid_model","param":null,"code":"1500"}"#
        )
        #expect(error.status == 400)
        #expect(error.message == "Invalid model: x")
        #expect(error.type == "invalid_model")
        #expect(error.code == "1500")
        #expect(error.param == nil)
        #expect(error.messageObject == nil)
        #expect(error.description == "Mistral API error 400 (invalid_model, code 1500): Invalid model: x")
    }

    @Test("400 envelope: invalid tool call id")
    func invalidToolCallID() async throws {
        let error = try await apiError(
            status: 400,
            body:
                #"{"object":"error","message":"Tool call id was X but must be a-z, A-Z, 0-9, with a length of 9.","type":"invalid_function_call","param":null,"code":"3280"}"#
        )
        #expect(error.type == "invalid_function_call")
        #expect(error.code == "3280")
        #expect(error.message.hasPrefix("Tool call id was X"))
    }

    @Test("422 envelope whose message is an object with a detail list")
    func extraForbidden() async throws {
        let error = try await apiError(
            status: 422,
            body:
                #"{"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted","input":100}]},"type":"invalid_request_error","param":null,"code":null}"#
        )
        #expect(error.status == 422)
        #expect(error.type == "invalid_request_error")
        #expect(error.code == nil)
        #expect(error.messageObject?["detail"]?[0]?["type"] == "extra_forbidden")
        #expect(
            error.validationIssues == [
                MistralValidationIssue(
                    type: "extra_forbidden", location: ["body", "max_completion_tokens"],
                    message: "Extra inputs are not permitted", input: 100)
            ])
        #expect(error.message == "body.max_completion_tokens: Extra inputs are not permitted")
    }

    @Test("429 envelope with Retry-After in seconds, and a raw_status_code")
    func rateLimited() async throws {
        let error = try await apiError(
            status: 429,
            body:
                #"{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429}"#,
            headers: ["Retry-After": "7"]
        )
        #expect(error.type == "rate_limited")
        #expect(error.code == "1300")
        #expect(error.retryAfter == .seconds(7))
    }

    @Test("FastAPI 422 detail list")
    func fastAPIDetailList() async throws {
        let error = try await apiError(
            status: 422,
            body:
                #"{"detail":[{"loc":["body","messages",0,"role"],"msg":"Input should be 'user'","type":"literal_error","input":"robot","ctx":{"expected":"'user'"}},{"loc":["body","model"],"msg":"Field required","type":"missing"}]}"#
        )
        #expect(error.validationIssues.count == 2)
        #expect(error.validationIssues[0].location == ["body", "messages", "0", "role"])
        #expect(error.validationIssues[1].type == "missing")
        #expect(error.message == "body.messages.0.role: Input should be 'user'; body.model: Field required")
    }

    @Test("FastAPI detail strings: Unauthorized and Not Found")
    func fastAPIDetailString() async throws {
        #expect(try await apiError(status: 401, body: #"{"detail":"Unauthorized"}"#).message == "Unauthorized")
        #expect(try await apiError(status: 404, body: #"{"detail":"Not Found"}"#).message == "Not Found")
    }

    @Test("gateway bodies: 401 with request id, old 429, unknown route")
    func gatewayBodies() async throws {
        let unauthorized = try await apiError(
            status: 401, body: #"{"message":"Unauthorized","request_id":"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}"#)
        #expect(unauthorized.message == "Unauthorized")
        #expect(unauthorized.requestID == "0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        #expect(unauthorized.type == nil)
        #expect(unauthorized.description.hasSuffix("[request id 0f1e2d3c4b5a69788796a5b4c3d2e1f0]"))
        let limited = try await apiError(status: 429, body: #"{"message":"Requests rate limit exceeded"}"#)
        #expect(limited.message == "Requests rate limit exceeded")
        let route = try await apiError(
            status: 404, body: #"{"message":"no Route matched with those values","request_id":"ab"}"#)
        #expect(route.message == "no Route matched with those values")
    }

    @Test("empty and non-JSON bodies")
    func emptyAndText() async throws {
        let empty = try await apiError(status: 502, body: "")
        #expect(empty.message == "Bad Gateway")
        #expect(empty.body == "")
        let html = try await apiError(status: 503, body: "<html><body>upstream connect error</body></html>")
        #expect(html.message == "<html><body>upstream connect error</body></html>")
        let numericCode = try await apiError(
            status: 400, body: #"{"object":"error","message":"x","type":"t","code":3051}"#)
        #expect(numericCode.code == "3051")
    }

    @Test("the request id comes from the headers when the body has none")
    func requestIDHeader() async throws {
        let error = try await apiError(
            status: 500,
            body: #"{"object":"error","message":"boom","type":"internal_error"}"#,
            headers: ["mistral-correlation-id": "corr-123"]
        )
        #expect(error.requestID == "corr-123")
    }

    @Test("Retry-After as seconds, decimals, an HTTP date, and garbage")
    func retryAfterParsing() throws {
        let now = try #require(RetryAfter.httpDate("Wed, 21 Oct 2015 07:28:00 GMT"))
        #expect(RetryAfter.parse("3", now: now) == .seconds(3))
        #expect(RetryAfter.parse("1.5", now: now) == .milliseconds(1500))
        #expect(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == .seconds(30))
        #expect(RetryAfter.parse("Wednesday, 21-Oct-15 07:28:10 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.parse("Wed Oct 21 07:28:05 2015", now: now) == .seconds(5))
        #expect(RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse("-1", now: now) == nil)
        #expect(RetryAfter.parse(["retry-after-ms": "250"]) == .milliseconds(250))
    }

    @Test("descriptions are helpful and never contain the API key")
    func descriptions() async throws {
        let secret = "sk-super-secret-value"
        let transport = ScriptedTransport([
            .text(#"{"message":"Unauthorized","request_id":"r1"}"#, status: 401),
            .failure(.connection(underlying: RefusedConnection())),
        ])
        let mistral = Mistral(
            apiKey: secret, configuration: MistralConfiguration(retryPolicy: .none, transport: transport))
        var descriptions: [String] = [String(describing: mistral), String(reflecting: mistral)]
        var dumped = ""
        dump(mistral, to: &dumped)
        descriptions.append(dumped)
        for _ in 0..<2 {
            do {
                _ = try await mistral.models.list()
            } catch {
                descriptions.append(String(describing: error))
                descriptions.append(String(reflecting: error))
            }
        }
        #expect(descriptions.count == 7)
        #expect(descriptions.allSatisfy { !$0.contains(secret) })
        #expect(descriptions[3].contains("401"))
        #expect(descriptions[5].contains("Connection to the Mistral API failed"))
        #expect(transport.requests.first?.headers.first(name: "authorization") == "Bearer \(secret)")
    }
}

private struct RefusedConnection: Error, CustomStringConvertible {
    var description: String { "connection refused" }
}
