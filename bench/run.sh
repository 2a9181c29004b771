#!/usr/bin/env bash
# Runs Oscalis's benchmarks against an existing build and writes bench/results/latest.md.
# Usage: bench/run.sh BUILD_DIR      (make bench: builds the `test` preset, then runs this)
# Takes about seven minutes. Every figure is a median and a ratio to a baseline of the same run;
# see docs/PERFORMANCE.md for what each one measures.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build/test}"
if [[ ! -d "$build" ]]; then
    echo "bench/run.sh: no build directory \"$build\" (build first: cmake --preset test && cmake --build build/test)" >&2
    exit 2
fi
build="$(cd "$build" && pwd)"
results="$here/results"
mkdir -p "$results"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

failed=0
run() { # name, command...
    local name="$1"
    shift
    echo "=== $name: $*"
    local start=$SECONDS
    "$@" 2>&1 | tee "$logs/$name.out"
    local status=${PIPESTATUS[0]}
    if [[ $status -eq 0 ]]; then
        echo "=== $name: done in $((SECONDS - start)) s"
    else
        echo "=== $name: FAILED (status $status)"
        echo "RESULT $name FAILED" >>"$logs/$name.out"
        failed=1
    fi
    echo
}

run ingest "$build/bench/bench_ingest"
run fader_to_wire "$build/bench/bench_fader_to_wire"
run cpu python3 "$here/cpu_use.py" "$build"
run startup python3 "$here/startup.py" "$build"
run store "$build/bench/bench_store"
(cd "$here/chat_fanout" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1) || echo "bench/run.sh: npm install in bench/chat_fanout failed" >&2
run chat_fanout python3 "$here/chat_fanout/run.py" "$build"

# key=value from a RESULT line
field() { grep -h '^RESULT ' "$logs/$1.out" | tail -1 | tr ' ' '\n' | sed -n "s/^$2=//p"; }

summary() {
    printf '| Figure | Oscalis (median) | Baseline (median) | Ratio | Target | Met |\n'
    printf '|---|---|---|---|---|---|\n'
    printf '| Feedback ingest | %s msg/s | %s msg/s (raw liblo, empty handler) | %s | ratio >= 0.5 | %s |\n' \
        "$(field ingest oscalis_msgs_per_s)" "$(field ingest raw_msgs_per_s)" "$(field ingest ratio)" "$(field ingest pass)"
    printf '| Fader-to-wire | %s ms (p99 %s ms) | %s ms (p99 %s ms) (raw lo_send_message) | %s | median < 0.5 ms | %s |\n' \
        "$(field fader_to_wire oscalis_median_ms)" "$(field fader_to_wire oscalis_p99_ms)" \
        "$(field fader_to_wire raw_median_ms)" "$(field fader_to_wire raw_p99_ms)" \
        "$(field fader_to_wire ratio)" "$(field fader_to_wire pass)"
    printf '| CPU, oscalis --headless | %s %% of a core | %s %% (oscdump > /dev/null) | %s | <= 3 %% | %s |\n' \
        "$(field cpu headless_pct)" "$(field cpu oscdump_pct)" "$(field cpu headless_ratio)" \
        "$( [[ -n "$(field cpu headless_pct)" ]] && awk -v v="$(field cpu headless_pct)" 'BEGIN{print (v<=3)?"yes":"no"}')"
    printf '| CPU, oscalis window (Xvfb) | %s %% of a core | %s %% (oscdump > /dev/null) | %s | <= 10 %% | %s |\n' \
        "$(field cpu gui_pct)" "$(field cpu oscdump_pct)" "$(field cpu gui_ratio)" \
        "$( [[ -n "$(field cpu gui_pct)" ]] && awk -v v="$(field cpu gui_pct)" 'BEGIN{print (v<=10)?"yes":"no"}')"
    printf '| Start to first paint | %s ms | %s ms (empty QWidget) | %s | < 500 ms | %s |\n' \
        "$(field startup oscalis_median_ms)" "$(field startup hello_median_ms)" "$(field startup ratio)" "$(field startup pass)"
    printf '| Band database: open to first page | %s ms | %s ms (raw sqlite3, same queries) | %s | < 100 ms | %s |\n' \
        "$(field store open_ms)" "$(field store open_raw_ms)" "$(field store open_ratio)" "$(field store pass)"
    printf '| Band database: song search (one band / all) | %s / %s ms | %s / %s ms (raw sqlite3) | %s / %s | < 20 ms | %s |\n' \
        "$(field store search_ms)" "$(field store search_all_ms)" "$(field store search_raw_ms)" "$(field store search_all_raw_ms)" \
        "$(field store search_ratio)" "$(field store search_all_ratio)" "$(field store pass)"
    printf '| Band database: setlist move | %s ms | %s ms (one-row UPDATE + COMMIT) | %s | - | - |\n' \
        "$(field store move_ms)" "$(field store update_ms)" "$(field store move_ratio)"
    printf '| Password verification (Argon2id) | %s ms | %s ms (crypto_generichash) | %s | - | - |\n' \
        "$(field store verify_ms)" "$(field store generichash_ms)" "$(field store verify_ratio)"
    printf '| Chat fan-out, 100 clients x 200 msg/s: CPU per delivered message | %s us (%s %% delivered, p50 %s ms, p99 %s ms) | %s us (p50 %s ms, p99 %s ms) (npm ws broadcast) | %s | ratio <= 1.0, p99 <= 10 ms, 100 %% | %s |\n' \
        "$(field chat_fanout oscalis_cpu_us_per_msg)" "$(field chat_fanout oscalis_delivered_pct)" \
        "$(field chat_fanout oscalis_p50_ms)" "$(field chat_fanout oscalis_p99_ms)" \
        "$(field chat_fanout baseline_cpu_us_per_msg)" "$(field chat_fanout baseline_p50_ms)" "$(field chat_fanout baseline_p99_ms)" \
        "$(field chat_fanout cpu_ratio)" "$(field chat_fanout pass)"
}

{
    echo "# Oscalis benchmark results"
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Source: $(git -C "$here/.." describe --always --dirty 2>/dev/null || echo unknown)"
    echo "- Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- Build: $build"
    echo
    summary
    echo
    echo "Medians over repeated rounds; ratios against a baseline measured in the same run."
    for name in ingest fader_to_wire cpu startup store chat_fanout; do
        echo
        echo "## $name"
        echo
        echo '```'
        cat "$logs/$name.out"
        echo '```'
    done
} >"$results/latest.md"

echo "=== Summary (also in bench/results/latest.md)"
summary
exit $failed
