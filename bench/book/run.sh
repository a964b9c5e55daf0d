#!/usr/bin/env bash
# Book-of-abstracts benchmark: the book typeset by the app's BookTypesetter (LuaLaTeX, sandboxed) for N generated
# abstracts with math (default 500). Prints abstracts, seconds (the timed build, after a warm-up of a small book),
# pages, problems, pdf_mb, then tex_run_seconds (the TeX run alone), reorder_seconds (qpdf) and process_cpu_seconds. Installs LuaLaTeX like scripts/test.sh when it is missing.
# Usage: bench/run.sh book [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=../../scripts/lib/common.sh
source "$repo/scripts/lib/common.sh"
# shellcheck source=../../scripts/lib/latex.sh
source "$repo/scripts/lib/latex.sh"
ensure_latex
out="$repo/bench/out/book"
dotnet build "$here/BookBench/BookBench.csproj" -c Release -o "$out" --nologo -v quiet >&2
cd "$out"
# CPU is the figure that survives a shared machine: wall time there mostly measures the queue for the cores.
TIMEFORMAT='process_cpu_seconds: %U user + %S sys (bench process and its TeX runs: warm-up, timed build, tex_run; wall %R s)'
time dotnet BookBench.dll "$@"
