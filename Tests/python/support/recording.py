"""HTTP transports that record what the SDK sent and what the emulator answered.

The SDK's pydantic models are lenient (most fields optional, unknown keys dropped), so the tests also look
at the raw JSON the emulator sent. Non-streaming bodies are buffered and recorded; event streams pass through
untouched (only their status and headers are recorded) so that streaming stays incremental.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx2 as httpx


@dataclass(frozen=True)
class Exchange:
    """One request the SDK made and the answer it got."""

    method: str
    path: str
    request_headers: httpx.Headers
    status: int
    headers: httpx.Headers
    body: bytes | None  # None for event streams, which are not buffered

    def json(self) -> Any:
        assert self.body is not None, f"{self.method} {self.path} was streamed; its body was not recorded"
        return json.loads(self.body)


@dataclass
class Recorder:
    """The exchanges of one test, in order."""

    exchanges: list[Exchange] = field(default_factory=list)

    def last(self) -> Exchange:
        assert self.exchanges, "the SDK made no HTTP request"
        return self.exchanges[-1]

    def last_json(self) -> Any:
        return self.last().json()

    def statuses(self) -> list[int]:
        return [exchange.status for exchange in self.exchanges]


def _is_event_stream(response: httpx.Response) -> bool:
    return response.headers.get("content-type", "").startswith("text/event-stream")


def _decoded(status: int, headers: httpx.Headers, raw: bytes) -> bytes:
    # A throwaway response applies any Content-Encoding for us.
    return httpx.Response(status, headers=headers, content=raw).read()


class RecordingTransport(httpx.BaseTransport):
    """A synchronous transport that records every exchange into a `Recorder`."""

    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if _is_event_stream(response):
            self._recorder.exchanges.append(_exchange(request, response, None))
            return response
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        body = _decoded(response.status_code, response.headers, raw)
        self._recorder.exchanges.append(_exchange(request, response, body))
        return _replay(request, response, raw)

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of `RecordingTransport`."""

    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if _is_event_stream(response):
            self._recorder.exchanges.append(_exchange(request, response, None))
            return response
        try:
            raw = b"".join([part async for part in response.aiter_raw()])
        finally:
            await response.aclose()
        body = _decoded(response.status_code, response.headers, raw)
        self._recorder.exchanges.append(_exchange(request, response, body))
        return _replay(request, response, raw)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _exchange(request: httpx.Request, response: httpx.Response, body: bytes | None) -> Exchange:
    return Exchange(
        method=request.method,
        path=request.url.path,
        request_headers=request.headers,
        status=response.status_code,
        headers=response.headers,
        body=body,
    )


def _replay(request: httpx.Request, response: httpx.Response, raw: bytes) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=raw,
        request=request,
        extensions=response.extensions,
    )
