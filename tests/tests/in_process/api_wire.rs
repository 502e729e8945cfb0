//! The client on the wire as the real API expects it: each document below the path of its
//! server, whole numbers without a fraction, `Content-Length: 0` on a bodiless POST, no header
//! the documents do not declare, compressed responses, the key kept to the configured origin,
//! and every field the server sends readable.

use std::io::Write;

use exa_client::Exa;
use exa_client_tests::{KEY, builder, deleted_body};
use httpmock::Method::{DELETE, GET, POST};
use httpmock::{Method, MockServer, When};
use serde_json::{Value, json};

fn client(base_url: String) -> Exa {
    builder(base_url, 0).build().expect("client builds")
}

/// What every request carries, and what none does.
fn expect(when: When, method: Method, path: &str) -> When {
    when.method(method)
        .path(path)
        .header("x-api-key", KEY)
        .header_missing("api-version")
}

fn webset(id: &str) -> Value {
    json!({
        "id": id, "object": "webset", "status": "idle", "externalId": null, "title": null,
        "searches": [], "imports": [], "enrichments": [], "monitors": [],
        "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z",
        "dashboardUrl": "https://websets.exa.ai/ws_1"
    })
}

/// Equal as JSON: the same fields, and numbers of the same value (a field typed `number` is
/// written back as `0.0` where the server wrote `0`).
fn assert_same_json(written: &Value, sent: &Value) {
    match (written, sent) {
        (Value::Object(a), Value::Object(b)) => {
            let (mut ka, mut kb): (Vec<_>, Vec<_>) = (a.keys().collect(), b.keys().collect());
            ka.sort();
            kb.sort();
            assert_eq!(ka, kb, "fields of {sent}");
            for (k, v) in b {
                assert_same_json(&a[k], v);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{sent}");
            a.iter().zip(b).for_each(|(a, b)| assert_same_json(a, b));
        }
        (Value::Number(a), Value::Number(b)) => assert_eq!(a.as_f64(), b.as_f64()),
        _ => assert_eq!(written, sent),
    }
}

fn search_body() -> Value {
    json!({
        "requestId": "req_1",
        "resolvedSearchType": "neural",
        "results": [{"id": "https://exa.ai", "url": "https://exa.ai", "title": "Exa", "score": 0.9, "searchTime": 412.5}],
        "costDollars": {"total": 0.005, "breakDown": [{"search": 0.005, "contents": 0}], "perRequestPrices": {"neuralSearch_1_25_results": 0.005}}
    })
}

#[tokio::test]
async fn each_document_is_sent_below_its_servers_path_with_no_undeclared_header() {
    let server = MockServer::start_async().await;
    for prefix in ["", "/proxy"] {
        let agent = server.mock(|when, then| {
            expect(when, DELETE, &format!("{prefix}/agent/runs/agent_run_abc"));
            then.status(200).json_body(deleted_body("agent_run_abc"));
        });
        let search = server.mock(|when, then| {
            expect(when, POST, &format!("{prefix}/search"));
            then.status(200).json_body(search_body());
        });
        let websets = server.mock(|when, then| {
            expect(when, GET, &format!("{prefix}/websets/v0/websets/ws_1"));
            then.status(200).json_body(webset("ws_1"));
        });
        let exa = client(server.url(prefix));
        exa.agent().delete("agent_run_abc").await.expect("agent");
        exa.search().search("exa").send().await.expect("search");
        exa.websets().get("ws_1").await.expect("websets");
        for (mock, document) in [(agent, "agent"), (search, "search"), (websets, "websets")] {
            assert_eq!(mock.calls(), 1, "{document} below `{prefix}`");
        }
    }
}

#[tokio::test]
async fn a_whole_number_in_a_query_is_sent_without_a_fraction() {
    let server = MockServer::start_async().await;
    let whole = server.mock(|when, then| {
        expect(when, GET, "/websets/v0/websets").query_param("limit", "2");
        then.status(200)
            .json_body(json!({"data": [], "hasMore": false, "nextCursor": null}));
    });
    let fraction = server.mock(|when, then| {
        expect(when, GET, "/websets/v0/websets").query_param("limit", "2.5");
        then.status(200)
            .json_body(json!({"data": [], "hasMore": false, "nextCursor": null}));
    });
    let exa = client(server.base_url());
    let page = exa
        .websets()
        .call(async |c| c.websets_list().limit(2.0).send().await)
        .await
        .expect("limit=2");
    assert!(page.data.is_empty());
    let listed: Vec<_> = futures::TryStreamExt::try_collect(exa.websets().list(Some(2)))
        .await
        .expect("the helper sends limit=2 too");
    assert!(listed.is_empty());
    exa.websets()
        .call(async |c| c.websets_list().limit(2.5).send().await)
        .await
        .expect("limit=2.5 stays as written");
    assert_eq!((whole.calls(), fraction.calls()), (2, 1));
}

#[tokio::test]
async fn a_post_without_a_body_says_content_length_zero() {
    let server = MockServer::start_async().await;
    let cancel = server.mock(|when, then| {
        expect(when, POST, "/websets/v0/websets/ws_1/cancel")
            .header("content-length", "0")
            .header_missing("transfer-encoding");
        then.status(200).json_body(webset("ws_1"));
    });
    client(server.base_url())
        .websets()
        .cancel("ws_1")
        .await
        .expect("cancel");
    assert_eq!(cancel.calls(), 1);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

#[tokio::test]
async fn responses_are_asked_compressed_and_decoded_transparently() {
    let server = MockServer::start_async().await;
    let body = serde_json::to_vec(&search_body()).unwrap();
    let search = server.mock(|when, then| {
        expect(when, POST, "/search").header("accept-encoding", "zstd,gzip,br");
        then.status(200)
            .header("content-type", "application/json")
            .header("content-encoding", "gzip")
            .body(gzip(&body));
    });
    let results = client(server.base_url())
        .search()
        .search("exa")
        .send()
        .await
        .expect("a gzip body decodes");
    assert_eq!(results.results().len(), 1);
    assert_eq!(search.calls(), 1);
}

#[tokio::test]
async fn fields_the_documents_do_not_declare_stay_readable_and_are_written_back() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(POST).path("/search");
        then.status(200).json_body(search_body());
    });
    server.mock(|when, then| {
        when.method(GET).path("/websets/v0/websets/ws_1");
        then.status(200).json_body(webset("ws_1"));
    });
    let exa = client(server.base_url());

    let results = exa.search().search("exa").send().await.expect("search");
    let first = &results.results()[0];
    assert_eq!(first.extra["score"], 0.9);
    assert_eq!(first.extra["searchTime"], 412.5);
    let written = serde_json::to_value(&results).unwrap();
    assert_eq!(
        written["costDollars"]["perRequestPrices"]["neuralSearch_1_25_results"],
        0.005
    );
    assert_same_json(&serde_json::to_value(&results).unwrap(), &search_body());

    let webset = exa.websets().get("ws_1").await.expect("webset");
    assert_eq!(
        serde_json::to_value(&webset).unwrap()["dashboardUrl"],
        "https://websets.exa.ai/ws_1"
    );
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused_and_the_key_never_reaches_it() {
    let api = MockServer::start_async().await;
    let elsewhere = MockServer::start_async().await;
    let redirect = api.mock(|when, then| {
        expect(when, DELETE, "/agent/runs/agent_run_abc");
        then.status(307)
            .header("location", elsewhere.url("/agent/runs/agent_run_abc"));
    });
    let stolen = elsewhere.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(deleted_body("agent_run_abc"));
    });
    let error = client(api.base_url())
        .agent()
        .delete("agent_run_abc")
        .await
        .expect_err("another origin");
    let message = format!("{error} {:?}", std::error::Error::source(&error));
    assert!(message.contains("another origin"), "{message}");
    assert!(!message.contains(KEY), "{message}");
    assert_eq!((redirect.calls(), stolen.calls()), (1, 0));
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_with_the_key() {
    let api = MockServer::start_async().await;
    let moved = api.mock(|when, then| {
        expect(when, DELETE, "/agent/runs/agent_run_old");
        then.status(307)
            .header("location", "/agent/runs/agent_run_new");
    });
    let target = api.mock(|when, then| {
        expect(when, DELETE, "/agent/runs/agent_run_new");
        then.status(200).json_body(deleted_body("agent_run_new"));
    });
    let deleted = client(api.base_url())
        .agent()
        .delete("agent_run_old")
        .await
        .expect("followed");
    assert_eq!(deleted.id.as_str(), "agent_run_new");
    assert_eq!((moved.calls(), target.calls()), (1, 1));
}

#[tokio::test]
async fn send_operation_sends_any_operation_by_its_document_and_operation_id_through_the_hooks() {
    let server = MockServer::start_async().await;
    let items = server
        .mock_async(|when, then| {
            expect(when, GET, "/websets/v0/websets/ws_1/items")
                .query_param("limit", "2")
                .header_missing("exa-beta");
            then.status(200)
                .json_body(json!({"data": [], "hasMore": false}));
        })
        .await;
    let create = server
        .mock_async(|when, then| {
            expect(when, POST, "/agent/runs")
                .header_missing("exa-beta")
                .json_body(json!({"query": "q"}));
            then.status(503).body("busy");
        })
        .await;
    let exa = builder(server.base_url(), 2)
        .build()
        .expect("client builds");

    let response = exa
        .send_operation("websets", "websets-items-list", &["ws_1"], |b| {
            b.query(&[("limit", "2")])
        })
        .await
        .expect("a success");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.expect("JSON"),
        json!({"data": [], "hasMore": false})
    );
    assert_eq!(items.calls_async().await, 1);

    // A POST that is not idempotent is not repeated after a 5xx, as through `call`.
    let error = exa
        .send_operation("agent", "createAgentRun", &[], |b| {
            b.json(&json!({"query": "q"}))
        })
        .await
        .expect_err("503");
    assert!(
        matches!(error, exa_client::Error::OutcomeUnknown { .. }),
        "{error:?}"
    );
    assert_eq!(create.calls_async().await, 1);

    // Refused before anything is sent: a path value that breaks the id rule, an unknown
    // document or operation, a wrong number of path values.
    for (module, op, values) in [
        ("websets", "websets-items-list", &["../x"][..]),
        ("billing", "websets-items-list", &["ws_1"][..]),
        ("websets", "no-such-operation", &["ws_1"][..]),
        ("websets", "websets-items-list", &[][..]),
    ] {
        let error = exa
            .send_operation(module, op, values, |b| b)
            .await
            .expect_err("refused");
        assert_eq!(error.attempts(), 0, "{module} {op}: {error}");
    }
    assert_eq!(items.calls_async().await, 1);
}
