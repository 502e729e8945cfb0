//! `exa <document> <operation>`: the commands generated from every vendored document, end to
//! end against httpmock, checked on the wire (method, path, query, body, key, beta header).

use std::io::Write;
use std::process::Stdio;

use exa_client_tests::{KEY, workspace};
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::{bare_exa_agent, checked, exa_agent, run};

/// `(operationId, summary)` of every operation of a vendored document, read from the document
/// itself rather than from the table the command line is built from.
fn operations_of(file: &str) -> Vec<(String, String)> {
    let doc = exa_build_tools::load(&workspace().join("openapi").join(file)).expect("loads");
    let mut ops = Vec::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for (method, op) in item.as_object().expect("a path item") {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                let id = op["operationId"].as_str().expect("an operationId");
                let summary = op["summary"].as_str().unwrap_or_default();
                ops.push((id.to_string(), summary.trim().to_string()));
            }
        }
    }
    ops
}

/// The command of an operationId: its words in kebab case.
fn command_name(id: &str) -> String {
    let mut name = String::new();
    let chars: Vec<char> = id.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !name.ends_with('-') {
                name.push('-');
            }
            continue;
        }
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1);
        let starts_word = c.is_ascii_uppercase()
            && previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if starts_word && !name.ends_with('-') {
            name.push('-');
        }
        name.push(c.to_ascii_lowercase());
    }
    name.trim_matches('-').to_string()
}

#[test]
fn each_documents_help_lists_every_operation_with_its_summary() {
    for (module, file) in [
        ("agent", "exa-agent.yaml"),
        ("search", "exa-search.yaml"),
        ("websets", "exa-websets.yaml"),
    ] {
        let out = run(bare_exa_agent().args([module, "--help"]));
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        let operations = operations_of(file);
        assert!(!operations.is_empty());
        for (id, summary) in operations {
            let name = command_name(&id);
            let line = out
                .stdout
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{name} ")))
                .unwrap_or_else(|| panic!("`exa {module} --help` lists {name}:\n{}", out.stdout));
            assert!(line.contains(&summary), "{line:?} has {summary:?}");
        }
    }
    let top = run(bare_exa_agent().arg("--help"));
    for line in ["runs ", "agent ", "search ", "websets "] {
        assert!(
            top.stdout.lines().any(|l| l.trim_start().starts_with(line)),
            "{}",
            top.stdout
        );
    }
}

#[test]
fn help_shows_no_empty_environment_value() {
    for args in [
        &["--help"][..],
        &["runs", "delete", "--help"],
        &["websets", "websets-get", "--help"],
    ] {
        let out = run(bare_exa_agent().args(args));
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(out.stdout.contains("[env: EXA_BASE_URL]"), "{}", out.stdout);
        assert!(!out.stdout.contains("=]"), "{}", out.stdout);
    }
}

#[test]
fn an_agent_operation_sends_its_flags_as_the_json_body_with_the_key_and_no_beta_header() {
    let server = MockServer::start();
    let created = json!({"id": "agent_run_1", "status": "queued", "object": "agent_run"});
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/agent/runs")
            .header("x-api-key", KEY)
            .header_missing("exa-beta")
            .header("content-type", "application/json")
            .json_body(json!({
                "query": "Who raised a Series A?",
                "effort": "low",
                "metadata": {"team": "research"}
            }));
        then.status(200).json_body(created.clone());
    });

    let out = run(exa_agent(&server.base_url()).args([
        "agent",
        "create-agent-run",
        "--query",
        "Who raised a Series A?",
        "--effort",
        "low",
        "--metadata",
        r#"{"team": "research"}"#,
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [created]);
    assert_eq!(mock.calls(), 1);
}

#[test]
fn a_search_operation_sends_typed_fields_and_no_beta_header() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/search")
            .header("x-api-key", KEY)
            .header_missing("exa-beta")
            .json_body(json!({"query": "ants", "numResults": 3, "moderation": true}));
        then.status(200)
            .json_body(json!({"results": [], "requestId": "r1"}));
    });

    let out = run(exa_agent(&server.base_url()).args([
        "search",
        "search",
        "--query",
        "ants",
        "--num-results",
        "3",
        "--moderation",
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.json_lines(),
        [json!({"results": [], "requestId": "r1"})]
    );
    assert_eq!(mock.calls(), 1);
}

#[test]
fn a_websets_operation_fills_the_path_below_the_server_path_and_sends_the_query() {
    let server = MockServer::start();
    let page = json!({"data": [], "hasMore": false, "nextCursor": null});
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/websets/v0/websets/ws_1/items")
            .query_param("limit", "5")
            .query_param("sourceId", "src_1")
            .query_param_missing("cursor")
            .header("x-api-key", KEY)
            .header_missing("exa-beta");
        then.status(200).json_body(page.clone());
    });

    let out = run(exa_agent(&server.base_url()).args([
        "websets",
        "websets-items-list",
        "--webset",
        "ws_1",
        "--limit",
        "5",
        "--source-id",
        "src_1",
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [page]);
    assert_eq!(mock.calls(), 1);
}

#[test]
fn body_from_stdin_takes_the_field_flags_over_it() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/websets/v0/websets")
            .header("x-api-key", KEY)
            .json_body(json!({"search": {"query": "AI labs", "count": 5}, "externalId": "mine"}));
        then.status(201).json_body(json!({"id": "ws_1"}));
    });

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_exa"))
        .args([
            "websets",
            "websets-create",
            "--body",
            "-",
            "--external-id",
            "mine",
        ])
        .env("EXA_API_KEY", KEY)
        .env("EXA_BASE_URL", server.base_url())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("exa starts");
    let body = br#"{"search": {"query": "AI labs", "count": 5}, "externalId": "theirs"}"#;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(body)
        .expect("written");
    let out = checked(child.wait_with_output().expect("exa exits"));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [json!({"id": "ws_1"})]);
    assert_eq!(mock.calls(), 1);
}

#[test]
fn a_stream_prints_one_json_line_per_event() {
    let server = MockServer::start();
    let events = "id: 1\nevent: agent_run.created\ndata: {\"status\":\"queued\"}\n\n\
                  : keep-alive\n\n\
                  id: 2\nevent: agent_run.completed\ndata: {\"status\":\"completed\"}\n\n";
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/agent/runs/agent_run_1/events")
            .header("accept", "text/event-stream")
            .header("last-event-id", "0")
            .header_missing("exa-beta");
        then.status(200)
            .header("content-type", "text/event-stream")
            .body(events);
    });

    let out = run(exa_agent(&server.base_url()).args([
        "agent",
        "list-agent-run-events",
        "--id",
        "agent_run_1",
        "--accept",
        "text/event-stream",
        "--last-event-id",
        "0",
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.json_lines(),
        [
            json!({"id": "1", "event": "agent_run.created", "data": {"status": "queued"}}),
            json!({"id": "2", "event": "agent_run.completed", "data": {"status": "completed"}}),
        ]
    );
    assert_eq!(mock.calls(), 1);
}

#[test]
fn usage_errors_of_generated_commands_exit_2_before_any_request() {
    let server = MockServer::start();
    let any = server.mock(|_, then| {
        then.status(200).json_body(json!({}));
    });
    let cases: &[&[&str]] = &[
        // A required path parameter missing.
        &["websets", "websets-get"],
        // A required body field missing, and no --body.
        &["agent", "create-agent-run"],
        // Not an integer.
        &["search", "search", "--query", "q", "--num-results", "many"],
        // Not JSON.
        &[
            "agent",
            "create-agent-run",
            "--query",
            "q",
            "--metadata",
            "{oops",
        ],
        // A path parameter that breaks the id rule.
        &["agent", "get-agent-run", "--id", "../x"],
        // An operation the document does not have.
        &["agent", "no-such-operation"],
    ];
    for args in cases {
        let out = run(exa_agent(&server.base_url()).args(*args));
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    }
    assert_eq!(any.calls(), 0);
}

#[test]
fn an_html_error_page_is_one_line_on_stderr_and_exits_1() {
    let server = MockServer::start();
    let page = format!(
        "<html>\n<head><title>404 Not Found</title></head>\n<body>\n{}\n</body>\n</html>\n",
        "<p>nothing here</p>\n".repeat(40)
    );
    server.mock(|when, then| {
        when.method(GET).path("/websets/v0/websets/ws_1");
        then.status(404)
            .header("content-type", "text/html")
            .body(&page);
    });

    let out = run(exa_agent(&server.base_url()).args(["websets", "websets-get", "--id", "ws_1"]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with(
            "error: API error 404 Not Found: response body was not the API's JSON error: <html> <head><title>404 Not Found</title></head>"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.len() < 400, "{}", out.stderr);
}

#[test]
fn a_value_that_is_not_json_prints_as_a_json_string() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/websets/v0/events/ev_1");
        then.status(200)
            .header("content-type", "text/plain")
            .body("plain text");
    });
    let out = run(exa_agent(&server.base_url()).args(["websets", "events-get", "--id", "ev_1"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), [Value::from("plain text")]);
}
