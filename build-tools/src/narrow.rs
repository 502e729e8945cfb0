//! Narrows a failure of progenitor or typify (a panic, or an error that names no place in the
//! document) to the operations and the schema that cause it, so that the report names a JSON
//! pointer instead of leaving a reader to bisect the document by hand.
//!
//! 1. If the document's component schemas fail without any operation, the failure is theirs.
//! 2. Otherwise the operations are bisected: each half is generated with the component schemas
//!    it reaches; a half that fails is split again, down to single operations (two halves that
//!    pass alone while their union fails are reported as one group).
//! 3. For each failing operation, the schemas it reaches (its inline ones and the components),
//!    smallest first, are generated one at a time as the only component of an otherwise empty
//!    document: first with every `$ref` inside replaced by `{}`, then, if none fails that way,
//!    with the components it references. The first that fails is then searched the same way
//!    for the smallest sub-schema (property, item, union branch) that still fails.
//!
//! "Fails" means the same message as the whole document: a sub-document that fails another way
//! is a different problem. Pointers are into the normalized document, whose paths and component
//! names are the original's; the caller maps them onto the document as written. The search has
//! a time budget: past it, what was found so far is reported.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::pointer::join;

/// How long narrowing may take before it reports what it has found.
const BUDGET: Duration = Duration::from_secs(60);

/// HTTP methods of a path item.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The component name a schema that is not a component is generated under.
const PROBE: &str = "NarrowedSchema";

/// One failure of the generator, narrowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The JSON pointer (`#/paths/...`) of the operation that fails alone; `None` when the
    /// component schemas fail without any operation.
    pub operation: Option<String>,
    /// The JSON pointer of the smallest schema that fails alone; `None` when no schema does
    /// (the operation's own shape fails, or the search ran out of time).
    pub schema: Option<String>,
    /// progenitor's or typify's message (a panic's payload).
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let none = "(none)";
        write!(
            f,
            "operation {} schema {}: {}",
            self.operation.as_deref().unwrap_or(none),
            self.schema.as_deref().unwrap_or(none),
            self.message
        )
    }
}

impl Failure {
    /// The same failure with each pointer moved to the nearest place that exists in `document`
    /// (the document as written: the normalizer rewrites some schemas into `allOf`s and
    /// hoists others into components of their own).
    pub fn located_in(mut self, document: &Value) -> Self {
        self.operation = self.operation.map(|p| locate(&p, document));
        self.schema = self.schema.map(|p| locate(&p, document));
        self
    }
}

/// The longest prefix of `pointer` that exists in `document`, kept to at least the component
/// or the operation; the pointer unchanged when not even that exists.
fn locate(pointer: &str, document: &Value) -> String {
    let mut candidate = pointer;
    loop {
        if document.pointer(&candidate[1..]).is_some() {
            return candidate.to_string();
        }
        match candidate.rfind('/') {
            Some(at) if candidate[..at].matches('/').count() >= 3 => candidate = &candidate[..at],
            _ => return pointer.to_string(),
        }
    }
}

/// An operation: its path template and lower-case method.
type Op = (String, String);

/// Narrows the failure `message` of the whole `spec` (a normalized document); `fails` generates
/// a sub-document the same way and returns its failure message, if any.
pub(crate) fn narrow(
    spec: &Value,
    message: &str,
    fails: &dyn Fn(&Value) -> Option<String>,
) -> Vec<Failure> {
    let mut base = spec.clone();
    base["paths"] = Value::Object(Map::new());
    keep_schemas(&mut base, |_| false);
    let sizes = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, schema)| (name.clone(), schema.to_string().len()))
        .collect();
    let mut search = Search {
        spec,
        base,
        sizes,
        message,
        fails,
        deadline: Instant::now() + BUDGET,
        tried: BTreeMap::new(),
    };
    let failure = |operation: Option<&Op>, schema| Failure {
        operation: operation.map(op_pointer),
        schema,
        message: message.to_string(),
    };
    if search.reproduces(&search.document(None)) {
        let schema = search.schema(None);
        return vec![failure(None, schema)];
    }
    let ops = operations(spec);
    let mut groups = Vec::new();
    search.bisect(&ops, &mut groups);
    if groups.is_empty() {
        // Only the whole document fails (or the time ran out before anything was tried).
        return vec![failure(None, None)];
    }
    groups
        .into_iter()
        .map(|group| match group.as_slice() {
            [op] => {
                let schema = search.schema(Some(op));
                failure(Some(op), schema)
            }
            [first, rest @ ..] => Failure {
                operation: Some(op_pointer(first)),
                schema: None,
                message: format!(
                    "{message} (only together with {} other operation(s), the first {})",
                    rest.len(),
                    op_pointer(&rest[0])
                ),
            },
            [] => failure(None, None),
        })
        .collect()
}

fn op_pointer((path, method): &Op) -> String {
    join(&join("#/paths", path), method)
}

/// The operations of the document, in document order.
fn operations(spec: &Value) -> Vec<Op> {
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    paths
        .iter()
        .flat_map(|(path, item)| {
            METHODS
                .iter()
                .filter(|m| item.get(**m).is_some())
                .map(move |m| (path.clone(), m.to_string()))
        })
        .collect()
}

/// How a schema is tried alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    /// Every `$ref` inside replaced by `{}`.
    Stubbed,
    /// With the component schemas it references.
    WithRefs,
}

struct Search<'a> {
    spec: &'a Value,
    /// The document without operations and component schemas, to add them to.
    base: Value,
    /// The length of each component schema as JSON, by name.
    sizes: BTreeMap<String, usize>,
    message: &'a str,
    fails: &'a dyn Fn(&Value) -> Option<String>,
    deadline: Instant,
    /// Outcomes of schemas already tried, by mode and pointer: operations that share a schema
    /// share the tries.
    tried: BTreeMap<(Mode, String), bool>,
}

impl Search<'_> {
    fn out_of_time(&self) -> bool {
        Instant::now() >= self.deadline
    }

    fn reproduces(&self, document: &Value) -> bool {
        (self.fails)(document).as_deref() == Some(self.message)
    }

    /// The groups of `ops` that fail: single operations, or a set whose halves pass alone.
    fn bisect(&mut self, ops: &[Op], groups: &mut Vec<Vec<Op>>) {
        if ops.len() <= 1 {
            groups.extend(ops.iter().map(|op| vec![op.clone()]));
            return;
        }
        let (a, b) = ops.split_at(ops.len() / 2);
        let mut found = false;
        for half in [a, b] {
            if self.out_of_time() {
                groups.push(half.to_vec());
                found = true;
            } else if self.reproduces(&self.document(Some(half))) {
                if half.len() == 1 {
                    groups.push(half.to_vec());
                } else {
                    self.bisect(half, groups);
                }
                found = true;
            }
        }
        if !found {
            groups.push(ops.to_vec());
        }
    }

    /// The document with the operations `ops` alone and the component schemas they reach; with
    /// every component schema and no operation when `ops` is `None`.
    fn document(&self, ops: Option<&[Op]>) -> Value {
        let Some(ops) = ops else {
            let mut doc = self.spec.clone();
            doc["paths"] = Value::Object(Map::new());
            return doc;
        };
        let mut paths = Map::new();
        for (path, method) in ops {
            let Some(item) = self.spec.pointer(&join("/paths", path)) else {
                continue;
            };
            let entry = paths.entry(path.clone()).or_insert_with(|| {
                let shared: Map<String, Value> = item
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, _)| !METHODS.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                Value::Object(shared)
            });
            entry[method.as_str()] = item[method.as_str()].clone();
        }
        let reached = reachable(self.spec, paths.values());
        let mut doc = self.with_schemas(&reached);
        doc["paths"] = Value::Object(paths);
        doc
    }

    /// The document without operations, with the component schemas `names` alone.
    fn with_schemas(&self, names: &BTreeSet<String>) -> Value {
        let mut doc = self.base.clone();
        let all = self
            .spec
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let kept: Map<String, Value> = all
            .into_iter()
            .flatten()
            .filter(|(name, _)| names.contains(*name))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        doc["components"]["schemas"] = Value::Object(kept);
        doc
    }

    /// How large the document of a schema tried alone is, to try the small ones first.
    fn size(&self, pointer: &str, mode: Mode) -> usize {
        let Some(schema) = self.spec.pointer(&pointer[1..]) else {
            return usize::MAX;
        };
        let own = schema.to_string().len();
        match mode {
            Mode::Stubbed => own,
            Mode::WithRefs => {
                let refs = reachable(self.spec, [schema]);
                own + refs.iter().filter_map(|n| self.sizes.get(n)).sum::<usize>()
            }
        }
    }

    /// The smallest schema reached by `op` (every component schema when `None`) that fails.
    fn schema(&mut self, op: Option<&Op>) -> Option<String> {
        let mut candidates: Vec<String> = Vec::new();
        let components = match op {
            Some(op) => {
                let operation = self.spec.pointer(&op_pointer(op)[1..])?;
                inline_schemas(operation, &op_pointer(op), &mut candidates);
                reachable(self.spec, [operation])
            }
            None => schema_names(self.spec).into_iter().collect(),
        };
        candidates.extend(
            components
                .iter()
                .map(|name| join("#/components/schemas", name)),
        );
        for mode in [Mode::Stubbed, Mode::WithRefs] {
            let mut sized: Vec<(usize, &String)> =
                candidates.iter().map(|p| (self.size(p, mode), p)).collect();
            sized.sort();
            for (_, pointer) in sized {
                if self.out_of_time() {
                    return None;
                }
                if self.try_schema(pointer, mode) {
                    return Some(self.smallest_within(pointer, mode));
                }
            }
        }
        None
    }

    /// The deepest sub-schema of `pointer` (itself failing) that still fails in `mode`.
    fn smallest_within(&mut self, pointer: &str, mode: Mode) -> String {
        let Some(schema) = self.spec.pointer(&pointer[1..]) else {
            return pointer.to_string();
        };
        for child in children(schema, pointer) {
            if self.out_of_time() {
                break;
            }
            if self.try_schema(&child, mode) {
                return self.smallest_within(&child, mode);
            }
        }
        pointer.to_string()
    }

    fn try_schema(&mut self, pointer: &str, mode: Mode) -> bool {
        if let Some(&known) = self.tried.get(&(mode, pointer.to_string())) {
            return known;
        }
        let outcome = self
            .probe(pointer, mode)
            .is_some_and(|doc| self.reproduces(&doc));
        self.tried.insert((mode, pointer.to_string()), outcome);
        outcome
    }

    /// A document whose only schema is the one at `pointer` (under its component name, or
    /// [`PROBE`]), with no operation.
    fn probe(&self, pointer: &str, mode: Mode) -> Option<Value> {
        let schema = self.spec.pointer(&pointer[1..])?;
        if schema.get("$ref").is_some() && mode == Mode::Stubbed {
            return None;
        }
        let name = pointer
            .strip_prefix("#/components/schemas/")
            .filter(|rest| !rest.contains('/'))
            .map(unescape)
            .unwrap_or_else(|| PROBE.to_string());
        let (schema, keep) = match mode {
            Mode::Stubbed => (stub_refs(schema), BTreeSet::new()),
            Mode::WithRefs => (schema.clone(), reachable(self.spec, [schema])),
        };
        let mut doc = self.with_schemas(&keep);
        let schemas = doc
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)?;
        schemas.insert(name, schema);
        Some(doc)
    }
}

/// Keeps the component schemas whose names `keep` accepts.
fn keep_schemas(doc: &mut Value, keep: impl Fn(&str) -> bool) {
    if !doc.get("components").is_some_and(Value::is_object) {
        doc["components"] = Value::Object(Map::new());
    }
    let schemas = &mut doc["components"]["schemas"];
    let kept: Map<String, Value> = schemas
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(name, _)| keep(name))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    *schemas = Value::Object(kept);
}

fn schema_names(spec: &Value) -> Vec<String> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default()
}

/// The names of the component schemas `roots` reach through `$ref`s, following references
/// through other components (parameters, responses, request bodies) too.
fn reachable<'a>(spec: &Value, roots: impl IntoIterator<Item = &'a Value>) -> BTreeSet<String> {
    let mut seen_refs: BTreeSet<String> = BTreeSet::new();
    let mut names = BTreeSet::new();
    let mut stack: Vec<&Value> = roots.into_iter().collect();
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str)
                    && seen_refs.insert(reference.to_string())
                    && let Some(target) = reference.strip_prefix('#').and_then(|p| spec.pointer(p))
                {
                    if let Some(rest) = reference.strip_prefix("#/components/schemas/") {
                        let name = rest.split('/').next().unwrap_or(rest);
                        names.insert(unescape(name));
                    }
                    stack.push(target);
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    names
}

/// The pointers of the schemas written inside an operation (the values of its `schema` keys
/// that are not a bare `$ref`).
fn inline_schemas(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let pointer = join(at, key);
                if key == "schema" && child.is_object() && child.get("$ref").is_none() {
                    out.push(pointer.clone());
                }
                if key != "schema" {
                    inline_schemas(child, &pointer, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                inline_schemas(child, &join(at, &i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// The pointers of a schema's direct sub-schemas.
fn children(schema: &Value, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["properties", "patternProperties"] {
        if let Some(map) = schema.get(key).and_then(Value::as_object) {
            let base = join(at, key);
            out.extend(map.keys().map(|name| join(&base, name)));
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(items) = schema.get(key).and_then(Value::as_array) {
            let base = join(at, key);
            out.extend((0..items.len()).map(|i| join(&base, &i.to_string())));
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if schema.get(key).is_some_and(Value::is_object) {
            out.push(join(at, key));
        }
    }
    out
}

/// The schema with every object that holds a `$ref` replaced by `{}` (any value).
fn stub_refs(value: &Value) -> Value {
    match value {
        Value::Object(map) if map.contains_key("$ref") => Value::Object(Map::new()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), stub_refs(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(stub_refs).collect()),
        other => other.clone(),
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// A generator that fails on any document holding the string `"bad"` anywhere, and on a
    /// `$ref` to `Evil` with a message of its own.
    fn fails(doc: &Value) -> Option<String> {
        let text = doc.to_string();
        if text.contains("\"bad\"") {
            Some("boom".into())
        } else if text.contains("schemas/Evil\"") {
            Some("other".into())
        } else {
            None
        }
    }

    fn get(schema: Value) -> Value {
        json!({"get": {"responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": schema}}}}}})
    }

    fn document() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/a": get(json!({"$ref": "#/components/schemas/Fine"})),
                "/b": get(json!({"type": "object", "properties": {
                    "inner": {"$ref": "#/components/schemas/Outer"},
                    "worse": {"type": "array", "items": {"enum": ["bad"]}},
                }})),
                "/c": get(json!({"type": "string"})),
                "/d": get(json!({"type": "object", "properties": {"x": {"type": "object",
                    "properties": {"y": {"enum": ["bad"]}, "z": {"type": "integer"}}}}})),
            },
            "components": {"schemas": {
                "Fine": {"type": "string"},
                "Outer": {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}}},
                "Inner": {"type": "object", "properties": {"ok": {}}},
            }},
        })
    }

    #[test]
    fn each_failing_operation_is_named_with_its_smallest_failing_schema() {
        let failures = narrow(&document(), "boom", &fails);
        let found: Vec<String> = failures.iter().map(Failure::to_string).collect();
        assert_eq!(
            found,
            [
                "operation #/paths/~1b/get schema \
                 #/paths/~1b/get/responses/200/content/application~1json/schema/properties/worse/items: boom",
                "operation #/paths/~1d/get schema \
                 #/paths/~1d/get/responses/200/content/application~1json/schema/properties/x/properties/y: boom",
            ]
        );
    }

    #[test]
    fn a_failing_component_no_operation_reaches_is_named_without_an_operation() {
        let mut doc = document();
        doc["paths"] = json!({"/a": get(json!({"$ref": "#/components/schemas/Fine"}))});
        doc["components"]["schemas"]["Lonely"] = json!({"enum": ["bad"]});
        let failures = narrow(&doc, "boom", &fails);
        assert_eq!(
            failures,
            [Failure {
                operation: None,
                schema: Some("#/components/schemas/Lonely".into()),
                message: "boom".into(),
            }]
        );
    }

    #[test]
    fn a_schema_that_fails_only_with_the_schemas_it_references_is_found_with_them() {
        let mut doc = document();
        doc["paths"] = json!({"/e": get(json!({"$ref": "#/components/schemas/Holder"}))});
        doc["components"]["schemas"] = json!({
            "Holder": {"type": "object", "properties": {"r": {"$ref": "#/components/schemas/Leaf"}}},
            "Leaf": {"type": "string", "description": "bad"},
        });
        let fails = |doc: &Value| {
            let leaf = doc.pointer("/components/schemas/Leaf/description")?;
            (leaf == "bad" && doc.to_string().contains("schemas/Leaf\"")).then(|| "boom".into())
        };
        let failures = narrow(&doc, "boom", &fails);
        assert_eq!(failures.len(), 1);
        // The components alone fail: the operation that reaches them is not needed.
        assert_eq!(failures[0].operation, None);
        assert_eq!(
            failures[0].schema.as_deref(),
            Some("#/components/schemas/Holder/properties/r")
        );
    }

    #[test]
    fn a_failure_with_another_message_is_not_taken_for_the_one_narrowed() {
        let mut doc = document();
        doc["paths"] = json!({
            "/evil": get(json!({"$ref": "#/components/schemas/Evil"})),
            "/d": document()["paths"]["/d"].clone(),
        });
        doc["components"]["schemas"]["Evil"] = json!({"type": "string"});
        let failures = narrow(&doc, "boom", &fails);
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert_eq!(failures[0].operation.as_deref(), Some("#/paths/~1d/get"));
    }

    #[test]
    fn operations_that_fail_only_together_are_reported_as_one_group() {
        let mut doc = document();
        doc["paths"] = json!({
            "/a": get(json!({"type": "string", "description": "half"})),
            "/b": get(json!({"type": "string", "description": "other half"})),
        });
        let fails = |doc: &Value| {
            let text = doc.to_string();
            (text.contains("\"half\"") && text.contains("\"other half\"")).then(|| "boom".into())
        };
        let failures = narrow(&doc, "boom", &fails);
        assert_eq!(
            failures.iter().map(Failure::to_string).collect::<Vec<_>>(),
            [
                "operation #/paths/~1a/get schema (none): boom (only together with 1 other \
              operation(s), the first #/paths/~1b/get)"
            ]
        );
    }

    #[test]
    fn pointers_move_to_the_nearest_place_the_document_as_written_has() {
        let written = json!({"components": {"schemas": {"A": {"properties": {"b": {}}}}}});
        let failure = Failure {
            operation: None,
            schema: Some("#/components/schemas/A/properties/b/allOf/0".into()),
            message: "m".into(),
        };
        assert_eq!(
            failure.located_in(&written).schema.as_deref(),
            Some("#/components/schemas/A/properties/b")
        );
        let hoisted = "#/components/schemas/AB/properties/c";
        assert_eq!(locate(hoisted, &written), hoisted);
    }
}
