//! Rewrites an OpenAPI 3.1 document into the OpenAPI 3.0 subset progenitor 0.15 generates
//! without panicking, and records each rewrite.
//!
//! The passes run in a fixed order: document-level rules ([`document`]), then every schema in the
//! document ([`schema`]), then the operations' shapes progenitor asserts on ([`operations`]), then
//! the forward-compatibility rules on response schemas ([`forward_compat`]).

mod bodies;
mod components;
mod document;
mod forward_compat;
mod keywords;
mod nullability;
pub(crate) mod openapi;
mod operations;
mod parameters;
mod paths;
mod schema;
mod servers;
#[cfg(test)]
mod test_support;
mod unions;

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

pub use document::BETA_HEADER;
pub use parameters::PATH_ITEM;
pub use servers::prefix_paths as prefix_server_paths;

/// How much a note matters to a reader of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Same meaning, 3.0 spelling.
    Rewrite,
    /// Dropped or weakened: the generated code checks less than the document says.
    Dropped,
    /// The pipeline cannot map it; generation stops.
    Error,
}

/// One thing the normalizer did or could not do, at one place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// JSON pointer into the original document, as `#/...`.
    pub pointer: String,
    /// The rule or construct, e.g. `const` or `type-array`.
    pub rule: &'static str,
    /// What changed, or why it cannot be mapped.
    pub message: String,
    /// How much it matters.
    pub severity: Severity,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.severity {
            Severity::Rewrite => "rewrite",
            Severity::Dropped => "dropped",
            Severity::Error => "error",
        };
        write!(
            f,
            "{tag:8} {:20} #{}: {}",
            self.rule, self.pointer, self.message
        )
    }
}

/// Collects notes for one pass.
#[derive(Debug, Default)]
pub(crate) struct Notes(Vec<Note>);

impl Notes {
    pub(crate) fn rewrite(
        &mut self,
        pointer: &str,
        rule: &'static str,
        message: impl Into<String>,
    ) {
        self.push(pointer, rule, message, Severity::Rewrite);
    }
    pub(crate) fn dropped(
        &mut self,
        pointer: &str,
        rule: &'static str,
        message: impl Into<String>,
    ) {
        self.push(pointer, rule, message, Severity::Dropped);
    }
    pub(crate) fn error(&mut self, pointer: &str, rule: &'static str, message: impl Into<String>) {
        self.push(pointer, rule, message, Severity::Error);
    }
    fn push(
        &mut self,
        pointer: &str,
        rule: &'static str,
        message: impl Into<String>,
        severity: Severity,
    ) {
        self.0.push(Note {
            pointer: pointer.to_string(),
            rule,
            message: message.into(),
            severity,
        });
    }
    #[cfg(test)]
    pub(crate) fn rules(&self) -> Vec<&'static str> {
        self.0.iter().map(|n| n.rule).collect()
    }
}

/// One operation of the table, as the normalizer finds it: `rust_name` (the method progenitor
/// writes) and `errors` (what `errors::strip` reads) are empty until generation fills them.
pub use exa_spec::Operation;
/// The constraints the document puts on one path parameter.
pub use exa_spec::PathParam;

/// A document progenitor accepts, and what it took to get there.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The OpenAPI 3.0 document.
    pub spec: Value,
    /// Every rewrite and drop, in document order per pass.
    pub notes: Vec<Note>,
    /// The operations, in document order.
    pub operations: Vec<Operation>,
    /// The values the `Exa-Beta` header parameter allows, first is the default.
    pub beta_tokens: Vec<String>,
    /// String enums reachable from responses, by component name, with their known values: the
    /// generator makes them open so that a newer server's value is not a decoding error.
    pub open_enums: BTreeMap<String, Vec<String>>,
}

/// Normalizes a parsed document. Returns every construct it cannot map when there is any.
pub fn normalize(mut doc: Value) -> Result<Normalized, Vec<Note>> {
    let mut notes = Notes::default();
    document::run(&mut doc, &mut notes);
    let (beta_tokens, beta_operations) = document::remove_beta_header(&mut doc, &mut notes);
    schema::run(&mut doc, &mut notes);
    let mut operations = operations::run(&mut doc, &mut notes);
    for op in &mut operations {
        op.beta = beta_operations.contains(&(op.path.to_string(), op.method.to_ascii_lowercase()));
    }
    let open_enums = forward_compat::run(&mut doc, &mut notes);
    servers::run(&mut doc, &mut operations, &mut notes);

    let Notes(notes) = notes;
    if notes.iter().any(|n| n.severity == Severity::Error) {
        return Err(notes
            .into_iter()
            .filter(|n| n.severity == Severity::Error)
            .collect());
    }
    Ok(Normalized {
        spec: doc,
        notes,
        operations,
        beta_tokens,
        open_enums,
    })
}
