"""SIGKILL at random moments while four senders export: every span whose request got a 200 is in the store
after a restart, and re-sending requests whose answer was lost (or was a 200) creates no duplicate span."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

from support.otlp import Client, TraceBatch, long_run, trace_batch
from support.server import WindsockServer

SENDERS = 4
TRACES_PER_REQUEST = 10  # 3 spans each: 30 spans per request


class Ledger:
    """What the senders know: batches acknowledged with a 200, and batches whose answer never came."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.acknowledged: list[TraceBatch] = []
        self.unanswered: list[TraceBatch] = []
        self.refused = 0  # 503s under saturation: retried later like an unanswered batch

    def spans_by_trace(self, batches: list[TraceBatch]) -> dict[str, set[str]]:
        merged: dict[str, set[str]] = {}
        for batch in batches:
            for trace_id, span_ids in batch.spans_by_trace.items():
                merged.setdefault(trace_id, set()).update(span_ids)
        return merged


def sender(server: WindsockServer, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        batch = trace_batch(rng, TRACES_PER_REQUEST)
        try:
            answer = Client(server.url, timeout=10).export(batch.body())
        except OSError:
            with ledger.lock:
                ledger.unanswered.append(batch)
            time.sleep(0.02)  # the server is down: try again soon, with a new batch
            continue
        with ledger.lock:
            if answer.status == 200:
                assert answer.json() == {}, f"a valid batch was answered {answer.body!r}"
                ledger.acknowledged.append(batch)
            elif answer.status == 503:
                ledger.refused += 1
                ledger.unanswered.append(batch)
            else:
                raise AssertionError(f"export answered {answer.status}: {answer.body[:300]!r}")


def test_every_acknowledged_span_survives_sigkill(
    store_arguments: list[str], make_server: Callable[..., WindsockServer]
) -> None:
    cycles = 20 if long_run() else 4
    server = make_server(store_arguments)
    server.start()
    ledger = Ledger()
    stop = threading.Event()
    failures: list[BaseException] = []

    def run(seed: int) -> None:
        try:
            sender(server, ledger, stop, seed)
        except BaseException as error:  # noqa: BLE001 — reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=run, args=(seed,), daemon=True) for seed in range(SENDERS)]
    for thread in threads:
        thread.start()
    killer = random.Random(7)
    acknowledged_before = 0
    for _ in range(cycles):
        time.sleep(killer.uniform(0.4, 1.5))
        server.kill()
        with ledger.lock:
            assert len(ledger.acknowledged) > acknowledged_before, "no batch was acknowledged in a whole cycle"
            acknowledged_before = len(ledger.acknowledged)
        time.sleep(killer.uniform(0, 0.2))
        server.start()
    time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert not failures, f"a sender failed: {failures[0]!r}"

    client = Client(server.url, timeout=30)
    # A client that lost the answer sends again; one that got a 200 may too (e.g. its own retry fired).
    resent = ledger.unanswered + ledger.acknowledged[:: max(1, len(ledger.acknowledged) // 20)]
    for batch in resent:
        answer = client.export(batch.body())
        assert answer.status == 200, f"re-sent batch answered {answer.status}: {answer.body[:300]!r}"

    expected = ledger.spans_by_trace(ledger.acknowledged + ledger.unanswered)
    missing, duplicated = 0, 0
    for trace_id, span_ids in expected.items():
        stored = client.span_ids(trace_id)
        missing += len(span_ids - set(stored))
        duplicated += len(stored) - len(set(stored))
    total = sum(len(span_ids) for span_ids in expected.values())
    assert missing == 0, f"{missing} of {total} acknowledged spans are not in the store after {cycles} SIGKILLs"
    assert duplicated == 0, f"{duplicated} spans are stored twice after re-delivery"
    summary = client.get_json("/api/v1/traces?limit=1")
    assert summary["data"], "the listing is empty"
    print(
        f"{cycles} SIGKILLs, {len(ledger.acknowledged)} acknowledged batches, {len(ledger.unanswered)} unanswered "
        f"(re-sent), {ledger.refused} answered 503, {total} spans all present once"
    )
    assert server.stop() == 0
