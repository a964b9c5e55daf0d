#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs DeepMath locally: a private PostgreSQL cluster under .data/pg, then the web app in
# Development at http://localhost:5000 (it migrates, seeds the demo and prints the demo logins).
# Usage: ./scripts/run.sh [arguments for the app, e.g. --clock 2025-08-15T12:00:00Z]
# The cluster keeps running after the app stops, for the next run; ./scripts/db.sh stop stops it.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/latex.sh
source "$REPO_ROOT/scripts/lib/latex.sh"

cd "$REPO_ROOT"
ensure_dotnet
ensure_postgres_binaries
ensure_latex
start_private_cluster
pg_drop_presquash_database "$PG_DB_NAME"

ConnectionStrings__Default="$(pg_connection_string deepmath)"
ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Default ASPNETCORE_ENVIRONMENT

log "Database: deepmath on 127.0.0.1:$PG_PORT (password in .data/pg/password)"
log "Starting DeepMath at http://localhost:5000 (Ctrl-C stops the app; the database keeps running)"
exec dotnet run --project src/DeepMath.Web -c Release --no-launch-profile --urls http://localhost:5000 -- "$@"
