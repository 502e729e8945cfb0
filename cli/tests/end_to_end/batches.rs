//! `exa batches submit` end to end: the binary against httpmock for the API and a second
//! loopback server standing for the object store of the presigned `resultsUrl`, checked for
//! the exact requests (method, path, key, beta header, body), hit counts, output lines and
//! exit codes; and the generated commands of the Batches document beside the verb.

use std::path::PathBuf;

use exa_client_tests::{KEY, batch_body};
use httpmock::prelude::*;
use serde_json::{Value, json};

use crate::common;
use common::{exa_agent, run};

const BETA: &str = "batches-2026-06-06";

/// Two requests and a blank line between them.
const REQUESTS: &str = concat!(
    "{\"customId\":\"row-1\",\"method\":\"POST\",\"url\":\"/search\",\"body\":{\"query\":\"rust\"}}\n",
    "\n",
    "{\"customId\":\"row-2\",\"method\":\"POST\",\"url\":\"/agent/runs\",\"body\":{\"query\":\"AI labs\"}}\n",
);

fn requests_body() -> Value {
    json!([
        { "customId": "row-1", "method": "POST", "url": "/search", "body": { "query": "rust" } },
        { "customId": "row-2", "method": "POST", "url": "/agent/runs", "body": { "query": "AI labs" } }
    ])
}

/// The lines of the results file the object store serves.
fn result_lines() -> Vec<Value> {
    vec![
        json!({ "customId": "row-1", "status": 200, "body": { "results": [] } }),
        json!({ "customId": "row-2", "status": 400, "error": { "tag": "INVALID_REQUEST" } }),
    ]
}

fn results_file() -> String {
    result_lines().iter().map(|l| format!("{l}\n")).collect()
}

/// A file of `contents` in the tests' directory.
fn file(name: &str, contents: &str) -> String {
    let path = scratch(name);
    std::fs::write(&path, contents).expect("write the file");
    path.to_string_lossy().into_owned()
}

fn scratch(name: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("exa-batches-{name}"))
}

/// `POST /batches` with the key and the beta token, answered with batch_1 in progress.
fn create_mock<'a>(server: &'a MockServer, body: &Value) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        when.method(POST)
            .path("/batches")
            .header("x-api-key", KEY)
            .header("exa-beta", BETA)
            .header("content-type", "application/json")
            .json_body(body.clone());
        then.status(200)
            .json_body(batch_body("batch_1", "in_progress", None));
    })
}

/// `GET /batches/batch_1` with the key and the beta token, answered with `answer`.
fn get_mock<'a>(server: &'a MockServer, answer: &Value) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        when.method(GET)
            .path("/batches/batch_1")
            .header("x-api-key", KEY)
            .header("exa-beta", BETA);
        then.status(200).json_body(answer.clone());
    })
}

#[test]
fn submit_sends_the_jsonl_file_as_one_create_with_its_metadata_and_prints_the_batch() {
    let server = MockServer::start();
    let body = json!({ "requests": requests_body(), "metadata": { "job": "nightly" } });
    let create = create_mock(&server, &body);
    let polls = server.mock(|when, then| {
        when.method(GET);
        then.status(200)
            .json_body(batch_body("batch_1", "completed", None));
    });
    let requests = file("plain.jsonl", REQUESTS);

    let out = run(exa_agent(&server.base_url()).args([
        "batches",
        "submit",
        &requests,
        "--metadata",
        "job=nightly",
    ]));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stderr, "");
    assert_eq!(
        out.json_lines(),
        [batch_body("batch_1", "in_progress", None)]
    );
    assert_eq!((create.calls(), polls.calls()), (1, 0));
}

#[test]
fn submit_with_results_waits_and_writes_the_results_fetched_without_the_key() {
    for scheme in ["x-api-key", "bearer"] {
        let api = MockServer::start();
        let store = MockServer::start();
        let url = store.url("/batch_1/results.jsonl?X-Amz-Signature=abc");
        let create = api.mock(|when, then| {
            let when = when
                .method(POST)
                .path("/batches")
                .header("exa-beta", BETA)
                .json_body(json!({ "requests": requests_body() }));
            match scheme {
                "bearer" => when.header("authorization", format!("Bearer {KEY}")),
                _ => when.header("x-api-key", KEY),
            };
            then.status(200)
                .json_body(batch_body("batch_1", "in_progress", None));
        });
        let completed = batch_body("batch_1", "completed", Some(&url));
        let get = api.mock(|when, then| {
            let when = when
                .method(GET)
                .path("/batches/batch_1")
                .header("exa-beta", BETA);
            match scheme {
                "bearer" => when.header("authorization", format!("Bearer {KEY}")),
                _ => when.header("x-api-key", KEY),
            };
            then.status(200).json_body(completed.clone());
        });
        let download = store.mock(|when, then| {
            when.method(GET)
                .path("/batch_1/results.jsonl")
                .query_param("X-Amz-Signature", "abc")
                .header_missing("x-api-key")
                .header_missing("authorization")
                .header_missing("exa-beta");
            then.status(200).body(results_file());
        });
        let keyed = store.mock(|when, then| {
            when.header_exists("x-api-key");
            then.status(403);
        });
        let bearer = store.mock(|when, then| {
            when.header_exists("authorization");
            then.status(403);
        });
        let requests = file("results.jsonl", REQUESTS);
        let results = scratch(&format!("out-{scheme}.jsonl"));
        let _ = std::fs::remove_file(&results);

        let mut cmd = exa_agent(&api.base_url());
        if scheme == "bearer" {
            cmd.arg("--bearer");
        }
        let out = run(cmd
            .args(["batches", "submit", &requests, "--interval", "0.1"])
            .args([std::ffi::OsStr::new("--results"), results.as_os_str()]));

        assert_eq!(out.code, Some(0), "{scheme}: {}", out.stderr);
        assert_eq!(
            out.json_lines(),
            [batch_body("batch_1", "in_progress", None), completed],
            "{scheme}"
        );
        let written: Vec<Value> = std::fs::read_to_string(&results)
            .expect("the results file is written")
            .lines()
            .map(|l| serde_json::from_str(l).expect("each results line is JSON"))
            .collect();
        assert_eq!(written, result_lines(), "{scheme}");
        assert_eq!(
            (create.calls(), get.calls(), download.calls()),
            (1, 1, 1),
            "{scheme}"
        );
        assert_eq!((keyed.calls(), bearer.calls()), (0, 0), "{scheme}");
    }
}

#[test]
fn results_to_stdout_leave_stdout_to_the_results_and_the_batch_lines_to_stderr() {
    let api = MockServer::start();
    let store = MockServer::start();
    let url = store.url("/r.jsonl");
    let create = create_mock(&api, &json!({ "requests": requests_body() }));
    let mut completed = batch_body("batch_1", "completed", Some(&url));
    completed["requestCounts"] = json!({ "total": 2, "completed": 1, "failed": 1 });
    let get = get_mock(&api, &completed);
    let download = store.mock(|when, then| {
        when.method(GET)
            .path("/r.jsonl")
            .header_missing("x-api-key");
        then.status(200).body(results_file());
    });

    let out = run(exa_agent(&api.base_url())
        .args(["batches", "submit", "-", "--results", "-"])
        .write_stdin(REQUESTS));

    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json_lines(), result_lines());
    let stderr: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(stderr.len(), 3, "{}", out.stderr);
    let line = |n: usize| serde_json::from_str::<Value>(stderr[n]).expect("a batch line");
    assert_eq!(line(0), batch_body("batch_1", "in_progress", None));
    assert_eq!(line(1), completed);
    // A completed batch is a success; the requests that failed are named in the results.
    assert_eq!(
        stderr[2],
        "1 of 2 requests failed (their lines in the results say why)"
    );
    assert_eq!((create.calls(), get.calls(), download.calls()), (1, 1, 1));
}

#[test]
fn an_invalid_line_or_an_unusable_file_exits_2_and_sends_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.path_prefix("/");
        then.status(200)
            .json_body(batch_body("batch_1", "completed", None));
    });
    let bad_json = file(
        "bad-json.jsonl",
        &format!(
            "{}\n{{ not json\n",
            REQUESTS.lines().next().unwrap_or_default()
        ),
    );
    let bad_url = file(
        "bad-url.jsonl",
        &REQUESTS.replace("/agent/runs", "/contents"),
    );
    let blank = file("blank.jsonl", "\n\n");
    let good = file("good.jsonl", REQUESTS);
    let no_dir = scratch("missing-dir/out.jsonl");
    let no_dir = no_dir.to_string_lossy();
    let cases: &[(&[&str], &str)] = &[
        (&["batches", "submit", &bad_json], "JSONL line 2"),
        (&["batches", "submit", &bad_url], "JSONL line 3"),
        (&["batches", "submit", &blank], "at least one request"),
        (
            &["batches", "submit", "/nonexistent.jsonl"],
            "cannot read /nonexistent.jsonl",
        ),
        (
            &["batches", "submit", &good, "--results", &no_dir],
            "cannot write",
        ),
        (
            &["batches", "submit", &good, "--metadata", "novalue"],
            "KEY=VALUE",
        ),
        (
            &["batches", "submit", &good, "--wait", "--timeout", "0"],
            "positive number",
        ),
        (&["batches", "submit"], "Usage: exa-agent batches submit"),
    ];
    for (args, expected) in cases {
        let out = run(exa_agent(&server.base_url()).args(*args));
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
    let out = run(exa_agent(&server.base_url())
        .args(["batches", "submit", "-"])
        .write_stdin(
            "{\"customId\": \"\", \"method\": \"POST\", \"url\": \"/search\", \"body\": {}}\n",
        ));
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(
        out.stderr.contains("stdin") && out.stderr.contains("JSONL line 1"),
        "{}",
        out.stderr
    );
    assert_eq!(any.calls(), 0);
}

#[test]
fn a_batch_that_ends_cancelled_or_expired_exits_1_and_says_so() {
    for status in ["cancelled", "expired"] {
        let server = MockServer::start();
        let create = create_mock(&server, &json!({ "requests": requests_body() }));
        let get = get_mock(&server, &batch_body("batch_1", status, None));
        let requests = file("ended.jsonl", REQUESTS);

        let out = run(exa_agent(&server.base_url()).args([
            "batches",
            "submit",
            &requests,
            "--wait",
            "--interval",
            "0.1",
        ]));

        assert_eq!(out.code, Some(1), "{status}: {}", out.stderr);
        assert_eq!(out.field("status"), [json!("in_progress"), json!(status)]);
        assert_eq!(
            out.stderr.trim_end(),
            format!("error: batch batch_1 ended {status}")
        );
        assert_eq!((create.calls(), get.calls()), (1, 1), "{status}");
    }
}

#[test]
fn a_wait_that_gives_up_exits_1_and_leaves_the_batch_running_with_its_id() {
    let server = MockServer::start();
    create_mock(&server, &json!({ "requests": requests_body() }));
    let get = get_mock(&server, &batch_body("batch_1", "in_progress", None));
    let cancel = server.mock(|when, then| {
        when.method(POST).path("/batches/batch_1/cancel");
        then.status(200)
            .json_body(batch_body("batch_1", "cancelling", None));
    });
    let requests = file("slow.jsonl", REQUESTS);

    let out = run(exa_agent(&server.base_url()).args([
        "batches",
        "submit",
        &requests,
        "--wait",
        "--timeout",
        "0.3",
        "--interval",
        "0.1",
    ]));

    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(out.field("status"), [json!("in_progress")]);
    assert!(out.stderr.contains("gave up waiting"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("batch batch_1 keeps running: `exa batches get-batch --id batch_1` shows it"),
        "{}",
        out.stderr
    );
    assert!(get.calls() >= 2);
    assert_eq!(cancel.calls(), 0);
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_waiting_exits_130_and_leaves_the_batch_running_with_its_id() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    use nix::sys::signal::{Signal, kill};
    use nix::unistd::Pid;

    let server = MockServer::start();
    create_mock(&server, &json!({ "requests": requests_body() }));
    let get = get_mock(&server, &batch_body("batch_1", "in_progress", None));
    let cancel = server.mock(|when, then| {
        when.method(POST).path("/batches/batch_1/cancel");
        then.status(200)
            .json_body(batch_body("batch_1", "cancelling", None));
    });
    let requests = file("interrupted.jsonl", REQUESTS);
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_exa-agent"))
        .env_remove("EXA_BASE_URL")
        .env("EXA_API_KEY", KEY)
        .args(["--base-url", &server.base_url()])
        .args([
            "batches",
            "submit",
            &requests,
            "--wait",
            "--interval",
            "0.1",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("exa-agent starts");
    let deadline = Instant::now() + Duration::from_secs(10);
    while get.calls() < 2 {
        assert!(Instant::now() < deadline, "no polls");
        std::thread::sleep(Duration::from_millis(20));
    }

    let pid = Pid::from_raw(i32::try_from(child.id()).expect("a pid fits in i32"));
    kill(pid, Signal::SIGINT).expect("SIGINT is sent");
    let out = common::checked(child.wait_with_output().expect("exa-agent exits"));

    assert_eq!(out.code, Some(130), "{}", out.stderr);
    assert_eq!(out.field("status"), [json!("in_progress")]);
    assert!(
        out.stderr
            .starts_with("interrupted: batch batch_1 keeps running:"),
        "{}",
        out.stderr
    );
    assert_eq!(cancel.calls(), 0);
}

#[test]
fn the_generated_batches_commands_stay_beside_submit() {
    let help = run(exa_agent("http://127.0.0.1:1").args(["batches", "--help"]));
    assert_eq!(help.code, Some(0), "{}", help.stderr);
    let starting = |name: &str| {
        help.stdout
            .lines()
            .filter(|l| l.trim_start().starts_with(&format!("{name} ")))
            .count()
    };
    assert_eq!(starting("submit"), 1, "{}", help.stdout);
    assert!(help.stdout.contains(
        "Submit a JSONL file of requests as one batch; optionally wait and write its results"
    ));
    for name in [
        "list-batches",
        "create-batch",
        "get-batch",
        "delete-batch",
        "cancel-batch",
    ] {
        assert_eq!(starting(name), 1, "{name}: {}", help.stdout);
    }
    let top = run(exa_agent("http://127.0.0.1:1").arg("--help"));
    assert!(
        top.stdout
            .contains("exa batches submit requests.jsonl --wait --results"),
        "{}",
        top.stdout
    );
    let submit = run(exa_agent("http://127.0.0.1:1").args(["batches", "submit", "--help"]));
    for text in ["--results <PATH|->", "--wait", "--interval", "Exit status"] {
        assert!(submit.stdout.contains(text), "{text}: {}", submit.stdout);
    }

    let server = MockServer::start();
    let get = get_mock(&server, &batch_body("batch_1", "in_progress", None));
    let out = run(exa_agent(&server.base_url()).args(["batches", "get-batch", "--id", "batch_1"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.json_lines(),
        [batch_body("batch_1", "in_progress", None)]
    );
    assert_eq!(get.calls(), 1);
}
