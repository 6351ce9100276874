#!/usr/bin/env bash
# Issue 5's benchmark: the web UI's server render time with many spans stored. Builds in release, starts
# `windsock server` on a fresh SQLite file, fills it to FILL_SPANS spans with `windsock-bench ingest` (the
# traces of bench/ingest.sh), then `windsock-bench ui` sends one 100-span agent trace and times the pages one
# request at a time (HTML over loopback HTTP, so the figures include the request's round trip).
#
#   bench/ui.sh                      # FILL_SPANS=1000000 by default
#   FILL_SPANS=200000 bench/ui.sh    # quicker
#
# Prints the timings; copy them into BENCHMARKS.md ("Web UI render time") with the date.
set -euo pipefail
cd "$(dirname "$0")/.."

FILL_SPANS=${FILL_SPANS:-1000000}
SENDERS=${SENDERS:-4}
PORT=${PORT:-14319}

# shellcheck source=bench/lib.sh
. bench/lib.sh
build_release

work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$BIN/windsock" server --host 127.0.0.1 --port "$PORT" --sqlite "$work/bench.sqlite" >"$work/server.log" 2>&1 &
server_pid=$!
wait_healthy "http://127.0.0.1:$PORT" "$work/server.log"

log "Filling SQLite to $FILL_SPANS spans"
"$BIN/windsock-bench" ingest --url "http://127.0.0.1:$PORT" --requests $((FILL_SPANS / 50)) \
    --senders "$SENDERS" --seed 7 --probe-every 1000 >&2

log "Timing the web UI"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr); $(date -u '+%F %H:%M') UTC"
echo "Web UI on SQLite with $FILL_SPANS spans (+ the 100-span trace), one request at a time:"
"$BIN/windsock-bench" ui --url "http://127.0.0.1:$PORT"
