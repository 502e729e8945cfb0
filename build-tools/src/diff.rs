//! What regenerating the client from a new document changes for the code that uses it.
//!
//! Both documents go through the whole pipeline ([`crate::build_client`]) and the two generated
//! codes are compared as a caller of the Rust API sees them: the operation methods of `Client` with
//! the setters of their builders, and the structs, enums, newtypes and aliases of `types`. Each
//! change carries the JSON pointer of what caused it, in the new document (in the old one for a
//! removal), and an [`Impact`]:
//!
//! - **Breaking:** a removed operation, parameter, type, field or enum variant; a parameter or a
//!   request field that becomes required, a new required parameter or request field; a changed
//!   Rust type (of a parameter, a field, a newtype, a union variant, or what `send` returns).
//! - **Additive:** a new operation, type, optional parameter, optional request field, response
//!   field or enum variant; a parameter that becomes optional.
//!
//! A removed enum variant is breaking for response enums too: the server may still send the value
//! (an open enum decodes it as `Unknown`), but a `match` arm or an expression naming the variant no
//! longer compiles, and that is what a regeneration does to a caller. A new variant is additive as
//! the open enums intend, although an exhaustive `match` without a wildcard arm would need one more
//! arm. Request fields are judged as the generated builders see them (a new optional field
//! compiles); a caller building request structs by literal needs `..Default::default()` to be
//! unaffected.
//!
//! Whether a type is a request or a response type comes from the normalized document (component
//! schemas reachable through `$ref`s from parameters and request bodies, or from responses), and
//! for types generated from inline schemas, from the generated code (a type named by a parameter
//! or a request type is a request type).

mod api;
mod helpers;
mod roles;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::Value;

use crate::pointer::join;
use api::{Api, Field, TypeDef, display};
pub use helpers::{helper_changes, helper_snapshot};

/// Whether a change can stop code that uses the client from compiling or from working as before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Code that compiled against the old client may not compile, or may fail where it did not.
    Breaking,
    /// Code that compiled against the old client compiles and behaves the same.
    Additive,
}

/// One difference between the two generated APIs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Breaking or additive.
    pub impact: Impact,
    /// What changed, e.g. `removed-field`.
    pub kind: &'static str,
    /// JSON pointer (`#/...`) into the new document, or the old one for a removal; `None` for a
    /// type generated from an inline schema, which has no name in the document.
    pub pointer: Option<String>,
    /// The change in words, with Rust names.
    pub message: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let impact = match self.impact {
            Impact::Breaking => "breaking",
            Impact::Additive => "additive",
        };
        let pointer = self.pointer.as_deref().unwrap_or("(inline schema)");
        write!(f, "{impact:9} {:24} {pointer}: {}", self.kind, self.message)
    }
}

/// Every change, breaking ones first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Breaking changes, then additive ones, each group in the order found.
    pub changes: Vec<Change>,
}

impl Report {
    fn listing(mut changes: Vec<Change>) -> Report {
        // Stable: each group keeps the order the comparison found its changes in.
        changes.sort_by_key(|c| c.impact);
        Report { changes }
    }

    /// How many changes have this impact.
    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    /// Whether code using the old client may break.
    pub fn is_breaking(&self) -> bool {
        self.count(Impact::Breaking) > 0
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for change in &self.changes {
            writeln!(f, "{change}")?;
        }
        writeln!(
            f,
            "{} breaking, {} additive",
            self.count(Impact::Breaking),
            self.count(Impact::Additive)
        )
    }
}

/// Generates the client from both documents and compares the two APIs.
pub fn diff(old: &Path, new: &Path) -> Result<Report, crate::Error> {
    let old = Side::build(old)?;
    let new = Side::build(new)?;
    let mut changes = Vec::new();
    compare_operations(&old, &new, &mut changes);
    compare_types(&old, &new, &mut changes);
    Ok(Report::listing(changes))
}

/// One document, what it generates, and where each generated name comes from.
struct Side {
    /// The document as written: pointers point into it.
    document: Value,
    api: Api,
    /// Operation method name to its pointer.
    operations: BTreeMap<String, String>,
    /// Rust type name to component name.
    components: BTreeMap<String, String>,
    /// Components the normalizer made of inline schemas, to the pointer they came from.
    hoisted: BTreeMap<String, String>,
    request_types: BTreeSet<String>,
    response_types: BTreeSet<String>,
}

impl Side {
    fn build(path: &Path) -> Result<Side, crate::Error> {
        let document = crate::load(path)?;
        let (generated, normalized) = crate::build_client(path)?;
        let api = api::read(&generated.code).map_err(|message| crate::Error::Generator {
            path: path.to_path_buf(),
            message,
        })?;
        let file = syn::parse_file(&generated.code).map_err(|e| crate::Error::Generator {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let methods = crate::names::operation_methods(&file);
        let operations = normalized
            .operations
            .iter()
            .filter_map(|op| {
                let pointer = join(&join("#/paths", &op.path), &op.method.to_lowercase());
                let name = methods.get(&(op.method.to_string(), op.path.to_string()))?;
                Some((name.clone(), pointer))
            })
            .collect();
        let components = roles::component_names(&normalized.spec);
        let hoisted = roles::hoisted_enums(&normalized);
        let (request_types, response_types) = roles::roles(&normalized, &api, &components);
        Ok(Side {
            document,
            api,
            operations,
            components,
            hoisted,
            request_types,
            response_types,
        })
    }

    /// The pointer of a type's schema, when it is a component of the document as written.
    fn type_pointer(&self, rust_name: &str) -> Option<String> {
        let component = self.components.get(rust_name)?;
        let pointer = match self.hoisted.get(component) {
            Some(origin) => format!("#{origin}"),
            None => join("#/components/schemas", component),
        };
        self.located(pointer)
    }

    fn field_pointer(&self, type_name: &str, field: &Field) -> Option<String> {
        let schema = self.type_pointer(type_name)?;
        match &field.json_name {
            Some(name) => self.located(join(&join(&schema, "properties"), name)),
            None => self.located(join(&schema, "additionalProperties")),
        }
    }

    /// The pointer of an enum value in the `enum` list of the type's schema, else of the schema.
    fn value_pointer(&self, type_name: &str, value: Option<&str>) -> Option<String> {
        let schema = self.type_pointer(type_name)?;
        let index = value.and_then(|value| {
            self.resolve(&schema)?
                .get("enum")?
                .as_array()?
                .iter()
                .position(|v| v.as_str() == Some(value))
        });
        Some(match index {
            Some(i) => format!("{schema}/enum/{i}"),
            None => schema,
        })
    }

    fn param_pointer(&self, method: &str, param: &str) -> Option<String> {
        let operation = self.operations.get(method)?;
        if param == "body" {
            return self.located(join(operation, "requestBody"));
        }
        let params = self.resolve(operation)?.get("parameters")?.as_array()?;
        let index = params.iter().position(|p| {
            let p = match p.get("$ref").and_then(Value::as_str) {
                Some(r) => self.resolve(r).unwrap_or(p),
                None => p,
            };
            p.get("name").and_then(Value::as_str).is_some_and(|name| {
                heck::ToSnakeCase::to_snake_case(name) == param.trim_end_matches('_')
            })
        });
        Some(match index {
            Some(i) => format!("{operation}/parameters/{i}"),
            None => operation.clone(),
        })
    }

    fn resolve(&self, pointer: &str) -> Option<&Value> {
        self.document.pointer(pointer.strip_prefix('#')?)
    }

    fn located(&self, pointer: String) -> Option<String> {
        self.resolve(&pointer).is_some().then_some(pointer)
    }

    fn is_request(&self, type_name: &str) -> bool {
        self.request_types.contains(type_name)
    }

    fn role(&self, type_name: &str) -> &'static str {
        match (
            self.is_request(type_name),
            self.response_types.contains(type_name),
        ) {
            (true, true) => "request and response",
            (true, false) => "request",
            (false, true) => "response",
            (false, false) => "unused",
        }
    }
}

fn change(impact: Impact, kind: &'static str, pointer: Option<String>, message: String) -> Change {
    Change {
        impact,
        kind,
        pointer,
        message,
    }
}

fn compare_operations(old: &Side, new: &Side, out: &mut Vec<Change>) {
    use Impact::*;
    let location = |side: &Side, method: &str| side.operations.get(method).cloned();
    for (method, before) in &old.api.operations {
        let Some(after) = new.api.operations.get(method) else {
            let message = format!("operation `Client::{method}` removed");
            out.push(change(
                Breaking,
                "removed-operation",
                location(old, method),
                message,
            ));
            continue;
        };
        for (name, was) in &before.params {
            let at = || new.param_pointer(method, name);
            let Some(now) = after.params.get(name) else {
                let at = old.param_pointer(method, name);
                let message = format!("parameter `{name}` of `{method}` removed");
                out.push(change(Breaking, "removed-parameter", at, message));
                continue;
            };
            if was.ty != now.ty {
                let message = format!(
                    "parameter `{name}` of `{method}` changes type from `{}` to `{}`",
                    display(&was.ty),
                    display(&now.ty)
                );
                out.push(change(Breaking, "changed-parameter-type", at(), message));
            }
            match (was.required, now.required) {
                (false, true) => {
                    let message = format!("parameter `{name}` of `{method}` becomes required");
                    out.push(change(Breaking, "parameter-required", at(), message));
                }
                (true, false) => {
                    let message = format!("parameter `{name}` of `{method}` becomes optional");
                    out.push(change(Additive, "parameter-optional", at(), message));
                }
                _ => {}
            }
        }
        for (name, now) in &after.params {
            if before.params.contains_key(name) {
                continue;
            }
            let at = new.param_pointer(method, name);
            let ty = display(&now.ty);
            if now.required {
                let message = format!("required parameter `{name}: {ty}` added to `{method}`");
                out.push(change(Breaking, "added-required-parameter", at, message));
            } else {
                let message = format!("optional parameter `{name}: {ty}` added to `{method}`");
                out.push(change(Additive, "added-parameter", at, message));
            }
        }
        if before.send != after.send {
            let message = format!(
                "`{method}().send()` returns `{}` instead of `{}`",
                display(&after.send),
                display(&before.send)
            );
            out.push(change(
                Breaking,
                "changed-response",
                location(new, method),
                message,
            ));
        }
    }
    for method in new.api.operations.keys() {
        if !old.api.operations.contains_key(method) {
            let message = format!("operation `Client::{method}` added");
            out.push(change(
                Additive,
                "added-operation",
                location(new, method),
                message,
            ));
        }
    }
}

fn compare_types(old: &Side, new: &Side, out: &mut Vec<Change>) {
    use Impact::*;
    for (name, before) in &old.api.types {
        let Some(after) = new.api.types.get(name) else {
            let message = format!("{} `{name}` removed", before.kind());
            out.push(change(
                Breaking,
                "removed-type",
                old.type_pointer(name),
                message,
            ));
            continue;
        };
        match (before, after) {
            (TypeDef::Struct(was), TypeDef::Struct(now)) => {
                compare_fields(old, new, name, was, now, out);
            }
            (TypeDef::Enum(was), TypeDef::Enum(now)) => {
                compare_variants(old, new, name, was, now, out);
            }
            (TypeDef::Newtype(was), TypeDef::Newtype(now))
            | (TypeDef::Alias(was), TypeDef::Alias(now)) => {
                if was != now {
                    let message = format!(
                        "`{name}` wraps `{}` instead of `{}`",
                        display(now),
                        display(was)
                    );
                    out.push(change(
                        Breaking,
                        "changed-type",
                        new.type_pointer(name),
                        message,
                    ));
                }
            }
            _ => {
                let message = format!(
                    "`{name}` becomes a {} instead of a {}",
                    after.kind(),
                    before.kind()
                );
                out.push(change(
                    Breaking,
                    "changed-type",
                    new.type_pointer(name),
                    message,
                ));
            }
        }
    }
    for (name, def) in &new.api.types {
        if !old.api.types.contains_key(name) {
            let message = format!("{} `{name}` added ({})", def.kind(), new.role(name));
            out.push(change(
                Additive,
                "added-type",
                new.type_pointer(name),
                message,
            ));
        }
    }
}

fn compare_fields(
    old: &Side,
    new: &Side,
    ty: &str,
    was: &BTreeMap<String, Field>,
    now: &BTreeMap<String, Field>,
    out: &mut Vec<Change>,
) {
    use Impact::*;
    let request = old.is_request(ty) || new.is_request(ty);
    for (key, before) in was {
        let Some(after) = now.get(key) else {
            let message = format!("field `{}` of `{ty}` removed", before.rust_name);
            out.push(change(
                Breaking,
                "removed-field",
                old.field_pointer(ty, before),
                message,
            ));
            continue;
        };
        let at = || new.field_pointer(ty, after);
        let field = &after.rust_name;
        if request && before.is_optional() && !after.is_optional() {
            let message = format!(
                "field `{field}` of request type `{ty}` becomes required (`{}` instead of `{}`)",
                display(&after.ty),
                display(&before.ty)
            );
            out.push(change(Breaking, "field-required", at(), message));
        } else if before.ty != after.ty {
            let message = format!(
                "field `{field}` of `{ty}` changes type from `{}` to `{}`",
                display(&before.ty),
                display(&after.ty)
            );
            out.push(change(Breaking, "changed-field-type", at(), message));
        }
    }
    for (key, after) in now {
        if was.contains_key(key) {
            continue;
        }
        let at = new.field_pointer(ty, after);
        let field = format!("`{}: {}`", after.rust_name, display(&after.ty));
        if request && !after.is_optional() {
            let message = format!("required field {field} added to request type `{ty}`");
            out.push(change(Breaking, "added-required-field", at, message));
        } else {
            let message = format!("field {field} added to {} type `{ty}`", new.role(ty));
            out.push(change(Additive, "added-field", at, message));
        }
    }
}

fn compare_variants(
    old: &Side,
    new: &Side,
    ty: &str,
    was: &BTreeMap<String, api::Variant>,
    now: &BTreeMap<String, api::Variant>,
    out: &mut Vec<Change>,
) {
    use Impact::*;
    for (variant, before) in was {
        let value = before.value.as_deref();
        let Some(after) = now.get(variant) else {
            let shown = value.map(|v| format!(" (`{v}`)")).unwrap_or_default();
            let message = format!(
                "variant `{ty}::{variant}`{shown} of {} enum removed",
                old.role(ty)
            );
            out.push(change(
                Breaking,
                "removed-enum-value",
                old.value_pointer(ty, value),
                message,
            ));
            continue;
        };
        if before.payload != after.payload {
            let payload = |v: &api::Variant| v.payload.as_deref().map(display).unwrap_or_default();
            let message = format!(
                "variant `{ty}::{variant}` carries `{}` instead of `{}`",
                payload(after),
                payload(before)
            );
            out.push(change(
                Breaking,
                "changed-variant-type",
                new.type_pointer(ty),
                message,
            ));
        }
    }
    for (variant, after) in now {
        if was.contains_key(variant) {
            continue;
        }
        let value = after.value.as_deref();
        let shown = value.map(|v| format!(" (`{v}`)")).unwrap_or_default();
        let message = format!(
            "variant `{ty}::{variant}`{shown} added to {} enum",
            new.role(ty)
        );
        out.push(change(
            Additive,
            "added-enum-value",
            new.value_pointer(ty, value),
            message,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaking_changes_are_listed_first_and_counted() {
        let added = change(
            Impact::Additive,
            "added-type",
            None,
            "struct `A` added".into(),
        );
        let removed = change(
            Impact::Breaking,
            "removed-type",
            Some("#/components/schemas/B".into()),
            "struct `B` removed".into(),
        );
        let report = Report::listing(vec![added, removed]);
        assert_eq!(
            report.to_string(),
            "breaking  removed-type             #/components/schemas/B: struct `B` removed\n\
             additive  added-type               (inline schema): struct `A` added\n\
             1 breaking, 1 additive\n"
        );
    }
}
