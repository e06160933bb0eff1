#!/usr/bin/env bash
# The nginx tests and `npm run serve:nginx` run Debian's nginx with the shipped configuration (NGINX_PATH: another binary).
set -euo pipefail
exec bash "$(dirname "$0")/ensure-debian-package.sh" "${NGINX_PATH:-/usr/sbin/nginx}" nginx "the publishing tests"
