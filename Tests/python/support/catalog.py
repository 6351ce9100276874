"""Model ids and prompts the tests use (current ids from API.md)."""

CHAT_MODEL = "mistral-small-latest"
FIM_MODEL = "codestral-latest"
EMBED_MODEL = "mistral-embed"
MODERATION_MODEL = "mistral-moderation-latest"
OCR_MODEL = "mistral-ocr-latest"

SYSTEM_PROMPT = "You are a concise assistant for a travel agency."
USER_PROMPT = "Describe the city of Lyon in a few sentences, including its food and its rivers."


def city_messages() -> list[dict[str, str]]:
    """A system + user exchange whose answer is long enough to truncate and to stop inside."""
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": USER_PROMPT},
    ]
