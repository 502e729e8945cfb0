//! Analyses of the component graph: what typify resolves when it merges an `allOf`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::Notes;
use super::openapi::MAX_REF_CHAIN;
use crate::pointer::{join, schema_ref_name};

/// typify merges the members of an `allOf` by resolving the components they name (directly,
/// or at a property, `items` or `additionalProperties` two members both define) and merging
/// their whole structure: the components their own `oneOf`/`anyOf`/`allOf` members name, and
/// the `allOf`s inside. When such a merge leads back to the component it started from
/// (`S: {allOf: [{$ref: S}, ...]}`, or through other components), or into a union that names
/// itself, typify recurses without end: a stack overflow no `catch_unwind` can stop. It is
/// reported instead. Other cycles, through a property, an array item or a union alone, are
/// ordinary recursion.
pub fn all_of_cycles(doc: &Value, notes: &mut Notes) {
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
/// following `$ref`s: the caller walks from component to component). It skips its own list of
/// data keys, a property of such a name included, and reads extensions.
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

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
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
}
