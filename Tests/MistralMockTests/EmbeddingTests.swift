import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Embeddings")
struct EmbeddingTests {
    private func vector(_ value: JSONValue?) -> [Double] {
        value?.arrayValue?.compactMap(\.doubleValue) ?? []
    }

    private func norm(_ vector: [Double]) -> Double {
        vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    private func cosine(_ first: [Double], _ second: [Double]) -> Double {
        zip(first, second).reduce(0) { $0 + $1.0 * $1.1 }
    }

    @Test("mistral-embed gives 1024 unit-norm dimensions per input, deterministically")
    func mistralEmbed() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "mistral-embed", "input": ["The cat sat on the mat", "Quarterly revenue grew"],
            ]
            let answer = try await server.post("/v1/embeddings", json: body).json()
            let again = try await server.post("/v1/embeddings", json: body).json()
            #expect(answer["object"] == "list")
            let data = try #require(answer["data"]?.arrayValue)
            #expect(data.count == 2)
            #expect(data.map { $0["index"]?.intValue } == [0, 1])
            #expect(data.allSatisfy { $0["object"] == "embedding" })
            let first = vector(data[0]["embedding"])
            #expect(first.count == 1024)
            #expect(abs(norm(first) - 1) < 1e-5)
            #expect(answer["data"] == again["data"])
            let tokens = Tokenizer.count("The cat sat on the mat") + Tokenizer.count("Quarterly revenue grew")
            #expect(
                answer["usage"] == [
                    "prompt_tokens": .int(tokens), "total_tokens": .int(tokens), "completion_tokens": 0,
                ])
        }
    }

    @Test("texts sharing words are closer than unrelated texts")
    func similarity() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "model": "mistral-embed",
                "input": ["the cat sat on the mat", "a cat on a mat", "stock markets fell sharply"],
            ]
            let data = try #require(try await server.post("/v1/embeddings", json: body).json()["data"]?.arrayValue)
            let vectors = data.map { vector($0["embedding"]) }
            #expect(cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.2)
        }
    }

    @Test("codestral-embed defaults to 1536; output_dimension is honoured")
    func dimensions() async throws {
        try await withMockServer { server in
            let codestral = try await server.post(
                "/v1/embeddings", json: ["model": "codestral-embed", "input": "func main() {}"]
            ).json()
            #expect(vector(codestral["data"]?.arrayValue?.first?["embedding"]).count == 1536)
            let small = try await server.post(
                "/v1/embeddings", json: ["model": "mistral-embed", "input": "hi", "output_dimension": 256]
            ).json()
            let values = vector(small["data"]?.arrayValue?.first?["embedding"])
            #expect(values.count == 256)
            #expect(abs(norm(values) - 1) < 1e-5)
        }
    }

    @Test("int8, uint8 and binary quantisation, and base64 encoding of float32")
    func dataTypes() async throws {
        try await withMockServer { server async throws -> Void in
            @Sendable func embedding(_ extra: [(String, JSONValue)]) async throws -> JSONValue? {
                var body = JSONObject([("model", "mistral-embed"), ("input", "hello world")])
                for (key, value) in extra { body[key] = value }
                return try await server.post("/v1/embeddings", json: .object(body)).json()["data"]?.arrayValue?.first?[
                    "embedding"]
            }
            let floats = vector(try await embedding([]))
            let int8 = try #require(try await embedding([("output_dtype", "int8")])?.arrayValue?.compactMap(\.intValue))
            #expect(int8.count == 1024)
            #expect(int8.allSatisfy { (-128...127).contains($0) })
            #expect(int8.contains(127) || int8.contains(-127))
            #expect(zip(floats, int8).allSatisfy { $0.1 == 0 || ($0.0 > 0) == ($0.1 > 0) })
            let uint8 = try #require(
                try await embedding([("output_dtype", "uint8")])?.arrayValue?.compactMap(\.intValue))
            #expect(uint8.allSatisfy { (0...255).contains($0) })
            let binary = try #require(
                try await embedding([("output_dtype", "binary")])?.arrayValue?.compactMap(\.intValue))
            #expect(binary.count == 128)
            let firstBits = (0..<8).reduce(0) { $0 << 1 | (floats[$1] > 0 ? 1 : 0) }
            #expect(UInt8(truncatingIfNeeded: binary[0]) == UInt8(firstBits))
            let encoded = try #require(try await embedding([("encoding_format", "base64")])?.stringValue)
            let bytes = try #require(Base64.decode(encoded))
            #expect(bytes.count == 4096)
            let firstFloat = Float(
                bitPattern: UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
            #expect(abs(Double(firstFloat) - floats[0]) < 1e-6)
        }
    }

    @Test("a chat model is not an embedding model")
    func wrongModel() async throws {
        try await withMockServer { server in
            let response = try await server.post(
                "/v1/embeddings", json: ["model": "mistral-small-latest", "input": "hi"])
            #expect(response.status == 400)
            #expect(try response.json()["type"] == "invalid_model")
        }
    }
}
