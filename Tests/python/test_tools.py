"""Function calling: tool calls, their ids and arguments, the tool-result turn, streaming, tool_choice."""

from __future__ import annotations

import json
from typing import Any

from mistralai.client import Mistral, models

from support.catalog import CHAT_MODEL
from support.conformance import Checked
from support.expectations import answer_text, assert_tool_call_shape, only_choice, summarise_stream

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city name"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "description": "How many days of forecast"},
            },
            "required": ["city", "unit", "days"],
        },
    },
}
TIME_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Get the local time in a timezone.",
        "parameters": {
            "type": "object",
            "properties": {"timezone": {"type": "string"}},
            "required": ["timezone"],
        },
    },
}
WEATHER_QUESTION = [{"role": "user", "content": "What is the weather in Paris today? Use get_weather."}]


def single_tool_call(response: models.ChatCompletionResponse) -> models.ToolCall:
    choice = only_choice(response)
    assert choice.finish_reason == "tool_calls"
    assert choice.message is not None and choice.message.tool_calls, "expected a tool call"
    assert len(choice.message.tool_calls) == 1, choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert_tool_call_shape(call)
    return call


def assert_weather_arguments(call: models.ToolCall) -> None:
    assert call.function.name == "get_weather"
    arguments = json.loads(str(call.function.arguments))
    assert isinstance(arguments, dict)
    assert isinstance(arguments.get("city"), str) and arguments["city"], arguments
    assert arguments.get("unit") in ("celsius", "fahrenheit"), arguments
    assert isinstance(arguments.get("days"), int) and not isinstance(arguments["days"], bool), arguments


def test_a_prompt_asking_for_a_tool_gets_a_tool_call(client: Mistral, checked: Checked) -> None:
    response = checked(client.chat.complete(model=CHAT_MODEL, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL]))

    call = single_tool_call(response)
    assert_weather_arguments(call)
    assert call.type == "function"


def test_the_tool_result_turn_gets_a_text_answer(client: Mistral, checked: Checked) -> None:
    first = checked(client.chat.complete(model=CHAT_MODEL, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL]))
    call = single_tool_call(first)
    assistant_turn = {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": "get_weather", "arguments": call.function.arguments},
            }
        ],
    }
    tool_turn = {
        "role": "tool",
        "tool_call_id": call.id,
        "name": "get_weather",
        "content": json.dumps({"temperature_celsius": 21, "sky": "sunny"}),
    }

    second = checked(
        client.chat.complete(
            model=CHAT_MODEL, messages=[*WEATHER_QUESTION, assistant_turn, tool_turn], tools=[WEATHER_TOOL]
        )
    )

    assert only_choice(second).finish_reason == "stop"
    assert not only_choice(second).message.tool_calls
    text = answer_text(second)
    assert "21" in text or "sunny" in text, f"the answer should use the tool result: {text!r}"


def test_streamed_tool_call_arrives_whole_in_one_chunk(client: Mistral) -> None:
    with client.chat.stream(model=CHAT_MODEL, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL]) as stream:
        streamed = summarise_stream(list(stream))

    assert streamed.finish_reason == "tool_calls"
    assert len(streamed.tool_calls) == 1
    call = streamed.tool_calls[0]
    assert_tool_call_shape(call)
    assert_weather_arguments(call)
    chunks_with_calls = [chunk for chunk in streamed.chunks if chunk.choices[0].delta.tool_calls]
    assert len(chunks_with_calls) == 1, "a tool call arrives whole in one chunk"


def test_tool_choice_any_forces_a_call(client: Mistral, checked: Checked) -> None:
    messages = [{"role": "user", "content": "Hello there, how are you?"}]

    response = checked(
        client.chat.complete(model=CHAT_MODEL, messages=messages, tools=[WEATHER_TOOL], tool_choice="any")
    )

    assert_weather_arguments(single_tool_call(response))


def test_tool_choice_none_answers_in_text(client: Mistral, checked: Checked) -> None:
    response = checked(
        client.chat.complete(model=CHAT_MODEL, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL], tool_choice="none")
    )

    assert only_choice(response).finish_reason == "stop"
    assert not only_choice(response).message.tool_calls
    assert answer_text(response).strip()


def test_named_tool_choice_calls_that_function(client: Mistral, checked: Checked) -> None:
    named = {"type": "function", "function": {"name": "get_time"}}

    response = checked(
        client.chat.complete(
            model=CHAT_MODEL, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL, TIME_TOOL], tool_choice=named
        )
    )

    call = single_tool_call(response)
    assert call.function.name == "get_time"
    assert isinstance(json.loads(str(call.function.arguments)).get("timezone"), str)
