//! Contract test for the Search, Websets, Teams, Batches and Monitors documents (the Agent's is
//! `contract.rs`): Stoplight Prism serves each, and every operation of each is sent
//! once through `exa.<module>().call_with_response(...)`, with the generated builder, valid
//! parameters and a body built from the document's own examples, under both auth schemes.
//!
//! An operation Prism cannot serve as documented is still sent: [`KNOWN_ISSUES`] (and
//! [`DOCUMENT_ISSUES`] for a whole document) name it with the reason and the exact outcome the
//! test asserts instead. A coverage table is printed at the end (`-- --nocapture`).
//!
//! Prism is installed by `npm ci --prefix tests/contract`; without node the test is skipped with
//! a printed reason, except in CI (see `exa_client_tests::prism`).

use std::fmt::Write as _;

use exa_client::{Api, AuthScheme};
use exa_client_tests::prism::Prism;
use serde_json::{Value, json};

/// Operations sent and expected to pass (2xx, no `sl-violations`) under [`AuthScheme::ApiKeyHeader`].
const COVERED: &[(&str, &str)] = &[
    ("search", "search"),
    ("search", "findSimilar"),
    ("search", "getContents"),
    ("search", "answer"),
    ("websets", "websets-create"),
    ("websets", "websets-list"),
    ("websets", "websets-get"),
    ("websets", "websets-update"),
    ("websets", "websets-delete"),
    ("websets", "websets-cancel"),
    ("websets", "websets-preview"),
    ("websets", "websets-items-get"),
    ("websets", "websets-items-delete"),
    ("websets", "websets-items-list"),
    ("websets", "websets-enrichments-create"),
    ("websets", "websets-enrichments-update"),
    ("websets", "websets-enrichments-get"),
    ("websets", "websets-enrichments-delete"),
    ("websets", "websets-enrichments-cancel"),
    ("websets", "webhooks-create"),
    ("websets", "webhooks-list"),
    ("websets", "webhooks-get"),
    ("websets", "webhooks-update"),
    ("websets", "webhooks-delete"),
    ("websets", "webhooks-attempts-list"),
    ("websets", "events-list"),
    ("websets", "events-get"),
    ("websets", "websets-searches-create"),
    ("websets", "websets-searches-get"),
    ("websets", "websets-searches-cancel"),
    ("websets", "monitors-create"),
    ("websets", "monitors-list"),
    ("websets", "monitors-get"),
    ("websets", "monitors-update"),
    ("websets", "monitors-delete"),
    ("websets", "monitors-runs-list"),
    ("websets", "monitors-runs-get"),
    ("websets", "imports-create"),
    ("websets", "imports-list"),
    ("websets", "imports-get"),
    ("websets", "imports-update"),
    ("websets", "imports-delete"),
    ("teams", "teams-me-get"),
    ("batches", "listBatches"),
    ("batches", "createBatch"),
    ("batches", "getBatch"),
    ("batches", "deleteBatch"),
    ("batches", "cancelBatch"),
    ("monitors", "createMonitor"),
    ("monitors", "listMonitors"),
    ("monitors", "getMonitor"),
    ("monitors", "updateMonitor"),
    ("monitors", "deleteMonitor"),
    ("monitors", "triggerMonitor"),
    ("monitors", "listRuns"),
    ("monitors", "getRun"),
    ("monitors", "batchMonitors"),
];

/// What a call must end in.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A 2xx without `sl-violations`.
    Ok,
    /// Prism refused the request with this status; its problem body contains the text. No
    /// operation of the current documents needs it.
    #[allow(dead_code)]
    Refused(u16, &'static str),
    /// A 2xx whose `sl-violations` header (Prism flagging its own response) contains the text.
    Violation(&'static str),
    /// A 2xx whose body the client could not decode; the message contains the text. No
    /// operation of the current documents needs it.
    #[allow(dead_code)]
    Decode(&'static str),
}

/// An operation Prism cannot serve as documented under one auth scheme (or both, `None`).
struct Known {
    document: &'static str,
    operation: &'static str,
    auth: Option<AuthScheme>,
    reason: &'static str,
    expect: Expect,
}

/// Operations Prism cannot serve as documented, with the reason and the asserted outcome (each
/// is still sent and its outcome asserted).
const KNOWN_ISSUES: &[Known] = &[
    Known {
        document: "monitors",
        operation: "listRuns",
        auth: None,
        reason: RUN_OUTPUT_ONE_OF,
        expect: Expect::Violation("output.content must match exactly one schema in oneOf"),
    },
    Known {
        document: "monitors",
        operation: "getRun",
        auth: None,
        reason: RUN_OUTPUT_ONE_OF,
        expect: Expect::Violation("output.content must match exactly one schema in oneOf"),
    },
];

/// Why Prism flags its own answer to the run operations; `in_process/monitors.rs` covers them on a
/// test server.
const RUN_OUTPUT_ONE_OF: &str = "Prism accepts the request (200) but flags its own example \
     response: `SearchMonitorRunOutput.content` is a `oneOf` (text or object) and the value \
     Prism makes up does not match exactly one branch, so its nullable `output` fails too; the \
     request side is valid, and in_process/monitors.rs covers the responses";

/// An auth scheme a whole document does not declare: every operation sent with it must get
/// `expect`.
#[allow(dead_code)]
struct DocumentIssue {
    document: &'static str,
    auth: AuthScheme,
    reason: &'static str,
    expect: Expect,
}

/// Every current document's `security` accepts either `apiKey` (x-api-key) or `bearer`
/// (Authorization: Bearer), so no document refuses an auth scheme; an entry here would assert
/// the refusal instead.
const DOCUMENT_ISSUES: &[DocumentIssue] = &[];

/// What came back from one call.
#[derive(Debug)]
enum Observed {
    Success {
        status: u16,
        violations: Option<String>,
    },
    Refused {
        status: u16,
        body: String,
    },
    Decode(String),
    Other(String),
}

impl std::fmt::Display for Observed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Observed::Success {
                status,
                violations: None,
            } => write!(f, "{status}"),
            Observed::Success {
                status,
                violations: Some(v),
            } => write!(f, "{status} with sl-violations: {v}"),
            Observed::Refused { status, body } => write!(f, "refused {status}: {body}"),
            Observed::Decode(message) => write!(f, "decode error: {message}"),
            Observed::Other(message) => write!(f, "error: {message}"),
        }
    }
}

impl Observed {
    /// The status, and for a refusal Prism's problem title.
    fn short(&self) -> String {
        match self {
            Observed::Success {
                status,
                violations: None,
            } => status.to_string(),
            Observed::Success { status, .. } => format!("{status}, sl-violations"),
            Observed::Refused { status, body } => {
                let title = serde_json::from_str::<Value>(body)
                    .ok()
                    .and_then(|b| b["title"].as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!("{status} {title}")
            }
            Observed::Decode(_) => "decode error".to_owned(),
            Observed::Other(_) => "error".to_owned(),
        }
    }

    fn matches(&self, expect: Expect) -> bool {
        match (self, expect) {
            (
                Observed::Success {
                    status,
                    violations: None,
                },
                Expect::Ok,
            ) => (200..300).contains(status),
            (
                Observed::Success {
                    status,
                    violations: Some(v),
                },
                Expect::Violation(text),
            ) => (200..300).contains(status) && v.contains(text),
            (Observed::Refused { status, body }, Expect::Refused(code, text)) => {
                *status == code && body.contains(text)
            }
            (Observed::Decode(message), Expect::Decode(text)) => message.contains(text),
            _ => false,
        }
    }
}

fn observe<T>(result: Result<exa_client::Response<T>, exa_client::Error>) -> Observed {
    match result {
        Ok(response) => Observed::Success {
            status: response.status.as_u16(),
            violations: response
                .headers
                .get("sl-violations")
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
        },
        Err(exa_client::Error::Api(api)) => Observed::Refused {
            status: api.status.as_u16(),
            body: api
                .body
                .as_ref()
                .map(Value::to_string)
                .or_else(|| api.body_prefix.clone())
                .unwrap_or_default(),
        },
        Err(exa_client::Error::Decode { message, .. }) => Observed::Decode(message),
        Err(e) => Observed::Other(e.to_string()),
    }
}

/// Sends one operation through the facade: `call!(api, |c| c.op().param(..))`.
macro_rules! call {
    ($api:expr, |$c:ident| $build:expr) => {
        observe(
            $api.call_with_response(async |$c| $build.send().await)
                .await,
        )
    };
}

/// A body of a generated type, from JSON taken from the document's examples.
macro_rules! body {
    ($ty:ty, $json:expr) => {
        serde_json::from_value::<$ty>($json)
            .unwrap_or_else(|e| panic!("body does not fit {}: {e}", stringify!($ty)))
    };
}

async fn send_search(api: Api<'_, exa_client::search::Client>, op: &str) -> Observed {
    use exa_client::search::types as t;
    match op {
        "search" => call!(api, |c| c.search().body(body!(
            t::SearchRequest,
            json!({
                "query": "Latest developments in LLM capabilities",
                "type": "auto",
                "category": "publication",
                "numResults": 10,
            })
        ))),
        "findSimilar" => call!(api, |c| c.find_similar().body(body!(
            t::FindSimilarBody,
            json!({ "url": "https://arxiv.org/abs/2307.06435", "excludeSourceDomain": true })
        ))),
        "getContents" => call!(api, |c| c.get_contents().body(body!(
            t::ContentsRequest,
            json!({ "urls": ["https://arxiv.org/abs/2307.06435"] })
        ))),
        "answer" => call!(api, |c| c.answer().body(body!(
            t::AnswerRequest,
            json!({
                "query": "What is the latest valuation of SpaceX?",
                "text": true,
            })
        ))),
        other => panic!("search operation {other} has no call in this test"),
    }
}

const WEBSET: &str = "webset_01jvp9p0jxg9y1mkrmg8xgy4zb";
const ITEM: &str = "witem_01jvp9p0jxg9y1mkrmg8xgy4zb";
const ENRICHMENT: &str = "wenrich_01jvp9p0jxg9y1mkrmg8xgy4zb";
const WEBHOOK: &str = "webhook_01jvp9p0jxg9y1mkrmg8xgy4zb";
const EVENT: &str = "event_01jvp9p0jxg9y1mkrmg8xgy4zb";
const SEARCH: &str = "wsearch_01jvp9p0jxg9y1mkrmg8xgy4zb";
const MONITOR: &str = "monitor_01jvp9p0jxg9y1mkrmg8xgy4zb";
const MONITOR_RUN: &str = "monitorrun_01jvp9p0jxg9y1mkrmg8xgy4zb";
const IMPORT: &str = "import_01jvp9p0jxg9y1mkrmg8xgy4zb";

async fn send_websets(api: Api<'_, exa_client::websets::Client>, op: &str) -> Observed {
    use exa_client::websets::types as t;
    match op {
        "websets-create" => {
            let body = body!(
                t::CreateWebsetParameters,
                json!({
                    "search": {
                        "query": "Marketing agencies based in the US, that focus on consumer products.",
                        "count": 10,
                    },
                    "metadata": { "project": "contract-test" },
                })
            );
            call!(api, |c| c.websets_create().body(body))
        }
        "websets-list" => call!(api, |c| c.websets_list().limit(10.0)),
        "websets-get" => call!(api, |c| c
            .websets_get()
            .id(WEBSET)
            .expand(vec![t::WebsetsGetExpandItem::Items])),
        "websets-update" => call!(api, |c| c.websets_update().id(WEBSET).body(body!(
            t::UpdateWebsetRequest,
            json!({ "metadata": { "project": "contract-test" } })
        ))),
        "websets-delete" => call!(api, |c| c.websets_delete().id(WEBSET)),
        "websets-cancel" => call!(api, |c| c.websets_cancel().id(WEBSET)),
        "websets-preview" => call!(api, |c| c.websets_preview().body(body!(
            t::PreviewWebsetParameters,
            json!({
                "search": {
                    "query": "AI startups in Europe that raised Series A funding in 2024",
                    "count": 5,
                },
            })
        ))),
        "websets-items-get" => call!(api, |c| c.websets_items_get().webset(WEBSET).id(ITEM)),
        "websets-items-delete" => {
            call!(api, |c| c.websets_items_delete().webset(WEBSET).id(ITEM))
        }
        "websets-items-list" => call!(api, |c| c.websets_items_list().webset(WEBSET).limit(10_u64)),
        "websets-enrichments-create" => call!(api, |c| c
            .websets_enrichments_create()
            .webset(WEBSET)
            .body(body!(
                t::CreateEnrichmentParameters,
                json!({
                    "description": "The company's main product",
                    "format": "text",
                })
            ))),
        "websets-enrichments-update" => call!(api, |c| c
            .websets_enrichments_update()
            .webset(WEBSET)
            .id(ENRICHMENT)
            .body(body!(
                t::UpdateEnrichmentParameters,
                json!({ "description": "The company's founding year", "format": "number" })
            ))),
        "websets-enrichments-get" => call!(api, |c| c
            .websets_enrichments_get()
            .webset(WEBSET)
            .id(ENRICHMENT)),
        "websets-enrichments-delete" => call!(api, |c| c
            .websets_enrichments_delete()
            .webset(WEBSET)
            .id(ENRICHMENT)),
        "websets-enrichments-cancel" => call!(api, |c| c
            .websets_enrichments_cancel()
            .webset(WEBSET)
            .id(ENRICHMENT)),
        "webhooks-create" => call!(api, |c| c.webhooks_create().body(body!(
            t::CreateWebhookParameters,
            json!({
                "events": ["webset.created", "webset.idle"],
                "url": "https://example.com/exa-webhook",
            })
        ))),
        "webhooks-list" => call!(api, |c| c.webhooks_list().limit(10.0)),
        "webhooks-get" => call!(api, |c| c.webhooks_get().id(WEBHOOK)),
        "webhooks-update" => call!(api, |c| c.webhooks_update().id(WEBHOOK).body(body!(
            t::UpdateWebhookParameters,
            json!({ "events": ["webset.created"] })
        ))),
        "webhooks-delete" => call!(api, |c| c.webhooks_delete().id(WEBHOOK)),
        "webhooks-attempts-list" => call!(api, |c| c
            .webhooks_attempts_list()
            .id(WEBHOOK)
            .limit(10_u64)
            .successful(true)),
        "events-list" => call!(api, |c| c
            .events_list()
            .limit(10.0)
            .types(vec![t::EventsListTypesItem::WebsetCreated])),
        "events-get" => call!(api, |c| c.events_get().id(EVENT)),
        "websets-searches-create" => call!(api, |c| c
            .websets_searches_create()
            .webset(WEBSET)
            .body(body!(
                t::CreateWebsetSearchParameters,
                json!({
                    "query": "SaaS companies with 50-200 employees in the fintech space",
                    "count": 10,
                })
            ))),
        "websets-searches-get" => {
            call!(api, |c| c.websets_searches_get().webset(WEBSET).id(SEARCH))
        }
        "websets-searches-cancel" => call!(api, |c| c
            .websets_searches_cancel()
            .webset(WEBSET)
            .id(SEARCH)),
        "monitors-create" => call!(api, |c| c.monitors_create().body(body!(
            t::CreateMonitorParameters,
            json!({
                "websetId": WEBSET,
                "cadence": { "cron": "0 9 * * *", "timezone": "Etc/UTC" },
                "behavior": { "type": "search", "config": { "count": 10 } },
            })
        ))),
        "monitors-list" => call!(api, |c| c.monitors_list().limit(10.0).webset_id(WEBSET)),
        "monitors-get" => call!(api, |c| c.monitors_get().id(MONITOR)),
        "monitors-update" => call!(api, |c| c
            .monitors_update()
            .id(MONITOR)
            .body(body!(t::UpdateMonitor, json!({ "status": "disabled" })))),
        "monitors-delete" => call!(api, |c| c.monitors_delete().id(MONITOR)),
        "monitors-runs-list" => call!(api, |c| c.monitors_runs_list().monitor(MONITOR)),
        "monitors-runs-get" => call!(api, |c| c
            .monitors_runs_get()
            .monitor(MONITOR)
            .id(MONITOR_RUN)),
        "imports-create" => call!(api, |c| c.imports_create().body(body!(
            t::CreateImportParameters,
            json!({
                "size": 1024,
                "count": 10,
                "title": "Contract test import",
                "format": "csv",
                "entity": { "type": "company" },
            })
        ))),
        "imports-list" => call!(api, |c| c.imports_list().limit(10_u64)),
        "imports-get" => call!(api, |c| c.imports_get().id(IMPORT)),
        "imports-update" => call!(api, |c| c
            .imports_update()
            .id(IMPORT)
            .body(body!(t::UpdateImport, json!({ "title": "Renamed import" })))),
        "imports-delete" => call!(api, |c| c.imports_delete().id(IMPORT)),
        other => panic!("websets operation {other} has no call in this test"),
    }
}

fn auth_name(auth: AuthScheme) -> &'static str {
    match auth {
        AuthScheme::ApiKeyHeader => "x-api-key",
        AuthScheme::Bearer => "bearer",
    }
}

/// The expected outcome of `op` of `document` under `auth`, with the known issue's reason.
fn expectation(document: &str, op: &str, auth: AuthScheme) -> (Expect, Option<&'static str>) {
    if let Some(issue) = DOCUMENT_ISSUES
        .iter()
        .find(|i| i.document == document && i.auth == auth)
    {
        return (issue.expect, Some(issue.reason));
    }
    match KNOWN_ISSUES
        .iter()
        .find(|k| k.document == document && k.operation == op && k.auth.is_none_or(|a| a == auth))
    {
        Some(known) => (known.expect, Some(known.reason)),
        None => (Expect::Ok, None),
    }
}

/// One row of the coverage table.
struct Row {
    document: &'static str,
    operation: &'static str,
    auth: AuthScheme,
    expected: (Expect, Option<&'static str>),
    observed: Observed,
}

const BATCH: &str = "batch_01j7x9v0m2n4p6q8r0s2t4v6w8";
const SEARCH_MONITOR: &str = "mon_01j7x9v0m2n4p6q8r0s2t4v6w8";
const SEARCH_MONITOR_RUN: &str = "run_01j7x9v0m2n4p6q8r0s2t4v6w8";

async fn send_teams(api: Api<'_, exa_client::teams::Client>, op: &str) -> Observed {
    match op {
        "teams-me-get" => call!(api, |c| c.teams_me_get()),
        other => panic!("teams operation {other} has no call in this test"),
    }
}

async fn send_batches(api: Api<'_, exa_client::batches::Client>, op: &str) -> Observed {
    use exa_client::batches::types as t;
    match op {
        "listBatches" => call!(api, |c| c.list_batches().limit(10_u64)),
        "createBatch" => call!(api, |c| c.create_batch().body(body!(
            t::CreateBatchRequest,
            json!({
                "requests": [{
                    "customId": "row-1", "method": "POST", "url": "/search",
                    "body": { "query": "Latest research in LLMs" },
                }],
                "metadata": { "user_id": "U123ABC" },
            })
        ))),
        "getBatch" => call!(api, |c| c.get_batch().id(BATCH)),
        "deleteBatch" => call!(api, |c| c.delete_batch().id(BATCH)),
        "cancelBatch" => call!(api, |c| c.cancel_batch().id(BATCH)),
        other => panic!("batches operation {other} has no call in this test"),
    }
}

async fn send_monitors(api: Api<'_, exa_client::monitors::Client>, op: &str) -> Observed {
    use exa_client::monitors::types as t;
    match op {
        "createMonitor" => call!(api, |c| c.create_monitor().body(body!(
            t::CreateSearchMonitorParameters,
            json!({
                "name": "AI funding",
                "search": { "query": "AI startups that raised a Series A", "numResults": 10 },
                "webhook": { "url": "https://example.com/hook" },
            })
        ))),
        "listMonitors" => call!(api, |c| c.list_monitors().limit(10_u64)),
        "getMonitor" => call!(api, |c| c.get_monitor().id(SEARCH_MONITOR)),
        "updateMonitor" => call!(api, |c| c.update_monitor().id(SEARCH_MONITOR).body(body!(
            t::UpdateSearchMonitorParameters,
            json!({ "name": "AI funding (weekly)" })
        ))),
        "deleteMonitor" => call!(api, |c| c.delete_monitor().id(SEARCH_MONITOR)),
        "triggerMonitor" => call!(api, |c| c.trigger_monitor().id(SEARCH_MONITOR)),
        "listRuns" => call!(api, |c| c.list_runs().id(SEARCH_MONITOR).limit(10_u64)),
        "getRun" => call!(api, |c| c
            .get_run()
            .id(SEARCH_MONITOR)
            .run_id(SEARCH_MONITOR_RUN)),
        "batchMonitors" => call!(api, |c| c.batch_monitors().body(body!(
            t::BatchMonitorsRequest,
            json!({ "action": "pause", "filter": { "status": "active" } })
        ))),
        other => panic!("monitors operation {other} has no call in this test"),
    }
}

/// The operations of `document` must each be covered or a known issue, and no entry of either
/// list may name an operation the document does not have.
fn guard(document: &exa_client::spec::Document) {
    let ids: Vec<&str> = document
        .operations
        .iter()
        .map(|op| op.id.as_ref())
        .collect();
    for id in &ids {
        let covered = COVERED.contains(&(document.module.as_ref(), id));
        let known = KNOWN_ISSUES
            .iter()
            .any(|k| k.document == document.module && k.operation == *id);
        assert!(
            covered || known,
            "{}: operation {id} is neither covered by the contract test nor a known issue",
            document.file
        );
    }
    for (doc, id) in COVERED
        .iter()
        .copied()
        .chain(KNOWN_ISSUES.iter().map(|k| (k.document, k.operation)))
    {
        assert!(
            doc != document.module || ids.contains(&id),
            "{}: the test lists {id}, which the document does not have",
            document.file
        );
    }
}

async fn run_document(
    prism: &Prism,
    document: &'static exa_client::spec::Document,
    rows: &mut Vec<Row>,
) {
    for auth in [AuthScheme::ApiKeyHeader, AuthScheme::Bearer] {
        let exa = prism.client(auth);
        for op in document.operations.iter() {
            let (module, id): (&'static str, &'static str) = (&document.module, &op.id);
            let observed = match module {
                "search" => send_search(exa.search(), id).await,
                "websets" => send_websets(exa.websets(), id).await,
                "teams" => send_teams(exa.teams(), id).await,
                "batches" => send_batches(exa.batches(), id).await,
                "monitors" => send_monitors(exa.monitors(), id).await,
                other => panic!("no calls for document {other}"),
            };
            rows.push(Row {
                document: module,
                operation: id,
                auth,
                expected: expectation(module, id, auth),
                observed,
            });
        }
    }
}

/// A request without any key: Prism enforces the documents' security and answers 401.
async fn without_key(prism: &Prism, path: &str, body: Value) -> u16 {
    reqwest::Client::new()
        .post(format!("{}{path}", prism.base_url()))
        .json(&body)
        .send()
        .await
        .expect("Prism answers")
        .status()
        .as_u16()
}

/// The coverage table: one line per document × operation × auth, a known issue's reason once
/// as a numbered note below.
fn table(rows: &[Row]) -> String {
    let width = rows.iter().map(|r| r.operation.len()).max().unwrap_or(0);
    let mut notes: Vec<&str> = Vec::new();
    let mut out = String::from("\ncontract coverage (document × operation × auth):\n");
    for row in rows {
        let outcome = match row.expected.1 {
            None => format!("ok ({})", row.observed.short()),
            Some(reason) => {
                let n = match notes.iter().position(|r| *r == reason) {
                    Some(i) => i + 1,
                    None => {
                        notes.push(reason);
                        notes.len()
                    }
                };
                format!("known issue [{n}] ({})", row.observed.short())
            }
        };
        let _ = writeln!(
            out,
            "  {:<8} {:<width$} {:<9} {}",
            row.document,
            row.operation,
            auth_name(row.auth),
            outcome
        );
    }
    for (i, reason) in notes.iter().enumerate() {
        let _ = writeln!(out, "  [{}] {reason}", i + 1);
    }
    out
}

#[tokio::test]
async fn every_operation_of_every_document_but_agent_is_served_under_both_auth_schemes() {
    let docs = [
        (
            "openapi/exa-search.yaml",
            &exa_client::search::spec::DOCUMENT,
        ),
        (
            "openapi/exa-websets.yaml",
            &exa_client::websets::spec::DOCUMENT,
        ),
        ("openapi/exa-teams.yaml", &exa_client::teams::spec::DOCUMENT),
        (
            "openapi/exa-batches.yaml",
            &exa_client::batches::spec::DOCUMENT,
        ),
        (
            "openapi/exa-monitors.yaml",
            &exa_client::monitors::spec::DOCUMENT,
        ),
    ];
    for (_, document) in docs {
        guard(document);
    }
    // The Prisms start side by side (about 2 s each).
    let prisms: Vec<Option<Prism>> = std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .iter()
            .map(|(file, _)| {
                s.spawn(move || {
                    let spec = exa_client_tests::workspace().join(file);
                    Prism::start(&spec).unwrap_or_else(|e| panic!("Prism did not start: {e}"))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let Some(prisms) = prisms.into_iter().collect::<Option<Vec<Prism>>>() else {
        return;
    };

    let mut rows = Vec::new();
    for (prism, (_, document)) in prisms.iter().zip(docs) {
        run_document(prism, document, &mut rows).await;
    }

    // The documents' security: a key is required (401 without one); either scheme carries it
    // (every operation passed under both above).
    let search_prism = &prisms[0];
    let websets_prism = &prisms[1];
    assert_eq!(
        without_key(search_prism, "/search", json!({ "query": "LLMs" })).await,
        401,
        "search without a key"
    );
    assert_eq!(
        without_key(
            websets_prism,
            "/websets/v0/webhooks",
            json!({ "events": ["webset.created"], "url": "https://example.com/hook" })
        )
        .await,
        401,
        "websets without a key"
    );

    // A request that breaks the document is refused (422), so the passes above mean something:
    // `limit` must be >= 1.
    let exa = websets_prism.client(AuthScheme::ApiKeyHeader);
    let error = exa
        .websets()
        .call(async |c| c.websets_list().limit(0.0).send().await)
        .await
        .expect_err("limit 0 breaks the document's minimum");
    let body = error
        .api()
        .and_then(|a| a.body.as_ref())
        .map(Value::to_string)
        .unwrap_or_default();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422), "{error}");
    assert!(
        body.contains("limit must be >= 1"),
        "Prism's violation: {body}"
    );

    println!("{}", table(&rows));
    let failures: Vec<String> = rows
        .iter()
        .filter(|r| !r.observed.matches(r.expected.0))
        .map(|r| {
            format!(
                "{} {} {}: expected {:?}, got {}",
                r.document,
                r.operation,
                auth_name(r.auth),
                r.expected.0,
                r.observed
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} call(s) did not end as expected:\n{}\n\nsearch Prism log:\n{}\n\nwebsets Prism log:\n{}",
        failures.len(),
        failures.join("\n"),
        search_prism.log_tail(),
        websets_prism.log_tail()
    );
}
