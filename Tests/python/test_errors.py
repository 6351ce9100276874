"""Error answers: the SDK must raise the right error type with the right status and body."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx2 as httpx
import pytest
from mistralai.client import Mistral, errors

from support.catalog import CHAT_MODEL, city_messages

HELLO = [{"role": "user", "content": "Hello"}]


def raised_by(call: Callable[[], Any], error_type: type[errors.MistralError]) -> errors.MistralError:
    with pytest.raises(error_type) as raised:
        call()
    return raised.value


def error_envelope(error: errors.MistralError) -> dict[str, Any]:
    """The app-layer error body: {"object":"error","message":..,"type":..,"param":null,"code":..}."""
    body = json.loads(error.body)
    assert body.get("object") == "error", body
    assert set(body) >= {"message", "type", "param", "code"}, body
    return body


@pytest.mark.parametrize("key", ["wrong-key", None], ids=["wrong key", "no key"])
def test_bad_key_gets_401_with_the_gateway_body(make_client: Callable[..., Mistral], key: str | None) -> None:
    sdk = make_client(key)

    error = raised_by(lambda: sdk.chat.complete(model=CHAT_MODEL, messages=HELLO), errors.SDKError)

    assert error.status_code == 401
    body = json.loads(error.body)
    assert body["message"] == "Unauthorized"
    assert re.fullmatch(r"[0-9a-f]+", body["request_id"]), body


UNKNOWN_MODEL_CALLS: dict[str, Callable[[Mistral], Any]] = {
    "chat": lambda sdk: sdk.chat.complete(model="no-such-model", messages=HELLO),
    "fim": lambda sdk: sdk.fim.complete(model="no-such-model", prompt="def f():"),
    "embeddings": lambda sdk: sdk.embeddings.create(model="no-such-model", inputs=["hello"]),
}


@pytest.mark.parametrize("endpoint", UNKNOWN_MODEL_CALLS)
def test_unknown_model_gets_400_invalid_model(client: Mistral, endpoint: str) -> None:
    error = raised_by(lambda: UNKNOWN_MODEL_CALLS[endpoint](client), errors.SDKError)

    assert error.status_code == 400
    body = error_envelope(error)
    assert (body["message"], body["type"], body["code"]) == ("Invalid model: no-such-model", "invalid_model", "1500")


def test_last_message_from_the_assistant_gets_400(client: Mistral) -> None:
    messages = [*HELLO, {"role": "assistant", "content": "Hi!"}]

    error = raised_by(lambda: client.chat.complete(model=CHAT_MODEL, messages=messages), errors.SDKError)

    assert error.status_code == 400
    body = error_envelope(error)
    assert body["type"] == "invalid_request_error"
    assert body["message"] == (
        "Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant"
    )


def test_malformed_tool_call_id_gets_400_invalid_function_call(client: Mistral) -> None:
    call = {"id": "bad_id!", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
    messages = [
        *HELLO,
        {"role": "assistant", "content": "", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "bad_id!", "name": "get_weather", "content": "sunny"},
    ]

    error = raised_by(lambda: client.chat.complete(model=CHAT_MODEL, messages=messages), errors.SDKError)

    assert error.status_code == 400
    body = error_envelope(error)
    assert (body["type"], body["code"]) == ("invalid_function_call", "3280")
    assert "bad_id!" in body["message"]


class ExtraFieldTransport(httpx.BaseTransport):
    """Adds a field the API does not know to every JSON body: the SDK's models cannot send one themselves."""

    def __init__(self, field: str, value: Any) -> None:
        self._field, self._value = field, value
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.read())
        body[self._field] = self._value
        content = json.dumps(body).encode()
        headers = {**request.headers, "content-length": str(len(content))}
        return self._inner.handle_request(httpx.Request(request.method, request.url, headers=headers, content=content))


def test_extra_field_gets_422_extra_forbidden(base_url: str, api_key: str) -> None:
    with httpx.Client(transport=ExtraFieldTransport("max_completion_tokens", 5)) as http:
        sdk = Mistral(api_key=api_key, server_url=base_url, client=http)

        error = raised_by(
            lambda: sdk.chat.complete(model=CHAT_MODEL, messages=city_messages()), errors.HTTPValidationError
        )

    assert error.status_code == 422
    body = error_envelope(error)
    assert body["type"] == "invalid_request_error"
    (detail,) = body["message"]["detail"]
    assert detail["type"] == "extra_forbidden"
    assert detail["loc"] == ["body", "max_completion_tokens"]
    assert detail["msg"] == "Extra inputs are not permitted"
    assert detail["input"] == 5


def test_missing_required_field_gets_422_missing(raw: httpx.Client) -> None:
    response = raw.post("/v1/chat/completions", json={"model": CHAT_MODEL})

    assert response.status_code == 422
    body = response.json()
    details = body["message"]["detail"] if isinstance(body.get("message"), dict) else body["detail"]
    assert {"type": "missing", "loc": ["body", "messages"]}.items() <= details[0].items(), details


def test_unknown_route_gets_404_with_the_gateway_body(raw: httpx.Client) -> None:
    response = raw.get("/v1/no/such/route")

    assert response.status_code == 404
    assert response.json()["message"] == "no Route matched with those values"
