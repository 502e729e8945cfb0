//! What `exa-client` puts on the wire and how it reads what comes back, against a local
//! httpmock server: headers, paths, status mapping, retries, timeouts and redaction.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use exa_client::agent::types::{
    AgentErrorCode, AgentErrorResponse, AgentErrorType, DeleteAgentRunResponse,
    DeleteAgentRunResponseObject,
};
use exa_client::{ApiError, AuthScheme, BODY_PREFIX_LIMIT, DEFAULT_PATTERN, Error, Exa, IdRule};
use exa_client_tests::{KEY, builder, deleted_body, error_body};
use httpmock::prelude::*;
use serde_json::json;

const RUN: &str = "agent_run_abc";
const RUN_PATH: &str = "/agent/runs/agent_run_abc";

/// The Batches document's default beta token (the Agent document has none).
fn default_beta() -> &'static str {
    exa_client::batches::spec::DOCUMENT
        .default_beta()
        .expect("the Batches document declares a beta token")
}

const BATCH_PATH: &str = "/batches/batch_abc";

fn deleted_batch() -> serde_json::Value {
    json!({ "id": "batch_abc", "object": "batch.deleted", "deleted": true })
}

/// `DELETE /batches/batch_abc` through the facade.
async fn delete_batch(
    exa: &Exa,
) -> Result<exa_client::batches::types::DeletedBatch, exa_client::Error> {
    exa.batches()
        .call(async |c| c.delete_batch().id("batch_abc").send().await)
        .await
}

fn client(server: &MockServer, retries: u32) -> Exa {
    builder(server.base_url(), retries)
        .build()
        .expect("client builds")
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

#[track_caller]
fn expect_api<T: Debug>(result: Result<T, Error>) -> ApiError {
    match result {
        Err(Error::Api(error)) => *error,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("local addr").port()
}

#[tokio::test]
async fn the_key_is_sent_as_x_api_key_by_default() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path(RUN_PATH)
                .header("x-api-key", KEY)
                .header_missing("authorization")
                .is_true(|req| header_values(req, "x-api-key") == [KEY]);
            then.status(200).json_body(deleted_body(RUN));
        })
        .await;

    client(&server, 0)
        .agent()
        .delete(RUN)
        .await
        .expect("delete succeeds");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn the_bearer_scheme_sends_only_authorization() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path(RUN_PATH)
                .header("authorization", format!("Bearer {KEY}"))
                .header_missing("x-api-key")
                .is_true(|req| header_values(req, "authorization").len() == 1);
            then.status(200).json_body(deleted_body(RUN));
        })
        .await;

    let exa = builder(server.base_url(), 0)
        .auth_scheme(AuthScheme::Bearer)
        .build()
        .unwrap();
    exa.agent().delete(RUN).await.expect("delete succeeds");
    assert_eq!(mock.calls_async().await, 1);
}

/// A caller's own `reqwest::Client` is used (its default headers arrive), and the facade still
/// sets the key and the beta header on each request.
#[tokio::test]
async fn a_custom_http_client_gets_the_key_and_beta_per_request() {
    let server = MockServer::start_async().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(BATCH_PATH);
            let seen = seen.clone();
            then.respond_with(move |req| {
                seen.lock().unwrap().push(req.clone());
                HttpMockResponse::builder()
                    .status(200)
                    .header("content-type", "application/json")
                    .body(deleted_batch().to_string())
                    .build()
            });
        })
        .await;
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("x-custom", "from-my-client".parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(defaults)
        .build()
        .unwrap();

    let exa = builder(server.base_url(), 0)
        .http_client(http)
        .build()
        .unwrap();
    delete_batch(&exa).await.expect("delete succeeds");

    assert_eq!(mock.calls_async().await, 1);
    let request = seen.lock().unwrap()[0].clone();
    assert_eq!(header_values(&request, "x-custom"), ["from-my-client"]);
    assert_eq!(header_values(&request, "x-api-key"), [KEY]);
    assert_eq!(
        header_values(&request, "authorization"),
        Vec::<String>::new()
    );
    assert_eq!(header_values(&request, "exa-beta"), [default_beta()]);
}

#[tokio::test]
async fn the_beta_header_is_sent_once_on_every_attempt() {
    let beta = default_beta();
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path(BATCH_PATH)
                .header("exa-beta", beta)
                .is_true(move |req| header_values(req, "exa-beta") == [beta]);
            then.status(500)
                .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "boom"));
        })
        .await;

    let error = expect_api(delete_batch(&client(&server, 2)).await);
    assert_eq!(error.status, 500);
    assert_eq!(error.attempts, 3);
    assert_eq!(
        mock.calls_async().await,
        3,
        "every retry carries exactly one `Exa-Beta: {beta}`"
    );
}

#[tokio::test]
async fn custom_betas_are_joined_into_one_header() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path(BATCH_PATH)
                .is_true(|req| header_values(req, "exa-beta") == ["a,b"]);
            then.status(200).json_body(deleted_batch());
        })
        .await;

    let exa = builder(server.base_url(), 0)
        .betas(["a", "b"])
        .build()
        .unwrap();
    delete_batch(&exa).await.expect("delete succeeds");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn delete_run_sends_a_delete_to_the_run_path_and_decodes_the_answer() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(200).json_body(deleted_body(RUN));
        })
        .await;
    let exa = client(&server, 0);

    let deleted = exa.agent().delete(RUN).await.expect("delete succeeds");
    assert_eq!(deleted.id.as_str(), RUN);
    assert!(deleted.deleted);
    assert_eq!(
        deleted.object,
        DeleteAgentRunResponseObject::AgentRunDeleted
    );

    let same: DeleteAgentRunResponse = exa
        .agent()
        .call(async |api| api.delete_agent_run().id(RUN).send().await)
        .await
        .expect("generated call succeeds");
    assert_eq!(same.id.as_str(), RUN);
    assert!(same.deleted);

    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn every_documented_error_maps_to_an_api_error() {
    let cases = [
        (
            400,
            "INVALID_REQUEST",
            AgentErrorType::InvalidRequest,
            "INVALID_REQUEST",
            AgentErrorCode::InvalidRequest,
        ),
        (
            400,
            "INVALID_REQUEST",
            AgentErrorType::InvalidRequest,
            "PREVIOUS_RUN_NOT_COMPLETED",
            AgentErrorCode::PreviousRunNotCompleted,
        ),
        (
            400,
            "INVALID_REQUEST",
            AgentErrorType::InvalidRequest,
            "INVALID_OUTPUT_SCHEMA",
            AgentErrorCode::InvalidOutputSchema,
        ),
        (
            401,
            "AUTHENTICATION_ERROR",
            AgentErrorType::AuthenticationError,
            "TEAM_NOT_FOUND",
            AgentErrorCode::TeamNotFound,
        ),
        (
            404,
            "NOT_FOUND",
            AgentErrorType::NotFound,
            "RUN_NOT_FOUND",
            AgentErrorCode::RunNotFound,
        ),
        (
            404,
            "NOT_FOUND",
            AgentErrorType::NotFound,
            "PREVIOUS_RUN_NOT_FOUND",
            AgentErrorCode::PreviousRunNotFound,
        ),
        (
            429,
            "RATE_LIMIT_ERROR",
            AgentErrorType::RateLimitError,
            "CONCURRENCY_LIMIT_REACHED",
            AgentErrorCode::ConcurrencyLimitReached,
        ),
        (
            500,
            "SERVER_ERROR",
            AgentErrorType::ServerError,
            "TIMEOUT",
            AgentErrorCode::Timeout,
        ),
        (
            500,
            "SERVER_ERROR",
            AgentErrorType::ServerError,
            "SERVER_ERROR",
            AgentErrorCode::ServerError,
        ),
    ];
    let server = MockServer::start_async().await;
    let exa = client(&server, 0);

    for (i, (status, kind_wire, kind, code_wire, code)) in cases.into_iter().enumerate() {
        // Alternate the two request id headers: `request-id` is the fallback.
        let request_id_header = if i % 2 == 0 {
            "x-request-id"
        } else {
            "request-id"
        };
        let request_id = format!("req_{i}");
        let run = format!("agent_run_{i}");
        let message = format!("message {i}");
        let mock = server
            .mock_async(|when, then| {
                when.method(DELETE).path(format!("/agent/runs/{run}"));
                then.status(status)
                    .header(request_id_header, &request_id)
                    .json_body(error_body(kind_wire, code_wire, &message));
            })
            .await;

        let error = expect_api(exa.agent().delete(&run).await);
        let case = format!("{status} {code_wire} via {request_id_header}");
        assert_eq!(error.status, status, "{case}");
        assert_eq!(error.kind.as_deref(), Some(kind_wire), "{case}");
        assert_eq!(error.code.as_deref(), Some(code_wire), "{case}");
        assert_eq!(error.schema, Some("AgentErrorResponse"), "{case}");
        let typed = error
            .decode::<AgentErrorResponse>()
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(typed.error.type_, kind, "{case}");
        assert_eq!(typed.error.code, code, "{case}");
        assert_eq!(error.message.as_deref(), Some(message.as_str()), "{case}");
        assert_eq!(
            error.request_id.as_deref(),
            Some(request_id.as_str()),
            "{case}"
        );
        assert_eq!(error.body_prefix, None, "{case}");
        assert!(
            typed.error.extra.is_empty(),
            "{case}: {:?}",
            typed.error.extra
        );
        assert_eq!(error.attempts, 1, "{case}");
        assert_eq!(mock.calls_async().await, 1, "{case}");
    }
}

#[tokio::test]
async fn x_request_id_wins_over_request_id() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(RUN_PATH);
            then.status(404)
                .header("request-id", "req_fallback")
                .header("x-request-id", "req_primary")
                .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "gone"));
        })
        .await;

    let error = expect_api(client(&server, 0).agent().delete(RUN).await);
    assert_eq!(error.request_id.as_deref(), Some("req_primary"));
}

#[tokio::test]
async fn unknown_codes_types_and_fields_survive() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(404).json_body(json!({
                "error": {
                    "type": "GONE",
                    "code": "RUN_ARCHIVED",
                    "message": "the run was archived",
                    "runId": "x",
                    "retryAfterSeconds": 3
                }
            }));
        })
        .await;

    let error = expect_api(client(&server, 0).agent().delete(RUN).await);
    assert_eq!(error.status, 404);
    assert_eq!(error.kind.as_deref(), Some("GONE"));
    assert_eq!(error.code.as_deref(), Some("RUN_ARCHIVED"));
    assert_eq!(error.message.as_deref(), Some("the run was archived"));
    let typed = error
        .decode::<AgentErrorResponse>()
        .expect("the envelope decodes");
    assert_eq!(typed.error.type_, AgentErrorType::Unknown("GONE".into()));
    assert_eq!(
        typed.error.code,
        AgentErrorCode::Unknown("RUN_ARCHIVED".into())
    );
    let extra = &typed.error.extra;
    assert_eq!(extra.get("runId"), Some(&json!("x")));
    assert_eq!(extra.get("retryAfterSeconds"), Some(&json!(3)));
    assert_eq!(extra.len(), 2, "{extra:?}");
    let body = error.body.as_ref().expect("a JSON body");
    assert_eq!(body["error"]["runId"], "x");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_success_with_an_unknown_field_still_decodes() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(200).json_body(json!({
                "id": RUN,
                "object": "agent_run.deleted",
                "deleted": true,
                "createdAt": "2026-05-07T12:00:00Z"
            }));
        })
        .await;

    let deleted = client(&server, 0)
        .agent()
        .delete(RUN)
        .await
        .expect("extra fields are ignored");
    assert_eq!(deleted.id.as_str(), RUN);
}

#[tokio::test]
async fn bodies_that_are_not_the_error_envelope_keep_their_first_bytes() {
    let html = format!("<html><body>{}</body></html>", "x".repeat(5000 - 26));
    assert_eq!(html.len(), 5000);
    let cases = [
        ("agent_run_html", 502, "text/html", html.clone()),
        ("agent_run_empty", 500, "application/json", String::new()),
        (
            "agent_run_other_json",
            500,
            "application/json",
            r#"{"detail":"boom"}"#.to_string(),
        ),
    ];
    let server = MockServer::start_async().await;
    let exa = client(&server, 0);

    for (run, status, content_type, body) in cases {
        let mock = server
            .mock_async(|when, then| {
                when.method(DELETE).path(format!("/agent/runs/{run}"));
                then.status(status)
                    .header("content-type", content_type)
                    .body(&body);
            })
            .await;

        let error = expect_api(exa.agent().delete(run).await);
        assert_eq!(error.status, status, "{run}");
        assert_eq!(
            (&error.kind, &error.code, &error.message),
            (&None, &None, &None),
            "{run}"
        );
        let prefix = error
            .body_prefix
            .as_deref()
            .unwrap_or_else(|| panic!("{run}: no body_prefix"));
        assert!(
            prefix.len() <= BODY_PREFIX_LIMIT,
            "{run}: {} bytes kept",
            prefix.len()
        );
        assert!(body.starts_with(prefix), "{run}: {prefix:?}");
        assert_eq!(prefix.len(), body.len().min(BODY_PREFIX_LIMIT), "{run}");
        assert_eq!(error.attempts, 1, "{run}");
        assert_eq!(mock.calls_async().await, 1, "{run}");
    }
}

#[tokio::test]
async fn retry_after_is_honored_before_the_retry() {
    let server = MockServer::start_async().await;
    let hits = Arc::new(Mutex::new(Vec::new()));
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            let hits = hits.clone();
            then.respond_with(move |_| {
                let mut hits = hits.lock().unwrap();
                hits.push(Instant::now());
                let response =
                    HttpMockResponse::builder().header("content-type", "application/json");
                let response = if hits.len() == 1 {
                    let body =
                        error_body("RATE_LIMIT_ERROR", "CONCURRENCY_LIMIT_REACHED", "slow down");
                    response
                        .status(429)
                        .header("retry-after", "1")
                        .body(body.to_string())
                } else {
                    response.status(200).body(deleted_body(RUN).to_string())
                };
                response.build()
            });
        })
        .await;

    let started = Instant::now();
    client(&server, 2)
        .agent()
        .delete(RUN)
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();

    assert_eq!(mock.calls_async().await, 2);
    let hits = hits.lock().unwrap();
    let gap = hits[1] - hits[0];
    assert!(gap >= Duration::from_millis(900), "retried after {gap:?}");
    assert!(
        elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(10),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn retries_stop_after_the_maximum() {
    let server = MockServer::start_async().await;
    let exa = client(&server, 2);
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(503).body("unavailable");
        })
        .await;

    let error = expect_api(exa.agent().delete(RUN).await);
    assert_eq!(error.status, 503);
    assert_eq!(error.attempts, 3);
    assert_eq!(mock.calls_async().await, 3);

    mock.delete_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(503).body("unavailable");
        })
        .await;
    let error = expect_api(client(&server, 0).agent().delete(RUN).await);
    assert_eq!(error.attempts, 1);
    assert_eq!(mock.calls_async().await, 1, "max_retries 0 sends once");
}

#[tokio::test]
async fn a_400_is_never_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(400)
                .json_body(error_body("INVALID_REQUEST", "INVALID_REQUEST", "bad"));
        })
        .await;

    let error = expect_api(client(&server, 3).agent().delete(RUN).await);
    assert_eq!(error.status, 400);
    assert_eq!(error.attempts, 1);
    assert!(!Error::Api(Box::new(error)).is_retryable());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_refused_connection_is_a_retried_transport_error() {
    let base_url = format!("http://127.0.0.1:{}", closed_port());
    let exa = builder(base_url, 2).build().unwrap();

    match exa.agent().delete(RUN).await {
        Err(error @ Error::Transport { attempts, .. }) => {
            assert_eq!(attempts, 3);
            assert!(error.is_retryable());
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

#[tokio::test]
async fn bad_ids_never_reach_the_server() {
    let server = MockServer::start_async().await;
    let catch_all = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(deleted_body(RUN));
        })
        .await;
    let exa = client(&server, 2);
    let pattern = IdRule::Pattern {
        pattern: DEFAULT_PATTERN.into(),
    };
    let too_long = "a".repeat(201);
    let cases = [
        ("", IdRule::Empty),
        (".", IdRule::DotSegment),
        ("..", IdRule::DotSegment),
        ("..\\..\\admin", pattern.clone()),
        ("a/b", pattern.clone()),
        ("x?y=1", pattern.clone()),
        ("a b", pattern),
        (too_long.as_str(), IdRule::TooLong { max: 200 }),
    ];

    // Every case is tried before the verdict, which lists all that went wrong.
    let mut wrong = Vec::new();
    for (id, rule) in cases {
        match exa.agent().delete(id).await {
            Err(Error::InvalidId(invalid)) if invalid.rule == rule && invalid.parameter == "id" => {
            }
            other => wrong.push(format!(
                "delete({id:?}): expected Error::InvalidId ({rule:?}, `id`), got {other:?}"
            )),
        }
        let generated = exa
            .agent()
            .call(async |api| api.delete_agent_run().id(id).send().await)
            .await;
        match (id, generated) {
            ("." | "..", Err(Error::InvalidId(_))) => {}
            ("." | "..", other) => wrong.push(format!(
                "call({id:?}): expected Error::InvalidId, got {other:?}"
            )),
            (_, Err(Error::InvalidId(_) | Error::InvalidRequest(_))) => {}
            (_, other) => wrong.push(format!(
                "call({id:?}): expected an error before any I/O, got {other:?}"
            )),
        }
    }
    assert_eq!(catch_all.calls_async().await, 0);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_base_url_path_prefix_is_kept() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path("/v1/agent/runs/abc");
            then.status(200).json_body(deleted_body("abc"));
        })
        .await;

    for base_url in [
        format!("{}/v1", server.base_url()),
        format!("{}/v1/", server.base_url()),
    ] {
        let exa = builder(&base_url, 0).build().unwrap();
        exa.agent()
            .delete("abc")
            .await
            .unwrap_or_else(|e| panic!("{base_url}: {e}"));
        let same = exa
            .agent()
            .call(async |api| api.delete_agent_run().id("abc").send().await)
            .await;
        same.unwrap_or_else(|e| panic!("{base_url}: {e}"));
    }
    assert_eq!(mock.calls_async().await, 4);
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout_and_is_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(DELETE).path(RUN_PATH);
            then.status(200)
                .delay(Duration::from_secs(2))
                .json_body(deleted_body(RUN));
        })
        .await;

    for (retries, hits) in [(0, 1), (1, 3)] {
        let exa = builder(server.base_url(), retries)
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap();
        let started = Instant::now();
        match exa.agent().delete(RUN).await {
            Err(error @ Error::Timeout { attempts, .. }) => {
                assert_eq!(attempts, retries + 1);
                assert!(error.is_retryable());
            }
            other => panic!("expected Error::Timeout, got {other:?}"),
        }
        let elapsed = started.elapsed();
        assert!(
            elapsed < Duration::from_millis(1500) * (retries + 1),
            "{elapsed:?}"
        );
        assert_eq!(
            mock.calls_async().await,
            hits,
            "total hits after max_retries {retries}"
        );
    }
}

#[tokio::test]
async fn the_key_never_appears_in_debug_or_errors() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(RUN_PATH);
            then.status(401).json_body(error_body(
                "AUTHENTICATION_ERROR",
                "TEAM_NOT_FOUND",
                "no team",
            ));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/agent/runs/slow");
            then.status(200)
                .delay(Duration::from_secs(1))
                .json_body(deleted_body("slow"));
        })
        .await;
    let exa = client(&server, 0);
    let bearer = builder(server.base_url(), 0)
        .auth_scheme(AuthScheme::Bearer)
        .build()
        .unwrap();
    let slow = builder(server.base_url(), 0)
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let refused = builder(format!("http://127.0.0.1:{}", closed_port()), 0)
        .build()
        .unwrap();

    let mut shown = vec![
        format!("{exa:?}"),
        format!("{bearer:?}"),
        format!("{:?}", Exa::builder().api_key(KEY)),
        format!(
            "{:?}",
            Exa::builder().api_key(KEY).auth_scheme(AuthScheme::Bearer)
        ),
    ];
    let errors = [
        exa.agent().delete(RUN).await.expect_err("401"),
        bearer.agent().delete(RUN).await.expect_err("401"),
        slow.agent().delete("slow").await.expect_err("timeout"),
        refused.agent().delete(RUN).await.expect_err("refused"),
        exa.agent().delete("a/b").await.expect_err("invalid id"),
        exa.agent()
            .call(async |api| api.delete_agent_run().id("..").send().await)
            .await
            .expect_err("invalid id"),
        exa.agent()
            .call(async |api| api.delete_agent_run().id("a b").send().await)
            .await
            .expect_err("invalid request"),
        Error::from(
            Exa::builder()
                .api_key("bad\nkey")
                .build()
                .expect_err("config"),
        ),
        Error::from(
            Exa::builder()
                .api_key(format!("{KEY} "))
                .build()
                .expect_err("config"),
        ),
        Error::from(
            Exa::builder()
                .api_key(KEY)
                .base_url("ftp://x")
                .build()
                .expect_err("config"),
        ),
    ];
    assert!(matches!(errors[0], Error::Api(_)), "{:?}", errors[0]);
    assert!(
        matches!(errors[2], Error::Timeout { .. }),
        "{:?}",
        errors[2]
    );
    assert!(
        matches!(errors[3], Error::Transport { .. }),
        "{:?}",
        errors[3]
    );
    assert!(matches!(errors[4], Error::InvalidId(_)), "{:?}", errors[4]);
    assert!(matches!(errors[7], Error::Config(_)), "{:?}", errors[7]);
    for error in &errors {
        shown.push(format!("{error}"));
        shown.push(format!("{error:?}"));
    }
    for text in shown {
        assert!(
            !text.contains(KEY) && !text.contains("SECRET"),
            "the key leaked: {text}"
        );
    }
}
