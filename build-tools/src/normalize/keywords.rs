//! Keywords: each JSON Schema 2020-12 keyword maps to its OpenAPI 3.0 spelling, or is dropped
//! with a note; and keywords typify misreads although they are valid 3.0.

use serde_json::{Map, Value, json};

use super::Notes;

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

/// 3.1 `examples: [..]` to 3.0 `example`: the first one.
pub fn map_examples(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn map_content_encoding(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn prefix_items(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// Drops each keyword of [`UNSUPPORTED`], with a note.
pub fn drop_unsupported_keywords(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// `format: float` on a number: typify makes it an `f32`, which changes the value the server
/// sent (`0.005` comes back as `0.004999999888241291`); JSON numbers are doubles, so the format
/// is dropped and the field is an `f64`.
pub fn float_as_double(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if map.get("format") == Some(&json!("float")) {
        map.remove("format");
        notes.rewrite(
            ptr,
            "float-format",
            "`format: float` dropped: a double keeps the number as sent",
        );
    }
}

/// `const: v` to `enum: [v]`.
pub fn const_to_enum(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// Sets `type` from the values an untyped schema allows, when they share one JSON type.
pub fn infer_type(map: &mut Map<String, Value>, values: &[Value]) {
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
pub fn exclusive_bounds(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// A `default` that is not one of the schema's `enum` values, or not of its single `type`
/// (`default: none` on an object), makes typify refuse the whole document: it is dropped, and the server applies its own default
/// to an omitted field. A union decides its own type, so a schema with one is left alone.
pub fn mismatched_default(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn title(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn required_spelling(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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
pub fn ref_siblings(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
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

/// A typed `enum` beside `allOf` references (Discord writes `{type: string, enum: [role],
/// allOf: [{$ref: SnowflakeSelectDefaultValueTypes}]}`, and `const` beside a `$ref` becomes the
/// same): typify checks each enum value against the merged schema and reaches an
/// `unreachable!()` on the reference (`defaults.rs`, `validate_value`). The enum alone says
/// which values are allowed: the references leave `allOf`.
pub fn enum_beside_ref(map: &mut Map<String, Value>, ptr: &str, notes: &mut Notes) {
    if !map.get("enum").is_some_and(Value::is_array) || !map.contains_key("type") {
        return;
    }
    let Some(all_of) = map.get_mut("allOf").and_then(Value::as_array_mut) else {
        return;
    };
    let before = all_of.len();
    all_of.retain(|branch| branch.get("$ref").is_none());
    if all_of.len() == before {
        return;
    }
    if all_of.is_empty() {
        map.remove("allOf");
    }
    notes.rewrite(
        ptr,
        "enum-beside-ref",
        "`enum` beside `allOf: [$ref]`: the enum's values are kept, the reference is dropped",
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{apply, yaml};
    use super::*;

    #[test]
    fn a_float_number_becomes_a_double() {
        let (value, rules) = apply(float_as_double, "{type: number, format: float}");
        assert_eq!(value, yaml("{type: number}"));
        assert_eq!(rules, ["float-format"]);
        let (value, rules) = apply(float_as_double, "{type: integer, format: int32}");
        assert_eq!(value, yaml("{type: integer, format: int32}"));
        assert!(rules.is_empty());
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
    fn an_enum_beside_a_reference_keeps_the_enum_alone() {
        let (v, rules) = apply(
            enum_beside_ref,
            "type: string\nenum: [role]\nallOf: [{$ref: '#/components/schemas/T'}]",
        );
        assert_eq!(v, yaml("type: string\nenum: [role]"));
        assert_eq!(rules, ["enum-beside-ref"]);
        let (v, _) = apply(
            enum_beside_ref,
            "type: string\nenum: [a]\nallOf: [{$ref: '#/components/schemas/T'}, {minLength: 1}]",
        );
        assert_eq!(v, yaml("type: string\nenum: [a]\nallOf: [{minLength: 1}]"));
        // Without `type`, typify takes another path that works: nothing changes.
        let untyped = "enum: [a]\nallOf: [{$ref: '#/components/schemas/T'}]";
        assert_eq!(apply(enum_beside_ref, untyped), (yaml(untyped), vec![]));
    }
}
