"""Batch jobs: from an uploaded file and from inline requests; get, list, cancel, results."""

from __future__ import annotations

import time

from mistralai.client import Mistral, models

from support.catalog import CHAT_MODEL
from support.conformance import Checked, assert_sdk_understood
from support.jsonl import chat_batch_requests, from_jsonl, to_jsonl

QUESTIONS = ["What is the capital of France?", "Name a river in Lyon.", "What is a bouchon?"]
TERMINAL = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}
POLL_SECONDS = 20


def assert_job_shape(job: models.BatchJob) -> None:
    assert job.object == "batch"
    assert job.id, "batch job has no id"
    assert job.endpoint == "/v1/chat/completions"
    assert job.created_at > 0
    counts = (job.total_requests, job.completed_requests, job.succeeded_requests, job.failed_requests)
    assert all(count >= 0 for count in counts), counts
    assert job.succeeded_requests + job.failed_requests <= job.completed_requests <= job.total_requests, counts


def create_from_file(client: Mistral, checked: Checked) -> models.BatchJob:
    content = to_jsonl(chat_batch_requests(QUESTIONS))
    uploaded = checked(client.files.upload(file={"file_name": "batch.jsonl", "content": content}, purpose="batch"))
    job = checked(
        client.batch.jobs.create(endpoint="/v1/chat/completions", input_files=[uploaded.id], model=CHAT_MODEL)
    )
    assert job.input_files == [uploaded.id]
    return job


def wait_until_finished(client: Mistral, checked: Checked, job_id: str) -> models.BatchJob:
    deadline = time.monotonic() + POLL_SECONDS
    while True:
        job = checked(client.batch.jobs.get(job_id=job_id))
        assert_job_shape(job)
        if job.status in TERMINAL or time.monotonic() > deadline:
            return job
        time.sleep(0.2)


def test_create_get_and_list_a_file_batch(client: Mistral, checked: Checked) -> None:
    job = create_from_file(client, checked)
    assert_job_shape(job)
    assert job.model == CHAT_MODEL

    fetched = checked(client.batch.jobs.get(job_id=job.id))
    assert (fetched.id, fetched.input_files) == (job.id, job.input_files)

    listed = checked(client.batch.jobs.list())
    assert listed.object == "list"
    assert job.id in [item.id for item in listed.data or []]
    assert listed.total >= len(listed.data or [])


def test_cancel_a_queued_batch(client: Mistral, checked: Checked) -> None:
    job = create_from_file(client, checked)
    assert job.status in ("QUEUED", "RUNNING"), f"a new job should not be finished yet: {job.status}"

    cancelled = checked(client.batch.jobs.cancel(job_id=job.id))

    assert cancelled.id == job.id
    assert cancelled.status in ("CANCELLATION_REQUESTED", "CANCELLED"), cancelled.status
    assert checked(client.batch.jobs.get(job_id=job.id)).status in ("CANCELLATION_REQUESTED", "CANCELLED")


def test_inline_batch_runs_and_writes_chat_results(client: Mistral, checked: Checked) -> None:
    requests = chat_batch_requests(QUESTIONS)
    job = checked(client.batch.jobs.create(endpoint="/v1/chat/completions", requests=requests, model=CHAT_MODEL))
    assert_job_shape(job)

    finished = wait_until_finished(client, checked, job.id)

    assert finished.status == "SUCCESS", finished.status
    assert (finished.total_requests, finished.succeeded_requests) == (len(QUESTIONS), len(QUESTIONS))
    assert isinstance(finished.output_file, str) and finished.output_file
    lines = from_jsonl(client.files.download(file_id=finished.output_file).read())
    assert sorted(line["custom_id"] for line in lines) == sorted(request["custom_id"] for request in requests)
    for line in lines:
        assert line["response"]["status_code"] == 200, line
        body = line["response"]["body"]
        assert_sdk_understood(models.ChatCompletionResponse.model_validate(body), body)
