#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh Debian machine: npm packages (from the
# lockfile; `npm ci` refuses lockfiles made on another platform, so `npm install`), and from apt
# Chromium (browser tests), Noto CJK fonts (rendering Japanese), ffmpeg (fake camera video).
set -euo pipefail
cd "$(dirname "$0")/.."

# --npm-only: what `npm start` needs (no browser, fonts or video tools).
missing=()
if [ "${1:-}" = "--npm-only" ]; then set -- ; SKIP_APT=1; fi
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
if [ ${#missing[@]} -gt 0 ] && [ -z "${SKIP_APT:-}" ]; then
  echo "apt-get install ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=node_modules/.dqc-installed
if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  npm install --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
