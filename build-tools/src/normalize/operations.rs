//! Operation rules: shapes progenitor asserts on or leaves as `todo!()`, rewritten where the
//! intent is clear, and the table of path constraints the facade checks before sending.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::openapi::{operations, operations_of, ref_chain, resolve};
use super::{Notes, Operation, PathParam};
use crate::pointer::join;

/// Request body media types progenitor 0.15 can send.
const BODY_TYPES: &[&str] = &[
    "application/json",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "text/plain",
    "text/x-markdown",
];

pub fn run(doc: &mut Value, notes: &mut Notes) -> Vec<Operation> {
    let components = doc.get("components").cloned().unwrap_or(Value::Null);
    let mut table = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return table;
    };
    for (path, item) in paths.iter_mut() {
        let item_ptr = join("/paths", path);
        if let Some(params) = item.get_mut("parameters") {
            unsendable_parameters(params, &components, &join(&item_ptr, "parameters"), notes);
        }
        let shared = item.get("parameters").cloned().unwrap_or(json!([]));
        let methods: Vec<&str> = operations_of(item).map(|(m, _)| m).collect();
        for method in methods {
            let ptr = join(&item_ptr, method);
            let Some(op) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            if !request_body(op, &components, &ptr, notes) {
                item.as_object_mut().map(|i| i.remove(method));
                continue;
            }
            if let Some(params) = op.get_mut("parameters") {
                unsendable_parameters(params, &components, &join(&ptr, "parameters"), notes);
            }
            if !op.contains_key("responses") {
                op.insert(
                    "responses".into(),
                    json!({"default": {"description": "any response"}}),
                );
                notes.rewrite(
                    &ptr,
                    "responses",
                    "no `responses` (optional in 3.1): any 2xx is a success, its body not read",
                );
            }
            let path_params = path_parameters(op, &shared, path, &components, &ptr, notes);
            responses(op, &components, &ptr, notes);
            table.push(Operation {
                id: op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                path_params,
            });
        }
    }
    drop_path_patterns(doc, notes);
    table
}

/// The client checks every path parameter against its pattern before a request leaves (the
/// `spec::OPERATIONS` table keeps it); typify would check it again with a regex engine in the
/// parameter's type, on every call and on every response carrying the type. The pattern is
/// removed from the schemas a path parameter resolves to.
fn drop_path_patterns(doc: &mut Value, notes: &mut Notes) {
    let mut found = BTreeSet::new();
    let components = doc.get("components").unwrap_or(&Value::Null);
    for (op_ptr, op) in operations(doc) {
        let params = op.get("parameters").and_then(Value::as_array);
        for (i, param) in params.into_iter().flatten().enumerate() {
            if param.get("in") != Some(&json!("path")) {
                continue;
            }
            let Some(schema) = param.get("schema") else {
                continue;
            };
            let ptr = format!("{op_ptr}/parameters/{i}/schema");
            // The pattern is removed where it is, wherever the chain leads.
            for (ptr, schema) in ref_chain(schema, &ptr, components) {
                if schema.get("pattern").is_some() {
                    found.insert(ptr);
                }
            }
        }
    }
    for ptr in found {
        if let Some(schema) = doc.pointer_mut(&ptr).and_then(Value::as_object_mut) {
            schema.remove("pattern");
            notes.dropped(
                &ptr,
                "path-pattern",
                "checked by the client on the path before sending; the generated type no longer repeats the check",
            );
        }
    }
}

/// One item of an array path parameter: the client's default rule for an unconstrained path
/// parameter (`exa_client::DEFAULT_PATTERN`), which the comma between items would break.
const PATH_ITEM: &str = "[A-Za-z0-9_.:-]+";

/// Parameters progenitor cannot send as the document says. progenitor formats path and header
/// values with `to_string` and sends a query array as one `name=item` pair per item, whatever
/// its `style`; it has no cookie jar.
/// - a cookie is dropped with a note;
/// - an array sent as one delimited value (in a path or a header, or a query array with
///   `explode: false` or a `spaceDelimited`/`pipeDelimited` style) becomes a string the caller
///   joins with the delimiter, so that the wire carries what the server reads;
/// - a parameter described by `content` (JSON in a query) becomes a string the caller encodes;
/// - a query union of one value and an array of them becomes the array, the same on the wire;
/// - `null` in a header or path schema goes (absence is how a header says nothing);
/// - a named array in a query is inlined (its newtype would reach the URL encoder as one value,
///   which it refuses at run time);
/// - an object in a query or a header, or a style progenitor refuses: dropped when optional,
///   reported when required.
fn unsendable_parameters(params: &mut Value, components: &Value, ptr: &str, notes: &mut Notes) {
    let Some(list) = params.as_array_mut() else {
        return;
    };
    let mut i = 0;
    list.retain_mut(|param| {
        let at = format!("{ptr}/{i}");
        i += 1;
        let p = resolve(param, components);
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let style = p.get("style").and_then(Value::as_str);
        let exploded = p.get("explode").and_then(Value::as_bool) != Some(false);
        let required = p.get("required") == Some(&json!(true)) || place == "path";
        let schema = p.get("schema");
        let typed = schema.and_then(|s| {
            wrapped(s, components).find_map(|s| match s.get("type").and_then(Value::as_str) {
                Some(t) => Some((t, s)),
                None if s.get("properties").is_some() => Some(("object", s)),
                None if s.get("items").is_some() => Some(("array", s)),
                None => None,
            })
        });
        let kind = typed.map(|(kind, _)| kind);
        // A copy with another schema and the default style: a component parameter may serve
        // elsewhere unchanged.
        let with_schema = |to: Value| {
            let mut inline = p.clone();
            if let Some(map) = inline.as_object_mut() {
                map.remove("style");
                map.remove("explode");
                map.remove("content");
            }
            set(&mut inline, "schema", to);
            inline
        };
        let separator = match (place, style, kind) {
            ("path", None | Some("simple"), Some("array")) | ("header", _, Some("array")) => {
                Some(",")
            }
            ("query", None | Some("form"), Some("array")) if !exploded => Some(","),
            ("query", Some("spaceDelimited"), Some("array")) => Some(" "),
            ("query", Some("pipeDelimited"), Some("array")) => Some("|"),
            _ => None,
        };
        let sent_style = if place == "query" { "form" } else { "simple" };
        let many = schema.and_then(one_or_many);
        let nullable = schema.is_some_and(|s| s.get("nullable") == Some(&json!(true)));
        match (place, style, typed, separator) {
            ("cookie", ..) => {
                notes.dropped(
                    &at,
                    "cookie-parameter",
                    format!("the generated client cannot send cookie `{name}`; dropped"),
                );
                false
            }
            _ if schema.is_none() && p.get("content").is_some() => {
                notes.rewrite(
                    &at,
                    "parameter-content",
                    format!("{place} parameter `{name}` is described by `content`: it becomes a string, the caller passes the encoded value (JSON text)"),
                );
                *param = with_schema(json!({"type": "string"}));
                true
            }
            ("path", _, _, Some(_)) => {
                notes.rewrite(
                    &at,
                    "array-parameter",
                    format!("path parameter `{name}` is an array: it becomes a string of comma-separated items, each `{PATH_ITEM}`"),
                );
                let pattern = format!("^{PATH_ITEM}(,{PATH_ITEM})*$");
                *param = with_schema(json!({"type": "string", "pattern": pattern}));
                true
            }
            (_, _, _, Some(separator)) => {
                notes.rewrite(
                    &at,
                    "array-parameter",
                    format!("{place} parameter `{name}` is an array sent as one value: it becomes a string, the caller joins the items with `{separator}`"),
                );
                *param = with_schema(json!({"type": "string"}));
                true
            }
            (_, Some(style), ..) if style != sent_style => unsendable(
                notes,
                &at,
                required,
                "parameter-style",
                format!("{place} parameter `{name}` has style `{style}`, which the generator cannot send"),
            ),
            ("query", _, Some(("array", array)), _) if schema.is_some_and(|s| !std::ptr::eq(s, array)) => {
                notes.rewrite(
                    &at,
                    "array-parameter",
                    format!("query parameter `{name}` names its array schema: inlined, so that each item is sent as `{name}=item`"),
                );
                *param = with_schema(array.clone());
                true
            }
            ("query", ..) if many.is_some() => {
                notes.rewrite(
                    &at,
                    "one-or-many",
                    format!("query parameter `{name}` takes one value or an array of them: an array, the same on the wire"),
                );
                *param = with_schema(many.unwrap_or_default());
                true
            }
            ("header" | "path", ..) if nullable => {
                notes.rewrite(
                    &at,
                    "nullable-parameter",
                    format!("{place} parameter `{name}` cannot carry `null`: not nullable"),
                );
                let mut schema = schema.cloned().unwrap_or_default();
                if let Some(map) = schema.as_object_mut() {
                    map.remove("nullable");
                }
                *param = with_schema(schema);
                true
            }
            ("query" | "header", _, Some(("object", _)), _) => unsendable(
                notes,
                &at,
                required,
                "object-parameter",
                format!("{place} parameter `{name}` is an object, which the generator cannot serialize"),
            ),
            _ => true,
        }
    });
}

/// `anyOf: [S, {type: array, items: S}]`: the array schema. In a query, one value and an array
/// of one are the same `name=value`; progenitor's mocks cannot format the union.
fn one_or_many(schema: &Value) -> Option<Value> {
    let branches = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)?;
    let [a, b] = branches.as_slice() else {
        return None;
    };
    let (one, many) = if a.get("type") == Some(&json!("array")) {
        (b, a)
    } else {
        (a, b)
    };
    (many.get("type") == Some(&json!("array")) && many.get("items") == Some(one))
        .then(|| many.clone())
}

/// A parameter the generator cannot send: an optional one is dropped with a note (the operation
/// is still generated, without it), a required one is reported. Returns whether to keep it.
fn unsendable(
    notes: &mut Notes,
    at: &str,
    required: bool,
    rule: &'static str,
    message: String,
) -> bool {
    if required {
        notes.error(at, rule, message);
    } else {
        notes.dropped(at, rule, format!("{message}; optional, dropped"));
    }
    required
}

/// A schema, then the schemas it stands for (see [`ref_chain`]).
fn wrapped<'a>(schema: &'a Value, components: &'a Value) -> impl Iterator<Item = &'a Value> {
    ref_chain(schema, "", components).map(|(_, s)| s)
}

fn template_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .map(|(name, _)| name)
        .collect()
}

/// Makes the operation's path parameters match its template (progenitor panics when they do
/// not) and returns their constraints.
fn path_parameters(
    op: &mut Map<String, Value>,
    shared: &Value,
    path: &str,
    components: &Value,
    ptr: &str,
    notes: &mut Notes,
) -> Vec<PathParam> {
    let names = template_names(path);
    let own = op.entry("parameters").or_insert_with(|| json!([]));
    let Some(own) = own.as_array_mut() else {
        return Vec::new();
    };
    // Inline path parameters so that fixing one does not touch another operation's.
    for p in own.iter_mut() {
        if resolve(p, components).get("in") == Some(&json!("path")) {
            *p = resolve(p, components).clone();
        }
    }
    for p in shared
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| resolve(p, components))
    {
        let name = p.get("name");
        let overridden = own
            .iter()
            .any(|o| o.get("name") == name && o.get("in") == p.get("in"));
        if p.get("in") == Some(&json!("path")) && !overridden {
            own.push(p.clone());
        }
    }
    own.retain(|p| {
        let keep = p.get("in") != Some(&json!("path"))
            || p.get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| names.contains(&n));
        if !keep {
            notes.rewrite(
                ptr,
                "path-parameter",
                format!("path parameter `{}` is not in `{path}`; removed", p["name"]),
            );
        }
        keep
    });
    let mut out = Vec::new();
    for name in names {
        let found = own
            .iter_mut()
            .find(|p| p.get("in") == Some(&json!("path")) && p.get("name") == Some(&json!(name)));
        let param = match found {
            Some(p) => p,
            None => {
                notes.rewrite(
                    ptr,
                    "path-parameter",
                    format!("`{{{name}}}` has no parameter; declared as a string"),
                );
                own.push(json!({"in": "path", "name": name, "required": true, "schema": {"type": "string"}}));
                own.last_mut().expect("just pushed")
            }
        };
        if param.get("required") != Some(&json!(true)) {
            param["required"] = json!(true);
            notes.rewrite(
                ptr,
                "path-parameter",
                format!("path parameter `{name}` becomes required"),
            );
        }
        out.push(constraints(name, param.get("schema"), components));
    }
    out
}

fn constraints(name: &str, schema: Option<&Value>, components: &Value) -> PathParam {
    let chain = || schema.into_iter().flat_map(|s| wrapped(s, components));
    PathParam {
        name: name.to_string(),
        pattern: chain().find_map(|s| s.get("pattern").and_then(Value::as_str).map(String::from)),
        min_length: chain().find_map(|s| s.get("minLength").and_then(Value::as_u64)),
        max_length: chain().find_map(|s| s.get("maxLength").and_then(Value::as_u64)),
    }
}

/// Keeps one request media type, the one progenitor can send; returns false when the
/// operation has none and must be skipped.
fn request_body(
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

/// Sets `key` where `value` is an object; any other shape is malformed, and left for the
/// generator to refuse with its message rather than a panic here.
fn set(value: &mut Value, key: &str, to: Value) {
    if let Some(map) = value.as_object_mut() {
        map.insert(key.to_string(), to);
    }
}

fn is_success(status: &str) -> bool {
    status.starts_with('2') && status.len() == 3
}

fn is_error(status: &str) -> bool {
    (status.starts_with('4') || status.starts_with('5')) && status.len() == 3
}

/// progenitor generates one success type and one error type per operation and asserts so
/// (`response_types.len() <= 1`), counting `default` on both sides.
fn responses(op: &mut Map<String, Value>, components: &Value, ptr: &str, notes: &mut Notes) {
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
    fn path_parameters_follow_the_template() {
        let mut op = yaml(
            "parameters: [{in: path, name: id, schema: {$ref: '#/components/schemas/Id'}}, {in: path, name: gone, required: true}]",
        );
        let components = yaml("schemas: {Id: {type: string, pattern: '^[a-z]+$', maxLength: 9}}");
        let mut notes = Notes::default();
        let params = path_parameters(
            op.as_object_mut().unwrap(),
            &json!([]),
            "/runs/{id}/{sub}",
            &components,
            "/op",
            &mut notes,
        );
        assert_eq!(
            params[0],
            PathParam {
                name: "id".into(),
                pattern: Some("^[a-z]+$".into()),
                min_length: None,
                max_length: Some(9)
            }
        );
        assert_eq!(params[1].name, "sub");
        assert_eq!(op["parameters"][0]["required"], true);
        assert_eq!(op["parameters"].as_array().map(Vec::len), Some(2));
        assert_eq!(notes.rules(), ["path-parameter"; 3]);
    }

    #[test]
    fn path_patterns_move_from_the_schemas_to_the_table() {
        let mut doc = yaml(
            "paths:
  /runs/{id}/{sub}:
    get:
      parameters:
        - {in: path, name: id, required: true, schema: {$ref: '#/components/schemas/Id'}}
        - {in: path, name: sub, required: true, schema: {allOf: [{type: string, pattern: '^[0-9]+$'}]}}
        - {in: query, name: q, schema: {type: string, pattern: '^q$'}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Id: {type: string, pattern: '^[a-z]+$', maxLength: 9}",
        );
        let mut notes = Notes::default();
        let table = run(&mut doc, &mut notes);
        let params = &table[0].path_params;
        assert_eq!(params[0].pattern.as_deref(), Some("^[a-z]+$"));
        assert_eq!(params[1].pattern.as_deref(), Some("^[0-9]+$"));
        assert_eq!(
            doc["components"]["schemas"]["Id"],
            yaml("{type: string, maxLength: 9}")
        );
        let get = &doc["paths"]["/runs/{id}/{sub}"]["get"]["parameters"];
        assert_eq!(get[1]["schema"], yaml("allOf: [{type: string}]"));
        assert_eq!(
            get[2]["schema"]["pattern"], "^q$",
            "a query parameter keeps its pattern"
        );
        assert_eq!(notes.rules(), ["path-pattern"; 2]);
    }

    #[test]
    fn cookies_and_optional_objects_are_dropped_required_objects_reported_and_responses_supplied() {
        let mut doc = yaml(
            "paths:
  /a:
    parameters: [{in: cookie, name: session, schema: {type: string}}]
    get:
      operationId: getA
      parameters:
        - {in: query, name: filter, required: true, schema: {$ref: '#/components/schemas/Filter'}}
        - {in: query, name: page, schema: {type: integer}}
        - {in: header, name: X-Sort, schema: {type: object}}
components:
  schemas:
    Filter: {type: object, properties: {a: {type: string}}}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        assert_eq!(doc["paths"]["/a"]["parameters"], json!([]));
        assert_eq!(
            doc["paths"]["/a"]["get"]["parameters"]
                .as_array()
                .map(Vec::len),
            Some(2)
        );
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"],
            yaml("default: {description: any response}")
        );
        assert_eq!(
            notes.rules(),
            [
                "cookie-parameter",
                "object-parameter",
                "object-parameter",
                "responses"
            ]
        );
        // The optional one is dropped, the required one reported.
        assert_eq!(notes.0[2].severity, super::super::Severity::Dropped);
        let error = notes
            .0
            .iter()
            .find(|n| n.rule == "object-parameter")
            .unwrap();
        assert_eq!(error.pointer, "/paths/~1a/get/parameters/0");
        assert_eq!(error.severity, super::super::Severity::Error);
    }

    #[test]
    fn arrays_in_paths_and_headers_become_strings_and_named_arrays_in_queries_are_inlined() {
        let mut doc = yaml(
            "paths:
  /a/{tags}:
    get:
      operationId: getA
      parameters:
        - {in: path, name: tags, required: true, schema: {type: array, items: {type: string}}}
        - {$ref: '#/components/parameters/Langs'}
        - {in: query, name: ids, schema: {type: array, items: {type: string}}}
        - {in: query, name: langs, schema: {$ref: '#/components/schemas/Langs'}}
        - {in: query, name: filter, schema: {allOf: [{$ref: '#/components/schemas/Filter'}]}}
      responses: {'204': {description: done}}
components:
  parameters:
    Langs: {in: header, name: X-Langs, schema: {$ref: '#/components/schemas/Langs'}}
  schemas:
    Langs: {items: {type: string}}
    Filter: {type: object}",
        );
        let mut notes = Notes::default();
        let table = run(&mut doc, &mut notes);
        let params = &doc["paths"]["/a/{tags}"]["get"]["parameters"];
        // The pattern moves to the table of what the client checks.
        assert_eq!(params[0]["schema"], json!({"type": "string"}));
        assert_eq!(
            table[0].path_params[0].pattern.as_deref(),
            Some("^[A-Za-z0-9_.:-]+(,[A-Za-z0-9_.:-]+)*$")
        );
        assert_eq!(
            params[1],
            yaml("{in: header, name: X-Langs, schema: {type: string}}")
        );
        assert_eq!(params[2]["schema"]["type"], "array");
        assert_eq!(params[3]["schema"], yaml("items: {type: string}"));
        // The component keeps its shape for any other use.
        assert_eq!(
            doc["components"]["parameters"]["Langs"]["schema"],
            yaml("$ref: '#/components/schemas/Langs'")
        );
        assert_eq!(
            notes.rules(),
            [
                "array-parameter",
                "array-parameter",
                "array-parameter",
                "object-parameter",
                "path-pattern"
            ]
        );
        let pointers: Vec<&str> = notes.0.iter().map(|n| n.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/paths/~1a~1{tags}/get/parameters/0",
                "/paths/~1a~1{tags}/get/parameters/1",
                "/paths/~1a~1{tags}/get/parameters/3",
                "/paths/~1a~1{tags}/get/parameters/4",
                "/paths/~1a~1{tags}/get/parameters/0/schema"
            ]
        );
    }

    #[test]
    fn query_arrays_sent_as_one_value_become_strings_and_other_styles_are_reported() {
        let mut doc = yaml(
            "paths:
  /a/{id}:
    get:
      operationId: getA
      parameters:
        - {in: path, name: id, required: true, style: matrix, schema: {type: string}}
        - {in: query, name: csv, style: form, explode: false, schema: {type: array, items: {type: integer}}}
        - {in: query, name: words, style: spaceDelimited, schema: {type: array, items: {type: string}}}
        - {in: query, name: alts, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {in: query, name: each, style: form, explode: true, schema: {type: array, items: {type: string}}}
        - {in: query, name: deep, style: deepObject, schema: {type: string}}
        - {in: query, name: filter, content: {application/json: {schema: {type: object}}}}
        - {in: query, name: status, schema: {anyOf: [{$ref: '#/S'}, {type: array, items: {$ref: '#/S'}}]}}
        - {in: header, name: X-Last, schema: {type: string, nullable: true}}
      responses: {'204': {description: done}}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        let params = &doc["paths"]["/a/{id}"]["get"]["parameters"];
        for (i, name) in [(1, "csv"), (2, "words"), (3, "alts")] {
            assert_eq!(
                params[i],
                json!({"in": "query", "name": name, "schema": {"type": "string"}})
            );
        }
        assert_eq!(params[4]["schema"]["type"], "array");
        assert_eq!(
            params[5],
            json!({"in": "query", "name": "filter", "schema": {"type": "string"}})
        );
        assert_eq!(
            params[6]["schema"],
            yaml("{type: array, items: {$ref: '#/S'}}")
        );
        assert_eq!(params[7]["schema"], yaml("{type: string}"));
        // What the caller joins with, or the style refused.
        let found: Vec<(&str, &str)> = notes
            .0
            .iter()
            .map(|n| {
                let tail = n
                    .message
                    .rsplit_once(" with ")
                    .or(n.message.split_once(" style "));
                (n.rule, tail.map_or("", |(_, t)| t))
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "parameter-style",
                    "`matrix`, which the generator cannot send"
                ),
                ("array-parameter", "`,`"),
                ("array-parameter", "` `"),
                ("array-parameter", "`|`"),
                (
                    "parameter-style",
                    "`deepObject`, which the generator cannot send; optional, dropped"
                ),
                ("parameter-content", ""),
                ("one-or-many", ""),
                ("nullable-parameter", ""),
            ]
        );
        assert_eq!(notes.0[0].severity, super::super::Severity::Error);
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
