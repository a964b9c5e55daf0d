#!/usr/bin/env bash
# Format-check benchmark: FormatChecker in-process on a two-page template PDF, against poppler's
# pdftotext run as a process on the same file. Prints check_median_ms, check_p95_ms,
# checks_per_second (all cores, parallel) and pdftotext_median_ms. Runs from any directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pdf="${FORMAT_BENCH_PDF:-$repo/tests/fixtures/abstracts/ok-two-pages-refs.pdf}"
iterations="${FORMAT_BENCH_ITERATIONS:-300}"
pdftotext_runs="${FORMAT_BENCH_PDFTOTEXT_RUNS:-50}"

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "Installing poppler-utils for pdftotext..." >&2
  if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends poppler-utils >&2
fi

out="$repo/bench/out/format-check"
dotnet build "$here/FormatBench/FormatBench.csproj" -c Release -o "$out" --nologo -v quiet >&2

dotnet "$out/FormatBench.dll" "$pdf" "$iterations"

# pdftotext as a process, the way a server shelling out to poppler would use it.
times=()
for _ in $(seq 1 5); do pdftotext "$pdf" /dev/null; done
for _ in $(seq 1 "$pdftotext_runs"); do
  start=$(date +%s%N)
  pdftotext "$pdf" /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
awk -v us="$median_us" 'BEGIN { printf "pdftotext_median_ms: %.2f\n", us / 1000 }'
