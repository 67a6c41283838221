#!/usr/bin/env bash
# Publishes a build into the folder the web server serves, so that nobody using the tool notices:
#   bash deploy/publish.sh dist /usr/share/nginx/html
# - Earlier builds' files in assets/ stay for KEEP_DAYS days (30 by default): a phone that opened the
#   page before this deploy still finds the code and words it asks for later (an outcome, a language,
#   a Learn page), all from its own version. Files no build has published for KEEP_DAYS days go.
# - The new assets arrive first, then the other files, index.html and, last, sw.js, each under a
#   temporary name and then renamed: no page is ever served that names a file not yet there, no file
#   is served half written, and a kiosk that finds the new sw.js finds every file its version needs.
set -euo pipefail
build=${1:?usage: publish.sh <build folder> <served folder>}
root=${2:?usage: publish.sh <build folder> <served folder>}
keep_days=${KEEP_DAYS:-30}
[ -f "$build/index.html" ] && [ -f "$build/sw.js" ] || { echo "No build in $build: run npm run build first" >&2; exit 1; }
mkdir -p "$root"

# Copies one file of the build into place atomically. Every file published gets a fresh date (cp
# without -p), also one an earlier build had: the date says when a build last needed it.
put() {
  mkdir -p "$(dirname "$root/$1")"
  cp "$build/$1" "$root/$1.publishing"
  mv -f "$root/$1.publishing" "$root/$1"
}

last=(index.html sw.js)
(cd "$build" && find assets -type f) | while read -r file; do put "$file"; done
(cd "$build" && find . -type f ! -path './assets/*' ! -name sw.js ! -name index.html | sed 's|^\./||') |
  while read -r file; do put "$file"; done
for file in "${last[@]}"; do put "$file"; done

# Earlier builds' assets that no build since has published, after KEEP_DAYS days.
find "$root/assets" -type f -mtime "+$keep_days" -delete
find "$root/assets" -mindepth 1 -type d -empty -delete
