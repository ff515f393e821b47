#!/bin/sh
# The desktop app benchmark (docs/performance.md, "Desktop app performance"): builds bench_profile
# and bench_app, writes the 1000-feed, 1,000,000-item profile once (kept in PROFILE, reused by later
# runs: remove the folder to write it again) and measures the app on it, offscreen.
#
#   bash bench/run-app-bench.sh [BUILD_DIR]        # default build/release; configured Release if missing
#   PROFILE=/tmp/tidings-app-bench REPS=3 bash bench/run-app-bench.sh build/h-appbench
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/release}
profile=${PROFILE:-/tmp/tidings-app-bench}
reps=${REPS:-3}

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
nice -n 10 ninja -C "$build" bench_profile bench_app

if [ ! -f "$profile/bench-profile-complete" ]; then
    echo "writing the profile to $profile (a few minutes)"
    /usr/bin/time -f 'bench_profile: %e s wall, %U s user, %S s sys, %M KiB peak' "$build/bench/app/bench_profile" "$profile"
fi
du -sh "$profile"
echo "load before measuring: $(cat /proc/loadavg)"

export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
# The window restores its geometry and splitters from the profile's settings: start from none.
rm -f "$profile/settings.ini"
"$build/bench/app/bench_app" "$profile" --reps "$reps"
echo "load after measuring: $(cat /proc/loadavg)"
