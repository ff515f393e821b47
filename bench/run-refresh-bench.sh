#!/usr/bin/env bash
# The refresh benchmark of docs/performance.md, in one run: a generated feed set served by Debian's
# nginx on loopback, refreshed by `tidings-cli refresh` and by `newsboat -x reload`, each cold (empty
# profile / cache) and warm (the same feeds again: every answer a 304), for 100 and 1000 feeds.
# Prints one table (bench/refresh/report.py): wall, CPU (user + sys), peak RSS from /usr/bin/time -v,
# database size after the run, items stored, and newsboat's time over tidings'.
#
#   bash bench/run-refresh-bench.sh [BUILD_DIR]      BUILD_DIR defaults to build/release
#
# Environment:
#   FEEDS="100 1000"   the feed counts (the lists are prefixes of one generated set)
#   HOSTS=1            spread the feeds over this many loopback addresses (127.0.0.1, .2, ...): the
#                      fetcher allows 2 connections per host, so HOSTS=1 is the strictest case
#   GZIP=static        static: .gz files written beforehand and sent by gzip_static; dynamic: nginx
#                      compresses every response (its CPU then competes with the client's)
#   JOBS=              tidings-cli refresh --jobs N (empty: its default, 16)
#   NEWSBOAT=1         0 skips the peer
#   NEWSBOAT_THREADS=1 newsboat's reload-threads (1 is its default)
#   SEED=20260304      the feed set's seed
#   KEEP=              non-empty: keep the work folder (feeds, profiles, logs) and print its path
#   TIDINGS_CLI=       a tidings-cli other than BUILD_DIR's
#   COMMIT=            the commit the binaries were built from, for the report (default: HEAD)
#
# Installs what is missing (nginx-light, newsboat, time) with apt-get, as .ci/quickstart does.
# Builds tidings-cli and bench_feeds in BUILD_DIR when they are missing. Contacts nothing but
# 127.0.0.0/8. The machine is shared: run it when nothing else is compiling.
set -euo pipefail

cd "$(dirname "$0")/.."
build="${1:-build/release}"
cli="${TIDINGS_CLI:-$build/src/cli/tidings-cli}"
gen="$build/bench/refresh/bench_feeds"
feed_counts="${FEEDS:-100 1000}"
hosts="${HOSTS:-1}"
gzip_mode="${GZIP:-static}"
jobs="${JOBS:-}"
peer="${NEWSBOAT:-1}"
nb_threads="${NEWSBOAT_THREADS:-1}"
seed="${SEED:-20260304}"
keep="${KEEP:-}"
python=/usr/bin/python3

say() { echo "run-refresh-bench: $*" >&2; }
die() { say "$*"; exit 2; }

case "$gzip_mode" in static|dynamic) ;; *) die "GZIP must be static or dynamic, not '$gzip_mode'" ;; esac
[[ "$hosts" =~ ^[0-9]+$ ]] && [ "$hosts" -ge 1 ] && [ "$hosts" -le 250 ] || die "HOSTS must be 1-250"

# --- packages -----------------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
installed time || missing+=(time)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx-light)   # any Debian nginx will do
if [ "$peer" != 0 ]; then installed newsboat || missing+=(newsboat); fi
if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "install ${missing[*]} (run as root or install sudo)"
        sudo_cmd=(sudo)
    fi
    say "installing ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
        install -y --no-install-recommends "${missing[@]}"
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || die "nginx is not installed"

# --- the programs ---------------------------------------------------------------------------------
if [ ! -x "$cli" ] || [ ! -x "$gen" ]; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        [ "$build" = build/release ] || die "$build is not a build folder"
        say "configuring the release preset"
        cmake --preset release >/dev/null
    fi
    say "building tidings-cli and bench_feeds in $build"
    cmake --build "$build" --target tidings-cli bench_feeds
fi
[ -x "$cli" ] || die "$cli not found"

# --- work folder, server, clean-up ----------------------------------------------------------------
# Loopback only: no proxy may stand between the readers and the server (Qt, libcurl and Python all
# read these variables).
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY ftp_proxy FTP_PROXY
export no_proxy="127.0.0.1,localhost" NO_PROXY="127.0.0.1,localhost"

work="$(mktemp -d "${TMPDIR:-/tmp}/tidings-refresh-bench.XXXXXX")"
chmod 755 "$work"   # nginx's workers run as nobody when it is started as root
runs="$work/runs"
mkdir -p "$runs" "$work/nginx/tmp"
nginx_pid=""
cleanup() {
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true   # graceful: the master stops its worker
        wait "$nginx_pid" 2>/dev/null || true
    fi
    if [ -n "$keep" ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
bases=()
listen=""
for i in $(seq "$hosts"); do
    bases+=(--url-base "http://127.0.0.$i:$port/")
    listen+="        listen 127.0.0.$i:$port;"$'\n'
done

max=0
lists=""
for n in $feed_counts; do
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 1 ] || die "FEEDS: '$n' is not a count"
    [ "$n" -gt "$max" ] && max="$n"
    lists+="${lists:+,}$n"
done
say "generating $max feeds (seed $seed)"
"$gen" --out "$work" --feeds "$max" --seed "$seed" --lists "$lists" "${bases[@]}"
if [ "$gzip_mode" = static ]; then
    say "compressing them for gzip_static (gzip -6)"
    find "$work/feeds" -type f ! -name '*.gz' -print0 | xargs -0 -n 200 gzip -6 -k -n
fi

conf="$work/nginx/nginx.conf"
awk -v dir="$work/nginx" -v root="$work/feeds" -v listen="${listen%$'\n'}" \
    -v gz="$([ "$gzip_mode" = static ] && echo on || echo off)" '
    { gsub(/@DIR@/, dir); gsub(/@ROOT@/, root); gsub(/@GZIP_STATIC@/, gz) }
    /^@LISTEN@$/ { print listen; next }
    { print }' bench/refresh/nginx.conf.in >"$conf"
"$nginx_bin" -p "$work/nginx/" -c "$conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 50); do [ -s "$work/nginx/nginx.pid" ] && break; sleep 0.1; done
kill -0 "$nginx_pid" 2>/dev/null && [ -s "$work/nginx/nginx.pid" ] || die "nginx did not start (see $work/nginx/error.log)"
say "nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') on 127.0.0.1$([ "$hosts" -gt 1 ] && echo "-$hosts"):$port, gzip $gzip_mode"

# One feed by hand: 200 with ETag, Last-Modified and gzip, then 304 for its validators.
first="$(head -n 1 "$work/urls-${feed_counts%% *}")"
"$python" - "$first" >&2 <<'EOF' || die "the server does not answer as the benchmark needs"
import sys, urllib.request
url = sys.argv[1]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
r = opener.open(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"}))
h = r.headers
print("run-refresh-bench: check %s: %d %s, %s, ETag %s, Last-Modified %s" % (
    url, r.status, h["Content-Type"], h["Content-Encoding"], h["ETag"], h["Last-Modified"]))
assert h["Content-Encoding"] == "gzip" and h["ETag"] and h["Last-Modified"]
try:
    opener.open(urllib.request.Request(url, headers={
        "Accept-Encoding": "gzip", "If-None-Match": h["ETag"], "If-Modified-Since": h["Last-Modified"]}))
    sys.exit("no 304 for the validators")
except urllib.error.HTTPError as e:
    assert e.code == 304, e.code
EOF

# --- measuring ------------------------------------------------------------------------------------
tick="$(getconf CLK_TCK)"
server_ticks() {   # CPU ticks of nginx's master and workers so far
    local master total=0 pid
    master="$nginx_pid"
    for pid in "$master" $(cat /proc/"$master"/task/*/children 2>/dev/null); do
        total=$((total + $(awk '{print $14 + $15}' /proc/"$pid"/stat 2>/dev/null || echo 0)))
    done
    echo "$total"
}

machine_ticks() {   # busy CPU ticks of the whole machine so far (all cores, every process)
    awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat
}

# timed NAME COMMAND...: /usr/bin/time -v into runs/NAME.time, output into NAME.out/.err, and in
# NAME.meta the exit code, the server's CPU, the whole machine's busy CPU (to tell how much other
# users of the shared machine took meanwhile) and the HTTP answers (status:count) during the run.
timed() {
    local name="$1"; shift
    local lines ticks busy start rc=0
    lines="$(wc -l <"$work/nginx/access.log")"
    ticks="$(server_ticks)"
    busy="$(machine_ticks)"
    start="$(date +%s.%N)"
    /usr/bin/time -v -o "$runs/$name.time" "$@" >"$runs/$name.out" 2>"$runs/$name.err" || rc=$?
    {
        echo "rc=$rc"
        echo "server_cpu=$(awk -v a="$ticks" -v b="$(server_ticks)" -v t="$tick" 'BEGIN {printf "%.2f", (b - a) / t}')"
        echo "machine_cpu=$(awk -v a="$busy" -v b="$(machine_ticks)" -v t="$tick" 'BEGIN {printf "%.2f", (b - a) / t}')"
        # status:count, bytes sent, and when the last answer went out (s after the start): how long
        # the network part took beside the wall time
        echo "http=$(tail -n +"$((lines + 1))" "$work/nginx/access.log" | awk -v start="$start" '
            {n[$1]++; bytes += $2; if ($3 > last) last = $3}
            END {for (s in n) printf "%s:%d ", s, n[s]; printf "sent:%d last-answer:%.2fs", bytes, last - start}')"
    } >"$runs/$name.meta"
}

filesize() { if [ -e "$1" ]; then stat -c %s "$1"; else echo 0; fi; }

run_tidings() {   # N MODE
    local n="$1" mode="$2" profile="$work/tidings-$1" name="tidings-$1-$2"
    say "tidings-cli refresh, $n feeds, $mode"
    timed "$name" "$cli" --profile "$profile" refresh ${jobs:+--jobs "$jobs"}
    {
        echo "db=$(filesize "$profile/tidings.sqlite")"
        echo "wal=$(filesize "$profile/tidings.sqlite-wal")"
        "$python" bench/refresh/dbstat.py "$profile/tidings.sqlite" | sed 's/^/db_/'
        echo "items=$("$cli" --profile "$profile" items --json | "$python" -c 'import json, sys; print(len(json.load(sys.stdin)))')"
        echo "summary=$(tail -n 1 "$runs/$name.out")"
        echo "lines_same=$(grep -c '^same ' "$runs/$name.out" || true)"
        echo "lines_failed=$(grep -c '^failed ' "$runs/$name.out" || true)"
    } >>"$runs/$name.meta"
}

run_newsboat() {   # N MODE
    local n="$1" mode="$2" dir="$work/newsboat-$1" name="newsboat-$1-$2"
    say "newsboat -x reload, $n feeds, $mode"
    mkdir -p "$dir"
    [ -f "$dir/config" ] || printf 'reload-threads %s\n' "$nb_threads" >"$dir/config"
    timed "$name" env HOME="$dir" XDG_CONFIG_HOME="$dir/.config" XDG_DATA_HOME="$dir/.local/share" \
        newsboat -u "$work/urls-$n" -c "$dir/cache.db" -C "$dir/config" -x reload
    {
        echo "db=$(filesize "$dir/cache.db")"
        echo "wal=$(( $(filesize "$dir/cache.db-wal") + $(filesize "$dir/cache.db-journal") ))"
        "$python" bench/refresh/dbstat.py "$dir/cache.db" --fts none | sed 's/^/db_/'
        echo "items=$("$python" -c 'import sqlite3, sys; print(sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True).execute("select count(*) from rss_item").fetchone()[0])' "$dir/cache.db")"
    } >>"$runs/$name.meta"
}

for n in $feed_counts; do
    say "importing $n feeds into an empty profile"
    "$cli" --profile "$work/tidings-$n" import "$work/subscriptions-$n.opml" >"$runs/tidings-$n-import.out"
    run_tidings "$n" cold
    run_tidings "$n" warm
    if [ "$peer" != 0 ]; then
        run_newsboat "$n" cold
        run_newsboat "$n" warm
    fi
done

{
    echo "commit=${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
    echo "cli=$cli"
    echo "hosts=$hosts"
    echo "gzip=$gzip_mode"
    echo "jobs=${jobs:-default}"
    echo "newsboat_threads=$nb_threads"
    echo "newsboat=$(newsboat --version 2>/dev/null | head -n 1 | cut -d' ' -f2 || true)"
    echo "nginx=$("$nginx_bin" -v 2>&1 | sed 's|.*/||')"
    echo "nproc=$(nproc)"
    echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$runs/setup"
say "done"
echo
# shellcheck disable=SC2086 # one argument per count
"$python" bench/refresh/report.py "$work/manifest.tsv" "$runs" $feed_counts
