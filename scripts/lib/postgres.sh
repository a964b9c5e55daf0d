#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests, under <repo>/.data/pg.
# Source after scripts/lib/common.sh.
#
# Layout:
#   .data/pg/port       the cluster's TCP port (chosen once, reused while free)
#   .data/pg/password   password of role deepmath (mode 600, owner: whoever runs the scripts)
#   .data/pg/cluster/   owned by the account that runs postgres: data/ (PGDATA) and postgres.log
#                       (a symlink to /var/tmp/deepmath-pg-<hash> when that account cannot reach
#                       the repository, e.g. a clone under /root run as root)
#
# The cluster listens on 127.0.0.1 only, has no Unix socket, and never touches the system's
# cluster, its port or its files. Role deepmath is the cluster's bootstrap superuser (tests create
# and drop their own databases) and logs in with a scram-sha-256 password: unlike trust on
# 127.0.0.1, that keeps other local accounts out of a superuser login (which could run programs as
# the cluster's OS account).

PG_ROOT="$DATA_DIR/pg"
PG_PORT_FILE="$PG_ROOT/port"
PG_PASSWORD_FILE="$PG_ROOT/password"
PG_DB_USER=deepmath
PG_DB_NAME=deepmath
PG_FIRST_PORT=55432
PG_BIN=""
PG_USER=""
PG_HOME=""
PG_DATA=""
PG_LOG=""
PG_PORT=""
PG_PASSWORD=""
PG_STARTED_HERE=""

# Echoes the newest /usr/lib/postgresql/<v>/bin holding the server binaries, or nothing.
_pg_find_bin() {
  local want="${1:-}" d
  if [[ -n "$want" ]]; then
    d="/usr/lib/postgresql/$want/bin"
    [[ -x "$d/initdb" && -x "$d/postgres" && -x "$d/pg_ctl" ]] && echo "$d"
    return 0
  fi
  # shellcheck disable=SC2012 # plain version folder names
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
    if [[ -x "$d/initdb" && -x "$d/postgres" && -x "$d/pg_ctl" ]]; then
      echo "$d"
      return 0
    fi
  done
}

# ensure_postgres_binaries: sets PG_BIN; installs Debian/Ubuntu's postgresql package when no
# server binaries are found under /usr/lib/postgresql/*/bin. (Installing the package may create
# and start the system's own cluster on 5432, as the package always does; we never use it.)
ensure_postgres_binaries() {
  local existing_version=""
  [[ -f "$PG_ROOT/cluster/data/PG_VERSION" ]] && existing_version="$(cat "$PG_ROOT/cluster/data/PG_VERSION")"
  PG_BIN="$(_pg_find_bin)"
  if [[ -z "$PG_BIN" ]]; then
    log "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin: installing postgresql"
    apt_install postgresql
    PG_BIN="$(_pg_find_bin)"
    [[ -n "$PG_BIN" ]] || die "postgresql installed but no server binaries found under /usr/lib/postgresql/*/bin"
  fi
  if [[ -n "$existing_version" ]]; then
    # An existing cluster needs the binaries of its own major version.
    local own
    own="$(_pg_find_bin "$existing_version")"
    [[ -n "$own" ]] ||
      die "the cluster in $PG_ROOT was made by PostgreSQL $existing_version, whose binaries are gone; install postgresql-$existing_version or delete $PG_ROOT (its data is lost)"
    PG_BIN="$own"
  fi
  log "PostgreSQL binaries: $PG_BIN ($("$PG_BIN/postgres" --version))"
}

# Runs a command as the cluster's OS account, from / (that account may not reach the cwd).
_pg_run() {
  if [[ "$PG_USER" == "$(id -un)" ]]; then
    (cd / && "$@")
  else
    (cd / && runuser -u "$PG_USER" -- "$@")
  fi
}

# Picks the OS account that runs postgres: the owner of an existing cluster; else the current
# user; as root (initdb and postgres refuse to run as root) the system account postgres, or a
# dedicated system account deepmath when postgres does not exist.
_pg_choose_user() {
  if [[ -d "$PG_ROOT/cluster/data" ]]; then
    PG_USER="$(stat -L -c %U "$PG_ROOT/cluster/data")"
  elif ! is_root; then
    PG_USER="$(id -un)"
  elif id -u postgres >/dev/null 2>&1; then
    PG_USER=postgres
  else
    if ! id -u deepmath >/dev/null 2>&1; then
      log "Creating system account 'deepmath' to run the private PostgreSQL cluster"
      useradd --system --user-group --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin deepmath
    fi
    PG_USER=deepmath
  fi
  if is_root && [[ "$PG_USER" == root ]]; then
    die "$PG_ROOT/cluster/data is owned by root; PostgreSQL cannot run as root: delete $PG_ROOT and run again"
  fi
  if [[ "$PG_USER" != "$(id -un)" ]]; then
    is_root || die "the cluster in $PG_ROOT belongs to '$PG_USER': run this script as that user or as root"
    command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) is needed to run PostgreSQL as '$PG_USER'"
  fi
}

# Creates .data/pg/cluster (or its fallback outside the repository), owned by PG_USER.
_pg_prepare_home() {
  local link="$PG_ROOT/cluster"
  if [[ -L "$link" && ! -e "$link" ]]; then
    warn "$link points to $(readlink "$link"), which is gone: making a new cluster"
    rm -f "$link"
  fi
  if [[ ! -e "$link" ]]; then
    if [[ "$PG_USER" == "$(id -un)" ]] || _pg_run test -x "$PG_ROOT"; then
      mkdir -p "$link"
    else
      local hash fallback
      hash="$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c1-12)"
      fallback="/var/tmp/deepmath-pg-$hash"
      warn "account '$PG_USER' cannot reach $PG_ROOT (a parent folder is private), so the cluster lives in $fallback, linked from $link"
      mkdir -p "$fallback"
      ln -s "$fallback" "$link"
    fi
  fi
  PG_HOME="$(readlink -f "$link")"
  if [[ "$PG_USER" != "$(id -un)" ]]; then
    chown "$PG_USER:" "$PG_HOME"
  fi
  chmod 700 "$PG_HOME"
  PG_DATA="$PG_HOME/data"
  PG_LOG="$PG_HOME/postgres.log"
}

_pg_ensure_password() {
  if [[ ! -s "$PG_PASSWORD_FILE" ]]; then
    [[ ! -e "$PG_ROOT/cluster/data" ]] ||
      die "$PG_PASSWORD_FILE is missing but the cluster exists: restore the file, or delete $PG_ROOT to start afresh (its data is lost)"
    log "Generating the database password in $PG_PASSWORD_FILE"
    (
      umask 077
      head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-32 >"$PG_PASSWORD_FILE"
    )
  fi
  chmod 600 "$PG_PASSWORD_FILE"
  PG_PASSWORD="$(tr -d '\n' <"$PG_PASSWORD_FILE")"
  [[ -n "$PG_PASSWORD" ]] || die "empty password in $PG_PASSWORD_FILE"
}

_pg_initdb() {
  local locale_opts=(--no-locale)
  if locale -a 2>/dev/null | grep -qix 'C\.utf-\?8'; then
    locale_opts=(--locale=C.UTF-8)
  fi
  log "Creating the private cluster in $PG_DATA (initdb as '$PG_USER')"
  rm -rf "$PG_DATA" # a half-made data folder from an interrupted run
  local pwfile="$PG_HOME/.initdb-pw"
  (
    umask 077
    printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  )
  [[ "$PG_USER" == "$(id -un)" ]] || chown "$PG_USER:" "$pwfile"
  if ! _pg_run "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_DB_USER" --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 "${locale_opts[@]}" \
    >"$DATA_DIR/initdb.log" 2>&1; then
    rm -f "$pwfile"
    cat "$DATA_DIR/initdb.log" >&2
    die "initdb failed (log: $DATA_DIR/initdb.log)"
  fi
  rm -f "$pwfile"
  cat >>"$PG_DATA/postgresql.conf" <<'CONF'

# --- DeepMath private development/test cluster (scripts/lib/postgres.sh) ---
# The port is given on the command line (.data/pg/port).
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
log_timezone = 'UTC'
timezone = 'UTC'
CONF
}

_pg_is_running() {
  _pg_run "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

_pg_port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" >/dev/null 2>&1
}

_pg_pick_port() {
  local p
  for ((p = PG_FIRST_PORT; p < PG_FIRST_PORT + 200; p++)); do
    if ! _pg_port_in_use "$p"; then
      echo "$p"
      return 0
    fi
  done
  die "no free TCP port in $PG_FIRST_PORT-$((PG_FIRST_PORT + 199)) on 127.0.0.1"
}

# Runs psql on the private cluster as role deepmath; extra arguments follow.
pg_psql() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PG_PORT" -U "$PG_DB_USER" "$@"
}

# start_private_cluster: makes (first time) and starts (unless running) the private cluster,
# creates database deepmath, and sets PG_PORT and PG_PASSWORD. Idempotent.
start_private_cluster() {
  [[ -n "$PG_BIN" ]] || ensure_postgres_binaries
  ensure_data_dir
  mkdir -p "$PG_ROOT"
  chmod 755 "$PG_ROOT"
  _pg_ensure_password
  _pg_choose_user
  _pg_prepare_home
  [[ -f "$PG_DATA/PG_VERSION" ]] || _pg_initdb

  if _pg_is_running; then
    PG_PORT="$(sed -n 4p "$PG_DATA/postmaster.pid")"
    log "Private PostgreSQL cluster already running on 127.0.0.1:$PG_PORT: reusing it"
  else
    local attempt
    PG_PORT="$(cat "$PG_PORT_FILE" 2>/dev/null || true)"
    for attempt in 1 2 3; do
      if [[ ! "$PG_PORT" =~ ^[0-9]+$ ]] || _pg_port_in_use "$PG_PORT"; then
        [[ -n "$PG_PORT" ]] && log "Port $PG_PORT is taken: choosing another"
        PG_PORT="$(_pg_pick_port)"
      fi
      log "Starting the private PostgreSQL cluster on 127.0.0.1:$PG_PORT (as '$PG_USER', log: $PG_LOG)"
      if _pg_run "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 -o "-p $PG_PORT" >/dev/null; then
        # shellcheck disable=SC2034 # read by the scripts that source this file
        PG_STARTED_HERE=1
        break
      fi
      tail -n 20 "$PG_LOG" >&2 || true
      [[ "$attempt" -lt 3 ]] || die "PostgreSQL did not start (log: $PG_LOG)"
      PG_PORT="" # maybe another program took the port meanwhile: pick again
    done
  fi
  echo "$PG_PORT" >"$PG_PORT_FILE"

  pg_psql -d postgres -Atqc 'select 1' >/dev/null ||
    die "cannot log in to the private cluster on 127.0.0.1:$PG_PORT as $PG_DB_USER (log: $PG_LOG)"
  if [[ "$(pg_psql -d postgres -Atqc "select 1 from pg_database where datname = '$PG_DB_NAME'")" != 1 ]]; then
    log "Creating database $PG_DB_NAME"
    pg_psql -d postgres -qc "create database $PG_DB_NAME owner $PG_DB_USER" >/dev/null
  fi
  export PG_PORT PG_PASSWORD
}

# pg_drop_presquash_database NAME: the migrations were squashed into one Initial (snake_case columns)
# before the first release, so a database the old migrations made cannot be brought up to date. Such a
# development database (its outbox still has a column "Id") is dropped and made again, empty: the app
# migrates it and seeds the demo afresh, with the logins kept in .data/demo-logins.txt.
pg_drop_presquash_database() {
  local name=$1
  if [[ "$(pg_psql -d "$name" -Atqc "select 1 from information_schema.columns where table_schema = 'infra' and table_name = 'outbox_messages' and column_name = 'Id'")" == 1 ]]; then
    log "Database $name has the schema from before the migrations were squashed into one Initial: dropping it and making it again (its data is lost; the demo is seeded afresh)"
    PGOPTIONS="-c client_min_messages=warning" pg_psql -d postgres -qc "drop database $name with (force)" >/dev/null
    pg_psql -d postgres -qc "create database $name owner $PG_DB_USER" >/dev/null
  fi
}

# stop_private_cluster: stops the private cluster if it runs (never any other).
stop_private_cluster() {
  [[ -n "$PG_DATA" ]] || return 0
  if _pg_is_running; then
    log "Stopping the private PostgreSQL cluster"
    _pg_run "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null
  fi
}

# pg_connection_string [DATABASE]: the Npgsql connection string for role deepmath.
pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s' \
    "$PG_PORT" "${1:-$PG_DB_NAME}" "$PG_DB_USER" "$PG_PASSWORD"
}
