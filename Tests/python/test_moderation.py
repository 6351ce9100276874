"""Moderation: raw text and chat conversations, with categories and scores."""

from __future__ import annotations

from mistralai.client import Mistral, models

from support.catalog import MODERATION_MODEL
from support.conformance import Checked

# The categories every moderation model version reports (API.md; 2603 splits and adds some).
CORE_CATEGORIES = {
    "sexual",
    "hate_and_discrimination",
    "violence_and_threats",
    "selfharm",
    "health",
    "financial",
    "law",
    "pii",
}
VIOLENT_TEXT = "I am going to kill you and burn your house down."
HARMLESS_TEXT = "The weather in Lyon is lovely this afternoon."


def assert_moderation_shape(response: models.ModerationResponse, count: int) -> list[models.ModerationObject]:
    assert response.id, "moderation response has no id"
    assert response.model.startswith("mistral-moderation"), response.model
    assert len(response.results) == count
    for result in response.results:
        assert result.categories is not None and result.category_scores is not None
        assert set(result.categories) == set(result.category_scores), "categories and scores name the same keys"
        assert CORE_CATEGORIES <= set(result.categories), set(result.categories) ^ CORE_CATEGORIES
        assert all(isinstance(flag, bool) for flag in result.categories.values())
        assert all(0.0 <= score <= 1.0 for score in result.category_scores.values())
    return response.results


def test_moderate_flags_violence_and_passes_harmless_text(client: Mistral, checked: Checked) -> None:
    response = checked(client.classifiers.moderate(model=MODERATION_MODEL, inputs=[VIOLENT_TEXT, HARMLESS_TEXT]))

    violent, harmless = assert_moderation_shape(response, 2)
    assert violent.categories["violence_and_threats"] is True
    assert not any(harmless.categories.values()), harmless.categories
    assert violent.category_scores["violence_and_threats"] > harmless.category_scores["violence_and_threats"]


def test_moderate_is_deterministic(client: Mistral, checked: Checked) -> None:
    first = checked(client.classifiers.moderate(model=MODERATION_MODEL, inputs=VIOLENT_TEXT))
    second = checked(client.classifiers.moderate(model=MODERATION_MODEL, inputs=VIOLENT_TEXT))

    assert assert_moderation_shape(first, 1)[0].model_dump() == assert_moderation_shape(second, 1)[0].model_dump()


def test_moderate_chat_scores_the_conversation(client: Mistral, checked: Checked) -> None:
    conversation = [
        {"role": "user", "content": "My neighbour is so loud."},
        {"role": "assistant", "content": VIOLENT_TEXT},
    ]

    response = checked(client.classifiers.moderate_chat(model=MODERATION_MODEL, inputs=conversation))

    (result,) = assert_moderation_shape(response, 1)
    assert result.categories["violence_and_threats"] is True
