//! Contract test: the client's requests against Stoplight Prism, an independent implementation
//! of the vendored spec that validates the beta header, the auth header and the id pattern.
//! Prism is installed by `npm ci --prefix tests/contract` (the README's test command and
//! `.ci/run` do it). Without node the test is skipped with a printed reason, except in CI.
//!
//! Not served here: the `text/event-stream` variants of `createAgentRun` and
//! `listAgentRunEvents`. Prism answers them with the document's example, but flags its own
//! answer (`sl-violations: Response body must be object`: the document gives the event stream
//! the schema of one event), so it cannot tell a client's mistake from its own. The test server
//! of `agent_streams.rs` covers them: resumption, malformed and idle streams.

use exa_client::{AuthScheme, Exa};
use exa_client_tests::prism::Prism;

/// Operations the contract test sends; every operation of the Agent document must be here.
const COVERED: &[&str] = &[
    "createAgentRun",
    "listAgentRuns",
    "getAgentRun",
    "cancelAgentRun",
    "deleteAgentRun",
    "listAgentRunEvents",
    "stopAgentRun",
];

const RUN: &str = "agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8";

fn start() -> Option<Prism> {
    start_document("agent")
}

fn start_document(module: &str) -> Option<Prism> {
    let spec = exa_client_tests::workspace().join(format!("openapi/exa-{module}.yaml"));
    Prism::start(&spec).unwrap_or_else(|e| panic!("Prism did not start: {e}"))
}

/// The value of a call Prism accepted; a refusal fails the test with Prism's log.
fn accepted<T>(prism: &Prism, what: &str, result: Result<T, exa_client::Error>) -> T {
    result.unwrap_or_else(|e| {
        panic!(
            "{what}: Prism refused the request: {e}\n{}",
            prism.log_tail()
        )
    })
}

#[tokio::test]
async fn every_operation_is_accepted_under_both_auth_schemes() {
    let Some(prism) = start() else { return };
    for op in exa_client::agent::spec::DOCUMENT.operations.iter() {
        assert!(
            COVERED.contains(&op.id.as_ref()),
            "operation {} is not exercised by the contract test",
            op.id
        );
    }
    for auth in [AuthScheme::ApiKeyHeader, AuthScheme::Bearer] {
        let exa = prism.client(auth);
        let response = exa
            .agent()
            .client()
            .delete_agent_run()
            .id(RUN)
            .send()
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "{auth:?}: Prism refused the request: {e}\n{}",
                    prism.log_tail()
                )
            });
        assert!(
            response.status().is_success(),
            "{auth:?}: {}",
            response.status()
        );
        assert!(
            response.headers().get("sl-violations").is_none(),
            "{auth:?}: {:?}",
            response.headers().get("sl-violations")
        );
        assert!(response.deleted);
        // The facade's typed path agrees, and so does every other operation's helper.
        let what = |op: &str| format!("{auth:?}: {op}");
        let agent = exa.agent();
        accepted(&prism, &what("deleteAgentRun"), agent.delete(RUN).await);
        let query =
            "What are the most important AI infrastructure funding rounds announced this week?";
        accepted(
            &prism,
            &what("createAgentRun"),
            agent.create(query).send().await,
        );
        accepted(
            &prism,
            &what("listAgentRuns"),
            agent.list_page(Some(10), None).await,
        );
        accepted(&prism, &what("getAgentRun"), agent.get(RUN).await);
        accepted(&prism, &what("cancelAgentRun"), agent.cancel(RUN).await);
        accepted(
            &prism,
            &what("listAgentRunEvents"),
            agent.events_page(RUN, Some(20), None).await,
        );
        accepted(&prism, &what("stopAgentRun"), agent.stop(RUN).await);
    }
}

/// The Batches document requires `Exa-Beta: batches-2026-06-06` (the Agent document's header is
/// optional and free-form now, so it cannot show a refusal).
#[tokio::test]
async fn a_request_without_the_beta_header_is_rejected() {
    let Some(prism) = start_document("batches") else {
        return;
    };
    let exa = Exa::builder()
        .api_key("contract-test-key")
        .base_url(prism.base_url())
        .betas(Vec::<String>::new())
        .max_retries(0)
        .build()
        .unwrap();
    let error = exa
        .batches()
        .client()
        .get_batch()
        .id("batch_abc")
        .send()
        .await
        .unwrap_err();
    let exa_client::batches::Error::UnexpectedResponse(response) = error else {
        panic!("expected Prism's 400, got {error}");
    };
    assert_eq!(response.status(), 400);
    let violations = response
        .headers()
        .get("sl-violations")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(violations.contains("exa-beta"), "{violations}");
}

#[tokio::test]
async fn a_wrong_beta_token_is_rejected() {
    let Some(prism) = start_document("batches") else {
        return;
    };
    let exa = Exa::builder()
        .api_key("contract-test-key")
        .base_url(prism.base_url())
        .betas(["batches-1999-01-01"])
        .max_retries(0)
        .build()
        .unwrap();
    let error = exa
        .batches()
        .call(async |c| c.get_batch().id("batch_abc").send().await)
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400), "{error}");
}
