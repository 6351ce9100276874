"""Chat completions streamed over SSE, through the SDK and byte for byte."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx2 as httpx
import pytest
from mistralai.client import Mistral, models

from support.catalog import CHAT_MODEL, city_messages
from support.conformance import Checked, assert_sdk_understood
from support.expectations import answer_text, summarise_stream
from support.sse import parse_events


def test_stream_matches_the_non_streamed_answer(client: Mistral, checked: Checked) -> None:
    complete = checked(client.chat.complete(model=CHAT_MODEL, messages=city_messages()))

    with client.chat.stream(model=CHAT_MODEL, messages=city_messages()) as stream:
        streamed = summarise_stream(list(stream))

    assert streamed.text == answer_text(complete)
    assert streamed.finish_reason == "stop"
    assert streamed.usage.model_dump() == complete.usage.model_dump()
    assert streamed.chunks[0].choices[0].delta.content == "", "the first delta is {role: assistant, content: ''}"
    content_chunks = [chunk for chunk in streamed.chunks if chunk.choices[0].delta.content]
    assert len(content_chunks) > 1, "the answer should arrive in several content deltas"


def test_stream_respects_max_tokens(client: Mistral) -> None:
    with client.chat.stream(model=CHAT_MODEL, messages=city_messages(), max_tokens=2) as stream:
        streamed = summarise_stream(list(stream))

    assert streamed.finish_reason == "length"
    assert streamed.usage.completion_tokens == 2


def stream_raw(raw: httpx.Client, path: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> str:
    with raw.stream("POST", path, json=body, headers={"Accept": "text/event-stream", **(headers or {})}) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        return response.read().decode()


def test_stream_framing_is_data_only_and_ends_with_done(raw: httpx.Client) -> None:
    body = stream_raw(raw, "/v1/chat/completions", {"model": CHAT_MODEL, "messages": city_messages(), "stream": True})
    events = parse_events(body)

    assert all(event.names() == ["data"] for event in events), "chat events carry only a data: line"
    assert events[-1].value("data") == "[DONE]", "the stream must end with data: [DONE]"
    payloads = [json.loads(event.value("data") or "") for event in events[:-1]]
    assert payloads[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    for payload in payloads[:-1]:
        assert "usage" not in payload, "only the last chunk carries the usage key"
        assert payload["choices"][0]["finish_reason"] is None
    assert set(payloads[-1]["usage"]) >= {"prompt_tokens", "completion_tokens", "total_tokens"}
    for payload in payloads:
        assert_sdk_understood(models.CompletionChunk.model_validate(payload), payload)


def test_time_to_first_token_header_delays_the_first_chunk(client: Mistral) -> None:
    delay_seconds = 0.4
    started = time.monotonic()
    headers = {"x-mock-ttft-ms": str(int(delay_seconds * 1000))}
    with client.chat.stream(model=CHAT_MODEL, messages=city_messages(), http_headers=headers) as stream:
        first = next(stream)
        first_chunk_after = time.monotonic() - started
        streamed = summarise_stream([first, *stream])

    assert first_chunk_after >= delay_seconds * 0.9
    assert streamed.finish_reason == "stop", "a delayed stream still completes"


def test_token_delay_header_spreads_the_chunks_over_time(client: Mistral) -> None:
    delay_seconds, tokens = 0.1, 5
    headers = {"x-mock-token-delay-ms": str(int(delay_seconds * 1000))}
    arrivals: list[float] = []
    with client.chat.stream(
        model=CHAT_MODEL, messages=city_messages(), max_tokens=tokens, http_headers=headers
    ) as stream:
        for _ in stream:
            arrivals.append(time.monotonic())

    assert len(arrivals) >= tokens
    assert arrivals[-1] - arrivals[0] >= (tokens - 1) * delay_seconds * 0.9, "chunks must be flushed as produced"


def test_dropped_stream_raises_instead_of_ending_cleanly(client: Mistral) -> None:
    received: list[models.CompletionEvent] = []
    headers = {"x-mock-drop-after-chunks": "3"}
    with pytest.raises(httpx.TransportError):
        with client.chat.stream(model=CHAT_MODEL, messages=city_messages(), http_headers=headers) as stream:
            for event in stream:
                received.append(event)

    assert len(received) == 3, "the events written before the drop still reach the SDK"
