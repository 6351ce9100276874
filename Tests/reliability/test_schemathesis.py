"""schemathesis against /api/v1/openapi.json: no server error, and every response matches the document.

Runs with keys configured (a read key for the REST API, an ingest key for /v1/traces) on a store seeded with
traces, so the generated requests reach real data. `positive_data_acceptance` is left out on purpose: the API
rejects, with a 400 naming the parameter, values that a JSON Schema cannot describe (`to` before `from`, more
than 10,000 metric buckets, the all-zero trace id that OTLP calls invalid)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from support.keys import create_key
from support.otlp import Client, chat_trace, export_body, long_run
from support.server import WindsockServer


@pytest.fixture
def keyed_server(binary: str, make_server, tmp_path: Path) -> tuple[WindsockServer, str, str]:
    sqlite = tmp_path / "windsock.sqlite"
    store = ["--sqlite", str(sqlite)]
    read_key = create_key(binary, store, "fuzz", "read").secret
    ingest_key = create_key(binary, store, "fuzz", "ingest").secret
    server = make_server(["--sqlite", str(sqlite)])
    server.start()
    rng = random.Random(3)
    spans = [span for _ in range(20) for span in chat_trace(rng)[1]]
    assert Client(server.url, ingest_key).export(export_body(spans)).status == 200
    return server, read_key, ingest_key


def run_schemathesis(document: Path, url: str, key: str, path_option: list[str], tmp_path: Path) -> None:
    schemathesis = Path(sys.executable).with_name("schemathesis")
    examples = "300" if long_run() else "40"
    arguments = [
        str(schemathesis), "run", str(document), "--url", url,
        "--header", f"Authorization: Bearer {key}",
        "--checks", "all", "--exclude-checks", "positive_data_acceptance",
        "--max-examples", examples, "--seed", "20261130", "--no-color",
        *path_option,
    ]  # fmt: skip
    result = subprocess.run(
        arguments, capture_output=True, text=True, cwd=tmp_path, timeout=900, env={**os.environ, "NO_COLOR": "1"}
    )
    summary = result.stdout[-6000:]
    assert result.returncode == 0, f"schemathesis found failures:\n{summary}\n{result.stderr[-2000:]}"
    print(summary[-800:])


def test_rest_api_matches_its_document(keyed_server, tmp_path: Path) -> None:
    server, read_key, _ = keyed_server
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(Client(server.url, read_key).get_json("/api/v1/openapi.json")))
    run_schemathesis(document, server.url, read_key, ["--exclude-path", "/v1/traces"], tmp_path)
    assert Client(server.url).request("GET", "/healthz").status == 200


def test_otlp_route_matches_its_document(keyed_server, tmp_path: Path) -> None:
    server, read_key, ingest_key = keyed_server
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(Client(server.url, read_key).get_json("/api/v1/openapi.json")))
    run_schemathesis(document, server.url, ingest_key, ["--include-path", "/v1/traces"], tmp_path)
