"""Secrets are never stored: after a run that used API keys (right and wrong) in Authorization headers, neither
the database files nor the server's log contain them."""

from __future__ import annotations

import random
from pathlib import Path

from support.keys import create_key
from support.otlp import Client, chat_trace, export_body


def test_keys_never_reach_the_database_or_the_log(binary: str, make_server, tmp_path: Path) -> None:
    sqlite = tmp_path / "windsock.sqlite"
    store = ["--sqlite", str(sqlite)]
    read, ingest = create_key(binary, store, "alpha", "read"), create_key(binary, store, "alpha", "ingest")
    server = make_server(store)
    server.start()
    wrong = "wsk_ingest_" + "7" * 48
    trace_id, spans = chat_trace(random.Random(5))
    assert Client(server.url, ingest.secret).export(export_body(spans)).status == 200
    assert Client(server.url, wrong).export(export_body(spans)).status == 401
    assert Client(server.url, read.secret).get_json(f"/api/v1/traces/{trace_id}")["spans"]
    assert Client(server.url, wrong.replace("ingest", "read")).request("GET", "/api/v1/traces").status == 401
    assert server.stop() == 0

    files = [path for path in tmp_path.iterdir() if path.name.startswith("windsock.sqlite")]
    assert files, "no database files"
    haystacks = {path.name: path.read_bytes() for path in files}
    haystacks["server log"] = server.log_path.read_bytes()
    for secret in (read.secret, ingest.secret, wrong, wrong.replace("ingest", "read")):
        for name, content in haystacks.items():
            # The whole secret, and its random part alone (a prefix of a few characters is shown in listings).
            for needle in (secret, secret.split("_")[-1]):
                assert needle.encode() not in content, f"a key secret is in {name}"
