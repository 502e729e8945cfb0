//! The one place every generated request passes through: headers, path checks, retries and
//! tracing, for every operation of every document with no per-operation code. Each generated
//! module's `Client` forwards its progenitor hooks here with its document's table.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

use progenitor_client::OperationInfo;
use reqwest::header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE, USER_AGENT};
use reqwest::{Method, Request, Response, StatusCode};
use tracing::field::Empty;
use tracing::Instrument;

use crate::betas::Betas;
use crate::ids::{self, InvalidId};
use crate::retry::{self, Decision, Outcome, RetryPolicy};
use crate::spec::{Document, Operation};

/// Made at compile time: `from_static` at run time checks every byte, for every request.
const EXA_BETA: HeaderName = HeaderName::from_static("exa-beta");

/// The client's settings, shared by every generated client and every call.
pub(crate) struct Settings {
    pub(crate) auth: (HeaderName, HeaderValue),
    pub(crate) betas: Betas,
    pub(crate) user_agent: HeaderValue,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) base_path: String,
}

/// What a generated `Client` carries for the hooks: the client's settings and, for a client
/// made for one [`crate::Api::call`], that call's record.
#[derive(Clone)]
pub struct HookState {
    pub(crate) settings: Arc<Settings>,
    pub(crate) call: Option<Arc<CallRecord>>,
}

impl fmt::Debug for HookState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.settings;
        f.debug_struct("HookState")
            .field("auth_header", &s.auth.0)
            .field("betas", &s.betas)
            .field("user_agent", &s.user_agent)
            .field("retry", &s.retry)
            .field("max_response_bytes", &s.max_response_bytes)
            .finish()
    }
}

/// What the hooks learned during one call, for its error: progenitor's hooks can return only
/// a string error or a `reqwest` result, so the typed facts travel in the call's own client.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    /// Set by the caller: whether the operation is idempotent, overriding its method.
    pub(crate) idempotent: Option<bool>,
    /// Set by the caller: the operation whose path parameters were each checked by their rule
    /// before the call. A request of any other operation is checked here in full.
    pub(crate) checked: Option<&'static Operation>,
    /// Set by the caller: a token this one request needs beside the client's (`stop` and
    /// `effort: max` need `agent-max-effort-2026-07-27`), joined to the header once.
    pub(crate) beta: Option<&'static str>,
    pub(crate) facts: Mutex<CallFacts>,
}

#[derive(Debug, Default)]
pub(crate) struct CallFacts {
    pub(crate) operation: Option<&'static Operation>,
    pub(crate) attempts: u32,
    pub(crate) status: Option<StatusCode>,
    pub(crate) refused: Option<InvalidId>,
    /// The request is not idempotent and the last attempt may have been acted on.
    pub(crate) outcome_unknown: bool,
}

impl CallRecord {
    fn update(&self, f: impl FnOnce(&mut CallFacts)) {
        f(&mut self.facts.lock().unwrap_or_else(|e| e.into_inner()));
    }

    pub(crate) fn take(&self) -> CallFacts {
        std::mem::take(&mut self.facts.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl HookState {
    fn record(&self, f: impl FnOnce(&mut CallFacts)) {
        if let Some(call) = &self.call {
            call.update(f);
        }
    }
}

/// What every generated `Client` offers the facade: its document's table, and a way to make
/// one that carries the facade's state.
pub trait GeneratedClient: Sized {
    /// The document's table.
    const DOCUMENT: &'static Document;
    /// A client for `baseurl` sending through `http`, with the facade's state.
    fn with_state(baseurl: &str, http: reqwest::Client, state: HookState) -> Self;
    /// The facade's state it carries.
    fn state(&self) -> &HookState;
}

/// Checks the path and adds the headers: auth, `Exa-Beta` (see [`crate::betas`]) and the user
/// agent.
// The error type is progenitor's hook signature, not ours to shrink.
#[allow(clippy::result_large_err)]
pub fn pre<E>(
    state: &HookState,
    document: &'static Document,
    request: &mut Request,
    info: &OperationInfo,
) -> Result<(), progenitor_client::Error<E>> {
    let settings = &state.settings;
    let operation = document.by_method_name(info.operation_id);
    state.record(|c| c.operation = operation);
    if let Some(op) = operation {
        let values_checked = state
            .call
            .as_ref()
            .and_then(|c| c.checked)
            .is_some_and(|checked| std::ptr::eq(checked, op));
        let path = request.url().path();
        if let Err(invalid) = ids::check_path(op, &settings.base_path, path, values_checked) {
            let message = invalid.to_string();
            state.record(|c| c.refused = Some(invalid));
            return Err(progenitor_client::Error::InvalidRequest(message));
        }
        if !op.number_query.is_empty() {
            crate::wire::whole_numbers(request.url_mut(), &op.number_query);
        }
    }
    // RFC 9110 §8.6: a request whose method defines content and that has none says so; some
    // front ends answer 411 otherwise, and hyper sends neither header for an empty body.
    if request.body().is_none()
        && matches!(
            *request.method(),
            Method::POST | Method::PUT | Method::PATCH
        )
    {
        request
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
    }
    let declared = operation.is_some_and(|op| op.beta);
    let headers = request.headers_mut();
    crate::auth::insert(headers, &settings.auth.0, &settings.auth.1);
    let configured = settings.betas.header(document, declared);
    match state.call.as_ref().and_then(|c| c.beta) {
        Some(extra) => {
            let mut tokens: Vec<&str> = configured
                .and_then(|v| v.to_str().ok())
                .map(|v| v.split(',').collect())
                .unwrap_or_default();
            if !tokens.contains(&extra) {
                tokens.push(extra);
            }
            if let Ok(value) = HeaderValue::from_str(&tokens.join(",")) {
                headers.insert(EXA_BETA, value);
            }
        }
        None => {
            if let Some(beta) = configured {
                headers.insert(EXA_BETA, beta.clone());
            }
        }
    }
    headers.insert(USER_AGENT, settings.user_agent.clone());
    Ok(())
}

/// Sends the request, retrying as the policy and the operation's idempotency allow, in an
/// `exa.request` span.
pub async fn exec(
    http: &reqwest::Client,
    state: &HookState,
    document: &'static Document,
    request: Request,
    info: &OperationInfo,
) -> reqwest::Result<Response> {
    let span = tracing::info_span!(
        "exa.request",
        operation = %info.operation_id,
        method = %request.method(),
        path = %request.url().path(),
        attempt = Empty,
        status = Empty,
        duration_ms = Empty,
    );
    let operation = document.by_method_name(info.operation_id);
    let idempotent = state
        .call
        .as_ref()
        .and_then(|c| c.idempotent)
        .unwrap_or_else(|| operation.is_none_or(Operation::is_idempotent));
    // With no subscriber that wants the span, it is neither entered on every poll nor given
    // its fields, and no clock is read for its duration.
    if span.is_disabled() {
        send_with_retries(http, state, idempotent, request, None).await
    } else {
        let sending = send_with_retries(http, state, idempotent, request, Some(&span));
        sending.instrument(span.clone()).await
    }
}

async fn send_with_retries(
    http: &reqwest::Client,
    state: &HookState,
    idempotent: bool,
    mut request: Request,
    span: Option<&tracing::Span>,
) -> reqwest::Result<Response> {
    let policy = &state.settings.retry;
    let started = span.map(|_| Instant::now());
    let mut retries = 0;
    loop {
        // A streamed body cannot be cloned, and such a request is sent once.
        let spare = (retries < policy.max_retries)
            .then(|| spare(&request))
            .flatten();
        if let Some(span) = span {
            span.record("attempt", retries + 1);
        }
        let result = http.execute(request).await;
        // The common case pays for no clock or random draw.
        let succeeded = result.as_ref().is_ok_and(|r| r.status().is_success());
        let outcome = (!succeeded).then(|| match &result {
            Ok(r) => Outcome::Response {
                status: r.status(),
                headers: r.headers(),
            },
            Err(e) => Outcome::Transport {
                sent: !e.is_connect(),
            },
        });
        let decision = match (&spare, &outcome) {
            (Some(_), Some(outcome)) => retry::decide(
                policy,
                retries,
                idempotent,
                outcome,
                SystemTime::now(),
                retry::jitter(),
            ),
            _ => Decision::Stop,
        };
        match (decision, spare) {
            (Decision::Retry(delay), Some(next)) => {
                tracing::debug!(
                    retry = retries + 1,
                    delay_ms = delay.as_millis() as u64,
                    error = result.as_ref().err().map(tracing::field::display),
                    status = result.as_ref().ok().map(|r| r.status().as_u16()),
                    "retrying"
                );
                drop(result);
                tokio::time::sleep(delay).await;
                request = next;
                retries += 1;
            }
            _ => {
                let outcome_unknown = !idempotent
                    && outcome
                        .as_ref()
                        .is_some_and(Outcome::may_have_been_processed);
                let status = result.as_ref().ok().map(Response::status);
                if let (Some(span), Some(started)) = (span, started) {
                    span.record("duration_ms", started.elapsed().as_millis() as u64);
                    if let Some(status) = status {
                        span.record("status", status.as_u16());
                    }
                }
                state.record(|c| {
                    c.attempts = retries + 1;
                    c.status = status;
                    c.outcome_unknown = outcome_unknown;
                });
                return result.map(|r| limit_body(r, state.settings.max_response_bytes));
            }
        }
    }
}

/// A copy of `request` for a retry, `None` when its body is a stream. `try_clone` allocates a
/// map of request extensions even to store "no timeout", then replaces it with a copy of the
/// original's. A request without a timeout or a body is copied from its parts instead: the
/// generated code sets no per-request option but the timeout, and reqwest's extensions are not
/// public, so there is nothing else to copy.
fn spare(request: &Request) -> Option<Request> {
    if request.timeout().is_some() || request.body().is_some() {
        return request.try_clone();
    }
    let mut spare = Request::new(request.method().clone(), request.url().clone());
    *spare.headers_mut() = request.headers().clone();
    *spare.version_mut() = request.version();
    Some(spare)
}

/// Caps what reading `response`'s body may hold in memory: past `limit` bytes the read fails
/// with `LengthLimitError`, at once when `Content-Length` announces more. A body within its
/// announced length needs no wrapper (hyper stops there), nor do streamed media types, whose
/// reader takes them piece by piece.
pub(crate) fn limit_body(response: Response, limit: usize) -> Response {
    let announced = response.content_length();
    if announced.is_some_and(|length| length <= limit as u64) {
        return response;
    }
    let streamed = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/event-stream") || t.starts_with("application/octet-stream")
        });
    if streamed {
        return response;
    }
    // An announced excess fails on the first chunk instead of after `limit` bytes.
    let limit = if announced.is_some() { 0 } else { limit };
    let response = http::Response::<reqwest::Body>::from(response);
    let (parts, body) = response.into_parts();
    let body = reqwest::Body::wrap(http_body_util::Limited::new(body, limit));
    Response::from(http::Response::from_parts(parts, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a retry sends: the copy must match `try_clone` in everything a request shows.
    fn parts(r: &Request) -> String {
        format!(
            "{} {} {:?} {:?} {:?} {:?}",
            r.method(),
            r.url(),
            r.version(),
            r.timeout(),
            r.headers(),
            r.body().and_then(reqwest::Body::as_bytes)
        )
    }

    #[test]
    fn a_spare_is_what_try_clone_makes() {
        let http = reqwest::Client::new();
        let requests = [
            http.delete("http://h/agent/runs/a%20b?x=1")
                .header("x-api-key", "k")
                .header("accept", "a")
                .header("accept", "b")
                .version(reqwest::Version::HTTP_2),
            http.get("http://h/")
                .timeout(std::time::Duration::from_secs(3)),
            http.post("http://h/").body("{}"),
        ];
        for request in requests {
            let request = request.build().unwrap();
            let expected = parts(&request.try_clone().unwrap());
            assert_eq!(parts(&spare(&request).unwrap()), expected);
        }
    }
}
