#!/usr/bin/env bash
# Issue 8: Windsock side by side with the tools users would pick instead, in one run on one machine.
#
#   bench/compare.sh               # full run; writes the tables into BENCHMARKS.md between the compare markers
#   bench/compare.sh --no-write    # only print them
#   bench/compare.sh --ingest-only | --sdk-only   (with or without --no-write; a partial run never writes)
#
# 1. Ingest. `windsock-bench ingest` sends the same OTLP/protobuf requests (realistic LLM traces, ~2.3 KB of
#    messages per chat span, 50 spans per request, SENDERS senders, seed 42 and one fixed start time, so every
#    server gets byte-identical bodies) to, one at a time on loopback: Windsock on SQLite, Windsock on
#    PostgreSQL 15 (throwaway cluster, fsync on), Arize Phoenix (`phoenix serve`, its default SQLite in its own
#    working dir, OTLP/HTTP at /v1/traces) and an MLflow tracking server (`mlflow server`, SQLite backend store,
#    OTLP at /v1/traces with `x-mlflow-experiment-id: 0`). Per server: accepted spans/s; seconds from the first
#    send until every span is readable through the server's own API (the send time plus the time
#    bench/compare/peers.py then polls until the API shows them all); server CPU seconds per 1,000 spans and peak
#    resident memory summed over all the server's processes (bench/compare/proctree.py; MLflow's uvicorn
#    workers, PostgreSQL's backends); store size on disk (Windsock's SQLite file + WAL, pg_database_size,
#    Phoenix's working dir, MLflow's DB plus its artifact dir); then SAMPLES newest-50 listings and one-trace
#    reads (p50), one request at a time, through each server's HTTP API (see peers.py for the endpoints).
# 2. SDK overhead. One scenario — CALLS chat calls and STREAMS streams against `windsock mock` after WARMUP
#    calls — in a fresh process per run (REPEATS runs, median): the Swift `MistralAI` client untraced and traced
#    by Windsock (`windsock-bench sdk`), and the official Python `mistralai` SDK untraced and traced by its own
#    OpenTelemetry spans, OpenInference, OpenLLMetry, OpenLIT and MLflow tracing (bench/compare/sdk_driver.py),
#    each exporting OTLP/HTTP to one Windsock server. Client CPU time (getrusage) of the measured loop including
#    a final flush of the exporter; added CPU per call = (traced − untraced) / (CALLS + STREAMS).
#
# Python packages are pinned in bench/compare/requirements-*.txt and installed into virtualenvs under
# $COMPARE_WORK (default /tmp/windsock-compare), reused across runs while their requirements file is unchanged.
# Needs: Swift, python3 >= 3.10 with venv, curl, and the postgresql package (scripts/install-test-deps).
# Every server is started in its own process group and stopped on exit; every wait is time-limited, and a
# server that does not start fails the run with the tail of its log.
#
# Environment: REQUESTS (200: 10,000 spans), SENDERS (4), SAMPLES (50), CALLS (1000), STREAMS (200),
# WARMUP (50), REPEATS (3), START_TIMEOUT (240 s per server start), WAIT_TIMEOUT (900 s until queryable),
# COMPARE_WORK.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

REQUESTS=${REQUESTS:-200}
SENDERS=${SENDERS:-4}
SAMPLES=${SAMPLES:-50}
CALLS=${CALLS:-1000}
STREAMS=${STREAMS:-200}
WARMUP=${WARMUP:-50}
REPEATS=${REPEATS:-3}
START_TIMEOUT=${START_TIMEOUT:-240}
WAIT_TIMEOUT=${WAIT_TIMEOUT:-900}
COMPARE_WORK=${COMPARE_WORK:-/tmp/windsock-compare}
SEED=42

write=1
run_ingest=1
run_sdk=1
for argument in "$@"; do
    case "$argument" in
    --no-write) write=0 ;;
    --ingest-only) run_sdk=0 write=0 ;;
    --sdk-only) run_ingest=0 write=0 ;;
    *)
        echo "usage: bench/compare.sh [--no-write] [--ingest-only | --sdk-only]" >&2
        exit 2
        ;;
    esac
done
if [ "$REQUESTS" -gt 2000 ]; then
    echo "compare.sh: REQUESTS=$REQUESTS is above the bound of 2000 (Phoenix takes ~100 spans/s)" >&2
    exit 2
fi

compare="$repo/bench/compare"
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
fail() {
    printf 'compare.sh: %s\n' "$*" >&2
    exit 1
}

mkdir -p "$COMPARE_WORK"
run_dir=$(mktemp -d "$COMPARE_WORK/run.XXXXXX")
results="$run_dir/results.jsonl"
: >"$results"

# Servers, samplers and the PostgreSQL cluster, stopped by cleanup.
group_pids=()
sampler_pid=""
pg_dir=""
stop_group() { # pid of a process started with setsid: its process group
    local pid=$1
    kill -TERM -- "-$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do
        kill -0 -- "-$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
    if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; fi
    for pid in "${group_pids[@]}"; do stop_group "$pid"; done
    if [ -n "$pg_dir" ]; then scripts/start-test-postgres --stop "$pg_dir" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_server NAME HEALTH_URL COMMAND...: starts COMMAND in its own process group, logging to
# $run_dir/NAME.log, and waits until HEALTH_URL answers 200 (sending $health_header when set); sets server_pid.
health_header=""
start_server() {
    local name=$1 health=$2
    shift 2
    setsid "$@" >"$run_dir/$name.log" 2>&1 &
    server_pid=$!
    group_pids+=("$server_pid")
    local waited=0 curl_options=(-fsS -o /dev/null)
    [ -n "$health_header" ] && curl_options+=(-H "$health_header")
    until curl "${curl_options[@]}" "$health" 2>/dev/null; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            tail -n 40 "$run_dir/$name.log" >&2
            fail "$name exited while starting (log above: $run_dir/$name.log)"
        fi
        if [ "$waited" -ge $((START_TIMEOUT * 10)) ]; then
            tail -n 40 "$run_dir/$name.log" >&2
            fail "$name did not answer $health within $START_TIMEOUT s (log above)"
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}

stop_server() {
    stop_group "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    local kept=()
    for pid in "${group_pids[@]}"; do [ "$pid" != "$server_pid" ] && kept+=("$pid"); done
    group_pids=("${kept[@]}")
}

# result_field LINE KEY: the value of KEY=… in a RESULT line.
result_field() {
    sed -E "s/.*[ ]$2=([^ ]+).*/\\1/" <<<" $1"
}

# ensure_venv NAME: $COMPARE_WORK/venv-NAME with requirements-NAME.txt (and requirements-NAME-nodeps.txt
# installed with --no-deps), reinstalled when those files change.
ensure_venv() {
    local name=$1 venv="$COMPARE_WORK/venv-$1"
    local requirements="$compare/requirements-$name.txt" nodeps="$compare/requirements-$name-nodeps.txt"
    local files=("$requirements") wanted
    [ -f "$nodeps" ] && files+=("$nodeps")
    wanted=$(cat "${files[@]}" | sha256sum | cut -d' ' -f1)
    if [ -f "$venv/.requirements.sha256" ] && [ "$(cat "$venv/.requirements.sha256")" = "$wanted" ]; then
        return
    fi
    log "Installing $name into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv" || fail "python3 -m venv failed (install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" ||
        fail "pip could not install $requirements"
    if [ -f "$nodeps" ]; then
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$nodeps" ||
            fail "pip could not install $nodeps"
    fi
    printf '%s\n' "$wanted" >"$venv/.requirements.sha256"
}

pip_version() { # VENV PACKAGE
    "$COMPARE_WORK/venv-$1/bin/python" -m pip show "$2" 2>/dev/null | awk '/^Version:/ {print $2}'
}

build_release
bin=$BIN

if [ "$run_ingest" = 1 ]; then
    ensure_venv phoenix
    ensure_venv mlflow
fi
if [ "$run_sdk" = 1 ]; then
    for name in openinference openllmetry openlit mlflow-tracing; do ensure_venv "$name"; done
fi

load_before=$(cut -d' ' -f1 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------- ingest
# The first trace starts 24 hours ago; the same value for every server keeps the bodies byte-identical.
start_unix=$(($(date +%s) - 24 * 3600 + 60))
payload_bytes=0
total_spans=0

# measure_ingest NAME KIND BASE_URL STORE_COMMAND ROOT_PIDS... [-- INGEST_OPTIONS...]
measure_ingest() {
    local name=$1 kind=$2 url=$3 store_command=$4
    shift 4
    local roots=() options=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        roots+=("$1")
        shift
    done
    [ $# -gt 0 ] && shift
    options=("$@")
    local slug=${name//[^a-zA-Z0-9]/-}
    # One warm-up request lets lazy start-up work happen before measuring. Trace ids come from seed + trace
    # number, so a seed far from SEED gives traces the run does not send again.
    "$bin/windsock-bench" ingest --url "$url" --requests 1 --senders 1 --seed $((SEED + 1000000000)) \
        --start-unix "$start_unix" --probe-every 0 "${options[@]}" >"$run_dir/$slug.warmup" ||
        fail "$name refused the warm-up request: $(cat "$run_dir/$slug.warmup")"
    local warm_spans warm_traces
    warm_spans=$(result_field "$(grep '^RESULT' "$run_dir/$slug.warmup")" accepted)
    warm_traces=$(result_field "$(grep '^RESULT' "$run_dir/$slug.warmup")" traces)
    python3 "$compare/proctree.py" watch "$run_dir/$slug.rss" "${roots[@]}" &
    sampler_pid=$!
    local cpu_before cpu_after
    cpu_before=$(python3 "$compare/proctree.py" cpu "${roots[@]}")
    log "$name: ingesting $REQUESTS requests"
    "$bin/windsock-bench" ingest --url "$url" --requests "$REQUESTS" --senders "$SENDERS" --seed "$SEED" \
        --start-unix "$start_unix" --probe-every 0 "${options[@]}" | tee "$run_dir/$slug.ingest" >&2 ||
        fail "$name refused requests (see above)"
    local result accepted traces send_seconds
    result=$(grep '^RESULT' "$run_dir/$slug.ingest")
    accepted=$(result_field "$result" accepted)
    traces=$(result_field "$result" traces)
    send_seconds=$(result_field "$result" seconds)
    payload_bytes=$(result_field "$result" payload_bytes)
    total_spans=$accepted
    local waited
    waited=$(python3 "$compare/peers.py" wait "$kind" "$url" --spans $((accepted + warm_spans)) \
        --traces $((traces + warm_traces)) \
        --timeout "$WAIT_TIMEOUT") || fail "$name: not every span became queryable"
    cpu_after=$(python3 "$compare/proctree.py" cpu "${roots[@]}")
    kill "$sampler_pid"
    wait "$sampler_pid" || true
    sampler_pid=""
    local store_bytes
    store_bytes=$(eval "$store_command") || fail "$name: could not measure the store ($store_command)"
    log "$name: read latencies"
    local latency
    latency=$(python3 "$compare/peers.py" latency "$kind" "$url" --samples "$SAMPLES") ||
        fail "$name: reading traces back failed"
    python3 - "$results" <<PY
import json, sys
accepted, send = $accepted, $send_seconds
row = {
    "section": "ingest", "name": "$name",
    "spans_per_s": accepted / send,
    "queryable_s": send + float("$(result_field "$waited" seconds)"),
    "cpu_per_1k": ($cpu_after - $cpu_before) * 1000 / accepted,
    "peak_rss_mib": int(open("$run_dir/$slug.rss").read()) / 1024,
    "store_mb": $store_bytes / 1e6,
    "list_p50_ms": float("$(result_field "$latency" list_p50_ms)"),
    "trace_p50_ms": float("$(result_field "$latency" trace_p50_ms)"),
}
with open(sys.argv[1], "a") as file:
    file.write(json.dumps(row) + "\n")
print(row, file=sys.stderr)
PY
}

if [ "$run_ingest" = 1 ]; then
    port=$(free_port)
    log "Windsock on SQLite"
    mkdir -p "$run_dir/windsock-sqlite"
    start_server windsock-sqlite "http://127.0.0.1:$port/healthz" \
        "$bin/windsock" server --host 127.0.0.1 --port "$port" --sqlite "$run_dir/windsock-sqlite/store.sqlite"
    measure_ingest "Windsock, SQLite" windsock "http://127.0.0.1:$port" \
        "du -cb $run_dir/windsock-sqlite/store.sqlite* | tail -1 | cut -f1" "$server_pid"
    stop_server

    log "Windsock on PostgreSQL 15 (fsync on)"
    eval "$(scripts/start-test-postgres --durable)"
    pg_dir=$WINDSOCK_TEST_POSTGRES_DIR
    pg_port=$(sed -E 's/.*:([0-9]+)\/.*/\1/' <<<"$WINDSOCK_TEST_POSTGRES_URL")
    postmaster=$(head -1 "$pg_dir/data/postmaster.pid")
    psql=$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/psql' | sort -V | tail -n 1)
    port=$(free_port)
    start_server windsock-postgres "http://127.0.0.1:$port/healthz" \
        "$bin/windsock" server --host 127.0.0.1 --port "$port" --postgres-url "$WINDSOCK_TEST_POSTGRES_URL"
    measure_ingest "Windsock, PostgreSQL" windsock "http://127.0.0.1:$port" \
        "$psql -h 127.0.0.1 -p $pg_port -U postgres -d postgres -Atc 'SELECT pg_database_size(current_database())'" \
        "$server_pid" "$postmaster"
    stop_server
    scripts/start-test-postgres --stop "$pg_dir"
    pg_dir=""

    log "Arize Phoenix"
    port=$(free_port)
    mkdir -p "$run_dir/phoenix"
    start_server phoenix "http://127.0.0.1:$port/healthz" env PHOENIX_WORKING_DIR="$run_dir/phoenix" \
        PHOENIX_HOST=127.0.0.1 PHOENIX_PORT="$port" PHOENIX_GRPC_PORT="$(free_port)" \
        PHOENIX_TELEMETRY_ENABLED=false "$COMPARE_WORK/venv-phoenix/bin/phoenix" serve
    measure_ingest "Arize Phoenix" phoenix "http://127.0.0.1:$port" \
        "du -sb $run_dir/phoenix | cut -f1" "$server_pid"
    stop_server

    log "MLflow tracking server"
    port=$(free_port)
    mkdir -p "$run_dir/mlflow/artifacts"
    start_server mlflow "http://127.0.0.1:$port/health" "$COMPARE_WORK/venv-mlflow/bin/mlflow" server \
        --backend-store-uri "sqlite:///$run_dir/mlflow/mlflow.db" --artifacts-destination "$run_dir/mlflow/artifacts" \
        --host 127.0.0.1 --port "$port"
    measure_ingest "MLflow" mlflow "http://127.0.0.1:$port" \
        "du -cb $run_dir/mlflow/mlflow.db* $run_dir/mlflow/artifacts | tail -1 | cut -f1" "$server_pid" \
        -- --header x-mlflow-experiment-id:0
    stop_server
fi

# ------------------------------------------------------------------------------------------------------- sdk
median_cpu() { # FILE of RESULT lines: the RESULT line with the median cpu_s
    awk '{for (i = 1; i <= NF; i++) if ($i ~ /^cpu_s=/) print substr($i, 7), $0}' "$1" |
        sort -n | awk '{a[NR] = $0} END {print a[int((NR + 1) / 2)]}' | cut -d' ' -f2-
}

# sdk_variant ENV LABEL CLIENT EXPORT COMMAND...: runs COMMAND REPEATS times, records the median run and the
# spans the Windsock receiver got from one run.
sdk_variant() {
    local env=$1 label=$2 client=$3 export=$4
    shift 4
    local slug
    slug=$(tr -c 'a-zA-Z0-9\n' - <<<"$env-$label")
    : >"$run_dir/sdk-$slug.txt"
    local before after
    before=$(python3 "$compare/peers.py" count windsock "$receiver")
    for run in $(seq 1 "$REPEATS"); do
        log "SDK: $client, $label (run $run of $REPEATS)"
        (cd "$run_dir" && timeout 1800 "$@") 2>"$run_dir/sdk-$slug.err" | grep '^RESULT' >>"$run_dir/sdk-$slug.txt" ||
            {
                tail -n 30 "$run_dir/sdk-$slug.err" >&2
                fail "SDK variant $client / $label failed"
            }
    done
    sleep 2 # the receiver commits before answering; this only lets a late exporter retry land
    after=$(python3 "$compare/peers.py" count windsock "$receiver")
    local line
    line=$(median_cpu "$run_dir/sdk-$slug.txt")
    local variant
    variant=$(result_field "$line" variant)
    [ "$label" = "none" ] && variant=untraced
    python3 - "$results" <<PY
import json, sys
row = {
    "section": "sdk", "env": "$env", "variant": "$variant", "label": "$label", "client": "$client",
    "export": "$export", "calls": $(result_field "$line" calls), "streams": $(result_field "$line" streams),
    "cpu_s": $(result_field "$line" cpu_s), "spans_received": ($after - $before) // $REPEATS,
    "cpu_runs": [$(grep -o 'cpu_s=[0-9.]*' "$run_dir/sdk-$slug.txt" | cut -d= -f2 | paste -sd,)],
}
with open(sys.argv[1], "a") as file:
    file.write(json.dumps(row) + "\n")
print(row, file=sys.stderr)
PY
}

if [ "$run_sdk" = 1 ]; then
    mock_port=$(free_port)
    health_header="Authorization: Bearer bench-key"
    start_server mock "http://127.0.0.1:$mock_port/v1/models" "$bin/windsock" mock --host 127.0.0.1 \
        --port "$mock_port" --api-key bench-key
    health_header=""
    mock="http://127.0.0.1:$mock_port"
    port=$(free_port)
    mkdir -p "$run_dir/receiver"
    start_server receiver "http://127.0.0.1:$port/healthz" \
        "$bin/windsock" server --host 127.0.0.1 --port "$port" --sqlite "$run_dir/receiver/store.sqlite"
    receiver="http://127.0.0.1:$port"
    scenario=(--calls "$CALLS" --streams "$STREAMS" --warmup "$WARMUP")
    swift_client="Swift MistralAI"
    sdk_variant swift none "$swift_client" "—" "$bin/windsock-bench" sdk --mock-url "$mock" "${scenario[@]}"
    sdk_variant swift Windsock "$swift_client" "Windsock's OTLP/HTTP exporter (protobuf, gzip)" \
        "$bin/windsock-bench" sdk --mock-url "$mock" --traced-to "$receiver" "${scenario[@]}"
    driver=("$compare/sdk_driver.py" --mock-url "$mock" --otlp-url "$receiver" "${scenario[@]}")
    otel_export="OTel SDK BatchSpanProcessor + OTLP/HTTP protobuf exporter"
    py3="Python mistralai $(pip_version openinference mistralai)"
    py1="Python mistralai $(pip_version openllmetry mistralai)"
    python_oi="$COMPARE_WORK/venv-openinference/bin/python"
    sdk_variant openinference none "$py3" "—" "$python_oi" "${driver[@]}" untraced
    sdk_variant openinference "mistralai's own OTel spans" "$py3" "$otel_export" "$python_oi" "${driver[@]}" native
    sdk_variant openinference OpenInference "$py3" "$otel_export" "$python_oi" "${driver[@]}" openinference
    python_ml="$COMPARE_WORK/venv-mlflow-tracing/bin/python"
    sdk_variant mlflow-tracing none "$py3" "—" "$python_ml" "${driver[@]}" untraced
    sdk_variant mlflow-tracing "MLflow tracing" "$py3" "MLflow's OTLP exporter (OTEL_EXPORTER_OTLP_TRACES_*)" \
        "$python_ml" "${driver[@]}" mlflow
    python_ol="$COMPARE_WORK/venv-openllmetry/bin/python"
    sdk_variant openllmetry none "$py1" "—" "$python_ol" "${driver[@]}" untraced
    sdk_variant openllmetry OpenLLMetry "$py1" "$otel_export" "$python_ol" "${driver[@]}" openllmetry
    python_lit="$COMPARE_WORK/venv-openlit/bin/python"
    sdk_variant openlit none "$py1" "—" "$python_lit" "${driver[@]}" untraced
    sdk_variant openlit OpenLIT "$py1" "openlit.init(otlp_endpoint=…): its own batch OTLP/HTTP exporter" \
        "$python_lit" "${driver[@]}" openlit
fi

load_after=$(cut -d' ' -f1 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------- report
versions=(
    "Windsock $(git rev-parse --short HEAD)"
    "$(swift --version 2>/dev/null | head -1 | sed -E 's/.*(Swift version [0-9.]+).*/\1/')"
)
if [ "$run_ingest" = 1 ]; then
    versions+=("arize-phoenix $(pip_version phoenix arize-phoenix)" "mlflow $(pip_version mlflow mlflow)"
        "PostgreSQL $("$psql" --version | awk '{print $3}')")
fi
if [ "$run_sdk" = 1 ]; then
    versions+=("mistralai $(pip_version openinference mistralai) and $(pip_version openllmetry mistralai)"
        "openinference-instrumentation-mistralai $(pip_version openinference openinference-instrumentation-mistralai)"
        "opentelemetry-instrumentation-mistralai $(pip_version openllmetry opentelemetry-instrumentation-mistralai)"
        "openlit $(pip_version openlit openlit)" "mlflow-tracing $(pip_version mlflow-tracing mlflow-tracing)"
        "opentelemetry-sdk $(pip_version openinference opentelemetry-sdk)")
fi
python3 - "$run_dir/meta.json" "${versions[@]}" <<PY
import json, sys
versions = dict(v.split(" ", 1) if not v.startswith("Swift version") else ("Swift", v.split()[-1]) for v in sys.argv[2:])
meta = {
    "date": "$(date -u '+%Y-%m-%d %H:%M UTC')",
    "machine": "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), "
               "$(uname -sr), $(uname -m)",
    "load_before": "$load_before", "load_after": "$load_after",
    "parameters": {
        "requests": $REQUESTS, "spans_per_request": 50, "spans": $total_spans, "payload_mb": $payload_bytes / 1e6,
        "seed": $SEED, "senders": $SENDERS, "samples": $SAMPLES, "calls": $CALLS, "streams": $STREAMS,
        "warmup": $WARMUP, "repeats": $REPEATS,
    },
    "versions": versions,
}
json.dump(meta, open(sys.argv[1], "w"), indent=1)
PY

echo
if [ "$write" = 1 ]; then
    python3 "$compare/report.py" "$run_dir" --write "$repo/BENCHMARKS.md"
    echo
    echo "(written into BENCHMARKS.md between the compare markers; raw results in $run_dir)"
else
    python3 "$compare/report.py" "$run_dir"
    echo
    echo "(not written; raw results in $run_dir)"
fi
