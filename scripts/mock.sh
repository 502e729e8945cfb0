#!/usr/bin/env bash
# An offline try-out of every document: serves each document in openapi/ with Stoplight Prism
# (pinned in tests/contract, installed with npm when missing) on consecutive loopback ports
# from PORT (default 4010), in the order of their module names, and prints the base URL of
# each. Prism matches paths without the server's path, which the client sends (Websets:
# /websets/v0/...): each is served a copy whose paths carry it (`exa-build-tools as-sent`).
# Ctrl-C stops them all.
#
#   scripts/mock.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."

port=${1:-4010}
prism=tests/contract/node_modules/.bin/prism
if [ ! -e "$prism" ]; then
  npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
fi

tmp=$(mktemp -d)
pids=()
stop() {
  if [ ${#pids[@]} -gt 0 ]; then kill "${pids[@]}" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 130' INT TERM

cargo build --quiet --locked -p exa-build-tools --features cli
tools=target/debug/exa-build-tools

for doc in openapi/*.yaml openapi/*.yml openapi/*.json; do
  [ -f "$doc" ] || continue
  name=$(basename "$doc")
  module=${name%.*}
  module=${module#exa-}
  "$tools" as-sent "$doc" -o "$tmp/$module.json"
  "$prism" mock -h 127.0.0.1 -p "$port" "$tmp/$module.json" >"$tmp/$module.log" 2>&1 &
  pids+=($!)
  printf '%-10s http://127.0.0.1:%s  (%s; log %s)\n' "$module" "$port" "$doc" "$tmp/$module.log"
  port=$((port + 1))
done

echo "Ready when each log says 'Prism is listening'. Ctrl-C stops them."
wait
