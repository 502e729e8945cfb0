#!/bin/sh
# Installs what `cargo run --release -p exa-client-tests --bin bench` needs beyond Rust:
# nginx (the benchmark starts its own instance, configured in a temporary directory and
# listening on 127.0.0.1 only; the system's service is not used) and exa-js 2.23.0 with node,
# under target/bench-node, for the exa-js row. Run from the workspace root, as root or with sudo.
set -eu

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get install -y nginx
fi
if ! command -v node >/dev/null 2>&1; then
    echo "node is missing: install Node.js 18 or later for the exa-js row" >&2
    exit 1
fi
mkdir -p target/bench-node
npm install --prefix target/bench-node --no-audit --no-fund exa-js@2.23.0
