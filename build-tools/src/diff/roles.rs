//! Where each generated type comes from: the component it is named after, and whether request
//! parameters and bodies or responses use it.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::api::{self, Api};
use crate::normalize::Normalized;
use crate::pointer::schema_ref_name;

/// Inline response enums the normalizer turned into components: its `open-enum` note says where
/// each came from, and that is the schema a reader of the document knows.
pub(super) fn hoisted_enums(normalized: &Normalized) -> BTreeMap<String, String> {
    normalized
        .notes
        .iter()
        .filter(|note| note.rule == "open-enum")
        .filter_map(|note| {
            let rest = note.message.strip_prefix("inline enum becomes `")?;
            let name = &rest[..rest.find('`')?];
            Some((name.to_string(), note.pointer.clone()))
        })
        .collect()
}

/// typify names the type of a component after it in PascalCase.
pub(super) fn component_names(spec: &Value) -> BTreeMap<String, String> {
    use heck::ToUpperCamelCase;
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|schemas| schemas.keys())
        .map(|name| (name.to_upper_camel_case(), name.clone()))
        .collect()
}

/// The Rust types reachable from requests and from responses.
pub(super) fn roles(
    normalized: &Normalized,
    api: &Api,
    components: &BTreeMap<String, String>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let (request_components, response_components) = reachable_components(&normalized.spec);
    let rust_names = |names: BTreeSet<String>| -> Vec<String> {
        components
            .iter()
            .filter(|(_, component)| names.contains(*component))
            .map(|(rust, _)| rust.clone())
            .collect()
    };
    let mut request_roots = rust_names(request_components);
    let mut response_roots = rust_names(response_components);
    for op in api.operations.values() {
        request_roots.extend(
            op.params
                .values()
                .flat_map(|p| api::idents(&p.ty))
                .map(String::from),
        );
        response_roots.extend(api::idents(&op.send).map(String::from));
    }
    (closure(api, request_roots), closure(api, response_roots))
}

/// Component schemas reachable through `$ref`s from each operation's parameters and request body,
/// and from its responses.
pub(super) fn reachable_components(spec: &Value) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut request = Vec::new();
    let mut response = Vec::new();
    let items = spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.values());
    for item in items {
        request.extend(item.get("parameters"));
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            request.extend(op.get("parameters"));
            request.extend(op.get("requestBody"));
            response.extend(op.get("responses"));
        }
    }
    (referenced(spec, &request), referenced(spec, &response))
}

fn referenced(spec: &Value, roots: &[&Value]) -> BTreeSet<String> {
    let mut todo: Vec<String> = Vec::new();
    roots.iter().for_each(|root| collect_refs(root, &mut todo));
    let mut seen = BTreeSet::new();
    while let Some(reference) = todo.pop() {
        if seen.contains(&reference) {
            continue;
        }
        if let Some(target) = reference.strip_prefix('#').and_then(|p| spec.pointer(p)) {
            collect_refs(target, &mut todo);
        }
        seen.insert(reference);
    }
    seen.iter()
        .filter_map(|r| schema_ref_name(r))
        .map(String::from)
        .collect()
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                out.push(reference.to_string());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// The roots and every type they name, through fields, variants and inner types.
fn closure(api: &Api, roots: Vec<String>) -> BTreeSet<String> {
    let mut todo = roots;
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        let Some(def) = api.types.get(&name) else {
            continue;
        };
        if seen.insert(name) {
            todo.extend(def.mentioned().into_iter().map(String::from));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_request_or_response_types_through_refs_of_every_kind() {
        let spec = serde_json::json!({
            "paths": {"/a": {"post": {
                "parameters": [{"$ref": "#/components/parameters/Mode"}],
                "requestBody": {"$ref": "#/components/requestBodies/Input"},
                "responses": {"200": {"$ref": "#/components/responses/Output"}},
            }}},
            "components": {
                "parameters": {"Mode": {"schema": {"$ref": "#/components/schemas/Mode"}}},
                "requestBodies": {"Input": {"content": {"application/json":
                    {"schema": {"$ref": "#/components/schemas/Input"}}}}},
                "responses": {"Output": {"content": {"application/json":
                    {"schema": {"$ref": "#/components/schemas/Output"}}}}},
                "schemas": {
                    "Mode": {"type": "string"},
                    "Input": {"properties": {"shared": {"$ref": "#/components/schemas/Shared"}}},
                    "Output": {"properties": {"shared": {"$ref": "#/components/schemas/Shared"}}},
                    "Shared": {"type": "object"},
                },
            },
        });
        let (request, response) = reachable_components(&spec);
        assert_eq!(Vec::from_iter(request), ["Input", "Mode", "Shared"]);
        assert_eq!(Vec::from_iter(response), ["Output", "Shared"]);
    }
}
