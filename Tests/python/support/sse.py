"""A strict reader of raw Server-Sent Events, to check the emulator's framing byte by byte."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawEvent:
    """One SSE event: its field lines in order, as (field, value) pairs."""

    fields: tuple[tuple[str, str], ...]

    def names(self) -> list[str]:
        return [name for name, _ in self.fields]

    def value(self, name: str) -> str | None:
        values = [value for field, value in self.fields if field == name]
        assert len(values) <= 1, f"event repeats the {name!r} field: {self.fields}"
        return values[0] if values else None


def parse_events(body: str) -> list[RawEvent]:
    """Splits an SSE body framed with `\\n\\n` into events.

    The emulator must frame exactly like Mistral: `\\n` line ends, a blank line after every event, and the
    body ending right after the last event's blank line.
    """
    assert "\r" not in body, "SSE body uses CR line ends; Mistral uses \\n only"
    assert body.endswith("\n\n"), f"SSE body does not end with a blank line: {body[-80:]!r}"
    events: list[RawEvent] = []
    for block in body[:-2].split("\n\n"):
        assert block, "SSE body contains an empty event (three or more newlines in a row)"
        fields = []
        for line in block.split("\n"):
            name, separator, value = line.partition(": ")
            assert separator, f"SSE line is not 'field: value': {line!r}"
            fields.append((name, value))
        events.append(RawEvent(tuple(fields)))
    return events
