#!/bin/sh
# Builds the release tarball: the package itself, packed by npm (its prepare step builds dist/ first).
#   sh packaging/build-release.sh            -> release/kulturpuls-<version>.tgz
# Run it on a build machine with the full checkout (`npm ci` done). The tarball holds what
# package.json's `files` names: dist/ (compiled, with the local page's script and the compiled Teams
# schema), bin/, migrations, schema/, manifests/, the example config, the systemd unit and the docs.
# The server then needs only Node 20.18.1+ and `npm install --omit=dev ./kulturpuls-<version>.tgz`
# (see deploy/README.md); scripts/check-release.sh installs it that way and runs it.
set -eu
cd "$(dirname "$0")/.."
mkdir -p release
name="$(npm pack --silent --pack-destination release | tail -n 1)"
echo "release/$name"
