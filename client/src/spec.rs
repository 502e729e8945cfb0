//! The table each generated module carries of its document (`<module>::spec::DOCUMENT`): what
//! the hooks need to know of an operation without per-operation code.

/// One OpenAPI document the crate was built from.
#[derive(Debug)]
pub struct Document {
    /// The module it became, e.g. `agent`.
    pub module: &'static str,
    /// The file in `openapi/`, e.g. `exa-agent.yaml`.
    pub file: &'static str,
    /// `info.title`.
    pub title: &'static str,
    /// The values the document allows for the `Exa-Beta` header; the first is sent by default
    /// to the operations that declare the header.
    pub beta_tokens: &'static [&'static str],
    /// The document's first server URL.
    pub default_server: Option<&'static str>,
    /// Every operation, in document order; each is also a static of the module's `spec`, named
    /// after its method (`agent::spec::DELETE_AGENT_RUN`), for the helpers.
    pub operations: &'static [&'static Operation],
}

impl Document {
    /// The operation whose generated method has this name (`OperationInfo::operation_id`).
    pub fn by_method_name(&self, rust_name: &str) -> Option<&'static Operation> {
        self.operations
            .iter()
            .copied()
            .find(|op| op.rust_name == rust_name)
    }

    /// The operation with this operationId.
    pub fn operation(&self, id: &str) -> Option<&'static Operation> {
        self.operations.iter().copied().find(|op| op.id == id)
    }

    /// The token sent by default to operations that declare `Exa-Beta`.
    pub fn default_beta(&self) -> Option<&'static str> {
        self.beta_tokens.first().copied()
    }
}

/// One operation of a document.
#[derive(Debug)]
pub struct Operation {
    /// The operationId of the document.
    pub id: &'static str,
    /// The generated method's name, as progenitor wrote it and reports it in `OperationInfo`.
    pub rust_name: &'static str,
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// The path template, e.g. `/agent/runs/{id}`.
    pub path: &'static str,
    /// The constraints of each path parameter, in template order.
    pub path_params: &'static [PathParam],
    /// The query parameters whose values are numbers: a whole number is sent without a
    /// fraction (`limit=2`).
    pub number_query: &'static [&'static str],
    /// Whether the document declares the `Exa-Beta` header for this operation.
    pub beta: bool,
    /// The error responses the document declares, with their body schemas.
    pub errors: &'static [ErrorBody],
}

impl Operation {
    /// Whether sending the request twice does what sending it once does (RFC 9110): GET, HEAD,
    /// PUT, DELETE, OPTIONS and TRACE are; POST and PATCH are not, unless the caller says so.
    pub fn is_idempotent(&self) -> bool {
        !matches!(self.method, "POST" | "PATCH")
    }

    /// The schema the document declares for an error body of `status`: the status itself,
    /// then its range, then `default`.
    pub fn error_schema(&self, status: u16) -> Option<&'static str> {
        let find = |wanted: Status| {
            self.errors
                .iter()
                .find(|e| e.status == wanted)
                .map(|e| e.schema)
        };
        find(Status::Code(status))
            .or_else(|| find(Status::Range(status / 100)))
            .or_else(|| find(Status::Default))
            .flatten()
    }
}

/// The constraints the document puts on one path parameter.
#[derive(Debug)]
pub struct PathParam {
    /// The name in the template.
    pub name: &'static str,
    /// The schema's `pattern`.
    pub pattern: Option<&'static str>,
    /// The schema's `minLength`.
    pub min_length: Option<u64>,
    /// The schema's `maxLength`.
    pub max_length: Option<u64>,
}

/// The statuses a declared error body is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// One status.
    Code(u16),
    /// A range by its first digit: 4 for `4XX`.
    Range(u16),
    /// `default`.
    Default,
}

/// One declared error response.
#[derive(Debug)]
pub struct ErrorBody {
    /// Its statuses.
    pub status: Status,
    /// The component schema of its JSON body (a type of the module's `types`).
    pub schema: Option<&'static str>,
}
