#!/usr/bin/env python3
"""The table of bench/run-refresh-bench.sh: reads the feed set's manifest.tsv and the runs folder
(NAME.time from /usr/bin/time -v, NAME.meta key=value lines, setup) and prints markdown."""
import os
import re
import sys

MIB = 1024.0 * 1024.0


def read_time(path):
    """wall, user, sys (s) and peak RSS (KiB) from /usr/bin/time -v output."""
    values = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            values[key] = value
    wall = 0.0
    for part in values["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    return {
        "wall": wall,
        "cpu": float(values["User time (seconds)"]) + float(values["System time (seconds)"]),
        "user": float(values["User time (seconds)"]),
        "sys": float(values["System time (seconds)"]),
        "rss": int(values["Maximum resident set size (kbytes)"]) * 1024,
    }


def read_keys(path):
    keys = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                key, sep, value = line.rstrip("\n").partition("=")
                if sep:
                    keys[key] = value
    return keys


def run(runs, name):
    if not os.path.exists(os.path.join(runs, name + ".time")):
        return None
    result = read_time(os.path.join(runs, name + ".time"))
    result.update(read_keys(os.path.join(runs, name + ".meta")))
    result["size"] = int(result.get("db", 0)) + int(result.get("wal", 0))
    result["items"] = int(result.get("items", 0))
    return result


def mib(value):
    return "%.1f" % (value / MIB)


def main():
    manifest_path, runs = sys.argv[1], sys.argv[2]
    counts = [int(n) for n in sys.argv[3:]]
    with open(manifest_path) as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    setup = read_keys(os.path.join(runs, "setup"))

    print("Refresh benchmark: commit %s, nginx %s, newsboat %s (reload-threads %s), %d cores, load %s at the end"
          % (setup.get("commit"), setup.get("nginx"), setup.get("newsboat"), setup.get("newsboat_threads"),
             int(setup.get("nproc", 0)), setup.get("load")))
    print("Server: %s loopback address(es), gzip %s; tidings-cli refresh --jobs %s" % (
        setup.get("hosts"), setup.get("gzip"), setup.get("jobs")))
    for n in counts:
        part = rows[:n]
        formats = {}
        for row in part:
            formats[row[1]] = formats.get(row[1], 0) + 1
        print("Feed set %d: %d items, %.1f MiB (%s)" % (
            n, sum(int(r[2]) for r in part), sum(int(r[3]) for r in part) / MIB,
            ", ".join("%s %d" % (k, v) for k, v in sorted(formats.items()))))
    print()
    print("| feeds | mode | tidings wall s | CPU s | peak RSS MiB | db MiB (FTS) | items | items/s "
          "| newsboat wall s | CPU s | peak RSS MiB | cache MiB | items | speed-up |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = {}
    for n in counts:
        for mode in ("cold", "warm"):
            t = run(runs, "tidings-%d-%s" % (n, mode))
            b = run(runs, "newsboat-%d-%s" % (n, mode))
            results[(n, mode)] = (t, b)
            if t is None:
                continue
            new_items = re.search(r"(\d+) new items", t.get("summary", ""))
            stored = int(new_items.group(1)) if new_items else 0
            cells = [str(n), mode, "%.2f" % t["wall"], "%.2f" % t["cpu"], mib(t["rss"]),
                     "%s (%s)" % (mib(t["size"]), mib(int(t.get("db_fts", 0)))), str(t["items"]),
                     "%.0f" % (stored / t["wall"]) if stored else "–"]
            if b:
                cells += ["%.2f" % b["wall"], "%.2f" % b["cpu"], mib(b["rss"]), mib(b["size"]), str(b["items"]),
                          "%.1f×" % (b["wall"] / t["wall"])]
            else:
                cells += ["–"] * 6
            print("| " + " | ".join(cells) + " |")
    print()
    print("Checks (exit code; HTTP answers seen by nginx as status:count, bytes sent, when the last one went out; "
          "nginx CPU; CPU that other processes of the shared machine took meanwhile, in cores):")
    for (n, mode), pair in results.items():
        for tool, r in zip(("tidings", "newsboat"), pair):
            if r is None:
                continue
            extra = ""
            if tool == "tidings":
                extra = "; user %.2f + sys %.2f; %s same, %s failed; \"%s\"" % (
                    r["user"], r["sys"], r.get("lines_same"), r.get("lines_failed"), r.get("summary"))
            else:
                extra = "; user %.2f + sys %.2f" % (r["user"], r["sys"])
            others = "–"
            if "machine_cpu" in r and r["wall"] >= 1:   # /proc/stat counts in 10 ms ticks
                rest = float(r["machine_cpu"]) - r["cpu"] - float(r.get("server_cpu", 0))
                others = "%.2f" % (max(0.0, rest) / r["wall"])
            print("- %s %d %s: exit %s; %s; nginx %s s; others %s cores%s" % (
                tool, n, mode, r.get("rc"), r.get("http"), r.get("server_cpu"), others, extra))

    n = max(counts)
    t_cold, b_cold = results.get((n, "cold"), (None, None))
    t_warm, _ = results.get((n, "warm"), (None, None))
    if t_cold is None:
        return
    print()
    print("Targets (issue 3, set for 1000 feeds), %d feeds:" % n)

    def verdict(ok):
        return "met" if ok else "NOT MET"

    print("- cold ≤ 12 s wall: %.2f s, %s" % (t_cold["wall"], verdict(t_cold["wall"] <= 12)))
    if b_cold:
        print("- cold ≥ 10× newsboat: %.1f×, %s" % (b_cold["wall"] / t_cold["wall"],
                                                   verdict(b_cold["wall"] >= 10 * t_cold["wall"])))
    if t_warm:
        print("- warm ≤ 2 s wall: %.2f s, %s" % (t_warm["wall"], verdict(t_warm["wall"] <= 2)))
    peak = max(r["rss"] for pair in results.values() for r in pair[:1] if r)
    print("- peak RSS ≤ 100 MiB: %.1f MiB, %s" % (peak / MIB, verdict(peak <= 100 * MIB)))
    new_items = re.search(r"(\d+) new items", t_cold.get("summary", ""))
    rate = int(new_items.group(1)) / t_cold["wall"] if new_items else 0
    print("- ≥ 10,000 items/s stored: %.0f items/s, %s" % (rate, verdict(rate >= 10000)))
    if b_cold and b_cold["items"] and t_cold["items"]:
        fts = int(t_cold.get("db_fts", 0))
        # newsboat's cache scaled to tidings' item count, in case one of them stored fewer items
        peer = b_cold["size"] * t_cold["items"] / b_cold["items"]
        print("- database ≤ newsboat's + search index: %s MiB without the FTS index (%s MiB with it) "
              "against newsboat's %s MiB for %s items%s, %s" % (
                  mib(t_cold["size"] - fts), mib(t_cold["size"]), mib(b_cold["size"]), b_cold["items"],
                  "" if b_cold["items"] == t_cold["items"] else " (%s MiB scaled to %d items)" % (
                      mib(peer), t_cold["items"]),
                  verdict(t_cold["size"] - fts <= peer)))


if __name__ == "__main__":
    main()
