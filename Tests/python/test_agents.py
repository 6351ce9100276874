"""Agents (beta CRUD) and agents completions, streamed and not."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
from mistralai.client import Mistral, errors, models

from support.catalog import CHAT_MODEL
from support.conformance import Checked
from support.expectations import answer_text, assert_completion_envelope, only_choice, summarise_stream

INSTRUCTIONS = "You answer questions about French cities in two sentences."
QUESTION = [{"role": "user", "content": "Tell me about Bordeaux."}]


@pytest.fixture
def agent(client: Mistral, checked: Checked) -> Iterator[models.Agent]:
    created = checked(
        client.beta.agents.create(
            model=CHAT_MODEL,
            name=f"windsock-sdk-test-{uuid.uuid4().hex[:8]}",
            instructions=INSTRUCTIONS,
            description="Created by the Python SDK conformance tests.",
            completion_args={"temperature": 0.2},
        )
    )
    yield created
    try:
        client.beta.agents.delete(agent_id=created.id)
    except errors.SDKError as error:
        assert error.status_code == 404, error


def test_created_agent_has_the_agent_shape(agent: models.Agent) -> None:
    assert agent.id.startswith("ag_"), agent.id
    assert agent.object == "agent"
    assert agent.model == CHAT_MODEL
    assert agent.instructions == INSTRUCTIONS
    assert agent.version in agent.versions
    assert isinstance(agent.created_at, datetime) and isinstance(agent.updated_at, datetime)
    assert agent.completion_args is not None and agent.completion_args.temperature == pytest.approx(0.2)


@pytest.mark.filterwarnings("ignore:.*list_pages instead:DeprecationWarning")
def test_list_and_get_return_the_agent(client: Mistral, checked: Checked, agent: models.Agent) -> None:
    listed = checked(client.beta.agents.list())
    assert agent.id in [item.id for item in listed]

    fetched = checked(client.beta.agents.get(agent_id=agent.id))
    assert (fetched.id, fetched.name, fetched.instructions) == (agent.id, agent.name, agent.instructions)


def test_update_changes_the_instructions(client: Mistral, checked: Checked, agent: models.Agent) -> None:
    updated = checked(client.beta.agents.update(agent_id=agent.id, instructions="Answer in one sentence."))

    assert updated.instructions == "Answer in one sentence."
    assert checked(client.beta.agents.get(agent_id=agent.id)).instructions == "Answer in one sentence."


def test_deleted_agent_is_gone(client: Mistral, agent: models.Agent) -> None:
    client.beta.agents.delete(agent_id=agent.id)

    with pytest.raises(errors.SDKError) as raised:
        client.beta.agents.get(agent_id=agent.id)
    assert raised.value.status_code == 404


def test_agents_complete_answers_with_the_chat_shape(client: Mistral, checked: Checked, agent: models.Agent) -> None:
    response = checked(client.agents.complete(agent_id=agent.id, messages=QUESTION))

    assert_completion_envelope(response)
    assert only_choice(response).finish_reason == "stop"
    assert answer_text(response).strip()


def test_agents_stream_matches_complete(client: Mistral, checked: Checked, agent: models.Agent) -> None:
    complete = checked(client.agents.complete(agent_id=agent.id, messages=QUESTION))

    with client.agents.stream(agent_id=agent.id, messages=QUESTION) as stream:
        streamed = summarise_stream(list(stream))

    assert streamed.text == answer_text(complete)
    assert streamed.finish_reason == "stop"


def test_unknown_agent_id_is_rejected(client: Mistral) -> None:
    with pytest.raises(errors.SDKError) as raised:
        client.agents.complete(agent_id="ag_doesnotexist0000000000000000", messages=QUESTION)
    assert 400 <= raised.value.status_code < 500
