#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds DeepMath and runs the whole test suite against a private PostgreSQL cluster
# (.data/pg), a local S3 emulator (.data/s3, npm s3rver) and Debian's Chromium. Works non-interactively (CI=true, no stdin) on a clean clone.
# The very last line printed is "N passed, N failed"; the exit code is non-zero when a test
# failed, the build failed, or no test ran.
# Logs: .data/build.log, .data/test.log; results: .data/test-results/*.trx
# DEEPMATH_KEEP_DB=1 keeps running a cluster this script started (by default it stops it again).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/chromium.sh
source "$REPO_ROOT/scripts/lib/chromium.sh"
# shellcheck source=lib/latex.sh
source "$REPO_ROOT/scripts/lib/latex.sh"
# shellcheck source=lib/trx.sh
source "$REPO_ROOT/scripts/lib/trx.sh"
# shellcheck source=lib/s3.sh
source "$REPO_ROOT/scripts/lib/s3.sh"
# shellcheck source=lib/clientlib.sh
source "$REPO_ROOT/scripts/lib/clientlib.sh"

cd "$REPO_ROOT"
BUILD_LOG="$DATA_DIR/build.log"
TEST_LOG="$DATA_DIR/test.log"
RESULTS_DIR="$DATA_DIR/test-results"
SUMMARY_PRINTED=""
CLUSTER_STARTED_HERE=""

# Stops the cluster if this script started it, quietly, so nothing follows the summary line.
release_db() {
  if [[ -n "$CLUSTER_STARTED_HERE" ]]; then
    "$REPO_ROOT/scripts/cluster.sh" stop >/dev/null 2>&1 || true
    CLUSTER_STARTED_HERE=""
  fi
  if [[ -n "$S3_STARTED_HERE" ]]; then
    stop_s3_emulator >/dev/null 2>&1 || true
    S3_STARTED_HERE=""
  fi
  if [[ -n "$PG_STARTED_HERE" && "${DEEPMATH_KEEP_DB:-}" != 1 ]]; then
    stop_private_cluster >/dev/null 2>&1 || true
    PG_STARTED_HERE=""
  fi
}

# finish PASSED FAILED: prints the summary as the last line and exits.
finish() {
  release_db
  SUMMARY_PRINTED=1
  echo "$1 passed, $2 failed"
  if [[ "$2" -gt 0 || "$1" -eq 0 ]]; then
    exit 1
  fi
  exit 0
}

# shellcheck disable=SC2317 # called by the EXIT trap
on_exit() {
  local rc=$?
  if [[ -z "$SUMMARY_PRINTED" ]]; then
    # Set-up failed (die, or a command that set -e stopped on): still end with the summary.
    release_db
    echo "test set-up failed (exit code $rc); see the messages above"
    echo "0 passed, 1 failed"
    exit 1
  fi
}
trap on_exit EXIT

ensure_data_dir
ensure_dotnet
ensure_postgres_binaries
start_private_cluster
# The tests' databases are thrown away after the run and no test crashes PostgreSQL itself, so their commits
# need not wait for the disk: with synchronous_commit=off a transaction is as atomic and as visible as before,
# only a crash of the server could lose its last fraction of a second. Measured on this cluster: 13 ms per
# commit with, 2.4 ms without; the suite makes thousands, most of them one after another. The benchmarks
# (scripts/db.sh env) keep durable commits.
DEEPMATH_TEST_CONNECTION="$(pg_connection_string postgres);Options=-c synchronous_commit=off"
export DEEPMATH_TEST_CONNECTION
log "Test database server: 127.0.0.1:$PG_PORT (DEEPMATH_TEST_CONNECTION, Database=postgres)"
ensure_chromium
ensure_latex
# The storage tests keep PDFs in a local S3 emulator too (DEEPMATH_TEST_S3_URL).
start_s3_emulator
# KaTeX in wwwroot/lib/katex and jsQR in wwwroot/lib/jsqr, which the browser tests' math rendering and QR check-in need.
ensure_client_libs

log "Building DeepMath.sln (Release; log: .data/build.log)"
if ! dotnet build DeepMath.sln -c Release </dev/null >"$BUILD_LOG" 2>&1; then
  echo "Build failed:"
  errors="$(grep -E '(^|[[:space:]:])error [A-Z]+[0-9]*:' "$BUILD_LOG" | sed -E 's/ \[[^]]*\]$//' | sort -u || true)"
  if [[ -n "$errors" ]]; then
    printf '%s\n' "$errors" | head -n 60
    n="$(printf '%s\n' "$errors" | wc -l)"
    [[ "$n" -le 60 ]] || echo "... and $((n - 60)) more (see .data/build.log)"
  else
    tail -n 40 "$BUILD_LOG"
  fi
  finish 0 1
fi

# docs/dependencies.md must list what Directory.Packages.props and the lock files say (counted as a
# failed test when it does not).
DEPENDENCIES_STALE=0
if ! "$REPO_ROOT/scripts/dependencies.sh" --check --no-restore </dev/null; then
  DEPENDENCIES_STALE=1
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
: >"$TEST_LOG"

# run_tests TARGET FILTER [ARGS...]: dotnet test with .trx results, appending to the log. Output is filtered
# to the per-project summaries and the failures; the whole of it is in the log. --blame-hang-timeout
# ends a test host stuck on one test, so a hang fails the run instead of eating CI's time.
run_tests() {
  dotnet test "$1" -c Release --no-build --filter "$2" --logger "trx" --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout 10m --blame-hang-dump-type none "${@:3}" </dev/null 2>&1 |
    tee -a "$TEST_LOG" |
    awk '
      /^[[:space:]]*(Passed|Failed|Skipped)![[:space:]]/ { print; fflush(); next }
      /^[[:space:]]+Failed [^[:space:]]/ { print; fflush(); n = 0; next }
      /^[[:space:]]+Error Message:/ { n = 6 }
      /The active test run was aborted|Test host process crashed|[Hh]ang/ { print; fflush(); next }
      n > 0 { print; fflush(); n-- }'
  return "${PIPESTATUS[0]}"
}

# First, alone: two app instances behind nginx (./scripts/cluster.sh) on a database of their own,
# emptied first, for the test that signs in and submits through nginx. They are stopped before the
# rest runs, so their connections and CPU are not taken from the load tests.
CLUSTER_TESTS="DeepMath.IntegrationTests.Cluster."
log "Starting ./scripts/cluster.sh for the cluster test (logs: .data/cluster/)"
"$REPO_ROOT/scripts/cluster.sh" stop >/dev/null 2>&1 || true
CLUSTER_STARTED_HERE=1
DEEPMATH_CLUSTER_DB=deepmath_cluster_test "$REPO_ROOT/scripts/cluster.sh" start --no-build --fresh >&2 </dev/null ||
  die "./scripts/cluster.sh did not start; see .data/cluster/*.log"
DEEPMATH_TEST_CLUSTER_URL="$(cat "$DATA_DIR/cluster/url")"
DEEPMATH_TEST_CLUSTER_LOGINS="$DATA_DIR/cluster/demo-logins-deepmath_cluster_test.txt"
export DEEPMATH_TEST_CLUSTER_URL DEEPMATH_TEST_CLUSTER_LOGINS
log "Running the cluster test (log: .data/test.log; results: .data/test-results)"
set +e
run_tests tests/DeepMath.IntegrationTests/DeepMath.IntegrationTests.csproj "FullyQualifiedName~$CLUSTER_TESTS"
cluster_rc=$?
set -e
"$REPO_ROOT/scripts/cluster.sh" stop >/dev/null 2>&1 || true
CLUSTER_STARTED_HERE=""

log "Running the tests (log: .data/test.log; results: .data/test-results)"
set +e
# All three test projects at once (-m:3; by default dotnet test runs as many as there are cores, two here): the
# unit tests (40 s) then overlap the two long projects instead of running after the browser tests, on the
# critical path. The earlier run's .trx times: browser 8.0 min, then unit 0.7 min, integration 9.7 min.
run_tests DeepMath.sln "FullyQualifiedName!~$CLUSTER_TESTS" -m:3
test_rc=$?
set -e
[[ "$cluster_rc" -eq 0 ]] || test_rc=$cluster_rc

read -r passed failed skipped files < <(trx_counts "$RESULTS_DIR")
read -r c_passed c_failed c_skipped c_files < <(console_counts "$TEST_LOG")
if [[ "$c_files" -gt "$files" ]]; then
  # A .trx file went missing (e.g. two projects finished in the same second and one file was
  # overwritten): the per-project console summaries are then the complete count.
  warn "$files .trx file(s) for $c_files test project(s): counting from the console summaries"
  passed=$c_passed failed=$c_failed skipped=$c_skipped
fi
[[ "$skipped" -eq 0 ]] || log "$skipped test(s) skipped"
if [[ "$DEPENDENCIES_STALE" -eq 1 ]]; then
  echo "docs/dependencies.md is out of date (see the diff above): run ./scripts/dependencies.sh and commit it; counting 1 failure"
  failed=$((failed + 1))
fi
if [[ "$test_rc" -ne 0 && "$failed" -eq 0 ]]; then
  echo "dotnet test exited with code $test_rc but no failed test was recorded (a test host crashed or a project was not run; see .data/test.log): counting 1 failure"
  failed=1
fi
if [[ "$passed" -eq 0 && "$failed" -eq 0 ]]; then
  echo "No test ran (see .data/test.log)"
fi
finish "$passed" "$failed"
