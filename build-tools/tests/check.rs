//! `exa-build-tools check`, the binary as a user runs it: it lists operations and rewrites,
//! prints a narrowed generator failure as the build does, and survives a closed pipe. With it,
//! the vendored documents of `client/openapi/` stay valid: exactly the operations
//! `openapi/README.md` lists, the `Exa-Beta` default the README names, and where every
//! operation comes from.

use std::path::{Path, PathBuf};
use std::process::Command;

use exa_build_tools::{build_client, load};
use serde_json::{Value, json};

/// The workspace root.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The Agent document with its one seed operation, `deleteAgentRun`: the base the tests edit.
fn seed_spec() -> PathBuf {
    workspace().join("tests/fixtures/exa-agent-seed.yaml")
}

/// A fresh directory for one test's edited specs.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("check")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `doc` as JSON (which `load` reads like YAML) under `dir`.
fn write_spec(dir: &Path, file: &str, doc: &Value) -> PathBuf {
    let path = dir.join(file);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path
}

fn staged(area: &str) -> PathBuf {
    workspace().join(format!("client/openapi/exa-{area}.yaml"))
}

/// `exa-build-tools check SPEC`, as a user runs it; panics with its output when it fails.
fn check(spec: &Path) -> String {
    let output = run_check(spec);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "check {} failed:\n{stdout}\n{}",
        spec.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.ends_with("generation: ok\n"),
        "check {} did not generate:\n{stdout}",
        spec.display()
    );
    stdout
}

/// The operation ids `check` lists, in its order (the lines between the count and the beta line).
fn listed_operations(report: &str) -> Vec<String> {
    report
        .lines()
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next().map(String::from))
        .collect()
}

fn beta_line(report: &str) -> &str {
    report
        .lines()
        .find(|line| line.starts_with("beta header:"))
        .unwrap_or("no beta line")
}

/// Every operation of the document carries `x-exa-source`; returns the ones that do not.
fn unsourced(spec: &Path) -> Vec<String> {
    let doc = load(spec).unwrap_or_else(|e| panic!("{e}"));
    let mut missing = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("`paths` is a mapping") {
        for (method, op) in item.as_object().expect("a path item is a mapping") {
            if op.get("operationId").is_some()
                && !op.get("x-exa-source").is_some_and(|s| s.is_string())
            {
                missing.push(format!("{method} {path}"));
            }
        }
    }
    missing
}

fn assert_staged(area: &str, operations: &[&str], beta: &str) {
    let spec = staged(area);
    let report = check(&spec);
    assert_eq!(listed_operations(&report), operations, "{area}:\n{report}");
    assert_eq!(beta_line(&report), beta, "{area}");
    assert_eq!(unsourced(&spec), Vec::<String>::new(), "{area}");
}

#[test]
fn the_staged_agent_document_lists_the_seven_run_operations_and_sends_no_beta_by_default() {
    assert_staged(
        "agent",
        &[
            "listAgentRuns",
            "createAgentRun",
            "getAgentRun",
            "deleteAgentRun",
            "cancelAgentRun",
            "listAgentRunEvents",
            "stopAgentRun",
        ],
        "beta header: none",
    );
}

#[test]
fn the_staged_search_document_keeps_find_similar_and_drops_research() {
    assert_staged(
        "search",
        &["search", "findSimilar", "getContents", "answer"],
        "beta header: none",
    );
}

#[test]
fn the_staged_websets_document_lists_all_thirty_eight_operations() {
    assert_staged(
        "websets",
        &[
            "websets-list",
            "websets-create",
            "websets-get",
            "websets-update",
            "websets-delete",
            "websets-cancel",
            "websets-preview",
            "websets-items-get",
            "websets-items-delete",
            "websets-items-list",
            "websets-enrichments-create",
            "websets-enrichments-get",
            "websets-enrichments-delete",
            "websets-enrichments-update",
            "websets-enrichments-cancel",
            "webhooks-list",
            "webhooks-create",
            "webhooks-get",
            "webhooks-delete",
            "webhooks-update",
            "webhooks-attempts-list",
            "events-list",
            "events-get",
            "websets-searches-create",
            "websets-searches-get",
            "websets-searches-cancel",
            "monitors-list",
            "monitors-create",
            "monitors-get",
            "monitors-delete",
            "monitors-update",
            "monitors-runs-list",
            "monitors-runs-get",
            "imports-list",
            "imports-create",
            "imports-get",
            "imports-delete",
            "imports-update",
        ],
        "beta header: none",
    );
}

#[test]
fn the_staged_monitors_document_lists_create_to_delete_runs_and_batch() {
    assert_staged(
        "monitors",
        &[
            "listMonitors",
            "createMonitor",
            "getMonitor",
            "deleteMonitor",
            "updateMonitor",
            "triggerMonitor",
            "listRuns",
            "getRun",
            "batchMonitors",
        ],
        "beta header: none",
    );
}

#[test]
fn the_staged_batches_document_sends_its_required_beta_by_default() {
    assert_staged(
        "batches",
        &[
            "listBatches",
            "createBatch",
            "getBatch",
            "deleteBatch",
            "cancelBatch",
        ],
        "beta header: Exa-Beta: batches-2026-06-06 (allowed: batches-2026-06-06)",
    );
}

#[test]
fn the_staged_teams_document_lists_its_one_operation() {
    assert_staged("teams", &["teams-me-get"], "beta header: none");
}

/// The seed document with three more operations; the second's response has a property whose
/// `enum` mixes a number and a string, on which typify panics.
fn spec_with_a_panicking_operation(name: &str) -> PathBuf {
    let dir = scratch(name);
    let mut doc = load(&seed_spec()).unwrap();
    let response = |schema: Value| {
        json!({"get": {"operationId": format!("probe{}", schema["properties"].as_object().map_or(0, |p| p.len())),
            "responses": {"200": {"description": "ok",
                "content": {"application/json": {"schema": schema}}}}}})
    };
    let paths = doc["paths"].as_object_mut().unwrap();
    paths.insert(
        "/probe/a".into(),
        response(json!({"type": "object", "properties": {"a": {"type": "string"}}})),
    );
    paths.insert(
        "/probe/b".into(),
        response(json!({"type": "object", "properties": {
            "a": {"type": "string"},
            "b": {"type": "object", "properties": {"mixed": {"enum": [1, "a"]}, "fine": {"type": "integer"}}},
        }})),
    );
    paths.insert(
        "/probe/c".into(),
        response(
            json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {}, "c": {}}}),
        ),
    );
    write_spec(&dir, "probe.yaml", &doc)
}

/// What the panic of [`spec_with_a_panicking_operation`] is narrowed to.
const PANIC_AT: &str = "operation #/paths/~1probe~1b/get schema \
    #/paths/~1probe~1b/get/responses/200/content/application~1json/schema/properties/b/properties/mixed: \
    progenitor panicked: multiple implied types for an un-typed enum {Number, String} [Number(1), String(\"a\")]";

#[test]
fn a_progenitor_panic_names_the_file_the_operation_and_the_smallest_failing_schema() {
    let spec = spec_with_a_panicking_operation("panic-narrowed");
    let error = build_client(&spec)
        .map(|_| ())
        .expect_err("typify panics on a mixed enum");
    assert_eq!(error.to_string(), format!("{}: {PANIC_AT}", spec.display()));
}

#[test]
fn check_prints_the_narrowed_failure_as_the_build_does() {
    let spec = spec_with_a_panicking_operation("check-panic-narrowed");
    let output = run_check(&spec);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!("error: {}: {PANIC_AT}", spec.display())
    );
    // The rewrites are listed before the failure, as for any document.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("probe2"), "{stdout}");
}

fn run_check(spec: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_exa-build-tools"))
        .arg("check")
        .arg(spec)
        .output()
        .expect("exa-build-tools runs")
}

#[test]
fn check_lists_operations_and_rewrites() {
    let output = run_check(&seed_spec());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "check failed: {}\n{stdout}\n{stderr}",
        output.status
    );
    let operation = stdout.lines().find(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        words == ["deleteAgentRun", "DELETE", "/agent/runs/{id}"]
    });
    assert!(operation.is_some(), "no deleteAgentRun line:\n{stdout}");
    for rule in [
        "version",
        "const",
        "any-value",
        "beta-header",
        "closed-response",
        "open-enum",
    ] {
        let listed = stdout.lines().any(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            matches!(words.as_slice(), ["rewrite", r, pointer, ..] if *r == rule && pointer.starts_with("#/"))
        });
        assert!(listed, "no `{rule}` rewrite with a pointer:\n{stdout}");
    }
    assert!(stdout.contains("generation: ok"), "{stdout}");
}

#[test]
fn check_fails_on_a_broken_spec_and_names_the_pointer() {
    let dir = scratch("check-broken");
    let mut doc = load(&seed_spec()).unwrap();
    doc["components"]["schemas"]["DeleteAgentRunResponse"]["properties"]["x"] = json!(false);
    let spec = write_spec(&dir, "broken.yaml", &doc);
    let output = run_check(&spec);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "check accepted a broken spec:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(
        stderr.contains("#/components/schemas/DeleteAgentRunResponse/properties/x"),
        "{stderr}"
    );
    assert!(stderr.contains(&spec.display().to_string()), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn check_refuses_the_agent_document_as_published_naming_each_dangling_reference() {
    let spec = workspace().join("tests/fixtures/exa-agent-published.yaml");
    let output = run_check(&spec);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&spec.display().to_string()), "{stderr}");
    for name in ["ExaBetaHeader", "AcceptHeader", "LastEventId"] {
        let reference = format!("#/components/parameters/{name}");
        assert!(stderr.contains(&reference), "{name}: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn check_lists_the_seven_operations_of_the_vendored_agent_document() {
    let output = run_check(&workspace().join("openapi/exa-agent.yaml"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("exa-agent.yaml: 7 operation(s)"),
        "{stdout}"
    );
    for op in [
        "createAgentRun",
        "listAgentRuns",
        "getAgentRun",
        "deleteAgentRun",
        "cancelAgentRun",
        "listAgentRunEvents",
        "stopAgentRun",
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.split_whitespace().next() == Some(op)),
            "{op}: {stdout}"
        );
    }
    // The header is optional and free-form now: no default token.
    assert!(stdout.contains("beta header: none"), "{stdout}");
}

#[test]
fn check_piped_into_a_reader_that_stops_early_does_not_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_exa-build-tools"))
        .arg("check")
        .arg(seed_spec())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("exa-build-tools runs");
    // Like `check ... | head -0`: the reader is gone before the report is written.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("check ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{}: {stderr}", output.status);
}
