"""A bounded soak: ingest and queries together (60 s in CI, 10 minutes with RELIABILITY_LONG=1): no error,
resident memory flat, latencies recorded (printed, and written to soak-results.json beside the log)."""

from __future__ import annotations

import json
import os
import random
import statistics
import threading
import time
from pathlib import Path

from support.otlp import Client, long_run, trace_batch
from support.server import WindsockServer


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def test_ingest_and_queries_together(store_arguments: list[str], make_server, tmp_path: Path) -> None:
    seconds = 600 if long_run() else int(os.environ.get("RELIABILITY_SOAK_SECONDS", "60"))
    server: WindsockServer = make_server(store_arguments)
    server.start()
    latencies: dict[str, list[float]] = {"export": [], "list": [], "trace": [], "metrics": []}
    errors: list[str] = []
    known_traces: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def timed(kind: str, action) -> None:
        started = time.perf_counter()
        try:
            action()
        except Exception as error:  # noqa: BLE001 — every failure is reported by the test
            with lock:
                errors.append(f"{kind}: {error!r}")
            return
        with lock:
            latencies[kind].append((time.perf_counter() - started) * 1000)

    def ingest(seed: int) -> None:
        rng = random.Random(seed)
        client = Client(server.url)
        while not stop.is_set():
            batch = trace_batch(rng, 10)

            def send() -> None:
                answer = client.export(batch.body())
                assert answer.status == 200 and answer.json() == {}, (answer.status, answer.body[:200])

            timed("export", send)
            with lock:
                known_traces.extend(list(batch.spans_by_trace)[:1])

    def query(seed: int) -> None:
        rng = random.Random(seed)
        client = Client(server.url)
        while not stop.is_set():
            timed("list", lambda: client.get_json("/api/v1/traces?limit=50"))
            with lock:
                trace_id = rng.choice(known_traces) if known_traces else None
            if trace_id:
                timed("trace", lambda: client.get_json(f"/api/v1/traces/{trace_id}"))
            timed("metrics", lambda: client.get_json("/api/v1/metrics?interval=1m&group_by=model"))

    threads = [threading.Thread(target=ingest, args=(seed,), daemon=True) for seed in range(2)]
    threads += [threading.Thread(target=query, args=(seed,), daemon=True) for seed in range(2)]
    for thread in threads:
        thread.start()
    memory: list[int] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(1)
        memory.append(server.resident_kib())
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors, f"{len(errors)} errors, first: {errors[:3]}"
    # The first third warms caches up (SQLite's page cache, malloc's arenas); the last third must not grow past
    # the middle third.
    third = len(memory) // 3
    first, second = max(memory[third : 2 * third]), max(memory[2 * third :])
    results = {
        "store": "sqlite" if store_arguments[0] == "--sqlite" else "postgres",
        "seconds": seconds,
        "requests": {kind: len(samples) for kind, samples in latencies.items()},
        "p50_ms": {kind: round(statistics.median(s), 2) for kind, s in latencies.items() if s},
        "p99_ms": {kind: round(percentile(s, 0.99), 2) for kind, s in latencies.items() if s},
        "rss_mib_middle_third_peak": round(first / 1024, 1),
        "rss_mib_last_third_peak": round(second / 1024, 1),
        "rss_mib_by_second": [round(kib / 1024) for kib in memory],
    }
    (server.log_path.parent / f"soak-results-{results['store']}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results))
    assert all(latencies[kind] for kind in latencies), f"some query never ran: {results['requests']}"
    # Flat: the last third's peak is within 25% (or 24 MiB) of the middle third's.
    assert second <= max(first * 1.25, first + 24 * 1024), f"resident memory grew: {results}"
    assert server.stop() == 0
