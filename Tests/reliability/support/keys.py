"""API keys made with `windsock keys create|revoke` on a store, before or while a server runs on it."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    secret: str
    identifier: str


def create_key(binary: str, store_arguments: list[str], project: str, scope: str) -> Key:
    created = subprocess.run(
        [binary, "keys", "create", "--project", project, "--scope", scope, *store_arguments],
        check=True,
        capture_output=True,
        text=True,
    )
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith(f"wsk_{scope}_"), created.stdout
    found = re.search(r"key ([0-9a-f-]{36}) for project", created.stderr)
    assert found, created.stderr
    return Key(secret, found.group(1))


def revoke_key(binary: str, store_arguments: list[str], key: Key) -> None:
    subprocess.run([binary, "keys", "revoke", key.identifier, *store_arguments], check=True, capture_output=True)
