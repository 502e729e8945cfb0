//! The search monitors' helpers on the wire: method, path, body, the key and no `Exa-Beta` by
//! default, lists followed to the last page, a create never sent twice, ids checked first, an
//! update carrying only the fields named.

use exa_client::Error;
use exa_client::monitors::types::UpdateSearchMonitorParametersSearch;
use exa_client_tests::{client, expect};
use futures::TryStreamExt;
use httpmock::Method::{DELETE, GET, PATCH, POST};
use httpmock::MockServer;
use serde_json::{Value, json};

fn monitor(id: &str, status: &str) -> Value {
    json!({
        "id": id, "name": "funding", "status": status,
        "search": { "query": "AI funding rounds" }, "trigger": null, "outputSchema": { "type": "text" },
        "metadata": null, "webhook": { "url": "https://example.com/hook" }, "nextRunAt": null,
        "createdAt": "2026-06-06T12:00:00Z", "updatedAt": "2026-06-06T12:00:00Z"
    })
}

fn run(id: &str) -> Value {
    json!({
        "id": id, "monitorId": "mon_1", "status": "completed", "output": null, "failReason": null,
        "startedAt": null, "completedAt": null, "failedAt": null, "cancelledAt": null,
        "durationMs": 1200, "createdAt": "2026-06-06T12:00:00Z", "updatedAt": "2026-06-06T12:00:00Z"
    })
}

#[tokio::test]
async fn create_update_get_trigger_delete_reach_their_paths_with_their_bodies() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            let body = json!({
                "search": { "query": "AI funding rounds" },
                "webhook": { "url": "https://example.com/hook" },
                "name": "funding"
            });
            expect(when, POST, "/monitors").json_body_includes(body.to_string());
            let mut created = monitor("mon_1", "active");
            created["webhookSecret"] = json!("whsec_1");
            then.status(201).json_body(created);
        })
        .await;
    let update = server
        .mock_async(|when, then| {
            expect(when, PATCH, "/monitors/mon_1").json_body(json!({ "name": "renamed" }));
            then.status(200).json_body(monitor("mon_1", "active"));
        })
        .await;
    let get = server
        .mock_async(|when, then| {
            expect(when, GET, "/monitors/mon_1");
            then.status(200).json_body(monitor("mon_1", "paused"));
        })
        .await;
    let trigger = server
        .mock_async(|when, then| {
            expect(when, POST, "/monitors/mon_1/trigger");
            then.status(200).json_body(json!({ "triggered": true }));
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            expect(when, DELETE, "/monitors/mon_1");
            then.status(200).json_body(monitor("mon_1", "active"));
        })
        .await;
    let run_get = server
        .mock_async(|when, then| {
            expect(when, GET, "/monitors/mon_1/runs/run_1");
            then.status(200).json_body(run("run_1"));
        })
        .await;
    let exa = client(&server);
    let monitors = exa.monitors();
    let created = monitors
        .create("AI funding rounds", "https://example.com/hook")
        .name("funding")
        .send()
        .await
        .expect("create");
    let created = serde_json::to_value(created).unwrap();
    assert_eq!(created["webhookSecret"], "whsec_1");
    monitors
        .update("mon_1")
        .with(|(_, r)| r.name = Some("renamed".into()))
        .send()
        .await
        .expect("update");
    assert_eq!(
        monitors.get("mon_1").await.expect("get").status.as_str(),
        "paused"
    );
    assert!(monitors.trigger("mon_1").await.expect("trigger").triggered);
    monitors.delete("mon_1").await.expect("delete");
    assert_eq!(
        monitors.get_run("mon_1", "run_1").await.expect("run").id,
        "run_1"
    );
    for (mock, name) in [
        (create, "create"),
        (update, "update"),
        (get, "get"),
        (trigger, "trigger"),
        (delete, "delete"),
        (run_get, "run"),
    ] {
        assert_eq!(mock.calls_async().await, 1, "{name}");
    }
}

#[tokio::test]
async fn list_and_runs_follow_every_page() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            expect(when, GET, "/monitors")
                .query_param("limit", "1")
                .query_param_missing("cursor");
            then.status(200).json_body(json!({
                "data": [monitor("mon_1", "active")], "hasMore": true, "nextCursor": "c2"
            }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            expect(when, GET, "/monitors").query_param("cursor", "c2");
            then.status(200).json_body(json!({
                "data": [monitor("mon_2", "paused")], "hasMore": false, "nextCursor": null
            }));
        })
        .await;
    let runs = server
        .mock_async(|when, then| {
            expect(when, GET, "/monitors/mon_1/runs").query_param("limit", "50");
            then.status(200).json_body(json!({
                "data": [run("run_1"), run("run_2")], "hasMore": false, "nextCursor": null
            }));
        })
        .await;
    let exa = client(&server);
    let all: Vec<_> = exa
        .monitors()
        .list(Some(1))
        .try_collect()
        .await
        .expect("list");
    let ids: Vec<&str> = all.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["mon_1", "mon_2"]);
    let all_runs: Vec<_> = exa
        .monitors()
        .runs("mon_1", Some(50))
        .try_collect()
        .await
        .expect("runs");
    assert_eq!(all_runs.len(), 2);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
    assert_eq!(runs.calls_async().await, 1);
}

#[tokio::test]
async fn a_create_is_sent_once_and_bad_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            expect(when, POST, "/monitors");
            then.status(503);
        })
        .await;
    let exa = client(&server);
    let error = exa
        .monitors()
        .create("q", "https://example.com/hook")
        .send()
        .await
        .expect_err("503");
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(create.calls_async().await, 1);
    let limit = exa.monitors().list(Some(101)).try_collect::<Vec<_>>().await;
    assert!(matches!(limit, Err(Error::InvalidRequest(_))), "{limit:?}");
    let id = exa.monitors().get("..").await;
    assert!(matches!(id, Err(Error::InvalidId(_))), "{id:?}");
}

#[tokio::test]
async fn an_update_of_the_search_query_alone_sends_no_result_count_that_would_reset_the_monitors() {
    let server = MockServer::start_async().await;
    // Exactly this body: a `numResults` the caller did not name would set the monitor's to 10.
    let update = server
        .mock_async(|when, then| {
            expect(when, PATCH, "/monitors/mon_1")
                .json_body(json!({ "search": { "query": "AI funding news" } }));
            then.status(200).json_body(monitor("mon_1", "active"));
        })
        .await;
    let exa = client(&server);
    let search = UpdateSearchMonitorParametersSearch {
        query: Some("AI funding news".parse().expect("a query")),
        ..Default::default()
    };
    exa.monitors()
        .update("mon_1")
        .with(|(_, r)| r.search = Some(search))
        .send()
        .await
        .expect("update");
    assert_eq!(update.calls_async().await, 1);
}
