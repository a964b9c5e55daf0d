#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs DeepMath locally: a private PostgreSQL cluster under .data/pg, then the web app in
# Development at http://localhost:5000 (it migrates, seeds the demo and prints the demo logins).
# Usage: ./scripts/run.sh [--port N] [arguments for the app, e.g. --clock 2025-08-15T12:00:00Z]
#        PORT=N ./scripts/run.sh   (the same as --port N; links in e-mails follow the port)
# The cluster keeps running after the app stops, for the next run; ./scripts/db.sh stop stops it.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/latex.sh
source "$REPO_ROOT/scripts/lib/latex.sh"
# shellcheck source=lib/clientlib.sh
source "$REPO_ROOT/scripts/lib/clientlib.sh"

port="${PORT:-5000}"
app_args=()
while (($#)); do
  case "$1" in
    --port) [[ $# -ge 2 ]] || die "--port needs a number, e.g. --port 5104"; port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    *) app_args+=("$1"); shift ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && ((port >= 1 && port <= 65535)) || die "The port must be a number from 1 to 65535 (got '$port')."
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "Port $port is already in use on this machine: choose another with --port N (or PORT=N)."
fi
address="http://localhost:$port"

cd "$REPO_ROOT"
ensure_dotnet
ensure_postgres_binaries
ensure_latex
ensure_client_libs
start_private_cluster
pg_drop_presquash_database "$PG_DB_NAME"

ConnectionStrings__Default="$(pg_connection_string deepmath)"
ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Default ASPNETCORE_ENVIRONMENT

log "Database: deepmath on 127.0.0.1:$PG_PORT (password in .data/pg/password)"
log "Starting DeepMath at $address (links in e-mails point there too; Ctrl-C stops the app; the database keeps running)"
exec dotnet run --project src/DeepMath.Web -c Release --no-launch-profile --urls "$address" -- "${app_args[@]}"
