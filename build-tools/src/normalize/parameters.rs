//! Parameters progenitor cannot send as the document says. progenitor formats path and header
//! values with `to_string` and sends a query array as one `name=item` pair per item, whatever
//! its `style`; it has no cookie jar. Each rule below handles one such case.

use serde_json::{Value, json};

use super::Notes;
use super::openapi::{resolve, set, wrapped};

/// One item of an array path parameter: the default rule for an unconstrained path parameter,
/// which the comma between items would break.
pub const PATH_ITEM: &str = "[A-Za-z0-9_.:-]+";

/// What becomes of a parameter.
enum Fate {
    Keep,
    Drop,
    /// Sent with this schema in the default style instead.
    Retype(Value),
}

/// A rule decides a parameter's fate, or leaves it to the next rule.
type Rule = fn(&Param, &mut Notes) -> Option<Fate>;

/// In order: the first rule that decides, decides.
const RULES: &[Rule] = &[
    cookie,
    content,
    delimited_array,
    unsent_style,
    named_query_array,
    one_or_many,
    nullable,
    object,
];

/// One parameter, as the rules read it.
struct Param<'a> {
    /// Pointer of the parameter where it is listed.
    at: String,
    name: &'a str,
    place: &'a str,
    style: Option<&'a str>,
    required: bool,
    schema: Option<&'a Value>,
    /// The first type its schema's chain declares, and the schema declaring it.
    typed: Option<(&'a str, &'a Value)>,
    /// How the server reads an array sent as one value.
    separator: Option<&'static str>,
    has_content: bool,
}

impl<'a> Param<'a> {
    fn new(p: &'a Value, components: &'a Value, at: String) -> Self {
        let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let style = p.get("style").and_then(Value::as_str);
        let exploded = p.get("explode").and_then(Value::as_bool) != Some(false);
        let schema = p.get("schema");
        let typed = schema.and_then(|s| {
            wrapped(s, components).find_map(|s| match s.get("type").and_then(Value::as_str) {
                Some(t) => Some((t, s)),
                None if s.get("properties").is_some() => Some(("object", s)),
                None if s.get("items").is_some() => Some(("array", s)),
                None => None,
            })
        });
        let separator = match (place, style, typed.map(|(kind, _)| kind)) {
            ("path", None | Some("simple"), Some("array")) | ("header", _, Some("array")) => {
                Some(",")
            }
            ("query", None | Some("form"), Some("array")) if !exploded => Some(","),
            ("query", Some("spaceDelimited"), Some("array")) => Some(" "),
            ("query", Some("pipeDelimited"), Some("array")) => Some("|"),
            _ => None,
        };
        Param {
            at,
            name: p.get("name").and_then(Value::as_str).unwrap_or_default(),
            place,
            style,
            required: p.get("required") == Some(&json!(true)) || place == "path",
            schema,
            typed,
            separator,
            has_content: p.get("content").is_some(),
        }
    }
}

/// Applies [`RULES`] to each parameter of a list, in place.
pub fn unsendable_parameters(params: &mut Value, components: &Value, ptr: &str, notes: &mut Notes) {
    let Some(list) = params.as_array_mut() else {
        return;
    };
    let mut i = 0;
    list.retain_mut(|param| {
        let at = format!("{ptr}/{i}");
        i += 1;
        let resolved = resolve(param, components);
        let p = Param::new(resolved, components, at);
        let fate = RULES.iter().find_map(|rule| rule(&p, notes));
        match fate {
            None | Some(Fate::Keep) => true,
            Some(Fate::Drop) => false,
            Some(Fate::Retype(schema)) => {
                *param = with_schema(resolved, schema);
                true
            }
        }
    });
}

/// A copy with another schema and the default style: a component parameter may serve elsewhere
/// unchanged.
fn with_schema(p: &Value, to: Value) -> Value {
    let mut inline = p.clone();
    if let Some(map) = inline.as_object_mut() {
        map.remove("style");
        map.remove("explode");
        map.remove("content");
    }
    set(&mut inline, "schema", to);
    inline
}

/// A cookie is dropped with a note.
fn cookie(p: &Param, notes: &mut Notes) -> Option<Fate> {
    (p.place == "cookie").then(|| {
        let name = p.name;
        notes.dropped(
            &p.at,
            "cookie-parameter",
            format!("the generated client cannot send cookie `{name}`; dropped"),
        );
        Fate::Drop
    })
}

/// A parameter described by `content` (JSON in a query) becomes a string the caller encodes.
fn content(p: &Param, notes: &mut Notes) -> Option<Fate> {
    (p.schema.is_none() && p.has_content).then(|| {
        let (place, name) = (p.place, p.name);
        notes.rewrite(
            &p.at,
            "parameter-content",
            format!("{place} parameter `{name}` is described by `content`: it becomes a string, the caller passes the encoded value (JSON text)"),
        );
        Fate::Retype(json!({"type": "string"}))
    })
}

/// An array sent as one delimited value (in a path or a header, or a query array with
/// `explode: false` or a `spaceDelimited`/`pipeDelimited` style) becomes a string the caller
/// joins with the delimiter, so that the wire carries what the server reads.
fn delimited_array(p: &Param, notes: &mut Notes) -> Option<Fate> {
    let separator = p.separator?;
    let (place, name) = (p.place, p.name);
    if place == "path" {
        notes.rewrite(
            &p.at,
            "array-parameter",
            format!("path parameter `{name}` is an array: it becomes a string of comma-separated items, each `{PATH_ITEM}`"),
        );
        let pattern = format!("^{PATH_ITEM}(,{PATH_ITEM})*$");
        return Some(Fate::Retype(json!({"type": "string", "pattern": pattern})));
    }
    notes.rewrite(
        &p.at,
        "array-parameter",
        format!("{place} parameter `{name}` is an array sent as one value: it becomes a string, the caller joins the items with `{separator}`"),
    );
    Some(Fate::Retype(json!({"type": "string"})))
}

/// A style progenitor does not send: dropped when optional, reported when required.
fn unsent_style(p: &Param, notes: &mut Notes) -> Option<Fate> {
    let sent_style = if p.place == "query" { "form" } else { "simple" };
    let style = p.style.filter(|style| *style != sent_style)?;
    let (place, name) = (p.place, p.name);
    Some(unsendable(
        p,
        notes,
        "parameter-style",
        format!("{place} parameter `{name}` has style `{style}`, which the generator cannot send"),
    ))
}

/// A named array in a query is inlined: its newtype would reach the URL encoder as one value,
/// which it refuses at run time.
fn named_query_array(p: &Param, notes: &mut Notes) -> Option<Fate> {
    let (Some(schema), Some(("array", array))) = (p.schema, p.typed) else {
        return None;
    };
    if p.place != "query" || std::ptr::eq(schema, array) {
        return None;
    }
    let name = p.name;
    notes.rewrite(
        &p.at,
        "array-parameter",
        format!("query parameter `{name}` names its array schema: inlined, so that each item is sent as `{name}=item`"),
    );
    Some(Fate::Retype(array.clone()))
}

/// A query union of one value and an array of them becomes the array, the same on the wire.
fn one_or_many(p: &Param, notes: &mut Notes) -> Option<Fate> {
    if p.place != "query" {
        return None;
    }
    let many = p.schema.and_then(array_of_one_or_many)?;
    let name = p.name;
    notes.rewrite(
        &p.at,
        "one-or-many",
        format!("query parameter `{name}` takes one value or an array of them: an array, the same on the wire"),
    );
    Some(Fate::Retype(many))
}

/// `anyOf: [S, {type: array, items: S}]`: the array schema. In a query, one value and an array
/// of one are the same `name=value`; progenitor's mocks cannot format the union.
fn array_of_one_or_many(schema: &Value) -> Option<Value> {
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

/// `null` in a header or path schema goes: absence is how a header says nothing.
fn nullable(p: &Param, notes: &mut Notes) -> Option<Fate> {
    let schema = p.schema?;
    if !matches!(p.place, "header" | "path") || schema.get("nullable") != Some(&json!(true)) {
        return None;
    }
    let (place, name) = (p.place, p.name);
    notes.rewrite(
        &p.at,
        "nullable-parameter",
        format!("{place} parameter `{name}` cannot carry `null`: not nullable"),
    );
    let mut schema = schema.clone();
    if let Some(map) = schema.as_object_mut() {
        map.remove("nullable");
    }
    Some(Fate::Retype(schema))
}

/// An object in a query or a header: dropped when optional, reported when required.
fn object(p: &Param, notes: &mut Notes) -> Option<Fate> {
    if !matches!(p.place, "query" | "header") || !matches!(p.typed, Some(("object", _))) {
        return None;
    }
    let (place, name) = (p.place, p.name);
    Some(unsendable(
        p,
        notes,
        "object-parameter",
        format!("{place} parameter `{name}` is an object, which the generator cannot serialize"),
    ))
}

/// A parameter the generator cannot send: an optional one is dropped with a note (the operation
/// is still generated, without it), a required one is reported and kept.
fn unsendable(p: &Param, notes: &mut Notes, rule: &'static str, message: String) -> Fate {
    if p.required {
        notes.error(&p.at, rule, message);
        Fate::Keep
    } else {
        notes.dropped(&p.at, rule, format!("{message}; optional, dropped"));
        Fate::Drop
    }
}

/// The names of the query parameters of `op` (its own, then its path item's `shared` ones it
/// does not override) whose values are numbers, for the client's table.
pub fn number_query_parameters(
    op: &serde_json::Map<String, Value>,
    shared: &Value,
    components: &Value,
) -> Vec<String> {
    let own: Vec<&Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| resolve(p, components))
        .collect();
    let inherited = shared
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| resolve(p, components))
        .filter(|p| {
            !own.iter()
                .any(|o| o.get("name") == p.get("name") && o.get("in") == p.get("in"))
        });
    let is_number = |schema: &Value| {
        let schema = resolve(schema, components);
        let schema = match schema.get("type") {
            Some(t) if t == "array" => schema
                .get("items")
                .map_or(&Value::Null, |i| resolve(i, components)),
            _ => schema,
        };
        schema.get("type") == Some(&json!("number"))
    };
    own.iter()
        .copied()
        .chain(inherited)
        .filter(|p| p.get("in") == Some(&json!("query")))
        .filter(|p| p.get("schema").is_some_and(is_number))
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(String::from))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    #[test]
    fn number_query_parameters_are_listed_by_name() {
        let op = yaml(
            "parameters: [{in: query, name: limit, schema: {type: number}}, {in: query, name: q, schema: {type: string}}, {in: query, name: ids, schema: {type: array, items: {$ref: '#/components/schemas/N'}}}]",
        );
        let shared = yaml(
            "[{in: query, name: page, schema: {type: number}}, {in: path, name: id, schema: {type: number}}]",
        );
        let components = yaml("schemas: {N: {type: number}}");
        assert_eq!(
            number_query_parameters(op.as_object().unwrap(), &shared, &components),
            ["limit", "ids", "page"]
        );
    }
}
