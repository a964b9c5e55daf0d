#!/usr/bin/env bash
# Recovery benchmark: N e-mails (default 5,000) queued at once; the app, started as a separate process, is killed
# with SIGKILL once a fifth of them has reached the SMTP listener, then started again. Prints resume_seconds
# (from the restart to the next delivery; goal <= 10), duplicates (Message-IDs received twice; goal 0) and
# delivered. Fresh database deepmath_bench_recovery of the private cluster. Usage: bench/run.sh recovery [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count="${1:-5000}"
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
dotnet build "$repo/src/DeepMath.Web/DeepMath.Web.csproj" -c Release --nologo -v quiet >&2
out="$repo/bench/out/process"
dotnet build "$repo/bench/surge/ProcessBench/ProcessBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
connection="$(sed -E 's/Database=[^;]*/Database=deepmath_bench_recovery/' <<<"$ConnectionStrings__Default")"
cd "$out" && dotnet ProcessBench.dll recovery "$count" "$connection"
