//! The typed httpmock helpers of `exa_client::agent::mock` (feature `mock`), as a downstream crate
//! would use them to stub the API.

use exa_client::agent::mock::MockServerExt;
use exa_client::agent::types::{
    AgentError, AgentErrorCode, AgentErrorResponse, AgentErrorType, AgentRunId,
    DeleteAgentRunResponse, DeleteAgentRunResponseObject,
};
use exa_client_tests::builder;
use httpmock::MockServer;

fn run_id(id: &str) -> AgentRunId {
    id.parse().expect("a valid run id")
}

#[tokio::test]
async fn a_typed_stub_answers_the_client_on_its_own_path_only() {
    let server = MockServer::start_async().await;
    let deleted = DeleteAgentRunResponse {
        id: run_id("agent_run_abc"),
        object: DeleteAgentRunResponseObject::AgentRunDeleted,
        deleted: true,
        extra: Default::default(),
    };
    let mock = server.delete_agent_run(|when, then| {
        when.id(&run_id("agent_run_abc"));
        then.ok(&deleted);
    });
    let exa = builder(server.base_url(), 0)
        .build()
        .expect("client builds");

    let answer = exa.agent().delete("agent_run_abc").await.expect("stubbed");
    assert_eq!(
        serde_json::to_value(answer).unwrap(),
        serde_json::to_value(&deleted).unwrap()
    );
    let other = exa
        .agent()
        .delete("agent_run_other")
        .await
        .expect_err("not stubbed");
    assert_eq!(other.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(mock.calls(), 1);
}

#[tokio::test]
async fn a_typed_error_stub_becomes_the_typed_api_error() {
    let server = MockServer::start_async().await;
    let body = AgentErrorResponse {
        error: AgentError {
            type_: AgentErrorType::NotFound,
            code: AgentErrorCode::RunNotFound,
            message: "no such run".into(),
            extra: Default::default(),
        },
        extra: Default::default(),
    };
    let mock = server.delete_agent_run(|when, then| {
        when.id(&run_id("agent_run_gone"));
        then.not_found(&body);
    });
    let exa = builder(server.base_url(), 0)
        .build()
        .expect("client builds");

    let error = exa
        .agent()
        .delete("agent_run_gone")
        .await
        .expect_err("a 404");
    let api = error.api().expect("an API error");
    assert_eq!(api.status, 404);
    assert_eq!(api.code.as_deref(), Some("RUN_NOT_FOUND"));
    assert_eq!(api.schema, Some("AgentErrorResponse"));
    let typed = api
        .decode::<AgentErrorResponse>()
        .expect("the stub's body decodes");
    assert_eq!(typed.error.code, AgentErrorCode::RunNotFound);
    assert_eq!(api.message.as_deref(), Some("no such run"));
    mock.assert_calls(1);
}
