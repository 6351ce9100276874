"""Fill-in-the-middle (Codestral): complete and stream with a prompt and a suffix."""

from __future__ import annotations

from mistralai.client import Mistral

from support.catalog import FIM_MODEL
from support.conformance import Checked
from support.expectations import answer_text, assert_usage_adds_up, only_choice, summarise_stream

PROMPT = "def fibonacci(n: int) -> int:\n    "
SUFFIX = "\n\nprint(fibonacci(10))\n"


def test_fim_complete_returns_the_infill(client: Mistral, checked: Checked) -> None:
    response = checked(client.fim.complete(model=FIM_MODEL, prompt=PROMPT, suffix=SUFFIX))

    assert only_choice(response).finish_reason == "stop"
    infill = answer_text(response)
    assert infill.strip(), "the infill is empty"
    assert not infill.startswith(PROMPT), "content holds only the infill, not the prompt"
    assert_usage_adds_up(response.usage)


def test_fim_stream_matches_complete(client: Mistral, checked: Checked) -> None:
    complete = checked(client.fim.complete(model=FIM_MODEL, prompt=PROMPT, suffix=SUFFIX))

    with client.fim.stream(model=FIM_MODEL, prompt=PROMPT, suffix=SUFFIX) as stream:
        streamed = summarise_stream(list(stream))

    assert streamed.text == answer_text(complete)
    assert streamed.finish_reason == "stop"
    assert streamed.usage.model_dump() == complete.usage.model_dump()


def test_fim_max_tokens_truncates(client: Mistral, checked: Checked) -> None:
    response = checked(client.fim.complete(model=FIM_MODEL, prompt=PROMPT, suffix=SUFFIX, max_tokens=2))

    assert only_choice(response).finish_reason == "length"
    assert response.usage.completion_tokens == 2
