#!/usr/bin/env bash
# Surge benchmark: N authors (default 1,000) at once register, confirm from the e-mail, sign in, upload a one-page
# PDF and submit, against the app started as a separate process (the built DeepMath.Web.dll) on a fresh database
# deepmath_bench_surge of the private cluster, with a real SMTP listener. Prints authors, submitted, errors,
# stored, mails, p99_ms. Usage: bench/run.sh surge [N] [--cluster] (--cluster: two instances behind nginx from
# ./scripts/cluster.sh instead of one process)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count=1000
cluster=()
database=deepmath_bench_surge
for arg in "$@"; do
  case "$arg" in
    # Two instances behind nginx, started (and stopped) by ./scripts/cluster.sh on a database of their own.
    --cluster) cluster=(--cluster); database=deepmath_bench_surge_cluster ;;
    *[!0-9]* | '') echo "usage: bench/run.sh surge [N] [--cluster]" >&2; exit 2 ;;
    *) count="$arg" ;;
  esac
done
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
dotnet build "$repo/src/DeepMath.Web/DeepMath.Web.csproj" -c Release --nologo -v quiet >&2
out="$repo/bench/out/process"
dotnet build "$repo/bench/surge/ProcessBench/ProcessBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
connection="$(sed -E "s/Database=[^;]*/Database=$database/" <<<"$ConnectionStrings__Default")"
cd "$out" && dotnet ProcessBench.dll surge "$count" "$connection" "${cluster[@]}"
