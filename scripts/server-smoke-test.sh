#!/usr/bin/env bash
# Starts the built `windsock server` binary on a free port with a fresh SQLite file, sends real OTLP fixtures
# (protobuf, JSON, gzipped JSON), reads them back through the REST API, checks /healthz and /metrics, then stops
# it with SIGTERM and expects a clean exit. Needs WINDSOCK_BIN (scripts/test sets it), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${WINDSOCK_BIN:?set WINDSOCK_BIN to the windsock binary}"
fixtures=Tests/WindsockIngestTests/Fixtures
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
url="http://127.0.0.1:$port"
pid=""
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "server smoke test: $*" >&2
    echo "--- server log ---" >&2
    cat "$work/server.log" >&2 || true
    exit 1
}

"$bin" server --host 127.0.0.1 --port "$port" --sqlite "$work/windsock.sqlite" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    curl -fsS "$url/healthz" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || fail "the server exited at start-up"
    sleep 0.1
done
curl -fsS "$url/healthz" >/dev/null || fail "/healthz did not answer"

post() { # file, content type, extra curl arguments...
    local file=$1 type=$2
    shift 2
    local status
    status=$(curl -sS -o "$work/answer" -w '%{http_code}' -X POST -H "Content-Type: $type" "$@" \
        --data-binary "@$file" "$url/v1/traces")
    [ "$status" = 200 ] || fail "POST $file answered $status: $(cat "$work/answer")"
}
post "$fixtures/openinference/chat.pb" application/x-protobuf
post "$fixtures/mistralai-native/tool_call.json" application/json
gzip -c "$fixtures/openllmetry/error.json" >"$work/error.json.gz"
post "$work/error.json.gz" application/json -H "Content-Encoding: gzip"

curl -fsS "$url/api/v1/traces?limit=10" >"$work/traces.json" || fail "GET /api/v1/traces failed"
python3 - "$work/traces.json" "$url" <<'PY' || fail "the traces read back are not what was sent"
import json, sys, urllib.request
traces = json.load(open(sys.argv[1]))["data"]
assert len(traces) >= 3, f"expected at least 3 traces, got {len(traces)}"
assert any(t["status"] == "error" for t in traces), "the failing call is not an error trace"
assert any("mistral-small-latest" in t["models"] for t in traces), "no trace names its model"
detail = json.load(urllib.request.urlopen(sys.argv[2] + "/api/v1/traces/" + traces[0]["trace_id"]))
assert detail["spans"], "a trace came back without spans"
PY
# Read the whole answer first: `grep -q` stops reading at its match, and curl would then fail writing (pipefail).
curl -fsS "$url/metrics" -o "$work/metrics.txt" || fail "GET /metrics failed"
grep -q '^windsock_ingest_spans_accepted_total' "$work/metrics.txt" || fail "/metrics lacks the ingest counter"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
[ "$status" = 0 ] || fail "the server exited with status $status after SIGTERM"
echo "server smoke test passed"
