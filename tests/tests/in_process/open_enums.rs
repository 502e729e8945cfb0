//! A newer server's value never fails a response: every string enum a response of a vendored
//! document can carry (in a component, inline in an operation's or a response component's
//! body, in items, properties or union branches) is generated as an open enum whose unknown
//! values decode into `Unknown`.

use std::collections::{BTreeMap, BTreeSet};

use exa_build_tools::build_client;
use exa_client_tests::workspace;
use serde_json::Value;

/// Walks a response schema; a closed enum of two or more strings is a failure, named by its
/// pointer. A reference to an open enum ends the walk; any other component is walked once.
fn closed_enums(
    doc: &Value,
    node: &Value,
    ptr: &str,
    open: &BTreeMap<String, Vec<String>>,
    seen: &mut BTreeSet<String>,
    closed: &mut Vec<String>,
) {
    let Some(map) = node.as_object() else {
        return;
    };
    if let Some(name) = map
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        if !open.contains_key(name) && seen.insert(name.to_string()) {
            let target = format!("/components/schemas/{name}");
            if let Some(schema) = doc.pointer(&target) {
                closed_enums(doc, schema, &target, open, seen, closed);
            }
        }
        return;
    }
    let strings = map
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|values| values.len() >= 2 && values.iter().all(Value::is_string));
    if strings {
        closed.push(ptr.to_string());
    }
    let mut children: Vec<(String, &Value)> = Vec::new();
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get(key) {
            children.push((format!("{ptr}/{key}"), child));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, child) in map
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            children.push((format!("{ptr}/{key}/{i}"), child));
        }
    }
    for (name, child) in map
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        children.push((format!("{ptr}/properties/{name}"), child));
    }
    for (child_ptr, child) in children {
        closed_enums(doc, child, &child_ptr, open, seen, closed);
    }
}

/// Every response body schema of the normalized document's operations, with its pointer (a
/// response component is read where an operation refers to it; one no operation uses becomes
/// no code).
fn response_schemas(doc: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    let responses = doc["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            item.as_object()
                .into_iter()
                .flatten()
                .filter_map(move |(method, op)| {
                    op.get("responses")
                        .map(|r| (format!("/paths/{path}/{method}/responses"), r))
                })
        });
    for (base, responses) in responses {
        for (status, response) in responses.as_object().into_iter().flatten() {
            let response = match response.get("$ref").and_then(Value::as_str) {
                Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(response),
                None => response,
            };
            for (media, content) in response["content"].as_object().into_iter().flatten() {
                if let Some(schema) = content.get("schema") {
                    out.push((format!("{base}/{status}/content/{media}/schema"), schema));
                }
            }
        }
    }
    out
}

#[test]
fn every_response_enum_of_every_vendored_document_is_open() {
    let mut documents = 0;
    let mut with_open_enums = 0;
    for entry in std::fs::read_dir(workspace().join("openapi")).unwrap() {
        let path = entry.unwrap().path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            continue;
        }
        documents += 1;
        let (generated, normalized) = build_client(&path).unwrap_or_else(|e| panic!("{e}"));
        let doc = &normalized.spec;
        let mut closed = Vec::new();
        let mut seen = BTreeSet::new();
        for (ptr, schema) in response_schemas(doc) {
            closed_enums(
                doc,
                schema,
                &ptr,
                &normalized.open_enums,
                &mut seen,
                &mut closed,
            );
        }
        assert!(
            closed.is_empty(),
            "{}: closed response enums at {closed:#?}",
            path.display()
        );

        let code: syn::File = syn::parse_file(&generated.code).expect("generated code parses");
        let types = code
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
                _ => None,
            })
            .expect("a types module");
        let with_unknown: BTreeSet<String> = types
            .1
            .iter()
            .filter_map(|item| match item {
                syn::Item::Enum(e) if e.variants.iter().any(|v| v.ident == "Unknown") => {
                    Some(e.ident.to_string())
                }
                _ => None,
            })
            .collect();
        let missing: Vec<&String> = normalized
            .open_enums
            .keys()
            .filter(|name| !with_unknown.contains(*name))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no `Unknown` variant in {missing:?}",
            path.display()
        );
        with_open_enums += usize::from(!normalized.open_enums.is_empty());
    }
    assert!(with_open_enums >= 5, "response enums were found");
    assert!(documents >= 3, "the vendored documents were found");
}

#[test]
fn an_unknown_value_decodes_into_unknown_and_is_written_back() {
    use exa_client::{agent, search, websets};
    let value = serde_json::json!("added-later");
    let status: search::types::ContentsResponseStatusesItemStatus =
        serde_json::from_value(serde_json::json!("pending")).unwrap();
    assert_eq!(
        status,
        search::types::ContentsResponseStatusesItemStatus::Unknown("pending".into())
    );
    let status: agent::types::AgentRunStatus = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(status.as_str(), "added-later");
    assert_eq!(serde_json::to_value(&status).unwrap(), value);
    let event: websets::types::EventType = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(
        event,
        websets::types::EventType::Unknown("added-later".into())
    );
    let known: websets::types::EventType =
        serde_json::from_value(serde_json::json!("webset.created")).unwrap();
    assert_ne!(
        known,
        websets::types::EventType::Unknown("webset.created".into())
    );
}
