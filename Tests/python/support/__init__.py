"""Helpers shared by the SDK conformance tests: traffic recording, conformance walking, SSE parsing."""
