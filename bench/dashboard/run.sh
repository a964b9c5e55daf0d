#!/usr/bin/env bash
# Dashboard benchmark at NeurIPS scale: a call with 25,000 submissions, 100,000 reviews and 4,000 reviewers
# generated (once, fixed seed) into the database deepmath_bench of the private PostgreSQL cluster (--small: the
# earlier 10,000 / 40,000 / 400); the real app in-process, signed in as an organizer. Prints first_page_ms,
# sorted_page_ms (by calibrated score) and filtered_sorted_page_ms, medians of 15 requests after a warm-up, and
# csv_export_seconds: the CSV export of every row timed to its last byte (median of 3).
# Usage: bench/run.sh dashboard [--small]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
out="$repo/bench/out/decisions"
dotnet build "$here/DecisionsBench/DecisionsBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
cd "$out" && dotnet DecisionsBench.dll dashboard "$ConnectionStrings__Default" "$@"
