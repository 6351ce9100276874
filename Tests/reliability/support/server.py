"""Runs the built `windsock server` binary as a child process: start, SIGKILL, SIGTERM, restart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class WindsockServer:
    """One `windsock server` on loopback; every start picks a free port and appends to one log file."""

    def __init__(self, binary: str, store_arguments: list[str], log_path: Path, extra: list[str] | None = None):
        self.binary = binary
        self.store_arguments = store_arguments
        self.extra = extra or []
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        assert self.process is None, "the server is already running"
        self.port = free_port()
        log = open(self.log_path, "ab")
        arguments = [self.binary, "server", "--host", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(arguments + self.store_arguments + self.extra, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"windsock server exited at start-up ({self.process.returncode}):\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        raise AssertionError(f"windsock server did not answer /healthz within {timeout}s:\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a crash or an OOM kill."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.process = None

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM and wait: the graceful path; returns the exit status."""
        if self.process is None:
            return 0
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"windsock server did not stop within {timeout}s of SIGTERM")
        finally:
            self.process = None
        return status

    def resident_kib(self) -> int:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS in /proc status")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""


def windsock_binary() -> str:
    binary = os.environ.get("WINDSOCK_BIN", "")
    if not binary or not os.access(binary, os.X_OK):
        raise RuntimeError("WINDSOCK_BIN must name the built windsock binary: run scripts/reliability-tests.sh")
    return binary
