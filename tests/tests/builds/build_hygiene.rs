//! Build hygiene of `exa-client`: its build script regenerates the client when a document of
//! `client/openapi/` changes, and only then. An edit to a facade source recompiles the crate without rerunning the
//! generator.
//!
//! The edits are made on a copy of the workspace in `target/hygiene-ws`, built into
//! `target/nested` (shared with the other builds tests start, apart from the main build's
//! outputs).

use std::io::Write;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant, SystemTime};

use exa_client_tests::{
    DOCUMENT_PACKAGES, WORKSPACE_PACKAGES, keep_apart, nested_cargo, nested_turn, workspace,
    write_if_changed,
};

/// Copies `from` to `to` file by file, writing only files whose contents differ.
fn sync(from: &Path, to: &Path) {
    if from.is_dir() {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            sync(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        write_if_changed(to, std::fs::read(from).unwrap());
    }
}

/// The copy's packages are hashed like the real workspace's (relative to the workspace root):
/// all of them in units apart from those of the main build and of the other builds tests start
/// (another value than theirs), or each build would undo the other (a rerun of the generator, a
/// recompile, a library replaced under the main build's doctests).
const APART: u32 = 254;

/// The members `exa-client` needs, and the others as manifests and sources only, so that the
/// copied `Cargo.lock` stays exact under `--locked`.
fn copy_workspace(to: &Path) {
    let root = workspace();
    for path in [
        "Cargo.toml",
        "Cargo.lock",
        "build-tools",
        "client",
        "spec",
        "tests/Cargo.toml",
        "tests/src",
        "cli/Cargo.toml",
        "cli/src",
    ] {
        sync(&root.join(path), &to.join(path));
    }
}

fn build(ws: &Path) -> (Output, Duration) {
    let start = Instant::now();
    let output = nested_cargo(ws)
        .args(keep_apart(&WORKSPACE_PACKAGES, APART))
        // The Agent module alone, the document the test edits: the five others would be
        // compiled three times over for nothing this test looks at. `schemars` and `mock`: the
        // optional dependencies of the fixture builds, whose compiled dependencies these share.
        // `check`: the build script runs and the crate is compiled as in a build; code
        // generation, which decides nothing here, is left out.
        .args([
            "check",
            "-p",
            "exa-client",
            "--no-default-features",
            "--features",
            "generate,agent,schemars,mock",
            "--offline",
            "--locked",
            "-vv",
        ])
        .output()
        .expect("cargo runs");
    let took = start.elapsed();
    assert!(
        output.status.success(),
        "cargo check failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    (output, took)
}

/// `Running `... /build/exa-client-<hash>/build-script-build``: cargo ran the generator.
fn build_script_ran(output: &Output) -> bool {
    String::from_utf8_lossy(&output.stderr).lines().any(|l| {
        let l = l.trim();
        l.starts_with("Running `")
            && l.contains("/build/exa-client-")
            && l.ends_with("/build-script-build`")
    })
}

/// `Running `rustc --crate-name exa_client ...``: cargo recompiled the crate.
fn crate_compiled(output: &Output) -> bool {
    String::from_utf8_lossy(&output.stderr).lines().any(|l| {
        let l = l.trim();
        l.starts_with("Running `") && l.contains("--crate-name exa_client ")
    })
}

fn append(path: &Path, line: &str) {
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    writeln!(file, "{line}").unwrap();
}

#[test]
fn only_a_spec_edit_reruns_the_generator() {
    // No other build of the same crate in `target/nested` between these: each is checked for
    // what it recompiled.
    let _turn = nested_turn();
    let started = Instant::now();
    let ws = workspace().join("target/hygiene-ws");
    copy_workspace(&ws);
    let stamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();

    let (_, first) = build(&ws);
    println!("hygiene: first build {first:.1?}");

    append(
        &ws.join("client/src/ids.rs"),
        &format!("// hygiene test: a facade edit ({stamp})"),
    );
    let (facade, took) = build(&ws);
    println!("hygiene: build after a facade edit {took:.1?}");
    let log = String::from_utf8_lossy(&facade.stderr);
    assert!(
        crate_compiled(&facade),
        "the facade edit was not rebuilt:\n{log}"
    );
    assert!(
        !build_script_ran(&facade),
        "a facade edit reran exa-client's build script:\n{log}"
    );

    append(
        &ws.join("client/openapi/exa-agent.yaml"),
        &format!("# hygiene test: a spec edit ({stamp})"),
    );
    let (spec, took) = build(&ws);
    println!("hygiene: build after a spec edit {took:.1?}");
    let log = String::from_utf8_lossy(&spec.stderr);
    assert!(
        build_script_ran(&spec),
        "a spec edit did not rerun exa-client's build script:\n{log}"
    );
    // With -vv cargo echoes what the build script printed, on its standard output.
    let echoed = String::from_utf8_lossy(&spec.stdout);
    assert!(
        echoed.contains("[exa-client 0.1.0] cargo::rerun-if-changed="),
        "the build script's output is not echoed:\n{echoed}"
    );

    let (unchanged, took) = build(&ws);
    println!("hygiene: build with no edit {took:.1?}");
    assert!(
        !build_script_ran(&unchanged) && !crate_compiled(&unchanged),
        "a build with no edit was not fresh:\n{}",
        String::from_utf8_lossy(&unchanged.stderr)
    );
    println!("hygiene: whole test {:.1?}", started.elapsed());
}

#[test]
fn every_package_is_kept_apart_in_the_copy_and_each_that_reads_the_documents_in_every_build() {
    // A package left out would be compiled by the builds tests start into the main build's own
    // units (see `WORKSPACE_PACKAGES`); the doctests, which run last, would then fail to load it.
    let output = std::process::Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let mut members: Vec<&str> = packages.iter().filter_map(|p| p["name"].as_str()).collect();
    members.sort_unstable();
    assert_eq!(members, WORKSPACE_PACKAGES);

    let mut reading: Vec<&str> = packages
        .iter()
        .filter(|p| {
            let manifest = Path::new(p["manifest_path"].as_str().unwrap());
            std::fs::read_to_string(manifest.with_file_name("build.rs"))
                .is_ok_and(|script| script.contains("EXA_OPENAPI_DIR"))
        })
        .filter_map(|p| p["name"].as_str())
        .collect();
    reading.sort_unstable();
    assert_eq!(reading, DOCUMENT_PACKAGES);
}
