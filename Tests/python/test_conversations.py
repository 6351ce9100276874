"""Conversations (beta): start, append, restart, get, list, history, messages, and streamed starts."""

from __future__ import annotations

import json

import httpx2 as httpx
import pytest
from mistralai.client import Mistral, models

from support.catalog import CHAT_MODEL
from support.conformance import Checked, assert_sdk_understood
from support.sse import parse_events

OPENING = "Plan a day in Lyon for me."
FOLLOW_UP = "And what should I eat there?"
DONE_EVENT = "conversation.response.done"


def output_message(response: models.ConversationResponse) -> models.MessageOutputEntry:
    """The single assistant message of a conversation response, after checking the envelope."""
    assert response.object == "conversation.response"
    assert response.conversation_id.startswith("conv_"), response.conversation_id
    assert len(response.outputs) == 1, response.outputs
    entry = response.outputs[0]
    assert isinstance(entry, models.MessageOutputEntry), f"expected a message.output entry, got {entry!r}"
    assert entry.object == "entry" and entry.type == "message.output" and entry.role == "assistant"
    assert isinstance(entry.id, str) and entry.id, "output entries carry an id"
    assert isinstance(entry.content, str) and entry.content.strip(), entry.content
    usage = response.usage
    assert isinstance(usage.prompt_tokens, int) and isinstance(usage.completion_tokens, int)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    return entry


def start(client: Mistral, checked: Checked, inputs: str = OPENING) -> models.ConversationResponse:
    return checked(client.beta.conversations.start(inputs=inputs, model=CHAT_MODEL))


def test_start_returns_an_assistant_message(client: Mistral, checked: Checked) -> None:
    entry = output_message(start(client, checked))

    assert entry.model == CHAT_MODEL or (entry.model or "").startswith("mistral-small")


def test_append_continues_the_same_conversation(client: Mistral, checked: Checked) -> None:
    started = start(client, checked)

    appended = checked(client.beta.conversations.append(conversation_id=started.conversation_id, inputs=FOLLOW_UP))

    assert appended.conversation_id == started.conversation_id
    assert output_message(appended).id != output_message(started).id


def test_history_and_messages_hold_every_turn_in_order(client: Mistral, checked: Checked) -> None:
    started = start(client, checked)
    appended = checked(client.beta.conversations.append(conversation_id=started.conversation_id, inputs=FOLLOW_UP))

    history = checked(client.beta.conversations.get_history(conversation_id=started.conversation_id))
    assert history.object == "conversation.history"
    assert history.conversation_id == started.conversation_id
    assert [type(entry) for entry in history.entries] == [
        models.MessageInputEntry,
        models.MessageOutputEntry,
        models.MessageInputEntry,
        models.MessageOutputEntry,
    ]
    assert [entry.content for entry in history.entries] == [
        OPENING,
        output_message(started).content,
        FOLLOW_UP,
        output_message(appended).content,
    ]

    messages = checked(client.beta.conversations.get_messages(conversation_id=started.conversation_id))
    assert messages.object == "conversation.messages"
    assert [entry.content for entry in messages.messages] == [entry.content for entry in history.entries]


def test_get_and_list_describe_the_conversation(client: Mistral, checked: Checked) -> None:
    started = start(client, checked)

    conversation = checked(client.beta.conversations.get(conversation_id=started.conversation_id))
    assert isinstance(conversation, models.ModelConversation), conversation
    assert conversation.id == started.conversation_id
    assert conversation.object == "conversation"
    assert conversation.model == CHAT_MODEL

    listed = checked(client.beta.conversations.list())
    assert started.conversation_id in [item.id for item in listed]


def test_restart_from_an_entry_branches_the_conversation(client: Mistral, checked: Checked) -> None:
    started = start(client, checked)
    first_output = output_message(started)

    restarted = checked(
        client.beta.conversations.restart(
            conversation_id=started.conversation_id, from_entry_id=first_output.id, inputs="Make it a rainy day plan."
        )
    )

    new_output = output_message(restarted)
    restarted_history = checked(client.beta.conversations.get_history(conversation_id=restarted.conversation_id))
    contents = [entry.content for entry in restarted_history.entries]
    assert contents[0] == OPENING, "a restart keeps the entries before from_entry_id"
    assert contents[-2:] == ["Make it a rainy day plan.", new_output.content], contents


def test_streamed_start_yields_typed_events(client: Mistral, checked: Checked) -> None:
    expected = output_message(start(client, checked, "Suggest a museum in Lyon."))

    with client.beta.conversations.start_stream(inputs="Suggest a museum in Lyon.", model=CHAT_MODEL) as stream:
        events = list(stream)

    names = [event.event for event in events]
    assert names[0] == "conversation.response.started" and names[-1] == DONE_EVENT, names
    assert set(names[1:-1]) == {"message.output.delta"}, names
    started_event, done_event = events[0].data, events[-1].data
    assert isinstance(started_event, models.ResponseStartedEvent)
    assert started_event.conversation_id.startswith("conv_")
    deltas = [event.data for event in events[1:-1]]
    assert all(isinstance(delta, models.MessageOutputEvent) for delta in deltas), deltas
    assert all(delta.type == event for delta, event in zip(deltas, names[1:-1], strict=True))
    assert "".join(str(delta.content) for delta in deltas) == expected.content
    assert isinstance(done_event, models.ResponseDoneEvent)
    assert done_event.usage.total_tokens == done_event.usage.prompt_tokens + done_event.usage.completion_tokens


def test_conversation_stream_framing_names_every_event(raw: httpx.Client) -> None:
    body = {"inputs": "Suggest a park in Lyon.", "model": CHAT_MODEL, "stream": True}
    with raw.stream("POST", "/v1/conversations", json=body, headers={"Accept": "text/event-stream"}) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_events(response.read().decode())

    for event in events:
        assert event.names() == ["event", "data"], f"each event is 'event:' then 'data:', got {event.fields}"
        payload = json.loads(event.value("data") or "")
        assert payload["type"] == event.value("event"), "data.type repeats the event name"
        parsed = models.ConversationEvents.model_validate({"event": event.value("event"), "data": payload})
        assert_sdk_understood(parsed.data, payload)
    assert events[-1].value("event") == DONE_EVENT
    assert all(event.value("data") != "[DONE]" for event in events), "conversation streams have no [DONE]"


def test_dropped_conversation_stream_raises(client: Mistral) -> None:
    received: list[models.ConversationEvents] = []
    headers = {"x-mock-drop-after-chunks": "2"}
    with pytest.raises(httpx.TransportError):
        with client.beta.conversations.start_stream(inputs=OPENING, model=CHAT_MODEL, http_headers=headers) as stream:
            for event in stream:
                received.append(event)

    assert [event.event for event in received] == ["conversation.response.started", "message.output.delta"]
