import MistralAI
import Windsock

/// The functions the demo's model may call, each traced as a `tool` span when it runs.
enum DemoTools {
    /// `get_weather(city)`.
    static let weather = Tool.function(
        name: "get_weather",
        description: "Current weather of a city",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
    )

    /// `get_time(city)`.
    static let time = Tool.function(
        name: "get_time",
        description: "Local time in a city",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
    )

    /// Runs one call the model asked for, inside its own `tool` span, and answers the tool message.
    static func execute(_ call: ToolCall) async -> ChatMessage {
        let arguments = (try? call.function.argumentsJSON()) ?? [:]
        let city = arguments["city"]?.stringValue ?? "Paris"
        let result: JSONValue = observe(call.function.name, kind: .tool, input: arguments) { _ in
            switch call.function.name {
            case "get_weather": ["city": .string(city), "temperature_c": 18, "sky": "clear"]
            case "get_time": ["city": .string(city), "time": "14:05", "timezone": "Europe/Paris"]
            default: ["error": .string("unknown tool \(call.function.name)")]
            }
        }
        return .tool(result.jsonString, for: call)
    }
}
