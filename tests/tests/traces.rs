//! The `exa.request` span of every request, captured by a subscriber.
//!
//! Alone in its test binary: the subscriber is the process's global one, set before any span
//! exists. With a thread-scoped subscriber, another test thread that reaches the span first
//! can leave its callsite cached as uninteresting, and the span goes missing.

use std::io;
use std::sync::{Arc, Mutex};

use exa_client_tests::{KEY, builder, deleted_body, error_body};
use httpmock::prelude::*;

const RUN: &str = "agent_run_abc";
const RUN_PATH: &str = "/agent/runs/agent_run_abc";

/// A `tracing` writer into a shared buffer.
#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl io::Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn each_request_is_a_traced_span_without_the_key() {
    let buffer = Arc::new(Mutex::new(Vec::new()));
    let capture = Capture(buffer.clone());
    let subscriber = tracing_subscriber::fmt()
        // Everything the client side logs, its dependencies included; the mock server logs
        // the requests it receives, key and all, which is not the client's doing.
        .with_env_filter("trace,httpmock=off")
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || capture.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    runtime.block_on(async {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.path(RUN_PATH);
                then.status(200).json_body(deleted_body(RUN));
            })
            .await;
        let failing = server
            .mock_async(|when, then| {
                when.path("/agent/runs/agent_run_retry");
                then.status(500)
                    .json_body(error_body("SERVER_ERROR", "SERVER_ERROR", "once"))
                    .up_to_n_times(1);
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/agent/runs/agent_run_retry");
                then.status(200).json_body(deleted_body("agent_run_retry"));
            })
            .await;
        let exa = builder(server.base_url(), 2)
            .build()
            .expect("client builds");
        exa.agent().delete(RUN).await.expect("first call succeeds");
        exa.agent()
            .delete("agent_run_retry")
            .await
            .expect("retried call succeeds");
        assert_eq!(failing.calls_async().await, 1);
    });

    let output = String::from_utf8(buffer.lock().unwrap().clone()).unwrap();
    // The formatter quotes string fields (`path="/x"`); the values are what matters.
    let unquoted = output.replace('"', "");
    for expected in [
        "exa.request",
        "operation=delete_agent_run",
        "method=DELETE",
        "path=/agent/runs/agent_run_abc",
        "path=/agent/runs/agent_run_retry",
        "attempt=1",
        "attempt=2",
        "status=200",
        "duration_ms=",
    ] {
        assert!(
            unquoted.contains(expected),
            "{expected:?} missing from:\n{output}"
        );
    }
    assert!(
        !output.contains(KEY) && !output.contains("SECRET"),
        "the key leaked:\n{output}"
    );
}
