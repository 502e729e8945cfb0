//! Hostile servers: each fault ends in a typed error, without a panic or a hang, in bounded time
//! and memory, and the same client goes on to the next request.

use std::time::{Duration, Instant};

use exa_client::defaults::MAX_RESPONSE_BYTES;
use exa_client::{Error, Exa};
use exa_client_tests::raw::{RawServer, Reply, response};
use exa_client_tests::{builder, deleted_body, error_body};

const RUN: &str = "agent_run_abc";
/// Every fault is served on this id's path; any other id is deleted normally.
const FAULTY: &str = "agent_run_faulty";

fn deleted(id: &str) -> Reply {
    Reply::json(200, &deleted_body(id))
}

/// A server that answers `fault` on the faulty run's path and a normal delete elsewhere.
async fn server_with(fault: Reply) -> RawServer {
    RawServer::start(move |path, _| {
        if path.ends_with(FAULTY) {
            fault.clone()
        } else {
            deleted(RUN)
        }
    })
    .await
}

fn client(server: &RawServer, retries: u32) -> Exa {
    builder(server.base_url(), retries)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client builds")
}

/// The fault's error, then proof that the client still works: the next delete succeeds.
async fn fault_then_next(exa: &Exa) -> Error {
    let error = exa
        .agent()
        .delete(FAULTY)
        .await
        .expect_err("the fault is an error");
    let next = exa
        .agent()
        .delete(RUN)
        .await
        .expect("the next delete succeeds");
    assert_eq!(next.id.as_str(), RUN);
    error
}

#[tokio::test]
async fn a_reset_before_the_response_is_a_retried_transport_error() {
    let server = server_with(Reply::Reset).await;
    let error = fault_then_next(&client(&server, 2)).await;
    assert!(
        matches!(error, Error::Transport { attempts: 3, .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(server.requests(), 3 + 1);
}

#[tokio::test]
async fn a_reset_in_the_middle_of_the_body_is_a_transport_error() {
    let whole = response(
        200,
        &[],
        br#"{"id":"agent_run_faulty","object":"agent_run.deleted","deleted":true}"#,
    );
    let half = whole[..whole.len() - 30].to_vec();
    let server = server_with(Reply::RawThenReset(half)).await;
    let error = fault_then_next(&client(&server, 2)).await;
    // The status was received, so the retry loop had already returned it: a body cut short is
    // not retried (the server may have acted on the delete).
    assert!(
        matches!(error, Error::Transport { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests(), 1 + 1);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_that_keeps_the_body() {
    let body = br#"{"id":"agent_run_faulty","obj"#;
    let server = server_with(Reply::http(
        200,
        &[("content-type", "application/json")],
        body,
    ))
    .await;
    let error = fault_then_next(&client(&server, 2)).await;
    match &error {
        Error::Decode { body: raw, .. } => assert_eq!(&raw[..], &body[..]),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_malformed_status_line_or_header_is_a_transport_error() {
    for broken in [
        &b"HTTP/1.1 abc OK\r\ncontent-length: 0\r\n\r\n"[..],
        b"HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 0\r\n\r\n",
        b"SMTP ready\r\n\r\n",
    ] {
        let server = server_with(Reply::RawThenClose(broken.to_vec())).await;
        let error = fault_then_next(&client(&server, 0)).await;
        assert!(
            matches!(error, Error::Transport { attempts: 1, .. }),
            "{}: {error:?}",
            String::from_utf8_lossy(broken)
        );
    }
}

#[tokio::test]
async fn an_answer_slower_than_the_timeout_fails_after_about_the_timeout() {
    let timeout = Duration::from_millis(300);
    let server = server_with(Reply::After(
        Duration::from_secs(30),
        Box::new(deleted(FAULTY)),
    ))
    .await;
    let exa = builder(server.base_url(), 0)
        .timeout(timeout)
        .build()
        .expect("client builds");
    let started = Instant::now();
    let error = fault_then_next(&exa).await;
    let took = started.elapsed();
    assert!(
        matches!(error, Error::Timeout { attempts: 1, .. }),
        "{error:?}"
    );
    // Loose: the point is that the 30 s answer is not waited for.
    assert!(took < timeout * 10, "{took:?} for a {timeout:?} timeout");
}

#[tokio::test]
async fn a_storm_of_429_with_a_one_hour_retry_after_is_bounded_by_max_retries() {
    let too_many = Reply::Raw(response(
        429,
        &[
            ("retry-after", "3600"),
            ("content-type", "application/json"),
        ],
        &serde_json::to_vec(&error_body(
            "RATE_LIMIT_ERROR",
            "RATE_LIMIT_EXCEEDED",
            "slow down",
        ))
        .expect("json"),
    ));
    let server = server_with(too_many).await;
    let started = Instant::now();
    let error = fault_then_next(&client(&server, 3)).await;
    let api = error.api().expect("an API error");
    assert_eq!(api.status, 429);
    assert_eq!(api.attempts, 4);
    assert_eq!(server.requests(), 4 + 1);
    // 3600 s is above the 60 s the policy honors, so the (short) backoff is used instead.
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test]
async fn a_50_mb_body_is_refused_past_the_limit() {
    const FIFTY_MB: usize = 50 * 1024 * 1024;
    for (status, content_length) in [(200, true), (200, false), (500, true)] {
        let garbage = Reply::Garbage {
            status,
            len: FIFTY_MB,
            content_length,
        };
        let server = server_with(garbage).await;
        let error = fault_then_next(&client(&server, 0)).await;
        let case = format!("status {status}, content-length {content_length}: {error:?}");
        assert!(
            matches!(error, Error::ResponseTooLarge { limit, .. } if limit == MAX_RESPONSE_BYTES),
            "{case}"
        );
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status), "{case}");
        // The client hung up before the end: the server could write the limit plus what the
        // socket buffers absorb (tens of MB on loopback), never the whole body.
        let written = server.body_bytes_written();
        assert!(written < FIFTY_MB, "{case}: {written} bytes written");
    }
}

#[tokio::test]
async fn a_wrong_object_constant_or_deleted_false_is_a_decode_error() {
    for (body, why) in [
        (
            r#"{"id":"agent_run_faulty","object":"agent_run","deleted":true}"#,
            "expected `agent_run.deleted`",
        ),
        (
            r#"{"id":"agent_run_faulty","object":"agent_run.deleted","deleted":false}"#,
            "deleted",
        ),
    ] {
        let server = server_with(Reply::http(
            200,
            &[("content-type", "application/json")],
            body.as_bytes(),
        ))
        .await;
        let error = fault_then_next(&client(&server, 2)).await;
        match &error {
            Error::Decode { message, .. } => assert!(message.contains(why), "{message}"),
            other => panic!("expected Error::Decode for {body}, got {other:?}"),
        }
        assert_eq!(server.requests(), 2, "a decode error is not retried");
    }
}

#[tokio::test]
async fn a_server_that_closes_every_connection_after_answering_is_fine() {
    for announced in [true, false] {
        let server = RawServer::start(move |_, _| {
            let headers: &[(&str, &str)] = if announced {
                &[("connection", "close")]
            } else {
                &[]
            };
            Reply::RawThenClose(response(
                200,
                headers,
                &serde_json::to_vec(&deleted_body(RUN)).expect("json"),
            ))
        })
        .await;
        let exa = client(&server, 2);
        for _ in 0..5 {
            exa.agent()
                .delete(RUN)
                .await
                .unwrap_or_else(|e| panic!("announced {announced}: {e:?}"));
        }
        // A silent close can meet a request already sent on the dead connection; the retry
        // covers it, so there may be more requests than deletes, never fewer connections.
        assert!(server.connections() >= 5, "announced {announced}");
    }
}
