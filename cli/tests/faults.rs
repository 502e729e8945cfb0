//! `exa-agent runs delete` against hostile servers (the cases of `exa-client-tests`'
//! `tests/tests/in_process/faults.rs`, through the binary): each fault ends in a typed failure
//! line, without a panic or a hang, in bounded time and memory, and the ids after it are still
//! deleted. A test binary of its own: the memory bound is read from the peak RSS of every child
//! this process has waited for, which another test's child would raise.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use exa_client_tests::raw::{RawServer, Reply, response};
use exa_client_tests::{deleted_body, error_body};
use serde_json::{Value, json};

/// Distinctive, so that finding it anywhere in the output is certainly a leak.
const KEY: &str = "sk-SECRET-FAULT-KEY";
/// Every fault is served on this id's path; any other id is deleted normally.
const FAULTY: &str = "agent_run_faulty";
/// Sent after the faulty id: they must be deleted whatever the fault did to the client.
const NEXT: [&str; 2] = ["agent_run_next1", "agent_run_next2"];
/// Far above what any case needs: a run this long is a hang, not a slow machine.
const GENEROUS: Duration = Duration::from_secs(20);

/// The normal answer for the run a path names (the API echoes the id).
fn deleted(path: &str) -> Reply {
    let id = path.rsplit('/').next().unwrap_or_default();
    Reply::json(200, &deleted_body(id))
}

/// A raw server that answers the fault on the faulty id's path, and counts those requests.
struct FaultyServer {
    raw: RawServer,
    faulty_requests: Arc<AtomicUsize>,
}

impl FaultyServer {
    async fn start(fault: Reply) -> Self {
        let faulty_requests = Arc::new(AtomicUsize::new(0));
        let counter = faulty_requests.clone();
        let raw = RawServer::start(move |path, _| {
            if path.strip_prefix("/agent/runs/") == Some(FAULTY) {
                counter.fetch_add(1, Ordering::SeqCst);
                fault.clone()
            } else {
                deleted(path)
            }
        })
        .await;
        Self {
            raw,
            faulty_requests,
        }
    }

    fn faulty_requests(&self) -> usize {
        self.faulty_requests.load(Ordering::SeqCst)
    }
}

/// What one run of the binary printed, already checked for panics and for the key.
struct Run {
    code: Option<i32>,
    lines: Vec<Value>,
    stderr: String,
    took: Duration,
}

/// Runs `exa-agent --api-key KEY --base-url URL FLAGS runs delete --concurrency 1 IDS`. The
/// binary runs on a blocking thread: the server lives on this test's runtime and must keep
/// answering meanwhile.
async fn exa_agent(base_url: &str, flags: &[&str], ids: &[&str]) -> Run {
    let mut cmd = Command::cargo_bin("exa-agent").expect("the exa-agent binary is built");
    cmd.env_remove("EXA_API_KEY")
        .env_remove("EXA_BASE_URL")
        .args(["--api-key", KEY, "--base-url", base_url])
        .args(flags)
        // One at a time: the next ids go out after the fault, on the same client, and their
        // lines come out in order.
        .args(["runs", "delete", "--concurrency", "1"])
        .args(ids)
        // A hang is killed here and then fails the time bound, instead of blocking the suite.
        .timeout(GENEROUS * 3);
    let (output, took) = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let output = cmd.output();
        (output, started.elapsed())
    })
    .await
    .expect("the blocking task running exa-agent finishes");
    let output = output.expect("exa-agent runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stdout.contains(KEY), "key on stdout: {stdout}");
    assert!(!stderr.contains(KEY), "key on stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(took < GENEROUS, "took {took:?}: {stderr}");
    let lines = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:?}")))
        .collect();
    Run {
        code: output.status.code(),
        lines,
        stderr,
        took,
    }
}

/// The faulty id's line (its `message` apart), and what the server saw.
struct Fault {
    line: Value,
    message: String,
    server: FaultyServer,
    took: Duration,
}

/// Runs the faulty id then the next ones against a server serving `fault`, checks that the
/// fault failed alone, and returns its line.
async fn fault_then_next(fault: Reply, flags: &[&str]) -> Fault {
    let server = FaultyServer::start(fault).await;
    let ids = [FAULTY, NEXT[0], NEXT[1]];
    let run = exa_agent(&server.raw.base_url(), flags, &ids).await;

    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let [faulty, next @ ..] = &run.lines[..] else {
        panic!("no output: {}", run.stderr);
    };
    assert_eq!(next, [deleted_body(NEXT[0]), deleted_body(NEXT[1])]);
    // Each next id was sent once: the fault left the client able to go on.
    assert_eq!(server.raw.requests(), server.faulty_requests() + 2);
    // Only the summary: the fault's details belong on stdout, not in a warning on stderr.
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("2 deleted, 0 not found, 1 failed, 0 invalid in "),
        "{}",
        run.stderr
    );

    let mut line = faulty.clone();
    let message = line
        .as_object_mut()
        .and_then(|fields| fields.remove("message"))
        .and_then(|message| message.as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("a failure line has a string message: {faulty}"));
    Fault {
        line,
        message,
        server,
        took: run.took,
    }
}

/// The faulty id's line without its message, as scripts see it.
fn failed(status: Value, code: Value, attempts: Option<u32>) -> Value {
    let mut line = json!({ "id": FAULTY, "error": "failed", "status": status, "code": code });
    // Errors that carry no attempt count (decode, too large) leave the field out.
    if let Some(attempts) = attempts {
        line["attempts"] = attempts.into();
    }
    line
}

/// The message starts with the fault's class (the client's `Display` of the error) and names
/// its cause, which reqwest keeps several levels down.
#[track_caller]
fn assert_message(message: &str, class: &str, cause: &str) {
    assert!(message.starts_with(class), "{message}");
    assert!(message.contains(cause), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_before_the_response_is_a_retried_transport_error() {
    let fault = fault_then_next(Reply::Reset, &["--max-retries", "1"]).await;
    assert_eq!(fault.line, failed(Value::Null, Value::Null, Some(2)));
    assert_message(
        &fault.message,
        "transport error after 2 attempt(s): ",
        "reset",
    );
    assert_eq!(fault.server.faulty_requests(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_in_the_middle_of_the_body_is_a_transport_error_not_retried() {
    let body = serde_json::to_vec(&deleted_body(FAULTY)).expect("json");
    let whole = response(200, &[], &body);
    let half = whole[..whole.len() - 30].to_vec();
    let fault = fault_then_next(Reply::RawThenReset(half), &["--max-retries", "2"]).await;
    // The status had arrived, so the retry loop was over: a body cut short is not retried
    // (the server may have acted on the delete).
    assert_eq!(fault.line, failed(Value::Null, Value::Null, Some(1)));
    assert_message(
        &fault.message,
        "transport error after 1 attempt(s): ",
        "reset",
    );
    assert_eq!(fault.server.faulty_requests(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_json_is_a_decode_error_not_retried() {
    let cut = br#"{"id":"agent_run_faulty","obj"#;
    let reply = Reply::http(200, &[("content-type", "application/json")], cut);
    let fault = fault_then_next(reply, &["--max-retries", "2"]).await;
    // No status although a 200 arrived: the client's `Error::status` is `None` for `Decode`.
    assert_eq!(fault.line, failed(Value::Null, Value::Null, None));
    assert_message(
        &fault.message,
        "could not decode the response body: ",
        "EOF while parsing",
    );
    assert_eq!(fault.server.faulty_requests(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_status_line_or_header_is_a_transport_error() {
    for (broken, cause) in [
        (
            &b"HTTP/1.1 abc OK\r\ncontent-length: 0\r\n\r\n"[..],
            "invalid HTTP status-code parsed",
        ),
        (
            b"HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 0\r\n\r\n",
            "invalid HTTP header parsed",
        ),
        (b"SMTP ready\r\n\r\n", "invalid HTTP version parsed"),
    ] {
        let reply = Reply::RawThenClose(broken.to_vec());
        let fault = fault_then_next(reply, &["--max-retries", "0"]).await;
        assert_eq!(
            fault.line,
            failed(Value::Null, Value::Null, Some(1)),
            "{cause}"
        );
        assert_message(
            &fault.message,
            "transport error after 1 attempt(s): ",
            cause,
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_slower_than_the_timeout_times_out_without_waiting_for_it() {
    let slow = Reply::After(Duration::from_secs(30), Box::new(deleted(FAULTY)));
    let flags = ["--max-retries", "0", "--timeout", "0.3"];
    let fault = fault_then_next(slow, &flags).await;
    assert_eq!(fault.line, failed(Value::Null, Value::Null, Some(1)));
    assert_message(
        &fault.message,
        "the request timed out after 1 attempt(s)",
        "timed out",
    );
    // Loose: the point is that the 30 s answer is not waited for.
    assert!(fault.took < Duration::from_secs(5), "{:?}", fault.took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_429_with_a_one_hour_retry_after_ends_after_max_retries() {
    let body = error_body("RATE_LIMIT_ERROR", "RATE_LIMIT_EXCEEDED", "slow down");
    let too_many = Reply::Raw(response(
        429,
        &[
            ("retry-after", "3600"),
            ("x-request-id", "req_storm"),
            ("content-type", "application/json"),
        ],
        &serde_json::to_vec(&body).expect("json"),
    ));
    let fault = fault_then_next(too_many, &["--max-retries", "2"]).await;
    let mut expected = failed(json!(429), json!("RATE_LIMIT_EXCEEDED"), Some(3));
    expected["request_id"] = json!("req_storm");
    assert_eq!(fault.line, expected);
    assert_eq!(fault.message, "slow down");
    assert_eq!(fault.server.faulty_requests(), 3);
    // 3600 s is above the 60 s the client honors, so its short backoff (0.5 s, then 1 s) is
    // used instead.
    assert!(fault.took < Duration::from_secs(10), "{:?}", fault.took);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_50_mb_body_is_refused_past_the_16_mib_limit() {
    const FIFTY_MB: usize = 50 * 1024 * 1024;
    for content_length in [true, false] {
        let garbage = Reply::Garbage {
            status: 200,
            len: FIFTY_MB,
            content_length,
        };
        let fault = fault_then_next(garbage, &["--max-retries", "2"]).await;
        let case = format!("content-length {content_length}");
        assert_eq!(fault.line, failed(json!(200), Value::Null, None), "{case}");
        assert_eq!(
            fault.message, "the body of the 200 OK response exceeds the limit of 16777216 bytes",
            "{case}"
        );
        assert_eq!(fault.server.faulty_requests(), 1, "{case}");
        // The client stopped reading before the end. Not a tighter bound: what the server
        // gets to write is 16 MiB read plus what the kernel buffers, and loopback buffers
        // can grow to tens of MiB (28 MB written here with a 32 MiB `tcp_rmem` max).
        let written = fault.server.raw.body_bytes_written();
        assert!(written < FIFTY_MB, "{case}: {written} bytes written");
    }
    // Memory: at most the 16 MiB limit is held, never the 50 MiB body (a run peaks near
    // 13 MiB without a body, 30 MiB with 16 MiB read).
    #[cfg(unix)]
    {
        let peak = largest_peak_rss_of_the_runs();
        assert!(peak < 48 * 1024 * 1024, "peak RSS {peak} bytes");
    }
}

/// The peak RSS, in bytes, of the largest child this test process has waited for: they are all
/// `exa-agent` runs, so this bounds each of them.
#[cfg(unix)]
fn largest_peak_rss_of_the_runs() -> u64 {
    use nix::sys::resource::{UsageWho, getrusage};
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).expect("getrusage of the children");
    let max_rss = u64::try_from(usage.max_rss()).unwrap_or_default();
    // macOS counts bytes, the other systems kibibytes.
    if cfg!(target_os = "macos") {
        max_rss
    } else {
        max_rss * 1024
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_object_constant_or_deleted_false_is_a_decode_error() {
    for (body, cause) in [
        (
            r#"{"id":"agent_run_faulty","object":"agent_run","deleted":true}"#,
            "expected `agent_run.deleted`",
        ),
        (
            r#"{"id":"agent_run_faulty","object":"agent_run.deleted","deleted":false}"#,
            "`deleted` is false in a 200 response",
        ),
    ] {
        let reply = Reply::http(
            200,
            &[("content-type", "application/json")],
            body.as_bytes(),
        );
        let fault = fault_then_next(reply, &["--max-retries", "2"]).await;
        assert_eq!(fault.line, failed(Value::Null, Value::Null, None), "{body}");
        assert_message(
            &fault.message,
            "could not decode the response body: ",
            cause,
        );
        assert_eq!(fault.server.faulty_requests(), 1, "{body}: not retried");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_closes_every_connection_after_answering_loses_no_id() {
    let ids = [
        "agent_run_c1",
        "agent_run_c2",
        "agent_run_c3",
        "agent_run_c4",
        "agent_run_c5",
    ];
    for announced in [true, false] {
        let server = RawServer::start(move |path, _| {
            let headers: &[(&str, &str)] = if announced {
                &[("connection", "close")]
            } else {
                &[]
            };
            let id = path.rsplit('/').next().unwrap_or_default();
            let body = serde_json::to_vec(&deleted_body(id)).expect("json");
            Reply::RawThenClose(response(200, headers, &body))
        })
        .await;
        let run = exa_agent(&server.base_url(), &[], &ids).await;

        assert_eq!(run.code, Some(0), "announced {announced}: {}", run.stderr);
        let expected: Vec<Value> = ids.iter().map(|id| deleted_body(id)).collect();
        assert_eq!(run.lines, expected, "announced {announced}");
        assert!(
            run.stderr
                .starts_with("5 deleted, 0 not found, 0 failed, 0 invalid in "),
            "announced {announced}: {}",
            run.stderr
        );
        // A silent close can meet a request already sent on the dead connection; a retry
        // covers it, so there may be more requests than ids, never fewer connections.
        assert!(server.connections() >= 5, "announced {announced}");
    }
}
