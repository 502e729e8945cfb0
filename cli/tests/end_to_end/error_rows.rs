//! Errors a person can read: a pagination loop named as such with no line printed twice, an
//! error row's message on one line whatever the body, `--output text` one line per id.

use exa_client_tests::KEY;
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::{exa_agent, run};

fn run_body(id: &str) -> Value {
    json!({
        "id": id, "object": "agent_run", "status": "completed",
        "createdAt": "2026-05-07T12:00:00Z", "completedAt": null,
        "costDollars": {"agentCompute": 0.0, "emails": 0.0, "phoneNumbers": 0.0, "search": 0.0, "total": 0.0},
        "output": {"grounding": [], "structured": null, "text": ""},
        "request": null, "stopReason": null,
        "usage": {"agentComputeUnits": 0.0, "emails": 0, "phoneNumbers": 0, "searches": 0}
    })
}

/// An HTML page as a proxy answers a 404, with many lines.
fn html_page() -> String {
    format!(
        "<html>\n<head><title>404 Not Found</title></head>\n<body>\n{}</body>\n</html>\n",
        "  <p>The page you asked for is not here.</p>\n".repeat(30)
    )
}

#[test]
fn list_all_against_a_server_whose_cursor_repeats_prints_each_run_once_and_says_so() {
    let server = MockServer::start();
    // As Prism answers: every page alike, naming the same cursor.
    let pages = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs")
            .header("x-api-key", KEY);
        then.status(200).json_body(json!({
            "object": "list",
            "data": [run_body("agent_run_a")],
            "hasMore": true,
            "nextCursor": "string"
        }));
    });

    let out = run(exa_agent(&server.base_url()).args(["runs", "list", "--all"]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.field("id"), [json!("agent_run_a")]);
    assert_eq!(
        out.stderr.trim_end(),
        "error: the server's pagination repeats itself: the page after cursor \"string\" names the same cursor again, so the list stops here"
    );
    assert!(!out.stderr.contains("decode"), "{}", out.stderr);
    assert_eq!(pages.calls(), 2);
}

#[test]
fn events_against_a_server_whose_cursor_repeats_prints_each_event_once() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_a/events");
        then.status(200).json_body(json!({
            "object": "list",
            "data": [{"id": "1", "event": "agent_run.created", "createdAt": "2026-05-07T12:00:00Z", "data": run_body("agent_run_a")}],
            "hasMore": true,
            "nextCursor": "string"
        }));
    });

    let out = run(exa_agent(&server.base_url()).args(["runs", "events", "agent_run_a"]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.field("id"), [json!("1")]);
    assert!(
        out.stderr.contains("pagination repeats itself"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_html_404_is_one_short_line_in_each_output_format() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/agent/runs/agent_run_a");
        then.status(404)
            .header("content-type", "text/html")
            .body(html_page());
    });

    let json_out = run(exa_agent(&server.base_url()).args(["runs", "get", "agent_run_a"]));
    assert_eq!(json_out.code, Some(1), "{}", json_out.stderr);
    assert_eq!(json_out.lines().len(), 1, "{}", json_out.stdout);
    let row = json_out.result_of("agent_run_a");
    assert_eq!(
        (row["error"].as_str(), row["status"].as_u64()),
        (Some("failed"), Some(404))
    );
    let message = row["message"].as_str().expect("a message");
    assert!(
        message.starts_with(
            "Not Found: <html> <head><title>404 Not Found</title></head> <body> <p>The page"
        ),
        "{message}"
    );
    assert!(!message.contains('\n'), "{message}");
    assert!(
        message.chars().count() <= "Not Found: ".len() + 200 + 3,
        "{message}"
    );

    let text_out =
        run(exa_agent(&server.base_url()).args(["runs", "get", "agent_run_a", "--output", "text"]));
    assert_eq!(text_out.code, Some(1), "{}", text_out.stderr);
    assert_eq!(text_out.lines().len(), 1, "{}", text_out.stdout);
    assert!(
        text_out
            .stdout
            .starts_with("failed agent_run_a: 404 Not Found: <html>"),
        "{}",
        text_out.stdout
    );
}

#[test]
fn a_json_message_with_newlines_is_one_line_in_the_row() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_a");
        then.status(400).json_body(json!({
            "error": {"type": "invalid_request", "code": "BAD", "message": "first line\nsecond line\n"}
        }));
    });
    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "delete",
        "agent_run_a",
        "--output",
        "text",
    ]));
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(
        out.lines(),
        ["failed agent_run_a: 400 BAD first line second line"]
    );
}
