//! What an OpenAPI document is made of, as every rule reads it: its operations, where it holds
//! schemas, how a `$ref` resolves, and which keys hold data rather than schemas.

use serde_json::{Map, Value};

use crate::pointer::join;

/// The operations a path item may hold, in the order they are read.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The operations of one path item, with their methods.
pub fn operations_of(item: &Value) -> impl Iterator<Item = (&'static str, &Value)> {
    METHODS
        .iter()
        .filter_map(move |m| item.get(*m).map(|op| (*m, op)))
}

/// Every operation of the document, with its pointer (`/paths/~1runs/get`).
pub fn operations(doc: &Value) -> Vec<(String, &Value)> {
    let paths = doc.get("paths").and_then(Value::as_object);
    paths
        .into_iter()
        .flatten()
        .flat_map(|(path, item)| {
            let item_ptr = join("/paths", path);
            operations_of(item).map(move |(method, op)| (join(&item_ptr, method), op))
        })
        .collect()
}

/// The paths, to change, and beside them the components they refer to.
pub fn paths_and_components(doc: &mut Value) -> (Option<&mut Map<String, Value>>, &Value) {
    let (mut paths, mut components) = (None, &Value::Null);
    for (key, value) in doc.as_object_mut().into_iter().flatten() {
        match key.as_str() {
            "paths" => paths = value.as_object_mut(),
            "components" => components = &*value,
            _ => {}
        }
    }
    (paths, components)
}

/// Every place the document holds a schema directly (the schema walk reaches their subschemas).
pub fn schema_roots(doc: &Value) -> Vec<String> {
    let mut roots = Vec::new();
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        roots.extend(schemas.keys().map(|k| join("/components/schemas", k)));
    }
    for kind in ["parameters", "headers"] {
        let base = format!("/components/{kind}");
        for (name, p) in entries(doc, &base) {
            roots.extend(parameter_schemas(p, &join(&base, name)));
        }
    }
    for kind in ["responses", "requestBodies"] {
        let base = format!("/components/{kind}");
        for (name, r) in entries(doc, &base) {
            roots.extend(body_schemas(r, &join(&base, name)));
        }
    }
    for (path, item) in entries(doc, "/paths") {
        let item_ptr = join("/paths", path);
        for (i, p) in item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            roots.extend(parameter_schemas(p, &format!("{item_ptr}/parameters/{i}")));
        }
        for (method, op) in operations_of(item) {
            let op_ptr = join(&item_ptr, method);
            for (i, p) in op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                roots.extend(parameter_schemas(p, &format!("{op_ptr}/parameters/{i}")));
            }
            if let Some(body) = op.get("requestBody") {
                roots.extend(body_schemas(body, &join(&op_ptr, "requestBody")));
            }
            for (status, r) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                roots.extend(body_schemas(r, &join(&join(&op_ptr, "responses"), status)));
            }
        }
    }
    roots
}

fn entries<'a>(doc: &'a Value, pointer: &str) -> impl Iterator<Item = (&'a String, &'a Value)> {
    doc.pointer(pointer)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

fn parameter_schemas(p: &Value, ptr: &str) -> Vec<String> {
    let mut out = Vec::new();
    if p.get("schema").is_some() {
        out.push(join(ptr, "schema"));
    }
    out.extend(content_schemas(p, ptr));
    out
}

/// Schemas of a response or request body: its content, and a response's headers.
fn body_schemas(r: &Value, ptr: &str) -> Vec<String> {
    let mut out = content_schemas(r, ptr);
    for (name, h) in r
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        out.extend(parameter_schemas(h, &join(&join(ptr, "headers"), name)));
    }
    out
}

fn content_schemas(v: &Value, ptr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (mt, media) in v
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if media.get("schema").is_some() {
            out.push(join(&join(&join(ptr, "content"), mt), "schema"));
        }
    }
    out
}

/// Examples, defaults and extensions hold data, whatever their keys.
pub fn is_data(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

/// Calls `f` on every object in `node` outside data, with its pointer: the schemas, and the
/// document structure holding them. Data (see [`is_data`]) holds no schemas, but a property may
/// be called `default`: every member of `properties` is a schema.
///
/// Walks that need another reach keep their own recursion: the schema rules' walk goes through
/// subschema keywords only; collecting `$ref`s for reachability and inlining any-value
/// components see `$ref`s in data too; the closed-object, `allOf`-merge and redundant-`nullable`
/// walks each skip their own list of keys (a property named `default` among them, or not), so
/// this visitor would reach other nodes; hoisting inline enums names each child by its keyword.
pub fn visit<'a>(node: &'a Value, ptr: &str, f: &mut impl FnMut(&'a Map<String, Value>, &str)) {
    match node {
        Value::Object(map) => {
            f(map, ptr);
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("properties", Value::Object(properties)) => {
                        let base = join(ptr, k);
                        for (name, p) in properties {
                            visit(p, &join(&base, name), f);
                        }
                    }
                    (k, _) if is_data(k) => {}
                    (k, v) => visit(v, &join(ptr, k), f),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                visit(v, &format!("{ptr}/{i}"), f);
            }
        }
        _ => {}
    }
}

/// [`visit`], to change what it finds: `f` sees each object before its members.
pub fn visit_mut(node: &mut Value, f: &mut impl FnMut(&mut Map<String, Value>)) {
    match node {
        Value::Object(map) => {
            f(map);
            for (k, v) in map.iter_mut() {
                match (k.as_str(), v) {
                    ("properties", Value::Object(properties)) => {
                        properties.values_mut().for_each(|p| visit_mut(p, f));
                    }
                    (k, _) if is_data(k) => {}
                    (_, v) => visit_mut(v, f),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| visit_mut(v, f)),
        _ => {}
    }
}

/// Follows one local `$ref` (`#/components/...`).
pub fn resolve<'a>(value: &'a Value, components: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components"))
        .and_then(|r| components.pointer(r))
        .unwrap_or(value)
}

/// How far a chain of references is followed, so that a `$ref` cycle ends.
pub const MAX_REF_CHAIN: usize = 8;

/// A schema at `ptr`, then the schemas it stands for through `$ref`s and single-member `allOf`
/// wrappers (the shape `ref-siblings` leaves), each with its pointer: at most
/// [`MAX_REF_CHAIN`] of them.
pub fn ref_chain<'a>(
    schema: &'a Value,
    ptr: &str,
    components: &'a Value,
) -> impl Iterator<Item = (String, &'a Value)> {
    std::iter::successors(Some((ptr.to_string(), schema)), |(ptr, s)| {
        match (s.get("$ref"), s.get("allOf").and_then(Value::as_array)) {
            (Some(r), _) => {
                let target = resolve(s, components);
                let ptr = r.as_str()?.strip_prefix('#')?.to_string();
                (!std::ptr::eq(target, *s)).then_some((ptr, target))
            }
            (None, Some(all)) if all.len() == 1 => Some((format!("{ptr}/allOf/0"), &all[0])),
            _ => None,
        }
    })
    .take(MAX_REF_CHAIN)
}

/// A schema, then the schemas it stands for (see [`ref_chain`]).
pub fn wrapped<'a>(schema: &'a Value, components: &'a Value) -> impl Iterator<Item = &'a Value> {
    ref_chain(schema, "", components).map(|(_, s)| s)
}

/// Sets `key` where `value` is an object; any other shape is malformed, and left for the
/// generator to refuse with its message rather than a panic here.
pub fn set(value: &mut Value, key: &str, to: Value) {
    if let Some(map) = value.as_object_mut() {
        map.insert(key.to_string(), to);
    }
}

/// `user_id.v2` becomes `UserIdV2`: words split at anything not ASCII alphanumeric, each
/// capitalized, the rest of each word as written.
pub fn pascal(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}
