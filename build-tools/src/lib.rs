//! Turns a vendored OpenAPI 3.1 document into the Rust code of the Exa client.
//!
//! progenitor reads OpenAPI 3.0 only, and panics or silently drops meaning on several 3.1
//! constructs. [`normalize`] rewrites a 3.1 document into the subset progenitor handles, one small
//! rule at a time, and records every rewrite as a [`Note`]; [`generate`] runs progenitor on the
//! result and adds what the hand-written facade needs (beta tokens, a table of path templates,
//! open enums for forward compatibility).
//!
//! [`commands::commands`] is the table a command line builds its commands from.
//!
//! `client/build.rs` calls [`build_client`]; the `exa-build-tools` binary exposes the same steps
//! as `check` and `generate` for review, and [`diff::diff`] tells what regenerating from a new
//! document changes for the code that uses the client.

pub mod commands;
pub mod diff;
mod duplicates;
mod errors;
mod extra_fields;
mod generate;
mod headers;
pub mod helpers;
mod json_schema;
mod load;
mod mocks;
pub mod modules;
mod names;
mod narrow;
pub mod normalize;
mod open_enum;
mod pointer;
mod walk;

use std::path::{Path, PathBuf};

pub use errors::{ErrorBody, Status};
pub use generate::{GenerateError, Generated, Target, generate, generate_module};
pub use load::load;
pub use narrow::Failure;
pub use normalize::{Normalized, Note, Severity, normalize};

/// Why a spec could not be turned into code. Every variant names the spec file; problems inside
/// the document also name the JSON pointer and the construct.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read.
    #[error("{path}: cannot read the file: {source}")]
    Read {
        /// The spec file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A generated file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is neither valid YAML nor valid JSON.
    #[error("{path}: not a YAML or JSON document: {message}")]
    Parse {
        /// The spec file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// Constructs the pipeline cannot map, each with its JSON pointer.
    #[error("{path}: {} construct(s) cannot be generated:\n{}", problems.len(), format_notes(problems))]
    Unsupported {
        /// The spec file.
        path: PathBuf,
        /// One entry per construct.
        problems: Vec<Note>,
    },
    /// The file's name makes no module of the client crate, or the same one as another file.
    #[error("{path}: {message}")]
    Naming {
        /// The spec file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// progenitor refused the normalized document.
    #[error("{path}: progenitor cannot generate a client: {message}")]
    Generator {
        /// The spec file.
        path: PathBuf,
        /// What progenitor said.
        message: String,
    },
    /// progenitor or typify panicked, or refused without saying where: one line per failure,
    /// `file: operation <pointer> schema <pointer>: <message>`.
    #[error("{}", format_failures(path, failures))]
    Failed {
        /// The spec file.
        path: PathBuf,
        /// Each failure, narrowed to the operation and the smallest schema that fail alone.
        failures: Vec<Failure>,
    },
}

fn format_failures(path: &Path, failures: &[Failure]) -> String {
    failures
        .iter()
        .map(|f| format!("{}: {f}", path.display()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn format_notes(notes: &[Note]) -> String {
    notes
        .iter()
        .map(|n| format!("  {n}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loads, normalizes and generates one document as the module its file name gives (`api` when
/// the name makes none): what `generate` and the tests run.
pub fn build_client(spec: &Path) -> Result<(Generated, Normalized), Error> {
    let document = load(spec)?;
    let normalized = normalize(document.clone()).map_err(|problems| Error::Unsupported {
        path: spec.to_path_buf(),
        problems,
    })?;
    let module = modules::module_name(spec).unwrap_or_else(|_| "api".to_string());
    let file = spec
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let generated = generate_module(&normalized, &Target::new(&module, &file))
        .map_err(|e| e.into_error(spec, &document))?;
    Ok((generated, normalized))
}
