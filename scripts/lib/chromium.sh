#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
# Source after scripts/lib/common.sh.

DEEPMATH_CHROMIUM_PATH=/usr/bin/chromium

# ensure_chromium: installs Debian's chromium if /usr/bin/chromium is missing and exports
# DEEPMATH_CHROMIUM=/usr/bin/chromium.
ensure_chromium() {
  if [[ ! -x "$DEEPMATH_CHROMIUM_PATH" ]]; then
    log "Chromium not found at $DEEPMATH_CHROMIUM_PATH: installing Debian's chromium"
    apt_install chromium
    [[ -x "$DEEPMATH_CHROMIUM_PATH" ]] ||
      die "chromium was installed but $DEEPMATH_CHROMIUM_PATH is missing (on Ubuntu the package is a snap stub: install a real Chromium and make $DEEPMATH_CHROMIUM_PATH point to it)"
  fi
  export DEEPMATH_CHROMIUM="$DEEPMATH_CHROMIUM_PATH"
  log "Chromium: $DEEPMATH_CHROMIUM"
}
