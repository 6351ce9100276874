"""Seeds a Windsock server over OTLP/HTTP: the instrumentations' fixtures and Windsock-shaped traces."""
import json
import os
import time
import urllib.request

URL = os.environ["WINDSOCK_URL"]
FIXTURES = os.environ["WINDSOCK_FIXTURES"]

# What a hostile model or user writes: if any of it ran, window.__xss would be set.
SCRIPT = "<script>window.__xss=1</script>"
IMAGE = "<img src=x onerror=\"window.__xss=2\">"
LINK = "[click me](javascript:window.__xss=3)"


def post_otlp(body: bytes, content_type: str) -> None:
    request = urllib.request.Request(URL + "/v1/traces", data=body, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request) as answer:
        assert answer.status == 200, answer.status


def seed_fixtures() -> int:
    count = 0
    for directory in sorted(os.listdir(FIXTURES)):
        path = os.path.join(FIXTURES, directory)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith(".pb"):
                with open(os.path.join(path, name), "rb") as handle:
                    post_otlp(handle.read(), "application/x-protobuf")
                count += 1
    return count


def attribute(key, value):
    if isinstance(value, bool):
        return {"key": key, "value": {"boolValue": value}}
    if isinstance(value, int):
        return {"key": key, "value": {"intValue": str(value)}}
    if isinstance(value, float):
        return {"key": key, "value": {"doubleValue": value}}
    if isinstance(value, list):
        return {"key": key, "value": {"arrayValue": {"values": [{"stringValue": v} for v in value]}}}
    return {"key": key, "value": {"stringValue": value}}


def span(trace_id, span_id, parent, name, start_ns, end_ns, attributes, error=None):
    result = {
        "traceId": trace_id, "spanId": span_id, "name": name, "kind": 1,
        "startTimeUnixNano": str(start_ns), "endTimeUnixNano": str(end_ns),
        "attributes": [attribute(k, v) for k, v in attributes.items()],
        "status": {"code": 2, "message": error} if error else {"code": 1},
    }
    if parent:
        result["parentSpanId"] = parent
    return result


def send_spans(spans) -> None:
    body = {"resourceSpans": [{
        "resource": {"attributes": [attribute("service.name", "browser-test-app")]},
        "scopeSpans": [{"scope": {"name": "windsock"}, "spans": spans}],
    }]}
    post_otlp(json.dumps(body).encode(), "application/json")


def chat_messages(role, text):
    return json.dumps([{"role": role, "parts": [{"type": "text", "content": text}]}])


def windsock_turn(index: int, trace_id: str, session: str, question: str, answer: str, start_ns: int,
                  name: str = "answer_question", tags=("browser", "demo"), user: str = "ada", scale: float = 1.0,
                  model: str = "mistral-small-latest", answered_by: str = "mistral-small-2506") -> None:
    """An application span around a streamed chat call and a tool call, as Windsock's SDK sends them; `scale`
    stretches the durations and token counts."""
    root, chat, tool = f"{index:016x}", f"{index + 1:016x}", f"{index + 2:016x}"
    ms = int(1_000_000 * scale)
    send_spans([
        span(trace_id, root, None, name, start_ns, start_ns + 900 * ms, {
            "windsock.span.kind": "chain", "windsock.input": question, "windsock.output": answer,
            "windsock.session.id": session, "windsock.user.id": user, "windsock.tags": list(tags),
        }),
        span(trace_id, chat, root, f"chat {model}", start_ns + 50 * ms, start_ns + 700 * ms, {
            "gen_ai.operation.name": "chat", "gen_ai.provider.name": "mistral_ai",
            "gen_ai.request.model": model, "gen_ai.response.model": answered_by,
            "gen_ai.request.temperature": 0.3, "gen_ai.request.max_tokens": 256,
            "gen_ai.input.messages": json.dumps([
                {"role": "system", "parts": [{"type": "text", "content": "You answer **briefly**."}]},
                {"role": "user", "parts": [{"type": "text", "content": question}]},
            ]),
            "gen_ai.output.messages": json.dumps([{"role": "assistant", "finish_reason": "stop",
                                                   "parts": [{"type": "text", "content": answer}]}]),
            "gen_ai.usage.input_tokens": int(42 * scale), "gen_ai.usage.output_tokens": int(17 * scale),
            "gen_ai.response.finish_reasons": ["stop"], "windsock.time_to_first_token_ms": 120.0,
            "gen_ai.request.stream": True,
        }),
        span(trace_id, tool, root, "execute_tool get_weather", start_ns + 710 * ms, start_ns + 880 * ms, {
            "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "get_weather",
            "windsock.span.kind": "tool", "windsock.input": json.dumps({"city": "Paris"}),
            "windsock.output": json.dumps({"celsius": 21}),
        }),
    ])


def hostile_trace(trace_id: str, start_ns: int) -> None:
    ms = 1_000_000
    send_spans([
        span(trace_id, "00000000000000a1", None, f"root {SCRIPT}", start_ns, start_ns + 500 * ms, {
            "windsock.span.kind": "agent", "windsock.input": IMAGE, "windsock.output": LINK,
            "windsock.session.id": f"evil-{SCRIPT}", "windsock.user.id": f"u{IMAGE}",
            "windsock.tags": [f"t{IMAGE}"], f"attr{SCRIPT}": IMAGE,
        }),
        span(trace_id, "00000000000000a2", "00000000000000a1", f"chat {IMAGE}", start_ns + 10 * ms,
             start_ns + 400 * ms, {
                 "gen_ai.operation.name": "chat", "gen_ai.provider.name": "mistral_ai",
                 "gen_ai.request.model": "mistral-large-latest",
                 "gen_ai.input.messages": json.dumps([{"role": "user", "parts": [
                     {"type": "text", "content": f"{SCRIPT} {IMAGE} {LINK} <b>bold?</b>"}]}]),
                 "gen_ai.output.messages": json.dumps([{"role": "assistant", "parts": [
                     {"type": "tool_call", "id": "c1", "name": f"tool{SCRIPT}", "arguments": {"q": IMAGE}}]}]),
                 "gen_ai.usage.input_tokens": 5, "gen_ai.usage.output_tokens": 1,
             }, error=f"failed {IMAGE}"),
    ])


def now_ns() -> int:
    return time.time_ns()
