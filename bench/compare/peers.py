"""Reads traces back through each server's own HTTP API (run by bench/compare.sh with the system python3).

    python3 peers.py wait    KIND URL --spans N --traces N --timeout S
    python3 peers.py latency KIND URL --samples N
    python3 peers.py count   KIND URL                  # prints the spans stored now (MLflow: the traces)

KIND is windsock, phoenix or mlflow. The APIs were read in the installed versions' code:

  windsock  GET /api/v1/traces?limit=…&cursor=… (TraceSummary.span_count), GET /api/v1/traces/{trace_id}
  phoenix   POST /graphql {projects {edges {node {recordCount}}}} (spans stored, all projects);
            GET /v1/projects/default/traces?limit=50 (newest first: sort=start_time, order=desc by default);
            GET /v1/projects/default/spans?trace_id=…&limit=1000 (a trace's spans)
  mlflow    POST /api/3.0/mlflow/traces/search {locations: [experiment 0], max_results ≤ 500, order_by,
            page_token} (TraceInfo only); GET /api/3.0/mlflow/traces/get?trace_id=… (a trace with its spans).
            MLflow writes all the spans of an export request in one transaction and the bench never splits a
            trace over two requests, so "every trace listed" is "every span stored".

`wait` polls until the server shows every span (MLflow: every trace) and prints
`RESULT seconds=… spans=… traces=…`; `latency` times the newest-50 listing and one trace with its spans, one
request at a time over one keep-alive connection, and prints `RESULT list_p50_ms=… trace_p50_ms=…`.
"""

import argparse
import http.client
import json
import statistics
import sys
import time
import urllib.parse

MLFLOW_EXPERIMENT = "0"


class Connection:
    """One keep-alive HTTP/1.1 connection that reconnects when the server closed it."""

    def __init__(self, base_url):
        parsed = urllib.parse.urlsplit(base_url)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.conn = None

    def request(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
                continue
            if response.status != 200:
                raise SystemExit(f"{method} {path} answered {response.status}: {payload[:300]!r}")
            return json.loads(payload)
        raise AssertionError("unreachable")


def windsock_pages(conn, limit):
    cursor = None
    while True:
        path = f"/api/v1/traces?limit={limit}" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
        page = conn.request("GET", path)
        yield page["data"]
        cursor = page.get("next_cursor")
        if not cursor or not page["data"]:
            return


def mlflow_search(conn, max_results, page_token=None):
    body = {
        "locations": [{"type": "MLFLOW_EXPERIMENT", "mlflow_experiment": {"experiment_id": MLFLOW_EXPERIMENT}}],
        "max_results": max_results,
        "order_by": ["timestamp_ms DESC"],
    }
    if page_token:
        body["page_token"] = page_token
    return conn.request("POST", "/api/3.0/mlflow/traces/search", body)


def stored(kind, conn):
    """(spans, traces) the server shows now; None where its API gives no cheap count."""
    if kind == "windsock":
        spans = traces = 0
        for page in windsock_pages(conn, 1000):
            traces += len(page)
            spans += sum(summary["span_count"] for summary in page)
        return spans, traces
    if kind == "phoenix":
        answer = conn.request("POST", "/graphql", {"query": "{projects {edges {node {recordCount traceCount}}}}"})
        nodes = [edge["node"] for edge in answer["data"]["projects"]["edges"]]
        return sum(n["recordCount"] for n in nodes), sum(n["traceCount"] for n in nodes)
    if kind == "mlflow":
        traces, token = 0, None
        while True:
            page = mlflow_search(conn, 500, token)
            traces += len(page.get("traces", []))
            token = page.get("next_page_token")
            if not token:
                return None, traces
    raise SystemExit(f"unknown server kind {kind!r}")


def wait(args):
    conn = Connection(args.url)
    started = time.monotonic()
    spans = traces = None
    while time.monotonic() - started < args.timeout:
        spans, traces = stored(args.kind, conn)
        if (spans if spans is not None else traces) >= (args.spans if spans is not None else args.traces):
            print(f"RESULT seconds={time.monotonic() - started:.3f} spans={spans} traces={traces}")
            return
        time.sleep(0.05)
    raise SystemExit(
        f"{args.kind}: after {args.timeout} s the API shows {spans} spans / {traces} traces, "
        f"expected {args.spans} / {args.traces}"
    )


def newest_ids(kind, conn, count):
    if kind == "windsock":
        return [t["trace_id"] for t in next(windsock_pages(conn, count))]
    if kind == "phoenix":
        return [t["trace_id"] for t in conn.request("GET", f"/v1/projects/default/traces?limit={count}")["data"]]
    return [t["trace_id"] for t in mlflow_search(conn, count).get("traces", [])]


def list_newest(kind, conn):
    if kind == "windsock":
        return len(conn.request("GET", "/api/v1/traces?limit=50")["data"])
    if kind == "phoenix":
        return len(conn.request("GET", "/v1/projects/default/traces?limit=50")["data"])
    return len(mlflow_search(conn, 50).get("traces", []))


def one_trace(kind, conn, trace_id):
    if kind == "windsock":
        return len(conn.request("GET", f"/api/v1/traces/{trace_id}")["spans"])
    if kind == "phoenix":
        return len(conn.request("GET", f"/v1/projects/default/spans?trace_id={trace_id}&limit=1000")["data"])
    answer = conn.request("GET", f"/api/3.0/mlflow/traces/get?trace_id={urllib.parse.quote(trace_id)}")
    return len(answer["trace"].get("spans", []))


def timed(function, *arguments):
    started = time.perf_counter()
    result = function(*arguments)
    return (time.perf_counter() - started) * 1000, result


def latency(args):
    conn = Connection(args.url)
    ids = newest_ids(args.kind, conn, 200)
    if not ids:
        raise SystemExit(f"{args.kind}: no traces to read")
    for _ in range(5):  # warm-up: connection, caches, the server's first-request work
        list_newest(args.kind, conn)
        one_trace(args.kind, conn, ids[0])
    listing, detail = [], []
    for index in range(args.samples):
        elapsed, count = timed(list_newest, args.kind, conn)
        if count != 50:
            raise SystemExit(f"{args.kind}: the newest-50 listing returned {count} traces")
        listing.append(elapsed)
        elapsed, spans = timed(one_trace, args.kind, conn, ids[index % len(ids)])
        if spans < 1:
            raise SystemExit(f"{args.kind}: trace {ids[index % len(ids)]} came back without spans")
        detail.append(elapsed)
    print(
        f"RESULT list_p50_ms={statistics.median(listing):.2f} trace_p50_ms={statistics.median(detail):.2f} "
        f"samples={args.samples}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    waiting = commands.add_parser("wait")
    waiting.add_argument("kind", choices=["windsock", "phoenix", "mlflow"])
    waiting.add_argument("url")
    waiting.add_argument("--spans", type=int, required=True)
    waiting.add_argument("--traces", type=int, required=True)
    waiting.add_argument("--timeout", type=float, default=600)
    timing = commands.add_parser("latency")
    timing.add_argument("kind", choices=["windsock", "phoenix", "mlflow"])
    timing.add_argument("url")
    timing.add_argument("--samples", type=int, default=50)
    counting = commands.add_parser("count")
    counting.add_argument("kind", choices=["windsock", "phoenix", "mlflow"])
    counting.add_argument("url")
    args = parser.parse_args()
    if args.command == "count":
        spans, traces = stored(args.kind, Connection(args.url))
        print(spans if spans is not None else traces)
    elif args.command == "wait":
        wait(args)
    else:
        latency(args)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
