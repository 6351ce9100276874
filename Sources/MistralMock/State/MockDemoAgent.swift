import OrderedJSON

/// The agents every emulator starts with, so that `POST /v1/agents/completions` and agent conversations
/// work without creating an agent first.
public enum MockDemoAgent {
    /// A concise general assistant on `mistral-small-latest`.
    public static let assistantID = "ag_0195e8a1b2c34d5e8f60718293a4b5c6"
    /// A weather assistant on `mistral-small-latest` with a `get_weather(location, unit)` function tool.
    public static let weatherID = "ag_0195e8a1b2c34d5e8f60718293a4b5c7"

    /// The demo agents' records.
    static func records(created: Timestamp) -> [AgentRecord] {
        let assistant = JSONObject([
            ("instructions", "You are a concise, helpful assistant."),
            ("tools", []),
            ("completion_args", .object(AgentDefaults.completionArgs(JSONObject()))),
            ("guardrails", .null),
            ("model", "mistral-small-latest"),
            ("name", "Windsock demo assistant"),
            ("description", "A concise general assistant built into the emulator."),
            ("handoffs", .null),
            ("metadata", .null),
        ])
        let weatherTool: JSONValue = [
            "type": "function",
            "function": [
                "name": "get_weather",
                "description": "Get the current weather for a city",
                "parameters": [
                    "type": "object",
                    "properties": [
                        "location": ["type": "string", "description": "City name"],
                        "unit": ["type": "string", "enum": ["celsius", "fahrenheit"]],
                    ],
                    "required": ["location"],
                ],
            ],
        ]
        let weather = JSONObject([
            ("instructions", "You answer questions about the weather. Use get_weather for current conditions."),
            ("tools", [weatherTool]),
            ("completion_args", .object(AgentDefaults.completionArgs(JSONObject()))),
            ("guardrails", .null),
            ("model", "mistral-small-latest"),
            ("name", "Windsock weather agent"),
            ("description", "Answers weather questions with a get_weather tool."),
            ("handoffs", .null),
            ("metadata", .null),
        ])
        return [
            AgentRecord(
                id: assistantID, versions: [assistant], currentVersion: 0, createdAt: created, updatedAt: created),
            AgentRecord(id: weatherID, versions: [weather], currentVersion: 0, createdAt: created, updatedAt: created),
        ]
    }
}
