import OrderedJSON
import Testing
import WindsockIngest
import WindsockModel

/// OpenInference attributes the fixtures do not show: retrievers, tools, chains, embeddings, prompt templates,
/// flattened tool calls, sessions and tags.
@Suite("Conventions: OpenInference")
struct OpenInferenceTests {
    @Test func retrieverDocuments() {
        let span = SpanFactory.normalize([
            ("openinference.span.kind", "RETRIEVER"), ("input.value", "why is the sky blue"),
            ("input.mime_type", "text/plain"), ("retrieval.documents.0.document.id", "d1"),
            ("retrieval.documents.0.document.content", "Rayleigh scattering"),
            ("retrieval.documents.0.document.score", 0.9),
            ("retrieval.documents.1.document.id", "d2"), ("retrieval.documents.1.document.content", "Sunsets"),
            ("retrieval.documents.1.document.metadata", "{\"source\": \"wiki\"}"),
            ("session.id", "s-2"), ("user.id", "u-2"), ("tag.tags", ["rag"]), ("metadata", "{\"k\": \"v\"}"),
        ])
        #expect(span.kind == .retriever)
        #expect(span.input == "why is the sky blue")
        #expect(
            span.output == [
                ["id": "d1", "content": "Rayleigh scattering", "score": 0.9],
                ["id": "d2", "content": "Sunsets", "metadata": ["source": "wiki"]],
            ])
        #expect(span.sessionID == "s-2")
        #expect(span.userID == "u-2")
        #expect(span.tags == ["rag"])
        #expect(span.metadata == JSONObject([("k", "v")]))
    }

    @Test func flattenedMessagesWithToolCallsAndPromptTemplate() throws {
        let span = SpanFactory.normalize([
            ("openinference.span.kind", "LLM"), ("llm.model_name", "mistral-large-2411"),
            ("llm.input_messages.0.message.role", "user"),
            ("llm.input_messages.0.message.contents.0.message_content.type", "text"),
            ("llm.input_messages.0.message.contents.0.message_content.text", "Weather?"),
            ("llm.output_messages.0.message.role", "assistant"),
            ("llm.output_messages.0.message.tool_calls.0.tool_call.id", "t1"),
            ("llm.output_messages.0.message.tool_calls.0.tool_call.function.name", "get_weather"),
            ("llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments", "{\"city\": \"Paris\"}"),
            ("llm.tools.0.tool.json_schema", "{\"type\": \"function\", \"function\": {\"name\": \"get_weather\"}}"),
            ("llm.prompt_template.template", "Weather in {city}?"),
            ("llm.prompt_template.variables", "{\"city\": \"Paris\"}"), ("llm.prompt_template.version", "v2"),
            ("llm.token_count.prompt", 1000), ("llm.token_count.completion", 1000),
            (
                "llm.invocation_parameters",
                "{\"model\": \"mistral-large-2411\", \"temperature\": 0.1, \"top_p\": \"\", \"random_seed\": 7}"
            ),
        ])
        #expect(span.input?.messageTexts == ["user: Weather?"])
        #expect(
            span.output?.toolCalls.only
                == JSONObject([
                    ("type", "tool_call"), ("id", "t1"), ("name", "get_weather"), ("arguments", ["city": "Paris"]),
                ]))
        #expect(span.toolDefinitions?[0]?["function"]?["name"] == "get_weather")
        #expect(
            span.prompt
                == PromptReference(
                    version: "v2", template: "Weather in {city}?", variables: JSONObject([("city", "Paris")])))
        #expect(span.parameters == JSONObject([("temperature", 0.1), ("random_seed", 7)]))
        // mistral-large-2411 is priced at 2 / 6 USD per million tokens: 1000 × 2e-6 + 1000 × 6e-6.
        #expect(abs((span.costUSD ?? 0) - 0.008) < 1e-12)
    }

    @Test func chainAndToolSpansKeepTheirValues() {
        let chain = SpanFactory.normalize([
            ("openinference.span.kind", "CHAIN"), ("input.value", "{\"question\": \"q\"}"),
            ("input.mime_type", "application/json"), ("output.value", "answer"),
        ])
        #expect(chain.kind == .chain)
        #expect(chain.input == ["question": "q"])
        #expect(chain.output == "answer")
        let tool = SpanFactory.normalize([
            ("openinference.span.kind", "TOOL"), ("tool.name", "get_weather"),
            ("tool.parameters", "{\"type\": \"object\"}"), ("input.value", "{\"city\": \"Paris\"}"),
            ("output.value", "21C"),
        ])
        #expect(tool.kind == .tool)
        #expect(tool.input == ["city": "Paris"])
        #expect(tool.toolDefinitions == ["type": "object"])
        let agent = SpanFactory.normalize([("openinference.span.kind", "AGENT")])
        #expect(agent.kind == .agent)
        let embedding = SpanFactory.normalize([
            ("openinference.span.kind", "EMBEDDING"), ("embedding.model_name", "mistral-embed"),
            ("embedding.embeddings.0.embedding.text", "hello"), ("embedding.embeddings.1.embedding.text", "world"),
        ])
        #expect(embedding.kind == .embedding)
        #expect(embedding.requestModel == "mistral-embed")
        #expect(embedding.input == ["hello", "world"])
    }

    @Test func unparseableReprKeepsTheRawText() {
        let input = "{\"model\": \"mistral-small-latest\", \"messages\": [\"<object at 0x7f>\"]}"
        let span = SpanFactory.normalize([("openinference.span.kind", "LLM"), ("input.value", .string(input))])
        #expect(span.input == ["model": "mistral-small-latest", "messages": ["<object at 0x7f>"]])
    }
}
