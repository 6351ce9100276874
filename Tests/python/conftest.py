"""Fixtures: the emulator's address and key, SDK clients that record traffic, and a raw HTTP client.

scripts/python-sdk-tests.sh starts `windsock mock` and sets WINDSOCK_SDK_TEST_URL and WINDSOCK_SDK_TEST_KEY.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack
from typing import Any, TypeVar

import httpx2 as httpx
import pytest
from mistralai.client import Mistral

from support.clients import REQUEST_TIMEOUT_MS, async_sdk_client, sdk_client
from support.conformance import assert_sdk_understood
from support.recording import Recorder

T = TypeVar("T")


def _required_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.exit(f"{name} is not set: run these tests with scripts/python-sdk-tests.sh", returncode=2)
    return value


@pytest.fixture(scope="session")
def base_url() -> str:
    return _required_env("WINDSOCK_SDK_TEST_URL").rstrip("/")


@pytest.fixture(scope="session")
def api_key() -> str:
    return _required_env("WINDSOCK_SDK_TEST_KEY")


@pytest.fixture
def recorder() -> Recorder:
    """Every HTTP exchange the test's SDK clients made, in order."""
    return Recorder()


@pytest.fixture
def client(base_url: str, api_key: str, recorder: Recorder) -> Iterator[Mistral]:
    with sdk_client(base_url, api_key, recorder) as sdk:
        yield sdk


@pytest.fixture
async def async_client(base_url: str, api_key: str, recorder: Recorder) -> AsyncIterator[Mistral]:
    async with async_sdk_client(base_url, api_key, recorder) as sdk:
        yield sdk


@pytest.fixture
def make_client(base_url: str, recorder: Recorder) -> Iterator[Callable[..., Mistral]]:
    """Builds extra synchronous clients: `make_client(api_key, **Mistral_options)`."""
    with ExitStack() as stack:

        def make(api_key: str | None, **options: Any) -> Mistral:
            return stack.enter_context(sdk_client(base_url, api_key, recorder, **options))

        yield make


@pytest.fixture
def raw(base_url: str, api_key: str) -> Iterator[httpx.Client]:
    """A plain HTTP client with the key, for checks below the SDK (framing, exact bodies)."""
    headers = {"Authorization": f"Bearer {api_key}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=REQUEST_TIMEOUT_MS / 1000) as http:
        yield http


@pytest.fixture
def checked(recorder: Recorder) -> Callable[[T], T]:
    """Wraps an SDK result: fails unless the SDK understood every part of the last JSON answer."""

    def check(result: T) -> T:
        assert_sdk_understood(result, recorder.last_json())
        return result

    return check
