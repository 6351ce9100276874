"""OTLP/JSON payloads of realistic LLM traces, and a small HTTP client for the server's routes."""

from __future__ import annotations

import gzip
import http.client
import json
import os
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit


def new_trace_id(rng: random.Random) -> str:
    return "%032x" % (rng.getrandbits(128) | 1)


def new_span_id(rng: random.Random) -> str:
    return "%016x" % (rng.getrandbits(64) | 1)


def attribute(key: str, value: object) -> dict:
    if isinstance(value, bool):
        return {"key": key, "value": {"boolValue": value}}
    if isinstance(value, int):
        return {"key": key, "value": {"intValue": str(value)}}
    if isinstance(value, float):
        return {"key": key, "value": {"doubleValue": value}}
    return {"key": key, "value": {"stringValue": str(value)}}


@dataclass
class TraceBatch:
    """One OTLP request: several traces, each a root span and chat spans under it."""

    spans_by_trace: dict[str, set[str]] = field(default_factory=dict)
    spans: list[dict] = field(default_factory=list)

    def body(self, service: str = "reliability") -> bytes:
        return export_body(self.spans, service)


def export_body(spans: list[dict], service: str = "reliability") -> bytes:
    resource = {"attributes": [attribute("service.name", service)]}
    scope = {"scope": {"name": "windsock-reliability"}, "spans": spans}
    return json.dumps({"resourceSpans": [{"resource": resource, "scopeSpans": [scope]}]}).encode()


def chat_trace(rng: random.Random, now_ns: int | None = None, chats: int = 2) -> tuple[str, list[dict]]:
    trace_id = new_trace_id(rng)
    start = now_ns if now_ns is not None else time.time_ns()
    root_id = new_span_id(rng)
    spans = [
        {
            "traceId": trace_id,
            "spanId": root_id,
            "name": "answer_question",
            "kind": 1,
            "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(start + 900_000_000),
            "attributes": [attribute("session.id", f"session-{rng.randrange(50)}"), attribute("user.id", "ada")],
        }
    ]
    for index in range(chats):
        question = f"Question {rng.getrandbits(32)}: " + "why is the sky blue? " * 20
        answer = "Rayleigh scattering of sunlight by the molecules of the air. " * 15
        spans.append(
            {
                "traceId": trace_id,
                "spanId": new_span_id(rng),
                "parentSpanId": root_id,
                "name": "chat mistral-small-latest",
                "kind": 3,
                "startTimeUnixNano": str(start + 100_000_000 * (index + 1)),
                "endTimeUnixNano": str(start + 100_000_000 * (index + 1) + 80_000_000),
                "attributes": [
                    attribute("gen_ai.operation.name", "chat"),
                    attribute("gen_ai.provider.name", "mistral_ai"),
                    attribute("gen_ai.request.model", "mistral-small-latest"),
                    attribute("gen_ai.response.model", "mistral-small-2506"),
                    attribute("gen_ai.usage.input_tokens", 120 + index),
                    attribute("gen_ai.usage.output_tokens", 80 + index),
                    attribute(
                        "gen_ai.input.messages",
                        json.dumps([{"role": "user", "parts": [{"type": "text", "content": question}]}]),
                    ),
                    attribute(
                        "gen_ai.output.messages",
                        json.dumps(
                            [
                                {
                                    "role": "assistant",
                                    "parts": [{"type": "text", "content": answer}],
                                    "finish_reason": "stop",
                                }
                            ]
                        ),
                    ),
                ],
            }
        )
    return trace_id, spans


def trace_batch(rng: random.Random, traces: int) -> TraceBatch:
    batch = TraceBatch()
    for _ in range(traces):
        trace_id, spans = chat_trace(rng)
        batch.spans_by_trace[trace_id] = {span["spanId"] for span in spans}
        batch.spans.extend(spans)
    return batch


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> object:
        return json.loads(self.body)


class Client:
    """Plain HTTP/1.1 to one server, one connection per request (so a killed server is seen at once)."""

    def __init__(self, base_url: str, key: str | None = None, timeout: float = 30):
        self.base_url = base_url
        self.key = key
        self.timeout = timeout

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Answer:
        parts = urlsplit(self.base_url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=self.timeout)
        all_headers = dict(headers or {})
        if self.key:
            all_headers.setdefault("Authorization", f"Bearer {self.key}")
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            return Answer(response.status, response.read(), {k.lower(): v for k, v in response.getheaders()})
        finally:
            connection.close()

    def export(self, body: bytes, content_type: str = "application/json", gzip_body: bool = False) -> Answer:
        headers = {"Content-Type": content_type}
        if gzip_body:
            body = gzip.compress(body, 1)
            headers["Content-Encoding"] = "gzip"
        return self.request("POST", "/v1/traces", body, headers)

    def get_json(self, path: str) -> object:
        answer = self.request("GET", path)
        assert answer.status == 200, f"GET {path} answered {answer.status}: {answer.body[:500]!r}"
        return answer.json()

    def span_ids(self, trace_id: str) -> list[str]:
        """The span ids the server holds for a trace (with repeats, if it ever stored one twice)."""
        answer = self.request("GET", f"/api/v1/traces/{trace_id}")
        if answer.status == 404:
            return []
        assert answer.status == 200, f"GET trace {trace_id} answered {answer.status}: {answer.body[:500]!r}"
        return [span["span_id"] for span in answer.json()["spans"]]


def long_run() -> bool:
    """RELIABILITY_LONG=1 selects the on-demand lengths of RELIABILITY.md instead of CI's."""
    return os.environ.get("RELIABILITY_LONG") == "1"
