"""Checks that the SDK understood every part of an emulator answer.

Parsing without a pydantic error is not enough: the SDK's models drop unknown keys, accept unknown enum values
(`UnrecognizedStr`) and turn unknown union variants into `Unknown…` placeholders. `sdk_gaps` walks a parsed
SDK object side by side with the raw JSON it came from and reports each of those silent fallbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mistralai.client.types.basemodel import UnrecognizedInt, UnrecognizedStr
from pydantic import BaseModel

# Keys the real API is documented to send that the SDK does not model (API.md): the opaque `p` padding
# of 2026 stream chunks. Anything else the SDK does not know is reported.
DOCUMENTED_WIRE_EXTRAS = frozenset({"p"})

# The type of the `checked` fixture: returns its argument after `assert_sdk_understood` on the last answer.
Checked = Callable[[Any], Any]


def sdk_gaps(parsed: Any, raw: Any, path: str = "$") -> list[str]:
    """Every place where the SDK silently ignored or failed to recognise part of `raw`."""
    if isinstance(parsed, BaseModel):
        return _model_gaps(parsed, raw, path)
    if isinstance(parsed, (UnrecognizedStr, UnrecognizedInt)):
        return [f"{path}: value {raw!r} is not one the SDK knows"]
    if isinstance(parsed, list) and isinstance(raw, list):
        if len(parsed) != len(raw):
            return [f"{path}: SDK kept {len(parsed)} of {len(raw)} items"]
        gaps: list[str] = []
        for index, (item, raw_item) in enumerate(zip(parsed, raw, strict=True)):
            gaps += sdk_gaps(item, raw_item, f"{path}[{index}]")
        return gaps
    if isinstance(parsed, dict) and isinstance(raw, dict):
        gaps = []
        for key, value in raw.items():
            if key in parsed:
                gaps += sdk_gaps(parsed[key], value, f"{path}.{key}")
        return gaps
    return []


def assert_sdk_understood(parsed: Any, raw: Any) -> None:
    """Fails with the list of gaps when the SDK did not fully understand `raw`."""
    gaps = sdk_gaps(parsed, raw)
    assert not gaps, "the SDK silently dropped or did not recognise parts of the answer:\n  " + "\n  ".join(gaps)


def _model_gaps(parsed: BaseModel, raw: Any, path: str) -> list[str]:
    model_type = type(parsed)
    if model_type.__name__.startswith("Unknown"):
        kind = raw.get("type") if isinstance(raw, dict) else raw
        return [f"{path}: the SDK does not know this variant (type {kind!r}); it parsed it as {model_type.__name__}"]
    if not isinstance(raw, dict):
        return [f"{path}: expected a JSON object for {model_type.__name__}, got {raw!r}"]
    field_by_key = {(info.alias or name): name for name, info in model_type.model_fields.items()}
    allows_extra = model_type.model_config.get("extra") == "allow"
    gaps: list[str] = []
    for key, value in raw.items():
        name = field_by_key.get(key)
        if name is not None:
            gaps += sdk_gaps(getattr(parsed, name), value, f"{path}.{key}")
        elif not allows_extra and key not in DOCUMENTED_WIRE_EXTRAS:
            gaps.append(f"{path}.{key}: field unknown to the SDK's {model_type.__name__} (dropped)")
    return gaps
