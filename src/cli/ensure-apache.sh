#!/usr/bin/env bash
# The Apache tests (tests/site/apache-iis.test.ts) run Debian's Apache over a built site with only its own .htaccess (APACHE_PATH: another binary).
set -euo pipefail
exec bash "$(dirname "$0")/ensure-debian-package.sh" "${APACHE_PATH:-/usr/sbin/apache2}" apache2 "the publishing tests"
