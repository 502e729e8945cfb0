#!/usr/bin/env bash
# Packages the crates as they would be published: `scripts/package.sh` runs `cargo package`,
# `scripts/package.sh publish` runs `cargo publish`; further arguments go to cargo.
#
# First checks that the committed client/generated/ (the code a dependent builds without the
# feature `generate`, so that it compiles no generator) is what openapi/ generates now
# (`exa-build-tools snapshot`); any uncommitted change stops here.
set -euo pipefail
cd "$(dirname "$0")/.."
command=package
case "${1:-}" in package | publish) command=$1 && shift ;; esac
if [ -n "$(git status --porcelain)" ]; then
  echo "commit or stash these changes first:" >&2
  git status --short >&2
  exit 1
fi
cargo build-tools snapshot openapi client/generated >/dev/null
if [ -n "$(git status --porcelain)" ]; then
  echo "client/generated/ was not what openapi/ generates: commit the refresh first:" >&2
  git status --short >&2
  exit 1
fi
cargo "$command" --workspace --exclude exa-client-tests --locked "$@"
