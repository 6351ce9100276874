"""Files: multipart upload, list, retrieve, download, signed URL, delete."""

from __future__ import annotations

import uuid

import pytest
from mistralai.client import Mistral, errors, models

from support.conformance import Checked
from support.jsonl import chat_batch_requests, to_jsonl

CONTENT = to_jsonl(chat_batch_requests(["What is the capital of France?", "Name a river in Lyon."]))


def upload(client: Mistral, checked: Checked, filename: str = "questions.jsonl") -> models.CreateFileResponse:
    return checked(client.files.upload(file={"file_name": filename, "content": CONTENT}, purpose="batch"))


def test_upload_describes_the_file(client: Mistral, checked: Checked) -> None:
    uploaded = upload(client, checked)

    assert str(uuid.UUID(uploaded.id)) == uploaded.id, f"file ids are UUIDs, got {uploaded.id!r}"
    assert uploaded.object == "file"
    assert uploaded.size_bytes == len(CONTENT)
    assert uploaded.filename == "questions.jsonl"
    assert uploaded.purpose == "batch"
    assert uploaded.source == "upload"
    assert uploaded.sample_type == "batch_request"


def test_list_and_retrieve_find_the_upload(client: Mistral, checked: Checked) -> None:
    uploaded = upload(client, checked)

    listed = checked(client.files.list())
    assert listed.object == "list"
    assert uploaded.id in [item.id for item in listed.data]
    if isinstance(listed.total, int):
        assert listed.total >= len(listed.data)

    retrieved = checked(client.files.retrieve(file_id=uploaded.id))
    assert (retrieved.id, retrieved.filename, retrieved.size_bytes) == (
        uploaded.id,
        uploaded.filename,
        uploaded.size_bytes,
    )
    assert retrieved.deleted is False


def test_download_returns_the_uploaded_bytes(client: Mistral, checked: Checked) -> None:
    uploaded = upload(client, checked)

    downloaded = client.files.download(file_id=uploaded.id)

    assert downloaded.status_code == 200
    assert downloaded.read() == CONTENT


def test_signed_url_is_an_http_url(client: Mistral, checked: Checked) -> None:
    uploaded = upload(client, checked)

    signed = checked(client.files.get_signed_url(file_id=uploaded.id, expiry=1))

    assert signed.url.startswith(("http://", "https://")), signed.url


def test_delete_removes_the_file(client: Mistral, checked: Checked) -> None:
    uploaded = upload(client, checked)

    deleted = checked(client.files.delete(file_id=uploaded.id))

    assert (deleted.id, deleted.object, deleted.deleted) == (uploaded.id, "file", True)
    with pytest.raises(errors.SDKError) as raised:
        client.files.retrieve(file_id=uploaded.id)
    assert raised.value.status_code == 404
