//! A document dropped into the folder of documents gains its commands with no hand edit: the
//! command line is built with `EXA_OPENAPI_DIR` pointing at the Agent document and a new one,
//! into the target directory of every build a test starts (`target/nested`), so that the main
//! build is not invalidated, compiling in the main build directory, so that the dependencies the
//! main build compiled with the same features are not compiled again. A rerun with the same
//! folder builds nothing.

use std::path::PathBuf;
use std::process::Command;

use exa_client_tests::{
    KEY, fresh_artifacts, nested_cargo, nested_target, workspace, write_if_changed,
};
use httpmock::prelude::*;
use serde_json::json;

use crate::common;
use common::checked;

/// Builds `exa` from the Agent document and `exa-catalog.yaml` (a fixture that is none of the
/// vendored documents), and returns the binary.
fn build_with_a_new_document() -> PathBuf {
    let dir = workspace().join("target/openapi-cases/cli-new-document");
    let agent = std::fs::read_to_string(workspace().join("openapi/exa-agent.yaml")).expect("agent");
    let catalog = std::fs::read_to_string(workspace().join("tests/fixtures/search-api.yaml"))
        .expect("fixture");
    write_if_changed(&dir.join("exa-agent.yaml"), agent);
    write_if_changed(&dir.join("exa-catalog.yaml"), catalog);
    let output = nested_cargo(&workspace())
        .args([
            "build",
            "--offline",
            "--locked",
            "-p",
            "exa-agent",
            "--bin",
            "exa",
            "--message-format=json-render-diagnostics",
        ])
        .env("EXA_OPENAPI_DIR", &dir)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Dependencies whose features no crate of the workspace changes: the main build compiled
    // them (aws-lc-sys's C build alone is about 20 s of CPU), so this build must find them.
    for target in ["serde_derive", "aws_lc_sys"] {
        let fresh = fresh_artifacts(&output.stdout, |m| m["target"]["name"] == target);
        assert!(
            !fresh.is_empty() && fresh.iter().all(|f| *f),
            "{target} was compiled again for the nested build (fresh: {fresh:?})"
        );
    }
    nested_target().join("debug/exa")
}

#[test]
fn a_new_document_gains_a_command_per_operation_that_sends_through_the_client() {
    let exa = build_with_a_new_document();

    let help = checked(
        Command::new(&exa)
            .args(["catalog", "--help"])
            .output()
            .expect("exa runs"),
    );
    assert_eq!(help.code, Some(0), "{}", help.stderr);
    for (command, summary) in [
        ("search", "Search"),
        ("get-contents", "Get contents"),
        ("find-similar", "Find similar"),
        ("answer", "Answer"),
        ("create-research-task", "Create a research task"),
        ("list-research-tasks", "List research tasks"),
        ("get-research-task", "Get a research task"),
        ("create-webset", "Create a Webset"),
    ] {
        assert!(
            help.stdout
                .lines()
                .any(|l| l.trim_start().starts_with(command) && l.trim_end().ends_with(summary)),
            "{command}: {}",
            help.stdout
        );
    }

    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/research/v1/research_1")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200)
            .json_body(json!({"researchId": "research_1", "status": "running"}));
    });
    let out = checked(
        Command::new(&exa)
            .args([
                "catalog",
                "get-research-task",
                "--research-id",
                "research_1",
            ])
            .env("EXA_API_KEY", KEY)
            .env("EXA_BASE_URL", server.base_url())
            .output()
            .expect("exa runs"),
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout.trim_end(),
        r#"{"researchId":"research_1","status":"running"}"#
    );
    assert_eq!(mock.calls(), 1);
}
