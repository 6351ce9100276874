"""Chat completions, non-streamed: shape, usage, determinism, max_tokens and stop sequences."""

from __future__ import annotations

from typing import Any

from mistralai.client import Mistral, models

from support.catalog import CHAT_MODEL, city_messages
from support.conformance import Checked
from support.expectations import answer_text, assert_completion_envelope, assert_usage_adds_up, only_choice


def complete(client: Mistral, checked: Checked, **options: Any) -> models.ChatCompletionResponse:
    return checked(client.chat.complete(model=CHAT_MODEL, messages=city_messages(), **options))


def test_complete_returns_a_well_formed_answer(client: Mistral, checked: Checked) -> None:
    response = complete(client, checked)

    assert_completion_envelope(response, CHAT_MODEL)
    choice = only_choice(response)
    assert choice.finish_reason == "stop"
    text = answer_text(response)
    assert text.strip(), "the answer is empty"
    assert not choice.message.tool_calls, "a plain question must not produce tool calls"
    assert_usage_adds_up(response.usage)


def test_longer_prompt_counts_more_prompt_tokens(client: Mistral, checked: Checked) -> None:
    short = complete(client, checked)
    longer_messages = city_messages() + [
        {"role": "assistant", "content": answer_text(short)},
        {"role": "user", "content": "Now add a paragraph about its history, its museums and its festivals."},
    ]
    longer = checked(client.chat.complete(model=CHAT_MODEL, messages=longer_messages))

    assert longer.usage.prompt_tokens > short.usage.prompt_tokens


def test_same_request_gives_same_answer(client: Mistral, checked: Checked) -> None:
    first = complete(client, checked, random_seed=7)
    second = complete(client, checked, random_seed=7)

    assert answer_text(first) == answer_text(second)
    assert first.usage.model_dump() == second.usage.model_dump()


def test_max_tokens_truncates_with_finish_reason_length(client: Mistral, checked: Checked) -> None:
    full = complete(client, checked)
    assert full.usage.completion_tokens > 3, "the unconstrained answer is too short for this test"

    truncated = complete(client, checked, max_tokens=3)

    assert only_choice(truncated).finish_reason == "length"
    assert truncated.usage.completion_tokens == 3
    assert_usage_adds_up(truncated.usage)
    assert answer_text(full).startswith(answer_text(truncated)), "a truncated answer must be a prefix of the full one"
    assert len(answer_text(truncated)) < len(answer_text(full))


def test_stop_sequence_ends_the_answer_before_it(client: Mistral, checked: Checked) -> None:
    full_text = answer_text(complete(client, checked))
    words = full_text.split()
    assert len(words) >= 4, f"the answer is too short for this test: {full_text!r}"
    stop = " " + words[len(words) // 2]
    expected = full_text[: full_text.index(stop)]

    stopped = complete(client, checked, stop=[stop])

    assert only_choice(stopped).finish_reason == "stop"
    assert answer_text(stopped) == expected
    assert stopped.usage.completion_tokens < complete(client, checked).usage.completion_tokens


def test_stop_accepts_a_single_string(client: Mistral, checked: Checked) -> None:
    full_text = answer_text(complete(client, checked))
    stop = " " + full_text.split()[1]

    stopped = complete(client, checked, stop=stop)

    assert answer_text(stopped) == full_text[: full_text.index(stop)]


def test_assistant_prefix_primes_the_answer(client: Mistral, checked: Checked) -> None:
    prefix = "Lyon, in short:"
    messages = city_messages() + [{"role": "assistant", "content": prefix, "prefix": True}]

    response = checked(client.chat.complete(model=CHAT_MODEL, messages=messages))

    assert only_choice(response).finish_reason == "stop"
    assert answer_text(response).strip(), "a prefixed request still gets an answer"
