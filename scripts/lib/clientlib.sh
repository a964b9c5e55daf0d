# shellcheck shell=bash
# Browser libraries the app serves from its own wwwroot (no CDN), pinned in src/DeepMath.Web/ClientLib: KaTeX (MIT) and
# jsQR (Apache-2.0, the QR decoder of the check-in desk where the browser has no BarcodeDetector).
#   ensure_client_libs   npm ci of ClientLib into .data/clientlib when its lock file changed, then copies KaTeX's dist
#                        (katex.min.js/.css, fonts, contrib/auto-render.min.js) to src/DeepMath.Web/wwwroot/lib/katex and
#                        jsQR's dist/jsQR.js to wwwroot/lib/jsqr (both gitignored), each with its LICENSE.
#                        Needs node/npm (installed from the OS packages by ensure_node, lib/s3.sh).
# shellcheck source=s3.sh
source "$REPO_ROOT/scripts/lib/s3.sh"

CLIENTLIB_SRC="$REPO_ROOT/src/DeepMath.Web/ClientLib"
CLIENTLIB_ROOT="$REPO_ROOT/.data/clientlib"
KATEX_TARGET="$REPO_ROOT/src/DeepMath.Web/wwwroot/lib/katex"
JSQR_TARGET="$REPO_ROOT/src/DeepMath.Web/wwwroot/lib/jsqr"

ensure_client_libs() {
  if cmp -s "$CLIENTLIB_SRC/package-lock.json" "$CLIENTLIB_ROOT/package-lock.json" &&
    [[ -f "$KATEX_TARGET/katex.min.js" && -f "$KATEX_TARGET/contrib/auto-render.min.js" && -f "$JSQR_TARGET/jsQR.js" ]]; then
    return
  fi
  ensure_node
  log "Installing KaTeX and jsQR (npm, pinned in src/DeepMath.Web/ClientLib) into wwwroot/lib"
  mkdir -p "$CLIENTLIB_ROOT"
  cp "$CLIENTLIB_SRC/package.json" "$CLIENTLIB_SRC/package-lock.json" "$CLIENTLIB_ROOT/"
  (cd "$CLIENTLIB_ROOT" && npm ci --no-audit --no-fund --loglevel=error </dev/null >&2) || die "npm ci of src/DeepMath.Web/ClientLib failed"
  local dist="$CLIENTLIB_ROOT/node_modules/katex/dist"
  rm -rf "$KATEX_TARGET"
  mkdir -p "$KATEX_TARGET/contrib"
  cp "$dist/katex.min.js" "$dist/katex.min.css" "$KATEX_TARGET/"
  cp -r "$dist/fonts" "$KATEX_TARGET/"
  cp "$dist/contrib/auto-render.min.js" "$KATEX_TARGET/contrib/"
  cp "$CLIENTLIB_ROOT/node_modules/katex/LICENSE" "$KATEX_TARGET/LICENSE"
  rm -rf "$JSQR_TARGET"
  mkdir -p "$JSQR_TARGET"
  cp "$CLIENTLIB_ROOT/node_modules/jsqr/dist/jsQR.js" "$CLIENTLIB_ROOT/node_modules/jsqr/LICENSE" "$JSQR_TARGET/"
}
