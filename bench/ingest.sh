#!/usr/bin/env bash
# Issue 3's server benchmarks: ingest rate, time until queryable, resident memory, store size, and
# read-API latencies with many spans stored — on SQLite and on PostgreSQL. Builds in release.
#
#   bench/ingest.sh                       # default: 1,000 requests x 50 spans per store, then fill to
#                                         # FILL_SPANS (default 1,000,000) on SQLite for the query latencies
#   REQUESTS=400 FILL_SPANS=200000 bench/ingest.sh   # a quicker run
#   BIN=/path/to/release/bin bench/ingest.sh          # prebuilt binaries (e.g. another branch's, to compare)
#
# Prints a table and appends nothing by itself: copy the table into BENCHMARKS.md with the date.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-1000}
FILL_SPANS=${FILL_SPANS:-1000000}
SENDERS=${SENDERS:-4}
PORT=${PORT:-14318}

# shellcheck source=bench/lib.sh
. bench/lib.sh
if [ -n "${BIN:-}" ]; then
    log "Using the binaries in $BIN"
else
    build_release
fi

work=$(mktemp -d)
server_pid=""
pg_stop=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$pg_stop" ] && eval "$pg_stop" || true
    rm -rf "$work"
}
trap cleanup EXIT

# Samples the server's resident memory (KiB) every 100 ms into $work/rss until stopped.
sample_rss() {
    local pid=$1
    while kill -0 "$pid" 2>/dev/null; do
        awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >>"$work/rss" || true
        sleep 0.1
    done
}

cpu_seconds() { # user+system CPU seconds of a process
    awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"
}

run_store() { # name, server arguments...
    local name=$1
    shift
    : >"$work/rss"
    "$BIN/windsock" server --host 127.0.0.1 --port "$PORT" "$@" >"$work/server-$name.log" 2>&1 &
    server_pid=$!
    wait_healthy "http://127.0.0.1:$PORT" "$work/server-$name.log"
    sample_rss "$server_pid" &
    local sampler=$!
    local cpu_before
    cpu_before=$(cpu_seconds "$server_pid")
    "$BIN/windsock-bench" ingest --url "http://127.0.0.1:$PORT" --requests "$REQUESTS" --senders "$SENDERS" \
        --seed 42 | tee "$work/ingest-$name.txt" >&2
    local cpu_after
    cpu_after=$(cpu_seconds "$server_pid")
    local result
    result=$(grep '^RESULT' "$work/ingest-$name.txt")
    local spans rate visible
    spans=$(sed -E 's/.*accepted=([0-9]+).*/\1/' <<<"$result")
    rate=$(sed -E 's/.*spans_per_s=([0-9]+).*/\1/' <<<"$result")
    visible=$(sed -E 's/.*visible_max_ms=([0-9.]+).*/\1/' <<<"$result")
    local payload
    payload=$(sed -E 's/.*payload_bytes=([0-9]+).*/\1/' <<<"$result")
    local cpu_per_k
    cpu_per_k=$(awk -v a="$cpu_after" -v b="$cpu_before" -v s="$spans" 'BEGIN {printf "%.3f", (a - b) * 1000 / s}')
    local peak
    peak=$(sort -n "$work/rss" | tail -1)
    echo "| $name | $rate | $visible | $cpu_per_k | $((peak / 1024)) | $payload |" >>"$work/table"
}

echo "| store | ingest spans/s | max ms until queryable | server CPU s / 1k spans | peak RSS MiB | payload bytes |" >"$work/table"
echo "| --- | --- | --- | --- | --- | --- |" >>"$work/table"

log "SQLite"
run_store sqlite --sqlite "$work/bench.sqlite"
sqlite_bytes=$(du -cb "$work"/bench.sqlite* | tail -1 | cut -f1)
echo "sqlite store bytes after run: $sqlite_bytes" >&2
# The database file alone once the WAL is copied back into it (a TRUNCATE checkpoint from another connection
# while the server is idle): what the store keeps at rest.
sqlite_file_bytes=$(python3 - "$work/bench.sqlite" <<'PY'
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA busy_timeout = 10000")
connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
connection.close()
print(os.path.getsize(sys.argv[1]))
PY
)
sqlite_payload=$(sed -E 's/.*payload_bytes=([0-9]+).*/\1/' <<<"$(grep '^RESULT' "$work/ingest-sqlite.txt")")

log "Filling SQLite to $FILL_SPANS spans for the query latencies"
have=$((REQUESTS * 50))
if [ "$have" -lt "$FILL_SPANS" ]; then
    "$BIN/windsock-bench" ingest --url "http://127.0.0.1:$PORT" --requests $(((FILL_SPANS - have) / 50)) \
        --senders "$SENDERS" --seed 7 --probe-every 1000 >&2
fi
"$BIN/windsock-bench" query --url "http://127.0.0.1:$PORT" | tee "$work/query-sqlite.txt" >&2
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
fill_bytes=$(du -cb "$work"/bench.sqlite* | tail -1 | cut -f1)

log "PostgreSQL"
eval "$(scripts/start-test-postgres --durable)"
pg_stop="scripts/start-test-postgres --stop $WINDSOCK_TEST_POSTGRES_DIR"
run_store postgres --postgres-url "$WINDSOCK_TEST_POSTGRES_URL"
"$BIN/windsock-bench" query --url "http://127.0.0.1:$PORT" --samples 100 | tee "$work/query-postgres.txt" >&2
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr); $(date -u +%F)"
echo
cat "$work/table"
echo
echo "SQLite store size after the ingest run: $sqlite_bytes bytes with the live WAL" \
    "($(awk -v a="$sqlite_bytes" -v p="$sqlite_payload" 'BEGIN {printf "%.2f", a / p}')x the OTLP payload of" \
    "$sqlite_payload bytes); $sqlite_file_bytes bytes for the file alone after a checkpoint" \
    "($(awk -v a="$sqlite_file_bytes" -v p="$sqlite_payload" 'BEGIN {printf "%.2f", a / p}')x);" \
    "after filling to $FILL_SPANS spans: $fill_bytes bytes"
echo
echo "Read API on SQLite with $FILL_SPANS spans:"
grep -v RESULT "$work/query-sqlite.txt"
echo
echo "Read API on PostgreSQL with $((REQUESTS * 50)) spans:"
grep -v RESULT "$work/query-postgres.txt"
