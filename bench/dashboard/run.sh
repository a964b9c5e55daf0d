#!/usr/bin/env bash
# Dashboard benchmark: a call with 10,000 submissions and 40,000 reviews generated (once, fixed seed) into the
# database deepmath_bench of the private PostgreSQL cluster; the real app in-process, signed in as an organizer.
# Prints first_page_ms and sorted_page_ms (by calibrated score), medians of 15 requests after a warm-up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
out="$repo/bench/out/decisions"
dotnet build "$here/DecisionsBench/DecisionsBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
cd "$out" && dotnet DecisionsBench.dll dashboard "$ConnectionStrings__Default"
