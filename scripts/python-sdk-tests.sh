#!/usr/bin/env bash
# The official Python `mistralai` SDK judges the emulator.
#
# Creates (once) a virtualenv at .venv-sdk/ with the pinned packages of Tests/python/requirements.txt,
# starts `windsock mock` on a free local port, runs pytest on Tests/python against it, and always stops
# the mock. Exits with pytest's exit code; the output ends with pytest's summary line.
#
# Environment:
#   WINDSOCK_BIN             path to a built `windsock` binary (default: `swift build --product windsock`)
#   WINDSOCK_MOCK_START_SECS how long to wait for the mock to answer (default 60)
# Extra arguments are passed to pytest (e.g. `scripts/python-sdk-tests.sh -k chat`).
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"

venv_dir="$repo_root/.venv-sdk"
requirements="$repo_root/Tests/python/requirements.txt"
tests_dir="$repo_root/Tests/python"
api_key="windsock-sdk-test-key"
start_timeout="${WINDSOCK_MOCK_START_SECS:-60}"

say() { printf '==> %s\n' "$*" >&2; }
fail() {
    printf 'python-sdk-tests: %s\n' "$*" >&2
    exit 1
}

# shellcheck source=scripts/lib/python-venv.sh
. "$repo_root/scripts/lib/python-venv.sh"

locate_windsock() {
    if [ -n "${WINDSOCK_BIN:-}" ]; then
        [ -x "$WINDSOCK_BIN" ] || fail "WINDSOCK_BIN=$WINDSOCK_BIN is not an executable file"
        printf '%s\n' "$WINDSOCK_BIN"
        return
    fi
    say "Building windsock (swift build --product windsock)"
    swift build --product windsock >&2 || fail "swift build --product windsock failed"
    local bin
    bin="$(swift build --show-bin-path)/windsock"
    [ -x "$bin" ] || fail "built windsock not found at $bin"
    printf '%s\n' "$bin"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Succeeds once the mock answers HTTP at all (any status, e.g. 401, proves it is serving).
mock_answers() {
    python3 - "$1" <<'PY'
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1] + "/v1/models", timeout=2)
except urllib.error.HTTPError:
    pass
except Exception:
    sys.exit(1)
PY
}

mock_pid=""
mock_log=""
stop_mock() {
    if [ -n "$mock_pid" ] && kill -0 "$mock_pid" 2>/dev/null; then
        kill "$mock_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$mock_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$mock_pid" 2>/dev/null || true
        wait "$mock_pid" 2>/dev/null || true
    fi
}
trap stop_mock EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_mock() {
    local bin="$1" port="$2" url="$3"
    mock_log="$(mktemp "${TMPDIR:-/tmp}/windsock-mock.XXXXXX.log")"
    say "Starting $bin mock on $url (log: $mock_log)"
    "$bin" mock --host 127.0.0.1 --port "$port" --api-key "$api_key" >"$mock_log" 2>&1 &
    mock_pid=$!
    local deadline=$((SECONDS + start_timeout))
    until mock_answers "$url"; do
        if ! kill -0 "$mock_pid" 2>/dev/null; then
            printf -- '--- windsock mock log ---\n' >&2
            cat "$mock_log" >&2
            fail "windsock mock exited before answering on $url"
        fi
        if ((SECONDS >= deadline)); then
            printf -- '--- windsock mock log ---\n' >&2
            cat "$mock_log" >&2
            fail "windsock mock did not answer on $url within ${start_timeout}s"
        fi
        sleep 0.2
    done
}

main() {
    ensure_virtualenv "$venv_dir" "$requirements"
    local bin port url
    bin="$(locate_windsock)"
    port="$(free_port)"
    url="http://127.0.0.1:$port"
    start_mock "$bin" "$port" "$url"

    local status=0
    WINDSOCK_SDK_TEST_URL="$url" WINDSOCK_SDK_TEST_KEY="$api_key" \
        "$venv_dir/bin/python" -m pytest "$tests_dir" "$@" || status=$?
    # Keep the mock's log (its path was printed at start) only when something failed.
    [ "$status" -ne 0 ] || rm -f "$mock_log"
    return "$status"
}

main "$@"
