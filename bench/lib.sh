# shellcheck shell=bash
# Shared by the bench/ scripts (sourced, not run): logging, the release build, and waiting for a server.

log() { printf '\n==> %s\n' "$*" >&2; }

# Builds `windsock` and `windsock-bench` in release and sets BIN to the folder that holds them.
build_release() {
    log "Building windsock and windsock-bench in release"
    swift build -c release --product windsock >&2
    swift build -c release --product windsock-bench >&2
    BIN=$(swift build -c release --show-bin-path)
}

# wait_healthy BASE_URL LOG_FILE [SECONDS]: waits until BASE_URL/healthz answers (10 s by default); otherwise
# prints the tail of the server's log and returns 1.
wait_healthy() {
    local url=$1 log_file=$2 seconds=${3:-10} tries=0
    until curl -fsS "$url/healthz" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -ge $((seconds * 20)) ]; then
            echo "the server at $url did not answer /healthz within $seconds s; the end of its log:" >&2
            tail -n 40 "$log_file" >&2
            return 1
        fi
        sleep 0.05
    done
}
