#!/usr/bin/env bash
# Reads test results without python: the <Counters> element of VSTest .trx files, and the
# per-project summary lines that `dotnet test` prints. Source after scripts/lib/common.sh.

# trx_counts DIR: prints "PASSED FAILED SKIPPED FILES" summed over DIR/**/*.trx.
# FAILED counts failed, error, timeout and aborted results; SKIPPED is total - executed.
trx_counts() {
  local dir="$1"
  {
    if [[ -d "$dir" ]]; then
      find "$dir" -type f -name '*.trx' -print0 | xargs -0 -r cat | tr -d '\r' |
        { grep -o '<Counters [^>]*>' || true; }
    fi
  } | awk '
    function attr(s, name,   m) {
      if (match(s, " " name "=\"[0-9]+\"")) {
        m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
      }
      return 0
    }
    {
      files++
      passed += attr($0, "passed")
      failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      skipped += attr($0, "total") - attr($0, "executed")
    }
    END { printf "%d %d %d %d\n", passed, failed, skipped, files }'
}

# console_counts LOG: the same four numbers from the "Passed!/Failed! - Failed: 1, Passed: 2,
# Skipped: 0, Total: 3" lines of a `dotnet test` log (one line per test project).
console_counts() {
  local log_file="$1"
  { grep -E '^[[:space:]]*(Passed|Failed|Skipped)![[:space:]]+-[[:space:]]+Failed:' "$log_file" 2>/dev/null || true; } |
    awk '
      function num(s, name,   m) {
        if (match(s, name ":[[:space:]]*[0-9]+")) {
          m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
        }
        return 0
      }
      { files++; passed += num($0, "Passed"); failed += num($0, "Failed"); skipped += num($0, "Skipped") }
      END { printf "%d %d %d %d\n", passed, failed, skipped, files }'
}
