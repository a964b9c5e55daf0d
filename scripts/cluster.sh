#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Two DeepMath instances (Release build, separate processes) on the private PostgreSQL cluster, with
# nginx in front dealing requests round-robin: the set-up the benchmarks' --cluster option and the
# cluster test use, and a way to see that any instance can answer any request.
#
# Usage:
#   ./scripts/cluster.sh [start] [--no-build] [--clock INSTANT|now] [--fresh]
#                                       starts it and prints the address; --fresh empties the
#                                       database first (refused for the development database)
#   ./scripts/cluster.sh stop                                          stops what start started
#   ./scripts/cluster.sh status
# Environment (optional):
#   DEEPMATH_CLUSTER_PORT   nginx's port (default: the first free one from 8080)
#   DEEPMATH_CLUSTER_DB     database name (default deepmath, the one ./scripts/run.sh uses)
#   ASPNETCORE_ENVIRONMENT  default Development (demo seeded, clock movable); other app settings pass
#                           through as usual (Smtp__Host, Storage__Kind, ...)
# Files: .data/cluster/ (app-1.log, app-2.log, nginx-access.log, nginx-error.log, pids, url).
# Responses carry X-Instance: app-1 or app-2; nginx's access log names the upstream of each request.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/clientlib.sh
source "$REPO_ROOT/scripts/lib/clientlib.sh"

CLUSTER_DIR="$DATA_DIR/cluster"
INSTANCES=(app-1 app-2)

# free_port FIRST: the first port from FIRST on which nothing listens on 127.0.0.1.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# ensure_database NAME [fresh]: creates the database (dropping it first when asked) in the private cluster.
ensure_database() {
  local name=$1 fresh=${2:-}
  [[ "$name" =~ ^[a-z][a-z0-9_]*$ ]] || die "DEEPMATH_CLUSTER_DB '$name': use lower-case letters, digits and _"
  if [[ -n "$fresh" ]]; then
    [[ "$name" != "$PG_DB_NAME" ]] || die "--fresh would drop the development database $name: set DEEPMATH_CLUSTER_DB to another name"
    PGOPTIONS="-c client_min_messages=warning" pg_psql -d postgres -qc "drop database if exists $name with (force)" >/dev/null
  fi
  if [[ "$(pg_psql -d postgres -Atqc "select 1 from pg_database where datname = '$name'")" != 1 ]]; then
    log "Creating database $name"
    pg_psql -d postgres -qc "create database $name owner $PG_DB_USER" >/dev/null
  fi
  pg_drop_presquash_database "$name"
}

running() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# wait_ready NAME PORT: waits until the instance answers HTTP at all. It listens only once it has
# migrated and seeded; whether /health then says healthy or degraded is for the caller to judge.
wait_ready() {
  local name=$1 port=$2 i code
  for ((i = 0; i < 600; i++)); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health" 2>/dev/null || true)"
    if [[ -n "$code" && "$code" != 000 && "$code" != 502 ]]; then
      return 0
    fi
    running "$CLUSTER_DIR/$name.pid" || die "$name stopped while starting; see .data/cluster/$name.log"
    sleep 0.5
  done
  die "$name did not answer on port $port within 5 minutes; see .data/cluster/$name.log"
}

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || apt_install nginx
  command -v curl >/dev/null 2>&1 || apt_install curl
}

stop_cluster() {
  local name pid
  if [[ -s "$CLUSTER_DIR/nginx.pid" ]] && running "$CLUSTER_DIR/nginx.pid"; then
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx.conf" -e "$CLUSTER_DIR/nginx-error.log" -s quit 2>/dev/null ||
      kill "$(cat "$CLUSTER_DIR/nginx.pid")" 2>/dev/null || true
  fi
  for name in "${INSTANCES[@]}"; do
    if running "$CLUSTER_DIR/$name.pid"; then
      pid="$(cat "$CLUSTER_DIR/$name.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$CLUSTER_DIR/$name.pid"
  done
  rm -f "$CLUSTER_DIR/url"
  log "Cluster stopped"
}

status_cluster() {
  local name
  for name in "${INSTANCES[@]}" nginx; do
    if running "$CLUSTER_DIR/$name.pid"; then echo "$name: running (pid $(cat "$CLUSTER_DIR/$name.pid"))"; else echo "$name: stopped"; fi
  done
  [[ -s "$CLUSTER_DIR/url" ]] && echo "address: $(cat "$CLUSTER_DIR/url")"
  return 0
}

# write_nginx_conf PORT APP_PORT...
write_nginx_conf() {
  local port=$1 p user_line=""
  shift
  mkdir -p "$CLUSTER_DIR/nginx/tmp"
  # Workers of a root master would run as nobody, who may not reach the repository: keep them as root.
  is_root && user_line="user root;"
  {
    echo "# Written by scripts/cluster.sh; see deploy/nginx/ for the committed configuration."
    echo "$user_line"
    echo "worker_processes 1;"
    echo "pid $CLUSTER_DIR/nginx.pid;"
    echo "error_log $CLUSTER_DIR/nginx-error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  client_body_temp_path $CLUSTER_DIR/nginx/tmp/body;"
    echo "  proxy_temp_path $CLUSTER_DIR/nginx/tmp/proxy;"
    echo "  fastcgi_temp_path $CLUSTER_DIR/nginx/tmp/fastcgi;"
    echo "  uwsgi_temp_path $CLUSTER_DIR/nginx/tmp/uwsgi;"
    echo "  scgi_temp_path $CLUSTER_DIR/nginx/tmp/scgi;"
    echo "  log_format upstream '\$remote_addr [\$time_local] \"\$request\" \$status \$body_bytes_sent \$request_time upstream=\$upstream_addr';"
    echo "  access_log $CLUSTER_DIR/nginx-access.log upstream;"
    echo "  upstream deepmath {"
    for p in "$@"; do
      echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"
    done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    location / {"
    echo "      proxy_pass http://deepmath;"
    echo "      include $REPO_ROOT/deploy/nginx/proxy.conf;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$CLUSTER_DIR/nginx.conf"
}

start_cluster() {
  local build=1 clock="" fresh="" arg
  while [[ $# -gt 0 ]]; do
    arg=$1
    shift
    case "$arg" in
      --no-build) build="" ;;
      --fresh) fresh=1 ;;
      --clock) clock="${1:?--clock needs an instant or now}"; shift ;;
      *) die "unknown option $arg (see the top of scripts/cluster.sh)" ;;
    esac
  done
  local name
  for name in "${INSTANCES[@]}" nginx; do
    ! running "$CLUSTER_DIR/$name.pid" || die "the cluster is already running ($(cat "$CLUSTER_DIR/url" 2>/dev/null)); ./scripts/cluster.sh stop first"
  done
  ensure_data_dir
  ensure_dotnet
  ensure_nginx
  ensure_client_libs
  ensure_postgres_binaries
  start_private_cluster
  mkdir -p "$CLUSTER_DIR"
  local database="${DEEPMATH_CLUSTER_DB:-deepmath}"
  ensure_database "$database" "$fresh"
  if [[ -n "$build" ]]; then
    log "Building src/DeepMath.Web (Release; log: .data/cluster/build.log)"
    dotnet build src/DeepMath.Web -c Release </dev/null >"$CLUSTER_DIR/build.log" 2>&1 ||
      die "build failed; see .data/cluster/build.log"
  fi
  local dll="$REPO_ROOT/src/DeepMath.Web/bin/Release/net10.0/DeepMath.Web.dll"
  [[ -f "$dll" ]] || die "$dll not found: run without --no-build"

  local port="${DEEPMATH_CLUSTER_PORT:-$(free_port 8080)}"
  local ports=() next=5101
  for name in "${INSTANCES[@]}"; do
    next="$(free_port "$next")"
    [[ "$next" != "$port" ]] || next="$(free_port $((next + 1)))"
    ports+=("$next")
    next=$((next + 1))
  done
  local environment="${ASPNETCORE_ENVIRONMENT:-Development}"
  local logins="$DATA_DIR/demo-logins.txt"
  [[ "$database" == deepmath ]] || logins="$CLUSTER_DIR/demo-logins-$database.txt"
  # One clock for both: the same start instant, counted from the same real instant.
  local started_at
  started_at="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"

  local i
  for i in "${!INSTANCES[@]}"; do
    name="${INSTANCES[$i]}"
    log "Starting $name on 127.0.0.1:${ports[$i]} (log: .data/cluster/$name.log)"
    (
      cd "$REPO_ROOT/src/DeepMath.Web"
      export ConnectionStrings__Default="$(pg_connection_string "$database")"
      export ASPNETCORE_ENVIRONMENT="$environment"
      export ASPNETCORE_URLS="http://127.0.0.1:${ports[$i]}"
      export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
      export Instance__Name="$name"
      export Email__PublicBaseUrl="${Email__PublicBaseUrl:-http://localhost:$port}"
      export Demo__CredentialsFile="$logins"
      export Clock__StartedAt="$started_at"
      [[ -z "$clock" ]] || export Clock__Start="$clock"
      if [[ $i -gt 0 ]]; then
        # The first instance has migrated and seeded; the others only serve.
        export Database__MigrateOnStartup=false Demo__SeedOnStartup=false
      fi
      exec setsid dotnet "$dll" </dev/null >"$CLUSTER_DIR/$name.log" 2>&1
    ) &
    echo $! >"$CLUSTER_DIR/$name.pid"
    # One at a time: the first creates the schema, the demo and the data-protection key the others use.
    wait_ready "$name" "${ports[$i]}"
  done

  write_nginx_conf "$port" "${ports[@]}"
  log "Starting nginx on 127.0.0.1:$port (logs: .data/cluster/nginx-*.log)"
  nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx.conf" -e "$CLUSTER_DIR/nginx-error.log" ||
    die "nginx did not start; see .data/cluster/nginx-error.log"
  wait_ready nginx "$port"
  echo "http://localhost:$port" >"$CLUSTER_DIR/url"
  [[ -s "$logins" ]] && log "Demo logins: $logins"
  log "Stop with ./scripts/cluster.sh stop"
  echo "DeepMath cluster at http://localhost:$port (app-1 on ${ports[0]}, app-2 on ${ports[1]}, nginx round-robin; logs in .data/cluster/)"
}

cd "$REPO_ROOT"
command="${1:-start}"
case "$command" in
  start) shift || true; start_cluster "$@" ;;
  --*) start_cluster "$@" ;;
  stop) stop_cluster ;;
  status) status_cluster ;;
  *) die "usage: ./scripts/cluster.sh [start [--no-build] [--clock INSTANT] [--fresh]] | stop | status" ;;
esac
