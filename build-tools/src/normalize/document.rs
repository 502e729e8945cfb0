//! Document-level rules: the version string, 3.1-only top-level members, path items progenitor
//! cannot read, and the beta header the facade sends itself.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::Notes;
use super::openapi::{
    METHODS, operations_of, pascal, paths_and_components, resolve, visit, visit_mut,
};
use crate::pointer::join;

/// The header every Agent operation requires; the facade sends it on every request instead.
pub const BETA_HEADER: &str = "Exa-Beta";

/// Applies the document-level rules, in order.
pub fn run(doc: &mut Value, notes: &mut Notes) {
    version(doc, notes);
    drop_top_level(doc, notes);
    path_item_refs(doc, notes);
    hoist_deep_refs(doc, notes);
    dangling_refs(doc, doc, "", notes);
    operation_ids(doc, notes);
}

/// A `$ref` into a component schema (`#/components/schemas/A/properties/b`, as some generators
/// write) is read by typify as the component named by its last segment. Each such target
/// becomes a component of its own (`AB`), referenced from where it stood and by every `$ref`
/// that pointed into it.
fn hoist_deep_refs(doc: &mut Value, notes: &mut Notes) {
    const PREFIX: &str = "#/components/schemas/";
    let mut targets = BTreeSet::new();
    visit(doc, "", &mut |map, _| {
        if let Some(r) = map.get("$ref").and_then(Value::as_str)
            && r.strip_prefix(PREFIX)
                .is_some_and(|rest| rest.contains('/'))
        {
            targets.insert(r[1..].to_string());
        }
    });
    let mut targets: Vec<String> = targets
        .into_iter()
        .filter(|t| doc.pointer(t).is_some_and(Value::is_object))
        .collect();
    // Deepest first: a target inside another moves out before its container is copied.
    targets.sort_by_key(|t| std::cmp::Reverse(t.matches('/').count()));
    let mut moved = BTreeMap::new();
    for target in targets {
        let tokens: Vec<String> = target
            .split('/')
            .skip(3)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect();
        let (Some(component), Some(last)) = (tokens.first(), tokens.last()) else {
            continue;
        };
        let mut chars = last.chars();
        let capitalized: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        let mut name = format!("{component}{capitalized}");
        while doc.pointer(&join("/components/schemas", &name)).is_some() {
            name.push('_');
        }
        let reference = format!("{PREFIX}{}", join("", &name).trim_start_matches('/'));
        let Some(schema) = doc.pointer_mut(&target) else {
            continue;
        };
        let schema = std::mem::replace(schema, json!({ "$ref": reference }));
        let schemas = doc.pointer_mut("/components/schemas");
        let Some(schemas) = schemas.and_then(Value::as_object_mut) else {
            continue;
        };
        schemas.insert(name.clone(), schema);
        notes.rewrite(
            &target,
            "deep-ref",
            format!("referenced from elsewhere: becomes component `{name}`"),
        );
        moved.insert(format!("#{target}"), reference);
    }
    visit_mut(doc, &mut |map| {
        if let Some(Value::String(r)) = map.get_mut("$ref")
            && let Some(to) = moved.get(r.as_str())
        {
            *r = to.clone();
        }
    });
}

/// Every `$ref` must point into this document: typify reads a reference by its last segment
/// and would resolve a misspelt one to another schema (or recurse on it), and progenitor
/// refuses one it cannot find with no word of where it stands.
fn dangling_refs(node: &Value, doc: &Value, ptr: &str, notes: &mut Notes) {
    visit(node, ptr, &mut |map, ptr| {
        let Some(reference) = map.get("$ref").and_then(Value::as_str) else {
            return;
        };
        let at = join(ptr, "$ref");
        // typify names a referenced schema by the pointer's last segment only.
        let into_a_component = |target: &str| {
            let segments: Vec<&str> = target.split('/').collect();
            matches!(segments.as_slice(), ["", "components", _, _])
        };
        match reference.strip_prefix('#') {
            Some(target) if doc.pointer(target).is_none() => notes.error(
                &at,
                "$ref",
                format!("`{reference}` does not resolve in this document"),
            ),
            Some(target) if !into_a_component(target) => {
                notes.error(
                    &at,
                    "$ref",
                    format!("`{reference}` points inside a component: reference a component (`#/components/<kind>/<name>`)"),
                )
            }
            Some(_) => {}
            None => notes.error(
                &at,
                "$ref",
                format!("`{reference}` is in another document: bundle the spec into one file first"),
            ),
        }
    });
}

/// progenitor accepts only `3.0.x`.
fn version(doc: &mut Value, notes: &mut Notes) {
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) if v.starts_with("3.1.") => {
            notes.rewrite("/openapi", "version", format!("`{v}` becomes `3.0.3`"));
            doc["openapi"] = json!("3.0.3");
        }
        Some(v) => notes.error(
            "/openapi",
            "version",
            format!("OpenAPI `{v}` is not supported (3.0.x or 3.1.x)"),
        ),
        // An unquoted `openapi: 3.1` in YAML is a number.
        None if doc.get("openapi").is_some_and(Value::is_number) => notes.error(
            "/openapi",
            "version",
            format!(
                "`openapi: {}` is a number; the version is a string such as \"3.1.0\"",
                doc["openapi"]
            ),
        ),
        None => notes.error(
            "/openapi",
            "version",
            "no `openapi` version string: not an OpenAPI document",
        ),
    }
}

/// `webhooks`, `jsonSchemaDialect` and `components/pathItems` describe nothing a client calls.
fn drop_top_level(doc: &mut Value, notes: &mut Notes) {
    let Some(map) = doc.as_object_mut() else {
        return;
    };
    for key in ["webhooks", "jsonSchemaDialect"] {
        if map.remove(key).is_some() {
            notes.dropped(
                &join("", key),
                key,
                format!("`{key}` is not part of a client; dropped"),
            );
        }
    }
    if let Some(components) = map.get_mut("components").and_then(Value::as_object_mut)
        && components.remove("pathItems").is_some()
    {
        notes.dropped(
            "/components/pathItems",
            "pathItems",
            "`components/pathItems` dropped",
        );
    }
    if !map.contains_key("paths") {
        notes.rewrite("/paths", "paths", "no `paths`: an empty client");
        map.insert("paths".into(), json!({}));
    }
}

/// progenitor unwraps path items; a `$ref` to a local `components/pathItems` entry is inlined,
/// anything else is reported.
fn path_item_refs(doc: &mut Value, notes: &mut Notes) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    let refs: Vec<(String, String)> = paths
        .iter()
        .filter_map(|(p, item)| Some((p.clone(), item.get("$ref")?.as_str()?.to_string())))
        .collect();
    for (path, reference) in refs {
        let ptr = join("/paths", &path);
        let target = reference
            .strip_prefix('#')
            .and_then(|r| doc.pointer(r))
            .cloned();
        match target {
            Some(item) => {
                doc["paths"][&path] = item;
                notes.rewrite(
                    &ptr,
                    "path-item-ref",
                    format!("`$ref: {reference}` inlined"),
                );
            }
            None => notes.error(
                &ptr,
                "path-item-ref",
                format!("path item `$ref: {reference}` does not resolve in this document"),
            ),
        }
    }
}

/// Every operation needs a unique operationId: a missing one is derived from method and path.
fn operation_ids(doc: &mut Value, notes: &mut Notes) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let mut seen = std::collections::BTreeMap::new();
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            let Some(op) = item.get_mut(*method) else {
                continue;
            };
            let Some(op) = op.as_object_mut() else {
                notes.error(
                    &join(&join("/paths", path), method),
                    "operation",
                    "an operation must be an object",
                );
                continue;
            };
            let ptr = join(&join("/paths", path), method);
            let id = match op.get("operationId").and_then(Value::as_str) {
                Some(id) => id.to_string(),
                None => {
                    let id = derived_operation_id(method, path);
                    notes.rewrite(
                        &ptr,
                        "operationId",
                        format!("missing operationId becomes `{id}`"),
                    );
                    op.insert("operationId".into(), json!(id));
                    id
                }
            };
            if let Some(first) = seen.insert(id.clone(), ptr.clone()) {
                notes.error(
                    &ptr,
                    "operationId",
                    format!("operationId `{id}` is already used at #{first}"),
                );
            }
        }
    }
}

/// `delete /agent/runs/{id}` becomes `deleteAgentRunsById`.
fn derived_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_string();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let (prefix, word) = match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(param) => ("By", param),
            None => ("", segment),
        };
        id.push_str(prefix);
        id.push_str(&pascal(word));
    }
    id
}

/// The operations that declared the `Exa-Beta` header, as (path template, lower-case method).
pub type BetaOperations = Vec<(String, String)>;

/// Removes the `Exa-Beta` header parameter from every operation and returns the values its
/// schema allows (first is the default) and the operations that declared it, so that the facade
/// sends it to those operations and a new spec's token changes the default with no hand edit.
pub fn remove_beta_header(doc: &mut Value, notes: &mut Notes) -> (Vec<String>, BetaOperations) {
    let mut tokens: Vec<String> = Vec::new();
    let mut declared = BetaOperations::new();
    let (Some(paths), components) = paths_and_components(doc) else {
        return (tokens, declared);
    };
    for (path, item) in paths.iter_mut() {
        let item_ptr = join("/paths", path);
        let methods: Vec<String> = operations_of(item).map(|(m, _)| m.to_string()).collect();
        let mut lists = vec![("parameters".to_string(), item_ptr.clone())];
        lists.extend(methods.iter().map(|m| (m.clone(), join(&item_ptr, m))));
        for (key, ptr) in lists {
            let params = if key == "parameters" {
                item.get_mut("parameters")
            } else {
                item.get_mut(&key).and_then(|op| op.get_mut("parameters"))
            };
            let Some(Value::Array(params)) = params else {
                continue;
            };
            params.retain(|p| {
                let resolved = resolve(p, components);
                let is_beta = resolved.get("in") == Some(&json!("header"))
                    && resolved.get("name").and_then(Value::as_str).is_some_and(|n| n.eq_ignore_ascii_case(BETA_HEADER));
                if is_beta {
                    for token in allowed_values(resolved.get("schema").map(|s| resolve(s, components))) {
                        if !tokens.contains(&token) {
                            tokens.push(token);
                        }
                    }
                    notes.rewrite(&ptr, "beta-header", format!("`{BETA_HEADER}` parameter removed: the client sends it on every request"));
                    let applies_to = if key == "parameters" { methods.as_slice() } else { std::slice::from_ref(&key) };
                    declared.extend(applies_to.iter().map(|m| (path.clone(), m.clone())));
                }
                !is_beta
            });
        }
    }
    (tokens, declared)
}

fn allowed_values(schema: Option<&Value>) -> Vec<String> {
    let Some(schema) = schema else {
        return Vec::new();
    };
    let strings = |v: &Value| {
        v.as_array().map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect::<Vec<_>>()
        })
    };
    schema
        .get("enum")
        .and_then(strings)
        .or_else(|| {
            schema
                .get("const")
                .and_then(Value::as_str)
                .map(|s| vec![s.to_string()])
        })
        .or_else(|| {
            schema
                .get("default")
                .and_then(Value::as_str)
                .map(|s| vec![s.to_string()])
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    #[test]
    fn references_into_a_component_schema_become_components() {
        let mut doc = yaml(
            "paths:
  /r: {get: {responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/R/properties/call'}}}}}}}
components:
  schemas:
    R:
      properties:
        call: {properties: {delta: {type: string}, f: {$ref: '#/components/schemas/R/properties/call/properties/delta'}}}
        other: {$ref: '#/components/schemas/R/properties/call'}
        example: {x-note: {$ref: '#/components/schemas/R/properties/nothing'}}",
        );
        let mut notes = Notes::default();
        hoist_deep_refs(&mut doc, &mut notes);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["RDelta"], yaml("type: string"));
        assert_eq!(
            schemas["RCall"],
            yaml(
                "properties: {delta: {$ref: '#/components/schemas/RDelta'}, f: {$ref: '#/components/schemas/RDelta'}}"
            )
        );
        assert_eq!(
            schemas["R"]["properties"]["call"],
            yaml("$ref: '#/components/schemas/RCall'")
        );
        assert_eq!(
            schemas["R"]["properties"]["other"],
            yaml("$ref: '#/components/schemas/RCall'")
        );
        let body = "/paths/~1r/get/responses/200/content/application~1json/schema/$ref";
        assert_eq!(
            doc.pointer(body),
            Some(&json!("#/components/schemas/RCall"))
        );
        // Data is not a reference.
        assert_eq!(
            schemas["R"]["properties"]["example"]["x-note"]["$ref"],
            "#/components/schemas/R/properties/nothing"
        );
        assert_eq!(notes.rules(), ["deep-ref", "deep-ref"]);
        let mut after = Notes::default();
        dangling_refs(&doc, &doc, "", &mut after);
        assert_eq!(after.rules(), Vec::<&str>::new());
    }

    #[test]
    fn references_must_resolve_in_the_document() {
        let doc = yaml(
            "components:
  schemas:
    A: {anyOf: [{$ref: '#/components/sahemas/A'}, {$ref: '#/components/schemas/A'}]}
    B: {$ref: 'other.yaml#/B', example: {$ref: 'not a reference'}, x-note: {$ref: nor}}
    C: {properties: {a: {$ref: '#/components/schemas/A/anyOf/1'}, default: {$ref: '#/x'}}}",
        );
        let mut notes = Notes::default();
        dangling_refs(&doc, &doc, "", &mut notes);
        let found: Vec<&str> = notes.0.iter().map(|n| n.pointer.as_str()).collect();
        assert_eq!(
            found,
            [
                "/components/schemas/A/anyOf/0/$ref",
                "/components/schemas/B/$ref",
                "/components/schemas/C/properties/a/$ref",
                "/components/schemas/C/properties/default/$ref"
            ]
        );
        assert!(
            notes.0[1].message.contains("bundle"),
            "{}",
            notes.0[1].message
        );
    }

    #[test]
    fn version_31_becomes_303_and_others_are_refused() {
        let mut notes = Notes::default();
        let mut doc = yaml("openapi: 3.1.0");
        version(&mut doc, &mut notes);
        assert_eq!(doc["openapi"], "3.0.3");
        let mut doc = yaml("swagger: '2.0'");
        version(&mut doc, &mut notes);
        assert_eq!(notes.rules(), ["version", "version"]);
        version(&mut yaml("openapi: 3.1"), &mut notes);
        assert!(
            notes.0[2].message.contains("is a number"),
            "{}",
            notes.0[2].message
        );
        assert_eq!(notes.0[1].severity, super::super::Severity::Error);
    }

    #[test]
    fn webhooks_and_dialect_are_dropped() {
        let mut notes = Notes::default();
        let mut doc = yaml("openapi: 3.1.0\njsonSchemaDialect: x\nwebhooks: {a: {}}\npaths: {}");
        drop_top_level(&mut doc, &mut notes);
        assert_eq!(doc, yaml("openapi: 3.1.0\npaths: {}"));
        assert_eq!(notes.rules(), ["webhooks", "jsonSchemaDialect"]);
    }

    #[test]
    fn missing_operation_ids_are_derived_and_duplicates_reported() {
        let mut notes = Notes::default();
        let mut doc = yaml(
            "paths:\n  /agent/runs/{id}:\n    delete: {}\n    get: {operationId: x}\n  /b:\n    get: {operationId: x}",
        );
        operation_ids(&mut doc, &mut notes);
        assert_eq!(
            doc["paths"]["/agent/runs/{id}"]["delete"]["operationId"],
            "deleteAgentRunsById"
        );
        assert_eq!(
            notes.0.last().map(|n| n.severity),
            Some(super::super::Severity::Error)
        );
    }

    #[test]
    fn local_path_item_refs_are_inlined() {
        let mut notes = Notes::default();
        let mut doc = yaml(
            "paths:\n  /a: {$ref: '#/components/pathItems/A'}\n  /b: {$ref: 'other.yaml#/x'}\ncomponents:\n  pathItems:\n    A: {get: {operationId: a}}",
        );
        path_item_refs(&mut doc, &mut notes);
        assert_eq!(doc["paths"]["/a"], yaml("get: {operationId: a}"));
        assert_eq!(notes.0[1].severity, super::super::Severity::Error);
    }

    #[test]
    fn beta_header_is_removed_and_its_tokens_returned() {
        let mut notes = Notes::default();
        let mut doc = yaml(
            "paths:\n  /a:\n    delete:\n      parameters:\n      - {in: path, name: id, required: true, schema: {type: string}}\n      - $ref: '#/components/parameters/Beta'\n    get:\n      parameters:\n      - {in: header, name: exa-beta, schema: {type: string, const: b2}}\ncomponents:\n  parameters:\n    Beta: {in: header, name: Exa-Beta, required: true, schema: {type: string, enum: [b1]}}",
        );
        let (tokens, declared) = remove_beta_header(&mut doc, &mut notes);
        assert_eq!(tokens, ["b2", "b1"], "in method order: get, then delete");
        assert_eq!(
            declared,
            [
                ("/a".to_string(), "get".to_string()),
                ("/a".into(), "delete".into())
            ]
        );
        assert_eq!(
            doc["paths"]["/a"]["delete"]["parameters"]
                .as_array()
                .map(Vec::len),
            Some(1)
        );
        assert_eq!(doc["paths"]["/a"]["get"]["parameters"], json!([]));
    }

    #[test]
    fn a_spec_without_the_beta_header_has_no_tokens() {
        let mut doc = yaml(
            "paths:\n  /a:\n    get:\n      parameters: [{in: query, name: q, schema: {type: string}}]",
        );
        let (tokens, declared) = remove_beta_header(&mut doc, &mut Notes::default());
        assert!(tokens.is_empty() && declared.is_empty());
    }
}
