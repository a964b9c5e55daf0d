#!/usr/bin/env bash
# A local S3-compatible server (s3rver, from npm, pinned in tools/s3-emulator) for the storage tests.
# Source after scripts/lib/common.sh.
#
#   .data/s3/            npm install of tools/s3-emulator, the bucket data (data/), s3rver.log, pid, port
#
# start_s3_emulator sets and exports DEEPMATH_TEST_S3_URL (http://127.0.0.1:PORT); the bucket
# deepmath-test exists; the credentials are s3rver's fixed test pair S3RVER / S3RVER.

S3_ROOT="$DATA_DIR/s3"
S3_BUCKET=deepmath-test
S3_STARTED_HERE=""

# ensure_node: node and npm from the OS packages when missing.
ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    log "node/npm not found: installing nodejs and npm"
    apt_install nodejs npm
  fi
}

# Installs the pinned emulator under .data/s3 when the lock file changed since the last install.
_s3_install() {
  mkdir -p "$S3_ROOT"
  if ! cmp -s "$REPO_ROOT/tools/s3-emulator/package-lock.json" "$S3_ROOT/package-lock.json" ||
    [[ ! -x "$S3_ROOT/node_modules/.bin/s3rver" ]]; then
    log "Installing the S3 emulator (npm s3rver, see tools/s3-emulator)"
    cp "$REPO_ROOT/tools/s3-emulator/package.json" "$REPO_ROOT/tools/s3-emulator/package-lock.json" "$S3_ROOT/"
    (cd "$S3_ROOT" && npm ci --no-audit --no-fund --loglevel=error </dev/null >&2) || die "npm ci of the S3 emulator failed"
  fi
}

_s3_running() {
  [[ -s "$S3_ROOT/pid" ]] && kill -0 "$(cat "$S3_ROOT/pid")" 2>/dev/null
}

start_s3_emulator() {
  ensure_node
  _s3_install
  if ! _s3_running; then
    local port
    port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
    rm -rf "$S3_ROOT/data"
    mkdir -p "$S3_ROOT/data"
    log "Starting the S3 emulator on 127.0.0.1:$port (log: .data/s3/s3rver.log)"
    setsid node "$S3_ROOT/node_modules/.bin/s3rver" -d "$S3_ROOT/data" -a 127.0.0.1 -p "$port" \
      --no-vhost-buckets --configure-bucket "$S3_BUCKET" </dev/null >"$S3_ROOT/s3rver.log" 2>&1 &
    echo $! >"$S3_ROOT/pid"
    echo "$port" >"$S3_ROOT/port"
    S3_STARTED_HERE=1
    local i
    for ((i = 0; i < 100; i++)); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        break
      fi
      _s3_running || die "the S3 emulator stopped at start; see .data/s3/s3rver.log"
      sleep 0.2
    done
    ((i < 100)) || die "the S3 emulator did not listen on $port within 20 s; see .data/s3/s3rver.log"
  fi
  DEEPMATH_TEST_S3_URL="http://127.0.0.1:$(cat "$S3_ROOT/port")"
  export DEEPMATH_TEST_S3_URL
}

stop_s3_emulator() {
  if _s3_running; then
    kill "$(cat "$S3_ROOT/pid")" 2>/dev/null || true
  fi
  rm -f "$S3_ROOT/pid"
}
