#!/usr/bin/env bash
# Packages the crates as they would be published: `scripts/package.sh` runs `cargo package`,
# `scripts/package.sh publish` runs `cargo publish`; further arguments go to cargo.
#
# First writes client/generated/ from openapi/ (`exa-build-tools snapshot`): the code a
# dependent builds without the feature `generate`, so that it compiles no generator. That
# folder is not kept in git, hence `--allow-dirty`; any other uncommitted change stops here.
set -euo pipefail
cd "$(dirname "$0")/.."
command=package
case "${1:-}" in package | publish) command=$1 && shift ;; esac
if [ -n "$(git status --porcelain)" ]; then
  echo "commit or stash these changes first:" >&2
  git status --short >&2
  exit 1
fi
cargo build-tools snapshot openapi client/generated
cargo "$command" --workspace --exclude exa-client-tests --locked --allow-dirty "$@"
