//! How a schema says `null`: 3.1 spells it as a type, an enum value or a union branch, 3.0 as
//! `nullable`; and the `nullable`s typify cannot take although they are valid 3.0.

use serde_json::{Map, Value, json};

use super::Notes;
use super::keywords::infer_type;
use super::openapi::{MAX_REF_CHAIN, is_data};
use crate::pointer::{join, schema_ref_name};

/// `type: [T, 'null']` to `type: T, nullable: true`. Several non-null types become an any value.
pub fn type_array(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// `enum: [a, b, null]` to `enum: [a, b], nullable: true`.
pub fn null_in_enum(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// A oneOf/anyOf with a `{type: 'null'}` branch: the branch becomes `nullable: true`. One
/// remaining `$ref` is wrapped in `allOf` (3.0 ignores siblings of `$ref`); one remaining inline
/// schema is merged into the parent.
pub fn null_branch(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// `{nullable: true, allOf: [$ref]}` where the referenced schema admits `null` already:
/// progenitor wraps it in a union of `null` and the reference, typify sees `null` on both
/// sides and asserts while merging such a property through an `allOf`. The outer `nullable`
/// goes; the value still may be `null`.
pub fn redundant_nullable(doc: &mut Value, notes: &mut Notes) {
    let schemas = doc.pointer("/components/schemas").unwrap_or(&Value::Null);
    let mut found = Vec::new();
    nullable_beside_nullable_refs(doc, "", schemas, &mut found);
    for ptr in found {
        if let Some(map) = doc.pointer_mut(&ptr).and_then(Value::as_object_mut) {
            map.remove("nullable");
        }
        notes.rewrite(
            &ptr,
            "redundant-nullable",
            "`nullable` dropped: the referenced schema admits `null` itself",
        );
    }
}

/// The pointers [`redundant_nullable`] applies to. Its own walk rather than
/// [`visit`](super::openapi::visit): it reads every key below a pointer ending in `/properties`,
/// which includes the data of a schema named `properties`, and would reach other nodes there.
fn nullable_beside_nullable_refs(
    node: &Value,
    ptr: &str,
    schemas: &Value,
    found: &mut Vec<String>,
) {
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
                found.push(ptr.to_string());
            }
            // Data holds no schemas, but a property may be called `default`.
            let in_properties = ptr.ends_with("/properties");
            for (k, v) in map {
                if in_properties || !is_data(k) {
                    nullable_beside_nullable_refs(v, &join(ptr, k), schemas, found);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                nullable_beside_nullable_refs(v, &format!("{ptr}/{i}"), schemas, found);
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
pub fn nullable_union_components(doc: &mut Value, notes: &mut Notes) {
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{apply, yaml};
    use super::*;

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
}
