//! Request and response bodies in the shapes progenitor accepts: one request media type it can
//! send, and one success type and one error type per operation.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::Notes;
use super::openapi::{resolve, set};
use crate::pointer::join;

/// Request body media types progenitor 0.15 can send.
const BODY_TYPES: &[&str] = &[
    "application/json",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "text/plain",
    "text/x-markdown",
];

/// Keeps one request media type, the one progenitor can send; returns false when the
/// operation has none and must be skipped.
pub fn request_body(
    op: &mut Map<String, Value>,
    components: &Value,
    ptr: &str,
    notes: &mut Notes,
) -> bool {
    let Some(body) = op.get("requestBody") else {
        return true;
    };
    let mut body = resolve(body, components).clone();
    let ptr = join(ptr, "requestBody");
    let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
        return true;
    };
    let media = |m: &str| m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase();
    let chosen = content
        .keys()
        .find(|m| media(m) == "application/json")
        .or_else(|| {
            content
                .keys()
                .find(|m| BODY_TYPES.contains(&media(m).as_str()))
        })
        .cloned();
    let Some(chosen) = chosen else {
        let types: Vec<&String> = content.keys().collect();
        notes.dropped(
            &ptr,
            "request-media-type",
            format!("operation skipped: progenitor cannot send a {types:?} body"),
        );
        return false;
    };
    if content.len() > 1 {
        notes.rewrite(
            &ptr,
            "request-media-type",
            format!("several media types: only `{chosen}` is generated"),
        );
        content.retain(|m, _| *m == chosen);
    }
    if let Some(mt) = content.get_mut(&chosen) {
        clean_media_type(mt, &join(&join(&ptr, "content"), &chosen), notes);
    }
    op.insert("requestBody".into(), body);
    true
}

/// progenitor asserts that a media type has no `encoding` and has a schema.
fn clean_media_type(mt: &mut Value, ptr: &str, notes: &mut Notes) {
    let Some(mt) = mt.as_object_mut() else { return };
    if mt.remove("encoding").is_some() {
        notes.dropped(
            ptr,
            "encoding",
            "`encoding` dropped (progenitor does not support it)",
        );
    }
    if !mt.contains_key("schema") {
        mt.insert("schema".into(), json!({}));
        notes.rewrite(
            ptr,
            "media-schema",
            "media type without a schema: any value",
        );
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Json(String),
    Raw,
    None,
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.starts_with("application/json;")
}

fn kind(response: &Value) -> Kind {
    let content = response.get("content").and_then(Value::as_object);
    match content {
        Some(c) if !c.is_empty() => match c.iter().find(|(m, _)| is_json(m)) {
            Some((_, mt)) => Kind::Json(mt.get("schema").map(Value::to_string).unwrap_or_default()),
            None => Kind::Raw,
        },
        _ => Kind::None,
    }
}

/// The media types of a response, when it has any.
fn content_of(response: &mut Value) -> impl Iterator<Item = (&String, &mut Value)> {
    response
        .get_mut("content")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flatten()
}

fn is_success(status: &str) -> bool {
    status.starts_with('2') && status.len() == 3
}

fn is_error(status: &str) -> bool {
    (status.starts_with('4') || status.starts_with('5')) && status.len() == 3
}

/// progenitor generates one success type and one error type per operation and asserts so
/// (`response_types.len() <= 1`), counting `default` on both sides.
pub fn responses(op: &mut Map<String, Value>, components: &Value, ptr: &str, notes: &mut Notes) {
    let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
        return;
    };
    let ptr = join(ptr, "responses");
    for (status, r) in responses.iter_mut() {
        *r = resolve(r, components).clone();
        let rptr = join(&ptr, status);
        for (m, mt) in r
            .get_mut("content")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flatten()
        {
            if is_json(m) {
                clean_media_type(mt, &join(&join(&rptr, "content"), m), notes);
            }
        }
    }
    default_is_an_error(responses, &ptr, notes);
    one_success_type(responses, &ptr, notes);
    one_error_type(responses, &ptr, notes);
}

/// A `default` whose body differs from the success body describes errors: it becomes `4XX` and
/// `5XX` (where those are not declared).
fn default_is_an_error(responses: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let successes: BTreeSet<Kind> = responses
        .iter()
        .filter(|(s, _)| is_success(s))
        .map(|(_, r)| kind(r))
        .collect();
    let Some(default) = responses.get("default") else {
        return;
    };
    if successes.is_empty() || successes.contains(&kind(default)) && successes.len() == 1 {
        return;
    }
    let Some(default) = responses.remove("default") else {
        return;
    };
    for range in ["4XX", "5XX"] {
        responses.entry(range).or_insert_with(|| default.clone());
    }
    notes.rewrite(
        &join(ptr, "default"),
        "default-response",
        "`default` differs from the success response: it becomes `4XX` and `5XX`",
    );
}

fn one_success_type(responses: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let kinds: BTreeSet<Kind> = responses
        .iter()
        .filter(|(s, _)| is_success(s) || *s == "default")
        .map(|(_, r)| kind(r))
        .collect();
    if kinds.len() <= 1 {
        return;
    }
    let all_json = kinds.iter().all(|k| matches!(k, Kind::Json(_)));
    for status in responses.keys().filter(|s| is_success(s)) {
        if all_json {
            notes.rewrite(
                &join(ptr, status),
                "success-responses",
                "success responses with different bodies: their union (`oneOf`)",
            );
        } else {
            notes.dropped(
                &join(ptr, status),
                "success-responses",
                "success responses with and without a JSON body: the body is returned as bytes",
            );
        }
    }
    let union = json!({"oneOf": kinds.iter().filter_map(|k| match k { Kind::Json(s) => serde_json::from_str::<Value>(s).ok(), _ => None }).collect::<Vec<_>>()});
    for (_, r) in responses.iter_mut().filter(|(s, _)| is_success(s)) {
        if all_json {
            for (m, mt) in content_of(r) {
                if is_json(m) {
                    set(mt, "schema", union.clone());
                }
            }
        } else {
            let bytes = json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}});
            set(r, "content", bytes);
        }
    }
}

/// Error responses without a JSON body beside ones with it are dropped: the client still reports
/// them as API errors by status, from the raw response. Different JSON bodies become a union.
fn one_error_type(responses: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let kinds: BTreeSet<Kind> = responses
        .iter()
        .filter(|(s, _)| is_error(s) || *s == "default")
        .map(|(_, r)| kind(r))
        .collect();
    if kinds.len() <= 1 {
        return;
    }
    let json_kinds: Vec<Value> = kinds
        .iter()
        .filter_map(|k| match k {
            Kind::Json(s) => serde_json::from_str(s).ok(),
            _ => None,
        })
        .collect();
    let dropped: Vec<String> = responses
        .iter()
        .filter(|(s, r)| {
            (is_error(s) || *s == "default")
                && !json_kinds.is_empty()
                && !matches!(kind(r), Kind::Json(_))
        })
        .map(|(s, _)| s.clone())
        .collect();
    for status in dropped {
        responses.remove(&status);
        notes.dropped(
            &join(ptr, &status),
            "error-responses",
            "error response without a JSON body beside ones with it: reported by status only",
        );
    }
    if json_kinds.len() > 1 {
        let union = json!({"oneOf": json_kinds});
        for (status, r) in responses
            .iter_mut()
            .filter(|(s, _)| is_error(s) || *s == "default")
        {
            for (m, mt) in content_of(r) {
                if is_json(m) {
                    set(mt, "schema", union.clone());
                }
            }
            notes.rewrite(
                &join(ptr, status),
                "error-responses",
                "error responses with different bodies: their union (`oneOf`)",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    fn op_responses(text: &str) -> (Value, Vec<&'static str>) {
        let mut op = yaml(text);
        let mut notes = Notes::default();
        responses(op.as_object_mut().unwrap(), &Value::Null, "/op", &mut notes);
        (op["responses"].clone(), notes.rules())
    }

    const A: &str = "{content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}";

    const E: &str = "{content: {application/json: {schema: {$ref: '#/components/schemas/E'}}}}";

    #[test]
    fn default_with_another_body_becomes_error_ranges() {
        let (r, rules) = op_responses(&format!("responses: {{'200': {A}, default: {E}}}"));
        assert_eq!(r, yaml(&format!("{{'200': {A}, 4XX: {E}, 5XX: {E}}}")));
        assert_eq!(rules, ["default-response"]);
    }

    #[test]
    fn default_with_the_success_body_is_left_alone() {
        let (r, rules) = op_responses(&format!("responses: {{'200': {A}, default: {A}}}"));
        assert_eq!(r, yaml(&format!("{{'200': {A}, default: {A}}}")));
        assert!(rules.is_empty());
    }

    #[test]
    fn different_success_bodies_become_a_union() {
        let (r, _) = op_responses(&format!("responses: {{'200': {A}, '201': {E}}}"));
        let union =
            yaml("oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/E'}]");
        assert_eq!(r["200"]["content"]["application/json"]["schema"], union);
        assert_eq!(r["201"]["content"]["application/json"]["schema"], union);
    }

    #[test]
    fn success_with_and_without_body_becomes_bytes() {
        let (r, _) = op_responses(&format!(
            "responses: {{'200': {A}, '204': {{description: gone}}}}"
        ));
        assert!(
            r["200"]["content"]
                .get("application/octet-stream")
                .is_some()
        );
        assert!(
            r["204"]["content"]
                .get("application/octet-stream")
                .is_some()
        );
    }

    #[test]
    fn bodiless_error_beside_json_errors_is_dropped() {
        let (r, rules) = op_responses(&format!(
            "responses: {{'200': {A}, '400': {E}, '404': {{description: none}}}}"
        ));
        assert_eq!(r, yaml(&format!("{{'200': {A}, '400': {E}}}")));
        assert_eq!(rules, ["error-responses"]);
    }

    #[test]
    fn json_without_schema_and_with_encoding_is_cleaned() {
        let (r, rules) =
            op_responses("responses: {'200': {content: {application/json: {encoding: {a: {}}}}}}");
        assert_eq!(
            r,
            yaml("{'200': {content: {application/json: {schema: {}}}}}")
        );
        assert_eq!(rules, ["encoding", "media-schema"]);
    }

    #[test]
    fn request_body_keeps_one_sendable_media_type() {
        let mut op = yaml(
            "requestBody: {content: {application/xml: {schema: {}}, application/json: {schema: {type: object}, encoding: {}}}}",
        );
        let mut notes = Notes::default();
        assert!(request_body(
            op.as_object_mut().unwrap(),
            &Value::Null,
            "/op",
            &mut notes
        ));
        assert_eq!(
            op["requestBody"],
            yaml("content: {application/json: {schema: {type: object}}}")
        );
        let mut op = yaml("requestBody: {content: {multipart/form-data: {schema: {}}}}");
        assert!(!request_body(
            op.as_object_mut().unwrap(),
            &Value::Null,
            "/op",
            &mut notes
        ));
    }
}
