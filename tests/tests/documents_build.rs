//! What a team that regenerates sees when `openapi/` changes: the crate builds with whatever
//! documents it holds, a helper whose operation is gone is left out, a schema a helper names
//! that is gone, or whose fields changed shape, stops the build with one message (never a rustc
//! error in hand-written code), and a new document becomes a module.
//!
//! Each case checks `exa-client` (`cargo check`: the build script and every type, no code
//! generation) with `EXA_OPENAPI_DIR` set to a folder of its own, in the
//! target directory of the builds tests start (`target/nested`), so that the main build is not
//! invalidated. Alone in its test binary: the fixture builds (`builds/fixtures_compile.rs`) and
//! the hygiene builds compile the same crate there with other documents and features, and a
//! build run between one of these builds and the reading of its build script's output could
//! rewrite that output.

use std::path::{Path, PathBuf};
use std::process::Output;

use exa_client_tests::{nested_cargo, out_dir, workspace, write_if_changed};
use serde_json::Value;

fn build(openapi: &Path, features: &[&str]) -> Output {
    let mut command = nested_cargo(&workspace());
    command
        .args(["check", "--offline", "--locked", "-p", "exa-client"])
        .arg("--message-format=json-render-diagnostics")
        .env("EXA_OPENAPI_DIR", openapi);
    // `mock` in every case, and `generate` and `schemars` where the documents' features are
    // named: the optional dependencies of the fixture builds (`builds/fixtures_compile.rs`), so
    // that these builds share their compiled dependencies.
    if features.is_empty() {
        command.args(["--features", "mock"]);
    } else {
        let features = [features, &["generate", "schemars", "mock"]]
            .concat()
            .join(",");
        command.args(["--no-default-features", "--features", &features]);
    }
    command.output().expect("cargo runs")
}

/// A folder of documents for one case, under `target/`.
fn folder(case: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = workspace().join("target/openapi-cases").join(case);
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        write_if_changed(&dir.join(name), text);
    }
    dir
}

fn vendored(name: &str) -> String {
    std::fs::read_to_string(workspace().join("openapi").join(name)).expect("vendored document")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The modules the build's generated `documents.rs` declares (one line each for
/// `declare::documents!`).
fn modules_built(output: &Output) -> Vec<String> {
    let out_dir = out_dir(&output.stdout, "exa-client").expect("exa-client's build script ran");
    std::fs::read_to_string(out_dir.join("documents.rs"))
        .expect("documents.rs")
        .lines()
        .filter_map(|l| l.trim().strip_prefix("#[cfg(exa_document = \""))
        .filter_map(|l| l.split_once(")] "))
        .filter_map(|(_, declared)| declared.split_whitespace().next())
        .map(String::from)
        .collect()
}

#[test]
fn an_agent_document_without_delete_builds_and_leaves_the_delete_helper_out() {
    let mut agent: Value = exa_build_tools::load(&workspace().join("openapi/exa-agent.yaml"))
        .expect("the vendored Agent document loads");
    let item = agent["paths"]["/agent/runs/{id}"]
        .as_object_mut()
        .expect("the run path");
    assert!(item.remove("delete").is_some());
    let dir = folder(
        "agent-without-delete",
        &[("exa-agent.json", agent.to_string())],
    );
    let output = build(&dir, &["agent"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(modules_built(&output), ["agent"]);
}

#[test]
fn a_renamed_error_schema_builds_because_errors_are_read_by_whatever_schema_is_declared() {
    let renamed = vendored("exa-agent.yaml")
        .replace("schemas/AgentError'", "schemas/AgentProblem'")
        .replace("\n    AgentError:\n", "\n    AgentProblem:\n");
    let dir = folder("agent-error-renamed", &[("exa-agent.yaml", renamed)]);
    let output = build(&dir, &["agent"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// A component schema of `document` that the helpers of `module` name (read from their source
/// as the build reads it), renamed in the document's text.
fn rename_a_helper_type(module: &str, document: &str) -> (String, String) {
    let helpers = std::fs::read_to_string(workspace().join(format!("client/src/{module}_api.rs")))
        .expect("the helpers");
    let text = vendored(document);
    let named = exa_build_tools::helpers::helper_types(&helpers).expect("helpers parse");
    let name = named
        .iter()
        .map(|t| t.name.clone())
        .find(|name| text.contains(&format!("\n    {name}:\n")))
        .expect("a helper names a component schema");
    let renamed = text
        .replace(
            &format!("schemas/{name}'"),
            &format!("schemas/{name}Renamed'"),
        )
        .replace(
            &format!("schemas/{name}\""),
            &format!("schemas/{name}Renamed\""),
        )
        .replace(
            &format!("\n    {name}:\n"),
            &format!("\n    {name}Renamed:\n"),
        );
    (name, renamed)
}

#[test]
fn a_renamed_schema_a_helper_names_stops_the_build_with_one_message_per_document() {
    let cases = [
        ("agent", "exa-agent.yaml"),
        ("search", "exa-search.yaml"),
        ("websets", "exa-websets.yaml"),
    ];
    let renamed: Vec<(&str, String, String)> = cases
        .iter()
        .map(|(module, file)| {
            let (name, text) = rename_a_helper_type(module, file);
            (*file, name, text)
        })
        .collect();
    let files: Vec<(&str, String)> = renamed.iter().map(|(f, _, t)| (*f, t.clone())).collect();
    let dir = folder("helper-types-renamed", &files);
    let output = build(&dir, &["agent", "search", "websets"]);
    let stderr = stderr(&output);
    assert!(!output.status.success());
    assert!(!stderr.contains("error["), "a rustc error: {stderr}");
    for (file, name, _) in &renamed {
        let line = stderr
            .lines()
            .find(|l| l.contains(*file) && l.contains("no longer generates"))
            .unwrap_or_else(|| panic!("no message for {file}: {stderr}"));
        assert!(line.contains(&format!("`{name}`")), "{line}");
    }
    assert_eq!(stderr.matches("no longer generates").count(), 3, "{stderr}");
}

#[test]
fn a_field_of_a_helper_type_that_changes_type_stops_the_build_with_one_message() {
    let vendored = vendored("exa-agent.yaml");
    let was = "        hasMore:\n          type: boolean\n";
    assert!(vendored.contains(was), "the list's hasMore");
    let changed = vendored.replace(was, "        hasMore:\n          type: string\n");
    let dir = folder("agent-has-more-string", &[("exa-agent.yaml", changed)]);
    let output = build(&dir, &["agent"]);
    let stderr = stderr(&output);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("exa-agent.yaml"), "{stderr}");
    assert!(
        stderr.contains("field `has_more` of `AgentRunList` changes type from `bool` to `String`"),
        "{stderr}"
    );
    assert!(!stderr.contains("error["), "a rustc error: {stderr}");
    assert_eq!(
        stderr
            .matches("a type the client's helpers name changed shape")
            .count(),
        1,
        "{stderr}"
    );
}

#[test]
fn an_openapi_folder_with_the_search_document_alone_builds_the_search_module_alone() {
    let dir = folder(
        "search-alone",
        &[("exa-search.yaml", vendored("exa-search.yaml"))],
    );
    let output = build(&dir, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(modules_built(&output), ["search"]);
}

#[test]
fn a_fourth_document_dropped_in_becomes_a_fourth_module() {
    let extra = std::fs::read_to_string(workspace().join("tests/fixtures/search-api.yaml"))
        .expect("fixture");
    let dir = folder(
        "four-documents",
        &[
            ("exa-agent.yaml", vendored("exa-agent.yaml")),
            ("exa-search.yaml", vendored("exa-search.yaml")),
            ("exa-websets.yaml", vendored("exa-websets.yaml")),
            ("exa-catalog.yaml", extra),
        ],
    );
    let output = build(&dir, &[]);
    let stderr = stderr(&output);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        modules_built(&output),
        ["agent", "catalog", "search", "websets"]
    );
    // No feature declares it: it is always built, and the build says how to make it optional.
    assert!(
        stderr.contains("exa-catalog.yaml is always built"),
        "{stderr}"
    );
}
