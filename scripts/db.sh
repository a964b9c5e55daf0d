#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Manages the private PostgreSQL cluster of scripts/run.sh and scripts/test.sh (.data/pg).
# Usage: ./scripts/db.sh start|stop|status|psql [psql arguments]|env
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"

usage() {
  echo "usage: $0 start|stop|status|psql [psql arguments]|env" >&2
  exit 2
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
  start)
    start_private_cluster
    echo "running on 127.0.0.1:$PG_PORT"
    ;;
  stop | status)
    if [[ ! -f "$PG_ROOT/cluster/data/PG_VERSION" ]]; then
      echo "no private cluster in $PG_ROOT"
      exit 0
    fi
    ensure_postgres_binaries
    _pg_choose_user
    _pg_prepare_home
    if [[ "$cmd" == stop ]]; then
      stop_private_cluster
      echo "stopped"
    elif _pg_is_running; then
      echo "running on 127.0.0.1:$(sed -n 4p "$PG_DATA/postmaster.pid") (data: $PG_DATA, OS account: $PG_USER)"
    else
      echo "stopped (data: $PG_DATA)"
      exit 3
    fi
    ;;
  psql)
    start_private_cluster 2>/dev/null
    pg_psql -d "$PG_DB_NAME" "$@"
    ;;
  env)
    start_private_cluster 2>/dev/null
    printf 'export ConnectionStrings__Default=%q\n' "$(pg_connection_string deepmath)"
    printf 'export DEEPMATH_TEST_CONNECTION=%q\n' "$(pg_connection_string postgres)"
    ;;
  *) usage ;;
esac
