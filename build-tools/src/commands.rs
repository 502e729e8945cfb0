//! The command table of a document: every operation as a command a command line can offer
//! without code of its own, with its one-line summary, a flag per path, query and header
//! parameter, and a flag per top-level field of a JSON object body.
//!
//! The generator emits data; the command line (`cli/`, whose build script writes the table of
//! each document into its `OUT_DIR`) turns it into clap commands at run time and sends them
//! through the client's hooks, so a new document or operation gains its command with no hand
//! edit and no per-operation Rust is compiled.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::normalize::Normalized;
use crate::normalize::openapi::{operations_of, resolve, wrapped};

/// The commands of one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commands {
    /// The module (and command) name, e.g. `agent`.
    pub module: String,
    /// The file in `openapi/`.
    pub file: String,
    /// One line: `info.title`.
    pub about: String,
    /// Every operation, in document order.
    pub operations: Vec<Command>,
}

/// One operation as a command.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Command {
    /// The operationId, what the client sends it by.
    pub id: String,
    /// The command: the operationId in kebab case (`create-agent-run`).
    pub name: String,
    /// One line: the summary, else the first line of the description, else the operationId.
    pub summary: String,
    /// The description, for `--help`.
    pub description: Option<String>,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template, below the server's path (`/websets/v0/websets/{id}`).
    pub path: String,
    /// Path, query and header parameters; the path parameters first, in template order.
    pub params: Vec<Flag>,
    /// The request body, when the operation takes one.
    pub body: Option<Body>,
    /// Whether a success may be `text/event-stream`.
    pub stream: bool,
}

/// A request body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Body {
    /// Whether the document requires it.
    pub required: bool,
    /// Its media type, e.g. `application/json`.
    pub content_type: String,
    /// The top-level fields of a JSON object body (empty for any other body).
    pub fields: Vec<Flag>,
}

/// One parameter or body field, as a flag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    /// Its name in the document (the query key, the header, the JSON field).
    pub name: String,
    /// The flag: the name in kebab case (`--output-schema`).
    pub flag: String,
    /// `path`, `query`, `header` or `body`.
    pub location: String,
    /// The value's type: `string`, `integer`, `number`, `boolean` or `json` (an object or
    /// anything else, given as JSON text).
    pub kind: String,
    /// Whether the flag may be repeated (an array of scalars in a query or header).
    pub list: bool,
    /// Whether the document requires it.
    pub required: bool,
    /// One line of description.
    pub help: Option<String>,
    /// The values an enum allows.
    pub values: Vec<String>,
}

/// The command table of each document in `dir` (what [`crate::modules::documents`] finds),
/// sorted by module name.
pub fn tables(dir: &std::path::Path) -> Result<Vec<Commands>, crate::Error> {
    let mut tables = Vec::new();
    for document in crate::modules::documents(dir)? {
        let path = &document.path;
        let normalized =
            crate::normalize(crate::load(path)?).map_err(|problems| crate::Error::Unsupported {
                path: path.clone(),
                problems,
            })?;
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        tables.push(commands(&normalized, &document.module, &file));
    }
    Ok(tables)
}

/// The command table of a normalized document (`module` and `file` name it).
pub fn commands(normalized: &Normalized, module: &str, file: &str) -> Commands {
    let spec = &normalized.spec;
    let components = spec.get("components").unwrap_or(&Value::Null);
    let about = spec
        .pointer("/info/title")
        .and_then(Value::as_str)
        .map(one_line)
        .unwrap_or_else(|| module.to_string());
    let mut operations = Vec::new();
    for (path, item) in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (method, op) in operations_of(item) {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            operations.push(command(id, path, method, item, op, components));
        }
    }
    Commands {
        module: module.to_string(),
        file: file.to_string(),
        about,
        operations,
    }
}

fn command(
    id: &str,
    path: &str,
    method: &str,
    item: &Value,
    op: &Value,
    components: &Value,
) -> Command {
    let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::trim);
    let description = text("description").filter(|d| !d.is_empty());
    let summary = text("summary")
        .filter(|s| !s.is_empty())
        .or(description)
        .map(one_line)
        .unwrap_or_else(|| id.to_string());
    // The operation's parameters win over the path item's of the same name and place.
    let mut params: Vec<Flag> = Vec::new();
    let declared = [op, item]
        .into_iter()
        .filter_map(|v| v.get("parameters").and_then(Value::as_array))
        .flatten()
        .map(|p| resolve(p, components));
    for param in declared {
        let (Some(name), Some(location)) = (
            param.get("name").and_then(Value::as_str),
            param.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        if !matches!(location, "path" | "query" | "header")
            || params
                .iter()
                .any(|p| p.name == name && p.location == location)
        {
            continue;
        }
        // A path parameter the template does not name is not sent.
        if location == "path" && !path.contains(&format!("{{{name}}}")) {
            continue;
        }
        let schema = param.get("schema").unwrap_or(&Value::Null);
        let required = location == "path" || param.get("required") == Some(&Value::Bool(true));
        let description = param
            .get("description")
            .and_then(Value::as_str)
            .or_else(|| schema_text(schema, components, "description"));
        params.push(flag(
            name,
            location,
            schema,
            required,
            description,
            true,
            components,
        ));
    }
    // Path parameters in template order: the client fills the template with them in that order.
    let position = |p: &Flag| match p.location.as_str() {
        "path" => path.find(&format!("{{{}}}", p.name)).unwrap_or(0),
        _ => usize::MAX,
    };
    params.sort_by_key(position);
    Command {
        id: id.to_string(),
        name: heck::AsKebabCase(id).to_string(),
        summary,
        description: description.map(String::from),
        method: method.to_ascii_uppercase(),
        path: path.to_string(),
        params,
        body: body(op, components),
        stream: op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(status, _)| status.starts_with('2'))
            .any(|(_, response)| {
                resolve(response, components)
                    .pointer("/content/text~1event-stream")
                    .is_some()
            }),
    }
}

fn body(op: &Value, components: &Value) -> Option<Body> {
    let body = resolve(op.get("requestBody")?, components);
    let content = body.get("content").and_then(Value::as_object)?;
    let (content_type, media) = content
        .iter()
        .find(|(t, _)| t.contains("json"))
        .or_else(|| content.iter().next())?;
    let mut fields = Vec::new();
    if content_type.contains("json") {
        let schema = media.get("schema").unwrap_or(&Value::Null);
        object_fields(schema, components, &mut fields, 0);
    }
    Some(Body {
        required: body.get("required") == Some(&Value::Bool(true)),
        content_type: content_type.clone(),
        fields,
    })
}

/// The properties of an object schema, and of each member of its `allOf`.
fn object_fields(schema: &Value, components: &Value, fields: &mut Vec<Flag>, depth: usize) {
    let Some(schema) = wrapped(schema, components).last() else {
        return;
    };
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if fields.iter().any(|f| &f.name == name) {
            continue;
        }
        let description = schema_text(property, components, "description");
        let required = required.contains(&name.as_str());
        fields.push(flag(
            name,
            "body",
            property,
            required,
            description,
            false,
            components,
        ));
    }
    if depth < 4 {
        for member in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            object_fields(member, components, fields, depth + 1);
        }
    }
}

/// `lists`: whether an array of scalars becomes a repeated flag (query and header
/// parameters); in a body, an array is given as JSON.
fn flag(
    name: &str,
    location: &str,
    schema: &Value,
    required: bool,
    description: Option<&str>,
    lists: bool,
    components: &Value,
) -> Flag {
    let (mut kind, values) = scalar(schema, components);
    let mut list = false;
    if kind == "array" {
        let items = wrapped(schema, components)
            .find_map(|s| s.get("items"))
            .unwrap_or(&Value::Null);
        let (item_kind, _) = scalar(items, components);
        list = lists && !matches!(item_kind.as_str(), "json" | "array");
        kind = if list { item_kind } else { "json".into() };
    }
    Flag {
        name: name.to_string(),
        flag: heck::AsKebabCase(name).to_string(),
        location: location.to_string(),
        kind,
        list,
        required,
        help: description.map(one_line).filter(|h| !h.is_empty()),
        values,
    }
}

/// The type of a schema (`array` for an array, `json` for anything that is not a scalar) and
/// the values of a string enum.
fn scalar(schema: &Value, components: &Value) -> (String, Vec<String>) {
    for s in wrapped(schema, components) {
        let values: Vec<String> = s
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
        if let Some(kind) = s.get("type").and_then(Value::as_str) {
            let kind = match kind {
                "string" | "integer" | "number" | "boolean" | "array" => kind,
                _ => "json",
            };
            return (kind.to_string(), values);
        }
        if !values.is_empty() {
            return ("string".into(), values);
        }
    }
    ("json".into(), Vec::new())
}

fn schema_text<'a>(schema: &'a Value, components: &'a Value, key: &str) -> Option<&'a str> {
    wrapped(schema, components).find_map(|s| s.get(key).and_then(Value::as_str))
}

/// The first line of `text`, whitespace collapsed, at most 160 characters (cut at a word).
fn one_line(text: &str) -> String {
    const MAX: usize = 160;
    let first = text
        .trim()
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if first.chars().count() <= MAX {
        return first;
    }
    let cut: String = first.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}...")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(doc: Value) -> Commands {
        let normalized = crate::normalize(doc).expect("the document normalizes");
        commands(&normalized, "demo", "exa-demo.yaml")
    }

    #[test]
    fn each_operation_becomes_a_kebab_case_command_with_its_flags() {
        let commands = table(serde_json::json!({
            "openapi": "3.1.0",
            "info": {"title": "Demo API\nwith a second line", "version": "1"},
            "paths": {
                "/things/{thingId}": {
                    "post": {
                        "operationId": "updateThing",
                        "summary": "Update a thing",
                        "parameters": [
                            {"name": "thingId", "in": "path", "required": true, "schema": {"type": "string"}},
                            {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                            {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
                        ],
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string", "description": "The name.\n\nMore."},
                                "maxItems": {"type": "integer"},
                                "mode": {"type": "string", "enum": ["fast", "slow"]},
                                "meta": {"type": "object"}
                            }
                        }}}},
                        "responses": {"200": {"description": "ok", "content": {"text/event-stream": {"schema": {"type": "string"}}}}}
                    }
                }
            }
        }));
        assert_eq!(commands.about, "Demo API with a second line");
        let [op] = &commands.operations[..] else {
            panic!("{commands:?}")
        };
        assert_eq!(
            (op.name.as_str(), op.summary.as_str(), op.stream),
            ("update-thing", "Update a thing", true)
        );
        let flags: Vec<_> = op
            .params
            .iter()
            .map(|p| {
                (
                    p.flag.as_str(),
                    p.location.as_str(),
                    p.kind.as_str(),
                    p.list,
                    p.required,
                )
            })
            .collect();
        assert_eq!(
            flags,
            [
                ("thing-id", "path", "string", false, true),
                ("dry-run", "query", "boolean", false, false),
                ("tags", "query", "string", true, false),
            ]
        );
        let body = op.body.as_ref().expect("a body");
        let fields: Vec<_> = body
            .fields
            .iter()
            .map(|f| (f.flag.as_str(), f.kind.as_str(), f.required))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", "string", true),
                ("max-items", "integer", false),
                ("mode", "string", false),
                ("meta", "json", false),
            ]
        );
        assert_eq!(body.fields[0].help.as_deref(), Some("The name."));
        assert_eq!(body.fields[2].values, ["fast", "slow"]);
    }

    #[test]
    fn a_long_summary_is_cut_at_a_word() {
        let long = "word ".repeat(60);
        let line = one_line(&long);
        assert!(line.ends_with("word..."), "{line}");
        assert!(line.chars().count() <= 163);
    }
}
