"""Batch input files: JSON Lines of {custom_id, body} requests."""

from __future__ import annotations

import json
from typing import Any

from support.catalog import CHAT_MODEL


def chat_batch_requests(questions: list[str]) -> list[dict[str, Any]]:
    """One chat request per question, with custom ids `q0`, `q1`, …"""
    return [
        {"custom_id": f"q{index}", "body": {"model": CHAT_MODEL, "messages": [{"role": "user", "content": question}]}}
        for index, question in enumerate(questions)
    ]


def to_jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(record) + "\n" for record in records).encode()


def from_jsonl(content: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in content.decode().splitlines() if line.strip()]
