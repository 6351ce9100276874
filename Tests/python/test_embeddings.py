"""Embeddings: dimensions, unit norm, determinism, several inputs, output_dimension."""

from __future__ import annotations

import math

import pytest
from mistralai.client import Mistral, models

from support.catalog import EMBED_MODEL
from support.conformance import Checked

INPUTS = ["The river Rhône flows through Lyon.", "Quarterly revenue grew by four percent.", "Bonjour !"]


def vectors(
    response: models.EmbeddingResponse, count: int, dimension: int, model: str = EMBED_MODEL
) -> list[list[float]]:
    """The response's vectors, after checking its shape: one unit of `dimension` floats per input, in order."""
    assert response.object == "list"
    assert response.model == model
    assert response.id, "embedding response has no id"
    assert len(response.data) == count
    result = []
    for index, item in enumerate(response.data):
        assert item.object == "embedding"
        assert item.index == index, "data must be in input order with matching indexes"
        assert item.embedding is not None and len(item.embedding) == dimension
        assert all(isinstance(value, float) for value in item.embedding)
        result.append(item.embedding)
    usage = response.usage
    assert isinstance(usage.prompt_tokens, int) and usage.prompt_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens
    assert usage.completion_tokens in (0, None)
    return result


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(value * value for value in vector))


def test_embeddings_are_1024_unit_vectors(client: Mistral, checked: Checked) -> None:
    response = checked(client.embeddings.create(model=EMBED_MODEL, inputs=INPUTS))

    for vector in vectors(response, len(INPUTS), 1024):
        assert norm(vector) == pytest.approx(1.0, abs=1e-3)


def test_embeddings_are_deterministic_and_distinct(client: Mistral, checked: Checked) -> None:
    first = vectors(checked(client.embeddings.create(model=EMBED_MODEL, inputs=INPUTS)), len(INPUTS), 1024)
    second = vectors(checked(client.embeddings.create(model=EMBED_MODEL, inputs=INPUTS[:1])), 1, 1024)

    assert first[0] == pytest.approx(second[0], abs=1e-6), "the same text must embed the same way"
    assert first[0] != pytest.approx(first[1], abs=1e-3), "different texts must embed differently"


def test_a_single_string_input_is_accepted(client: Mistral, checked: Checked) -> None:
    response = checked(client.embeddings.create(model=EMBED_MODEL, inputs=INPUTS[0]))

    assert len(vectors(response, 1, 1024)) == 1


def test_output_dimension_is_honoured(client: Mistral, checked: Checked) -> None:
    response = checked(client.embeddings.create(model="codestral-embed", inputs=INPUTS[:2], output_dimension=256))

    for vector in vectors(response, 2, 256, model="codestral-embed"):
        assert norm(vector) == pytest.approx(1.0, abs=1e-3)
