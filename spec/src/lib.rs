//! The table of one OpenAPI document, as `exa-client` carries it for each generated module
//! (`exa_client::agent::spec::DOCUMENT`): what the client needs to know of an operation without
//! per-operation code.
//!
//! `exa-build-tools` fills these types from a document and writes them out as Rust statics;
//! `exa-client` reads the statics. Text and lists are [`Cow`]s so that one type serves both:
//! borrowed `'static` data in the client, owned values in the generator.
//!
//! ```
//! use exa_spec::{ErrorBody, Operation, Status};
//! use std::borrow::Cow::Borrowed;
//!
//! static DELETE: Operation = Operation {
//!     id: Borrowed("deleteRun"),
//!     rust_name: Borrowed("delete_run"),
//!     method: Borrowed("DELETE"),
//!     path: Borrowed("/runs/{id}"),
//!     path_params: Borrowed(&[]),
//!     number_query: Borrowed(&[]),
//!     beta: false,
//!     errors: Borrowed(&[ErrorBody { status: Status::Range(4), schema: Some(Borrowed("Error")) }]),
//! };
//! assert!(DELETE.is_idempotent());
//! assert_eq!(DELETE.error_schema(404), Some("Error"));
//! ```

use std::borrow::Cow;

/// Text of the table: `&'static str` in the client, `String` in the generator.
pub type Text = Cow<'static, str>;

/// A list of the table: a `'static` slice in the client, a `Vec` in the generator.
pub type List<T> = Cow<'static, [T]>;

/// One OpenAPI document the client was built from.
#[derive(Clone, Debug)]
pub struct Document {
    /// The module it became, e.g. `agent`.
    pub module: Text,
    /// The file in `openapi/`, e.g. `exa-agent.yaml`.
    pub file: Text,
    /// `info.title`.
    pub title: Text,
    /// The values the document allows for the `Exa-Beta` header; the first is sent by default
    /// to the operations that declare the header.
    pub beta_tokens: List<Text>,
    /// The document's first server URL.
    pub default_server: Option<Text>,
    /// Every operation, in document order; each is also a static of the module's `spec`, named
    /// after its method (`agent::spec::DELETE_AGENT_RUN`), for the helpers.
    pub operations: List<&'static Operation>,
}

impl Document {
    /// The operation whose generated method has this name (progenitor's
    /// `OperationInfo::operation_id`).
    ///
    /// ```
    /// # use exa_spec::Document;
    /// # use std::borrow::Cow::Borrowed;
    /// let empty = Document {
    ///     module: Borrowed("m"), file: Borrowed("m.yaml"), title: Borrowed("M"),
    ///     beta_tokens: Borrowed(&[]), default_server: None, operations: Borrowed(&[]),
    /// };
    /// assert!(empty.by_method_name("delete_run").is_none());
    /// ```
    pub fn by_method_name(&self, rust_name: &str) -> Option<&'static Operation> {
        self.operations
            .iter()
            .copied()
            .find(|op| op.rust_name == rust_name)
    }

    /// The operation with this operationId.
    ///
    /// ```
    /// # use exa_spec::Document;
    /// # use std::borrow::Cow::Borrowed;
    /// let empty = Document {
    ///     module: Borrowed("m"), file: Borrowed("m.yaml"), title: Borrowed("M"),
    ///     beta_tokens: Borrowed(&[]), default_server: None, operations: Borrowed(&[]),
    /// };
    /// assert!(empty.operation("deleteRun").is_none());
    /// ```
    pub fn operation(&self, id: &str) -> Option<&'static Operation> {
        self.operations.iter().copied().find(|op| op.id == id)
    }

    /// The token sent by default to operations that declare `Exa-Beta`.
    ///
    /// ```
    /// # use exa_spec::Document;
    /// # use std::borrow::Cow::Borrowed;
    /// let agent = Document {
    ///     module: Borrowed("agent"), file: Borrowed("exa-agent.yaml"), title: Borrowed("Agent"),
    ///     beta_tokens: Borrowed(&[Borrowed("agent-2026-05-07")]),
    ///     default_server: None, operations: Borrowed(&[]),
    /// };
    /// assert_eq!(agent.default_beta(), Some("agent-2026-05-07"));
    /// ```
    pub fn default_beta(&self) -> Option<&str> {
        self.beta_tokens.first().map(|token| token.as_ref())
    }
}

/// One operation of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The operationId of the document.
    pub id: Text,
    /// The generated method's name, as progenitor wrote it and reports it in `OperationInfo`.
    pub rust_name: Text,
    /// Upper-case HTTP method.
    pub method: Text,
    /// The path template, e.g. `/agent/runs/{id}`.
    pub path: Text,
    /// The constraints of each path parameter, in template order.
    pub path_params: List<PathParam>,
    /// The query parameters whose schema is a `number` (or an array of them): a whole number is
    /// sent without a fraction (`limit=2`), as the official SDKs send it.
    pub number_query: List<Text>,
    /// Whether the document declares the `Exa-Beta` header for this operation.
    pub beta: bool,
    /// The error responses the document declares, with their body schemas.
    pub errors: List<ErrorBody>,
}

impl Operation {
    /// Whether sending the request twice does what sending it once does (RFC 9110): GET, HEAD,
    /// PUT, DELETE, OPTIONS and TRACE are; POST and PATCH are not, unless the caller says so.
    ///
    /// ```
    /// # use exa_spec::Operation;
    /// # use std::borrow::Cow::Borrowed;
    /// let create = Operation { method: Borrowed("POST"), ..Operation::default() };
    /// assert!(!create.is_idempotent());
    /// ```
    pub fn is_idempotent(&self) -> bool {
        !matches!(self.method.as_ref(), "POST" | "PATCH")
    }

    /// The schema the document declares for an error body of `status`: the status itself,
    /// then its range, then `default`.
    ///
    /// ```
    /// # use exa_spec::{ErrorBody, Operation, Status};
    /// # use std::borrow::Cow::Borrowed;
    /// let op = Operation {
    ///     errors: Borrowed(&[
    ///         ErrorBody { status: Status::Code(404), schema: Some(Borrowed("NotFound")) },
    ///         ErrorBody { status: Status::Default, schema: Some(Borrowed("Error")) },
    ///     ]),
    ///     ..Operation::default()
    /// };
    /// assert_eq!(op.error_schema(404), Some("NotFound"));
    /// assert_eq!(op.error_schema(500), Some("Error"));
    /// ```
    pub fn error_schema(&self, status: u16) -> Option<&str> {
        let find = |wanted: Status| {
            self.errors
                .iter()
                .find(|e| e.status == wanted)
                .map(|e| e.schema.as_deref())
        };
        find(Status::Code(status))
            .or_else(|| find(Status::Range(status / 100)))
            .or_else(|| find(Status::Default))
            .flatten()
    }
}

impl Default for Operation {
    /// An operation with empty text and lists: a start for `..Operation::default()`.
    fn default() -> Self {
        Operation {
            id: Cow::Borrowed(""),
            rust_name: Cow::Borrowed(""),
            method: Cow::Borrowed("GET"),
            path: Cow::Borrowed("/"),
            path_params: Cow::Borrowed(&[]),
            number_query: Cow::Borrowed(&[]),
            beta: false,
            errors: Cow::Borrowed(&[]),
        }
    }
}

/// The constraints the document puts on one path parameter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PathParam {
    /// The name in the template.
    pub name: Text,
    /// The schema's `pattern`.
    pub pattern: Option<Text>,
    /// The schema's `minLength`.
    pub min_length: Option<u64>,
    /// The schema's `maxLength`.
    pub max_length: Option<u64>,
}

/// The statuses a declared error body is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One status, e.g. 404.
    Code(u16),
    /// A range by its first digit: 4 for `4XX`.
    Range(u16),
    /// `default`: any status not declared otherwise.
    Default,
}

/// One declared error response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// Its statuses.
    pub status: Status,
    /// The component schema of its JSON body (a type of the module's `types`), when the body is
    /// a `$ref` to one.
    pub schema: Option<Text>,
}
