//! One client over several documents, on the wire: which `Exa-Beta` tokens each document's
//! requests carry, how each document's error bodies are read, and how many attempts an error
//! reports.

use exa_client::agent::types::{AgentErrorCode, AgentErrorResponse, AgentErrorType};
use exa_client::search::types::{SearchRequest, SearchResponse};
use exa_client::{Error, Exa, ExaBuilder};
use exa_client_tests::{batch_body, builder, deleted_body, error_body};
use httpmock::prelude::*;
use serde_json::json;

const RUN: &str = "agent_run_abc";
const RUN_PATH: &str = "/agent/runs/agent_run_abc";
/// The token the Batches document's `Exa-Beta` header allows (its default).
const BATCHES_BETA: &str = "batches-2026-06-06";
const BATCH: &str = "batch_abc";

fn search_body() -> SearchRequest {
    serde_json::from_value(json!({ "query": "rust http clients" })).expect("a valid search body")
}

/// `POST /search` through the facade.
async fn search(exa: &Exa) -> Result<SearchResponse, Error> {
    exa.search()
        .call(async |api| api.search().body(search_body()).send().await)
        .await
}

/// Every value of header `name` in a request, in order.
fn header_values(request: &HttpMockRequest, name: &str) -> Vec<String> {
    request
        .headers_vec()
        .iter()
        .filter(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.clone())
        .collect()
}

/// Sends one batch get and one search with the client `configure` makes, to mocks that
/// match only when `exa-beta` is exactly `batches` (resp. `search`) or, for `None`, missing.
async fn assert_betas(
    configure: impl FnOnce(ExaBuilder) -> ExaBuilder,
    batches: Option<&'static str>,
    search_beta: Option<&'static str>,
) {
    let case = format!("batches {batches:?}, search {search_beta:?}");
    let server = MockServer::start_async().await;
    let batch_mock = server
        .mock_async(|when, then| {
            let when = when.method(GET).path(format!("/batches/{BATCH}"));
            match batches {
                Some(value) => {
                    when.header_exists("exa-beta")
                        .header("exa-beta", value)
                        .is_true(move |req| header_values(req, "exa-beta") == [value]);
                }
                None => {
                    when.header_missing("exa-beta");
                }
            }
            then.status(200)
                .json_body(batch_body(BATCH, "in_progress", None));
        })
        .await;
    let search_mock = server
        .mock_async(|when, then| {
            let when = when.method(POST).path("/search");
            match search_beta {
                Some(value) => {
                    when.header_exists("exa-beta")
                        .header("exa-beta", value)
                        .is_true(move |req| header_values(req, "exa-beta") == [value]);
                }
                None => {
                    when.header_missing("exa-beta");
                }
            }
            then.status(200)
                .json_body(json!({ "requestId": "req_search", "results": [] }));
        })
        .await;
    let exa = configure(builder(server.base_url(), 0))
        .build()
        .expect("client builds");

    let batch = exa
        .batches()
        .call(async |api| api.get_batch().id(BATCH).send().await)
        .await;
    let found = search(&exa).await;
    assert!(batch.is_ok(), "{case}: batches: {batch:?}");
    assert!(found.is_ok(), "{case}: search: {found:?}");
    assert_eq!(batch_mock.calls_async().await, 1, "{case}: batches");
    assert_eq!(search_mock.calls_async().await, 1, "{case}: search");
}

#[test]
fn the_batches_document_declares_its_beta_and_search_and_agent_declare_none() {
    assert_eq!(
        exa_client::batches::spec::DOCUMENT.default_beta(),
        Some(BATCHES_BETA)
    );
    assert_eq!(exa_client::agent::spec::DOCUMENT.default_beta(), None);
    assert_eq!(exa_client::search::spec::DOCUMENT.default_beta(), None);
    assert!(
        exa_client::search::spec::DOCUMENT
            .operations
            .iter()
            .all(|op| !op.beta)
    );
    let modules: Vec<&str> = Exa::documents().iter().map(|d| d.module.as_ref()).collect();
    for module in ["agent", "batches", "monitors", "search", "teams", "websets"] {
        assert!(modules.contains(&module), "{module} in {modules:?}");
    }
}

#[tokio::test]
async fn by_default_a_batches_operation_sends_its_beta_and_a_search_sends_none() {
    assert_betas(|b| b, Some(BATCHES_BETA), None).await;
}

#[tokio::test]
async fn a_beta_for_every_request_reaches_both_documents() {
    assert_betas(|b| b.beta("x"), Some("batches-2026-06-06,x"), Some("x")).await;
}

#[tokio::test]
async fn a_document_beta_reaches_only_that_documents_requests() {
    assert_betas(
        |b| b.document_beta("search", "s"),
        Some(BATCHES_BETA),
        Some("s"),
    )
    .await;
}

#[tokio::test]
async fn an_empty_list_of_betas_makes_the_batches_send_none() {
    assert_betas(|b| b.betas(Vec::<String>::new()), None, None).await;
}

#[tokio::test]
async fn betas_in_place_of_the_default_apply_only_where_the_header_is_declared() {
    assert_betas(|b| b.betas(["a", "b"]), Some("a,b"), None).await;
}

#[tokio::test]
async fn a_repeated_token_is_sent_once() {
    assert_betas(
        |b| b.beta(BATCHES_BETA).beta("x").document_beta("search", "x"),
        Some("batches-2026-06-06,x"),
        Some("batches-2026-06-06,x"),
    )
    .await;
}

#[test]
fn a_beta_for_a_document_this_build_lacks_is_refused() {
    let error = builder("http://127.0.0.1:9", 0)
        .document_beta("nope", "x")
        .build()
        .expect_err("an unknown document");
    assert!(error.to_string().contains("nope"), "{error}");
}

#[tokio::test]
async fn an_agent_404_with_the_agent_envelope_is_read_and_decodes() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(404)
                .header("x-request-id", "req_agent")
                .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "no such run"));
        })
        .await;
    let exa = builder(server.base_url(), 2).build().unwrap();

    let error = exa.agent().delete(RUN).await.expect_err("a 404");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(api.status, 404);
    assert_eq!(api.kind.as_deref(), Some("NOT_FOUND"));
    assert_eq!(api.code.as_deref(), Some("RUN_NOT_FOUND"));
    assert_eq!(api.message.as_deref(), Some("no such run"));
    assert_eq!(api.schema, Some("AgentErrorResponse"));
    assert_eq!(api.request_id.as_deref(), Some("req_agent"));
    assert_eq!(api.body_prefix, None);
    assert_eq!(
        api.body.as_ref(),
        Some(&error_body("NOT_FOUND", "RUN_NOT_FOUND", "no such run"))
    );
    let typed = api
        .decode::<AgentErrorResponse>()
        .expect("the envelope decodes");
    assert_eq!(typed.error.code, AgentErrorCode::RunNotFound);
    assert_eq!(typed.error.type_, AgentErrorType::NotFound);
    assert_eq!(typed.error.message, "no such run");
    assert_eq!(error.attempts(), 1, "a 404 is not retried");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_search_error_of_its_own_shape_keeps_status_request_id_and_message() {
    let server = MockServer::start_async().await;
    let body = json!({ "error": "bad query", "requestId": "r1" });
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/search");
            then.status(400).json_body(body.clone());
        })
        .await;
    let exa = builder(server.base_url(), 2).build().unwrap();

    let error = search(&exa).await.expect_err("a 400");
    let Error::Api(api) = &error else {
        panic!("expected Error::Api (never a decode failure), got {error:?}");
    };
    assert_eq!(api.status, 400);
    assert_eq!(api.message.as_deref(), Some("bad query"));
    assert_eq!(api.request_id.as_deref(), Some("r1"));
    assert_eq!(api.code, None);
    assert_eq!(api.kind, None);
    assert_eq!(
        api.schema, None,
        "the Search document declares no error body"
    );
    assert_eq!(api.body.as_ref(), Some(&body), "the raw body is kept");
    assert!(
        api.decode::<AgentErrorResponse>().is_err(),
        "another document's shape"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("400") && shown.contains("bad query") && shown.contains("r1"),
        "{shown}"
    );
    assert!(!error.is_retryable());
    assert_eq!(error.attempts(), 1);
    assert_eq!(mock.calls_async().await, 1, "a 400 is not retried");
}

#[tokio::test]
async fn a_search_answered_by_an_html_502_keeps_the_first_bytes() {
    let server = MockServer::start_async().await;
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/search");
            then.status(502)
                .header("content-type", "text/html")
                .header("x-request-id", "req_proxy")
                .body(html);
        })
        .await;
    let exa = builder(server.base_url(), 2).build().unwrap();

    let error = search(&exa).await.expect_err("a 502");
    // A POST that is not idempotent may have been acted on before the proxy failed: it is not
    // sent again, and says so.
    assert!(
        matches!(
            &error,
            Error::OutcomeUnknown {
                operation: "search",
                ..
            }
        ),
        "{error:?}"
    );
    let api = error.api().expect("the API error inside");
    assert_eq!(api.status, 502);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(api.request_id.as_deref(), Some("req_proxy"));
    assert_eq!(api.body_prefix.as_deref(), Some(html));
    assert_eq!(api.body, None, "not JSON");
    assert_eq!((&api.kind, &api.code, &api.message), (&None, &None, &None));
    assert_eq!(api.schema, None);
    assert!(error.to_string().contains("502 Bad Gateway"), "{error}");
    assert_eq!(error.attempts(), 1);
    assert_eq!(mock.calls_async().await, 1, "a POST's 5xx is not retried");
}

#[tokio::test]
async fn attempts_of_an_api_error_after_retries_equal_the_hits() {
    let server = MockServer::start_async().await;
    let exa = builder(server.base_url(), 2).build().unwrap();
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(503)
                .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "busy"));
        })
        .await;

    let error = exa.agent().delete(RUN).await.expect_err("a 503");
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    let hits = mock.calls_async().await;
    assert_eq!(hits, 3);
    assert_eq!(error.attempts() as usize, hits);
    assert_eq!(error.api().map(|a| a.attempts as usize), Some(hits));
}

#[tokio::test]
async fn a_search_refused_with_429_is_retried_and_counts_its_attempts() {
    let server = MockServer::start_async().await;
    let exa = builder(server.base_url(), 2).build().unwrap();
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/search");
            then.status(429)
                .json_body(json!({ "error": "slow down", "requestId": "r2" }));
        })
        .await;

    let error = search(&exa).await.expect_err("a 429");
    // Nothing was done on a 429, so even a POST is sent again, and its effect is known.
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    let hits = mock.calls_async().await;
    assert_eq!(hits, 3);
    assert_eq!(error.attempts() as usize, hits);
    assert_eq!(
        error.api().and_then(|a| a.message.as_deref()),
        Some("slow down")
    );
}

#[tokio::test]
async fn a_refused_path_parameter_is_typed_through_call_and_untyped_through_the_bare_client() {
    let server = MockServer::start_async().await;
    let catch_all = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(deleted_body(RUN));
        })
        .await;
    let exa = builder(server.base_url(), 2).build().unwrap();

    let error = exa
        .agent()
        .call(async |api| api.delete_agent_run().id(".").send().await)
        .await
        .expect_err("a dot segment");
    assert!(matches!(error, Error::InvalidId(_)), "{error:?}");
    assert_eq!(error.attempts(), 0, "nothing was sent");

    let bare = exa
        .agent()
        .client()
        .delete_agent_run()
        .id(".")
        .send()
        .await
        .expect_err("a dot segment");
    assert!(
        matches!(bare, exa_client::agent::Error::InvalidRequest(_)),
        "{bare:?}"
    );
    assert_eq!(catch_all.calls_async().await, 0);
}
