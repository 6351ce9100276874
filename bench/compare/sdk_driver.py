"""The SDK-overhead scenario for the official Python `mistralai` SDK (run by bench/compare.sh).

    python sdk_driver.py VARIANT --mock-url URL --otlp-url URL [--calls N] [--streams N] [--warmup N]

VARIANT is one of:
  untraced       no tracing at all (run in each venv, against the SDK version of the traced variants there)
  native         mistralai 3.x's own OpenTelemetry spans (MISTRAL_SDK_TELEMETRY=global, the app's provider)
  openinference  openinference-instrumentation-mistralai, OTel SDK BatchSpanProcessor + OTLP/HTTP exporter
  openllmetry    opentelemetry-instrumentation-mistralai (Traceloop), the same provider and exporter
  openlit        openlit.init(otlp_endpoint=…): OpenLIT's own provider, BatchSpanProcessor, OTLP/HTTP
  mlflow         mlflow-tracing's mlflow.mistral.autolog(), exporting OTLP/HTTP (OTEL_EXPORTER_OTLP_TRACES_*)

The same scenario as `windsock-bench sdk`: a warm-up (--warmup chat calls and a fifth as many streams), then the
measured loop (--calls chat completions, then --streams streams read to their end, one at a time), then a flush
of the tracer's exporter inside the measurement. Prints one line:

    RESULT variant=… calls=… streams=… chunks=… cpu_s=… wall_s=…

cpu_s is the process's user + system CPU time over all threads (getrusage(RUSAGE_SELF)).
"""

import argparse
import os
import resource
import sys
import time

MESSAGES = [
    {"role": "system", "content": "You are a concise assistant for a sailing school."},
    {
        "role": "user",
        "content": "In two sentences, how should a beginner read the wind before leaving the harbour?",
    },
]
MODEL = "mistral-small-latest"
VARIANTS = ("untraced", "native", "openinference", "openllmetry", "openlit", "mlflow")


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def otel_provider(otlp_url, service):
    """The application-owned OpenTelemetry pipeline every OTel instrumentation's README shows."""
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_url + "/v1/traces")))
    trace.set_tracer_provider(provider)
    return provider


def set_up(variant, otlp_url, pricing_json):
    """Installs the variant's tracing; returns a function that flushes its exporter (True on success)."""
    service = "compare-sdk-" + variant
    if variant == "untraced":
        return lambda: True
    if variant == "native":
        os.environ["MISTRAL_SDK_TELEMETRY"] = "global"
        provider = otel_provider(otlp_url, service)
        return lambda: provider.force_flush(60_000)
    if variant == "openinference":
        from openinference.instrumentation.mistralai import MistralAIInstrumentor

        provider = otel_provider(otlp_url, service)
        MistralAIInstrumentor().instrument(tracer_provider=provider)
        return lambda: provider.force_flush(60_000)
    if variant == "openllmetry":
        from opentelemetry.instrumentation.mistralai import MistralAiInstrumentor

        provider = otel_provider(otlp_url, service)
        MistralAiInstrumentor().instrument(tracer_provider=provider)
        return lambda: provider.force_flush(60_000)
    if variant == "openlit":
        import openlit
        from opentelemetry import trace

        # A local price table: by default OpenLIT downloads one from GitHub at start-up.
        openlit.init(
            otlp_endpoint=otlp_url,
            application_name=service,
            disable_metrics=True,
            pricing_json=pricing_json,
        )
        provider = trace.get_tracer_provider()
        return lambda: provider.force_flush(60_000)
    if variant == "mlflow":
        os.environ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = otlp_url + "/v1/traces"
        os.environ["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"] = "http/protobuf"
        os.environ["OTEL_SERVICE_NAME"] = service
        # mlflow-tracing alone has no SQL store: without a tracking URI it looks for the default SQLite one and
        # fails every span. A file URI it never writes to (spans go only to OTLP) keeps it working.
        os.environ.setdefault("MLFLOW_TRACKING_URI", "file://" + os.path.abspath("mlruns"))
        import mlflow
        from mlflow.tracing.provider import provider as mlflow_provider

        mlflow.mistral.autolog()

        def flush_mlflow():
            # MLflow makes its tracer provider at the first span (the warm-up's).
            tracer_provider = mlflow_provider.get()
            return tracer_provider is None or tracer_provider.force_flush(60_000)

        return flush_mlflow
    raise SystemExit(f"unknown variant {variant!r}; one of {', '.join(VARIANTS)}")


def make_client(mock_url):
    try:
        from mistralai.client import Mistral  # mistralai 3.x
    except ImportError:
        from mistralai import Mistral  # mistralai 1.x

    return Mistral(api_key="bench-key", server_url=mock_url)


def run(client, calls, streams):
    for _ in range(calls):
        client.chat.complete(model=MODEL, messages=MESSAGES, temperature=0.3)
    chunks = 0
    for _ in range(streams):
        events = client.chat.stream(model=MODEL, messages=MESSAGES, temperature=0.3)
        # The SDK returns a context-managed event stream; OpenLLMetry wraps it in a plain generator.
        if hasattr(events, "__enter__"):
            with events as stream:
                chunks += sum(1 for _event in stream)
        else:
            chunks += sum(1 for _event in events)
    return chunks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("variant", choices=VARIANTS)
    parser.add_argument("--mock-url", required=True)
    parser.add_argument("--otlp-url", required=True, help="base URL of the OTLP/HTTP receiver")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--pricing-json", default=os.path.join(os.path.dirname(__file__), "openlit-pricing.json"))
    args = parser.parse_args()
    if min(args.calls, args.streams, args.warmup) < 0 or args.calls + args.streams == 0:
        parser.error("--calls, --streams and --warmup must not be negative, and some calls are needed")

    flush = set_up(args.variant, args.otlp_url.rstrip("/"), args.pricing_json)
    client = make_client(args.mock_url)
    run(client, args.warmup, args.warmup // 5)
    if not flush():
        raise SystemExit("the exporter did not flush the warm-up")

    started = time.perf_counter()
    cpu_before = cpu_seconds()
    chunks = run(client, args.calls, args.streams)
    if not flush():
        raise SystemExit("the exporter did not flush within 60 s")
    cpu = cpu_seconds() - cpu_before
    wall = time.perf_counter() - started
    print(
        f"RESULT variant={args.variant} calls={args.calls} streams={args.streams} chunks={chunks} "
        f"cpu_s={cpu:.4f} wall_s={wall:.3f}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
