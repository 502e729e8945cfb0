//! The code generated from each fixture spec compiles, typed mocks included:
//! `exa-agent-full.yaml` with the whole `exa-client` crate (facade included, feature `mock`);
//! `search-api.yaml` and Exa's published Search and Websets documents (no Agent operations, so
//! no facade) as the generated modules alone in a minimal crate each.
//!
//! Both build into `target/fixture-build`, a target directory of their own so that the main
//! build is not invalidated; they share its dependencies. The first run compiles those once
//! (a few minutes on two cores); later runs only rebuild what the fixtures change.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use exa_build_tools::{Generated, build_client};
use exa_client_tests::{workspace, write_if_changed};
use serde_json::Value;

fn fixture_target() -> PathBuf {
    workspace().join("target/fixture-build")
}

/// The two builds share a target directory: they take turns, so that each time measured is
/// that build's own and not a wait for cargo's lock.
static TARGET_DIR: Mutex<()> = Mutex::new(());

/// `cargo build --offline` in `dir` with the fixture target directory, timed.
fn cargo_build(dir: &Path, args: &[&str], spec: Option<&Path>) -> (Output, Duration) {
    let _turn = TARGET_DIR.lock().unwrap_or_else(|e| e.into_inner());
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(dir)
        .args([
            "build",
            "--offline",
            "--message-format=json-render-diagnostics",
        ])
        .args(args)
        .env("CARGO_TARGET_DIR", fixture_target());
    match spec {
        Some(spec) => command.env("EXA_OPENAPI_SPEC", spec),
        None => command.env_remove("EXA_OPENAPI_SPEC"),
    };
    let start = Instant::now();
    let output = command.output().expect("cargo runs");
    (output, start.elapsed())
}

fn assert_built(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} does not compile ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The `OUT_DIR` of the build script of `package`, from cargo's JSON messages.
fn out_dir(stdout: &[u8], package: &str) -> Option<PathBuf> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "build-script-executed")
        .find(|m| {
            m["package_id"]
                .as_str()
                .is_some_and(|id| id.contains(&format!("#{package}@")))
        })
        .and_then(|m| m["out_dir"].as_str().map(PathBuf::from))
}

#[test]
fn full_agent_fixture_compiles_with_the_facade() {
    let spec = workspace().join("tests/fixtures/exa-agent-full.yaml");
    let (output, took) = cargo_build(
        &workspace(),
        &["-p", "exa-client", "--features", "mock", "--locked"],
        Some(&spec),
    );
    println!("exa-agent-full.yaml: cargo build -p exa-client took {took:.1?}");
    assert_built("exa-client generated from exa-agent-full.yaml", &output);

    // What was compiled is the fixture's client, not the vendored one.
    let out = out_dir(&output.stdout, "exa-client").expect("exa-client's build script ran");
    let code = std::fs::read_to_string(out.join("codegen.rs")).unwrap();
    for method in [
        "pub fn list_agent_runs(",
        "pub fn create_agent_run(",
        "pub fn delete_agent_run(",
        "pub fn update_webhook(",
    ] {
        assert!(code.contains(method), "{method} in {}", out.display());
    }
}

/// Dependency lines of the root `[workspace.dependencies]` table, by name.
fn workspace_dependency(manifest: &str, name: &str) -> String {
    let table = manifest
        .split("[workspace.dependencies]")
        .nth(1)
        .expect("the root manifest has [workspace.dependencies]");
    let table = table.split("\n[").next().unwrap_or(table);
    table
        .lines()
        .find(|l| l.split('=').next().map(str::trim) == Some(name))
        .unwrap_or_else(|| panic!("{name} is not in [workspace.dependencies]"))
        .to_string()
}

/// What the generated code uses, then the rest of exa-client's dependencies: with the same
/// dependencies and features, every shared crate is the one the other fixture build compiled.
const DEPENDENCIES: &[&str] = &[
    "progenitor-client",
    "reqwest",
    "serde",
    "serde_json",
    "schemars",
    "regress",
    "chrono",
    "uuid",
    "bytes",
    "httpdate",
    "percent-encoding",
    "rand",
    "thiserror",
    "tokio",
    "tracing",
    "url",
    "httpmock",
    "regex",
];

const LIB_RS: &str = r#"//! The code exa-build-tools generates from one fixture spec, alone.

pub mod hooks {
    #[derive(Clone, Debug, Default)]
    pub struct HookState;
}

#[allow(
    missing_docs,
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    unreachable_patterns
)]
pub mod generated {
    include!("codegen.rs");
}

#[allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code)]
pub mod mock {
    include!("mocks.rs");
}
"#;

/// Generates the client of `spec` (relative to the workspace) and builds it, with its mocks, as
/// a crate of its own in the fixture target directory.
fn builds_alone(spec: &str) -> Generated {
    let spec = workspace().join(spec);
    let (generated, _) = build_client(&spec).unwrap_or_else(|e| panic!("{e}"));
    let name = spec
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("a file name");

    let root = workspace();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let dependencies: Vec<String> = DEPENDENCIES
        .iter()
        .map(|name| workspace_dependency(&manifest, name))
        .collect();
    let cargo_toml = format!(
        "[package]\nname = \"{name}-fixture\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\npath = \"src/lib.rs\"\n\n[dependencies]\n{}\n\n\
         [workspace]\n\n[profile.dev.package.\"*\"]\ndebug = false\n",
        dependencies.join("\n")
    );

    let krate = fixture_target().join(format!("{name}-crate"));
    write_if_changed(&krate.join("Cargo.toml"), &cargo_toml);
    write_if_changed(&krate.join("src/lib.rs"), LIB_RS);
    write_if_changed(&krate.join("src/codegen.rs"), &generated.code);
    write_if_changed(&krate.join("src/mocks.rs"), &generated.mocks);
    std::fs::copy(root.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();

    let (output, took) = cargo_build(&krate, &[], None);
    println!("{name}: cargo build of the generated modules took {took:.1?}");
    assert_built(
        &format!("the client generated from {}", spec.display()),
        &output,
    );
    generated
}

#[test]
fn search_api_fixture_compiles_as_a_crate() {
    let generated = builds_alone("tests/fixtures/search-api.yaml");
    for method in ["pub fn find_similar(", "pub fn upload_import_file("] {
        assert!(generated.code.contains(method), "{method}");
    }
    // Array query parameters (`expand`, `endpoints`) get matchers that compile.
    assert!(generated.mocks.contains("fn endpoints"), "a typed matcher");
}

/// Exa's own published documents (`tests/fixtures/published/README.md`).
#[test]
fn exa_published_search_spec_compiles() {
    let generated = builds_alone("tests/fixtures/published/exa-search.yaml");
    assert!(
        generated.code.contains("pub fn search("),
        "the search operation"
    );
}

#[test]
fn exa_published_websets_spec_compiles() {
    let generated = builds_alone("tests/fixtures/published/exa-websets.yaml");
    // An inline copy of a component (`Monitor.cadence`) yields one `MonitorCadence` type and
    // one builder, not two of each.
    let copies = generated
        .code
        .matches("pub struct MonitorCadence {")
        .count();
    assert_eq!(copies, 2);
}
