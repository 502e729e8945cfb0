//! The Agent API's helpers on the wire: method, path, query, body, headers and how often each
//! request is sent, for create, get, cancel, list and events, and typed structured output.

use exa_client::Error;
use exa_client::WaitOptions;
use exa_client::agent::types::{AgentEffort, AgentRun};
use exa_client::agent_api::structured;
use exa_client_tests::{KEY, client, expect};
use futures::TryStreamExt;
use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use serde_json::{Value, json};

const RUN: &str = "agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8";

fn run(id: &str, status: &str, structured: Value) -> Value {
    json!({
        "id": id, "object": "agent_run", "status": status, "stopReason": null,
        "createdAt": "2026-05-07T18:31:00.000Z", "completedAt": null, "request": null,
        "output": {"text": "", "structured": structured, "grounding": []},
        "usage": {"agentComputeUnits": 0, "searches": 0, "emails": 0, "phoneNumbers": 0},
        "costDollars": {"total": 0, "agentCompute": 0, "search": 0, "emails": 0, "phoneNumbers": 0}
    })
}

#[derive(Debug, PartialEq, serde::Deserialize, schemars::JsonSchema)]
struct Rounds {
    companies: Vec<String>,
}

#[tokio::test]
async fn create_sends_the_builder_fields_and_a_schema_derived_from_a_type_once() {
    let server = MockServer::start_async().await;
    let schema = serde_json::to_value(schemars::schema_for!(Rounds)).unwrap();
    let mock = server
        .mock_async(|when, then| {
            expect(when, POST, "/agent/runs")
                .header("accept", "application/json")
                .json_body_includes(
                    json!({
                        "query": "who raised", "systemPrompt": "brief", "effort": "low",
                        "metadata": {"team": "research"}, "previousRunId": "agent_run_prev",
                        "outputSchema": schema,
                    })
                    .to_string(),
                );
            then.status(200).json_body(run(RUN, "queued", Value::Null));
        })
        .await;
    let created = client(&server)
        .agent()
        .create("who raised")
        .system_prompt("brief")
        .effort(AgentEffort::Low)
        .metadata("team", "research")
        .previous_run("agent_run_prev")
        .output_type::<Rounds>()
        .send()
        .await
        .unwrap();
    assert_eq!(created.id.as_str(), RUN);
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_create_answered_503_is_sent_once_and_its_outcome_is_unknown() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            expect(when, POST, "/agent/runs");
            then.status(503);
        })
        .await;
    let error = client(&server)
        .agent()
        .create("q")
        .send()
        .await
        .unwrap_err();
    assert_eq!(mock.calls_async().await, 1);
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.to_string().contains("list the runs"), "{error}");
    // A 429 refused it before any work: that one is retried.
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            expect(when, POST, "/agent/runs");
            then.status(429).header("retry-after", "0");
        })
        .await;
    let error = client(&server)
        .agent()
        .create("q")
        .send()
        .await
        .unwrap_err();
    assert_eq!(limited.calls_async().await, 3);
    assert_eq!(error.attempts(), 3);
}

#[tokio::test]
async fn get_and_a_cancel_retried_like_a_get_reach_their_paths() {
    let server = MockServer::start_async().await;
    let get = server
        .mock_async(|when, then| {
            expect(when, GET, &format!("/agent/runs/{RUN}"));
            then.status(200)
                .json_body(run(RUN, "completed", json!({"companies": ["Exa"]})));
        })
        .await;
    let cancel = server
        .mock_async(|when, then| {
            expect(when, POST, &format!("/agent/runs/{RUN}/cancel"));
            then.status(503);
        })
        .await;
    let exa = client(&server);
    let done = exa.agent().get(RUN).await.unwrap();
    let rounds: Option<Rounds> = structured(&done).unwrap();
    assert_eq!(rounds.unwrap().companies, ["Exa"]);
    let error = exa.agent().cancel(RUN).await.unwrap_err();
    assert!(matches!(error, Error::Api(_)), "{error:?}");
    assert_eq!(cancel.calls_async().await, 3, "cancel is idempotent");
    assert_eq!(get.calls_async().await, 1);
    let waited = exa.agent().wait(RUN, WaitOptions::default()).await.unwrap();
    assert_eq!(waited.status.as_str(), "completed");
}

#[tokio::test]
async fn list_follows_next_cursor_until_has_more_is_false() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            expect(when, GET, "/agent/runs")
                .query_param("limit", "2")
                .query_param_missing("cursor");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": true, "nextCursor": "agent_run_b",
                "data": [run("agent_run_a", "completed", Value::Null), run("agent_run_b", "failed", Value::Null)],
            }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            expect(when, GET, "/agent/runs")
                .query_param("limit", "2")
                .query_param("cursor", "agent_run_b");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": false, "nextCursor": null,
                "data": [run("agent_run_c", "running", Value::Null)],
            }));
        })
        .await;
    let exa = client(&server);
    let runs: Vec<AgentRun> = exa.agent().list(Some(2)).try_collect().await.unwrap();
    let ids: Vec<&str> = runs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["agent_run_a", "agent_run_b", "agent_run_c"]);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
    let refused = exa.agent().list_page(Some(101), None).await.unwrap_err();
    assert!(matches!(refused, Error::InvalidRequest(_)), "{refused:?}");
}

#[tokio::test]
async fn events_are_read_as_json_pages_with_their_cursor() {
    let server = MockServer::start_async().await;
    let event = |id: &str, kind: &str| json!({"id": id, "event": kind, "data": {"id": RUN}, "createdAt": "2026-05-07T18:31:00.000Z"});
    let first = server
        .mock_async(|when, then| {
            expect(when, GET, &format!("/agent/runs/{RUN}/events"))
                .header("accept", "application/json")
                .query_param_missing("cursor");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": true, "nextCursor": "1",
                "data": [event("1", "agent_run.created")],
            }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            expect(when, GET, &format!("/agent/runs/{RUN}/events")).query_param("cursor", "1");
            then.status(200).json_body(json!({
                "object": "list", "hasMore": false, "nextCursor": null,
                "data": [event("2", "agent_run.started"), event("3", "agent_run.paused_for_lunch")],
            }));
        })
        .await;
    let exa = client(&server);
    let events: Vec<_> = exa.agent().events(RUN, None).try_collect().await.unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "agent_run.created",
            "agent_run.started",
            "agent_run.paused_for_lunch"
        ],
        "an unknown kind is kept as sent"
    );
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 1)
    );
}

#[tokio::test]
async fn bad_ids_are_refused_with_their_rule_before_anything_is_sent() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let exa = client(&server);
    for id in ["", ".", "..", "a/b"] {
        for error in [
            exa.agent().get(id).await.unwrap_err(),
            exa.agent().cancel(id).await.unwrap_err(),
            exa.agent().events_page(id, None, None).await.unwrap_err(),
        ] {
            assert!(matches!(error, Error::InvalidId(_)), "{id:?}: {error:?}");
            assert_eq!(error.attempts(), 0);
        }
    }
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn stop_sends_the_max_effort_token_and_is_retried_like_a_get() {
    let server = MockServer::start_async().await;
    let stop = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("/agent/runs/{RUN}/stop"))
                .header("x-api-key", KEY)
                .header("exa-beta", "agent-max-effort-2026-07-27")
                .header("content-length", "0");
            then.status(200)
                .json_body(run(RUN, "completed", Value::Null));
        })
        .await;
    let stopped = client(&server).agent().stop(RUN).await.unwrap();
    assert_eq!(stopped.status.as_str(), "completed");
    assert_eq!(stop.calls_async().await, 1);

    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("/agent/runs/{RUN}/stop"))
                .header("exa-beta", "agent-max-effort-2026-07-27");
            then.status(503);
        })
        .await;
    client(&server).agent().stop(RUN).await.unwrap_err();
    assert_eq!(failing.calls_async().await, 3, "stop is idempotent");
}

#[tokio::test]
async fn the_max_effort_token_joins_the_clients_tokens_once() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("/agent/runs/{RUN}/stop"))
                .header("exa-beta", "x,agent-max-effort-2026-07-27");
            then.status(200)
                .json_body(run(RUN, "completed", Value::Null));
        })
        .await;
    let exa = exa_client_tests::builder(server.base_url(), 0)
        .beta("x")
        .build()
        .unwrap();
    exa.agent().stop(RUN).await.unwrap();
    let exa = exa_client_tests::builder(server.base_url(), 0)
        .beta("x")
        .document_beta("agent", "agent-max-effort-2026-07-27")
        .build()
        .unwrap();
    exa.agent().stop(RUN).await.unwrap();
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn create_with_max_effort_data_sources_and_a_budget_sends_them_with_the_token() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            let body = json!({
                "query": "odds", "effort": "max",
                "dataSources": [{ "provider": "polymarket" }],
                "budget": { "maxCostDollars": 5.0, "maxDurationSeconds": 600 }
            });
            when.method(POST)
                .path("/agent/runs")
                .header("exa-beta", "agent-max-effort-2026-07-27")
                .json_body_includes(body.to_string());
            then.status(200).json_body(run(RUN, "queued", Value::Null));
        })
        .await;
    let plain = server
        .mock_async(|when, then| {
            expect(when, POST, "/agent/runs")
                .json_body_includes(json!({"effort": "minimal"}).to_string());
            then.status(200).json_body(run(RUN, "queued", Value::Null));
        })
        .await;
    let exa = client(&server);
    exa.agent()
        .create("odds")
        .effort(AgentEffort::Max)
        .data_sources([exa_client::agent::types::AgentDataSourceProvider::Polymarket])
        .budget(Some(5.0), Some(600))
        .send()
        .await
        .unwrap();
    exa.agent()
        .create("odds")
        .effort(AgentEffort::Minimal)
        .send()
        .await
        .unwrap();
    let refused = exa
        .agent()
        .create("odds")
        .budget(None, Some(60))
        .send()
        .await;
    assert!(
        matches!(&refused, Err(Error::InvalidRequest(m)) if m.contains("300 to 10800")),
        "{refused:?}"
    );
    assert_eq!(mock.calls_async().await, 1);
    assert_eq!(plain.calls_async().await, 1, "minimal effort sends no beta");
}

#[tokio::test]
async fn teams_me_reads_the_keys_team_below_the_websets_path() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            expect(when, GET, "/websets/v0/teams/me");
            then.status(200).json_body(json!({
                "id": "team_1", "object": "team", "name": "Research",
                "concurrency": { "active": 1, "queued": 0 },
                "limits": { "maxConcurrent": 5, "maxQueued": null }
            }));
        })
        .await;
    let team = client(&server).teams().me().await;
    let team = serde_json::to_value(team.expect("team decodes")).unwrap();
    assert_eq!(team["id"], "team_1");
    assert_eq!(mock.calls_async().await, 1);
}
