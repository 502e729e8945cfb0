#!/usr/bin/env bash
# All tests: installs the contract-test mock server (Stoplight Prism, pinned in
# tests/contract/package-lock.json) when node is present, then runs every Rust test.
set -euo pipefail
cd "$(dirname "$0")"

if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
else
  echo "npm not found: the contract test will be skipped (it is required in CI)" >&2
fi
cargo test --workspace --locked
