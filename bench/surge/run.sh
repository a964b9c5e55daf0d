#!/usr/bin/env bash
# Surge benchmark: N authors (default 1,000) at once register, confirm from the e-mail, sign in, upload a one-page
# PDF and submit, against the app started as a separate process (the built DeepMath.Web.dll) on a fresh database
# deepmath_bench_surge of the private cluster, with a real SMTP listener. Prints authors, submitted, errors,
# stored, mails, p99_ms. The authors arrive spread over one minute (author i at i/N of it), as the last minute
# before a deadline fills. Usage: bench/run.sh surge [N] [--cluster] [--at-once] [--warm] (--cluster: two instances behind
# nginx from ./scripts/cluster.sh instead of one process; --at-once: every author at the same instant; --warm: 100
# uncounted authors go through the journey first, as on a server that has been up for a while)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count=1000
options=() # passed on to the driver
database=deepmath_bench_surge
for arg in "$@"; do
  case "$arg" in
    # Two instances behind nginx, started (and stopped) by ./scripts/cluster.sh on a database of their own.
    --cluster) options+=(--cluster); database=deepmath_bench_surge_cluster ;;
    # Every author at the same instant instead of arriving over the minute.
    --at-once) options+=(--at-once) ;;
    # 100 uncounted authors go through the journey first, so that the process is warm as a server up for days is.
    --warm) options+=(--warm) ;;
    *[!0-9]* | '') echo "usage: bench/run.sh surge [N] [--cluster] [--at-once] [--warm]" >&2; exit 2 ;;
    *) count="$arg" ;;
  esac
done
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
dotnet build "$repo/src/DeepMath.Web/DeepMath.Web.csproj" -c Release --nologo -v quiet >&2
out="$repo/bench/out/process"
dotnet build "$repo/bench/surge/ProcessBench/ProcessBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
connection="$(sed -E "s/Database=[^;]*/Database=$database/" <<<"$ConnectionStrings__Default")"
cd "$out" && dotnet ProcessBench.dll surge "$count" "$connection" "${options[@]}"
