//! `diff` on fixture pairs: each breaking kind caught alone, additions alone, and the CLI's exit
//! codes.

use std::path::{Path, PathBuf};
use std::process::Command;

use exa_build_tools::diff::{Change, Impact, Report, diff};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(name)
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/exa-agent-seed.yaml")
}

fn vendored_agent() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/exa-agent.yaml")
}

fn pets_against(new: &str) -> Report {
    diff(&fixture("pets.yaml"), &fixture(new)).expect("both documents generate")
}

/// The one change of a report, which must be breaking, as (kind, pointer).
fn only_breaking_change(report: &Report) -> (&'static str, Option<&str>) {
    let [change] = report.changes.as_slice() else {
        panic!("expected one change:\n{report}");
    };
    assert_eq!(change.impact, Impact::Breaking, "{change}");
    (change.kind, change.pointer.as_deref())
}

#[test]
fn a_document_against_itself_changes_nothing() {
    let report = pets_against("pets.yaml");
    assert!(report.changes.is_empty(), "{report}");
    assert_eq!(report.to_string(), "0 breaking, 0 additive\n");
}

#[test]
fn the_seed_document_against_the_vendored_agent_document_adds_six_operations_and_drops_the_beta_errors()
 {
    let report = diff(&seed(), &vendored_agent()).unwrap();
    let kinds = |kind| report.changes.iter().filter(|c| c.kind == kind).count();
    assert_eq!(kinds("added-operation"), 6, "{report}");
    assert!(report.changes.contains(&Change {
        impact: Impact::Additive,
        kind: "added-operation",
        pointer: Some("#/paths/~1agent~1runs~1{id}~1stop/post".to_string()),
        message: "operation `Client::stop_agent_run` added".to_string(),
    }));
    // The current Agent API needs no beta header, so it no longer answers that one is missing
    // or invalid: the only changes a caller of the seed's operation must look at.
    let breaking: Vec<&str> = report
        .changes
        .iter()
        .filter(|c| c.impact == Impact::Breaking)
        .map(|c| c.message.as_str())
        .collect();
    assert_eq!(
        breaking,
        [
            "variant `AgentErrorCode::InvalidBetaHeader` (`INVALID_BETA_HEADER`) of response enum removed",
            "variant `AgentErrorCode::MissingBetaHeader` (`MISSING_BETA_HEADER`) of response enum removed",
        ],
        "{report}"
    );
}

#[test]
fn a_removed_operation_is_breaking() {
    let report = pets_against("pets-removed-operation.yaml");
    assert_eq!(
        only_breaking_change(&report),
        ("removed-operation", Some("#/paths/~1pets~1{id}/get"))
    );
}

#[test]
fn a_removed_field_is_breaking() {
    let report = pets_against("pets-removed-field.yaml");
    assert_eq!(
        only_breaking_change(&report),
        (
            "removed-field",
            Some("#/components/schemas/Pet/properties/name")
        )
    );
}

#[test]
fn a_request_field_that_becomes_required_is_breaking() {
    let report = pets_against("pets-field-required.yaml");
    assert_eq!(
        only_breaking_change(&report),
        (
            "field-required",
            Some("#/components/schemas/PetRequest/properties/age")
        )
    );
}

#[test]
fn a_field_whose_rust_type_changes_is_breaking() {
    let report = pets_against("pets-field-type.yaml");
    assert_eq!(
        only_breaking_change(&report),
        (
            "changed-field-type",
            Some("#/components/schemas/Pet/properties/id")
        )
    );
    assert!(
        report.changes[0].message.contains("from `String` to `i64`"),
        "{report}"
    );
}

#[test]
fn a_value_removed_from_a_request_enum_is_breaking() {
    let report = pets_against("pets-removed-request-enum-value.yaml");
    assert_eq!(
        only_breaking_change(&report),
        (
            "removed-enum-value",
            Some("#/components/schemas/PetKind/enum/2")
        )
    );
    assert!(
        report.changes[0].message.contains("request enum"),
        "{report}"
    );
}

#[test]
fn a_new_response_field_and_enum_value_are_additive() {
    let report = pets_against("pets-response-additions.yaml");
    let found: Vec<_> = report
        .changes
        .iter()
        .map(|c| (c.impact, c.kind, c.pointer.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Impact::Additive,
                "added-field",
                Some("#/components/schemas/Pet/properties/color")
            ),
            (
                Impact::Additive,
                "added-enum-value",
                Some("#/components/schemas/Pet/properties/status/enum/1")
            ),
        ],
        "{report}"
    );
}

#[test]
fn the_cli_exits_1_on_a_breaking_change_0_on_additions_and_2_on_an_unreadable_document() {
    let run = |new: &Path| {
        Command::new(env!("CARGO_BIN_EXE_exa-build-tools"))
            .arg("diff")
            .arg(fixture("pets.yaml"))
            .arg(new)
            .output()
            .unwrap()
    };
    let breaking = run(&fixture("pets-removed-field.yaml"));
    assert_eq!(breaking.status.code(), Some(1));
    let stdout = String::from_utf8(breaking.stdout).unwrap();
    assert_eq!(
        stdout,
        "breaking  removed-field            #/components/schemas/Pet/properties/name: \
         field `name` of `Pet` removed\n1 breaking, 0 additive\n"
    );
    assert_eq!(
        run(&fixture("pets-response-additions.yaml")).status.code(),
        Some(0)
    );
    let missing = run(&fixture("no-such-document.yaml"));
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read the file"));
}
