//! The path table: each operation's path parameters match its template, and their constraints
//! go to the table the client checks before sending, instead of into the generated types.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::openapi::{operations, ref_chain, resolve, wrapped};
use super::{Notes, PathParam};

/// The client checks every path parameter against its pattern before a request leaves (the
/// `spec::OPERATIONS` table keeps it); typify would check it again with a regex engine in the
/// parameter's type, on every call and on every response carrying the type. The pattern is
/// removed from the schemas a path parameter resolves to.
pub fn drop_path_patterns(doc: &mut Value, notes: &mut Notes) {
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

fn template_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .map(|(name, _)| name)
        .collect()
}

/// Makes the operation's path parameters match its template (progenitor panics when they do
/// not) and returns their constraints.
pub fn path_parameters(
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
        name: name.to_string().into(),
        pattern: chain().find_map(|s| {
            s.get("pattern")
                .and_then(Value::as_str)
                .map(|p| p.to_string().into())
        }),
        min_length: chain().find_map(|s| s.get("minLength").and_then(Value::as_u64)),
        max_length: chain().find_map(|s| s.get("maxLength").and_then(Value::as_u64)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

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
}
