import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Structured output")
struct StructuredOutputTests {
    /// A schema like pydantic writes: `$defs`, `$ref`, optional fields as `anyOf` with null, enums, nesting.
    static let schema: JSONValue = [
        "type": "object",
        "title": "Trip",
        "additionalProperties": false,
        "$defs": [
            "Stop": [
                "type": "object",
                "properties": ["city": ["type": "string"], "nights": ["type": "integer", "minimum": 1, "maximum": 5]],
                "required": ["city", "nights"],
            ]
        ],
        "properties": [
            "name": ["type": "string", "title": "Name"],
            "budget": ["type": "number", "minimum": 100],
            "season": ["enum": ["spring", "summer"], "type": "string"],
            "confirmed": ["type": "boolean"],
            "stops": ["type": "array", "items": ["$ref": "#/$defs/Stop"], "minItems": 2],
            "note": ["anyOf": [["type": "string"], ["type": "null"]], "default": nil],
            "contact": [
                "type": "object", "properties": ["email": ["type": "string", "format": "email"]], "required": ["email"],
            ],
        ],
        "required": ["name", "budget", "season", "confirmed", "stops", "note", "contact"],
    ]

    @Test("json_schema answers are a JSON string satisfying required properties and their types")
    func jsonSchema() async throws {
        try await withMockServer { server in
            let format: JSONValue = [
                "type": "json_schema", "json_schema": ["name": "trip", "schema": Self.schema, "strict": true],
            ]
            let answer = try await server.post(
                "/v1/chat/completions",
                json: chatBody("Plan a trip to Lisbon for 3 nights", extra: [("response_format", format)])
            ).json()
            let content = try #require(answer["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            let value = try JSONParser.parse(content)
            #expect(value.objectValue?.keys == ["name", "budget", "season", "confirmed", "stops", "note", "contact"])
            #expect(value["name"]?.stringValue != nil)
            #expect((value["budget"]?.doubleValue ?? 0) >= 100)
            #expect(value["season"] == "spring")
            #expect(value["confirmed"]?.boolValue != nil)
            let stops = try #require(value["stops"]?.arrayValue)
            #expect(stops.count == 2)
            #expect(stops.allSatisfy { $0["city"]?.stringValue == "Lisbon" && $0["nights"] == 3 })
            #expect(value["note"]?.stringValue != nil)
            #expect(value["contact"]?["email"]?.stringValue?.contains("@") == true)
        }
    }

    @Test("json_object answers parse as a JSON object")
    func jsonObject() async throws {
        try await withMockServer { server in
            let answer = try await server.post(
                "/v1/chat/completions",
                json: chatBody(
                    "Give me facts about owls as JSON", extra: [("response_format", ["type": "json_object"])])
            ).json()
            let content = try #require(answer["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue)
            let value = try JSONParser.parse(content)
            #expect(value["answer"]?.stringValue?.isEmpty == false)
            #expect(value["keywords"]?.arrayValue?.contains("owls") == true)
        }
    }
}
