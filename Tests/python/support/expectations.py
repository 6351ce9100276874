"""Assertions about Mistral's response shapes that the SDK's lenient models do not enforce."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from mistralai.client import models

COMPLETION_ID = re.compile(r"^[0-9a-f]{32}$")
TOOL_CALL_ID = re.compile(r"^[A-Za-z0-9]{9}$")
ONE_DAY_SECONDS = 86_400


def assert_usage_adds_up(usage: Any, *, completion_expected: bool = True) -> None:
    """Token counts are present integers and total = prompt + completion."""
    assert usage is not None, "usage is missing"
    for name in ("prompt_tokens", "completion_tokens", "total_tokens"):
        assert isinstance(getattr(usage, name), int), f"usage.{name} is {getattr(usage, name)!r}, not an integer"
    assert usage.prompt_tokens > 0, "usage.prompt_tokens must count the prompt"
    if completion_expected:
        assert usage.completion_tokens > 0, "usage.completion_tokens must count the answer"
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens, f"inconsistent usage {usage}"


def assert_recent_unix_time(value: Any, name: str) -> None:
    assert isinstance(value, int), f"{name} must be Unix seconds, got {value!r}"
    assert abs(time.time() - value) < ONE_DAY_SECONDS, f"{name}={value} is not a current Unix time in seconds"


def assert_completion_envelope(response: models.ChatCompletionResponse, model: str | None = None) -> None:
    """The top level of a chat/FIM/agents completion."""
    assert COMPLETION_ID.match(response.id), f"completion id {response.id!r} is not 32 lowercase hex characters"
    assert response.object == "chat.completion"
    assert_recent_unix_time(response.created, "created")
    assert response.model, "model is empty"
    if model is not None and not model.endswith("-latest"):
        assert response.model == model
    assert len(response.choices) == 1, f"expected one choice, got {len(response.choices)}"
    assert response.choices[0].index == 0


def only_choice(response: models.ChatCompletionResponse) -> models.ChatCompletionChoice:
    assert_completion_envelope(response)
    return response.choices[0]


def answer_text(response: models.ChatCompletionResponse) -> str:
    """The assistant's text; Mistral sends a plain string for text answers."""
    message = only_choice(response).message
    assert message is not None, "choice has no message"
    assert message.role == "assistant"
    assert isinstance(message.content, str), f"content should be a string, got {message.content!r}"
    return message.content


def assert_tool_call_shape(call: models.ToolCall) -> None:
    assert isinstance(call.id, str) and TOOL_CALL_ID.match(call.id), f"tool call id {call.id!r} is not 9 alphanumerics"
    assert isinstance(call.function.arguments, str), "function.arguments must be a JSON string on the wire"


@dataclass(frozen=True)
class StreamedCompletion:
    """What a well-formed chat/FIM/agents stream adds up to."""

    chunks: list[models.CompletionChunk]
    text: str
    tool_calls: list[models.ToolCall]
    finish_reason: str
    usage: models.UsageInfo


def summarise_stream(events: list[models.CompletionEvent]) -> StreamedCompletion:
    """Checks the stream's invariants and returns what it carried.

    Every chunk shares one id and model; the first delta has role assistant; only the last chunk has a
    finish_reason and usage.
    """
    assert events, "the stream carried no events"
    chunks = [event.data for event in events]
    first, last = chunks[0], chunks[-1]
    assert COMPLETION_ID.match(first.id), f"chunk id {first.id!r} is not 32 lowercase hex characters"
    assert first.choices and first.choices[0].delta.role == "assistant", "first delta must have role assistant"
    text_parts: list[str] = []
    tool_calls: list[models.ToolCall] = []
    for position, chunk in enumerate(chunks):
        assert chunk.id == first.id and chunk.model == first.model, "chunks disagree on id or model"
        assert chunk.object == "chat.completion.chunk", f"chunk object is {chunk.object!r}"
        assert_recent_unix_time(chunk.created, "chunk.created")
        assert len(chunk.choices) == 1 and chunk.choices[0].index == 0
        choice = chunk.choices[0]
        if chunk is not last:
            assert chunk.usage is None, f"chunk {position} carries usage; only the last chunk may"
            assert choice.finish_reason is None, f"chunk {position} has finish_reason before the end"
        text_parts.append(_delta_text(choice.delta))
        tool_calls += choice.delta.tool_calls or []
    finish_reason = last.choices[0].finish_reason
    assert finish_reason is not None, "the last chunk has no finish_reason"
    assert last.usage is not None, "the last chunk has no usage"
    return StreamedCompletion(chunks, "".join(text_parts), tool_calls, str(finish_reason), last.usage)


def _delta_text(delta: models.DeltaMessage) -> str:
    content = delta.content
    if isinstance(content, str):
        return content
    assert not isinstance(content, list), f"text deltas should be strings, got chunks {content!r}"
    return ""
