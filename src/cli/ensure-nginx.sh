#!/usr/bin/env bash
# The nginx tests and `npm run serve:nginx` run Debian's nginx with the shipped configuration.
# Installs it when missing, as ensure-chromium.sh does for Chromium. Debian's package does not
# start a server here: the tests and serve:nginx start their own, on loopback, and stop it.
set -euo pipefail
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
[ -x "$nginx_path" ] && exit 0
echo "nginx is missing at $nginx_path: installing Debian's nginx package for the publishing tests." >&2
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Cannot install nginx: run 'apt-get install -y nginx' as root, or set NGINX_PATH to an nginx binary." >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
[ -x "$nginx_path" ] || { echo "nginx still missing at $nginx_path after installing." >&2; exit 1; }
