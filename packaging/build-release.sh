#!/bin/sh
# Builds a release tarball that installs without dev dependencies and runs on plain node:
#   sh packaging/build-release.sh            -> release/kulturpuls-<version>.tgz
# Run it on a build machine with the full checkout (`npm ci` done). The server then needs only Node 20+
# and `npm install --omit=dev ./kulturpuls-<version>.tgz` (see deploy/README.md).
set -eu
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.build.json
out=release/package
rm -rf "$out" && mkdir -p "$out"
# The compiled JavaScript and what it reads at run time; no TypeScript sources, tests or benchmarks.
cp -R dist migrations migrations-pg schema manifests "$out"/
rm -f "$out"/dist/.tsbuildinfo
cp kulturpuls.example.yaml README.md PRIVACY.md RELIABILITY.md .env.example "$out"/
cp deploy/kulturpuls.service "$out"/
# The same package.json, with a start script and bin that use the built files (no tsc, no tsx).
node -e '
  const fs = require("node:fs");
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
  pkg.scripts = { start: "node dist/main.js start" };
  pkg.bin = { kulturpuls: "bin/kulturpuls.js" };
  delete pkg.devDependencies;
  fs.writeFileSync(process.argv[1], JSON.stringify(pkg, null, 2) + "\n");
' "$out/package.json"
mkdir -p "$out/bin"
printf '#!/usr/bin/env node\nawait import("../dist/main.js");\n' > "$out/bin/kulturpuls.js"
chmod 755 "$out/bin/kulturpuls.js"
(cd "$out" && npm pack --pack-destination ..)
echo "release/$(cd release && ls -t kulturpuls-*.tgz | head -1)"
