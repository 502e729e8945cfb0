//! The Search and Websets helpers on the wire: method, path, body fields, headers (the key, and
//! no `Exa-Beta`: neither document declares one), how often each request is sent, cursors
//! followed to the last page, polling until done, a streamed answer, and input refused before
//! anything is sent.

use std::time::Duration;

use exa_client::{Error, StreamError};
use exa_client_tests::{client, expect};
use futures::TryStreamExt;
use httpmock::Method::{DELETE, GET, POST};
use httpmock::MockServer;
use serde_json::{Value, json};

fn webset(id: &str, status: &str) -> Value {
    json!({
        "id": id, "object": "webset", "status": status, "externalId": null, "title": null,
        "dashboardUrl": format!("https://websets.exa.ai/{id}"), "searches": [], "imports": [], "enrichments": [], "monitors": [],
        "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z"
    })
}

fn item(id: &str) -> Value {
    json!({
        "id": id, "object": "webset_item", "source": "search", "sourceId": "s", "websetId": "ws_1",
        "properties": {
            "type": "custom", "url": "https://a.example", "description": "d", "content": null,
            "custom": { "title": null, "author": null, "publishedAt": null }
        },
        "evaluations": [], "enrichments": null,
        "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z"
    })
}

#[tokio::test]
async fn search_sends_the_builder_fields_once() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            let body = json!({
                "query": "llms", "numResults": 5, "type": "fast", "category": "news",
                "includeDomains": ["arxiv.org"], "excludeDomains": ["reddit.com"],
                "startPublishedDate": "2024-01-01T00:00:00Z",
                "endPublishedDate": "2024-06-30T12:00:00Z",
                "startCrawlDate": "2024-02-01T00:00:00Z", "endCrawlDate": "2024-03-01T00:00:00Z",
                "additionalQueries": ["large language models"],
                "contents": { "text": true, "highlights": true, "summary": { "query": "gist" } }
            });
            expect(when, POST, "/search").json_body_includes(body.to_string());
            then.status(200)
                .json_body(json!({ "requestId": "req_1", "results": [] }));
        })
        .await;
    let exa = client(&server);
    let found = exa
        .search()
        .search("llms")
        .num_results(5)
        .search_type(exa_client::search::types::SearchRequestType::Fast)
        .category(exa_client::search::types::SearchRequestCategory::News)
        .include_domains(["arxiv.org"])
        .exclude_domains(["reddit.com"])
        .start_published_date("2024-01-01")
        .end_published_date("2024-06-30T14:00:00+02:00")
        .start_crawl_date("2024-02-01")
        .end_crawl_date("2024-03-01")
        .text(true)
        .highlights(true)
        .summary(Some("gist"))
        .with(|r| r.additional_queries = Some(vec!["large language models".into()]))
        .send()
        .await
        .expect("search succeeds");
    assert_eq!(found.request_id(), Some("req_1"));
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
#[allow(deprecated)]
async fn find_similar_and_get_contents_send_their_bodies() {
    let server = MockServer::start_async().await;
    let similar = server
        .mock_async(|when, then| {
            let body = json!({ "url": "https://a.example", "numResults": 3, "contents": { "text": true } });
            expect(when, POST, "/findSimilar").json_body_includes(body.to_string());
            then.status(200).json_body(json!({ "results": [] }));
        })
        .await;
    let contents = server
        .mock_async(|when, then| {
            let body = json!({ "urls": ["https://a.example", "https://b.example"], "text": true, "summary": {} });
            expect(when, POST, "/contents").json_body_includes(body.to_string());
            then.status(200)
                .json_body(json!({ "results": [], "statuses": [] }));
        })
        .await;
    let exa = client(&server);
    let search = exa.search();
    search
        .find_similar("https://a.example")
        .num_results(3)
        .text(true)
        .send()
        .await
        .expect("find similar succeeds");
    search
        .get_contents(["https://a.example", "https://b.example"])
        .text(true)
        .with(|r| {
            if let exa_client::search::types::ContentsRequest::Variant1 { summary, .. } = r {
                *summary = Some(Default::default());
            }
        })
        .send()
        .await
        .expect("contents succeed");
    assert_eq!(similar.calls_async().await, 1);
    assert_eq!(contents.calls_async().await, 1);
}

#[tokio::test]
async fn answer_sends_json_and_reads_citations() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            let body = json!({ "query": "SpaceX valuation?", "stream": false, "text": true });
            expect(when, POST, "/answer").json_body_includes(body.to_string());
            then.status(200).json_body(json!({
                "answer": "$350 billion.",
                "citations": [{ "url": "https://news.example/spacex", "title": "SpaceX" }]
            }));
        })
        .await;
    let answer = client(&server)
        .search()
        .answer("SpaceX valuation?")
        .text(true)
        .send()
        .await
        .expect("answer succeeds");
    assert!(matches!(
        answer.answer,
        exa_client::search::types::AnswerResponseAnswer::String(ref s) if s == "$350 billion."
    ));
    assert_eq!(answer.citations[0].url, "https://news.example/spacex");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_streamed_answer_yields_text_deltas_then_citations() {
    let server = MockServer::start_async().await;
    let events = concat!(
        ": keep-alive\n\n",
        "data: {\"answer\":\"$350 \"}\n\n",
        "data: {\"choices\":[{\"delta\":{\"content\":\"billion.\"}}]}\n\n",
        "data: {\"citations\":[{\"url\":\"https://news.example/spacex\",\"title\":\"SpaceX\"}]}\n\n",
        "data: [DONE]\n\n",
        "data: {\"answer\":\"after the end\"}\n\n",
    );
    let mock = server
        .mock_async(|when, then| {
            expect(when, POST, "/answer")
                .header("accept", "text/event-stream")
                .json_body_includes(json!({ "query": "SpaceX?", "stream": true }).to_string());
            then.status(200)
                .header("content-type", "text/event-stream")
                .body(events);
        })
        .await;
    let chunks: Vec<_> = client(&server)
        .search()
        .answer("SpaceX?")
        .stream()
        .await
        .expect("the stream opens")
        .try_collect()
        .await
        .expect("every event parses");
    let text: String = chunks.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(text, "$350 billion.");
    assert_eq!(chunks.len(), 3);
    assert_eq!(chunks[2].citations[0].title, "SpaceX");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_malformed_answer_event_ends_the_stream_with_an_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            expect(when, POST, "/answer");
            then.status(200)
                .header("content-type", "text/event-stream")
                .body("data: {\"answer\":\"ok\"}\n\nid: 7\ndata: not json\n\ndata: {\"answer\":\"x\"}\n\n");
        })
        .await;
    let items: Vec<_> = futures::StreamExt::collect(
        client(&server)
            .search()
            .answer("q")
            .stream()
            .await
            .expect("opens"),
    )
    .await;
    assert_eq!(items.len(), 2, "the first error is the last item");
    assert_eq!(items[0].as_ref().expect("first chunk").text, "ok");
    match &items[1] {
        Err(Error::Stream(StreamError::Malformed { id, .. })) => {
            assert_eq!(id.as_deref(), Some("7"))
        }
        other => panic!("expected a malformed event, got {other:?}"),
    }
}

#[tokio::test]
async fn a_streamed_search_yields_typed_chunks_until_done() {
    let server = MockServer::start_async().await;
    let events = concat!(
        "data: {\"type\":\"text-delta\",\"delta\":\"Exa was \"}\n\n",
        "data: {\"type\":\"text-delta\",\"delta\":\"founded in 2021.\"}\n\n",
        "data: {\"type\":\"results\",\"results\":[{\"title\":\"Exa\",\"url\":\"https://exa.ai\"}]}\n\n",
        "data: {\"type\":\"done\",\"output\":null,\"searchTime\":812.5}\n\n",
        "data: [DONE]\n\n",
        "data: {\"type\":\"text-delta\",\"delta\":\"after the end\"}\n\n",
    );
    let mock = server
        .mock_async(|when, then| {
            expect(when, POST, "/search")
                .header("accept", "text/event-stream")
                .json_body_includes(json!({ "query": "Exa?", "stream": true }).to_string());
            then.status(200)
                .header("content-type", "text/event-stream")
                .body(events);
        })
        .await;
    let chunks: Vec<_> = client(&server)
        .search()
        .search("Exa?")
        .stream()
        .await
        .expect("the stream opens")
        .try_collect()
        .await
        .expect("every event parses");
    use exa_client::search::types::SearchStreamChunk as Chunk;
    let text: String = chunks
        .iter()
        .filter_map(|c| match c {
            Chunk::TextDelta { delta, .. } => Some(delta.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(text, "Exa was founded in 2021.");
    assert_eq!(chunks.len(), 4);
    assert!(
        matches!(&chunks[2], Chunk::Results { results, .. } if results[0].url == "https://exa.ai")
    );
    assert!(matches!(&chunks[3], Chunk::Done { search_time, .. } if *search_time == 812.5));
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_search_stream_answered_with_json_is_one_results_chunk() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            expect(when, POST, "/search");
            then.status(200).json_body(json!({
                "requestId": "req_9",
                "results": [{ "title": "Exa", "url": "https://exa.ai" }]
            }));
        })
        .await;
    let chunks: Vec<_> = client(&server)
        .search()
        .search("Exa?")
        .stream()
        .await
        .expect("opens")
        .try_collect()
        .await
        .expect("reads");
    use exa_client::search::types::SearchStreamChunk as Chunk;
    assert_eq!(chunks.len(), 1);
    assert!(matches!(
        &chunks[0],
        Chunk::Results { request_id: Some(id), results } if id == "req_9" && results.len() == 1
    ));
}

#[test]
fn research_is_retired_and_the_search_document_has_no_research_operation() {
    let ops = &exa_client::search::spec::DOCUMENT.operations;
    assert!(
        ops.iter().all(|op| !op.path.starts_with("/research")),
        "{:?}",
        ops.iter().map(|op| &op.path).collect::<Vec<_>>()
    );
    let migration =
        std::fs::read_to_string(exa_client_tests::workspace().join("docs/migration.md")).unwrap();
    assert!(
        migration.contains("RESEARCH_RETIRED"),
        "the migration table in docs/migration.md names the retirement"
    );
}

#[tokio::test]
async fn creates_are_not_sent_twice_after_a_5xx() {
    let server = MockServer::start_async().await;
    let answer = server
        .mock_async(|when, then| {
            expect(when, POST, "/answer");
            then.status(503);
        })
        .await;
    let websets = server
        .mock_async(|when, then| {
            expect(when, POST, "/websets/v0/websets");
            then.status(503);
        })
        .await;
    let exa = client(&server);
    let error = exa.search().answer("q").send().await.expect_err("503");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    let error = exa.websets().create("q").send().await.expect_err("503");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(answer.calls_async().await, 1);
    assert_eq!(websets.calls_async().await, 1);
}

#[tokio::test]
#[allow(deprecated)]
async fn invalid_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|_, then| {
            then.status(200).json_body(json!({}));
        })
        .await;
    let exa = client(&server);
    let refused = |result: Result<(), Error>| {
        assert!(
            matches!(result, Err(Error::InvalidRequest(_))),
            "{result:?}"
        )
    };
    let search = exa.search();
    refused(search.search("q").num_results(0).send().await.map(drop));
    refused(search.search("q").num_results(101).send().await.map(drop));
    refused(
        search
            .search("q")
            .start_published_date("last tuesday")
            .send()
            .await
            .map(drop),
    );
    refused(
        search
            .find_similar("u")
            .num_results(101)
            .send()
            .await
            .map(drop),
    );
    refused(search.answer("").send().await.map(drop));
    refused(search.answer("").stream().await.map(drop));
    let websets = exa.websets();
    refused(websets.create("").send().await.map(drop));
    refused(websets.create("q").count(0).send().await.map(drop));
    refused(
        websets
            .create("q")
            .external_id(&"x".repeat(301))
            .send()
            .await
            .map(drop),
    );
    refused(
        websets
            .list(Some(0))
            .try_collect::<Vec<_>>()
            .await
            .map(drop),
    );
    refused(
        websets
            .items("ws_1", Some(101))
            .try_collect::<Vec<_>>()
            .await
            .map(drop),
    );
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn webset_create_get_cancel_delete_hit_their_endpoints() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            let body = json!({
                "search": { "query": "Tech companies in SF", "count": 25.0 },
                "externalId": "crm-42", "metadata": { "team": "growth" }
            });
            expect(when, POST, "/websets/v0/websets").json_body_includes(body.to_string());
            then.status(201).json_body(webset("ws_1", "running"));
        })
        .await;
    let get = server
        .mock_async(|when, then| {
            expect(when, GET, "/websets/v0/websets/ws_1");
            then.status(200).json_body(webset("ws_1", "running"));
        })
        .await;
    let cancel = server
        .mock_async(|when, then| {
            expect(when, POST, "/websets/v0/websets/ws_1/cancel");
            then.status(200).json_body(webset("ws_1", "idle"));
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            expect(when, DELETE, "/websets/v0/websets/ws_1");
            then.status(200).json_body(webset("ws_1", "idle"));
        })
        .await;
    let exa = client(&server);
    let websets = exa.websets();
    let created = websets
        .create("Tech companies in SF")
        .count(25)
        .external_id("crm-42")
        .metadata("team", "growth")
        .send()
        .await
        .expect("create succeeds");
    assert_eq!(created.id, "ws_1");
    assert_eq!(
        websets.get("ws_1").await.expect("get").status.as_str(),
        "running"
    );
    assert_eq!(
        websets
            .cancel("ws_1")
            .await
            .expect("cancel")
            .status
            .as_str(),
        "idle"
    );
    assert_eq!(websets.delete("ws_1").await.expect("delete").id, "ws_1");
    for mock in [&create, &get, &cancel, &delete] {
        assert_eq!(mock.calls_async().await, 1);
    }
}

#[tokio::test]
async fn webset_cancel_is_retried_like_a_get() {
    let server = MockServer::start_async().await;
    let cancel = server
        .mock_async(|when, then| {
            expect(when, POST, "/websets/v0/websets/ws_1/cancel");
            then.status(503);
        })
        .await;
    let error = client(&server)
        .websets()
        .cancel("ws_1")
        .await
        .expect_err("503");
    assert_eq!(
        error.api().map(|a| a.status.as_u16()),
        Some(503),
        "{error:?}"
    );
    assert_eq!(
        cancel.calls_async().await,
        3,
        "the first attempt and 2 retries"
    );
}

#[tokio::test]
async fn list_and_items_follow_cursors_to_the_last_page() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for path in ["/websets/v0/websets", "/websets/v0/websets/ws_1/items"] {
        let (first, last): (Vec<Value>, Vec<Value>) = if path.ends_with("items") {
            (vec![item("i1"), item("i2")], vec![item("i3")])
        } else {
            (
                vec![webset("w1", "idle"), webset("w2", "idle")],
                vec![webset("w3", "idle")],
            )
        };
        mocks.push(
            server
                .mock_async(|when, then| {
                    expect(when, GET, path)
                        // A number in the document; a whole one is sent without a fraction.
                        .query_param("limit", "2")
                        .query_param_missing("cursor");
                    then.status(200)
                        .json_body(json!({ "data": first, "hasMore": true, "nextCursor": "c2" }));
                })
                .await,
        );
        mocks.push(
            server
                .mock_async(|when, then| {
                    expect(when, GET, path)
                        .query_param("limit", "2")
                        .query_param("cursor", "c2");
                    then.status(200)
                        .json_body(json!({ "data": last, "hasMore": false, "nextCursor": null }));
                })
                .await,
        );
    }
    let exa = client(&server);
    let websets: Vec<_> = exa
        .websets()
        .list(Some(2))
        .try_collect()
        .await
        .expect("every page");
    let ids: Vec<_> = websets.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids, ["w1", "w2", "w3"]);
    let items: Vec<_> = exa
        .websets()
        .items("ws_1", Some(2))
        .try_collect()
        .await
        .expect("every page");
    let ids: Vec<_> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["i1", "i2", "i3"]);
    for mock in &mocks {
        assert_eq!(mock.calls_async().await, 1);
    }
}

#[tokio::test]
async fn wait_until_idle_polls_until_the_webset_is_idle() {
    let server = MockServer::start_async().await;
    let running = server
        .mock_async(|when, then| {
            expect(when, GET, "/websets/v0/websets/ws_1");
            then.status(200).json_body(webset("ws_1", "running"));
        })
        .await;
    running.up_to_n_times_async(3).await;
    let idle = server
        .mock_async(|when, then| {
            expect(when, GET, "/websets/v0/websets/ws_1");
            then.status(200).json_body(webset("ws_1", "idle"));
        })
        .await;
    let exa = client(&server);
    let done = exa
        .websets()
        .wait_until_idle(
            "ws_1",
            exa_client::WaitOptions {
                interval: Duration::from_millis(5),
                timeout: Duration::from_secs(10),
            },
        )
        .await
        .expect("the webset becomes idle");
    assert_eq!(done.status.as_str(), "idle");
    assert_eq!(running.calls_async().await, 3);
    assert_eq!(idle.calls_async().await, 1);
    let error = exa
        .websets()
        .wait_until_idle(
            "ws_2",
            exa_client::WaitOptions {
                interval: Duration::from_millis(5),
                timeout: Duration::from_millis(5),
            },
        )
        .await
        .expect_err("no such webset on the mock");
    assert!(error.api().is_some_and(|a| a.status == 404), "{error:?}");
}
