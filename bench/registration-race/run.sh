#!/usr/bin/env bash
# Benchmark of registration under a burst: 2,000 signed-in visitors post the registration form at
# once to a 300-seat event, through the whole ASP.NET Core pipeline (in-process test server, Release
# build) on the private PostgreSQL of scripts/db.sh. Prints `key: value` lines: confirmed,
# waitlisted, errors (non-redirect answers), throughput and p50/p99 latency of the POSTs.
# It runs the integration test RaceTests, which also asserts exactly 300 confirmed and 1,700 waiting.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/bench/out/registration-race"
mkdir -p "$out"

"$root/scripts/db.sh" start >&2
eval "$("$root/scripts/db.sh" env)"
rm -f "$out/figures.txt"
DEEPMATH_BENCH_OUT="$out/figures.txt" dotnet test "$root/tests/DeepMath.IntegrationTests" -c Release -nologo \
  --filter "FullyQualifiedName~Registration.RaceTests" >"$out/test.log" 2>&1 || {
  echo "error: the race test failed; see $out/test.log" >&2
  tail -n 30 "$out/test.log" >&2
  [[ -s "$out/figures.txt" ]] && cat "$out/figures.txt"
  exit 1
}
cat "$out/figures.txt"
