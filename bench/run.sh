#!/usr/bin/env bash
# Benchmarks: each lives in bench/<name>/run.sh.
# Usage: bench/run.sh              lists the benchmarks
#        bench/run.sh NAME [ARGS]  runs bench/NAME/run.sh with ARGS
# Record figures in bench/RESULTS.md.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"

list_benchmarks() {
  local d found=""
  for d in "$BENCH_DIR"/*/; do
    if [[ -f "$d/run.sh" ]]; then
      basename "$d"
      found=1
    fi
  done
  [[ -n "$found" ]] || echo "(no benchmarks yet: add bench/<name>/run.sh)" >&2
}

if [[ $# -eq 0 ]]; then
  echo "Benchmarks (run one with: bench/run.sh NAME [ARGS]):" >&2
  list_benchmarks
  exit 0
fi

name="$1"
shift
case "$name" in
  -h | --help)
    sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
if [[ "$name" == */* || "$name" == .* || ! -f "$BENCH_DIR/$name/run.sh" ]]; then
  echo "error: unknown benchmark '$name'. Known benchmarks:" >&2
  list_benchmarks >&2
  exit 2
fi
exec bash "$BENCH_DIR/$name/run.sh" "$@"
