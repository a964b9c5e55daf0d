#!/usr/bin/env bash
# Surge benchmark: N authors (default 1,000) at once register, confirm from the e-mail, sign in, upload a one-page
# PDF and submit, against the app started as a separate process (the built DeepMath.Web.dll) on a fresh database
# deepmath_bench_surge of the private cluster, with a real SMTP listener. Prints authors, submitted, errors,
# stored, mails, p99_ms. Usage: bench/run.sh surge [N] [--cluster]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count=1000
for arg in "$@"; do
  case "$arg" in
    --cluster)
      if [[ -x "$repo/scripts/cluster.sh" ]]; then
        echo "error: --cluster is not wired yet: start ./scripts/cluster.sh and point the driver at its address" >&2
      else
        echo "error: --cluster needs ./scripts/cluster.sh, which this checkout does not have" >&2
      fi
      exit 2
      ;;
    *) count="$arg" ;;
  esac
done
"$repo/scripts/db.sh" start >&2
eval "$("$repo/scripts/db.sh" env)"
dotnet build "$repo/src/DeepMath.Web/DeepMath.Web.csproj" -c Release --nologo -v quiet >&2
out="$repo/bench/out/process"
dotnet build "$repo/bench/surge/ProcessBench/ProcessBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
connection="$(sed -E 's/Database=[^;]*/Database=deepmath_bench_surge/' <<<"$ConnectionStrings__Default")"
cd "$out" && dotnet ProcessBench.dll surge "$count" "$connection"
