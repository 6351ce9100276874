"""Hostile clients: every route under no key, a wrong key, another project's key and a revoked key; nothing
crosses projects; slow clients, huge headers and endless bodies hit limits while others are still served."""

from __future__ import annotations

import random
import socket
import time
from pathlib import Path

import pytest

from support.keys import Key, create_key, revoke_key
from support.otlp import Client, chat_trace, export_body
from support.server import WindsockServer


class Projects:
    def __init__(self, binary: str, store: list[str]) -> None:
        self.a_read = create_key(binary, store, "alpha", "read")
        self.a_ingest = create_key(binary, store, "alpha", "ingest")
        self.b_read = create_key(binary, store, "beta", "read")
        self.b_ingest = create_key(binary, store, "beta", "ingest")
        self.revoked = create_key(binary, store, "alpha", "read")
        revoke_key(binary, store, self.revoked)


@pytest.fixture
def keyed(binary: str, make_server, tmp_path: Path) -> tuple[WindsockServer, Projects, str, str]:
    store = ["--sqlite", str(tmp_path / "windsock.sqlite")]
    projects = Projects(binary, store)
    server = make_server(store)
    server.start()
    rng = random.Random(11)
    a_trace, a_spans = chat_trace(rng)
    b_trace, b_spans = chat_trace(rng)
    for spans, key in ((a_spans, projects.a_ingest), (b_spans, projects.b_ingest)):
        assert Client(server.url, key.secret).export(export_body(spans)).status == 200
    return server, projects, a_trace, b_trace


def test_every_route_under_every_wrong_key(keyed) -> None:
    server, projects, a_trace, _ = keyed
    routes = [
        ("GET", "/api/v1/traces", None),
        ("GET", f"/api/v1/traces/{a_trace}", None),
        ("GET", "/api/v1/sessions/session-1", None),
        ("GET", "/api/v1/metrics", None),
        ("GET", f"/api/v1/scores?trace_id={a_trace}", None),
        ("POST", "/api/v1/scores", b'{"trace_id": "%s", "name": "thumbs", "value": true}' % a_trace.encode()),
        ("GET", "/api/v1/openapi.json", None),
        ("GET", "/metrics", None),
        ("POST", "/v1/traces", b'{"resourceSpans": []}'),
    ]
    wrong = {
        "no key": None,
        "a wrong key": "wsk_read_" + "0" * 48,
        "a malformed header": "not a key at all",
        "a revoked key": projects.revoked.secret,
    }
    for method, path, body in routes:
        headers = {"Content-Type": "application/json"} if body else {}
        for label, secret in wrong.items():
            answer = Client(server.url, secret).request(method, path, body, headers)
            assert answer.status == 401, f"{method} {path} with {label} answered {answer.status}"
        # The wrong scope: a read key cannot ingest, an ingest key cannot read.
        scoped = projects.a_read if path == "/v1/traces" else projects.a_ingest
        answer = Client(server.url, scoped.secret).request(method, path, body, headers)
        if path == "/api/v1/scores" and method == "POST":
            assert answer.status in (200, 201), f"an ingest key may score: {answer.status}"
        else:
            assert answer.status == 403, f"{method} {path} with the wrong scope answered {answer.status}"
    assert Client(server.url).request("GET", "/healthz").status == 200


def test_nothing_crosses_projects(keyed) -> None:
    server, projects, a_trace, b_trace = keyed
    alpha, beta = Client(server.url, projects.a_read.secret), Client(server.url, projects.b_read.secret)
    assert [t["trace_id"] for t in alpha.get_json("/api/v1/traces")["data"]] == [a_trace]
    assert [t["trace_id"] for t in beta.get_json("/api/v1/traces")["data"]] == [b_trace]
    assert beta.request("GET", f"/api/v1/traces/{a_trace}").status == 404
    assert alpha.request("GET", f"/api/v1/traces/{b_trace}").status == 404
    # Scores may name a trace that has not arrived yet (as in Langfuse), so beta may score alpha's trace id: the
    # score lands in beta's project and never shows in alpha's.
    score = b'{"trace_id": "%s", "name": "thumbs", "value": false}' % a_trace.encode()
    answer = beta.request("POST", "/api/v1/scores", score, {"Content-Type": "application/json"})
    assert answer.status == 201, answer.body
    assert alpha.get_json(f"/api/v1/scores?trace_id={a_trace}")["data"] == []
    assert alpha.get_json(f"/api/v1/traces/{a_trace}").get("scores", []) == []
    assert len(beta.get_json(f"/api/v1/scores?trace_id={a_trace}")["data"]) == 1
    # Metrics count each project's own spans only: more spans in alpha change alpha's counts, not beta's.
    def counted(client: Client) -> int:
        return sum(bucket["count"] for bucket in client.get_json("/api/v1/metrics?interval=1d")["data"])

    alpha_before, beta_before = counted(alpha), counted(beta)
    assert alpha_before > 0 and beta_before > 0
    _, more = chat_trace(random.Random(12))
    assert Client(server.url, projects.a_ingest.secret).export(export_body(more)).status == 200
    assert counted(alpha) > alpha_before and counted(beta) == beta_before


def test_slow_clients_do_not_starve_others(sqlite_server: WindsockServer) -> None:
    sockets = []
    try:
        for _ in range(200):  # each sends half a request head and then nothing
            connection = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=5)
            connection.sendall(b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Ty")
            sockets.append(connection)
        client = Client(sqlite_server.url, timeout=10)
        for seed in range(5):
            trace_id, spans = chat_trace(random.Random(seed))
            assert client.export(export_body(spans)).status == 200
            assert len(client.span_ids(trace_id)) == 3
    finally:
        for connection in sockets:
            connection.close()


def test_huge_headers_are_refused(sqlite_server: WindsockServer) -> None:
    connection = socket.create_connection(("127.0.0.1", sqlite_server.port), timeout=10)
    try:
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server closed the connection while the header was still arriving
    try:
        answer = connection.recv(200)
    except ConnectionResetError:
        answer = b""
    connection.close()
    assert not answer.startswith(b"HTTP/1.1 200"), f"a 1 MiB header was served: {answer!r}"
    assert answer == b"" or answer.split(b" ")[1] in (b"400", b"413", b"431"), answer
    assert Client(sqlite_server.url).request("GET", "/healthz").status == 200


def test_an_endless_body_stops_at_the_limit(make_server, tmp_path: Path) -> None:
    server = make_server(["--sqlite", str(tmp_path / "limited.sqlite")], ["--max-body-mb", "1"])
    server.start()
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    head = b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    connection.sendall(head)
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"[" * (64 * 1024))
    sent = 0
    answer = b""
    connection.settimeout(0.2)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not answer:
        try:
            connection.sendall(chunk)
            sent += 64 * 1024
        except (BrokenPipeError, ConnectionResetError):
            break
        try:
            answer = connection.recv(300)
        except (TimeoutError, socket.timeout):
            continue
        except ConnectionResetError:
            break
    connection.close()
    assert sent < 64 << 20, f"the server read {sent} bytes of an endless body"
    if answer:
        assert answer.startswith(b"HTTP/1.1 413"), answer
    assert Client(server.url).request("GET", "/healthz").status == 200
