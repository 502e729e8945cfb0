//! `exa-agent runs create|get|cancel|list|events|wait` end to end: the binary against
//! httpmock, checked for exact paths, queries, headers and hit counts, and for the key.

use std::process::Stdio;
use std::time::{Duration, Instant};

use exa_client_tests::{KEY, error_body};
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::{checked, exa_agent, run};

/// A run as the API returns it.
fn run_body(id: &str, status: &str) -> Value {
    json!({
        "id": id,
        "object": "agent_run",
        "status": status,
        "createdAt": "2026-05-07T12:00:00Z",
        "completedAt": null,
        "costDollars": {"agentCompute": 0.0, "emails": 0.0, "phoneNumbers": 0.0, "search": 0.0, "total": 0.0},
        "output": {"grounding": [], "structured": null, "text": ""},
        "request": null,
        "stopReason": null,
        "usage": {"agentComputeUnits": 0.0, "emails": 0, "phoneNumbers": 0, "searches": 0}
    })
}

fn run_list(ids: &[&str], has_more: bool, next_cursor: Option<&str>) -> Value {
    let data: Vec<Value> = ids.iter().map(|id| run_body(id, "completed")).collect();
    json!({ "object": "list", "data": data, "hasMore": has_more, "nextCursor": next_cursor })
}

fn event_body(id: &str, event: &str, run: &str, status: &str) -> Value {
    json!({
        "id": id, "event": event, "createdAt": "2026-05-07T12:00:00Z",
        "data": run_body(run, status)
    })
}

/// A `text/event-stream` body: a keep-alive comment, then the events `(id, event, status)`.
fn sse(run: &str, events: &[(&str, &str, &str)]) -> String {
    let mut body = String::from(": keep-alive\n\n");
    for (id, event, status) in events {
        let data = run_body(run, status);
        body.push_str(&format!("id: {id}\nevent: {event}\ndata: {data}\n\n"));
    }
    body
}

#[test]
fn get_prints_each_run_as_a_json_line_and_a_missing_one_as_delete_reports_it() {
    let server = MockServer::start();
    let found = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_a")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200)
            .json_body(run_body("agent_run_a", "running"));
    });
    let missing = server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_gone");
        then.status(404)
            .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "Run not found"));
    });

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "get",
        "agent_run_a",
        "agent_run_gone",
        "..",
    ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let mut lines = out.json_lines();
    lines.sort_by_key(|line| line["id"].to_string());
    assert_eq!(
        lines,
        [
            json!({ "id": "..", "error": "invalid", "status": null, "code": null,
                    "message": "must not be `.` or `..`" }),
            run_body("agent_run_a", "running"),
            json!({ "id": "agent_run_gone", "error": "failed", "status": 404,
                    "code": "RUN_NOT_FOUND", "message": "Run not found", "attempts": 1 }),
        ]
    );
    assert!(
        out.stderr
            .starts_with("1 fetched, 0 not found, 1 failed, 1 invalid in "),
        "{}",
        out.stderr
    );
    assert_eq!((found.calls(), missing.calls()), (1, 1));
}

#[test]
fn get_reads_ids_from_stdin_and_exits_0_when_every_run_is_found() {
    let server = MockServer::start();
    let mocks: Vec<_> = ["agent_run_1", "agent_run_2"]
        .iter()
        .map(|id| {
            server.mock(|when, then| {
                when.method(GET).path(format!("/agent/runs/{id}"));
                then.status(200).json_body(run_body(id, "queued"));
            })
        })
        .collect();

    let out = run(exa_agent(&server.base_url())
        .args([
            "runs",
            "get",
            "--from",
            "-",
            "--concurrency",
            "1",
            "--quiet",
        ])
        .write_stdin("agent_run_1\n# skipped\n\nagent_run_2\n"));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stderr, "");
    assert_eq!(
        out.field("id"),
        [json!("agent_run_1"), json!("agent_run_2")]
    );
    assert!(mocks.iter().all(|m| m.calls() == 1));
}

#[test]
fn cancel_posts_to_the_cancel_path_of_each_run_and_prints_the_runs() {
    let server = MockServer::start();
    let mocks: Vec<_> = ["agent_run_a", "agent_run_b"]
        .iter()
        .map(|id| {
            server.mock(|when, then| {
                when.method(POST)
                    .path(format!("/agent/runs/{id}/cancel"))
                    .header("x-api-key", KEY)
                    .header_missing("exa-beta");
                then.status(200).json_body(run_body(id, "cancelled"));
            })
        })
        .collect();

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "cancel",
        "--output",
        "text",
        "agent_run_a",
        "agent_run_b",
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let mut lines: Vec<&str> = out.stdout.lines().collect();
    lines.sort_unstable();
    assert_eq!(
        lines,
        [
            "cancelled agent_run_a: cancelled",
            "cancelled agent_run_b: cancelled"
        ]
    );
    assert!(
        out.stderr.starts_with("2 cancelled, 0 not found"),
        "{}",
        out.stderr
    );
    assert!(mocks.iter().all(|m| m.calls() == 1));
}

#[test]
fn stop_posts_to_the_stop_path_with_its_beta_and_exits_1_when_one_fails() {
    let server = MockServer::start();
    let stopped = server.mock(|when, then| {
        when.method(POST)
            .path("/agent/runs/agent_run_a/stop")
            .header("x-api-key", KEY)
            .header("exa-beta", "agent-max-effort-2026-07-27");
        then.status(200)
            .json_body(run_body("agent_run_a", "completed"));
    });
    let refused = server.mock(|when, then| {
        when.method(POST)
            .path("/agent/runs/agent_run_b/stop")
            .header("exa-beta", "agent-max-effort-2026-07-27");
        then.status(400).json_body(error_body(
            "INVALID_REQUEST",
            "INVALID_REQUEST",
            "only ultra effort runs can be stopped",
        ));
    });

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "stop",
        "--output",
        "text",
        "agent_run_a",
        "agent_run_b",
    ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(
        out.stdout.contains("stopped agent_run_a: completed"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.starts_with("1 stopped, 0 not found, 1 failed"),
        "{}",
        out.stderr
    );
    assert_eq!((stopped.calls(), refused.calls()), (1, 1));

    let usage = run(exa_agent(&server.base_url()).args(["runs", "stop", ".."]));
    assert_eq!(usage.code, Some(1), "{}", usage.stderr);
    let help = run(exa_agent(&server.base_url()).args(["runs", "stop", "--help"])).stdout;
    assert!(help.contains("agent-max-effort-2026-07-27"), "{help}");
}

#[test]
fn list_prints_one_page_of_runs_with_the_limit_given() {
    let server = MockServer::start();
    let page = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs")
            .query_param("limit", "2")
            .query_param_missing("cursor")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200)
            .json_body(run_list(&["agent_run_2", "agent_run_1"], true, Some("c1")));
    });

    let out = run(exa_agent(&server.base_url()).args(["runs", "list", "--limit", "2"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.json_lines(),
        [
            run_body("agent_run_2", "completed"),
            run_body("agent_run_1", "completed")
        ]
    );
    assert_eq!(page.calls(), 1, "one page without --all");
}

#[test]
fn list_all_follows_next_cursor_until_has_more_is_false() {
    let server = MockServer::start();
    let first = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs")
            .query_param("limit", "2")
            .query_param_missing("cursor")
            .header_missing("exa-beta");
        then.status(200).json_body(run_list(
            &["agent_run_5", "agent_run_4"],
            true,
            Some("agent_run_4"),
        ));
    });
    let second = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs")
            .query_param("limit", "2")
            .query_param("cursor", "agent_run_4");
        then.status(200).json_body(run_list(
            &["agent_run_3", "agent_run_2"],
            true,
            Some("agent_run_2"),
        ));
    });
    let last = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs")
            .query_param("limit", "2")
            .query_param("cursor", "agent_run_2");
        then.status(200)
            .json_body(run_list(&["agent_run_1"], false, None));
    });

    let out = run(exa_agent(&server.base_url()).args(["runs", "list", "--all", "--limit", "2"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let ids: Vec<Value> = (1..=5)
        .rev()
        .map(|i| json!(format!("agent_run_{i}")))
        .collect();
    assert_eq!(out.field("id"), ids);
    assert_eq!((first.calls(), second.calls(), last.calls()), (1, 1, 1));
}

#[test]
fn create_sends_the_flags_as_the_json_body_and_prints_the_run() {
    let server = MockServer::start();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let schema = dir.join("exa-agent-schema.json");
    let input = dir.join("exa-agent-input.json");
    let schema_json = json!({"type": "object", "properties": {"companies": {"type": "array"}}});
    let input_json = json!({"data": [{"company": "Exa"}]});
    std::fs::write(&schema, schema_json.to_string()).expect("write the schema");
    std::fs::write(&input, input_json.to_string()).expect("write the input");
    let create = server.mock(|when, then| {
        when.method(POST)
            .path("/agent/runs")
            .header("x-api-key", KEY)
            .header_missing("exa-beta")
            .json_body(json!({
                "query": "AI funding rounds this week",
                "systemPrompt": "Be brief",
                "effort": "low",
                "outputSchema": schema_json,
                "input": input_json,
                "previousRunId": "agent_run_prev",
                "metadata": {"team": "research", "ticket": "a=b"}
            }));
        then.status(200)
            .json_body(run_body("agent_run_new", "queued"));
    });

    let out = run(exa_agent(&server.base_url())
        .args(["runs", "create", "AI funding rounds this week"])
        .args(["--system-prompt", "Be brief", "--effort", "low"])
        .arg("--output-schema")
        .arg(&schema)
        .arg("--input")
        .arg(&input)
        .args(["--previous", "agent_run_prev"])
        .args(["--metadata", "team=research", "--metadata", "ticket=a=b"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [run_body("agent_run_new", "queued")]);
    assert_eq!(create.calls(), 1);

    // The query alone: nothing else in the body.
    let bare = server.mock(|when, then| {
        when.method(POST)
            .path("/agent/runs")
            .json_body(json!({"query": "only this"}));
        then.status(200)
            .json_body(run_body("agent_run_bare", "queued"));
    });
    let out = run(exa_agent(&server.base_url()).args(["runs", "create", "only this"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.field("id"), [json!("agent_run_bare")]);
    assert_eq!(bare.calls(), 1);
}

#[test]
fn a_create_that_may_have_happened_is_sent_once_and_says_how_to_find_out() {
    let server = MockServer::start();
    let create = server.mock(|when, then| {
        when.method(POST).path("/agent/runs");
        then.status(503)
            .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "try later"));
    });

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "create",
        "--max-retries",
        "3",
        "a question",
    ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("list the runs") && out.stderr.contains("not sent again"),
        "{}",
        out.stderr
    );
    assert_eq!(create.calls(), 1, "a create is never retried");
}

#[test]
fn create_follow_prints_each_event_and_exits_by_how_the_run_ended() {
    for (last, status, code) in [
        ("agent_run.completed", "completed", 0),
        ("agent_run.failed", "failed", 1),
    ] {
        let server = MockServer::start();
        let events = [
            ("1", "agent_run.created", "queued"),
            ("2", "agent_run.started", "running"),
            ("3", last, status),
        ];
        let create = server.mock(|when, then| {
            when.method(POST)
                .path("/agent/runs")
                .header("accept", "text/event-stream")
                .header("x-api-key", KEY)
                .header_missing("exa-beta")
                .json_body(json!({"query": "a question"}));
            then.status(200)
                .header("content-type", "text/event-stream")
                .body(sse("agent_run_s", &events));
        });

        let out =
            run(exa_agent(&server.base_url()).args(["runs", "create", "a question", "--follow"]));

        assert_eq!(out.code, Some(code), "{last}: {}", out.stderr);
        let expected: Vec<Value> = events
            .iter()
            .map(|(id, event, status)| {
                json!({ "id": id, "event": event, "data": run_body("agent_run_s", status) })
            })
            .collect();
        assert_eq!(out.json_lines(), expected);
        // stderr is not a terminal: no progress.
        assert_eq!(out.stderr, "");
        assert_eq!(create.calls(), 1);
    }
}

#[test]
fn events_prints_every_stored_event_page_by_page() {
    let server = MockServer::start();
    let first = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_e/events")
            .query_param_missing("cursor")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200).json_body(json!({
            "object": "list", "hasMore": true, "nextCursor": "2",
            "data": [event_body("1", "agent_run.created", "agent_run_e", "queued"),
                     event_body("2", "agent_run.started", "agent_run_e", "running")]
        }));
    });
    let second = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_e/events")
            .query_param("cursor", "2");
        then.status(200).json_body(json!({
            "object": "list", "hasMore": false, "nextCursor": null,
            "data": [event_body("3", "agent_run.completed", "agent_run_e", "completed")]
        }));
    });

    let out = run(exa_agent(&server.base_url()).args(["runs", "events", "agent_run_e"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.field("id"), [json!("1"), json!("2"), json!("3")]);
    assert_eq!(
        out.field("event"),
        [
            json!("agent_run.created"),
            json!("agent_run.started"),
            json!("agent_run.completed")
        ]
    );
    assert_eq!((first.calls(), second.calls()), (1, 1));

    let after =
        run(exa_agent(&server.base_url()).args(["runs", "events", "agent_run_e", "--after", "1"]));
    assert_eq!(after.code, Some(0), "{}", after.stderr);
    assert_eq!(after.field("id"), [json!("2"), json!("3")]);
}

#[test]
fn events_follow_prints_the_server_sent_events_until_the_terminal_one() {
    let server = MockServer::start();
    let events = [
        ("1", "agent_run.created", "queued"),
        ("2", "agent_run.started", "running"),
        ("3", "agent_run.completed", "completed"),
    ];
    let stream = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_f/events")
            .header("accept", "text/event-stream")
            .header_missing("last-event-id")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200)
            .header("content-type", "text/event-stream")
            .body(sse("agent_run_f", &events));
    });

    let out =
        run(exa_agent(&server.base_url()).args(["runs", "events", "agent_run_f", "--follow"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let expected: Vec<Value> = events
        .iter()
        .map(|(id, event, status)| {
            json!({ "id": id, "event": event, "data": run_body("agent_run_f", status) })
        })
        .collect();
    assert_eq!(out.json_lines(), expected);
    assert_eq!(out.stderr, "");
    assert_eq!(stream.calls(), 1);

    // --after resumes with Last-Event-ID; a cancelled run exits 1.
    let resumed = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_f/events")
            .header("accept", "text/event-stream")
            .header("last-event-id", "2");
        then.status(200)
            .header("content-type", "text/event-stream")
            .body(sse(
                "agent_run_f",
                &[("3", "agent_run.cancelled", "cancelled")],
            ));
    });
    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "events",
        "agent_run_f",
        "--follow",
        "--after",
        "2",
    ]));
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.field("event"), [json!("agent_run.cancelled")]);
    assert_eq!(resumed.calls(), 1);
}

#[test]
fn wait_polls_until_the_run_completes_and_prints_it() {
    let server = MockServer::start();
    let mut running = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_w")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200)
            .json_body(run_body("agent_run_w", "running"));
    });
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_exa-agent"))
        .env_remove("EXA_BASE_URL")
        .env("EXA_API_KEY", KEY)
        .args(["--base-url", &server.base_url()])
        .args(["runs", "wait", "agent_run_w", "--interval", "0.1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("exa-agent starts");
    let deadline = Instant::now() + Duration::from_secs(10);
    while running.calls() < 2 {
        assert!(Instant::now() < deadline, "no polls");
        std::thread::sleep(Duration::from_millis(20));
    }
    let polls = running.calls();
    running.delete();
    let completed = server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_w");
        then.status(200)
            .json_body(run_body("agent_run_w", "completed"));
    });

    let out = checked(child.wait_with_output().expect("exa-agent exits"));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [run_body("agent_run_w", "completed")]);
    assert!(polls >= 2);
    assert_eq!(completed.calls(), 1);
    assert!(
        out.stderr
            .starts_with("1 completed, 0 ended otherwise, 0 not found, 0 failed, 0 invalid"),
        "{}",
        out.stderr
    );
}

#[test]
fn wait_exits_1_when_a_run_fails_or_does_not_end_in_time() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_ok");
        then.status(200)
            .json_body(run_body("agent_run_ok", "completed"));
    });
    server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_bad");
        then.status(200)
            .json_body(run_body("agent_run_bad", "failed"));
    });
    let slow = server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_slow");
        then.status(200)
            .json_body(run_body("agent_run_slow", "running"));
    });

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "wait",
        "agent_run_ok",
        "agent_run_bad",
        "agent_run_slow",
        "--timeout",
        "0.5",
        "--interval",
        "0.1",
    ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let mut lines = out.json_lines();
    lines.sort_by_key(|line| line["id"].to_string());
    assert_eq!(lines[0], run_body("agent_run_bad", "failed"));
    assert_eq!(lines[1], run_body("agent_run_ok", "completed"));
    assert_eq!(lines[2]["error"], "failed");
    assert!(
        lines[2]["message"]
            .as_str()
            .is_some_and(|m| m.contains("gave up waiting")),
        "{}",
        lines[2]
    );
    assert!(slow.calls() >= 2);
    assert!(
        out.stderr
            .starts_with("1 completed, 1 ended otherwise, 0 not found, 1 failed, 0 invalid"),
        "{}",
        out.stderr
    );
}

#[test]
fn usage_errors_of_the_new_commands_exit_2_before_any_request() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.path_prefix("/");
        then.status(200).json_body(run_body("x", "completed"));
    });
    let url = server.base_url();
    let not_json = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exa-agent-bad.json");
    std::fs::write(&not_json, "{ not json").expect("write the file");
    let not_json = not_json.to_string_lossy().into_owned();
    let array = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exa-agent-array.json");
    std::fs::write(&array, "[1, 2]").expect("write the file");
    let array = array.to_string_lossy().into_owned();
    let cases: &[(&[&str], &str)] = &[
        (&["runs", "list", "--limit", "0"], "--limit"),
        (&["runs", "list", "--limit", "101"], "--limit"),
        (
            &["runs", "create", "q", "--metadata", "novalue"],
            "KEY=VALUE",
        ),
        (
            &[
                "runs",
                "create",
                "q",
                "--output-schema",
                "/nonexistent.json",
            ],
            "cannot read /nonexistent.json",
        ),
        (
            &["runs", "create", "q", "--input", &not_json],
            "is not JSON",
        ),
        (
            &["runs", "create", "q", "--output-schema", &array],
            "must be a JSON object",
        ),
        (&["runs", "create"], "Usage: exa-agent runs create"),
        (&["runs", "events"], "Usage: exa-agent runs events"),
        (&["runs", "get"], "Usage: exa-agent runs get"),
        (&["runs", "wait", "a", "--timeout", "0"], "positive number"),
    ];
    for (args, expected) in cases {
        let out = run(exa_agent(&url).args(*args));
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
    let out = run(exa_agent(&url)
        .env_remove("EXA_API_KEY")
        .args(["runs", "list"]));
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("no API key"), "{}", out.stderr);
    assert_eq!(any.calls(), 0);
}

#[test]
fn help_of_each_new_command_explains_it() {
    for (command, expected) in [
        ("create", "--follow"),
        ("get", "--concurrency <N>"),
        ("cancel", "--from <FILE>"),
        ("list", "--all"),
        ("events", "--after <EVENT_ID>"),
        ("wait", "--timeout <SECONDS>"),
    ] {
        let out = run(exa_agent("http://127.0.0.1:1").args(["runs", command, "--help"]));
        assert_eq!(out.code, Some(0), "{command}");
        for text in [expected, "Exit status", "EXA_API_KEY"] {
            assert!(
                out.stdout.contains(text),
                "{command} {text}: {}",
                out.stdout
            );
        }
    }
}
