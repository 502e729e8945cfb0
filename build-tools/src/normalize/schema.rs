//! Schema rules: each maps one JSON Schema 2020-12 construct to its OpenAPI 3.0 equivalent, or
//! drops it with a note. A rule sees one schema object; [`walk`] applies them to every schema.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::Notes;
use super::openapi::{MAX_REF_CHAIN, is_data, schema_roots};
use crate::pointer::{join, schema_ref_name};

type Rule = fn(&mut Map<String, Value>, &str, &mut Notes);

/// In the order they run on each schema: earlier rules leave 3.0 shapes the later ones expect.
const RULES: &[Rule] = &[
    any_value,
    // Before the keyword rules: it merges an inline branch's keywords into the schema itself.
    null_branch,
    widened_union,
    enum_union,
    map_examples,
    map_content_encoding,
    prefix_items,
    drop_unsupported_keywords,
    type_array,
    const_to_enum,
    null_in_enum,
    exclusive_bounds,
    mismatched_default,
    title,
    required_spelling,
    ref_siblings,
];

/// Keywords OpenAPI 3.0 has no place for. Dropping them makes the generated types accept more
/// than the document allows, never less.
const UNSUPPORTED: &[&str] = &[
    "$schema",
    "$id",
    "$anchor",
    "$dynamicAnchor",
    "$dynamicRef",
    "$comment",
    "$defs",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "dependentRequired",
    "dependentSchemas",
    "patternProperties",
    "contains",
    "minContains",
    "maxContains",
    "if",
    "then",
    "else",
    "contentSchema",
];

const JSON_TYPES: &[&str] = &["boolean", "string", "array", "object"];

/// Normalizes every schema of the document, after inlining component schemas that admit any
/// JSON value (typify cannot render the recursive unions such schemas are written as).
pub fn run(doc: &mut Value, notes: &mut Notes) {
    inline_any_value_components(doc, notes);
    for root in schema_roots(doc) {
        if let Some(node) = doc.pointer_mut(&root) {
            walk(node, &root, notes);
        }
    }
    nullable_union_components(doc, notes);
    let schemas = doc.pointer("/components/schemas").cloned();
    redundant_nullable(doc, "", schemas.as_ref().unwrap_or(&Value::Null), notes);
    all_of_cycles(doc, notes);
}

/// `{nullable: true, allOf: [$ref]}` where the referenced schema admits `null` already:
/// progenitor wraps it in a union of `null` and the reference, typify sees `null` on both
/// sides and asserts while merging such a property through an `allOf`. The outer `nullable`
/// goes; the value still may be `null`.
fn redundant_nullable(node: &mut Value, ptr: &str, schemas: &Value, notes: &mut Notes) {
    match node {
        Value::Object(map) => {
            let target = match map
                .get("allOf")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            {
                Some([only]) => only.get("$ref").and_then(Value::as_str),
                _ => None,
            };
            if map.get("nullable") == Some(&json!(true))
                && target.is_some_and(|r| admits_null(r, schemas, MAX_REF_CHAIN))
            {
                map.remove("nullable");
                notes.rewrite(
                    ptr,
                    "redundant-nullable",
                    "`nullable` dropped: the referenced schema admits `null` itself",
                );
            }
            // Data holds no schemas, but a property may be called `default`.
            let in_properties = ptr.ends_with("/properties");
            for (k, v) in map.iter_mut() {
                if in_properties || !is_data(k) {
                    redundant_nullable(v, &join(ptr, k), schemas, notes);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                redundant_nullable(v, &format!("{ptr}/{i}"), schemas, notes);
            }
        }
        _ => {}
    }
}

/// Whether the component a `$ref` names admits `null`, through `nullable`, a single `allOf`
/// reference or a union branch; `depth` bounds reference cycles.
fn admits_null(reference: &str, schemas: &Value, depth: usize) -> bool {
    let Some(schema) = schema_ref_name(reference).and_then(|n| schemas.get(n)) else {
        return false;
    };
    admits_null_schema(schema, schemas, depth)
}

fn admits_null_schema(schema: &Value, schemas: &Value, depth: usize) -> bool {
    if depth == 0 {
        return false;
    }
    let follows = |s: &Value| match s.get("$ref").and_then(Value::as_str) {
        Some(r) => admits_null(r, schemas, depth - 1),
        None => admits_null_schema(s, schemas, depth - 1),
    };
    let branches = ["anyOf", "oneOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten();
    let all_of = schema.get("allOf").and_then(Value::as_array);
    schema.get("nullable") == Some(&json!(true))
        || schema.get("$ref").is_some() && follows(schema)
        || branches.into_iter().any(follows)
        || all_of.is_some_and(|members| !members.is_empty() && members.iter().all(follows))
}

/// typify renders a nullable component as a newtype over `Option` of an inner type it names
/// `<Name>Inner`, except for a union, whose inner type takes the component's own name: two
/// items of one name, one containing itself. The union moves to its own `<Name>Inner`
/// component, and the component becomes the nullable reference to it.
fn nullable_union_components(doc: &mut Value, notes: &mut Notes) {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let unions: Vec<String> = schemas
        .iter()
        .filter(|(_, s)| {
            s.get("nullable") == Some(&json!(true))
                && (s.get("oneOf").is_some() || s.get("anyOf").is_some())
        })
        .map(|(name, _)| name.clone())
        .collect();
    for name in unions {
        let mut inner = format!("{name}Inner");
        while schemas.contains_key(&inner) {
            inner.push('_');
        }
        let Some(Value::Object(component)) = schemas.get_mut(&name) else {
            continue;
        };
        let mut union = std::mem::take(component);
        union.remove("nullable");
        let mut outer = Map::new();
        for key in ["description", "default", "example", "deprecated"] {
            if let Some(value) = union.remove(key) {
                outer.insert(key.into(), value);
            }
        }
        outer.insert("nullable".into(), json!(true));
        outer.insert(
            "allOf".into(),
            json!([{ "$ref": format!("#/components/schemas/{inner}") }]),
        );
        *component = outer;
        schemas.insert(inner.clone(), Value::Object(union));
        notes.rewrite(
            &join("/components/schemas", &name),
            "nullable-union",
            format!("the union moves to `{inner}`, of which `{name}` is the nullable form"),
        );
    }
}

/// typify merges the members of an `allOf` by resolving the components they name (directly,
/// or at a property, `items` or `additionalProperties` two members both define) and merging
/// their whole structure: the components their own `oneOf`/`anyOf`/`allOf` members name, and
/// the `allOf`s inside. When such a merge leads back to the component it started from
/// (`S: {allOf: [{$ref: S}, ...]}`, or through other components), or into a union that names
/// itself, typify recurses without end: a stack overflow no `catch_unwind` can stop. It is
/// reported instead. Other cycles, through a property, an array item or a union alone, are
/// ordinary recursion.
fn all_of_cycles(doc: &Value, notes: &mut Notes) {
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    // For each component: what its `allOf`s merge, and what merging it resolves.
    let edges: BTreeMap<&str, (Vec<&str>, Vec<&str>)> = schemas
        .iter()
        .map(|(name, schema)| {
            let (mut merged, mut resolved) = (Vec::new(), Vec::new());
            merged_by_all_of(schema, schemas, &mut merged);
            named(schema, &mut resolved);
            resolved.extend(merged.iter().copied());
            (name.as_str(), (merged, resolved))
        })
        .collect();
    // A union that names itself is fine on its own, and endless once an `allOf` merges it.
    let recursive: BTreeSet<&str> = edges
        .iter()
        .filter(|(name, (_, resolved))| reached(&edges, resolved).contains(*name))
        .map(|(name, _)| *name)
        .collect();
    for (name, (merged, _)) in &edges {
        let seen = reached(&edges, merged);
        if seen.contains(name) || !seen.is_disjoint(&recursive) {
            notes.error(
                &join("/components/schemas", name),
                "all-of-cycle",
                "an `allOf` here merges a schema that contains itself, which has no finite type",
            );
        }
    }
}

/// Every component merging `from` resolves, transitively.
fn reached<'a>(
    edges: &BTreeMap<&'a str, (Vec<&'a str>, Vec<&'a str>)>,
    from: &[&'a str],
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo = from.to_vec();
    while let Some(next) = todo.pop() {
        if seen.insert(next) {
            todo.extend(
                edges
                    .get(next)
                    .into_iter()
                    .flat_map(|(_, r)| r.iter().copied()),
            );
        }
    }
    seen
}

/// The components typify resolves to merge the `allOf`s found anywhere in `schema` (without
/// following `$ref`s: the caller walks from component to component).
fn merged_by_all_of<'a>(
    schema: &'a Value,
    schemas: &'a Map<String, Value>,
    merged: &mut Vec<&'a str>,
) {
    match schema {
        Value::Object(map) => {
            if let Some(members) = map.get("allOf").and_then(Value::as_array) {
                members.iter().for_each(|m| named(m, merged));
                shared_locations(members, schemas)
                    .into_iter()
                    .for_each(|s| named(s, merged));
            }
            map.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "enum" | "example" | "default" | "const"))
                .for_each(|(_, v)| merged_by_all_of(v, schemas, merged));
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| merged_by_all_of(v, schemas, merged)),
        _ => {}
    }
}

/// The components `schema` stands for: its `$ref`, or those of the members of its
/// compositions.
fn named<'a>(schema: &'a Value, out: &mut Vec<&'a str>) {
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(schema_ref_name)
    {
        out.push(name);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for member in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            named(member, out);
        }
    }
}

/// The subschemas at the locations (a property, `items`, `additionalProperties`) that two or
/// more `allOf` members define: typify merges those pairwise. A member's `additionalProperties`
/// schema constrains every property the others declare.
fn shared_locations<'a>(members: &'a [Value], schemas: &'a Map<String, Value>) -> Vec<&'a Value> {
    let members: Vec<&Value> = members.iter().map(|m| component(m, schemas)).collect();
    let mut at: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for (i, member) in members.iter().enumerate() {
        let Some(open) = member.get("additionalProperties").filter(|s| s.is_object()) else {
            continue;
        };
        let others = members.iter().enumerate().filter(|(j, _)| *j != i);
        for (_, other) in others {
            let declared = other.get("properties").and_then(Value::as_object);
            for name in declared.into_iter().flatten().map(|(name, _)| name) {
                at.entry(format!("properties/{name}"))
                    .or_default()
                    .push(open);
            }
        }
    }
    for member in members {
        let properties = member.get("properties").and_then(Value::as_object);
        for (name, schema) in properties.into_iter().flatten() {
            at.entry(format!("properties/{name}"))
                .or_default()
                .push(schema);
        }
        for key in ["items", "additionalProperties"] {
            if let Some(schema) = member.get(key).filter(|s| s.is_object()) {
                at.entry(key.to_string()).or_default().push(schema);
            }
        }
    }
    at.into_values().filter(|s| s.len() > 1).flatten().collect()
}

/// `schema`, or the component its `$ref` chain ends at. Components are looked up by name, as
/// typify does, and an `allOf` wrapper is not followed: merging one is what is being traced.
fn component<'a>(mut schema: &'a Value, schemas: &'a Map<String, Value>) -> &'a Value {
    for _ in 0..MAX_REF_CHAIN {
        let target = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(schema_ref_name)
            .and_then(|name| schemas.get(name));
        match target {
            Some(next) => schema = next,
            None => break,
        }
    }
    schema
}

/// Applies [`RULES`] to one schema, then to its subschemas.
pub fn walk(node: &mut Value, ptr: &str, notes: &mut Notes) {
    match node {
        Value::Bool(true) => {
            notes.rewrite(
                ptr,
                "boolean-schema",
                "`true` schema becomes `{}` (any value)",
            );
            *node = json!({});
        }
        Value::Bool(false) => notes.error(
            ptr,
            "boolean-schema",
            "a `false` schema (no value allowed) has no OpenAPI 3.0 form",
        ),
        _ => {}
    }
    let Some(map) = node.as_object_mut() else {
        return;
    };
    for rule in RULES {
        rule(map, ptr, notes);
    }
    for key in ["properties"] {
        if let Some(props) = map.get_mut(key).and_then(Value::as_object_mut) {
            let base = join(ptr, key);
            for (name, sub) in props.iter_mut() {
                walk(sub, &join(&base, name), notes);
            }
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(items) = map.get_mut(key).and_then(Value::as_array_mut) {
            for (i, sub) in items.iter_mut().enumerate() {
                walk(sub, &format!("{ptr}/{key}/{i}"), notes);
            }
        }
    }
    for key in ["items", "not", "additionalProperties"] {
        if let Some(sub) = map
            .get_mut(key)
            .filter(|v| v.is_object() || key != "additionalProperties")
        {
            walk(sub, &join(ptr, key), notes);
        }
    }
}

/// A schema written as a union of every JSON type (the seed's `JsonValue`) means "any value":
/// `{}`, which progenitor renders as `serde_json::Value`.
fn any_value(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if map.is_empty() || !admits_any_json(map) {
        return;
    }
    let kept: Map<String, Value> = map
        .iter()
        .filter(|(k, _)| matches!(k.as_str(), "description" | "title" | "default" | "example"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if kept.len() == map.len() {
        return;
    }
    *map = kept;
    notes.rewrite(
        ptr,
        "any-value",
        "a union of every JSON type becomes `{}` (serde_json::Value)",
    );
}

/// Whether a schema is a union over every JSON type, written as a type array or as a
/// oneOf/anyOf of bare `type` branches.
pub fn admits_any_json(map: &Map<String, Value>) -> bool {
    let mut types = BTreeSet::new();
    match map.get("type") {
        Some(Value::Array(list)) => types.extend(list.iter().filter_map(Value::as_str)),
        Some(_) => return false,
        None => {
            let Some(branches) = map
                .get("oneOf")
                .or_else(|| map.get("anyOf"))
                .and_then(Value::as_array)
            else {
                return false;
            };
            for b in branches {
                match b.get("type").and_then(Value::as_str) {
                    Some(t) => types.insert(t),
                    None => return false,
                };
            }
        }
    }
    JSON_TYPES.iter().all(|t| types.contains(t))
        && (types.contains("number") || types.contains("integer"))
}

/// Replaces every `$ref` to an any-value component by `{}` and removes the component.
fn inline_any_value_components(doc: &mut Value, notes: &mut Notes) {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let names: Vec<String> = schemas
        .iter()
        .filter(|(_, s)| s.as_object().is_some_and(admits_any_json))
        .map(|(name, _)| name.clone())
        .collect();
    for name in &names {
        schemas.remove(name);
        notes.rewrite(
            &join("/components/schemas", name),
            "any-value",
            "a union of every JSON type: references become `{}` (serde_json::Value)",
        );
    }
    if !names.is_empty() {
        replace_refs(doc, &names);
    }
}

fn replace_refs(node: &mut Value, names: &[String]) {
    match node {
        Value::Object(map) => {
            let hit = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(schema_ref_name)
                .is_some_and(|n| names.iter().any(|x| x == n));
            if hit {
                map.remove("$ref");
            }
            map.values_mut().for_each(|v| replace_refs(v, names));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| replace_refs(v, names)),
        _ => {}
    }
}

/// 3.1 `examples: [..]` to 3.0 `example`: the first one.
fn map_examples(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let Some(Value::Array(examples)) = map.get("examples") else {
        return;
    };
    let first = examples.first().cloned();
    map.remove("examples");
    if let Some(first) = first.filter(|_| !map.contains_key("example")) {
        map.insert("example".into(), first);
    }
    notes.rewrite(
        ptr,
        "examples",
        "schema `examples` becomes `example` (the first one)",
    );
}

/// `contentEncoding: base64` on a string is 3.0's `format: byte`; the media type is documentation.
fn map_content_encoding(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if let Some(encoding) = map.remove("contentEncoding") {
        if encoding == "base64" && !map.contains_key("format") {
            map.insert("format".into(), json!("byte"));
            notes.rewrite(
                ptr,
                "contentEncoding",
                "`contentEncoding: base64` becomes `format: byte`",
            );
        } else {
            notes.dropped(
                ptr,
                "contentEncoding",
                format!("`contentEncoding: {encoding}` dropped"),
            );
        }
    }
    if map.remove("contentMediaType").is_some() {
        notes.dropped(
            ptr,
            "contentMediaType",
            "`contentMediaType` dropped (documentation only)",
        );
    }
}

/// A tuple (`prefixItems`, often with `items: false`) becomes an array of any values: 3.0 has
/// no tuples, and `items: false` alone would forbid every element.
fn prefix_items(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let Some(Value::Array(prefix)) = map.remove("prefixItems") else {
        return;
    };
    let same: Option<&Value> = prefix
        .first()
        .filter(|first| prefix.iter().all(|p| p == *first));
    let items = match (map.get("items"), same) {
        (None | Some(Value::Bool(false)), Some(one)) => one.clone(),
        (None | Some(Value::Bool(false)), None) => json!({}),
        (Some(items), _) => items.clone(),
    };
    map.insert("items".into(), items);
    notes.dropped(
        ptr,
        "prefixItems",
        "a tuple becomes an array; positions and length are not enforced",
    );
}

fn drop_unsupported_keywords(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    for key in UNSUPPORTED {
        if map.remove(*key).is_some() {
            notes.dropped(
                ptr,
                key,
                format!("`{key}` has no OpenAPI 3.0 form; the generated type does not enforce it"),
            );
        }
    }
}

/// `type: [T, 'null']` to `type: T, nullable: true`. Several non-null types become an any value.
fn type_array(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let Some(Value::Array(types)) = map.get("type").cloned() else {
        if map.get("type") == Some(&json!("null")) {
            map.remove("type");
            map.insert("nullable".into(), json!(true));
            map.insert("enum".into(), json!([null]));
            notes.rewrite(
                ptr,
                "type-null",
                "`type: 'null'` becomes `nullable: true, enum: [null]`",
            );
        }
        return;
    };
    let nullable = types.iter().any(|t| t == "null");
    let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
    match rest.as_slice() {
        [single] => {
            map.insert("type".into(), single.clone());
            notes.rewrite(
                ptr,
                "type-array",
                format!(
                    "`type: {}` becomes `type: {single}`{}",
                    Value::Array(types.clone()),
                    if nullable { " + nullable" } else { "" }
                ),
            );
        }
        _ => {
            map.remove("type");
            notes.dropped(
                ptr,
                "type-array",
                "several types: the value is not type-checked (serde_json::Value)",
            );
        }
    }
    if nullable {
        map.insert("nullable".into(), json!(true));
    }
}

/// `const: v` to `enum: [v]`.
fn const_to_enum(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if let Some(value) = map.remove("const") {
        notes.rewrite(
            ptr,
            "const",
            format!("`const: {value}` becomes `enum: [{value}]`"),
        );
        infer_type(map, std::slice::from_ref(&value));
        map.insert("enum".into(), json!([value]));
    }
}

/// `enum: [a, b, null]` to `enum: [a, b], nullable: true`.
fn null_in_enum(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let Some(Value::Array(values)) = map.get_mut("enum") else {
        return;
    };
    if values.len() > 1 && values.iter().any(Value::is_null) {
        values.retain(|v| !v.is_null());
        let values = values.clone();
        map.insert("nullable".into(), json!(true));
        // Without a `type`, progenitor would read the schema as `type: null` from `nullable`.
        infer_type(map, &values);
        notes.rewrite(
            ptr,
            "enum-null",
            "`null` in `enum` becomes `nullable: true`",
        );
    }
}

/// Sets `type` from the values an untyped schema allows, when they share one JSON type.
fn infer_type(map: &mut Map<String, Value>, values: &[Value]) {
    if map.contains_key("type") {
        return;
    }
    let json_type = |v: &Value| match v {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        _ => None,
    };
    let shared = values
        .iter()
        .map(json_type)
        .try_fold(None, |shared, t| match (shared, t?) {
            (None, t) => Some(Some(t)),
            (Some(a), b) if a == b => Some(Some(a)),
            (Some("integer" | "number"), "integer" | "number") => Some(Some("number")),
            _ => None,
        });
    if let Some(Some(t)) = shared {
        map.insert("type".into(), json!(t));
    }
}

/// Numeric `exclusiveMinimum: n` to `minimum: n, exclusiveMinimum: true` (likewise maximum).
fn exclusive_bounds(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), n.clone());
            map.insert(exclusive.into(), json!(true));
            notes.rewrite(
                ptr,
                exclusive,
                format!("`{exclusive}: {n}` becomes `{bound}: {n}, {exclusive}: true`"),
            );
        }
    }
}

/// A oneOf/anyOf with a `{type: 'null'}` branch: the branch becomes `nullable: true`. One
/// remaining `$ref` is wrapped in `allOf` (3.0 ignores siblings of `$ref`); one remaining inline
/// schema is merged into the parent.
fn null_branch(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(branches)) = map.get_mut(key) else {
            continue;
        };
        let is_null = |b: &Value| {
            b.get("type") == Some(&json!("null")) || b.get("enum") == Some(&json!([null]))
        };
        if !branches.iter().any(is_null) {
            continue;
        }
        branches.retain(|b| !is_null(b));
        let rest = std::mem::take(branches);
        map.remove(key);
        map.insert("nullable".into(), json!(true));
        match rest.as_slice() {
            [only] if only.get("$ref").is_some() => {
                map.insert("allOf".into(), json!([only]));
            }
            [Value::Object(inline)] => {
                for (k, v) in inline {
                    map.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
            [] => {}
            _ => {
                map.insert(key.into(), Value::Array(rest));
            }
        }
        notes.rewrite(
            ptr,
            "null-branch",
            format!("the `null` branch of `{key}` becomes `nullable: true`"),
        );
    }
}

/// `anyOf: [{type: string}, {type: string, enum: [auto, ...]}]` (a string, with the values known
/// today) accepts every string. typify renders such overlapping branches as a struct of flattened
/// optional fields, which reads no bare string and refuses a string `default`: the union becomes
/// the branch that accepts everything.
fn widened_union(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    const ANNOTATIONS: &[&str] = &["type", "description", "title", "example", "examples"];
    let single_type = |s: &Value| match s.get("type") {
        Some(Value::String(t)) => Some(t.clone()),
        Some(Value::Array(t)) if t.len() == 1 => t[0].as_str().map(String::from),
        _ => None,
    };
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = map.get(key) else {
            continue;
        };
        let Some(t) = branches.first().and_then(single_type) else {
            continue;
        };
        let scalar = matches!(t.as_str(), "string" | "integer" | "number" | "boolean");
        let same_type = branches.iter().all(|b| single_type(b).as_ref() == Some(&t));
        let any_of_type = |b: &Value| {
            b.as_object().is_some_and(|b| {
                b.keys()
                    .all(|k| ANNOTATIONS.contains(&k.as_str()) || k.starts_with("x-"))
            })
        };
        let parent_type = map.get("type").and_then(Value::as_str);
        if branches.len() < 2
            || !scalar
            || !same_type
            || !branches.iter().any(any_of_type)
            || parent_type.is_some_and(|p| p != t)
        {
            continue;
        }
        map.remove(key);
        notes.rewrite(
            ptr,
            "widened-union",
            format!(
                "`{key}` of `{{type: {t}}}` and narrower {t}s accepts any {t}: becomes `type: {t}`"
            ),
        );
        map.insert("type".into(), json!(t));
    }
}

/// `anyOf: [{type: string, enum: [completed]}, {type: string, const: incomplete}]` is one enum of
/// all the values. typify renders it as an untagged union of one-value enums, and cannot merge
/// such a union with a `$ref` when an `allOf` subtracts one branch from another (it asserts).
/// A `oneOf` qualifies when no value is in two branches, so that it means the same.
fn enum_union(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    const KEYS: &[&str] = &["type", "enum", "const", "description", "title"];
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = map.get(key) else {
            continue;
        };
        let t = branches.first().and_then(|b| b.get("type"));
        let fits = |b: &Value| {
            b.as_object().is_some_and(|b| {
                b.keys()
                    .all(|k| KEYS.contains(&k.as_str()) || k.starts_with("x-"))
                    && (b.contains_key("enum") || b.contains_key("const"))
                    && b.get("type") == t
            })
        };
        let same_type = t.is_some_and(|t| map.get("type").is_none_or(|p| p == t));
        if branches.len() < 2 || !same_type || !branches.iter().all(fits) {
            continue;
        }
        let mut values = Vec::new();
        let mut overlap = false;
        for b in branches {
            let own = match (b.get("const"), b.get("enum").and_then(Value::as_array)) {
                (Some(c), _) => std::slice::from_ref(c),
                (None, Some(e)) => e.as_slice(),
                (None, None) => &[],
            };
            for v in own {
                overlap |= values.contains(v);
                if !values.contains(v) {
                    values.push(v.clone());
                }
            }
        }
        if key == "oneOf" && overlap {
            continue;
        }
        let t = t.cloned().unwrap_or_default();
        map.remove(key);
        map.insert("type".into(), t);
        map.insert("enum".into(), Value::Array(values));
        notes.rewrite(
            ptr,
            "enum-union",
            format!("`{key}` of enums becomes one `enum` of their values"),
        );
    }
}

/// A `default` that is not one of the schema's `enum` values, or not of its single `type`
/// (`default: none` on an object), makes typify refuse the whole document: it is dropped, and the server applies its own default
/// to an omitted field. A union decides its own type, so a schema with one is left alone.
fn mismatched_default(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if map.contains_key("oneOf") || map.contains_key("anyOf") {
        return;
    }
    let Some(default) = map.get("default") else {
        return;
    };
    let t = map.get("type").and_then(Value::as_str);
    let allowed = map.get("enum").and_then(Value::as_array);
    let fits = match (t, default) {
        (_, Value::Null) => map.get("nullable") == Some(&json!(true)),
        _ if allowed.is_some() => allowed.is_some_and(|values| values.contains(default)),
        (None, _) => true,
        (Some("integer"), Value::Number(n)) => n.is_i64() || n.is_u64(),
        (Some("number"), Value::Number(_))
        | (Some("string"), Value::String(_))
        | (Some("boolean"), Value::Bool(_))
        | (Some("array"), Value::Array(_))
        | (Some("object"), Value::Object(_)) => true,
        _ => false,
    };
    if !fits {
        let message = format!("`default: {default}` is not a value of the schema; dropped");
        map.remove("default");
        notes.dropped(ptr, "default", message);
    }
}

/// typify names a schema after its `title` when it has one, and gives every later schema of the
/// same name the first one's type: FastAPI documents title every property (`Type`, `Metadata`),
/// so unrelated schemas would share one wrong type, and a nullable component titled with its own
/// name would contain itself. Titles are dropped: a component is named after its key, any other
/// schema after its place.
fn title(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if let Some(title) = map.remove("title") {
        notes.rewrite(
            ptr,
            "title",
            format!("`title: {title}` dropped: the type is named after its place"),
        );
    }
}

/// `required: [clientId]` beside a declared `client_id`: typify adds an undeclared required name
/// as a field of its own, which the declared one's Rust name then clashes with. The name that
/// differs only in case, `_` or `-` from exactly one declared property is taken to mean it.
fn required_spelling(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    let Some(Value::Object(properties)) = map.get("properties") else {
        return;
    };
    let key = |name: &str| -> String {
        name.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut fixes = Vec::new();
    for (i, name) in map
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let Some(name) = name.as_str().filter(|n| !properties.contains_key(*n)) else {
            continue;
        };
        let mut declared = properties.keys().filter(|p| key(p) == key(name));
        if let (Some(declared), None) = (declared.next(), declared.next()) {
            fixes.push((i, name.to_string(), declared.clone()));
        }
    }
    for (i, written, declared) in fixes {
        notes.rewrite(
            ptr,
            "required-spelling",
            format!("`required` names `{written}`, which is not declared: `{declared}` is"),
        );
        map["required"][i] = json!(declared);
    }
}

/// `$ref` with siblings (3.1 keeps them, 3.0 ignores them) to `allOf: [{$ref}]` plus the siblings,
/// so that a description or `nullable` survives.
fn ref_siblings(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if map.len() < 2 {
        return;
    }
    let Some(reference) = map.remove("$ref") else {
        return;
    };
    let siblings: Vec<&str> = map.keys().map(String::as_str).collect();
    notes.rewrite(
        ptr,
        "ref-siblings",
        format!(
            "`$ref` with {} becomes `allOf: [$ref]`",
            siblings.join(", ")
        ),
    );
    map.insert("allOf".into(), json!([{ "$ref": reference }]));
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{apply, yaml};
    use super::*;

    #[test]
    fn a_component_composed_of_itself_is_reported() {
        let doc = yaml(
            "components:
  schemas:
    Direct: {allOf: [{$ref: '#/components/schemas/Direct'}, {type: object}]}
    Via: {oneOf: [{allOf: [{$ref: '#/components/schemas/Other'}]}, {type: string}]}
    Other: {anyOf: [{$ref: '#/components/schemas/Via'}, {type: 'null'}]}
    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
    Union: {oneOf: [{$ref: '#/components/schemas/Union'}, {type: string}]}
    Merged: {allOf: [{properties: {next: {}}}, {properties: {next: {$ref: '#/components/schemas/Merged'}}}]}
    Part: {properties: {next: {type: object}}}
    ViaPart: {allOf: [{$ref: '#/components/schemas/Part'}, {properties: {next: {allOf: [{$ref: '#/components/schemas/ViaPart'}]}}}]}
    Node: {allOf: [{$ref: '#/components/schemas/Part'}, {properties: {children: {items: {$ref: '#/components/schemas/Node'}}}}]}
    Deep: {properties: {x: {allOf: [{$ref: '#/components/schemas/Deep'}, {type: object}]}}}
    Map: {additionalProperties: {allOf: [{$ref: '#/components/schemas/Entry'}, {type: object}]}}
    Entry: {properties: {inner: {$ref: '#/components/schemas/Map'}}}
    SelfUnion: {oneOf: [{type: string}, {oneOf: [{type: integer}, {$ref: '#/components/schemas/SelfUnion'}]}]}
    MergesSelfUnion: {allOf: [{type: object}, {$ref: '#/components/schemas/SelfUnion'}]}
    Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {type: string}]}
    Cat: {allOf: [{$ref: '#/components/schemas/Base'}, {properties: {meow: {type: string}}}]}
    Base: {properties: {name: {type: string}}}
    OpenMerge: {allOf: [{additionalProperties: {}}, {properties: {next: {$ref: '#/components/schemas/OpenMerge'}}}]}",
        );
        let mut notes = Notes::default();
        all_of_cycles(&doc, &mut notes);
        let flagged: Vec<&str> = notes.0.iter().map(|n| n.pointer.as_str()).collect();
        assert_eq!(
            flagged,
            [
                "/components/schemas/Deep",
                "/components/schemas/Direct",
                "/components/schemas/Merged",
                "/components/schemas/MergesSelfUnion",
                "/components/schemas/OpenMerge",
                "/components/schemas/Via",
                "/components/schemas/ViaPart"
            ]
        );
        assert!(
            notes
                .0
                .iter()
                .all(|n| n.severity == super::super::Severity::Error)
        );
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        let (v, rules) = apply(type_array, "type: [string, 'null']\nmaxLength: 3");
        assert_eq!(v, yaml("type: string\nnullable: true\nmaxLength: 3"));
        assert_eq!(rules, ["type-array"]);
    }

    #[test]
    fn type_array_of_several_types_is_any_value() {
        let (v, rules) = apply(type_array, "type: [string, integer]");
        assert_eq!(v, yaml("{}"));
        assert_eq!(rules, ["type-array"]);
    }

    #[test]
    fn lone_null_type_is_a_nullable_null_enum() {
        let (v, _) = apply(type_array, "type: 'null'");
        assert_eq!(v, yaml("nullable: true\nenum: [null]"));
    }

    #[test]
    fn const_of_each_kind_becomes_a_typed_enum() {
        assert_eq!(
            apply(const_to_enum, "const: agent_run").0,
            yaml("type: string\nenum: [agent_run]")
        );
        assert_eq!(
            apply(const_to_enum, "type: boolean\nconst: true").0,
            yaml("type: boolean\nenum: [true]")
        );
        assert_eq!(
            apply(const_to_enum, "const: 2").0,
            yaml("type: integer\nenum: [2]")
        );
        assert_eq!(
            apply(const_to_enum, "const: 2.5").0,
            yaml("type: number\nenum: [2.5]")
        );
    }

    #[test]
    fn null_inside_enum_becomes_nullable() {
        let (v, _) = apply(null_in_enum, "type: string\nenum: [a, b, null]");
        assert_eq!(v, yaml("type: string\nenum: [a, b]\nnullable: true"));
    }

    #[test]
    fn an_untyped_enum_with_null_gets_the_type_of_its_values() {
        let typed = |text| apply(null_in_enum, text).0["type"].clone();
        assert_eq!(typed("enum: [null, local]"), json!("string"));
        assert_eq!(typed("enum: [null, 1, 2.5]"), json!("number"));
        assert_eq!(typed("enum: [null, 1, 2]"), json!("integer"));
        // Mixed kinds name no single type: left for typify to report.
        assert_eq!(typed("enum: [null, a, 1]"), Value::Null);
    }

    #[test]
    fn numeric_exclusive_bounds_become_boolean_ones() {
        let (v, rules) = apply(
            exclusive_bounds,
            "type: integer\nexclusiveMinimum: 0\nexclusiveMaximum: 100",
        );
        assert_eq!(
            v,
            yaml(
                "type: integer\nexclusiveMinimum: true\nexclusiveMaximum: true\nminimum: 0\nmaximum: 100"
            )
        );
        assert_eq!(rules, ["exclusiveMinimum", "exclusiveMaximum"]);
    }

    #[test]
    fn boolean_exclusive_bounds_are_left_alone() {
        let (v, rules) = apply(exclusive_bounds, "minimum: 0\nexclusiveMinimum: true");
        assert_eq!(v, yaml("minimum: 0\nexclusiveMinimum: true"));
        assert!(rules.is_empty());
    }

    #[test]
    fn null_branch_beside_a_ref_becomes_nullable_all_of() {
        let (v, _) = apply(
            null_branch,
            "oneOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}]\ndescription: d",
        );
        assert_eq!(
            v,
            yaml("description: d\nnullable: true\nallOf: [{$ref: '#/components/schemas/A'}]")
        );
    }

    #[test]
    fn null_branch_beside_an_inline_schema_is_merged() {
        let (v, _) = apply(
            null_branch,
            "anyOf: [{type: string, format: date-time}, {type: 'null'}]",
        );
        assert_eq!(v, yaml("nullable: true\ntype: string\nformat: date-time"));
    }

    #[test]
    fn a_merged_null_branch_gets_the_keyword_rules_too() {
        let mut v = yaml("anyOf: [{type: number, exclusiveMinimum: 0, const: 1}, {type: 'null'}]");
        let mut notes = Notes::default();
        walk(&mut v, "/s", &mut notes);
        assert_eq!(
            v,
            yaml("{nullable: true, type: number, minimum: 0, exclusiveMinimum: true, enum: [1]}")
        );
        assert_eq!(notes.rules(), ["null-branch", "const", "exclusiveMinimum"]);
    }

    #[test]
    fn null_branch_beside_several_schemas_keeps_the_union() {
        let (v, _) = apply(
            null_branch,
            "oneOf: [{type: string}, {type: integer}, {type: 'null'}]",
        );
        assert_eq!(
            v,
            yaml("nullable: true\noneOf: [{type: string}, {type: integer}]")
        );
    }

    #[test]
    fn a_default_of_another_type_is_dropped() {
        let kept = |text| apply(mismatched_default, text).0.get("default").cloned();
        assert_eq!(kept("{type: object, default: none}"), None);
        assert_eq!(kept("{type: integer, default: 0.5}"), None);
        assert_eq!(kept("{type: string, default: null}"), None);
        assert_eq!(
            kept("{type: string, nullable: true, default: null}"),
            Some(Value::Null)
        );
        assert_eq!(kept("{type: number, default: 1}"), Some(json!(1)));
        assert_eq!(kept("{type: array, default: []}"), Some(json!([])));
        assert_eq!(kept("{enum: [text, audio], default: [text, audio]}"), None);
        assert_eq!(kept("{type: string, enum: [a, b], default: c}"), None);
        assert_eq!(
            kept("{type: string, enum: [a, b], default: b}"),
            Some(json!("b"))
        );
        // The union's branch may take the value.
        let union = "{type: boolean, default: auto, oneOf: [{type: boolean}, {enum: [auto]}]}";
        assert_eq!(kept(union), Some(json!("auto")));
    }

    #[test]
    fn titles_are_dropped() {
        let (v, rules) = apply(title, "{title: Type, enum: [a]}");
        assert_eq!(v, yaml("{enum: [a]}"));
        assert_eq!(rules, ["title"]);
    }

    #[test]
    fn a_union_with_a_bare_branch_of_its_type_becomes_that_type() {
        let (v, rules) = apply(
            widened_union,
            "{description: d, default: auto, anyOf: [{type: [string]}, {type: string, enum: [auto, 1024x1024]}]}",
        );
        assert_eq!(v, yaml("{description: d, default: auto, type: string}"));
        assert_eq!(rules, ["widened-union"]);
        // Branches of other types, or none unconstrained: a real union.
        for union in [
            "anyOf: [{type: string}, {type: integer}]",
            "anyOf: [{type: string, format: uri}, {type: string, enum: [a]}]",
            "oneOf: [{type: object}, {type: object, properties: {a: {}}}]",
        ] {
            assert_eq!(apply(widened_union, union).0, yaml(union), "{union}");
        }
    }

    #[test]
    fn required_names_spelt_unlike_their_property_are_matched() {
        let (v, rules) = apply(
            required_spelling,
            "{properties: {client_id: {}, scope: {}, a_b: {}, ab: {}}, required: [clientId, scope, aB, other]}",
        );
        // `aB` could be either of two properties, `other` none: both left as written.
        assert_eq!(v["required"], json!(["client_id", "scope", "aB", "other"]));
        assert_eq!(rules, ["required-spelling"]);
    }

    #[test]
    fn a_nullable_union_component_becomes_a_nullable_reference_to_the_union() {
        let mut doc = yaml(
            "components:
  schemas:
    Stop: {description: d, anyOf: [{type: string}, {type: array, items: {type: string}}, {type: 'null'}]}
    StopInner: {type: integer}
    Plain: {nullable: true, type: string}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["Stop"],
            yaml(
                "{description: d, nullable: true, allOf: [{$ref: '#/components/schemas/StopInner_'}]}"
            )
        );
        assert_eq!(
            schemas["StopInner_"],
            yaml("anyOf: [{type: string}, {type: array, items: {type: string}}]")
        );
        assert_eq!(schemas["Plain"], yaml("{nullable: true, type: string}"));
        assert_eq!(notes.rules(), ["null-branch", "nullable-union"]);
    }

    #[test]
    fn a_union_of_enums_of_one_type_becomes_one_enum() {
        let (v, rules) = apply(
            enum_union,
            "{description: d, anyOf: [{type: string, enum: [a, b]}, {type: string, const: c, description: C}]}",
        );
        assert_eq!(v, yaml("{description: d, type: string, enum: [a, b, c]}"));
        assert_eq!(rules, ["enum-union"]);
        for union in [
            // Values in two branches of a `oneOf`: no value may be valid.
            "oneOf: [{type: string, enum: [a, b]}, {type: string, enum: [b]}]",
            "anyOf: [{type: string, enum: [a]}, {type: integer, enum: [1]}]",
            "anyOf: [{type: string, enum: [a]}, {type: string}]",
        ] {
            assert_eq!(apply(enum_union, union).0, yaml(union), "{union}");
        }
    }

    #[test]
    fn nullable_beside_a_reference_that_admits_null_is_dropped() {
        let mut doc = yaml(
            "components:
  schemas:
    Reasoning: {type: object, nullable: true}
    Inputs: {anyOf: [{type: string}, {type: array, items: {type: string}}, {nullable: true}]}
    Plain: {type: object}
    Result:
      type: object
      properties:
        reasoning: {$ref: '#/components/schemas/Reasoning', nullable: true}
        inputs: {anyOf: [{$ref: '#/components/schemas/Inputs'}, {type: 'null'}]}
        plain: {$ref: '#/components/schemas/Plain', nullable: true}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        let props = &doc["components"]["schemas"]["Result"]["properties"];
        assert_eq!(
            props["reasoning"],
            yaml("allOf: [{$ref: '#/components/schemas/Reasoning'}]")
        );
        assert_eq!(
            props["inputs"],
            yaml("allOf: [{$ref: '#/components/schemas/Inputs'}]")
        );
        assert_eq!(props["plain"]["nullable"], true);
        let dropped: Vec<&str> = notes
            .0
            .iter()
            .filter(|n| n.rule == "redundant-nullable")
            .map(|n| n.pointer.as_str())
            .collect();
        assert_eq!(
            dropped,
            [
                "/components/schemas/Result/properties/reasoning",
                "/components/schemas/Result/properties/inputs"
            ]
        );
    }

    #[test]
    fn ref_with_description_is_wrapped_in_all_of() {
        let (v, rules) = apply(
            ref_siblings,
            "$ref: '#/components/schemas/A'\ndescription: kept",
        );
        assert_eq!(
            v,
            yaml("description: kept\nallOf: [{$ref: '#/components/schemas/A'}]")
        );
        assert_eq!(rules, ["ref-siblings"]);
    }

    #[test]
    fn bare_ref_is_left_alone() {
        let (v, rules) = apply(ref_siblings, "$ref: '#/components/schemas/A'");
        assert_eq!(v, yaml("$ref: '#/components/schemas/A'"));
        assert!(rules.is_empty());
    }

    #[test]
    fn unsupported_keywords_are_dropped_with_a_note_each() {
        let (v, rules) = apply(
            drop_unsupported_keywords,
            "type: object\npropertyNames: {type: string}\n$comment: c\nif: {}\nthen: {}\nelse: {}\n$schema: s\n$id: i\nunevaluatedProperties: false\ndependentRequired: {}\ndependentSchemas: {}",
        );
        assert_eq!(v, yaml("type: object"));
        assert_eq!(rules.len(), 10);
    }

    #[test]
    fn tuples_become_arrays() {
        assert_eq!(
            apply(
                prefix_items,
                "type: array\nprefixItems: [{type: string}, {type: string}]\nitems: false"
            )
            .0,
            yaml("type: array\nitems: {type: string}")
        );
        assert_eq!(
            apply(
                prefix_items,
                "type: array\nprefixItems: [{type: string}, {type: integer}]"
            )
            .0,
            yaml("type: array\nitems: {}")
        );
        assert_eq!(
            apply(
                prefix_items,
                "type: array\nprefixItems: [{type: string}]\nitems: {type: integer}"
            )
            .0,
            yaml("type: array\nitems: {type: integer}")
        );
    }

    #[test]
    fn examples_become_the_first_example() {
        let (v, _) = apply(map_examples, "type: string\nexamples: [a, b]");
        assert_eq!(v, yaml("type: string\nexample: a"));
    }

    #[test]
    fn base64_content_encoding_is_format_byte() {
        let (v, rules) = apply(
            map_content_encoding,
            "type: string\ncontentEncoding: base64\ncontentMediaType: image/png",
        );
        assert_eq!(v, yaml("type: string\nformat: byte"));
        assert_eq!(rules, ["contentEncoding", "contentMediaType"]);
    }

    #[test]
    fn union_of_every_json_type_is_any_value() {
        let seed = "description: Any JSON value.\noneOf:\n- type: 'null'\n- type: boolean\n- type: number\n- type: string\n- {type: array, items: {$ref: '#/components/schemas/JsonValue'}}\n- {type: object, additionalProperties: {$ref: '#/components/schemas/JsonValue'}}";
        let (v, _) = apply(any_value, seed);
        assert_eq!(v, yaml("description: Any JSON value."));
        let (v, _) = apply(
            any_value,
            "type: [string, number, boolean, object, array, 'null']",
        );
        assert_eq!(v, yaml("{}"));
        let (v, rules) = apply(any_value, "oneOf: [{type: string}, {type: number}]");
        assert_eq!(v, yaml("oneOf: [{type: string}, {type: number}]"));
        assert!(rules.is_empty());
    }

    #[test]
    fn any_value_components_are_inlined_at_every_reference() {
        let mut doc = yaml(
            "components:\n  schemas:\n    JsonValue: {oneOf: [{type: 'null'}, {type: boolean}, {type: number}, {type: string}, {type: array}, {type: object}]}\n    Err:\n      type: object\n      additionalProperties: {$ref: '#/components/schemas/JsonValue'}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        assert_eq!(
            doc,
            yaml("components:\n  schemas:\n    Err: {type: object, additionalProperties: {}}")
        );
    }

    #[test]
    fn walk_reaches_nested_schemas_and_true_schemas() {
        let mut doc = yaml(
            "type: object\nproperties:\n  a: {type: array, items: {const: x}}\n  b: true\n  c: {allOf: [{type: [integer, 'null']}]}",
        );
        let mut notes = Notes::default();
        walk(&mut doc, "", &mut notes);
        assert_eq!(
            doc,
            yaml(
                "type: object\nproperties:\n  a: {type: array, items: {type: string, enum: [x]}}\n  b: {}\n  c: {allOf: [{type: integer, nullable: true}]}"
            )
        );
    }

    #[test]
    fn false_schema_is_reported() {
        let mut doc = yaml("type: object\nproperties: {a: false}");
        let mut notes = Notes::default();
        walk(&mut doc, "", &mut notes);
        assert_eq!(notes.0[0].severity, super::super::Severity::Error);
        assert_eq!(notes.0[0].pointer, "/properties/a");
    }
}
