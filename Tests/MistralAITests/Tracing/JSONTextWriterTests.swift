import Foundation
import Testing

@testable import MistralAI

@Suite("JSON text writer")
struct JSONTextWriterTests {
    @Test("strings are escaped as RFC 8259 requires and read back unchanged")
    func escaping() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t return \r bell \u{07} nul \u{00} é 🌊 </script>"
        var writer = JSONTextWriter(capacity: 8)
        writer.beginObject()
        writer.field("text", tricky)
        writer.key("list")
        writer.strings(["a", "", "b,c"])
        writer.endObject()
        #expect(writer.text.contains(#"\u0007"#))
        #expect(writer.text.contains(#"\u0000"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(writer.text.utf8)) as? [String: Any])
        #expect(object["text"] as? String == tricky)
        #expect(object["list"] as? [String] == ["a", "", "b,c"])
    }

    @Test("commas, nesting, numbers, booleans and null")
    func structure() {
        var writer = JSONTextWriter(capacity: 0)
        writer.beginArray()
        writer.number(3)
        writer.number(-0.25)
        writer.number(.infinity)
        writer.bool(true)
        writer.null()
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.endArray()
        writer.value(["b": [1, "x"], "a": .null])
        writer.endArray()
        #expect(writer.text == #"[3,-0.25,null,true,null,{},[],{"a":null,"b":[1,"x"]}]"#)
    }

    @Test("GenAI messages: the same JSON as the conventions' format, with tool calls and results")
    func messages() throws {
        let messages: [ChatMessage] = [
            .system("Be brief."), .user("Weather in Paris?"),
            .assistant(
                AssistantMessage(
                    content: nil,
                    toolCalls: [ToolCall(id: "call_1", name: "weather", arguments: #"{"city":"Paris"}"#)])),
            .tool(ToolMessage(content: .text("22°C"), toolCallID: "call_1", name: "weather")),
        ]
        let json = try JSONValue(parsing: GenAIMessages.input(messages))
        #expect(json[0]?["role"] == "system")
        #expect(json[1]?["parts"]?[0]?["content"] == "Weather in Paris?")
        #expect(json[2]?["parts"]?[0]?["type"] == "tool_call")
        #expect(json[2]?["parts"]?[0]?["arguments"]?["city"] == "Paris")
        #expect(json[3]?["parts"]?[0]?["response"] == "22°C")
        #expect(json[3]?["name"] == "weather")
    }
}
