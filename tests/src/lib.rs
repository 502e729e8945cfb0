//! Helpers shared by the integration tests of `exa-client`: a client set up for a local
//! server, the API's bodies, a raw TCP server for what httpmock cannot produce, and Prism.

pub mod prism;
pub mod raw;
pub mod recorder;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use exa_client::{Exa, ExaBuilder, RetryPolicy};
use httpmock::{Method, MockServer, When};
use serde_json::{Value, json};

/// The key every test client sends; it must never show up in output.
pub const KEY: &str = "sk-test-SECRET-123";

/// Retries with short waits, so that a test with retries stays fast.
pub fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(60),
    }
}

/// A builder with [`KEY`], `base_url` and [`fast_retries`].
pub fn builder(base_url: impl Into<String>, retries: u32) -> ExaBuilder {
    Exa::builder()
        .api_key(KEY)
        .base_url(base_url)
        .retry_policy(fast_retries(retries))
}

/// A client of `server` from [`builder`], with two retries.
pub fn client(server: &MockServer) -> Exa {
    builder(server.base_url(), 2)
        .build()
        .expect("client builds")
}

/// What every request of a document with no default `Exa-Beta` carries: `method` on `path`,
/// the key, and no `Exa-Beta`.
pub fn expect(when: When, method: Method, path: &str) -> When {
    when.method(method)
        .path(path)
        .header("x-api-key", KEY)
        .header_missing("exa-beta")
}

/// The API's error envelope.
pub fn error_body(kind: &str, code: &str, message: &str) -> Value {
    json!({ "error": { "type": kind, "code": code, "message": message } })
}

/// The API's answer to a successful delete.
pub fn deleted_body(id: &str) -> Value {
    json!({ "id": id, "object": "agent_run.deleted", "deleted": true })
}

/// The workspace root (`tests/` is one of its members).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
        .to_path_buf()
}

/// Writes `contents` unless `path` already holds it, so that an unchanged file stays fresh for
/// cargo.
pub fn write_if_changed(path: &Path, contents: impl AsRef<[u8]>) {
    let contents = contents.as_ref();
    if std::fs::read(path).ok().as_deref() != Some(contents) {
        std::fs::create_dir_all(path.parent().expect("a file has a parent")).expect("mkdir -p");
        std::fs::write(path, contents).expect("write");
    }
}

/// Whether this is a CI run: `CI` set, and not empty, `0` or `false`. There a test whose tool
/// is missing fails instead of skipping.
pub fn in_ci() -> bool {
    std::env::var_os("CI")
        .is_some_and(|v| !(v.is_empty() || v == "0" || v.eq_ignore_ascii_case("false")))
}

/// The one target directory of every cargo build a test starts (fixture documents, build
/// hygiene, the packaged and the checked-out client), kept between runs: what these builds
/// produce (binaries, libraries) lands here, apart from the main build's.
pub fn nested_target() -> PathBuf {
    workspace().join("target/nested")
}

/// The build directory of the `cargo test` that built this test (the one above the running
/// binary's `<profile>/deps/`), where the builds a test starts compile too: a dependency with the
/// same features and profile is one unit with one hash for cargo, so the tokio, rustls, syn or
/// serde the main build compiled is reused instead of compiled again. Their own outputs stay in
/// [`nested_target`], so no such build replaces a binary another test runs.
pub fn build_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    exe.ancestors()
        .nth(3)
        .expect("a test binary is in <build-dir>/<profile>/deps/")
        .to_path_buf()
}

/// A turn at [`nested_target`] for builds whose outcome a test reads: held for one build and
/// the reading of what it generated, or for a sequence of builds whose freshness a test checks,
/// so that another test's build of the same crate with other documents or features, in the
/// same test binary, does not run in between. Cargo's own lock covers one build only.
pub fn nested_turn() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Every package of the workspace. Cargo hashes a path package relative to its workspace root,
/// so a copy of the workspace (other paths, newer time stamps) would compile them into the same
/// units as the main build and replace libraries its test binaries and doctests were linked
/// against: a copy keeps them all apart ([`keep_apart`]).
pub const WORKSPACE_PACKAGES: [&str; 5] = [
    "exa-agent",
    "exa-build-tools",
    "exa-client",
    "exa-client-tests",
    "exa-spec",
];

/// The packages whose build reads `EXA_OPENAPI_DIR`: a build a test starts with other documents
/// would rewrite the main build's generated code if it shared their units, so every such build
/// keeps them apart. The others (`exa-spec`, `exa-build-tools`) depend on nothing a test
/// changes and are shared with the main build.
pub const DOCUMENT_PACKAGES: [&str; 2] = ["exa-agent", "exa-client"];

/// `--config` arguments that give `packages` units of their own: `codegen-units = apart`, a
/// profile setting that is part of a unit's hash and changes nothing the tests look at. A later
/// `--config` of the same key wins.
pub fn keep_apart(packages: &[&str], apart: u32) -> Vec<String> {
    packages
        .iter()
        .flat_map(|package| {
            [
                "--config".to_string(),
                format!("profile.dev.package.{package}.codegen-units={apart}"),
            ]
        })
        .collect()
}

/// `cargo` for a build a test starts, run in `dir`: compiling in [`build_dir`] into
/// [`nested_target`], without debug info or an incremental cache (no one debugs or edits these
/// builds, and those were most of their size; the main build has no debug info either, so that
/// their dependencies are the same units), with [`DOCUMENT_PACKAGES`] in units of their own, and
/// without the test's own `EXA_OPENAPI_DIR` (a caller that wants one sets it).
pub fn nested_cargo(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO"));
    command
        .args(keep_apart(&DOCUMENT_PACKAGES, 255))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", nested_target())
        .env("CARGO_BUILD_BUILD_DIR", build_dir())
        .env("CARGO_PROFILE_DEV_DEBUG", "false")
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("EXA_OPENAPI_DIR");
    command
}

/// Whether cargo's JSON message `message` is about `package` (its `package_id` names it).
pub fn is_package(message: &Value, package: &str) -> bool {
    message["package_id"]
        .as_str()
        .is_some_and(|id| id.contains(&format!("#{package}@")))
}

/// Cargo's JSON messages (`--message-format=json…`) in a build's standard output.
fn cargo_messages(stdout: &[u8]) -> impl Iterator<Item = Value> + '_ {
    stdout
        .split(|b| *b == b'\n')
        .filter_map(|line| serde_json::from_slice(line).ok())
}

/// The `OUT_DIR` of the build script of `package`, from cargo's JSON messages.
pub fn out_dir(stdout: &[u8], package: &str) -> Option<PathBuf> {
    cargo_messages(stdout)
        .filter(|m| m["reason"] == "build-script-executed")
        .find(|m| is_package(m, package))
        .and_then(|m| m["out_dir"].as_str().map(PathBuf::from))
}

/// Whether each compiled artifact that `which` selects was fresh (reused, not compiled), from
/// cargo's JSON messages; empty when cargo reported none.
pub fn fresh_artifacts(stdout: &[u8], which: impl Fn(&Value) -> bool) -> Vec<bool> {
    cargo_messages(stdout)
        .filter(|m| m["reason"] == "compiler-artifact" && which(m))
        .map(|m| m["fresh"] == true)
        .collect()
}

/// A `Batch` as `GET /batches/{id}` answers it, in status `status`, with `results_url` once it
/// has one.
pub fn batch_body(id: &str, status: &str, results_url: Option<&str>) -> Value {
    serde_json::json!({
        "id": id,
        "object": "batch",
        "status": status,
        "requestCounts": {"total": 2, "completed": 2, "failed": 0},
        "createdAt": "2026-06-06T12:00:00Z",
        "expiresAt": null,
        "endedAt": null,
        "resultsUrl": results_url,
        "metadata": {}
    })
}
