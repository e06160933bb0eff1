#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs it when missing, so `npm test` works on a fresh Debian machine with nothing added by hand.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
echo "Chromium is missing at $chromium_path: installing Debian's chromium package for the browser tests." >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Cannot install Chromium: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
[ -x "$chromium_path" ] || { echo "Chromium still missing at $chromium_path after installing." >&2; exit 1; }
