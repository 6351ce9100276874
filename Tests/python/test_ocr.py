"""OCR: a document URL comes back as pages of markdown."""

from __future__ import annotations

from mistralai.client import Mistral

from support.catalog import OCR_MODEL
from support.conformance import Checked

DOCUMENT = {"type": "document_url", "document_url": "https://arxiv.org/pdf/2201.04234"}


def test_ocr_process_returns_markdown_pages(client: Mistral, checked: Checked) -> None:
    response = checked(client.ocr.process(model=OCR_MODEL, document=DOCUMENT))

    assert response.model, "OCR response has no model"
    assert response.pages, "OCR returned no pages"
    assert [page.index for page in response.pages] == list(range(len(response.pages)))
    for page in response.pages:
        assert isinstance(page.markdown, str) and page.markdown.strip(), f"page {page.index} has no markdown"
        assert isinstance(page.images, list)
        assert page.dimensions is not None, f"page {page.index} has no dimensions"
        assert min(page.dimensions.dpi, page.dimensions.height, page.dimensions.width) > 0
    assert response.usage_info.pages_processed == len(response.pages)


def test_ocr_pages_selects_pages(client: Mistral, checked: Checked) -> None:
    response = checked(client.ocr.process(model=OCR_MODEL, document=DOCUMENT, pages=[0]))

    assert [page.index for page in response.pages] == [0]
    assert response.usage_info.pages_processed == 1


def test_ocr_is_deterministic(client: Mistral, checked: Checked) -> None:
    first = checked(client.ocr.process(model=OCR_MODEL, document=DOCUMENT))
    second = checked(client.ocr.process(model=OCR_MODEL, document=DOCUMENT))

    assert [page.markdown for page in first.pages] == [page.markdown for page in second.pages]
