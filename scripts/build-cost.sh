#!/usr/bin/env bash
# What depending on exa-client costs a cold build, against the floor any reqwest-based API
# client pays. Run by hand (not part of the tests); the figures go in BENCHMARKS.md.
#
#   scripts/build-cost.sh [WORK_DIR]      (default: target/build-cost)
#
# First writes client/generated/ as a package carries it (`exa-build-tools snapshot`, as
# scripts/package.sh does). Then writes four crates outside the workspace (each with its own
# `[workspace]` and a copy of the workspace's Cargo.lock) and cold-builds each, one after the
# other, with a fresh target dir of its own, `cargo build --offline`, dev profile:
#   (a) floor: reqwest (the workspace's features), serde, serde_json, tokio, progenitor-client;
#   (b) exa-client (path dependency) with `default-features = false, features = ["agent"]`,
#       calling `exa.agent().delete(..)`: the packaged code, no generator;
#   (c) the same with `features = ["agent", "search", "websets"]`: every document, no generator;
#   (d) the same with exa-client's default features (every document, and `generate`).
# Prints wall time, compiled rlibs and compiled units of each, the ratios to (a), and the
# largest units of (b) and (d) from `cargo build --timings`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$root/target/build-cost}"
rm -rf "$work"
mkdir -p "$work"
(cd "$root" && cargo build-tools snapshot openapi client/generated >/dev/null)

# The workspace's own requirement lines, so that the floor uses the same features.
dep() { sed -n "s/^$1 = /$1 = /p" "$root/Cargo.toml"; }
tokio_dep='tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'

manifest() { # name, dependency lines
  cat <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2
$tokio_dep

[workspace]
EOF
}

mkdir -p "$work/a/src" "$work/b/src" "$work/c/src" "$work/d/src"
manifest cost-floor "$(dep reqwest)
$(dep serde)
$(dep serde_json)
$(dep progenitor-client)" >"$work/a/Cargo.toml"
cat >"$work/a/src/main.rs" <<'EOF'
#[derive(serde::Serialize, serde::Deserialize, Debug)]
struct Deleted {
    id: String,
    deleted: bool,
}

#[tokio::main]
async fn main() {
    let client = reqwest::Client::new();
    let body: Result<Deleted, _> = serde_json::from_str(r#"{"id":"x","deleted":true}"#);
    let _error: Option<progenitor_client::Error<()>> = None;
    println!("{client:?} {body:?}");
}
EOF

main_b='#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let exa = exa_client::Exa::builder()
        .api_key("k")
        .base_url("http://127.0.0.1:9")
        .build()?;
    if std::env::args().count() > 1 {
        let deleted = exa.agent().delete("agent_run_abc").await?;
        println!("{deleted:?}");
    }
    Ok(())
}'
manifest cost-agent "exa-client = { path = \"$root/client\", default-features = false, features = [\"agent\"] }" >"$work/b/Cargo.toml"
manifest cost-documents "exa-client = { path = \"$root/client\", default-features = false, features = [\"agent\", \"search\", \"websets\"] }" >"$work/c/Cargo.toml"
manifest cost-default "exa-client = { path = \"$root/client\" }" >"$work/d/Cargo.toml"
for k in b c d; do echo "$main_b" >"$work/$k/src/main.rs"; done

declare -A secs rlibs units
for k in a b c d; do
  cp "$root/Cargo.lock" "$work/$k/Cargo.lock"
  extra=()
  case $k in b | d) extra=(--timings) ;; esac
  start=$(date +%s.%N)
  (cd "$work/$k" && CARGO_TARGET_DIR="$work/$k/target" cargo build --offline "${extra[@]}" \
    >"$work/$k.log" 2>&1) || { cat "$work/$k.log" >&2; exit 1; }
  end=$(date +%s.%N)
  secs[$k]=$(echo "$end - $start" | bc)
  rlibs[$k]=$(find "$work/$k/target/debug/deps" -name '*.rlib' | wc -l)
  units[$k]=$(grep -c '^ *Compiling ' "$work/$k.log" || true)
  printf '(%s) %6.1f s  %3d rlibs  %3d crates compiled\n' "$k" "${secs[$k]}" "${rlibs[$k]}" "${units[$k]}"
done

ratio() { echo "scale=2; $1 / $2" | bc; }
echo
echo "| build | wall time | rlibs | crates compiled |"
echo "|---|---:|---:|---:|"
echo "| (a) floor: reqwest + serde + serde_json + tokio + progenitor-client | $(printf %.1f "${secs[a]}") s | ${rlibs[a]} | ${units[a]} |"
echo "| (b) exa-client, \`agent\` only | $(printf %.1f "${secs[b]}") s | ${rlibs[b]} | ${units[b]} |"
echo "| (c) exa-client, \`agent\`, \`search\`, \`websets\` | $(printf %.1f "${secs[c]}") s | ${rlibs[c]} | ${units[c]} |"
echo "| (d) exa-client, default features (with \`generate\`) | $(printf %.1f "${secs[d]}") s | ${rlibs[d]} | ${units[d]} |"
echo
for k in b c d; do
  echo "$k/a: time $(ratio "${secs[$k]}" "${secs[a]}"), rlibs $(ratio "${rlibs[$k]}" "${rlibs[a]}")"
done

# The largest units: the UNIT_DATA table of cargo's timings report.
for k in b d; do
  report="$work/$k/target/cargo-timings/cargo-timing.html"
  if command -v python3 >/dev/null 2>&1 && [ -f "$report" ]; then
    echo
    echo "($k): the 15 longest units (cargo build --timings, $report)"
    python3 - "$report" <<'EOF'
import json, re, sys
html = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
for u in sorted(data, key=lambda u: -u["duration"])[:15]:
    target = u.get("target", "").strip() or "lib"
    print(f'{u["duration"]:7.1f} s  {u["name"]} {u["version"]} {target}')
EOF
  fi
done
