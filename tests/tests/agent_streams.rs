//! The Agent API's streams and pages against a loopback server that records every request
//! head: resumption with `Last-Event-ID`, malformed and idle streams, a create that must not be
//! sent twice, and a long listing in bounded memory. Alone in its test binary so that the peak
//! RSS the listing test reads is its own.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use exa_client::agent_api::RunEvent;
use exa_client::sse::StreamOptions;
use exa_client::{Error, StreamError};
use exa_client_tests::builder;
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// What the server does on one connection, by the request head it read.
enum Answer {
    /// Writes these bytes and closes the connection.
    Close(Vec<u8>),
    /// Writes these bytes and keeps the connection open, silent, for the rest of the test.
    Hang(Vec<u8>),
    /// Resets the connection once the request was read.
    Reset,
}

/// A server that reads one request per connection, records its head, and answers with
/// `route(head, n)`.
async fn server(
    route: impl Fn(&str, usize) -> Answer + Send + Sync + 'static,
) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let heads = Arc::new(Mutex::new(Vec::new()));
    let seen = heads.clone();
    tokio::spawn(async move {
        let route = Arc::new(route);
        while let Ok((mut stream, _)) = listener.accept().await {
            let (route, seen) = (route.clone(), seen.clone());
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let head = loop {
                    let Ok(n) = stream.read(&mut chunk).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..end]).to_string();
                        let length = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        while buf.len() < end + 4 + length {
                            let Ok(n) = stream.read(&mut chunk).await else {
                                return;
                            };
                            if n == 0 {
                                break;
                            }
                            buf.extend_from_slice(&chunk[..n]);
                        }
                        break head;
                    }
                };
                let n = {
                    let mut heads = seen.lock().unwrap();
                    heads.push(head.clone());
                    heads.len() - 1
                };
                match route(&head, n) {
                    Answer::Close(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                        let _ = stream.shutdown().await;
                    }
                    Answer::Hang(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                        tokio::time::sleep(Duration::from_secs(60)).await;
                    }
                    Answer::Reset => {
                        #[allow(deprecated)] // blocks on close only with a non-zero linger
                        let _ = stream.set_linger(Some(Duration::ZERO));
                        drop(stream);
                    }
                }
            });
        }
    });
    (url, heads)
}

fn sse(events: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n{events}"
    )
    .into_bytes()
}

fn event(id: u32, kind: &str) -> String {
    format!(
        "id: {id}\nevent: agent_run.{kind}\ndata: {{\"id\":\"agent_run_r1\",\"status\":\"{kind}\"}}\n\n"
    )
}

fn json_response(body: &Value) -> Vec<u8> {
    let body = body.to_string();
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn fast() -> StreamOptions {
    StreamOptions {
        idle_timeout: Duration::from_millis(300),
        max_reconnects: 3,
        reconnect_delay: Duration::from_millis(10),
    }
}

async fn collect(
    stream: impl futures::Stream<Item = Result<RunEvent, Error>>,
) -> Vec<Result<RunEvent, Error>> {
    stream.collect().await
}

#[tokio::test]
async fn a_stream_that_drops_after_event_k_resumes_after_k_and_delivers_every_event_once() {
    let (url, heads) = server(|head, n| match n {
        // The create: two events, then the connection drops.
        0 => Answer::Close(sse(&(event(1, "created")
            + "event: keep\n: keep-alive\n\n"
            + &event(2, "started")))),
        // The resumption replays event 2 again (a server may), then the end.
        _ if head.starts_with("GET /agent/runs/agent_run_r1/events") => {
            Answer::Close(sse(&(event(2, "started") + &event(3, "completed"))))
        }
        _ => Answer::Reset,
    })
    .await;
    let exa = builder(url, 2).build().unwrap();
    let stream = exa.agent().create("q").stream(fast()).await.unwrap();
    let events = collect(stream).await;
    let ids: Vec<_> = events
        .iter()
        .map(|e| {
            e.as_ref()
                .map(|e| e.id.clone().unwrap_or_default())
                .map_err(|e| e.to_string())
        })
        .collect();
    assert_eq!(ids, [Ok("1".into()), Ok("2".into()), Ok("3".into())]);
    let heads = heads.lock().unwrap();
    assert_eq!(heads.len(), 2, "{heads:?}");
    assert!(heads[0].starts_with("POST /agent/runs "), "{}", heads[0]);
    assert_eq!(header(&heads[0], "accept"), Some("text/event-stream"));
    assert_eq!(header(&heads[1], "last-event-id"), Some("2"));
    assert_eq!(
        header(&heads[1], "exa-beta"),
        None,
        "the Agent document has no default beta token"
    );
    println!(
        "events delivered: 3 of 4 sent (one replayed after the drop); requests: 1 create + 1 resume"
    );
}

#[tokio::test]
async fn a_malformed_event_is_a_typed_error() {
    let (url, _) = server(|_, _| {
        Answer::Close(sse(
            &(event(1, "created") + "id: 2\nevent: agent_run.started\ndata: {not json\n\n")
        ))
    })
    .await;
    let exa = builder(url, 0).build().unwrap();
    let stream = exa
        .agent()
        .follow("agent_run_r1", None, fast())
        .await
        .unwrap();
    let events = collect(stream).await;
    assert_eq!(events.len(), 2);
    assert!(events[0].is_ok());
    assert!(
        matches!(&events[1], Err(Error::Stream(StreamError::Malformed { id: Some(id), .. })) if id == "2"),
        "{:?}",
        events[1]
    );
}

#[tokio::test]
async fn an_idle_stream_times_out_after_its_reconnects() {
    let (url, heads) = server(|_, _| Answer::Hang(sse(&event(1, "created")))).await;
    let exa = builder(url, 0).build().unwrap();
    let options = StreamOptions {
        max_reconnects: 1,
        ..fast()
    };
    let stream = exa
        .agent()
        .follow("agent_run_r1", None, options)
        .await
        .unwrap();
    let events = collect(stream).await;
    assert!(events[0].is_ok());
    assert!(
        matches!(
            events.last(),
            Some(Err(Error::Stream(StreamError::Idle(_))))
        ),
        "{events:?}"
    );
    // The first connection and one reconnect, after event 1.
    let heads = heads.lock().unwrap();
    assert_eq!(heads.len(), 2);
    assert_eq!(header(&heads[1], "last-event-id"), Some("1"));
}

#[tokio::test]
async fn a_create_reset_after_it_was_sent_reaches_the_server_once_and_says_it_may_exist() {
    let (url, heads) = server(|_, _| Answer::Reset).await;
    let exa = builder(url, 3).build().unwrap();
    let error = exa.agent().create("q").send().await.unwrap_err();
    assert_eq!(heads.lock().unwrap().len(), 1, "the create was sent again");
    match &error {
        Error::OutcomeUnknown {
            operation, hint, ..
        } => {
            assert_eq!(*operation, "createAgentRun");
            assert!(hint.contains("list the runs"), "{hint}");
        }
        other => panic!("expected OutcomeUnknown, got {other:?}"),
    }
    assert!(!error.is_retryable());
    // The same reset on a GET is retried, as before.
    let (url, heads) = server(|_, _| Answer::Reset).await;
    let exa = builder(url, 3).build().unwrap();
    assert!(exa.agent().get("agent_run_r1").await.is_err());
    assert_eq!(heads.lock().unwrap().len(), 4);
}

fn run(id: usize) -> Value {
    json!({
        "id": format!("agent_run_{id:06}"), "object": "agent_run", "status": "completed",
        "stopReason": "completed", "createdAt": "2026-05-07T18:31:00.000Z",
        "completedAt": "2026-05-07T18:32:00.000Z", "request": null,
        "output": {"text": "x".repeat(200), "structured": null, "grounding": []},
        "usage": {"agentComputeUnits": 1, "searches": 2, "emails": 0, "phoneNumbers": 0},
        "costDollars": {"total": 0.1, "agentCompute": 0.1, "search": 0, "emails": 0, "phoneNumbers": 0}
    })
}

#[tokio::test]
async fn listing_100000_runs_holds_one_page_at_a_time() {
    const RUNS: usize = 100_000;
    const PAGE: usize = 100;
    let (url, heads) = server(|head, _| {
        let start = head
            .split_once("cursor=agent_run_")
            .map_or(0, |(_, rest)| rest[..6].parse::<usize>().unwrap_or(0) + 1);
        let end = (start + PAGE).min(RUNS);
        let data: Vec<Value> = (start..end).map(run).collect();
        let more = end < RUNS;
        Answer::Close(json_response(&json!({
            "object": "list", "data": data, "hasMore": more,
            "nextCursor": more.then(|| format!("agent_run_{:06}", end - 1)),
        })))
    })
    .await;
    let exa = builder(url, 0).build().unwrap();
    let before = peak_rss_kib();
    let mut count = 0usize;
    let mut last = String::new();
    let mut runs = std::pin::pin!(exa.agent().list(Some(PAGE as u64)));
    while let Some(run) = runs.try_next().await.unwrap() {
        count += 1;
        last = run.id.to_string();
    }
    let growth = peak_rss_kib().saturating_sub(before);
    assert_eq!(count, RUNS);
    assert_eq!(last, "agent_run_099999");
    assert_eq!(heads.lock().unwrap().len(), RUNS / PAGE);
    println!(
        "100,000 runs in {} pages: peak RSS grew by {growth} KiB",
        RUNS / PAGE
    );
    // All the runs at once would take well over 100 MiB.
    assert!(growth < 64 * 1024, "peak RSS grew by {growth} KiB");
}

fn peak_rss_kib() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
