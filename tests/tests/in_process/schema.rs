//! The generated types as a user decodes and describes them: JSON Schemas that keep the spec's
//! required fields, error codes that accept values added after the build, and response objects
//! that accept new fields.

use std::collections::BTreeSet;

use exa_client::agent::types::{
    AgentErrorCode, AgentErrorResponse, AgentErrorType, DeleteAgentRunResponse,
};
use serde_json::{Value, json};

fn required(schema: &Value) -> BTreeSet<&str> {
    schema["required"]
        .as_array()
        .unwrap_or_else(|| panic!("no `required` array in {schema:#}"))
        .iter()
        .map(|v| v.as_str().expect("required names are strings"))
        .collect()
}

#[test]
fn delete_response_schema_requires_every_field_of_the_spec() {
    let schema = serde_json::to_value(schemars::schema_for!(DeleteAgentRunResponse)).unwrap();
    assert_eq!(
        required(&schema),
        BTreeSet::from(["deleted", "id", "object"]),
        "{schema:#}"
    );
    assert_eq!(schema["type"], "object", "{schema:#}");
}

#[test]
fn error_code_schema_is_a_string_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(AgentErrorCode)).unwrap();
    assert_eq!(schema["type"], "string", "{schema:#}");
    assert!(
        schema.get("enum").is_none(),
        "an open enum accepts any string: {schema:#}"
    );
    let described = schema["description"].as_str().unwrap_or_default();
    assert!(described.contains("RUN_NOT_FOUND"), "{schema:#}");

    // Inside the error response, the field refers to that same string schema.
    let response = serde_json::to_value(schemars::schema_for!(AgentErrorResponse)).unwrap();
    assert_eq!(
        response["definitions"]["AgentErrorCode"]["type"], "string",
        "{response:#}"
    );
}

#[test]
fn an_unknown_error_code_decodes_and_serializes_back_unchanged() {
    let text = r#"{"error":{"type":"NEW_TYPE","code":"NEW_CODE","message":"m","x":1}}"#;
    let decoded: AgentErrorResponse = serde_json::from_str(text).unwrap();
    assert_eq!(
        decoded.error.code,
        AgentErrorCode::Unknown("NEW_CODE".into())
    );
    assert_eq!(
        decoded.error.type_,
        AgentErrorType::Unknown("NEW_TYPE".into())
    );
    assert_eq!(decoded.error.message, "m");
    assert_eq!(decoded.error.extra.get("x"), Some(&json!(1)));
    let original: Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), original);
}

#[test]
fn known_error_codes_decode_to_their_variants_and_serialize_back_unchanged() {
    let cases = [
        ("INVALID_REQUEST", AgentErrorCode::InvalidRequest),
        ("TEAM_NOT_FOUND", AgentErrorCode::TeamNotFound),
        ("RUN_NOT_FOUND", AgentErrorCode::RunNotFound),
        (
            "PREVIOUS_RUN_NOT_FOUND",
            AgentErrorCode::PreviousRunNotFound,
        ),
        (
            "PREVIOUS_RUN_NOT_COMPLETED",
            AgentErrorCode::PreviousRunNotCompleted,
        ),
        (
            "CONCURRENCY_LIMIT_REACHED",
            AgentErrorCode::ConcurrencyLimitReached,
        ),
        ("INVALID_OUTPUT_SCHEMA", AgentErrorCode::InvalidOutputSchema),
        ("TIMEOUT", AgentErrorCode::Timeout),
        ("SERVER_ERROR", AgentErrorCode::ServerError),
    ];
    for (wire, variant) in cases {
        let original = json!({"error": {"type": "NOT_FOUND", "code": wire, "message": "m"}});
        let decoded: AgentErrorResponse = serde_json::from_value(original.clone()).unwrap();
        assert_eq!(decoded.error.code, variant, "{wire}");
        assert_eq!(decoded.error.type_, AgentErrorType::NotFound);
        assert!(decoded.error.extra.is_empty());
        assert_eq!(decoded.error.code.as_str(), wire);
        assert_eq!(serde_json::to_value(&decoded).unwrap(), original, "{wire}");
    }
}

#[test]
fn delete_response_keeps_a_field_added_later() {
    let text = r#"{"id":"agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8","object":"agent_run.deleted","deleted":true,"deletedAt":"2027-01-01T00:00:00Z"}"#;
    let decoded: DeleteAgentRunResponse = serde_json::from_str(text).unwrap();
    assert_eq!(decoded.id.as_str(), "agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8");
    assert!(decoded.deleted);
    assert_eq!(decoded.extra["deletedAt"], json!("2027-01-01T00:00:00Z"));
    assert_eq!(
        serde_json::to_value(&decoded).unwrap(),
        serde_json::from_str::<serde_json::Value>(text).unwrap()
    );
}

#[test]
fn delete_response_still_requires_its_fields() {
    let missing = r#"{"id":"agent_run_01","object":"agent_run.deleted"}"#;
    assert!(serde_json::from_str::<DeleteAgentRunResponse>(missing).is_err());
}
