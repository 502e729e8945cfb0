//! Runs progenitor on a normalized document and adds what the facade needs from the spec.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use quote::quote;
use serde_json::Value;

use crate::errors::{self, Status};
use crate::narrow::{self, Failure};
use crate::normalize::{Normalized, Operation};
use crate::{duplicates, extra_fields, headers, json_schema, mocks, names, open_enum};

/// The Rust source of one document's module, formatted.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Code to `include!` in the document's module of the client crate.
    pub code: String,
    /// Typed httpmock helpers for every operation (progenitor's `MockServerExt`, array query
    /// matchers made to compile), to include in the module's `mock` module; they name types as
    /// `crate::<module>::types::*`. Empty when [`Target::mocks`] is off.
    pub mocks: String,
    /// The operationIds, in document order.
    pub operation_ids: Vec<String>,
}

/// Where the generated code goes in the client crate.
#[derive(Clone, Debug)]
pub struct Target {
    /// The module of the client crate that includes the code, e.g. `agent`.
    pub module: String,
    /// The document's file name, for messages and docs.
    pub file: String,
    /// Whether to generate the typed mocks too.
    pub mocks: bool,
    /// The type the generated `Client` carries for the client's hooks (progenitor's inner
    /// type), a path in the client crate.
    pub inner_type: String,
}

impl Target {
    /// A target for `module`, with mocks.
    pub fn new(module: &str, file: &str) -> Self {
        Self {
            module: module.to_string(),
            file: file.to_string(),
            mocks: true,
            inner_type: crate::modules::CLIENT_STATE.to_string(),
        }
    }
}

/// Why a document generates no code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GenerateError {
    /// A refusal that says where it is (the normalized document is not OpenAPI 3.0 at a
    /// pointer), or a failure after progenitor.
    Message(String),
    /// progenitor or typify panicked, or refused the document without saying where: each
    /// failure narrowed to the operation and the smallest schema that fail alone.
    Failed(Vec<Failure>),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Message(message) => f.write_str(message),
            GenerateError::Failed(failures) => {
                let lines: Vec<String> = failures.iter().map(Failure::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

impl From<String> for GenerateError {
    fn from(message: String) -> Self {
        GenerateError::Message(message)
    }
}

impl GenerateError {
    /// The crate's error for the document at `path`; `document` is that document as written
    /// (before normalization), onto which the failures' pointers are mapped.
    pub fn into_error(self, path: &std::path::Path, document: &Value) -> crate::Error {
        match self {
            GenerateError::Message(message) => crate::Error::Generator {
                path: path.to_path_buf(),
                message,
            },
            GenerateError::Failed(failures) => crate::Error::Failed {
                path: path.to_path_buf(),
                failures: failures
                    .into_iter()
                    .map(|f| f.located_in(document))
                    .collect(),
            },
        }
    }
}

/// Generates a document's module as `generate_module` does, for a module named `api`.
pub fn generate(normalized: &Normalized) -> Result<Generated, GenerateError> {
    generate_module(normalized, &Target::new("api", "api.yaml"))
}

/// What progenitor is asked for.
#[derive(Clone, Copy)]
enum Step {
    /// The client (`generate_tokens`), from the document without its error responses.
    Client,
    /// The typed mocks (`httpmock`), from [`mocks::mock_document`].
    Mocks,
}

fn settings(target: &Target) -> Result<GenerationSettings, String> {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_inner_type(
            target
                .inner_type
                .parse::<TokenStream>()
                .map_err(|e| e.to_string())?,
        );
    Ok(settings)
}

/// Runs one step of progenitor on a document; a panic or an error becomes its message.
fn run_step(step: Step, spec: &openapiv3::OpenAPI, target: &Target) -> Result<TokenStream, String> {
    let settings = settings(target)?;
    let module = &target.module;
    let outcome = match step {
        Step::Client => {
            let mut client_spec = spec.clone();
            errors::strip(&mut client_spec);
            without_panics(|| Generator::new(&settings).generate_tokens(&client_spec))
        }
        Step::Mocks => {
            let mock_spec = mocks::mock_document(spec);
            let types_path = format!("crate::{module}");
            without_panics(|| Generator::new(&settings).httpmock(&mock_spec, &types_path))
        }
    };
    // One line per failure: a panic message may print a whole schema over many lines.
    let one_line = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    match outcome {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(error)) => Err(one_line(format!("progenitor refused it: {error}"))),
        Err(panic) => Err(one_line(format!("progenitor panicked: {panic}"))),
    }
}

/// Runs one step, and narrows a failure to its operations and schemas.
fn step(
    step: Step,
    normalized: &Normalized,
    spec: &openapiv3::OpenAPI,
    target: &Target,
) -> Result<TokenStream, GenerateError> {
    let message = match run_step(step, spec, target) {
        Ok(tokens) => return Ok(tokens),
        Err(message) => message,
    };
    let fails = |document: &Value| -> Option<String> {
        let spec: openapiv3::OpenAPI = serde_json::from_value(document.clone()).ok()?;
        run_step(step, &spec, target).err()
    };
    Err(GenerateError::Failed(narrow::narrow(
        &normalized.spec,
        &message,
        &fails,
    )))
}

/// Generates one document's module: progenitor's code without the error responses (the facade
/// reads every error body itself, by the schema the table names), open enums in place of closed
/// response enums, the hooks that route every request through the facade, and a `spec` module
/// with the document's table of operations. A failure of progenitor is narrowed to the
/// operations and the smallest schema that fail alone ([`GenerateError::Failed`]).
pub fn generate_module(
    normalized: &Normalized,
    target: &Target,
) -> Result<Generated, GenerateError> {
    let spec: openapiv3::OpenAPI =
        serde_path_to_error::deserialize(&normalized.spec).map_err(|e| {
            let at = crate::pointer::from_path(e.path());
            format!(
                "the normalized document is not OpenAPI 3.0 at #{at}: {}",
                e.inner()
            )
        })?;
    let mut client_spec = spec.clone();
    let error_bodies = errors::strip(&mut client_spec);
    let tokens = step(Step::Client, normalized, &spec, target)?;
    let mocks = if target.mocks {
        let mocks = step(Step::Mocks, normalized, &spec, target)?;
        let mut mocks: syn::File = syn::parse2(mocks)
            .map_err(|e| format!("progenitor produced mocks that do not parse: {e}"))?;
        mocks::match_array_items(&mut mocks);
        prettyplease::unparse(&mocks)
    } else {
        String::new()
    };
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    let rust_names = names::operation_methods(&file);
    duplicates::drop_identical_items(&mut file.items)?;
    open_enum::replace(&mut file, &normalized.open_enums)?;
    headers::drop_api_version(&mut file);
    extra_fields::add(&mut file);
    json_schema::derive_behind_feature(&mut file);
    let table = spec_module(normalized, target, &rust_names, &error_bodies)?;
    let extra: syn::File = syn::parse2(table).map_err(|e| e.to_string())?;
    file.items.extend(extra.items);
    Ok(Generated {
        code: prettyplease::unparse(&file),
        mocks,
        operation_ids: normalized
            .operations
            .iter()
            .map(|op| op.id.to_string())
            .collect(),
    })
}

/// progenitor and typify still `todo!()`, `unreachable!()` or assert on shapes the normalizer
/// does not know of yet: such a panic becomes its message, without a backtrace on stderr.
fn without_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // The panic hook is process-global: overlapping swaps would leave the silent hook in place.
    static HOOK_SWAP: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _swap = HOOK_SWAP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    result.map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown".to_string())
    })
}

/// The `spec` module: the document's table for the facade, as data.
fn spec_module(
    normalized: &Normalized,
    target: &Target,
    rust_names: &names::Methods,
    error_bodies: &errors::Table,
) -> Result<TokenStream, String> {
    let tokens = &normalized.beta_tokens;
    let server = option(
        normalized
            .spec
            .pointer("/servers/0/url")
            .and_then(Value::as_str)
            .map(|url| quote!(Borrowed(#url))),
    );
    let title = normalized
        .spec
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let module = &target.module;
    let file = &target.file;
    let operations = normalized
        .operations
        .iter()
        .map(|op| {
            let key = (op.method.to_string(), op.path.to_string());
            let rust_name = rust_names.get(&key).ok_or_else(|| {
                format!(
                    "progenitor generated no method for {} {} (operationId `{}`): its output no longer reads as this generator expects",
                    op.method, op.path, op.id
                )
            })?;
            let errors = error_bodies.get(&key).cloned().unwrap_or_default();
            let op = Operation {
                rust_name: rust_name.clone().into(),
                errors: errors.into(),
                ..op.clone()
            };
            Ok((rust_name.to_ascii_uppercase(), operation(&op)))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let names: Vec<proc_macro2::Ident> = operations
        .iter()
        .map(|(name, _)| quote::format_ident!("{}", name))
        .collect();
    let docs = normalized
        .operations
        .iter()
        .map(|op| format!("`{} {}` (`{}`).", op.method, op.path, op.id));
    let operations = operations.iter().map(|(_, tokens)| tokens);
    Ok(quote! {
        /// Facts taken from the OpenAPI document this module was generated from.
        pub mod spec {
            use ::std::borrow::Cow::Borrowed;

            /// The document's table: its beta tokens, server and operations.
            pub static DOCUMENT: ::exa_spec::Document = ::exa_spec::Document {
                module: Borrowed(#module),
                file: Borrowed(#file),
                title: Borrowed(#title),
                beta_tokens: Borrowed(&[#(Borrowed(#tokens)),*]),
                default_server: #server,
                operations: Borrowed(&[#(&#names),*]),
            };

            #(
                #[doc = #docs]
                pub static #names: ::exa_spec::Operation = #operations;
            )*
        }
    })
}

/// An operation of the table as a Rust expression of `'static` data.
fn operation(op: &Operation) -> TokenStream {
    let Operation {
        id,
        rust_name,
        method,
        path,
        path_params,
        number_query,
        beta,
        errors,
    } = op;
    let (id, rust_name, method, path) = (
        id.as_ref(),
        rust_name.as_ref(),
        method.as_ref(),
        path.as_ref(),
    );
    let params = path_params.iter().map(|p| {
        let name = p.name.as_ref();
        let pattern = option(p.pattern.as_deref().map(|s| quote!(Borrowed(#s))));
        let min = option(p.min_length.map(|n| quote!(#n)));
        let max = option(p.max_length.map(|n| quote!(#n)));
        quote!(::exa_spec::PathParam { name: Borrowed(#name), pattern: #pattern, min_length: #min, max_length: #max })
    });
    let number_query = number_query.iter().map(AsRef::<str>::as_ref);
    let errors = errors.iter().map(|e| {
        let schema = option(e.schema.as_deref().map(|s| quote!(Borrowed(#s))));
        let status = match e.status {
            Status::Code(code) => quote!(::exa_spec::Status::Code(#code)),
            Status::Range(range) => quote!(::exa_spec::Status::Range(#range)),
            Status::Default => quote!(::exa_spec::Status::Default),
        };
        quote!(::exa_spec::ErrorBody { status: #status, schema: #schema })
    });
    quote! {
        ::exa_spec::Operation {
            id: Borrowed(#id),
            rust_name: Borrowed(#rust_name),
            method: Borrowed(#method),
            path: Borrowed(#path),
            path_params: Borrowed(&[#(#params),*]),
            number_query: Borrowed(&[#(Borrowed(#number_query)),*]),
            beta: #beta,
            errors: Borrowed(&[#(#errors),*]),
        }
    }
}

fn option(value: Option<TokenStream>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}
