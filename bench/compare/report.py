"""Turns one bench/compare.sh run into the side-by-side tables (run with the system python3).

    python3 report.py RUN_DIR [--write BENCHMARKS.md]

RUN_DIR holds meta.json (date, machine, loads, parameters, versions) and results.jsonl (one JSON object per
measured server or SDK variant). Prints the Markdown; with --write it also replaces what lies between
`<!-- compare:begin -->` and `<!-- compare:end -->` in that file (the markers must be there).
"""

import argparse
import json
import os
import sys

BEGIN, END = "<!-- compare:begin -->", "<!-- compare:end -->"

# (key, heading, format, higher_is_better)
INGEST_COLUMNS = [
    ("spans_per_s", "accepted spans/s", "{:,.0f}", True),
    ("queryable_s", "s until all queryable", "{:,.2f}", False),
    ("cpu_per_1k", "server CPU s / 1k spans", "{:,.3f}", False),
    ("peak_rss_mib", "peak RSS MiB (all processes)", "{:,.0f}", False),
    ("store_mb", "store MB", "{:,.1f}", False),
    ("list_p50_ms", "newest-50 p50 ms", "{:,.2f}", False),
    ("trace_p50_ms", "one trace p50 ms", "{:,.2f}", False),
]


def load(run_dir):
    with open(os.path.join(run_dir, "meta.json")) as file:
        meta = json.load(file)
    results = []
    path = os.path.join(run_dir, "results.jsonl")
    if os.path.exists(path):
        with open(path) as file:
            results = [json.loads(line) for line in file if line.strip()]
    return meta, results


def ratio_text(value, base):
    if not base:
        return ""
    ratio = value / base
    if ratio >= 10:
        return f" ({ratio:,.0f}×)"
    return f" ({ratio:.2f}×)" if ratio >= 0.1 else f" ({ratio:.2g}×)"


def ingest_table(rows):
    if not rows:
        return [], []
    base = next((r for r in rows if r["name"] == "Windsock, SQLite"), rows[0])
    lines = [
        "| server | " + " | ".join(heading for _, heading, _, _ in INGEST_COLUMNS) + " |",
        "| --- | " + " | ".join("---:" for _ in INGEST_COLUMNS) + " |",
    ]
    for row in rows:
        cells = []
        for key, _, fmt, _ in INGEST_COLUMNS:
            text = fmt.format(row[key])
            if row is not base:
                text += ratio_text(row[key], base[key])
            cells.append(text)
        lines.append(f"| {row['name']} | " + " | ".join(cells) + " |")
    losses = []
    windsock = [r for r in rows if r["name"].startswith("Windsock")]
    peers = [r for r in rows if not r["name"].startswith("Windsock")]
    for ours in windsock:
        for key, heading, fmt, higher in INGEST_COLUMNS:
            for peer in peers:
                better = peer[key] > ours[key] if higher else peer[key] < ours[key]
                if better:
                    losses.append(
                        f"{ours['name']} loses on {heading} to {peer['name']}: "
                        f"{fmt.format(ours[key])} against {fmt.format(peer[key])}."
                    )
    return lines, losses


def spread(row, calls):
    runs = row.get("cpu_runs") or [row["cpu_s"]]
    return f"{min(runs) / calls * 1e3:,.2f}–{max(runs) / calls * 1e3:,.2f}"


def sdk_table(rows):
    if not rows:
        return [], []
    untraced = {r["env"]: r for r in rows if r["variant"] == "untraced"}
    lines = [
        "| client | traced by | exports to Windsock by | CPU ms per call untraced → traced | "
        "runs' range, ms per call | **added CPU µs per call** | spans received per run (warm-up included) |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    added = {}
    for row in rows:
        if row["variant"] == "untraced":
            continue
        base = untraced.get(row["env"])
        if base is None:
            continue
        calls = row["calls"] + row["streams"]
        delta_us = (row["cpu_s"] - base["cpu_s"]) / calls * 1e6
        added[row["label"]] = delta_us
        lines.append(
            f"| {row['client']} | {row['label']} | {row['export']} | "
            f"{base['cpu_s'] / calls * 1e3:,.3f} → {row['cpu_s'] / calls * 1e3:,.3f} | "
            f"{spread(base, calls)} → {spread(row, calls)} | "
            f"**{delta_us:+,.0f}** | {row.get('spans_received', '')} |"
        )
    losses = []
    ours = added.get("Windsock")
    if ours is not None:
        for label, value in added.items():
            if label != "Windsock" and value < ours:
                losses.append(
                    f"Windsock's tracing adds more CPU per call than {label}: {ours:+,.0f} µs against {value:+,.0f} µs."
                )
    return lines, losses


def render(meta, results):
    ingest = [r for r in results if r["section"] == "ingest"]
    sdk = [r for r in results if r["section"] == "sdk"]
    ingest_lines, ingest_losses = ingest_table(ingest)
    sdk_lines, sdk_losses = sdk_table(sdk)
    p = meta["parameters"]
    out = [
        f"Run of `bench/compare.sh` on {meta['date']}: {meta['machine']}. Load average (1 min) "
        f"{meta['load_before']} before, {meta['load_after']} after.",
        "",
    ]
    if ingest_lines:
        out += [
            f"**Ingest**: {p['requests']:,} OTLP/protobuf requests of {p['spans_per_request']} spans "
            f"({p['spans']:,} spans, {p['payload_mb']:.1f} MB, seed {p['seed']}, byte-identical for every server) "
            f"from {p['senders']} senders on loopback, one server at a time; then {p['samples']} newest-50 "
            "listings and one-trace reads, one request at a time, over each server's own HTTP API. "
            "Ratios are against Windsock on SQLite.",
            "",
            *ingest_lines,
            "",
        ]
    if sdk_lines:
        out += [
            f"**SDK overhead**: {p['calls']:,} chat calls and {p['streams']:,} streams (read to the end) against "
            f"`windsock mock` on loopback, after a warm-up of {p['warmup']} calls, in a fresh process per run; "
            "client CPU time (user + system, all threads, getrusage) of the measured loop including a final "
            f"flush of the exporter, median of {p['repeats']} runs; per call = per chat call or stream. Each "
            "traced variant is compared with the same SDK untraced in the same virtualenv.",
            "",
            *sdk_lines,
            "",
        ]
    losses = ingest_losses + sdk_losses
    out.append("Where Windsock loses in this run:" if losses else "Windsock loses on no row in this run.")
    out += [f"- {line}" for line in losses]
    out += ["", "Versions: " + "; ".join(f"{k} {v}" for k, v in meta["versions"].items()) + "."]
    return "\n".join(out) + "\n"


def write(path, text):
    with open(path) as file:
        document = file.read()
    start, end = document.find(BEGIN), document.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{path} has no {BEGIN} … {END} markers")
    document = document[: start + len(BEGIN)] + "\n" + text + document[end:]
    with open(path, "w") as file:
        file.write(document)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir")
    parser.add_argument("--write", metavar="BENCHMARKS_MD")
    args = parser.parse_args()
    meta, results = load(args.run_dir)
    text = render(meta, results)
    sys.stdout.write(text)
    if args.write:
        write(args.write, text)


if __name__ == "__main__":
    main()
