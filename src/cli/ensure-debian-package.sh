#!/usr/bin/env bash
# Installs Debian's package <package> when <binary> is missing, so `npm test` works on a fresh
# Debian machine with nothing added by hand (as root, or through sudo). Debian's server packages
# start no server here: the tests and `npm run serve:nginx` start their own on loopback and stop it.
# Usage: ensure-debian-package.sh <binary> <package> <what needs it>
set -euo pipefail
binary="$1" package="$2" purpose="$3"
[ -x "$binary" ] && exit 0
echo "$package is missing at $binary: installing Debian's $package package for $purpose." >&2
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Cannot install $package: run 'apt-get install -y $package' as root, or point the tests at a $package binary." >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
[ -x "$binary" ] || { echo "$package still missing at $binary after installing." >&2; exit 1; }
