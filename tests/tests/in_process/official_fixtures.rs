//! Every response body the official SDKs' own unit tests feed their clients
//! (`tests/fixtures/official/`, one file each, with the repository, commit and line it came
//! from) decodes into the generated response type of the operation it answers. The operation
//! is found from the request the SDK made (method and path) in the built documents' tables,
//! so a new document is picked up without touching the fixtures; [`RESPONSE_TYPES`] is the one
//! place that names the Rust type of each operation's success body.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use exa_client::spec::{Document, Operation};
use exa_client_tests::workspace;
use serde_json::Value;

type Decode = fn(&str) -> Result<(), serde_json::Error>;

macro_rules! decode {
    ($($op:literal => $ty:ty,)*) => {
        &[$(($op, |text| serde_json::from_str::<$ty>(text).map(drop)),)*]
    };
}

/// `module.operationId` → the generated type of its success body.
const RESPONSE_TYPES: &[(&str, Decode)] = decode! {
    "agent.listAgentRuns" => exa_client::agent::types::AgentRunList,
    "agent.createAgentRun" => exa_client::agent::types::AgentRun,
    "agent.getAgentRun" => exa_client::agent::types::AgentRun,
    "agent.deleteAgentRun" => exa_client::agent::types::DeleteAgentRunResponse,
    "agent.cancelAgentRun" => exa_client::agent::types::AgentRun,
    "agent.listAgentRunEvents" => exa_client::agent::types::AgentRunEventList,
    "search.search" => exa_client::search::types::SearchResponse,
    "search.findSimilar" => exa_client::search::types::FindSimilarResponse,
    "search.getContents" => exa_client::search::types::ContentsResponse,
    "search.answer" => exa_client::search::types::AnswerResponse,
    "websets.websets-list" => exa_client::websets::types::ListWebsetsResponse,
    "websets.websets-create" => exa_client::websets::types::Webset,
    "websets.websets-get" => exa_client::websets::types::GetWebsetResponse,
    "websets.websets-update" => exa_client::websets::types::Webset,
    "websets.websets-delete" => exa_client::websets::types::Webset,
    "websets.websets-cancel" => exa_client::websets::types::Webset,
    "websets.websets-preview" => exa_client::websets::types::PreviewWebsetResponse,
    "websets.websets-items-list" => exa_client::websets::types::ListWebsetItemResponse,
    "websets.websets-items-get" => exa_client::websets::types::WebsetItem,
    "websets.websets-items-delete" => exa_client::websets::types::WebsetItem,
    "websets.websets-enrichments-create" => exa_client::websets::types::WebsetEnrichment,
    "websets.websets-searches-create" => exa_client::websets::types::WebsetSearch,
    "websets.webhooks-attempts-list" => exa_client::websets::types::ListWebhookAttemptsResponse,
    "websets.events-list" => exa_client::websets::types::ListEventsResponse,
    "websets.events-get" => exa_client::websets::types::Event,
    "websets.monitors-list" => exa_client::websets::types::ListMonitorsResponse,
    "websets.monitors-create" => exa_client::websets::types::Monitor,
    "websets.monitors-get" => exa_client::websets::types::Monitor,
    "websets.monitors-update" => exa_client::websets::types::Monitor,
    "websets.monitors-delete" => exa_client::websets::types::Monitor,
    "websets.monitors-runs-list" => exa_client::websets::types::ListMonitorRunsResponse,
    "websets.monitors-runs-get" => exa_client::websets::types::MonitorRun,
    "websets.imports-list" => exa_client::websets::types::ListImportsResponse,
    "websets.imports-create" => exa_client::websets::types::CreateImportResponse,
    "websets.imports-get" => exa_client::websets::types::Import,
    "websets.imports-update" => exa_client::websets::types::Import,
    "websets.imports-delete" => exa_client::websets::types::Import,
    "monitors.listMonitors" => exa_client::monitors::types::ListSearchMonitorsResponse,
    "monitors.createMonitor" => exa_client::monitors::types::CreateSearchMonitorResponse,
    "monitors.getMonitor" => exa_client::monitors::types::SearchMonitor,
    "monitors.deleteMonitor" => exa_client::monitors::types::SearchMonitor,
    "monitors.updateMonitor" => exa_client::monitors::types::SearchMonitor,
    "monitors.triggerMonitor" => exa_client::monitors::types::TriggerSearchMonitorResponse,
    "monitors.listRuns" => exa_client::monitors::types::ListSearchMonitorRunsResponse,
    "monitors.getRun" => exa_client::monitors::types::SearchMonitorRun,
    "monitors.batchMonitors" => exa_client::monitors::types::BatchMonitorsResponse,
};

/// Requests of the fixtures that no vendored document has an operation for, by path prefix,
/// and why. Any other request without an operation fails the test.
const NOT_IN_THE_DOCUMENTS: &[(&str, &str)] = &[
    (
        "/research/v1",
        "Research: retired from the current official API, which no vendored document describes",
    ),
    (
        "/websets/test",
        "a path exa-py's tests make up to exercise its base client",
    ),
];

/// Why a fixture does not decode, where every official source (the fragments of Exa's docs
/// pages in 2026 and exa-js 2.23.0's types) requires what it leaves out: each is a stub that
/// an SDK test trimmed to what it asserts, not an answer the API gives.
const PROGRESS: &str =
    "a search whose `progress` omits `analyzed`, required in every official source";
const REFRESH: &str = "a `refresh` monitor behavior: exa-py 2.16 still models it, the newest \
    sources (fragments, exa-js 2.23.0) allow `search` only";
const UNKNOWN_EVENT: &str = "an event type no document declares (exa-py keeps it as a raw dict)";
const DASHBOARD: &str = "a webset without `dashboardUrl`, which the Websets document and \
    exa-js 2.23.0's types require and every exa-py fixture of a webset has (these are exa-js \
    2.17.0's)";
const GROUNDING: &str = "a monitor run whose `grounding` entries are bare citations \
    (`url`, `title`); the Monitors document and exa-js 2.23.0's `GroundingEntry` require `field`, \
    `citations` and `confidence`";
const SNAKE_CASE: &str = "snake_case keys (`created_at`) that exa-py's models accept by field \
    name; the API sends camelCase";

/// Fixtures that do not decode: (the decode error they give, why, which). A fixture that
/// fails otherwise, or one listed here that decodes, fails the test.
const NOT_DECODED: &[(&str, &str, &[&str])] = &[
    (
        "missing field `analyzed`",
        PROGRESS,
        &[
            "exa-py/test_websets/L0898.json",
            "exa-py/test_websets_events/L0258-5.json",
            "exa-py/test_websets_events/L0258-6.json",
            "exa-py/test_websets_events/L0258-7.json",
            "exa-py/test_websets_events/L0258-8.json",
            "exa-py/test_websets_priority/L0136.json",
        ],
    ),
    (
        "unknown variant `unknown.type`",
        UNKNOWN_EVENT,
        &["exa-py/test_websets_events/L0273.json"],
    ),
    (
        "unknown variant `refresh`",
        REFRESH,
        &[
            "exa-py/test_websets_monitors/L0181.json",
            "exa-py/test_websets_monitors/L0210.json",
        ],
    ),
    (
        "missing field `dashboardUrl`",
        DASHBOARD,
        &[
            "exa-js/websets/L0056.json",
            "exa-js/websets/L0225.json",
            "exa-js/websets/L0272.json",
            "exa-js/websets/L0310.json",
            "exa-js/websets/L0344.json",
            "exa-js/websets/L0377.json",
            "exa-js/websets/L0650.json",
            "exa-js/websets/L0693.json",
        ],
    ),
    (
        "missing field `confidence`",
        GROUNDING,
        &[
            "exa-js/monitors/L0232.json",
            "exa-js/monitors/L0275.json",
            "exa-js/monitors/L0312.json",
            "exa-js/monitors/L0317.json",
            "exa-js/monitors/L0338.json",
        ],
    ),
    (
        "missing field `createdAt`",
        SNAKE_CASE,
        &[
            "exa-py/test_websets_priority/L0023.json",
            "exa-py/test_websets_priority/L0059.json",
            "exa-py/test_websets_priority/L0096.json",
            "exa-py/test_websets_priority/L0176.json",
            "exa-py/test_websets_priority/L0218.json",
        ],
    ),
];

const DOCUMENTS: &[&Document] = &[
    &exa_client::agent::spec::DOCUMENT,
    &exa_client::search::spec::DOCUMENT,
    &exa_client::websets::spec::DOCUMENT,
    &exa_client::monitors::spec::DOCUMENT,
];

struct Fixture {
    file: PathBuf,
    source: String,
    method: String,
    path: String,
    body: Value,
}

fn fixtures(sdk: &str) -> Vec<Fixture> {
    let root = workspace().join("tests/fixtures/official").join(sdk);
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("read a fixture");
            let value: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", file.display()));
            let field = |pointer: &str| {
                value
                    .pointer(pointer)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    .unwrap_or_else(|| panic!("{}: no {pointer}", file.display()))
            };
            let source = format!(
                "{}@{} {}:{}",
                field("/source/repo"),
                &field("/source/commit")[..12],
                field("/source/path"),
                field("/source/line")
            );
            Fixture {
                source,
                method: field("/request/method"),
                path: field("/request/path"),
                body: value["body"].clone(),
                file,
            }
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
}

/// The operation a request is for: among the operations of that method whose path on the
/// wire (its template below the document's server path) matches the request's path, the one
/// with the most literal segments (`/v0/websets/preview` before `/v0/websets/{id}`).
fn operation_of(method: &str, path: &str) -> Option<(&'static str, &'static Operation)> {
    DOCUMENTS
        .iter()
        .flat_map(|document| {
            let prefix = document
                .default_server
                .as_deref()
                .and_then(|url| url.split_once("://").map(|(_, rest)| rest))
                .and_then(|rest| rest.find('/').map(|at| &rest[at..]))
                .unwrap_or("")
                .trim_end_matches('/');
            document
                .operations
                .iter()
                .filter(move |op| {
                    // The table carries the path below the server, or already with it.
                    let on_wire = if op.path.starts_with(&format!("{prefix}/")) {
                        op.path.to_string()
                    } else {
                        format!("{prefix}{}", op.path)
                    };
                    op.method.eq_ignore_ascii_case(method) && matches(&on_wire, path)
                })
                .map(|op| (document.module.as_ref(), *op))
        })
        .max_by_key(|(_, op)| op.path.split('/').filter(|s| !s.starts_with('{')).count())
}

fn matches(template: &str, path: &str) -> bool {
    let (template, path): (Vec<_>, Vec<_>) =
        (template.split('/').collect(), path.split('/').collect());
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| {
            if t.starts_with('{') && t.ends_with('}') {
                !p.is_empty()
            } else {
                t == p
            }
        })
}

/// Decodes every fixture of `sdk`; returns the number decoded, or panics listing each
/// failure with the fixture's file, source line, operation and the serde error at the line
/// of the body it points to.
fn decode_all(sdk: &str) {
    let types: BTreeMap<_, _> = RESPONSE_TYPES.iter().copied().collect();
    let all = fixtures(sdk);
    assert!(
        !all.is_empty(),
        "no fixtures under tests/fixtures/official/{sdk}"
    );
    let root = workspace().join("tests/fixtures/official");
    let listed = |file: &str| {
        NOT_DECODED
            .iter()
            .find(|(_, _, files)| files.contains(&file))
            .map(|(error, why, _)| (*error, *why))
    };
    let (mut decoded, mut failures, mut known) = (0, Vec::new(), BTreeMap::new());
    let mut elsewhere = BTreeMap::new();
    for fixture in &all {
        let file = fixture.file.strip_prefix(&root).expect("under the root");
        let file = file.to_string_lossy().replace('\\', "/");
        let Some((module, op)) = operation_of(&fixture.method, &fixture.path) else {
            let known = NOT_IN_THE_DOCUMENTS
                .iter()
                .find(|(prefix, _)| fixture.path.starts_with(prefix));
            match known {
                Some((prefix, why)) => *elsewhere.entry((*prefix, *why)).or_insert(0) += 1,
                None => failures.push(format!(
                    "{file} ({}): {} {} is no operation of the documents",
                    fixture.source, fixture.method, fixture.path
                )),
            }
            continue;
        };
        let name = format!("{module}.{}", op.id);
        let Some(decode) = types.get(name.as_str()) else {
            failures.push(format!("{name}: add its response type to RESPONSE_TYPES"));
            continue;
        };
        let text = serde_json::to_string_pretty(&fixture.body).expect("print JSON");
        match (decode(&text), listed(&file)) {
            (Ok(()), None) => decoded += 1,
            (Ok(()), Some(_)) => failures.push(format!(
                "{file} ({}) decodes as {name} now: take it out of NOT_DECODED",
                fixture.source
            )),
            (Err(error), Some((expected, why))) if error.to_string().contains(expected) => {
                *known.entry(why).or_insert(0) += 1;
            }
            (Err(error), _) => {
                let line = text
                    .lines()
                    .nth(error.line().saturating_sub(1))
                    .unwrap_or("");
                failures.push(format!(
                    "{file} ({}) as {name}: {error}; at `{}`",
                    fixture.source,
                    line.trim()
                ));
            }
        }
    }
    let mapped = all.len() - elsewhere.values().sum::<usize>();
    println!("{sdk}: {decoded} of {mapped} fixtures decode");
    for (why, n) in &known {
        println!("{sdk}: {n} listed as not decoding: {why}");
    }
    for ((prefix, why), n) in &elsewhere {
        println!("{sdk}: {n} fixtures of {prefix}... not decoded: {why}");
    }
    assert!(
        failures.is_empty(),
        "{sdk}: {} of {mapped} fixtures fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_exa_js_response_fixture_decodes_into_its_operations_type() {
    decode_all("exa-js");
}

#[test]
fn every_exa_py_response_fixture_decodes_into_its_operations_type() {
    decode_all("exa-py");
}

#[test]
fn a_request_is_matched_to_its_operation_through_the_documents_server_path() {
    let name = |method, path| operation_of(method, path).map(|(m, op)| format!("{m}.{}", op.id));
    assert_eq!(
        name("GET", "/websets/v0/websets/ws_1/items").as_deref(),
        Some("websets.websets-items-list")
    );
    assert_eq!(
        name("POST", "/agent/runs/r/cancel").as_deref(),
        Some("agent.cancelAgentRun")
    );
    assert_eq!(
        name("GET", "/v0/websets"),
        None,
        "the server path is required"
    );
    assert_eq!(name("PUT", "/search"), None);
}
