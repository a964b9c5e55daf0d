#!/usr/bin/env bash
# LuaLaTeX from Debian's TeX Live for the book of abstracts (Modules/Program/Book). Source after
# scripts/lib/common.sh.
#
# The set is kept small (no recommends): texlive-luatex (LuaLaTeX, luaotfload), texlive-latex-recommended
# (fontspec), texlive-fonts-recommended, fonts-noto-cjk (Chinese, Japanese, Korean, Greek and Cyrillic names,
# runs Latin Modern lacks), and qpdf, which puts the front matter (typeset last) first. Measured on 2026-12-04
# on a Debian 12 machine without any TeX (qpdf was already there): 18 packages, 1 min 9 s to download and
# install (apt lists already fresh).

DEEPMATH_LATEX_PACKAGES=(texlive-luatex texlive-latex-recommended texlive-fonts-recommended fonts-noto-cjk qpdf)

# ensure_latex: installs the packages above when lualatex, qpdf, fontspec, amssymb or Noto CJK is missing.
ensure_latex() {
  if command -v lualatex >/dev/null 2>&1 && command -v qpdf >/dev/null 2>&1 && command -v kpsewhich >/dev/null 2>&1 &&
    [[ -n "$(kpsewhich fontspec.sty 2>/dev/null)" && -n "$(kpsewhich amssymb.sty 2>/dev/null)" && -n "$(kpsewhich geometry.sty 2>/dev/null)" ]] &&
    compgen -G "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc" >/dev/null; then
    return 0
  fi
  log "LuaLaTeX for the book of abstracts: installing ${DEEPMATH_LATEX_PACKAGES[*]}"
  apt_install --no-install-recommends "${DEEPMATH_LATEX_PACKAGES[@]}"
}
