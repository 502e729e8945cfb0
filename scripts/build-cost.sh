#!/usr/bin/env bash
# What depending on exa-client costs a cold build, against the floor any reqwest-based API
# client pays. Run by hand (not part of the tests); the figures go in BENCHMARKS.md.
#
#   scripts/build-cost.sh [WORK_DIR]      (default: target/build-cost)
#
# Writes three crates outside the workspace (each with its own `[workspace]` and a copy of the
# workspace's Cargo.lock) and cold-builds each, one after the other, with a fresh target dir of
# its own, `cargo build --offline`, dev profile:
#   (a) floor: reqwest (the workspace's features), serde, serde_json, tokio, progenitor-client;
#   (b) exa-client (path dependency) with `default-features = false, features = ["agent"]`,
#       calling `exa.agent().delete(..)`;
#   (c) the same with exa-client's default features (every document).
# Prints wall time, compiled rlibs and compiled units of each, the ratios b/a and c/a, and the
# largest units of (b) from `cargo build --timings`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$root/target/build-cost}"
rm -rf "$work"
mkdir -p "$work"

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

mkdir -p "$work/a/src" "$work/b/src" "$work/c/src"
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
manifest cost-default "exa-client = { path = \"$root/client\" }" >"$work/c/Cargo.toml"
echo "$main_b" >"$work/b/src/main.rs"
echo "$main_b" >"$work/c/src/main.rs"

declare -A secs rlibs units
for k in a b c; do
  cp "$root/Cargo.lock" "$work/$k/Cargo.lock"
  extra=()
  [ "$k" = b ] && extra=(--timings)
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
echo "| (c) exa-client, default features | $(printf %.1f "${secs[c]}") s | ${rlibs[c]} | ${units[c]} |"
echo
echo "b/a: time $(ratio "${secs[b]}" "${secs[a]}"), rlibs $(ratio "${rlibs[b]}" "${rlibs[a]}")"
echo "c/a: time $(ratio "${secs[c]}" "${secs[a]}"), rlibs $(ratio "${rlibs[c]}" "${rlibs[a]}")"

# The largest units of (b): the UNIT_DATA table of cargo's timings report.
report="$work/b/target/cargo-timings/cargo-timing.html"
if command -v python3 >/dev/null 2>&1 && [ -f "$report" ]; then
  echo
  echo "(b): the 15 longest units (cargo build --timings, $report)"
  python3 - "$report" <<'EOF'
import json, re, sys
html = open(sys.argv[1]).read()
data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
for u in sorted(data, key=lambda u: -u["duration"])[:15]:
    target = u.get("target", "").strip() or "lib"
    print(f'{u["duration"]:7.1f} s  {u["name"]} {u["version"]} {target}')
EOF
fi
