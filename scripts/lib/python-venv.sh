# Sourced by the test scripts that run Python: creates (once) a virtualenv with pinned requirements.
#
#   ensure_virtualenv VENV_DIR REQUIREMENTS_FILE
#
# Installs python3-venv with apt-get when it is missing (root or sudo), and reinstalls the requirements only
# when their file changed (a hash stamp in the virtualenv). Needs python3 >= 3.10.

venv_say() { printf '==> %s\n' "$*" >&2; }

venv_fail() {
    printf '%s: %s\n' "$(basename "$0")" "$*" >&2
    exit 1
}

venv_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_virtualenv() {
    local venv_dir="$1" requirements="$2"
    command -v python3 >/dev/null || venv_fail "python3 is required"
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
        venv_fail "python3 >= 3.10 is required (found $(python3 --version 2>&1))"
    if [ ! -x "$venv_dir/bin/python" ]; then
        if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
            venv_say "python3-venv is missing; installing it with apt-get"
            venv_as_root apt-get update -qq
            DEBIAN_FRONTEND=noninteractive venv_as_root apt-get install -y -qq python3-venv
        fi
        venv_say "Creating virtualenv $venv_dir"
        python3 -m venv "$venv_dir"
    fi
    local stamp="$venv_dir/.requirements.sha256" wanted
    wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        venv_say "Installing $(basename "$(dirname "$requirements")")/$(basename "$requirements") into $venv_dir"
        "$venv_dir/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
        printf '%s\n' "$wanted" >"$stamp"
    fi
}
