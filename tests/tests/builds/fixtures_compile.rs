//! The code generated from each fixture spec compiles with the whole `exa-client` crate, typed
//! mocks included (feature `mock`): the crate is built once with `EXA_OPENAPI_DIR` set to a
//! folder holding the fixtures, each under the file name that gives its module
//! (`exa-agent-draft.yaml` for `exa-agent-full.yaml`, a larger hand-written Agent document whose
//! shapes differ from the published one, so that the Agent helpers, written for the published
//! shapes, do not apply; `search-api.yaml` as `search-catalog.yaml`, a module the crate declares
//! no feature for, whose own name is the Search helpers' module; Exa's published Search and
//! Websets documents, without the Agent document; Resend's published document, from the corpus
//! of other APIs). A failure names the module rustc stopped in.
//!
//! `cargo check`, which type-checks the whole crate and skips code generation, the part of a
//! debug build that the fixtures' size drives and no fixture can make fail (nothing is run).
//! The builds go into `target/nested`, the target directory of every build a test starts, so
//! that the main build is not invalidated; they compile in the main build directory, so a
//! dependency the main build compiled with the same features is not compiled again. Later runs
//! only rebuild what the fixtures change.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use exa_client_tests::{
    fresh_artifacts, is_package, nested_cargo, nested_target, nested_turn, out_dir, workspace,
    write_if_changed,
};

/// `cargo check --offline` in `dir` with the nested target directory and, when given, the
/// documents of `openapi` (`EXA_OPENAPI_DIR`), timed.
fn cargo_check(dir: &Path, args: &[&str], openapi: Option<&Path>) -> (Output, Duration) {
    // The builds share a target directory: they take turns, so that each time measured is that
    // build's own and not a wait for cargo's lock.
    let _turn = nested_turn();
    let mut command = nested_cargo(dir);
    command
        .args([
            "check",
            "--offline",
            "--message-format=json-render-diagnostics",
        ])
        .args(args);
    if let Some(dir) = openapi {
        command.env("EXA_OPENAPI_DIR", dir);
    }
    let start = Instant::now();
    let output = command.output().expect("cargo runs");
    (output, start.elapsed())
}

/// A folder of documents for `EXA_OPENAPI_DIR` in the nested target directory: each fixture
/// (relative to the workspace) under the file name that gives its module. Files that are not
/// listed are removed; unchanged ones keep their time stamps.
fn documents_dir(name: &str, fixtures: &[(&str, &str)]) -> PathBuf {
    let dir = nested_target().join(format!("openapi-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let keep = fixtures
            .iter()
            .any(|(_, file)| entry.file_name().to_str() == Some(file));
        if !keep {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    for (fixture, file) in fixtures {
        write_if_changed(
            &dir.join(file),
            std::fs::read(workspace().join(fixture)).unwrap(),
        );
    }
    dir
}

/// What one module's generation wrote to `OUT_DIR`.
struct Module {
    code: String,
    mocks: String,
}

/// Each fixture (relative to the workspace) under the file name that gives its module.
const FIXTURES: &[(&str, &str)] = &[
    ("tests/fixtures/exa-agent-full.yaml", "exa-agent-draft.yaml"),
    ("tests/fixtures/search-api.yaml", "search-catalog.yaml"),
    ("openapi/exa-search.yaml", "exa-search.yaml"),
    ("openapi/exa-websets.yaml", "exa-websets.yaml"),
    ("tests/fixtures/corpus/resend.yaml", "resend.yaml"),
];

/// The modules of [`FIXTURES`], and the one they leave out (no Agent document: the facade
/// builds without the Agent API's helpers).
const MODULES: &[&str] = &[
    "agent_draft",
    "search_catalog",
    "search",
    "websets",
    "resend",
];

/// The check of the fixtures: the features of the two documents that have one, and the optional
/// dependencies of the default build (the same compiled dependencies as `documents_build.rs`,
/// and a feature set of its own, so that neither build's client undoes the other's).
const CHECK: &[&str] = &[
    "-p",
    "exa-client",
    "--no-default-features",
    "--features",
    "generate,schemars,mock,search,websets",
    "--locked",
];

/// Checks `exa-client` (feature `mock`, the facade included) once, from every fixture together
/// (one crate with five modules costs one compile of the facade and of the build script, not
/// five), and returns what `module` generated.
fn generated(module: &str) -> &'static Module {
    static BUILT: OnceLock<Result<BTreeMap<&'static str, Module>, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let dir = documents_dir("fixtures", FIXTURES);
        let (output, took) = cargo_check(&workspace(), CHECK, Some(&dir));
        println!(
            "{}: cargo check -p exa-client took {took:.1?}",
            dir.display()
        );
        if !output.status.success() {
            return Err(format!(
                "exa-client generated from {} does not compile ({}):\n{}",
                dir.display(),
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        // What was compiled is the fixtures' client, not the vendored one.
        let out = out_dir(&output.stdout, "exa-client").ok_or("exa-client's build script ran")?;
        let read = |file: String| {
            std::fs::read_to_string(out.join(&file))
                .map_err(|e| format!("{file} in {}: {e}", out.display()))
        };
        let declared = read("documents.rs".into())?;
        for module in MODULES.iter().chain(&["agent"]) {
            // One line per document for `declare::documents!`.
            let is_declared = declared.contains(&format!(")] {module} \""));
            if is_declared != MODULES.contains(module) {
                return Err(format!(
                    "module {module} declared: {is_declared}, in {}",
                    out.display()
                ));
            }
        }
        MODULES
            .iter()
            .map(|module| {
                Ok((
                    *module,
                    Module {
                        code: read(format!("{module}.rs"))?,
                        mocks: read(format!("{module}_mocks.rs"))?,
                    },
                ))
            })
            .collect()
    });
    match built {
        Ok(modules) => &modules[module],
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn full_agent_fixture_compiles_with_the_facade() {
    let agent = generated("agent_draft");
    for method in [
        "pub fn list_agent_runs(",
        "pub fn create_agent_run(",
        "pub fn delete_agent_run(",
        "pub fn update_webhook(",
    ] {
        assert!(agent.code.contains(method), "{method}");
    }
    assert!(agent.mocks.contains("fn delete_agent_run"), "a typed stub");
}

#[test]
fn search_api_fixture_compiles_as_a_module_of_its_own() {
    let generated = generated("search_catalog");
    for method in ["pub fn find_similar(", "pub fn upload_import_file("] {
        assert!(generated.code.contains(method), "{method}");
    }
    // Array query parameters (`expand`, `endpoints`) get matchers that compile.
    assert!(generated.mocks.contains("fn endpoints"), "a typed matcher");
}

/// Exa's own published Search and Websets documents (`openapi/README.md`), without the Agent
/// document: the facade builds without the Agent API's helpers.
#[test]
fn exa_published_search_and_websets_specs_compile_without_the_agent_document() {
    let (search, websets) = (generated("search"), generated("websets"));
    assert!(
        search.code.contains("pub fn search("),
        "the search operation"
    );
    // An inline copy of a component (`Monitor.cadence`) yields one `MonitorCadence` type and
    // one builder, not two of each.
    let copies = websets.code.matches("pub struct MonitorCadence {").count();
    assert_eq!(copies, 2);
}

/// A published document of another API from the corpus (`tests/fixtures/corpus/`, 103
/// operations): it compiles as a module of `exa-client`, typed mocks included, beside the
/// facade.
#[test]
fn a_published_document_of_another_api_compiles_as_a_module_of_its_own() {
    let resend = generated("resend");
    assert!(resend.code.contains("pub fn emails_send("), "an operation");
    assert!(resend.mocks.contains("fn emails_send<F>("), "a typed stub");
}

/// A document without helpers of its own (every fixture but Search and Websets, as any
/// document a team adds) leaves the next build with the same documents fresh: the build script
/// watched a helpers file that does not exist, so every build reran it and recompiled the crate.
#[test]
fn a_second_build_of_the_same_documents_reruns_and_recompiles_nothing() {
    generated("resend");
    let dir = documents_dir("fixtures", FIXTURES);
    let (output, _) = cargo_check(&workspace(), CHECK, Some(&dir));
    // The script's own messages carry no `fresh`; a rerun leaves the library not fresh.
    let fresh = fresh_artifacts(&output.stdout, |m| is_package(m, "exa-client"));
    assert!(!fresh.is_empty(), "no message about exa-client");
    assert!(fresh.iter().all(|fresh| *fresh), "{fresh:?}");
}
