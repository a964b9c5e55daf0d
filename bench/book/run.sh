#!/usr/bin/env bash
# Book-of-abstracts benchmark: the book typeset by the app's BookTypesetter (LuaLaTeX, sandboxed) for N generated
# abstracts with math (default 500). Prints abstracts, seconds (the timed build, after a warm-up of a small book),
# pages, problems and pdf_mb. Installs LuaLaTeX like scripts/test.sh when it is missing.
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
cd "$out" && dotnet BookBench.dll "$@"
