"""Fixtures: the windsock binary, fresh stores (a SQLite file or a new PostgreSQL database), servers on them.

scripts/reliability-tests.sh sets WINDSOCK_BIN and WINDSOCK_TEST_POSTGRES_URL (from scripts/start-test-postgres).
A PostgreSQL case without that URL fails: it never skips.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from support.server import WindsockServer, windsock_binary


@pytest.fixture(scope="session")
def binary() -> str:
    try:
        return windsock_binary()
    except RuntimeError as error:
        pytest.exit(str(error), returncode=2)


def _fresh_postgres_database() -> str:
    base = os.environ.get("WINDSOCK_TEST_POSTGRES_URL")
    if not base:
        pytest.fail("WINDSOCK_TEST_POSTGRES_URL is not set: start PostgreSQL with scripts/start-test-postgres")
    psql = shutil.which("psql") or next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))), None)
    if psql is None:
        pytest.fail("psql is not installed (Debian package postgresql-client)")
    name = "reliability_" + secrets.token_hex(6)
    subprocess.run([str(psql), base, "-q", "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_arguments(request: pytest.FixtureRequest, tmp_path: Path) -> list[str]:
    """`windsock server` arguments for a fresh store of each kind."""
    if request.param == "sqlite":
        return ["--sqlite", str(tmp_path / "windsock.sqlite")]
    return ["--postgres-url", _fresh_postgres_database()]


@pytest.fixture
def make_server(binary: str, tmp_path: Path) -> Iterator[Callable[..., WindsockServer]]:
    """Builds servers (not started); every one still running at the end is killed."""
    servers: list[WindsockServer] = []

    def make(store_arguments: list[str], extra: list[str] | None = None) -> WindsockServer:
        server = WindsockServer(binary, store_arguments, tmp_path / f"server-{len(servers)}.log", extra)
        servers.append(server)
        return server

    yield make
    for server in servers:
        if server.process is not None:
            server.kill()


@pytest.fixture
def sqlite_server(make_server: Callable[..., WindsockServer], tmp_path: Path) -> Iterator[WindsockServer]:
    """A started open server on a fresh SQLite file."""
    server = make_server(["--sqlite", str(tmp_path / "windsock.sqlite")])
    server.start()
    yield server
