#!/usr/bin/python3
"""The peer for bench_parse: Debian's python3-feedparser over the corpus `bench_parse --write-corpus DIR`
wrote, timed by CPU time (time.process_time), best of N runs.

feedparser sanitizes HTML and resolves relative URLs by default, as tidings' default parse does, so the
two do comparable work. Debian 12's feedparser (6.0.x) does not read JSON Feed: those files are skipped
and the XML part is reported on its own; bench/run-parse-bench.sh compares it with tidings' XML part.

usage: /usr/bin/python3 bench/feedparser_peer.py CORPUS_DIR [--reps N] [--json]
"""

import argparse
import json
import os
import sys
import time

try:
    import feedparser
except ImportError:
    sys.exit("feedparser_peer: python3-feedparser is not installed (apt-get install python3-feedparser)")

MB = 1024.0 * 1024.0  # MiB, as bench_parse reports
CONTENT_TYPES = {"RSS 2.0": "application/rss+xml", "Atom 1.0": "application/atom+xml",
                 "RSS 1.0": "application/rdf+xml"}


def read_manifest(corpus_dir):
    documents = []
    corpus_hash = None
    with open(os.path.join(corpus_dir, "manifest.tsv"), encoding="utf-8") as manifest:
        for line in manifest:
            if line.startswith("# corpus hash "):
                corpus_hash = line.split()[3]
            if line.startswith("#") or not line.strip():
                continue
            name, fmt, items, size, url = line.rstrip("\n").split("\t")
            with open(os.path.join(corpus_dir, name), "rb") as f:
                data = f.read()
            if len(data) != int(size):
                sys.exit(f"feedparser_peer: {name} has {len(data)} bytes, the manifest says {size}")
            documents.append({"name": name, "format": fmt, "items": int(items), "url": url, "data": data})
    return documents, corpus_hash


def run_once(documents):
    seconds = 0.0
    entries = 0
    bozo = 0
    for doc in documents:
        headers = {"content-location": doc["url"], "content-type": CONTENT_TYPES[doc["format"]]}
        start = time.process_time()
        result = feedparser.parse(doc["data"], response_headers=headers)
        seconds += time.process_time() - start
        entries += len(result.entries)
        bozo += 1 if result.bozo else 0
    return seconds, entries, bozo


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir")
    parser.add_argument("--reps", type=int, default=1, help="runs; the best CPU time counts (default 1)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()

    everything, corpus_hash = read_manifest(args.corpus_dir)
    documents = [d for d in everything if d["format"] in CONTENT_TYPES]
    skipped = [d for d in everything if d["format"] not in CONTENT_TYPES]
    size = sum(len(d["data"]) for d in documents)
    items = sum(d["items"] for d in documents)

    runs = [run_once(documents) for _ in range(max(1, args.reps))]
    best, entries, bozo = min(runs, key=lambda run: run[0])
    report = {
        "feedparser": {
            "version": feedparser.__version__,
            "python": sys.version.split()[0],
            "corpusHash": corpus_hash,
            "documents": len(documents),
            "skippedDocuments": len(skipped),
            "skippedFormats": sorted({d["format"] for d in skipped}),
            "megabytes": size / MB,
            "items": items,
            "itemsParsed": entries,
            "bozoDocuments": bozo,
            "repetitions": len(runs),
            "bestSeconds": best,
            "mbPerSecond": size / MB / best,
            "itemsPerSecond": items / best,
        }
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        r = report["feedparser"]
        print(f"feedparser {r['version']} (Python {r['python']}): {r['documents']} XML documents, "
              f"{r['megabytes']:.2f} MB, {r['items']} items ({r['skippedDocuments']} JSON Feed documents skipped)")
        print(f"best of {r['repetitions']}: {r['bestSeconds']:.2f} s CPU, {r['mbPerSecond']:.2f} MB/s, "
              f"{r['itemsPerSecond']:.0f} items/s")
    if entries != items:
        print(f"feedparser_peer: warning: read {entries} of {items} items", file=sys.stderr)
    if bozo:
        print(f"feedparser_peer: note: {bozo} documents flagged bozo (not well-formed to feedparser)",
              file=sys.stderr)


if __name__ == "__main__":
    main()
