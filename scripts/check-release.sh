#!/bin/sh
# The release as a server gets it: packed (packaging/build-release.sh), installed into an empty folder
# without dev dependencies, then run the way README and deploy/README.md say: `kulturpuls --help`,
# `kulturpuls teams-package`, and `npx kulturpuls start` answering /healthz. `.ci/run` runs it.
set -eu
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() {
  # The server runs in a process group of its own (setsid): npx and the node it starts stop together.
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "check-release: $*" >&2
  exit 1
}

tarball="$repo/$(sh "$repo/packaging/build-release.sh" | tail -n 1)"
mkdir "$work/server"
cd "$work/server"
# --ignore-scripts: better-sqlite3's install script downloads a prebuilt addon from GitHub or compiles
# one (minutes); the checkout's, built for this same Node on this machine, stands in for it, so only the
# npm registry is reached (and only for what the npm cache lacks).
npm install --omit=dev --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error "$tarball"
cp -R "$repo/node_modules/better-sqlite3/build" node_modules/better-sqlite3/

for dev in tsx esbuild typescript vitest @microsoft/app-manifest; do
  [ ! -e "node_modules/$dev" ] || fail "the release installed the dev dependency $dev"
done

npx kulturpuls --help | grep -q '^Usage:' || fail '`kulturpuls --help` printed no usage'
echo "check-release: kulturpuls --help prints the usage"

printf 'publicUrl: https://kulturpuls.kommune.example\n' > kulturpuls.yaml
env -i PATH="$PATH" HOME="$HOME" NPM_CONFIG_UPDATE_NOTIFIER=false CLIENT_ID=11111111-2222-4333-8444-555555555555 \
  npx kulturpuls teams-package --out teams.zip
unzip -l teams.zip | grep -q ' manifest.json$' || fail 'teams-package wrote no manifest.json'
echo "check-release: kulturpuls teams-package wrote a validated zip"

port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
setsid env -i PATH="$PATH" HOME="$HOME" NPM_CONFIG_UPDATE_NOTIFIER=false PORT="$port" KULTURPULS_DB="$work/server/data/kulturpuls.db" \
  npx kulturpuls start > start.log 2>&1 &
pid=$!
tries=0
until curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1; do
  tries=$((tries + 1))
  # Generous: a busy machine may take many seconds; a start that failed has exited by then.
  if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
    cat start.log >&2
    fail '`npx kulturpuls start` did not answer /healthz'
  fi
  sleep 0.1
done
# The page inlines the script the build bundled (a piece of it, as tests/local/page-source.test.ts checks).
curl -fsS "http://127.0.0.1:$port/" | grep -q 'kulturpuls.local.as' || fail 'the local page lacks its script'
echo "check-release: npx kulturpuls start answers /healthz and serves the local page"
