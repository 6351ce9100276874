#!/usr/bin/env bash
# Browser tests of the web UI: starts the built `windsock server` on a fresh SQLite file, seeds it over OTLP
# (the instrumentations' fixtures and Windsock-shaped traces), and drives Debian's headless Chromium through
# chromedriver with selenium (in a virtualenv) over every page. Needs WINDSOCK_BIN (scripts/test sets it),
# chromium and chromium-driver (scripts/install-test-deps installs them). Creates (once) a virtualenv at
# .venv-browser/ with Tests/browser/requirements.txt.
# WINDSOCK_UI_SCREENSHOTS=DIR also saves PNG screenshots of every page into DIR (docs/screenshots holds the
# README's: `WINDSOCK_UI_SCREENSHOTS=docs/screenshots scripts/browser-tests.sh`).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/python-venv.sh
. scripts/lib/python-venv.sh

bin="${WINDSOCK_BIN:?set WINDSOCK_BIN to the windsock binary}"
venv=".venv-browser"
ensure_virtualenv "$venv" Tests/browser/requirements.txt

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
