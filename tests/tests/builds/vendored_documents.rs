//! The vendored documents of `client/openapi/` stay valid:
//! exactly the operations `openapi/README.md` lists, declares the `Exa-Beta` default the README
//! names, and says where every operation comes from.

use std::path::{Path, PathBuf};
use std::process::Command;

use exa_build_tools::load;
use exa_client_tests::workspace;

fn staged(area: &str) -> PathBuf {
    workspace().join(format!("client/openapi/exa-{area}.yaml"))
}

/// `exa-build-tools check SPEC`, as a user runs it; panics with its output when it fails.
fn check(spec: &Path) -> String {
    let root = workspace();
    let output = Command::new(env!("CARGO"))
        .current_dir(&root)
        .args(["run", "-q", "--offline", "--locked", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .args(["-p", "exa-build-tools", "--features", "cli", "--", "check"])
        .arg(spec)
        .output()
        .expect("cargo runs");
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
