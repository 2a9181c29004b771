#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a set time: run.sh <build dir> <seconds>.
# Each starts from its seed corpus (tests/fuzz/corpus/<target>, read only) plus what earlier runs
# found (<build dir>/corpus/<target>); a crash is written to <build dir>/crashes/<target>/ and
# fails the run. Prints each target's executions, coverage and time.
set -uo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/fuzz}"
seconds="${2:-60}"
targets=(osc_datagram http_request hub_message project_file)
failed=()
for t in "${targets[@]}"; do
  exe="$build/tests/fuzz/fuzz_$t"
  [ -x "$exe" ] || { echo "error: $exe is missing (make fuzz-build)" >&2; exit 1; }
  mkdir -p "$build/corpus/$t" "$build/crashes/$t"
  log="$build/fuzz_$t.log"
  # First the inputs that once crashed it: this build has the sanitizer checks the GCC one lacks
  # (float-cast-overflow).
  regressions=(tests/fuzz/regressions/"$t"/*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$exe" "${regressions[@]}" >"$log" 2>&1; then
      echo "fuzz_$t: a past crash is back:" >&2
      grep -E "ERROR|runtime error|SUMMARY|Running: " "$log" | head -5 >&2
      failed+=("$t")
      continue
    fi
    echo "== fuzz_$t: ${#regressions[@]} past crashes replayed clean"
  fi
  echo "== fuzz_$t for ${seconds}s"
  start=$(date +%s)
  "$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$t/" "$build/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: .*(DONE|INITED)" "$log" | tail -4
  echo "   exit $rc after $(( $(date +%s) - start ))s, log $log"
  if [ $rc -ne 0 ]; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5
  fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "all fuzz targets ran ${seconds}s clean"
