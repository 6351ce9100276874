#!/usr/bin/env bash
# Browser tests of the web UI: starts the built `windsock server` on a fresh SQLite file, seeds it over OTLP
# (the instrumentations' fixtures and Windsock-shaped traces), and drives Debian's headless Chromium through
# chromedriver with selenium (in a virtualenv) over every page. Needs WINDSOCK_BIN (scripts/test sets it),
# chromium, chromium-driver and python3-venv (scripts/install-test-deps installs them).
# WINDSOCK_UI_SCREENSHOTS=DIR also saves PNG screenshots of the pages into DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${WINDSOCK_BIN:?set WINDSOCK_BIN to the windsock binary}"
venv="${WINDSOCK_BROWSER_VENV:-.build/browser-venv}"
if ! "$venv/bin/python" -c 'import selenium' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'selenium>=4.20,<5'
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
pid=""
cleanup() {
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin" server --host 127.0.0.1 --port "$port" --sqlite "$work/windsock.sqlite" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/healthz')" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server exited at start-up" >&2; exit 1; }
    sleep 0.1
done

status=0
WINDSOCK_URL="http://127.0.0.1:$port" WINDSOCK_FIXTURES="Tests/WindsockIngestTests/Fixtures" \
    "$venv/bin/python" -m unittest discover -s Tests/browser -p 'test_*.py' -v || status=$?
if [ "$status" != 0 ]; then
    echo "--- server log ---" >&2
    tail -50 "$work/server.log" >&2
fi
exit "$status"
