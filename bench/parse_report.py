#!/usr/bin/python3
"""Prints the one table of bench/run-parse-bench.sh (Markdown, ready for docs/performance.md) from the
JSON that bench_parse (throughput, then --memory) and bench/feedparser_peer.py wrote.

usage: bench/parse_report.py TIDINGS.json PEER.json MEMORY.json [MEMORY-RAW.json]
"""

import json
import os
import platform
import sys
import time

# Targets from issue 2, "Performance".
TARGET_MBPS = 50.0
TARGET_CEILING_RATIO = 0.67
TARGET_PEER_RATIO = 25.0
TARGET_MEMORY_MULTIPLE = 3.0


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def verdict(ok):
    return "**met**" if ok else "**not met**"


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__.strip().splitlines()[-1])
    tidings, peer, memory = (load(p) for p in sys.argv[1:4])
    memory_raw = load(sys.argv[4])["memory"] if len(sys.argv) == 5 else None
    corpus = tidings["corpus"]
    ceiling, sanitized, raw = tidings["ceiling"], tidings["sanitized"], tidings["raw"]
    fp = peer["feedparser"]
    mem = memory["memory"]

    cores = os.cpu_count()
    print(f"Date: {time.strftime('%Y-%m-%d')}; machine: {cores} cores, {cpu_model()}; "
          f"{platform.system()} {platform.release()}")
    print(f"Corpus: {corpus['documents']} documents, {corpus['items']} items, {corpus['megabytes']:.1f} MB "
          f"(MB = 2^20 bytes), seed {corpus['seed']}, hash {corpus['hash']}; "
          f"CPU time, best of {corpus['repetitions']} (feedparser: best of {fp['repetitions']})")
    if fp.get("corpusHash") and fp["corpusHash"] != corpus["hash"]:
        print(f"WARNING: feedparser read a different corpus (hash {fp['corpusHash']})")
    print()

    ratio_ceiling = sanitized["mbPerSecond"] / ceiling["mbPerSecond"]
    ratio_peer = sanitized["xml"]["mbPerSecond"] / fp["mbPerSecond"]
    rows = [
        ("ceiling: QXmlStreamReader tokenize + collect text (QJsonDocument for JSON)",
         f"{ceiling['mbPerSecond']:.1f}", f"{ceiling['itemsPerSecond']:,.0f}", "", ""),
        ("**tidings parseFeed, sanitized + URLs resolved** (default)",
         f"{sanitized['mbPerSecond']:.1f}", f"{sanitized['itemsPerSecond']:,.0f}",
         f"≥ {TARGET_MBPS:.0f} MB/s", verdict(sanitized["mbPerSecond"] >= TARGET_MBPS)),
        ("tidings parseFeed, ContentMode::Raw",
         f"{raw['mbPerSecond']:.1f}", f"{raw['itemsPerSecond']:,.0f}", "", ""),
        ("tidings parseFeed, sanitized, XML documents only",
         f"{sanitized['xml']['mbPerSecond']:.1f}", f"{sanitized['xml']['itemsPerSecond']:,.0f}", "", ""),
        (f"feedparser {fp['version']} (Python {fp['python']}), XML documents only",
         f"{fp['mbPerSecond']:.2f}", f"{fp['itemsPerSecond']:,.0f}", "", ""),
        ("tidings (sanitized) / ceiling", f"{ratio_ceiling:.2f}", "",
         f"≥ {TARGET_CEILING_RATIO}", verdict(ratio_ceiling >= TARGET_CEILING_RATIO)),
        ("tidings (sanitized) / feedparser, XML part", f"{ratio_peer:.1f}×", "",
         f"≥ {TARGET_PEER_RATIO:.0f}×", verdict(ratio_peer >= TARGET_PEER_RATIO)),
        (f"peak RSS added while parsing one {mem['documentMB']:.0f} MB RSS document ({mem['items']} items)",
         f"{mem['peakMultiple']:.2f}× the document", "",
         f"≤ {TARGET_MEMORY_MULTIPLE:.0f}×", verdict(mem["peakMultiple"] <= TARGET_MEMORY_MULTIPLE)),
    ]
    print("| measure | MB/s (or ratio) | items/s | target | |")
    print("|---|---:|---:|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    formats = list(ceiling["mbPerSecondByFormat"].keys())
    print("| MB/s by format | " + " | ".join(formats) + " |")
    print("|---|" + "---:|" * len(formats))
    for name, mode in (("ceiling", ceiling), ("sanitized", sanitized), ("raw", raw)):
        print(f"| {name} | " + " | ".join(f"{mode['mbPerSecondByFormat'][f]:.1f}" for f in formats) + " |")
    print()
    html = tidings.get("html")
    if html:
        print(f"Item HTML ({html['fragments']} fragments, {html['megabytes']:.1f} MB): HtmlSanitizer.sanitize "
              f"{html['sanitizeMbPerSecond']:.1f} MB/s; libxml2's HTML parser alone with no-op callbacks "
              f"{html['libxmlMbPerSecond']:.1f} MB/s.")
    print(f"Memory: baseline {mem['baselineMB']:.1f} MB, peak {mem['peakMB']:.1f} MB, "
          f"{mem['heldAfterMB'] - mem['baselineCurrentMB']:.1f} MB still held by the result; "
          f"that parse ran at {mem['mbPerSecond']:.1f} MB/s.")
    if memory_raw:
        print(f"Memory, ContentMode::Raw: peak {memory_raw['peakMultiple']:.2f}× the document, "
              f"{memory_raw['heldAfterMB'] - memory_raw['baselineCurrentMB']:.1f} MB held by the result.")
    for name, mode in (("sanitized", sanitized), ("raw", raw)):
        if mode.get("itemsParsed") != corpus["items"] or mode.get("notFeeds"):
            print(f"WARNING: {name} parse read {mode.get('itemsParsed')} of {corpus['items']} items")
    if fp["itemsParsed"] != fp["items"]:
        print(f"WARNING: feedparser read {fp['itemsParsed']} of {fp['items']} items")


if __name__ == "__main__":
    main()
