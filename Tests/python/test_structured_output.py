"""Structured output: json_object, json_schema and the SDK's chat.parse with a pydantic model."""

from __future__ import annotations

import json
from typing import Any, Literal

import jsonschema
from mistralai.client import Mistral
from pydantic import BaseModel

from support.catalog import CHAT_MODEL
from support.conformance import Checked
from support.expectations import answer_text, only_choice

CITY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "population": {"type": "integer"},
        "area_km2": {"type": "number"},
        "is_capital": {"type": "boolean"},
        "region": {"type": "string", "enum": ["north", "south", "east", "west"]},
        "landmarks": {"type": "array", "items": {"type": "string"}},
        "location": {
            "type": "object",
            "properties": {"latitude": {"type": "number"}, "longitude": {"type": "number"}},
            "required": ["latitude", "longitude"],
            "additionalProperties": False,
        },
    },
    "required": ["name", "population", "area_km2", "is_capital", "region", "landmarks", "location"],
    "additionalProperties": False,
}
CITY_QUESTION = [{"role": "user", "content": "Give me the facts about Lyon as JSON."}]


class Location(BaseModel):
    latitude: float
    longitude: float


class City(BaseModel):
    name: str
    population: int
    is_capital: bool
    region: Literal["north", "south", "east", "west"]
    landmarks: list[str]
    location: Location


def test_json_object_mode_returns_a_json_object(client: Mistral, checked: Checked) -> None:
    response = checked(
        client.chat.complete(model=CHAT_MODEL, messages=CITY_QUESTION, response_format={"type": "json_object"})
    )

    assert only_choice(response).finish_reason == "stop"
    assert isinstance(json.loads(answer_text(response)), dict)


def test_json_schema_mode_satisfies_the_schema(client: Mistral, checked: Checked) -> None:
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "city", "schema": CITY_SCHEMA, "strict": True},
    }

    response = checked(client.chat.complete(model=CHAT_MODEL, messages=CITY_QUESTION, response_format=response_format))

    document = json.loads(answer_text(response))
    jsonschema.validate(document, CITY_SCHEMA)
    assert isinstance(document["population"], int) and not isinstance(document["population"], bool)


def test_streamed_json_schema_answer_is_the_same_json(client: Mistral, checked: Checked) -> None:
    response_format = {"type": "json_schema", "json_schema": {"name": "city", "schema": CITY_SCHEMA, "strict": True}}
    complete = checked(client.chat.complete(model=CHAT_MODEL, messages=CITY_QUESTION, response_format=response_format))

    with client.chat.stream(model=CHAT_MODEL, messages=CITY_QUESTION, response_format=response_format) as stream:
        text = "".join(str(event.data.choices[0].delta.content or "") for event in stream)

    assert json.loads(text) == json.loads(answer_text(complete))


def test_chat_parse_fills_the_pydantic_model(client: Mistral) -> None:
    response = client.chat.parse(City, model=CHAT_MODEL, messages=CITY_QUESTION)

    assert response.choices, "parse returned no choices"
    parsed = response.choices[0].message.parsed
    assert isinstance(parsed, City)
    assert parsed.name and isinstance(parsed.location, Location)
    assert parsed.region in ("north", "south", "east", "west")
