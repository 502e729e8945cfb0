//! Schema rules: each maps one JSON Schema 2020-12 construct to its OpenAPI 3.0 equivalent, or
//! drops it with a note. A rule sees one schema object; [`walk`] applies them to every schema.
//! The rules live by kind in [`keywords`](super::keywords), [`nullability`](super::nullability)
//! and [`unions`](super::unions); the analyses of the component graph in
//! [`components`](super::components).

use serde_json::{Map, Value, json};

use super::Notes;
use super::components::all_of_cycles;
use super::keywords::{
    const_to_enum, drop_unsupported_keywords, enum_beside_ref, exclusive_bounds, float_as_double,
    map_content_encoding, map_examples, mismatched_default, prefix_items, ref_siblings,
    required_spelling, title,
};
use super::nullability::{
    null_branch, null_in_enum, nullable_union_components, redundant_nullable, type_array,
};
use super::openapi::schema_roots;
use super::unions::{any_value, enum_union, inline_any_value_components, widened_union};
use crate::pointer::join;

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
    float_as_double,
    type_array,
    const_to_enum,
    null_in_enum,
    exclusive_bounds,
    mismatched_default,
    title,
    required_spelling,
    ref_siblings,
    // After `ref_siblings`, which turns `{$ref, const}` into this shape.
    enum_beside_ref,
];

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
    redundant_nullable(doc, notes);
    all_of_cycles(doc, notes);
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

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

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
