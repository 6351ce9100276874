#!/usr/bin/env bash
# The reliability tests of RELIABILITY.md against the built `windsock` binary: SIGKILL durability on SQLite and
# PostgreSQL, bad input, hostile clients, secrets, schemathesis, a bounded soak.
#
# Creates (once) a virtualenv at .venv-reliability/ with Tests/reliability/requirements.txt. Needs WINDSOCK_BIN
# (default: builds the product) and WINDSOCK_TEST_POSTGRES_URL for the PostgreSQL cases (default: starts a
# throwaway cluster with scripts/start-test-postgres and stops it afterwards). A PostgreSQL case without a
# database fails; nothing skips.
#
#   scripts/reliability-tests.sh                       # CI's lengths (about 5 minutes)
#   RELIABILITY_LONG=1 scripts/reliability-tests.sh    # on demand: 20 SIGKILLs, a 10-minute soak, more fuzzing
#   scripts/reliability-tests.sh -k crash              # extra arguments go to pytest
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
# shellcheck source=scripts/lib/python-venv.sh
. "$repo_root/scripts/lib/python-venv.sh"

venv_dir="$repo_root/.venv-reliability"
ensure_virtualenv "$venv_dir" "$repo_root/Tests/reliability/requirements.txt"

if [ -z "${WINDSOCK_BIN:-}" ]; then
    venv_say "Building windsock (swift build --product windsock)"
    swift build --product windsock >&2
    WINDSOCK_BIN="$(swift build --show-bin-path)/windsock"
fi
[ -x "$WINDSOCK_BIN" ] || venv_fail "WINDSOCK_BIN=$WINDSOCK_BIN is not an executable file"
export WINDSOCK_BIN

postgres_dir=""
if [ -z "${WINDSOCK_TEST_POSTGRES_URL:-}" ]; then
    postgres_env="$(scripts/start-test-postgres)" || venv_fail "starting PostgreSQL failed"
    eval "$postgres_env"
    postgres_dir="$WINDSOCK_TEST_POSTGRES_DIR"
    trap 'scripts/start-test-postgres --stop "$postgres_dir"' EXIT
fi
export WINDSOCK_TEST_POSTGRES_URL

"$venv_dir/bin/python" -m pytest -c Tests/reliability/pytest.ini --rootdir Tests/reliability Tests/reliability "$@"
