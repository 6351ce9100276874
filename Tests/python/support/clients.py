"""SDK clients wired to record their traffic."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx2 as httpx
from mistralai.client import Mistral

from support.recording import AsyncRecordingTransport, Recorder, RecordingTransport

REQUEST_TIMEOUT_MS = 30_000


def _sdk(
    base_url: str, api_key: str | None, sync_http: httpx.Client, async_http: httpx.AsyncClient, **options: Any
) -> Mistral:
    return Mistral(
        api_key=api_key,
        server_url=base_url,
        client=sync_http,
        async_client=async_http,
        timeout_ms=REQUEST_TIMEOUT_MS,
        **options,
    )


@contextmanager
def sdk_client(base_url: str, api_key: str | None, recorder: Recorder, **options: Any) -> Iterator[Mistral]:
    """A `Mistral` client for synchronous calls; `options` go to its initialiser (e.g. retry_config)."""
    with httpx.Client(transport=RecordingTransport(recorder)) as sync_http:
        yield _sdk(base_url, api_key, sync_http, httpx.AsyncClient(), **options)


@asynccontextmanager
async def async_sdk_client(
    base_url: str, api_key: str | None, recorder: Recorder, **options: Any
) -> AsyncIterator[Mistral]:
    """A `Mistral` client for `*_async` calls."""
    async with httpx.AsyncClient(transport=AsyncRecordingTransport(recorder)) as async_http:
        yield _sdk(base_url, api_key, httpx.Client(), async_http, **options)
