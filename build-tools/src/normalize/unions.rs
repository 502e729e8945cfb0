//! Unions typify renders badly or not at all, rewritten to the one schema they mean: any value,
//! a wider type, or one enum.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::Notes;
use crate::pointer::{join, schema_ref_name};

const JSON_TYPES: &[&str] = &["boolean", "string", "array", "object"];

/// A schema written as a union of every JSON type (the seed's `JsonValue`) means "any value":
/// `{}`, which progenitor renders as `serde_json::Value`.
pub fn any_value(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn inline_any_value_components(doc: &mut Value, notes: &mut Notes) {
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

/// Removes every `$ref` to one of `names` below `node`, those in examples and extensions
/// included.
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

/// `anyOf: [{type: string}, {type: string, enum: [auto, ...]}]` (a string, with the values known
/// today) accepts every string. typify renders such overlapping branches as a struct of flattened
/// optional fields, which reads no bare string and refuses a string `default`: the union becomes
/// the branch that accepts everything.
pub fn widened_union(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn enum_union(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{apply, yaml};
    use super::*;

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
}
