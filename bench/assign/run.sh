#!/usr/bin/env bash
# Benchmark of `deepmath assign`: builds Release, generates three instances with fixed seeds into
# bench/out/assign, runs the real command on each and prints `key: value` lines (wall time and peak
# memory of the whole command, assigned reviews, objective). Then it runs every mode on every size and
# prints `MODE_SIZE_KEY: value` lines (MODE maxsum|bottleneck|fair|random, SIZE deepmath|iclr|neurips):
# seconds, peak_mb and the figures the command reports (lowest pair and paper totals, bids honoured,
# loads, bound and gap for fair, seed, expected total and largest pair probability for random).
# A last run per size adds every constraint (senior, distinct institutions, co-authors, no reciprocal
# reviews) to max-sum as `constrained_SIZE_KEY`. Optional arguments: the sizes to run (default all three).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/bench/out/assign"
seed=42
mkdir -p "$out"

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time" >&2
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2 && $sudo_cmd apt-get install -y -qq time >&2
fi

dotnet build "$root/src/DeepMath.Cli/DeepMath.Cli.csproj" -c Release -nologo -v q >&2
dotnet build "$here/Generator/Generator.csproj" -c Release -nologo -v q -o "$out/generator" >&2
cli_dir="$root/src/DeepMath.Cli/bin/Release/net10.0"
if [[ -x "$cli_dir/deepmath" ]]; then
  deepmath=("$cli_dir/deepmath")
else
  deepmath=(dotnet "$cli_dir/deepmath.dll")
fi

# The generator's source is part of the cache key, so a changed generator regenerates the instances.
stamp="$(cat "$here"/Generator/*.cs "$here"/Generator/*.csproj | sha256sum | cut -c1-12)-$seed"

run() {
  local key="$1" size="$2"
  local instance="$out/$size-$stamp.json" result="$out/$size.result.json" timing="$out/$size.time"
  if [[ ! -s "$instance" ]]; then
    rm -f "$out/$size"-*.json
    dotnet "$out/generator/Generator.dll" "$size" "$seed" "$instance.tmp" >&2
    mv "$instance.tmp" "$instance"
  fi
  rm -f "$result"
  if ! /usr/bin/time -f '%e %M' -o "$timing" "${deepmath[@]}" assign "$instance" --out "$result" >&2; then
    echo "deepmath assign failed on $instance" >&2
    exit 1
  fi
  if [[ ! -s "$result" ]]; then
    echo "deepmath assign wrote no $result: is the assign verb wired in src/DeepMath.Cli/Program.cs?" >&2
    exit 1
  fi
  local seconds kb
  read -r seconds kb < <(tail -n 1 "$timing")
  echo "${key}_seconds: $seconds"
  echo "${key}_peak_mb: $((kb / 1024))"
  # The counts sit at the end of the result, after the assignments.
  local tail_text
  tail_text="$(tail -c 200 "$result")"
  if [[ $tail_text =~ \"assigned\":([0-9]+),\"objective\":([-0-9.eE+]+) ]]; then
    echo "${key}_assigned: ${BASH_REMATCH[1]}"
    echo "${key}_objective: ${BASH_REMATCH[2]}"
  fi
}

# One mode on one size: its wall time and peak memory, then every `figure NAME: VALUE` the command prints.
# A run with constraints that the instance cannot meet (exit 3) prints `LABEL_SIZE_infeasible: 1` and the
# benchmark goes on: the generated instances are not made to satisfy every combination of constraints.
run_mode() {
  local label="$1" size="$2"
  shift 2
  local instance="$out/$size-$stamp.json" result="$out/$size.$label.result.json" timing="$out/$size.$label.time"
  local report="$out/$size.$label.report"
  rm -f "$result"
  local status=0
  /usr/bin/time -f '%e %M' -o "$timing" "${deepmath[@]}" assign "$instance" --out "$result" "$@" >"$report" || status=$?
  if [[ $status -eq 3 ]]; then
    echo "${label}_${size}_infeasible: 1"
    return
  elif [[ $status -ne 0 ]]; then
    echo "deepmath assign $* failed on $instance" >&2
    exit 1
  fi
  local seconds kb
  read -r seconds kb < <(tail -n 1 "$timing")
  echo "${label}_${size}_seconds: $seconds"
  echo "${label}_${size}_peak_mb: $((kb / 1024))"
  sed -n 's/^figure \([a-z0-9_]*\): /'"${label}_${size}"'_\1: /p' "$report"
}

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(deepmath iclr neurips)
for size in "${sizes[@]}"; do
  run "$size" "$size"
done
for size in "${sizes[@]}"; do
  run_mode maxsum "$size" --mode maxsum
  run_mode bottleneck "$size" --mode bottleneck
  run_mode fair "$size" --mode fair --fair-seconds 240
  run_mode random "$size" --mode random --q 0.5 --seed 42
  run_mode constrained "$size" --mode maxsum --senior --distinct-institutions --separate-coauthors --no-reciprocal
done
