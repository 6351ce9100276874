import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// Python reprs of Mistral SDK objects, as OpenInference writes them into `input.value`.
@Suite("Python reprs in messages")
struct PythonReprTests {
    private static func input(_ messages: [String]) -> Span {
        let json = JSONValue.object(
            JSONObject([("model", "mistral-small-latest"), ("messages", .array(messages.map(JSONValue.string)))]))
        return SpanFactory.normalize([("openinference.span.kind", "LLM"), ("input.value", .string(json.compactString))])
    }

    @Test func sdkMessageObjects() throws {
        let span = Self.input([
            "content=\"It's \\\"quoted\\\" and \\n escaped\" role='user'",
            "role='assistant' content='' tool_calls=[ToolCall(function=FunctionCall(name='f', arguments='{\"a\": [1, 2.5, null]}'), id='x', type='function', index=0)] prefix=False",
            "content='ok' role='tool' tool_call_id='x' name='f'",
            "content=[TextChunk(text='look', type='text'), ImageURLChunk(image_url='https://e/x.png', type='image_url')] role=<Role.USER: 'user'>",
        ])
        let input = try #require(span.input)
        #expect(input.messageTexts == ["user: It's \"quoted\" and \n escaped", "user: look"])
        #expect(input.toolCalls.only?["arguments"] == ["a": [1, 2.5, nil]])
        #expect(input.toolResponses.only?["id"] == "x")
        #expect(input[3]?["parts"]?[1] == ["type": "uri", "modality": "image", "uri": "https://e/x.png"])
    }

    @Test(arguments: ["content='unterminated role='user'", "Weird(", "role=", "content=@ role='user'"])
    func unreadableReprsKeepTheRawValue(text: String) {
        let span = Self.input([text])
        #expect(span.input?["messages"] == [.string(text)])
    }
}
