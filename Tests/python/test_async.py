"""The SDK's asyncio API: complete_async and stream_async."""

from __future__ import annotations

import asyncio

from mistralai.client import Mistral

from support.catalog import CHAT_MODEL, city_messages
from support.conformance import Checked
from support.expectations import answer_text, assert_usage_adds_up, only_choice, summarise_stream


async def test_complete_async_matches_the_sync_answer(client: Mistral, async_client: Mistral, checked: Checked) -> None:
    sync_response = checked(client.chat.complete(model=CHAT_MODEL, messages=city_messages()))

    async_response = checked(await async_client.chat.complete_async(model=CHAT_MODEL, messages=city_messages()))

    assert only_choice(async_response).finish_reason == "stop"
    assert answer_text(async_response) == answer_text(sync_response)
    assert_usage_adds_up(async_response.usage)


async def test_stream_async_matches_complete_async(async_client: Mistral, checked: Checked) -> None:
    complete = checked(await async_client.chat.complete_async(model=CHAT_MODEL, messages=city_messages()))

    stream = await async_client.chat.stream_async(model=CHAT_MODEL, messages=city_messages())
    async with stream:
        streamed = summarise_stream([event async for event in stream])

    assert streamed.text == answer_text(complete)
    assert streamed.finish_reason == "stop"
    assert streamed.usage.model_dump() == complete.usage.model_dump()


async def test_concurrent_async_calls_each_get_their_own_answer(async_client: Mistral) -> None:
    questions = ["Describe Paris briefly.", "Describe Marseille briefly.", "Describe Nantes briefly."]

    responses = await asyncio.gather(
        *(
            async_client.chat.complete_async(model=CHAT_MODEL, messages=[{"role": "user", "content": question}])
            for question in questions
        )
    )

    answers = [answer_text(response) for response in responses]
    assert all(answer.strip() for answer in answers)
    assert len({response.id for response in responses}) == len(questions), "distinct requests need distinct ids"
