//! Forward compatibility: a client built today must decode what a newer server sends. Only
//! schemas reachable from a response are touched; requests keep every constraint.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::Notes;
use super::openapi::{operations, pascal};
use crate::pointer::{join, schema_ref_name};

/// Relaxes what a newer server may send differently, and returns the enums the generator makes
/// open (see [`open_enums`]).
pub fn run(doc: &mut Value, notes: &mut Notes) -> BTreeMap<String, Vec<String>> {
    let reachable = reachable_from_responses(doc);
    relax_closed_objects(doc, &reachable, notes);
    open_enums(doc, &reachable, notes)
}

/// The pointers of every response schema: inline ones, then the components they reach.
fn response_schemas(doc: &Value, reachable: &BTreeSet<String>) -> Vec<String> {
    response_roots(doc)
        .into_iter()
        .map(|(ptr, _)| ptr)
        .chain(reachable.iter().map(|n| join("/components/schemas", n)))
        .collect()
}

/// `additionalProperties: false` becomes `deny_unknown_fields`, which rejects a response with a
/// field added after the client was built: dropped on every response schema.
fn relax_closed_objects(doc: &mut Value, reachable: &BTreeSet<String>, notes: &mut Notes) {
    for ptr in response_schemas(doc, reachable) {
        if let Some(node) = doc.pointer_mut(&ptr) {
            relax(node, &ptr, notes);
        }
    }
}

/// Its own walk, not [`visit`](super::openapi::visit): it skips `example`, `default` and `enum`
/// wherever they stand, a property of that name included.
fn relax(node: &mut Value, ptr: &str, notes: &mut Notes) {
    match node {
        Value::Object(map) => {
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
                notes.rewrite(ptr, "closed-response", "`additionalProperties: false` dropped: a newer server's extra field still decodes");
            }
            for (k, v) in map
                .iter_mut()
                .filter(|(k, _)| !matches!(k.as_str(), "example" | "default" | "enum"))
            {
                relax(v, &join(ptr, k), notes);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                relax(v, &format!("{ptr}/{i}"), notes);
            }
        }
        _ => {}
    }
}

/// String enums with two or more values in response schemas: named components are returned as
/// they are, inline ones are first moved into components named after where they stand. The
/// generator renders each with an `Unknown(String)` variant. One-value enums (`const`) stay
/// closed: they identify the kind of object, and a different value is a different object.
fn open_enums(
    doc: &mut Value,
    reachable: &BTreeSet<String>,
    notes: &mut Notes,
) -> BTreeMap<String, Vec<String>> {
    let mut open = BTreeMap::new();
    let mut hoisted = Map::new();
    let mut taken: BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default();
    // Inline response bodies first, named as progenitor names them (`<OperationId>Response`),
    // so that an enum inside one becomes the component typify would have named.
    for (ptr, name) in response_roots(doc) {
        if let Some(node) = doc.pointer_mut(&ptr) {
            hoist_inline(
                node,
                &name,
                &ptr,
                &mut taken,
                &mut hoisted,
                &mut open,
                notes,
            );
        }
    }
    for name in reachable {
        let ptr = join("/components/schemas", name);
        let Some(node) = doc.pointer_mut(&ptr) else {
            continue;
        };
        if let Some(values) = open_values(node) {
            open.insert(name.clone(), values);
            notes.rewrite(
                &ptr,
                "open-enum",
                format!("`{name}` also accepts values added after this build"),
            );
            continue;
        }
        hoist_inline(node, name, &ptr, &mut taken, &mut hoisted, &mut open, notes);
    }
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.extend(hoisted);
    }
    open
}

fn open_values(schema: &Value) -> Option<Vec<String>> {
    if schema.get("type").is_some_and(|t| t != "string") {
        return None;
    }
    let values: Vec<String> = schema
        .get("enum")?
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(String::from))
        .collect::<Option<_>>()?;
    (values.len() >= 2).then_some(values)
}

#[allow(clippy::too_many_arguments)]
fn hoist_inline(
    node: &mut Value,
    name: &str,
    ptr: &str,
    taken: &mut BTreeSet<String>,
    hoisted: &mut Map<String, Value>,
    open: &mut BTreeMap<String, Vec<String>>,
    notes: &mut Notes,
) {
    let Some(map) = node.as_object_mut() else {
        return;
    };
    let mut children: Vec<(String, String, &mut Value)> = Vec::new();
    for (key, v) in map.iter_mut() {
        match (key.as_str(), v) {
            ("items", v) => children.push((format!("{name}Item"), join(ptr, key), v)),
            ("additionalProperties", v) => {
                children.push((format!("{name}Value"), join(ptr, key), v))
            }
            ("allOf" | "oneOf" | "anyOf", Value::Array(list)) => {
                for (i, v) in list.iter_mut().enumerate() {
                    children.push((format!("{name}Variant{i}"), format!("{ptr}/{key}/{i}"), v));
                }
            }
            ("properties", Value::Object(props)) => {
                for (prop, v) in props.iter_mut() {
                    children.push((
                        format!("{name}{}", pascal(prop)),
                        join(&join(ptr, "properties"), prop),
                        v,
                    ));
                }
            }
            _ => {}
        }
    }
    for (child_name, child_ptr, child) in children {
        if let Some(values) = open_values(child) {
            let mut component_name = child_name.clone();
            let mut n = 2;
            while taken.contains(&component_name) {
                component_name = format!("{child_name}{n}");
                n += 1;
            }
            taken.insert(component_name.clone());
            let mut enum_schema = json!({"type": "string", "enum": values});
            let mut wrapper =
                json!({"allOf": [{"$ref": format!("#/components/schemas/{component_name}")}]});
            for (k, v) in child.as_object().into_iter().flatten() {
                match k.as_str() {
                    "description" | "title" => enum_schema[k] = v.clone(),
                    "type" | "enum" => {}
                    _ => wrapper[k] = v.clone(),
                }
            }
            if let Some(d) = child.get("description") {
                wrapper["description"] = d.clone();
            }
            *child = wrapper;
            hoisted.insert(component_name.clone(), enum_schema);
            notes.rewrite(&child_ptr, "open-enum", format!("inline enum becomes `{component_name}`, which also accepts values added after this build"));
            open.insert(component_name, values);
        } else {
            hoist_inline(child, &child_name, &child_ptr, taken, hoisted, open, notes);
        }
    }
}

/// Every schema of a response body written in place (in an operation, or under
/// `components/responses`), with the name its type gets: `<OperationId>Response` as progenitor
/// names it, or the response component's name.
fn response_roots(doc: &Value) -> Vec<(String, String)> {
    let mut responses: Vec<(String, String, &Value)> = Vec::new();
    let mut referenced = BTreeSet::new();
    for (op_ptr, op) in operations(doc) {
        let name = op
            .get("operationId")
            .and_then(Value::as_str)
            .map(|id| format!("{}Response", pascal(id)))
            .unwrap_or_else(|| "Response".to_string());
        for (status, r) in op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            match r
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/responses/"))
            {
                Some(key) => referenced.insert(key.replace("~1", "/").replace("~0", "~")),
                None => {
                    responses.push((join(&join(&op_ptr, "responses"), status), name.clone(), r));
                    false
                }
            };
        }
    }
    // A response component is read where an operation still refers to it (the normalizer
    // copies some into their operations).
    for (key, r) in doc
        .pointer("/components/responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(key, _)| referenced.contains(*key))
    {
        responses.push((join("/components/responses", key), pascal(key), r));
    }
    let mut out = Vec::new();
    for (ptr, name, r) in responses {
        for (m, mt) in r
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if mt.get("schema").is_some() {
                out.push((
                    join(&join(&join(&ptr, "content"), m), "schema"),
                    name.clone(),
                ));
            }
        }
    }
    out
}

/// Component schemas a response can contain, directly or through other components.
fn reachable_from_responses(doc: &Value) -> BTreeSet<String> {
    let schemas = doc.pointer("/components/schemas").unwrap_or(&Value::Null);
    let mut todo: Vec<String> = Vec::new();
    for (ptr, _) in response_roots(doc) {
        if let Some(v) = doc.pointer(&ptr) {
            collect_refs(v, &mut todo);
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone())
            && let Some(s) = schemas.get(&name)
        {
            collect_refs(s, &mut todo);
        }
    }
    seen
}

/// Every `$ref` below `v`, those in examples and extensions included: a component named there
/// counts as reachable.
fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(schema_ref_name)
            {
                out.push(name.to_string());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    const DOC: &str = "
paths:
  /r:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Req'}}}}
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Resp'}}}}
components:
  schemas:
    Req: {type: object, additionalProperties: false, properties: {mode: {type: string, enum: [a, b]}}}
    Resp:
      type: object
      additionalProperties: false
      properties:
        status: {$ref: '#/components/schemas/Status'}
        code: {type: string, enum: [X, Y], description: The code.}
        object: {type: string, enum: [resp]}
        inner: {type: object, additionalProperties: false}
    Status: {type: string, enum: [queued, done]}
";

    #[test]
    fn closed_objects_are_opened_in_responses_only() {
        let mut doc = yaml(DOC);
        let reachable = reachable_from_responses(&doc);
        relax_closed_objects(&mut doc, &reachable, &mut Notes::default());
        assert_eq!(
            doc.pointer("/components/schemas/Req/additionalProperties"),
            Some(&json!(false))
        );
        assert_eq!(
            doc.pointer("/components/schemas/Resp/additionalProperties"),
            None
        );
        assert_eq!(
            doc.pointer("/components/schemas/Resp/properties/inner/additionalProperties"),
            None
        );
    }

    #[test]
    fn response_enums_are_opened_and_inline_ones_hoisted() {
        let mut doc = yaml(DOC);
        let reachable = reachable_from_responses(&doc);
        let open = open_enums(&mut doc, &reachable, &mut Notes::default());
        assert_eq!(open.keys().collect::<Vec<_>>(), ["RespCode", "Status"]);
        assert_eq!(
            doc.pointer("/components/schemas/Resp/properties/code"),
            Some(&yaml(
                "{allOf: [{$ref: '#/components/schemas/RespCode'}], description: The code.}"
            ))
        );
        assert_eq!(
            doc.pointer("/components/schemas/RespCode"),
            Some(&yaml(
                "{type: string, enum: [X, Y], description: The code.}"
            ))
        );
        // Request enums and one-value enums stay closed and inline.
        assert_eq!(
            doc.pointer("/components/schemas/Req/properties/mode/enum"),
            Some(&json!(["a", "b"]))
        );
        assert_eq!(
            doc.pointer("/components/schemas/Resp/properties/object"),
            Some(&yaml("{type: string, enum: [resp]}"))
        );
    }
}
