#!/usr/bin/env bash
# All tests: installs the contract-test mock server (Stoplight Prism) and exa-js, pinned in
# tests/contract/package-lock.json, when node is present, then runs every Rust test.
set -euo pipefail
cd "$(dirname "$0")"

if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
else
  echo "npm not found: the contract and conformance tests will be skipped (they are required in CI)" >&2
fi
cargo test --workspace --locked
