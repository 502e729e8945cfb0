//! `exa-agent runs delete` end to end: the binary against httpmock, or against a raw TCP
//! server where timing matters (concurrency, Ctrl-C).

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use exa_client_tests::{KEY, deleted_body, error_body};
use httpmock::prelude::*;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::common;
use common::{bare_exa_agent, checked, exa_agent, run};

#[test]
fn deleted_runs_are_the_api_responses_as_json_lines_with_a_summary_on_stderr() {
    let server = MockServer::start();
    let mocks: Vec<_> = ["agent_run_a", "agent_run_b"]
        .iter()
        .map(|id| {
            server.mock(|when, then| {
                when.method(DELETE)
                    .path(format!("/agent/runs/{id}"))
                    .header("x-api-key", KEY)
                    .header_missing("exa-beta");
                then.status(200).json_body(deleted_body(id));
            })
        })
        .collect();

    let out =
        run(exa_agent(&server.base_url()).args(["runs", "delete", "agent_run_a", "agent_run_b"]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // Compared as values: the order of keys in a line is not part of the format.
    let mut lines = out.json_lines();
    lines.sort_by_key(|line| line["id"].to_string());
    assert_eq!(
        lines,
        [deleted_body("agent_run_a"), deleted_body("agent_run_b")]
    );
    // stderr is not a terminal: the summary alone, no progress bar.
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("2 deleted, 0 not found, 0 failed, 0 invalid in "),
        "{}",
        out.stderr
    );
    for mock in &mocks {
        assert_eq!(mock.calls(), 1);
    }

    let quiet =
        run(exa_agent(&server.base_url()).args(["runs", "delete", "--quiet", "agent_run_a"]));
    assert_eq!(quiet.code, Some(0));
    assert_eq!(quiet.stderr, "");
    assert_eq!(quiet.json_lines(), [deleted_body("agent_run_a")]);
}

#[test]
fn text_output_is_one_readable_line_per_id() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_ok");
        then.status(200).json_body(deleted_body("agent_run_ok"));
    });
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_gone");
        then.status(404)
            .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "Run not found"));
    });
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_broken");
        then.status(500)
            .header("x-request-id", "req_1")
            .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "boom"));
    });
    let ids = ["agent_run_ok", "agent_run_gone", "agent_run_broken", ".."];

    let out = run(exa_agent(&server.base_url())
        .args(["--max-retries", "0", "runs", "delete", "--output", "text"])
        .args(ids));

    assert_eq!(out.code, Some(1));
    let lines: BTreeSet<&str> = out.lines().into_iter().collect();
    let expected = BTreeSet::from([
        "deleted agent_run_ok",
        "failed agent_run_gone: 404 RUN_NOT_FOUND Run not found",
        "failed agent_run_broken: 500 SERVER_ERROR boom (request id req_1)",
        "invalid ..: must not be `.` or `..`",
    ]);
    assert_eq!(lines, expected);

    let out = run(exa_agent(&server.base_url())
        .args(["runs", "delete", "--output", "text", "--ignore-missing"])
        .args(["agent_run_ok", "agent_run_gone"]));
    assert_eq!(out.code, Some(0));
    let lines: BTreeSet<&str> = out.lines().into_iter().collect();
    assert_eq!(
        lines,
        BTreeSet::from(["deleted agent_run_ok", "not found agent_run_gone"])
    );
}

#[test]
fn partial_failures_exit_1_while_the_other_ids_are_still_deleted() {
    let server = MockServer::start();
    let ok: Vec<_> = ["agent_run_1", "agent_run_2", "agent_run_3"]
        .iter()
        .map(|id| {
            server.mock(|when, then| {
                when.method(DELETE).path(format!("/agent/runs/{id}"));
                then.status(200).json_body(deleted_body(id));
            })
        })
        .collect();
    let missing = server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_gone");
        then.status(404)
            .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "Run not found"));
    });
    let broken = server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_broken");
        then.status(500)
            .header("x-request-id", "req_42")
            .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "boom"));
    });

    let out = run(exa_agent(&server.base_url())
        .args(["runs", "delete", "--max-retries", "0", "--concurrency", "2"])
        .args([
            "agent_run_1",
            "agent_run_gone",
            "agent_run_2",
            "agent_run_broken",
            "agent_run_3",
        ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.json_lines().len(), 5);
    for id in ["agent_run_1", "agent_run_2", "agent_run_3"] {
        assert_eq!(out.result_of(id), deleted_body(id));
    }
    assert_eq!(
        out.result_of("agent_run_gone"),
        json!({
            "id": "agent_run_gone", "error": "failed", "status": 404,
            "code": "RUN_NOT_FOUND", "message": "Run not found", "attempts": 1
        })
    );
    assert_eq!(
        out.result_of("agent_run_broken"),
        json!({
            "id": "agent_run_broken", "error": "failed", "status": 500,
            "code": "SERVER_ERROR", "message": "boom", "request_id": "req_42", "attempts": 1
        })
    );
    assert!(
        out.stderr
            .starts_with("3 deleted, 0 not found, 2 failed, 0 invalid in "),
        "{}",
        out.stderr
    );
    for mock in ok.iter().chain([&missing, &broken]) {
        assert_eq!(mock.calls(), 1);
    }
}

#[test]
fn ignore_missing_accepts_run_not_found_and_nothing_else() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_ok");
        then.status(200).json_body(deleted_body("agent_run_ok"));
    });
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_gone");
        then.status(404)
            .json_body(error_body("NOT_FOUND", "RUN_NOT_FOUND", "Run not found"));
    });
    server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_proxy");
        then.status(404).body("<html>not here</html>");
    });

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "delete",
        "--ignore-missing",
        "agent_run_ok",
        "agent_run_gone",
    ]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.result_of("agent_run_gone")["error"], "not_found");
    assert_eq!(out.result_of("agent_run_gone")["status"], 404);
    assert!(
        out.stderr
            .starts_with("1 deleted, 1 not found, 0 failed, 0 invalid in "),
        "{}",
        out.stderr
    );

    // A 404 that is not the API's RUN_NOT_FOUND (a proxy's page) is still a failure.
    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "delete",
        "--ignore-missing",
        "agent_run_proxy",
    ]));
    assert_eq!(out.code, Some(1));
    let line = out.result_of("agent_run_proxy");
    assert_eq!(
        (line["error"].as_str(), line["code"].as_str()),
        (Some("failed"), None)
    );
    assert!(
        line["message"]
            .as_str()
            .unwrap_or_default()
            .contains("<html>not here")
    );
}

#[test]
fn invalid_ids_are_reported_and_never_sent_while_valid_ones_run() {
    let server = MockServer::start();
    let valid = server.mock(|when, then| {
        when.method(DELETE).path("/agent/runs/agent_run_ok");
        then.status(200).json_body(deleted_body("agent_run_ok"));
    });
    let anything_else = server.mock(|when, then| {
        when.is_true(|req| req.uri().path() != "/agent/runs/agent_run_ok");
        then.status(200).json_body(deleted_body("x"));
    });
    let long = "a".repeat(201);

    let out = run(exa_agent(&server.base_url()).args([
        "runs",
        "delete",
        "..",
        "a/b",
        &long,
        "agent_run_ok",
        "",
    ]));

    assert_eq!(out.code, Some(1));
    assert_eq!(valid.calls(), 1);
    assert_eq!(anything_else.calls(), 0, "an invalid id reached the server");
    assert_eq!(out.result_of("agent_run_ok"), deleted_body("agent_run_ok"));
    for (id, rule) in [
        ("..", "must not be `.` or `..`"),
        ("a/b", "must match `^[A-Za-z0-9_.:-]+$`"),
        (long.as_str(), "must be at most 200 characters long"),
        ("", "must not be empty"),
    ] {
        assert_eq!(
            out.result_of(id),
            json!({ "id": id, "error": "invalid", "status": null, "code": null, "message": rule })
        );
    }
    assert!(
        out.stderr
            .starts_with("1 deleted, 0 not found, 0 failed, 4 invalid in "),
        "{}",
        out.stderr
    );
}

/// Lines a person would write: blank lines, comments, padding, CRLF.
const ID_FILE: &str =
    "agent_run_1\n\n   # finished last week\n  agent_run_2  \r\n#agent_run_3\n\t\nagent_run_4";

fn mock_any_run(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        when.method(DELETE).path_prefix("/agent/runs/");
        then.status(200).json_body(deleted_body("agent_run_x"));
    })
}

fn mock_runs<'a>(server: &'a MockServer, ids: &[&str]) -> Vec<httpmock::Mock<'a>> {
    ids.iter()
        .map(|id| {
            server.mock(|when, then| {
                when.method(DELETE).path(format!("/agent/runs/{id}"));
                then.status(200).json_body(deleted_body(id));
            })
        })
        .collect()
}

#[test]
fn ids_are_read_from_stdin_skipping_blank_lines_and_comments() {
    let server = MockServer::start();
    let mocks = mock_runs(&server, &["agent_run_1", "agent_run_2", "agent_run_4"]);
    let commented = mock_runs(&server, &["agent_run_3"]);

    let out = run(exa_agent(&server.base_url())
        .args(["runs", "delete", "--from", "-"])
        .write_stdin(ID_FILE));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines().len(), 3);
    assert!(mocks.iter().all(|m| m.calls() == 1));
    assert_eq!(commented[0].calls(), 0);
}

#[test]
fn ids_are_read_from_a_file_skipping_blank_lines_and_comments() {
    let server = MockServer::start();
    let mocks = mock_runs(&server, &["agent_run_1", "agent_run_2", "agent_run_4"]);
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exa-agent-ids.txt");
    std::fs::write(&path, ID_FILE).expect("write the id file");

    let out = run(exa_agent(&server.base_url())
        .args(["runs", "delete", "--output", "text", "--from"])
        .arg(&path));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let lines: BTreeSet<&str> = out.lines().into_iter().collect();
    assert_eq!(
        lines,
        BTreeSet::from([
            "deleted agent_run_1",
            "deleted agent_run_2",
            "deleted agent_run_4"
        ])
    );
    assert!(mocks.iter().all(|m| m.calls() == 1));
}

#[test]
fn usage_and_configuration_errors_exit_2_before_any_request() {
    let server = MockServer::start();
    let any = mock_any_run(&server);
    let url = server.base_url();
    let empty_file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("exa-agent-empty.txt");
    std::fs::write(&empty_file, "# nothing to delete\n\n").expect("write the id file");
    let empty_file = empty_file.to_string_lossy().into_owned();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--base-url", "ftp://example.com", "runs", "delete", "a"],
            "http or https",
        ),
        (
            &["--base-url", "not a url", "runs", "delete", "a"],
            "invalid base URL",
        ),
        (
            &["runs", "delete", "--bogus", "a"],
            "unexpected argument '--bogus'",
        ),
        (
            &["runs", "delete", "--concurrency", "0", "a"],
            "--concurrency",
        ),
        (
            &["runs", "delete", "--timeout", "-1", "a"],
            "positive number of seconds",
        ),
        (
            &["runs", "delete", "--timeout", "NaN", "a"],
            "positive number of seconds",
        ),
        (&["runs", "delete", "--output", "xml", "a"], "--output"),
        (
            &["--beta", "a b", "runs", "delete", "a"],
            "invalid beta token",
        ),
        (
            &["runs", "delete", "--from", "/nonexistent/ids.txt"],
            "cannot read /nonexistent/ids.txt",
        ),
        (&["runs", "delete", "--from", "/"], "cannot read /"),
        (&["runs", "delete", "--from", &empty_file], "no run ids in"),
        (&["runs", "delete"], "Usage: exa-agent runs delete"),
        (
            &["runs", "delete", "a", "--from", "-"],
            "cannot be used with",
        ),
        (&["runs"], "Usage: exa-agent runs"),
        (&[], "Usage: exa-agent"),
    ];
    for (args, expected) in cases {
        let out = run(exa_agent(&url).args(*args));
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }

    // No key at all, and an empty one.
    let out = run(bare_exa_agent()
        .env("EXA_BASE_URL", &url)
        .args(["runs", "delete", "a"]));
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr
            .contains("no API key: set EXA_API_KEY or pass --api-key"),
        "{}",
        out.stderr
    );
    let out = run(bare_exa_agent().env("EXA_API_KEY", "").args([
        "--base-url",
        &url,
        "runs",
        "delete",
        "a",
    ]));
    assert_eq!(out.code, Some(2), "{}", out.stderr);

    assert_eq!(any.calls(), 0);
}

#[test]
fn global_flags_are_accepted_before_and_after_the_subcommand() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(DELETE)
            .path("/agent/runs/agent_run_a")
            .header("authorization", format!("Bearer {KEY}"))
            .header_missing("x-api-key")
            .header("exa-beta", "beta-x,beta-y");
        then.status(200).json_body(deleted_body("agent_run_a"));
    });
    let url = server.base_url();
    let global = [
        "--api-key",
        KEY,
        "--bearer",
        "--base-url",
        &url,
        "--beta",
        "beta-x",
        "--beta",
        "beta-y",
        "--max-retries",
        "0",
        "--timeout",
        "2.5",
    ];

    let before = run(bare_exa_agent()
        .args(global)
        .args(["runs", "delete", "agent_run_a"]));
    let after = run(bare_exa_agent()
        .args(["runs", "delete", "agent_run_a"])
        .args(global));
    let between = run(bare_exa_agent()
        .args(["runs"])
        .args(global)
        .args(["delete", "agent_run_a"]));

    for out in [before, after, between] {
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(out.json_lines(), [deleted_body("agent_run_a")]);
    }
    assert_eq!(mock.calls(), 3);
}

#[test]
fn help_explains_usage_and_never_shows_the_key() {
    for args in [
        &["--help"][..],
        &["runs", "--help"],
        &["runs", "delete", "--help"],
        &["runs", "delete", "-h"],
        &["help", "runs", "delete"],
    ] {
        let out = run(exa_agent("http://127.0.0.1:1").args(args));
        assert_eq!(out.code, Some(0), "{args:?}");
        assert!(
            out.stdout.contains("EXA_API_KEY"),
            "{args:?}: {}",
            out.stdout
        );
    }
    let main = run(exa_agent("http://127.0.0.1:1").arg("--help")).stdout;
    for expected in ["runs", "Examples:", "EXA_BASE_URL", "Exit status", "130"] {
        assert!(main.contains(expected), "{expected}: {main}");
    }
    let delete = run(exa_agent("http://127.0.0.1:1").args(["runs", "delete", "--help"])).stdout;
    for expected in [
        "--from <FILE>",
        "--concurrency <N>",
        "--ignore-missing",
        "--output <OUTPUT>",
        "Exit status:",
        "130",
        "Examples:",
        "Exa-Beta",
    ] {
        assert!(delete.contains(expected), "{expected}: {delete}");
    }
}

#[test]
fn a_key_that_clap_echoes_in_an_error_is_redacted() {
    let out = run(bare_exa_agent().args(["--api-key", KEY, "runs", KEY]));
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("unrecognized subcommand '<redacted>'"),
        "{}",
        out.stderr
    );
}

#[test]
fn transport_failures_are_reported_without_a_status() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();

    let out = run(exa_agent(&format!("http://127.0.0.1:{port}")).args([
        "runs",
        "delete",
        "--max-retries",
        "0",
        "agent_run_a",
    ]));

    assert_eq!(out.code, Some(1));
    let line = out.result_of("agent_run_a");
    assert_eq!(line["error"], "failed");
    assert_eq!(line["status"], Value::Null);
    assert_eq!(line["attempts"], 1);
    assert!(
        line["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("transport error"),
        "{line}"
    );
}

/// Counts of a [`RawServer`].
#[derive(Default)]
struct Counts {
    received: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// An HTTP/1.1 keep-alive server that holds every request for `hold` before answering it
/// as deleted, and counts requests received and in flight.
struct RawServer {
    addr: SocketAddr,
    counts: Arc<Counts>,
    _runtime: tokio::runtime::Runtime,
}

impl RawServer {
    fn start(hold: Duration) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let counts = Arc::new(Counts::default());
        let shared = counts.clone();
        runtime.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, hold, shared.clone()));
            }
        });
        Self {
            addr,
            counts,
            _runtime: runtime,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn received(&self) -> usize {
        self.counts.received.load(Ordering::SeqCst)
    }

    fn max_in_flight(&self) -> usize {
        self.counts.max_in_flight.load(Ordering::SeqCst)
    }
}

async fn serve(stream: tokio::net::TcpStream, hold: Duration, counts: Arc<Counts>) {
    let mut stream = BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let id = line
            .split(' ')
            .nth(1)
            .and_then(|path| path.rsplit('/').next())
            .unwrap_or_default()
            .to_string();
        // The head ends at an empty line; a DELETE has no body.
        loop {
            line.clear();
            if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
        }
        counts.received.fetch_add(1, Ordering::SeqCst);
        let now = counts.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        counts.max_in_flight.fetch_max(now, Ordering::SeqCst);
        tokio::time::sleep(hold).await;
        counts.in_flight.fetch_sub(1, Ordering::SeqCst);
        let body = deleted_body(&id).to_string();
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        if stream
            .get_mut()
            .write_all(response.as_bytes())
            .await
            .is_err()
        {
            return;
        }
    }
}

fn many_ids(count: usize) -> Vec<String> {
    (0..count).map(|i| format!("agent_run_{i}")).collect()
}

#[test]
fn no_more_than_concurrency_deletions_are_in_flight() {
    for concurrency in [1, 3] {
        let server = RawServer::start(Duration::from_millis(50));
        let ids = many_ids(if concurrency == 1 { 5 } else { 20 });

        let out = run(exa_agent(&server.url())
            .args(["runs", "delete", "--concurrency", &concurrency.to_string()])
            .args(&ids));

        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert_eq!(out.json_lines().len(), ids.len());
        assert_eq!(server.received(), ids.len());
        assert_eq!(
            server.max_in_flight(),
            concurrency,
            "--concurrency {concurrency}"
        );
    }
}

#[cfg(unix)]
mod interrupt {
    use std::io::Write;
    use std::process::{Child, Stdio};

    use nix::sys::signal::{Signal, kill};
    use nix::unistd::Pid;

    use super::*;

    fn spawn(server: &RawServer, ids: &[String]) -> Child {
        std::process::Command::new(env!("CARGO_BIN_EXE_exa-agent"))
            .env_remove("EXA_BASE_URL")
            .env("EXA_API_KEY", KEY)
            .args([
                "--base-url",
                &server.url(),
                "runs",
                "delete",
                "--concurrency",
                "2",
            ])
            .args(ids)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("exa-agent starts")
    }

    fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !condition() {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn interrupt(child: &Child) {
        let pid = Pid::from_raw(i32::try_from(child.id()).expect("a pid fits in i32"));
        kill(pid, Signal::SIGINT).expect("SIGINT is sent");
    }

    #[test]
    fn ctrl_c_finishes_the_deletions_in_flight_reports_them_and_exits_130() {
        let server = RawServer::start(Duration::from_secs(1));
        let child = spawn(&server, &many_ids(50));
        wait_until("two requests", || server.received() >= 2);

        interrupt(&child);
        let out = checked(child.wait_with_output().expect("exa-agent exits"));

        assert_eq!(out.code, Some(130), "{}", out.stderr);
        let received = server.received();
        assert!(
            received <= 3,
            "{received} requests after Ctrl-C with --concurrency 2"
        );
        assert_eq!(
            out.json_lines().len(),
            received,
            "one line per request started"
        );
        assert!(out.json_lines().iter().all(|line| line["deleted"] == true));
        assert!(
            out.stderr
                .starts_with(&format!("interrupted: {received} deleted, 0 not found")),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn ctrl_c_does_not_wait_for_more_lines_on_stdin() {
        let server = RawServer::start(Duration::from_millis(300));
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_exa-agent"))
            .env("EXA_API_KEY", KEY)
            .args(["--base-url", &server.url(), "runs", "delete", "--from", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("exa-agent starts");
        // The producer writes two ids, then has nothing more to say for now.
        let mut stdin = child.stdin.take().expect("stdin is piped");
        stdin
            .write_all(b"agent_run_1\nagent_run_2\n")
            .expect("ids are written");
        wait_until("two requests", || server.received() >= 2);

        interrupt(&child);
        wait_until("exa-agent to exit with stdin still open", || {
            matches!(child.try_wait(), Ok(Some(_)))
        });
        drop(stdin);
        let out = checked(child.wait_with_output().expect("exa-agent exits"));

        assert_eq!(out.code, Some(130), "{}", out.stderr);
        assert_eq!(out.json_lines().len(), 2);
    }

    #[test]
    fn a_second_ctrl_c_abandons_the_deletions_in_flight() {
        let server = RawServer::start(Duration::from_secs(5));
        let child = spawn(&server, &many_ids(50));
        wait_until("two requests", || server.received() >= 2);
        let started = Instant::now();

        interrupt(&child);
        std::thread::sleep(Duration::from_millis(100));
        interrupt(&child);
        let out = checked(child.wait_with_output().expect("exa-agent exits"));

        assert_eq!(out.code, Some(130), "{}", out.stderr);
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "waited for the held requests"
        );
        assert_eq!(out.stdout, "");
        assert!(
            out.stderr.contains("2 in flight abandoned"),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn a_closed_stdout_stops_new_deletions_without_a_panic() {
        let server = MockServer::start();
        let any = mock_any_run(&server);
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_exa-agent"))
            .env("EXA_API_KEY", KEY)
            .args([
                "--base-url",
                &server.base_url(),
                "runs",
                "delete",
                "--concurrency",
                "1",
            ])
            .args(many_ids(50))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("exa-agent starts");
        drop(child.stdout.take());

        let out = checked(child.wait_with_output().expect("exa-agent exits"));

        assert_eq!(out.code, Some(1), "{}", out.stderr);
        assert!(out.stderr.contains("stopped early"), "{}", out.stderr);
        assert!(
            any.calls() < 50,
            "{} requests after stdout closed",
            any.calls()
        );
    }
}
