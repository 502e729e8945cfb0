//! The one place every generated request passes through: headers, path checks, retries and
//! tracing, for every operation of the spec with no per-operation code.

use std::cell::RefCell;
use std::fmt;
use std::time::{Instant, SystemTime};

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderName, HeaderValue, CONTENT_TYPE, USER_AGENT};
use reqwest::{Request, Response, StatusCode};
use tracing::field::Empty;
use tracing::Instrument;

use crate::generated::Client;
use crate::ids::{self, InvalidId};
use crate::retry::{self, Decision, Outcome, RetryPolicy};

/// What the generated `Client` carries for the hooks.
#[derive(Clone)]
pub struct HookState {
    pub(crate) auth: (HeaderName, HeaderValue),
    pub(crate) beta: Option<HeaderValue>,
    pub(crate) user_agent: HeaderValue,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) base_path: String,
}

impl fmt::Debug for HookState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HookState")
            .field("auth_header", &self.auth.0)
            .field("beta", &self.beta)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

/// What one [`crate::Exa::call`] learned inside the hooks, for its error.
#[derive(Debug, Default)]
pub(crate) struct CallContext {
    pub attempts: u32,
    pub status: Option<StatusCode>,
    pub headers: Option<reqwest::header::HeaderMap>,
    pub invalid_id: Option<InvalidId>,
}

tokio::task_local! {
    pub(crate) static CALL: RefCell<CallContext>;
}

fn with_call(f: impl FnOnce(&mut CallContext)) {
    // Outside `Exa::call` (a bare generated call) there is no context to fill.
    let _ = CALL.try_with(|c| f(&mut c.borrow_mut()));
}

impl ClientHooks<HookState> for Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let state = self.inner();
        if let Err(invalid) =
            ids::check_request(info.operation_id, &state.base_path, request.url().path())
        {
            let message = invalid.to_string();
            with_call(|c| c.invalid_id = Some(invalid));
            return Err(progenitor_client::Error::InvalidRequest(message));
        }
        let headers = request.headers_mut();
        crate::auth::insert(headers, &state.auth.0, &state.auth.1);
        if let Some(beta) = &state.beta {
            headers.insert(HeaderName::from_static("exa-beta"), beta.clone());
        }
        headers.insert(USER_AGENT, state.user_agent.clone());
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let span = tracing::info_span!(
            "exa.request",
            operation = %info.operation_id,
            method = %request.method(),
            path = %request.url().path(),
            attempt = Empty,
            status = Empty,
            duration_ms = Empty,
        );
        self.send_with_retries(request).instrument(span).await
    }
}

impl Client {
    async fn send_with_retries(&self, mut request: Request) -> reqwest::Result<Response> {
        let policy = &self.inner().retry;
        let span = tracing::Span::current();
        let started = Instant::now();
        let mut retries = 0;
        loop {
            // A streamed body cannot be cloned, and such a request is sent once.
            let spare = (retries < policy.max_retries)
                .then(|| request.try_clone())
                .flatten();
            span.record("attempt", retries + 1);
            let result = self.client().execute(request).await;
            let decision = match (&spare, &result) {
                (None, _) => Decision::Stop,
                // The common case pays for no clock or random draw.
                (Some(_), Ok(r)) if r.status().is_success() => Decision::Stop,
                (Some(_), _) => {
                    let outcome = match &result {
                        Ok(r) => Outcome::Response {
                            status: r.status(),
                            headers: r.headers(),
                        },
                        Err(_) => Outcome::Transport,
                    };
                    retry::decide(
                        policy,
                        retries,
                        &outcome,
                        SystemTime::now(),
                        retry::jitter(),
                    )
                }
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
                    span.record("duration_ms", started.elapsed().as_millis() as u64);
                    if let Ok(response) = &result {
                        span.record("status", response.status().as_u16());
                    }
                    with_call(|c| {
                        c.attempts = retries + 1;
                        if let Ok(response) = &result {
                            c.status = Some(response.status());
                            if !response.status().is_success() {
                                c.headers = Some(response.headers().clone());
                            }
                        }
                    });
                    return result.map(|r| limit_body(r, self.inner().max_response_bytes));
                }
            }
        }
    }
}

/// Caps what reading `response`'s body may hold in memory: past `limit` bytes the read fails
/// with `LengthLimitError`, at once when `Content-Length` announces more. A body within its
/// announced length needs no wrapper (hyper stops there), nor do streamed media types, whose
/// reader takes them piece by piece.
fn limit_body(response: Response, limit: usize) -> Response {
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
