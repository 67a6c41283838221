#!/usr/bin/env bash
# Serves the production build (dist/) with deploy/nginx.conf, unprivileged and in the foreground,
# as the nginx browser tests need it (playwright.nginx.config.ts starts and stops it).
# NGINX_PORT changes the port (8080 by default), so it can run beside another copy; NGINX_ROOT the
# folder it serves (dist/ by default; the publishing tests serve a folder they publish builds into).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=${NGINX_ROOT:-$PWD/dist}
[ -f "$root/index.html" ] || { echo "No build in $root: run npm run build first" >&2; exit 1; }
port=${NGINX_PORT:-8080}
dir=$(mktemp -d)
# deploy/nginx.conf has exactly one root line and one listen line: point them at this build and port.
sed -e "s|^  root .*;|  root $root;|" -e "s|^  listen 8080;|  listen 127.0.0.1:$port;|" deploy/nginx.conf > "$dir/site.conf"
# Workers run as whoever runs this (root's would otherwise be "nobody", who cannot read a private
# checkout such as one under mktemp -d).
cat > "$dir/nginx.conf" <<CONF
daemon off;
user $(id -un) $(id -gn);
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path $dir/client;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  include $dir/site.conf;
}
CONF
exec nginx -p "$dir" -c "$dir/nginx.conf"
