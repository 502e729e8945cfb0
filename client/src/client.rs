//! [`Exa`], the client downstream crates use, [`Api`], its handle on one document, and the
//! conversion of a generated call's outcome into [`Error`].

use std::fmt;
use std::sync::Arc;

use progenitor_client::ResponseValue;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::error::{api_error, prefix, Error};
use crate::hooks::GeneratedClient as GeneratedApi;
use crate::hooks::{CallFacts, CallRecord, HookState, Settings};
use crate::spec::Operation;

/// An error body read beyond this is not kept (an HTML page from a proxy, garbage).
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The Exa API client: every operation of every document, with auth, the beta header, path
/// checks, typed errors and retries. Cheap to clone; clones share one connection pool.
///
/// Each document is reached through the method named after its module (`exa.agent()`,
/// `exa.search()`, ...), which offers the typed helpers of that document and
/// [`Api::call`] for any of its operations.
///
/// ```no_run
/// # #[cfg(exa_operation = "agent.deleteAgentRun")]
/// # async fn run() -> Result<(), exa_client::Error> {
/// let exa = exa_client::Exa::from_env()?;
/// let deleted = exa.agent().delete("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").await?;
/// assert!(deleted.deleted);
/// // Any operation of the document, through the generated client:
/// let same = exa
///     .agent()
///     .call(async |api| api.delete_agent_run().id("agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").send().await)
///     .await;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Exa {
    pub(crate) clients: crate::documents::Clients,
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: Arc<str>,
    pub(crate) state: HookState,
}

impl fmt::Debug for Exa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Exa")
            .field("base_url", &self.base_url)
            .field("hooks", &self.state)
            .finish()
    }
}

impl Exa {
    /// A builder with the defaults documented on each method.
    pub fn builder() -> crate::ExaBuilder {
        crate::ExaBuilder::default()
    }

    /// A client from the environment: the key from `EXA_API_KEY`, the base URL from
    /// `EXA_BASE_URL` when it is set; everything else default.
    pub fn from_env() -> Result<Self, Error> {
        let mut builder = Self::builder().api_key(std::env::var("EXA_API_KEY").unwrap_or_default());
        if let Ok(url) = std::env::var("EXA_BASE_URL") {
            builder = builder.base_url(url);
        }
        Ok(builder.build()?)
    }

    /// The documents this client was built from.
    pub fn documents() -> &'static [&'static crate::spec::Document] {
        crate::documents::DOCUMENTS
    }

    pub(crate) fn new(base_url: &str, http: reqwest::Client, settings: Settings) -> Self {
        let state = HookState {
            settings: Arc::new(settings),
            call: None,
        };
        Self {
            clients: crate::documents::Clients::new(base_url, &http, &state),
            http,
            base_url: base_url.into(),
            state,
        }
    }
}

/// One document's operations on an [`Exa`]: [`Api::call`] for any of them, [`Api::client`] for
/// the generated client itself, and the document's typed helpers.
pub struct Api<'a, C> {
    exa: &'a Exa,
    client: &'a C,
}

impl<C> Clone for Api<'_, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Api<'_, C> {}

impl<C> fmt::Debug for Api<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Api").field("exa", self.exa).finish()
    }
}

/// A success's body with the response's status and headers (for `x-request-id`).
#[derive(Clone, Debug)]
pub struct Response<T> {
    /// The decoded body.
    pub body: T,
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
}

impl<T> Response<T> {
    /// The `x-request-id` (or `request-id`) header, for support requests.
    pub fn request_id(&self) -> Option<&str> {
        ["x-request-id", "request-id"]
            .iter()
            .find_map(|h| self.headers.get(*h)?.to_str().ok())
    }
}

impl<'a, C: GeneratedApi> Api<'a, C> {
    pub(crate) fn new(exa: &'a Exa, client: &'a C) -> Self {
        Self { exa, client }
    }

    /// The generated client: every operation of the document, sent with the client's auth,
    /// beta header, path checks, retries and tracing, with progenitor's own error type. Run
    /// operations through [`Api::call`] for [`Error`].
    pub fn client(&self) -> &'a C {
        self.client
    }

    /// The [`Exa`] this handle belongs to.
    pub fn exa(&self) -> &'a Exa {
        self.exa
    }

    /// Runs one generated operation and returns its body, or the typed [`Error`].
    ///
    /// The closure gets a client of its own for this call, through which the hooks report the
    /// attempts, a refused path parameter and the final status to the error.
    ///
    /// ```no_run
    /// # #[cfg(exa_operation = "agent.deleteAgentRun")]
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let deleted = exa
    ///     .agent()
    ///     .call(async |api| api.delete_agent_run().id("agent_run_abc").send().await)
    ///     .await?;
    /// println!("{}", deleted.id.as_str());
    /// # Ok(()) }
    /// ```
    pub async fn call<T, E, F>(&self, operation: F) -> Result<T, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        self.run(CallOptions::default(), operation, ResponseValue::into_inner)
            .await
    }

    /// [`Api::call`], keeping the response's status and headers.
    pub async fn call_with_response<T, E, F>(&self, operation: F) -> Result<Response<T>, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        self.run(CallOptions::default(), operation, |value| Response {
            status: value.status(),
            headers: value.headers().clone(),
            body: value.into_inner(),
        })
        .await
    }

    /// [`Api::call`] for an operation whose method says otherwise: `idempotent` true lets a
    /// POST that is safe to repeat (a cancel) be retried like a GET; false keeps a request that
    /// creates something from being sent twice.
    pub async fn call_idempotent<T, E, F>(&self, idempotent: bool, operation: F) -> Result<T, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        let options = CallOptions {
            idempotent: Some(idempotent),
            ..CallOptions::default()
        };
        self.run(options, operation, ResponseValue::into_inner)
            .await
    }

    /// Opens a stream of server-sent events: `request` is sent as `operation_id` with
    /// `Accept: text/event-stream` and no whole-request timeout (the client's would cut a run
    /// that lasts up to an hour; silence is caught by `idle_timeout` instead); the response
    /// head must come within `idle_timeout`.
    pub(crate) async fn open_stream(
        &self,
        operation: &'static Operation,
        values: &[&str],
        idle_timeout: std::time::Duration,
        request: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Error> {
        const STREAM_REQUEST_LIMIT: std::time::Duration =
            std::time::Duration::from_secs(2 * 60 * 60);
        let sent = self.raw(operation, values, |b| {
            request(
                b.header(reqwest::header::ACCEPT, "text/event-stream")
                    .timeout(STREAM_REQUEST_LIMIT),
            )
        });
        tokio::time::timeout(idle_timeout, sent)
            .await
            .unwrap_or(Err(Error::Stream(crate::error::StreamError::Idle(
                idle_timeout,
            ))))
    }

    /// Checks the path parameter `values` of `op`, in template order, before anything is
    /// built: the request hook sees the URL only after `.` and `..` segments were resolved
    /// away, and the generated types refuse some values with a message of their own, so a typed
    /// helper checks first to name the rule a value broke.
    fn check_path(op: &'static Operation, values: &[&str]) -> Result<(), Error> {
        check_values(C::DOCUMENT, op, values)
    }

    /// The JSON body of a successful `response` from [`Api::raw`], read up to the client's
    /// response-size limit.
    pub(crate) async fn read_json<T: serde::de::DeserializeOwned>(
        &self,
        mut response: reqwest::Response,
    ) -> Result<T, Error> {
        let limit = self.exa.state.settings.max_response_bytes;
        let status = response.status();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| {
            Error::Stream(crate::error::StreamError::Dropped {
                reconnects: 0,
                reason: e.to_string(),
            })
        })? {
            if body.len() + chunk.len() > limit {
                return Err(Error::ResponseTooLarge { status, limit });
            }
            body.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&body).map_err(|e| Error::Decode {
            message: e.to_string(),
            body: body.into(),
        })
    }

    /// Sends operation `op` of the document as a plain request (for a streamed body, which
    /// the generated code would decode as JSON), through the same hooks: path checks, auth,
    /// beta header, retries and tracing. `values` fill the path template in order; `build`
    /// adds headers and a body. A status that is not a success is the same [`Error`] as from
    /// [`Api::call`].
    pub(crate) async fn raw(
        &self,
        op: &'static Operation,
        values: &[&str],
        build: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Error> {
        send_plain(self.exa, C::DOCUMENT, op, values, build).await
    }

    /// [`Api::call`] for a typed helper of operation `op`: the path parameter `values` are
    /// checked by their rules first, naming the rule a value broke, and the hook then compares
    /// only the shape of the path (when the request is `op`'s: any other is checked in full).
    pub(crate) async fn call_checked<T, E, F>(
        &self,
        op: &'static Operation,
        values: &[&str],
        idempotent: Option<bool>,
        operation: F,
    ) -> Result<T, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        self.call_checked_beta(op, values, idempotent, None, operation)
            .await
    }

    /// [`Api::call_checked`] sending `beta` beside the client's tokens (once).
    pub(crate) async fn call_checked_beta<T, E, F>(
        &self,
        op: &'static Operation,
        values: &[&str],
        idempotent: Option<bool>,
        beta: Option<&'static str>,
        operation: F,
    ) -> Result<T, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        Self::check_path(op, values)?;
        let options = CallOptions {
            idempotent,
            checked: Some(op),
            beta,
        };
        self.run(options, operation, ResponseValue::into_inner)
            .await
    }

    /// Runs `operation` with a client of its own; `keep` takes what the caller wants of a
    /// success (the headers are copied only for [`Api::call_with_response`]).
    async fn run<T, E, F, R>(
        &self,
        options: CallOptions,
        operation: F,
        keep: impl FnOnce(ResponseValue<T>) -> R,
    ) -> Result<R, Error>
    where
        F: AsyncFnOnce(&C) -> Result<ResponseValue<T>, progenitor_client::Error<E>>,
    {
        let record = Arc::new(CallRecord {
            idempotent: options.idempotent,
            checked: options.checked,
            beta: options.beta,
            ..CallRecord::default()
        });
        let state = HookState {
            settings: self.exa.state.settings.clone(),
            call: Some(record.clone()),
        };
        let client = C::with_state(&self.exa.base_url, self.exa.http.clone(), state);
        let result = operation(&client).await;
        let facts = record.take();
        match result {
            Ok(value) => Ok(keep(value)),
            Err(error) => {
                let limit = self.exa.state.settings.max_response_bytes;
                Err(convert(error, facts, limit).await)
            }
        }
    }
}

/// How one call runs, beside the operation itself.
#[derive(Clone, Copy, Debug, Default)]
struct CallOptions {
    /// Whether the operation is idempotent, when its method says otherwise.
    idempotent: Option<bool>,
    /// The operation whose path values were checked by their rules before the call.
    checked: Option<&'static Operation>,
    /// A beta token this call sends beside the client's.
    beta: Option<&'static str>,
}

impl Exa {
    /// Sends operation `operation_id` of the document of module `module` (`"agent"`,
    /// `"websets"`, ...) as a plain request, through the same hooks as every generated call:
    /// path checks, auth, beta header, retries, tracing and the response size limit.
    ///
    /// `path` fills the operation's path template, in template order; `build` adds the query,
    /// headers and body (for a command line or a proxy that knows operations by their
    /// document's names rather than by generated methods). A success is returned with its body
    /// unread; any other status is the same [`Error`] as from [`Api::call`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let response = exa
    ///     .send_operation("websets", "websets-items-list", &["webset_abc"], |b| {
    ///         b.query(&[("limit", "10")])
    ///     })
    ///     .await?;
    /// let page: serde_json::Value = response.json().await.map_err(|e| exa_client::Error::Decode {
    ///     body: Default::default(),
    ///     message: e.to_string(),
    /// })?;
    /// # Ok(()) }
    /// ```
    pub async fn send_operation(
        &self,
        module: &str,
        operation_id: &str,
        path: &[&str],
        build: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Error> {
        let document = Self::documents()
            .iter()
            .find(|d| d.module == module)
            .ok_or_else(|| {
                Error::InvalidRequest(format!(
                    "this client was built without a `{module}` document"
                ))
            })?;
        let op = document.operation(operation_id).ok_or_else(|| {
            Error::InvalidRequest(format!(
                "{} has no operation `{operation_id}`",
                document.file
            ))
        })?;
        send_plain(self, document, op, path, build).await
    }
}

/// Checks that `op` is an operation of `document` and its path parameter `values` (as many as
/// its template has) against their rules, in template order.
fn check_values(
    document: &crate::spec::Document,
    op: &'static Operation,
    values: &[&str],
) -> Result<(), Error> {
    if !document.operations.iter().any(|o| std::ptr::eq(*o, op)) {
        return Err(Error::InvalidRequest(format!(
            "`{}` is not an operation of {}",
            op.id, document.file
        )));
    }
    if values.len() != op.path_params.len() {
        return Err(Error::InvalidRequest(format!(
            "`{}` takes {} path parameter(s), not {}",
            op.id,
            op.path_params.len(),
            values.len()
        )));
    }
    for (param, value) in op.path_params.iter().zip(values) {
        crate::check_value(param, value)?;
    }
    Ok(())
}

/// [`Api::raw`] and [`Exa::send_operation`]: operation `op` of `document` as a plain request
/// through the hooks.
async fn send_plain(
    exa: &Exa,
    document: &'static crate::spec::Document,
    op: &'static Operation,
    values: &[&str],
    build: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
) -> Result<reqwest::Response, Error> {
    use progenitor_client::Error as G;
    check_values(document, op, values)?;
    let mut values = values.iter();
    let path: Vec<String> = op
        .path
        .split('/')
        .map(|segment| match segment.starts_with('{') {
            true => progenitor_client::encode_path(values.next().copied().unwrap_or_default()),
            false => segment.to_string(),
        })
        .collect();
    let url = format!("{}{}", exa.base_url, path.join("/"));
    let method = reqwest::Method::from_bytes(op.method.as_bytes())
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    let mut request = build(exa.http.request(method, url))
        .build()
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    let record = Arc::new(CallRecord {
        checked: Some(op),
        ..CallRecord::default()
    });
    let state = HookState {
        settings: exa.state.settings.clone(),
        call: Some(record.clone()),
    };
    let info = progenitor_client::OperationInfo {
        operation_id: &op.rust_name,
    };
    let limit = state.settings.max_response_bytes;
    let error: G<()> = match crate::hooks::pre(&state, document, &mut request, &info) {
        Err(e) => e,
        Ok(()) => match crate::hooks::exec(&exa.http, &state, document, request, &info).await {
            Ok(response) if response.status().is_success() => return Ok(response),
            Ok(response) => G::UnexpectedResponse(response),
            Err(e) => G::CommunicationError(e),
        },
    };
    Err(convert(error, record.take(), limit).await)
}

/// The facade's error for a generated call's error; `max_response_bytes` is the client's
/// limit, for [`Error::ResponseTooLarge`].
async fn convert<E>(
    error: progenitor_client::Error<E>,
    facts: CallFacts,
    max_response_bytes: usize,
) -> Error {
    use progenitor_client::Error as G;
    let attempts = facts.attempts.max(1);
    let transport = |source: reqwest::Error| {
        if source.is_timeout() {
            Error::Timeout { attempts, source }
        } else {
            Error::Transport { attempts, source }
        }
    };
    let error = match error {
        G::InvalidRequest(message) | G::Custom(message) => match facts.refused {
            Some(invalid) => Error::InvalidId(invalid),
            None => Error::InvalidRequest(message),
        },
        G::ResponseBodyError(e) if is_too_large(&e) => Error::ResponseTooLarge {
            status: facts.status.unwrap_or_default(),
            limit: max_response_bytes,
        },
        G::CommunicationError(e) | G::ResponseBodyError(e) | G::InvalidUpgrade(e) => transport(e),
        // Error responses are not in the generated code: every error status arrives as
        // `UnexpectedResponse`, with its body unread.
        G::ErrorResponse(value) => Error::UnexpectedStatus {
            status: value.status(),
            body_prefix: String::new(),
        },
        G::InvalidResponsePayload(body, e) => Error::Decode {
            body,
            message: e.to_string(),
        },
        G::UnexpectedResponse(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let body = match read_limited(response).await {
                Ok(body) => body,
                Err(_) => {
                    return Error::ResponseTooLarge {
                        status,
                        limit: max_response_bytes,
                    }
                }
            };
            if status.is_client_error() || status.is_server_error() {
                let schema = facts
                    .operation
                    .and_then(|op| op.error_schema(status.as_u16()));
                Error::Api(Box::new(api_error(
                    status, &headers, &body, attempts, schema,
                )))
            } else {
                Error::UnexpectedStatus {
                    status,
                    body_prefix: prefix(&body),
                }
            }
        }
    };
    match facts.operation {
        Some(op) if facts.outcome_unknown => Error::OutcomeUnknown {
            operation: &op.id,
            hint: "check before sending it again",
            source: Box::new(error),
        },
        _ => error,
    }
}

/// Whether reading a body failed on the hooks' limit rather than on the connection.
fn is_too_large(error: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}

/// Reads at most [`ERROR_BODY_LIMIT`] bytes: an error body is for a message, not for storage.
/// A body over the client's limit is an error; a connection that breaks keeps what came.
async fn read_limited(mut response: reqwest::Response) -> Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                body.extend_from_slice(&chunk[..chunk.len().min(ERROR_BODY_LIMIT - body.len())]);
                if body.len() >= ERROR_BODY_LIMIT {
                    return Ok(body);
                }
            }
            Ok(None) => return Ok(body),
            Err(e) if is_too_large(&e) => return Err(e),
            Err(_) => return Ok(body),
        }
    }
}
