//! The Batches helpers on the wire: every request carries `Exa-Beta: batches-2026-06-06`, create
//! from typed requests or JSONL, list follows cursors, cancel is retried like a GET, wait polls,
//! and `results` reads the presigned `resultsUrl` from another server without the API key.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use exa_client::batches::types::BatchRequestItem;
use exa_client::{Error, WaitOptions};
use exa_client_tests::{KEY, batch_body, builder, client};
use futures::TryStreamExt;
use httpmock::Method::{DELETE, GET, POST};
use httpmock::{HttpMockRequest, HttpMockResponse, Method, MockServer, When};
use serde_json::json;

const BETA: &str = "batches-2026-06-06";

/// What every request of the Batches document carries.
fn expect(when: When, method: Method, path: &str) -> When {
    when.method(method)
        .path(path)
        .header("x-api-key", KEY)
        .header("exa-beta", BETA)
}

fn request(id: &str, query: &str) -> BatchRequestItem {
    serde_json::from_value(json!({
        "customId": id, "method": "POST", "url": "/search", "body": { "query": query }
    }))
    .expect("a valid request item")
}

#[tokio::test]
async fn create_sends_typed_requests_and_a_jsonl_file_as_the_same_body_once() {
    let server = MockServer::start_async().await;
    let body = json!({
        "requests": [
            { "customId": "row-1", "method": "POST", "url": "/search", "body": { "query": "rust" } },
            { "customId": "row-2", "method": "POST", "url": "/search", "body": { "query": "exa" } }
        ],
        "metadata": { "team": "search" }
    });
    let create = server
        .mock_async(|when, then| {
            expect(when, POST, "/batches").json_body(body.clone());
            then.status(200)
                .json_body(batch_body("batch_1", "in_progress", None));
        })
        .await;
    let exa = client(&server);
    let typed = exa
        .batches()
        .create([request("row-1", "rust"), request("row-2", "exa")])
        .metadata("team", "search")
        .send()
        .await
        .expect("typed create");
    assert_eq!(typed.id, "batch_1");
    let jsonl = concat!(
        "{\"customId\":\"row-1\",\"method\":\"POST\",\"url\":\"/search\",\"body\":{\"query\":\"rust\"}}\n",
        "\n",
        "{\"customId\":\"row-2\",\"method\":\"POST\",\"url\":\"/search\",\"body\":{\"query\":\"exa\"}}\n",
    );
    exa.batches()
        .create_from_jsonl(jsonl.as_bytes())
        .metadata("team", "search")
        .send()
        .await
        .expect("JSONL create");
    assert_eq!(create.calls_async().await, 2);

    let failing = MockServer::start_async().await;
    let once = failing
        .mock_async(|when, then| {
            expect(when, POST, "/batches");
            then.status(503);
        })
        .await;
    let error = client(&failing)
        .batches()
        .create([request("row-1", "rust")])
        .send()
        .await
        .expect_err("503");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(once.calls_async().await, 1, "a create is never sent twice");
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|_, then| {
            then.status(200).json_body(json!({}));
        })
        .await;
    let exa = client(&server);
    let refused = exa
        .batches()
        .create_from_jsonl("{\"customId\":\"a\"}\n".as_bytes())
        .send()
        .await;
    assert!(
        matches!(&refused, Err(Error::InvalidRequest(m)) if m.contains("JSONL line 1")),
        "{refused:?}"
    );
    let empty = exa.batches().create([]).send().await;
    assert!(matches!(empty, Err(Error::InvalidRequest(_))), "{empty:?}");
    let zero = exa.batches().list(Some(0)).try_collect::<Vec<_>>().await;
    assert!(matches!(zero, Err(Error::InvalidRequest(_))), "{zero:?}");
    let path = exa.batches().get("..").await;
    assert!(matches!(path, Err(Error::InvalidId(_))), "{path:?}");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn get_delete_list_cancel_and_wait_reach_their_paths() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            expect(when, GET, "/batches")
                .query_param("limit", "1")
                .query_param_missing("cursor");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": true, "nextCursor": "c2",
                "data": [batch_body("batch_1", "completed", None)]
            }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            expect(when, GET, "/batches")
                .query_param("limit", "1")
                .query_param("cursor", "c2");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": false, "nextCursor": null,
                "data": [batch_body("batch_2", "in_progress", None)]
            }));
        })
        .await;
    let cancel = server
        .mock_async(|when, then| {
            expect(when, POST, "/batches/batch_2/cancel");
            then.status(503);
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            expect(when, DELETE, "/batches/batch_1");
            then.status(200)
                .json_body(json!({ "id": "batch_1", "object": "batch.deleted", "deleted": true }));
        })
        .await;
    let running = server
        .mock_async(|when, then| {
            expect(when, GET, "/batches/batch_2");
            then.status(200)
                .json_body(batch_body("batch_2", "in_progress", None));
        })
        .await;
    running.up_to_n_times_async(2).await;
    let done = server
        .mock_async(|when, then| {
            expect(when, GET, "/batches/batch_2");
            then.status(200)
                .json_body(batch_body("batch_2", "cancelled", None));
        })
        .await;
    let exa = client(&server);
    let batches = exa.batches();
    let all: Vec<_> = batches.list(Some(1)).try_collect().await.expect("list");
    let ids: Vec<&str> = all.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["batch_1", "batch_2"]);
    batches.cancel("batch_2").await.expect_err("503");
    assert_eq!(
        cancel.calls_async().await,
        3,
        "cancel is retried like a GET"
    );
    assert!(batches.delete("batch_1").await.expect("delete").deleted);
    let options = WaitOptions {
        interval: Duration::from_millis(5),
        timeout: Duration::from_secs(10),
    };
    let ended = batches.wait("batch_2", options).await.expect("wait");
    assert_eq!(ended.status.as_str(), "cancelled");
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
    assert_eq!(
        (running.calls_async().await, done.calls_async().await),
        (2, 1)
    );
    assert_eq!(delete.calls_async().await, 1);
}

#[tokio::test]
async fn results_are_read_from_the_presigned_url_without_the_key_or_any_facade_header() {
    let store = MockServer::start_async().await;
    let seen: Arc<Mutex<Vec<HttpMockRequest>>> = Arc::default();
    let path = "/exa-batch-results/batch_1/results.jsonl";
    let results = store
        .mock_async(|when, then| {
            when.method(GET)
                .path(path)
                .query_param("X-Amz-Signature", "sig");
            let seen = seen.clone();
            then.respond_with(move |req| {
                seen.lock().unwrap().push(req.clone());
                HttpMockResponse::builder()
                    .status(200)
                    .header("content-type", "application/jsonl")
                    .body(concat!(
                        "{\"customId\":\"row-1\",\"status\":200,\"body\":{\"results\":[]}}\n",
                        "{\"customId\":\"row-2\",\"status\":400,\"error\":{\"message\":\"bad\"}}",
                    ))
                    .build()
            });
        })
        .await;
    let api = MockServer::start_async().await;
    let url = format!("{}?X-Amz-Signature=sig", store.url(path));
    api.mock_async(|when, then| {
        when.method(GET)
            .path("/batches/batch_1")
            .header("exa-beta", format!("{BETA},x"));
        then.status(200)
            .json_body(batch_body("batch_1", "completed", Some(&url)));
    })
    .await;
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("x-custom", "from-my-client".parse().unwrap());
    let exa = builder(api.base_url(), 0)
        .http_client(
            reqwest::Client::builder()
                .default_headers(defaults)
                .build()
                .unwrap(),
        )
        .beta("x")
        .build()
        .unwrap();

    let batch = exa.batches().get("batch_1").await.expect("batch");
    let lines: Vec<_> = exa
        .batches()
        .results(&batch)
        .await
        .expect("the file opens")
        .try_collect()
        .await
        .expect("every line decodes");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].custom_id, "row-1");
    assert_eq!(lines[1].rest["error"]["message"], "bad");
    assert_eq!(results.calls_async().await, 1);
    let seen = seen.lock().unwrap();
    let names: Vec<String> = seen[0]
        .headers_vec()
        .iter()
        .map(|(name, _)| name.to_ascii_lowercase())
        .collect();
    for absent in ["x-api-key", "authorization", "exa-beta", "x-custom"] {
        assert!(
            !names.contains(&absent.to_string()),
            "{absent} in {names:?}"
        );
    }
}

#[tokio::test]
async fn results_of_a_batch_without_a_url_or_with_an_expired_one_are_clear_errors() {
    let store = MockServer::start_async().await;
    store
        .mock_async(|when, then| {
            when.method(GET).path("/expired");
            then.status(403).body("<Error>Request has expired</Error>");
        })
        .await;
    let exa = builder(store.base_url(), 0).build().unwrap();
    let pending: exa_client::batches::types::Batch =
        serde_json::from_value(batch_body("b", "in_progress", None)).unwrap();
    let error = exa.batches().results(&pending).await.map(drop).unwrap_err();
    assert!(error.to_string().contains("resultsUrl"), "{error}");
    let expired: exa_client::batches::types::Batch =
        serde_json::from_value(batch_body("b", "completed", Some(&store.url("/expired")))).unwrap();
    let error = exa.batches().results(&expired).await.map(drop).unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403), "{error}");
}
