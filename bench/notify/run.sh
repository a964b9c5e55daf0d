#!/usr/bin/env bash
# Notify benchmark: 5,000 authors (2,500 decided abstracts) notified through a real local SMTP listener with the
# rate limit off, on a fresh database deepmath_bench_notify of the private cluster. Prints expected, delivered
# (distinct messages counted at the listener), duplicates and seconds (queueing plus delivery).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
out="$repo/bench/out/decisions"
dotnet build "$repo/bench/dashboard/DecisionsBench/DecisionsBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
cd "$out" && dotnet DecisionsBench.dll notify "$ConnectionStrings__Default"
