"""Bad OTLP input gets the right 4xx (or a partial success naming the bad spans), the valid spans of the same
batch are kept, nothing accepted before is lost, and the server keeps serving."""

from __future__ import annotations

import gzip
import json
import random

import pytest

from support.otlp import Client, attribute, chat_trace, export_body
from support.server import WindsockServer


@pytest.fixture
def client(sqlite_server: WindsockServer) -> Client:
    client = Client(sqlite_server.url, timeout=120)
    return client


@pytest.fixture
def accepted_before(client: Client) -> tuple[str, list[str]]:
    """A trace accepted before the bad input: it must still be whole afterwards."""
    trace_id, spans = chat_trace(random.Random(1))
    answer = client.export(export_body(spans))
    assert answer.status == 200, answer.body
    return trace_id, [span["spanId"] for span in spans]


def still_serving(client: Client, accepted_before: tuple[str, list[str]]) -> None:
    assert client.request("GET", "/healthz").status == 200
    trace_id, span_ids = accepted_before
    assert sorted(client.span_ids(trace_id)) == sorted(span_ids), "a trace accepted earlier changed"


def valid_span(seed: int) -> tuple[str, dict]:
    trace_id, spans = chat_trace(random.Random(seed), chats=0)
    return trace_id, spans[0]


def assert_otlp_error(answer, status: int, fragment: str) -> None:
    assert answer.status == status, f"expected {status}, got {answer.status}: {answer.body[:300]!r}"
    message = json.loads(answer.body)["message"]
    assert fragment in message, f"{fragment!r} not in {message!r}"


def test_corrupt_and_truncated_gzip(client: Client, accepted_before) -> None:
    body = gzip.compress(export_body([valid_span(2)[1]]))
    for broken in (body[: len(body) // 2], body[:-4], b"\x1f\x8b" + b"not gzip at all" * 10):
        answer = client.request(
            "POST", "/v1/traces", broken, {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )
        assert answer.status == 400, f"broken gzip answered {answer.status}: {answer.body[:200]!r}"
    still_serving(client, accepted_before)


def test_wrong_content_types(client: Client, accepted_before) -> None:
    body = export_body([valid_span(3)[1]])
    for content_type in ("text/plain", "application/xml", "multipart/form-data; boundary=x", ""):
        answer = client.request("POST", "/v1/traces", body, {"Content-Type": content_type} if content_type else {})
        assert answer.status == 415, f"{content_type!r} answered {answer.status}"
    answer = client.request("POST", "/v1/traces", body, {"Content-Type": "application/json", "Content-Encoding": "br"})
    assert answer.status == 415
    still_serving(client, accepted_before)


def test_protobuf_garbage_is_400(client: Client, accepted_before) -> None:
    rng = random.Random(4)
    for size in (1, 7, 100, 5000):
        garbage = bytes(rng.getrandbits(8) for _ in range(size))
        answer = client.export(garbage, content_type="application/x-protobuf")
        assert answer.status in (200, 400), f"garbage protobuf answered {answer.status}"
        if answer.status == 200:  # random bytes can form a valid message of unknown fields: nothing stored
            assert client.request("GET", "/healthz").status == 200
    still_serving(client, accepted_before)


def test_deeply_nested_json(client: Client, accepted_before) -> None:
    assert_otlp_error(client.export(b"[" * 200_000), 400, "nesting")
    assert_otlp_error(client.export(b'{"resourceSpans":' + b'[{"a":' * 100_000), 400, "nesting")
    # Deep JSON inside an attribute value is a string to OTLP: kept, and still readable.
    trace_id, span = valid_span(5)
    span["attributes"].append(attribute("input.value", "[" * 100_000 + "]" * 100_000))
    assert client.export(export_body([span])).status == 200
    assert client.span_ids(trace_id) == [span["spanId"]]
    still_serving(client, accepted_before)


def test_invalid_utf8(client: Client, accepted_before) -> None:
    _, span = valid_span(6)
    span["attributes"].append(attribute("input.value", "PLACEHOLDER"))
    body = export_body([span]).replace(b"PLACEHOLDER", b"caf\xc3 \xff\xfe")
    assert_otlp_error(client.export(body), 400, "UTF-8")
    still_serving(client, accepted_before)


def test_ids_of_the_wrong_length_are_rejected_the_rest_kept(client: Client, accepted_before) -> None:
    good_trace, good = valid_span(7)
    bad_trace = dict(valid_span(8)[1], traceId="abc")
    bad_span = dict(valid_span(9)[1], spanId="0102")
    zero_trace = dict(valid_span(10)[1], traceId="0" * 32)
    answer = client.export(export_body([bad_trace, good, bad_span, zero_trace]))
    assert answer.status == 200, answer.body
    partial = answer.json()["partialSuccess"]
    assert int(partial["rejectedSpans"]) == 3, partial
    assert "traceId" in partial["errorMessage"] and "spanId" in partial["errorMessage"]
    assert client.span_ids(good_trace) == [good["spanId"]]
    still_serving(client, accepted_before)


def test_timestamps_out_of_range(client: Client, accepted_before) -> None:
    good_trace, good = valid_span(11)
    backwards = dict(valid_span(12)[1], endTimeUnixNano="1")
    missing = dict(valid_span(13)[1], startTimeUnixNano="0")
    answer = client.export(export_body([backwards, missing, good]))
    assert answer.status == 200, answer.body
    assert int(answer.json()["partialSuccess"]["rejectedSpans"]) == 2
    assert client.span_ids(good_trace) == [good["spanId"]]
    # Beyond 64 bits cannot be an OTLP timestamp at all: the message is malformed.
    overflow = dict(valid_span(14)[1], startTimeUnixNano="99999999999999999999")
    assert_otlp_error(client.export(export_body([overflow])), 400, "startTimeUnixNano")
    still_serving(client, accepted_before)


def test_huge_attribute_value_is_kept(client: Client, accepted_before) -> None:
    trace_id, span = valid_span(15)
    span["attributes"].append(attribute("input.value", "x" * (8 << 20)))
    assert client.export(export_body([span])).status == 200
    assert client.span_ids(trace_id) == [span["spanId"]]
    still_serving(client, accepted_before)


def test_a_million_attributes(client: Client, accepted_before) -> None:
    good_trace, good = valid_span(16)
    _, crowded = valid_span(17)
    crowded["attributes"] = [{"key": f"a{index}", "value": {"intValue": "1"}} for index in range(1_000_000)]
    body = export_body([crowded, good])
    assert len(body) > 32 << 20
    # Plain, it is over the body limit.
    assert_otlp_error(client.export(body), 413, "")
    # Gzipped it fits, and once inflated it is under the decompressed limit: the crowded span is rejected by
    # name, the other one kept, in reasonable time.
    answer = client.export(body, gzip_body=True)
    assert answer.status == 200, answer.body[:300]
    partial = answer.json()["partialSuccess"]
    assert int(partial["rejectedSpans"]) == 1 and "attributes" in partial["errorMessage"], partial
    assert client.span_ids(good_trace) == [good["spanId"]]
    still_serving(client, accepted_before)
