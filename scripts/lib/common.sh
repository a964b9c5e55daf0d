#!/usr/bin/env bash
# Shared helpers for scripts/*.sh and bench/*/run.sh. Source it; don't run it.
# Sets REPO_ROOT (absolute path of the repository) and DATA_DIR (<repo>/.data).

if [[ -n "${DEEPMATH_COMMON_SH:-}" ]]; then
  return 0
fi
DEEPMATH_COMMON_SH=1

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
DATA_DIR="$REPO_ROOT/.data"
export REPO_ROOT DATA_DIR

# runuser and useradd live in sbin, which some non-login environments leave off PATH.
case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac
export PATH

# Quiet, non-interactive .NET CLI (also fine with CI=true and no stdin).
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Runs a command as root: directly when root, else through sudo (non-interactive when there is
# no terminal, so CI fails fast with a clear message instead of hanging on a password prompt).
as_root() {
  if is_root; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [[ -t 0 ]]; then
      sudo "$@"
    else
      sudo -n "$@" || die "'$*' needs root; run it once yourself with sudo, or run this script as root"
    fi
  else
    die "'$*' needs root and sudo is not installed; run this script as root"
  fi
}

DEEPMATH_APT_UPDATED=""
# apt_install PACKAGE...: apt-get update (once per script run), then apt-get install -y.
apt_install() {
  command -v apt-get >/dev/null 2>&1 ||
    die "apt-get not found: install $* with your system's package manager, then run this again"
  local apt_opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
  if [[ -z "$DEEPMATH_APT_UPDATED" ]]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update -qq </dev/null >&2 ||
      die "apt-get update failed"
    DEEPMATH_APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y -qq "$@" </dev/null >&2 ||
    die "apt-get install $* failed"
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    die "dotnet not found: install the .NET 10 SDK (https://dot.net), then run this again"
}

ensure_data_dir() {
  mkdir -p "$DATA_DIR"
  # Other users (the PostgreSQL service user when we run as root) must be able to traverse it.
  chmod 755 "$DATA_DIR"
}
