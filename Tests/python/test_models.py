"""Models: the list and single model cards."""

from __future__ import annotations

import pytest
from mistralai.client import Mistral, errors, models

from support.catalog import CHAT_MODEL, EMBED_MODEL, FIM_MODEL
from support.conformance import Checked


def test_list_holds_current_models_as_base_cards(client: Mistral, checked: Checked) -> None:
    listed = checked(client.models.list())

    assert listed.object == "list"
    assert listed.data, "no models listed"
    cards = {card.id: card for card in listed.data}
    for wanted in (CHAT_MODEL, FIM_MODEL, EMBED_MODEL):
        assert wanted in cards or any(wanted in (card.aliases or []) for card in cards.values()), wanted
    for card in listed.data:
        assert isinstance(card, (models.BaseModelCard, models.FTModelCard)), card
        assert card.object == "model"
        assert isinstance(card.created, int) and card.owned_by


def test_retrieve_returns_the_chat_model_card(client: Mistral, checked: Checked) -> None:
    card = checked(client.models.retrieve(model_id=CHAT_MODEL))

    assert isinstance(card, models.BaseModelCard), card
    assert card.id == CHAT_MODEL or CHAT_MODEL in (card.aliases or [])
    assert card.type == "base"
    assert card.capabilities.completion_chat is True
    assert card.capabilities.function_calling is True
    assert isinstance(card.max_context_length, int) and card.max_context_length > 0


def test_retrieve_the_embedding_model_has_no_chat(client: Mistral, checked: Checked) -> None:
    card = checked(client.models.retrieve(model_id=EMBED_MODEL))

    assert isinstance(card, models.BaseModelCard)
    assert card.capabilities.completion_chat is False


def test_retrieve_unknown_model_is_an_error(client: Mistral) -> None:
    with pytest.raises(errors.SDKError) as raised:
        client.models.retrieve(model_id="no-such-model-anywhere")
    assert raised.value.status_code in (400, 404)
