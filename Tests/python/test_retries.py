"""Injected faults: the SDK's retry configuration against 503s and 429s with Retry-After."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable

import pytest
from mistralai.client import Mistral, errors
from mistralai.client.utils import BackoffStrategy, RetryConfig

from support.catalog import CHAT_MODEL
from support.expectations import answer_text
from support.recording import Recorder

HELLO = [{"role": "user", "content": "Hello"}]
FAST_BACKOFF = RetryConfig(
    "backoff",
    BackoffStrategy(initial_interval=10, max_interval=50, exponent=1.5, max_elapsed_time=10_000, jitter_ms=0),
    retry_connection_errors=False,
)


def fault_headers(status: int, fail_times: int, retry_after: int | None = None) -> dict[str, str]:
    """Headers that make the emulator fail the first `fail_times` requests carrying a fresh fault id."""
    headers = {"x-mock-status": str(status), "x-mock-fail-times": str(fail_times), "x-mock-fault-id": uuid.uuid4().hex}
    if retry_after is not None:
        headers["x-mock-retry-after"] = str(retry_after)
    return headers


def test_503_fails_without_retries(client: Mistral) -> None:
    with pytest.raises(errors.SDKError) as raised:
        client.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=fault_headers(503, 1))

    assert raised.value.status_code == 503
    assert json.loads(raised.value.body).get("object") == "error"


def test_retry_config_recovers_from_503s(make_client: Callable[..., Mistral], api_key: str, recorder: Recorder) -> None:
    sdk = make_client(api_key, retry_config=FAST_BACKOFF)

    response = sdk.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=fault_headers(503, 2))

    assert answer_text(response).strip()
    assert recorder.statuses() == [503, 503, 200]


def test_429_carries_retry_after_and_the_rate_limit_body(client: Mistral) -> None:
    with pytest.raises(errors.SDKError) as raised:
        client.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=fault_headers(429, 1, retry_after=2))

    error = raised.value
    assert error.status_code == 429
    assert error.headers.get("retry-after") == "2"
    body = json.loads(error.body)
    assert (body["type"], body["code"]) == ("rate_limited", "1300")


def test_retry_honours_retry_after_on_429(
    make_client: Callable[..., Mistral], api_key: str, recorder: Recorder
) -> None:
    sdk = make_client(api_key, retry_config=FAST_BACKOFF)
    started = time.monotonic()

    response = sdk.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=fault_headers(429, 1, retry_after=1))

    assert answer_text(response).strip()
    assert recorder.statuses() == [429, 200]
    assert time.monotonic() - started >= 0.9, "the SDK waits Retry-After seconds before retrying"


def test_fault_id_stops_failing_after_fail_times(client: Mistral) -> None:
    headers = fault_headers(503, 1)
    with pytest.raises(errors.SDKError):
        client.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=headers)

    response = client.chat.complete(model=CHAT_MODEL, messages=HELLO, http_headers=headers)

    assert answer_text(response).strip(), "after fail-times failures, the same fault id succeeds"
