//! Whether to retry a request, and how long to wait first.
//!
//! The rules follow the Stainless-generated OpenAI and Anthropic SDKs, so the
//! client behaves the way users of those SDKs expect. The decision is a pure
//! function: the caller passes in the clock and the randomness, which keeps
//! every rule testable with a table.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// Lowest jitter factor: waits shrink by up to a quarter, never grow, so a
/// policy's `max_backoff` stays a true upper bound.
const MIN_JITTER: f64 = 0.75;

/// How a client retries. Default: 2 retries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retries.
    pub max_retries: u32,
    /// First backoff delay (default 500 ms); doubled after each retry.
    pub initial_backoff: Duration,
    /// Cap of the exponential backoff (default 8 s).
    pub max_backoff: Duration,
    /// Longest server-requested delay honored (default 60 s); a longer one falls back to the backoff.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries: every request gets exactly one attempt.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }
}

/// What one attempt produced, as far as the retry decision cares.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Outcome<'a> {
    /// The server answered.
    Response {
        /// The response status.
        status: StatusCode,
        /// The response headers, read for `x-should-retry` and `retry-after(-ms)`.
        headers: &'a HeaderMap,
    },
    /// No response: connection refused/reset, timeout, body error. `sent` is false only when
    /// the connection failed before any of the request was written.
    Transport {
        /// Whether the server may have received the request.
        sent: bool,
    },
}

impl Outcome<'_> {
    /// Whether the server may have acted on the request although the caller got no success:
    /// it answered 5xx, or it received the request and no answer came back.
    pub(crate) fn may_have_been_processed(&self) -> bool {
        match self {
            Self::Response { status, .. } => status.is_server_error(),
            Self::Transport { sent } => *sent,
        }
    }
}

/// What to do after an attempt.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Wait this long, then send the request again.
    Retry(Duration),
    /// Return the outcome to the caller as it is.
    Stop,
}

/// Decides whether to retry after an attempt, and after what delay.
///
/// `retries_done`: how many retries already happened (0 after the first attempt).
/// `idempotent`: whether sending the request twice is harmless; a request that is not (one that
/// creates something, and costs money) is retried only when the server cannot have acted on it:
/// the connection failed before it was sent, or a 429 refused it.
/// `now`: the current time, for HTTP-date Retry-After.  `jitter`: a factor in [0.75, 1.0], drawn by the caller.
pub(crate) fn decide(
    policy: &RetryPolicy,
    retries_done: u32,
    idempotent: bool,
    outcome: &Outcome<'_>,
    now: SystemTime,
    jitter: f64,
) -> Decision {
    let repeatable = idempotent || !outcome_may_be_applied(outcome);
    if retries_done >= policy.max_retries || !repeatable || !is_retryable(outcome) {
        return Decision::Stop;
    }
    let requested = match outcome {
        Outcome::Response { headers, .. } => server_delay(policy, headers, now),
        Outcome::Transport { .. } => None,
    };
    Decision::Retry(requested.unwrap_or_else(|| backoff(policy, retries_done, jitter)))
}

/// Draws a jitter factor in [0.75, 1.0].
///
/// Randomizing the backoff keeps many clients that failed together from
/// retrying together and knocking the recovering server over again. The bits
/// come from std's `RandomState`, whose keys are random per thread and change
/// with every instance: spread enough for a backoff, which needs no
/// cryptographic quality, without a random-number crate in every dependent's
/// build.
pub(crate) fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let bits = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    let unit = (bits >> 11) as f64 / (1u64 << 53) as f64;
    MIN_JITTER + (1.0 - MIN_JITTER) * unit
}

/// Whether the server may have acted on the request: anything but a connection that failed
/// before sending, or a 429 (a rate limit refuses the request before any work).
fn outcome_may_be_applied(outcome: &Outcome<'_>) -> bool {
    match outcome {
        Outcome::Response { status, .. } => *status != StatusCode::TOO_MANY_REQUESTS,
        Outcome::Transport { sent } => *sent,
    }
}

fn is_retryable(outcome: &Outcome<'_>) -> bool {
    let Outcome::Response { status, headers } = outcome else {
        // Nothing came back, which is usually a passing network problem.
        return true;
    };
    // The server knows its own state better than any status table does.
    match header(headers, "x-should-retry") {
        Some("true") => true,
        Some("false") => false,
        _ => is_retryable_status(*status),
    }
}

/// 408 timeout, 409 lock conflict, 429 rate limit and 5xx are all likely to clear on their own;
/// other statuses would fail again.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 409 | 429) || status.is_server_error()
}

/// The delay the server asked for, if it is usable.
fn server_delay(policy: &RetryPolicy, headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    // Beyond the limit the caller is better served by an error than a long hang.
    let honored = |delay: &Duration| *delay <= policy.max_retry_after;
    // Parsing as seconds, then dividing, keeps fractional milliseconds exact.
    let millis = header(headers, "retry-after-ms")
        .and_then(seconds)
        .map(|delay| delay / 1000);
    millis.filter(honored).or_else(|| {
        let value = header(headers, "retry-after")?;
        seconds(value).or_else(|| until(value, now)).filter(honored)
    })
}

/// Parses a non-negative, possibly fractional number of seconds.
fn seconds(value: &str) -> Option<Duration> {
    // Rejects negative, NaN and out-of-range values instead of panicking.
    Duration::try_from_secs_f64(value.parse().ok()?).ok()
}

/// The time from `now` until an HTTP date.
fn until(date: &str, now: SystemTime) -> Option<Duration> {
    let date = httpdate::parse_http_date(date).ok()?;
    // A date already passed means the server is ready now.
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Exponential backoff, capped, scaled by jitter.
pub(crate) fn backoff(policy: &RetryPolicy, retries_done: u32, jitter: f64) -> Duration {
    let doubled = 2u32
        .checked_pow(retries_done)
        .and_then(|factor| policy.initial_backoff.checked_mul(factor));
    // Overflow means the delay is far past any cap anyway.
    let capped = doubled.map_or(policy.max_backoff, |delay| delay.min(policy.max_backoff));
    let jitter = jitter.clamp(MIN_JITTER, 1.0);
    // Fails only for a NaN jitter or a cap near `Duration::MAX`; the full delay is the safe side.
    Duration::try_from_secs_f64(capped.as_secs_f64() * jitter).unwrap_or(capped)
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name)?.to_str().ok().map(str::trim)
}

#[cfg(test)]
mod tests {
    use std::time::UNIX_EPOCH;

    use reqwest::header::{HeaderName, HeaderValue};

    use super::*;

    const RA: &str = "retry-after";
    const RA_MS: &str = "retry-after-ms";
    const SHOULD: &str = "x-should-retry";

    type Headers<'a> = &'a [(&'static str, &'a str)];

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_700_000_000)
    }

    fn header_map(pairs: Headers<'_>) -> HeaderMap {
        pairs
            .iter()
            .map(|&(name, value)| {
                let value = HeaderValue::from_str(value).expect("test header value");
                (HeaderName::from_static(name), value)
            })
            .collect()
    }

    /// Runs `decide` for an idempotent request and a response (`Some(status)`) or a transport
    /// failure after sending (`None`).
    fn run(
        policy: &RetryPolicy,
        retries_done: u32,
        status: Option<u16>,
        headers: &HeaderMap,
        jitter: f64,
    ) -> Decision {
        let outcome = match status {
            Some(code) => Outcome::Response {
                status: StatusCode::from_u16(code).expect("test status"),
                headers,
            },
            None => Outcome::Transport { sent: true },
        };
        decide(policy, retries_done, true, &outcome, now(), jitter)
    }

    #[test]
    fn a_request_that_is_not_idempotent_is_retried_only_when_the_server_cannot_have_acted() {
        let headers = HeaderMap::new();
        let should_retry = header_map(&[(SHOULD, "true")]);
        let response = |code: u16, headers| Outcome::Response {
            status: StatusCode::from_u16(code).expect("test status"),
            headers,
        };
        // (outcome, retried, may have been processed)
        let cases: &[(Outcome<'_>, bool, bool)] = &[
            (Outcome::Transport { sent: false }, true, false),
            (Outcome::Transport { sent: true }, false, true),
            (response(429, &headers), true, false),
            (response(408, &headers), false, false),
            (response(409, &headers), false, false),
            (response(500, &headers), false, true),
            (response(502, &headers), false, true),
            (response(503, &should_retry), false, true),
            (response(400, &headers), false, false),
        ];
        let policy = RetryPolicy::default();
        for (outcome, retried, processed) in cases {
            let decision = decide(&policy, 0, false, outcome, now(), 1.0);
            assert_eq!(
                matches!(decision, Decision::Retry(_)),
                *retried,
                "{outcome:?} -> {decision:?}"
            );
            assert_eq!(outcome.may_have_been_processed(), *processed, "{outcome:?}");
            // The same outcomes of an idempotent request keep the ordinary policy.
            let ordinary = decide(&policy, 0, true, outcome, now(), 1.0);
            let status_retryable = match outcome {
                Outcome::Response { status, headers } => is_retryable(&Outcome::Response {
                    status: *status,
                    headers,
                }),
                Outcome::Transport { .. } => true,
            };
            assert_eq!(
                matches!(ordinary, Decision::Retry(_)),
                status_retryable,
                "{outcome:?}"
            );
        }
        // The budget still bounds the retries of an unsent request.
        let none = RetryPolicy::none();
        let unsent = Outcome::Transport { sent: false };
        assert_eq!(decide(&none, 0, false, &unsent, now(), 1.0), Decision::Stop);
    }

    #[test]
    fn retry_or_stop() {
        // (status, None = transport; headers; max_retries; retries_done; retried?)
        let cases: &[(Option<u16>, Headers<'_>, u32, u32, bool)] = &[
            (Some(200), &[], 2, 0, false),
            (Some(201), &[], 2, 0, false),
            (Some(301), &[], 2, 0, false),
            (Some(400), &[], 2, 0, false),
            (Some(401), &[], 2, 0, false),
            (Some(403), &[], 2, 0, false),
            (Some(404), &[], 2, 0, false),
            (Some(408), &[], 2, 0, true),
            (Some(409), &[], 2, 0, true),
            (Some(422), &[], 2, 0, false),
            (Some(429), &[], 2, 0, true),
            (Some(500), &[], 2, 0, true),
            (Some(502), &[], 2, 0, true),
            (Some(503), &[], 2, 0, true),
            (Some(504), &[], 2, 0, true),
            (Some(599), &[], 2, 0, true),
            (None, &[], 2, 0, true),
            // x-should-retry overrides the status either way.
            (Some(200), &[(SHOULD, "true")], 2, 0, true),
            (Some(400), &[(SHOULD, "true")], 2, 0, true),
            (Some(429), &[(SHOULD, "false")], 2, 0, false),
            (Some(503), &[(SHOULD, "false")], 2, 0, false),
            (Some(503), &[(SHOULD, "maybe")], 2, 0, true),
            (Some(400), &[(SHOULD, "maybe")], 2, 0, false),
            // The budget.
            (Some(503), &[], 2, 1, true),
            (Some(503), &[], 2, 2, false),
            (Some(503), &[], 2, 3, false),
            (None, &[], 2, 2, false),
            (Some(200), &[(SHOULD, "true")], 2, 2, false),
            (Some(503), &[], 0, 0, false),
            (None, &[], 0, 0, false),
        ];
        for case @ &(status, headers, max_retries, retries_done, retried) in cases {
            let policy = RetryPolicy {
                max_retries,
                ..RetryPolicy::default()
            };
            let headers = header_map(headers);
            let decision = run(&policy, retries_done, status, &headers, 1.0);
            assert_eq!(
                matches!(decision, Decision::Retry(_)),
                retried,
                "{case:?} -> {decision:?}"
            );
        }
        assert_eq!(
            RetryPolicy::none(),
            RetryPolicy {
                max_retries: 0,
                ..RetryPolicy::default()
            }
        );
    }

    #[test]
    fn delays() {
        let ms = Duration::from_millis;
        let secs = Duration::from_secs;
        let us = Duration::from_micros;
        let soon = httpdate::fmt_http_date(now() + secs(10));
        let far = httpdate::fmt_http_date(now() + secs(120));
        let past = httpdate::fmt_http_date(now() - secs(30));
        // (retries_done, jitter, headers, delay)
        let cases: &[(u32, f64, Headers<'_>, Duration)] = &[
            (0, 1.0, &[], ms(500)),
            (1, 1.0, &[], secs(1)),
            (2, 1.0, &[], secs(2)),
            (3, 1.0, &[], secs(4)),
            (4, 1.0, &[], secs(8)),
            (5, 1.0, &[], secs(8)),
            (0, 0.75, &[], ms(375)),
            (1, 0.75, &[], ms(750)),
            (2, 0.75, &[], ms(1500)),
            (3, 0.75, &[], secs(3)),
            (4, 0.75, &[], secs(6)),
            (5, 0.75, &[], secs(6)),
            // No overflow however many retries were done.
            (40, 1.0, &[], secs(8)),
            (u32::MAX - 1, 0.75, &[], secs(6)),
            // Out-of-range jitter is clamped.
            (0, 2.0, &[], ms(500)),
            (0, 0.1, &[], ms(375)),
            (0, f64::NAN, &[], ms(500)),
            // Server-requested delays, not jittered.
            (0, 1.0, &[(RA_MS, "250")], ms(250)),
            (0, 1.0, &[(RA_MS, "1500.5")], us(1_500_500)),
            (0, 1.0, &[(RA, "3")], secs(3)),
            (0, 0.75, &[(RA, "3")], secs(3)),
            (0, 1.0, &[(RA, "0")], Duration::ZERO),
            (0, 1.0, &[(RA, "1.5")], ms(1500)),
            (0, 1.0, &[(RA, "60")], secs(60)),
            (0, 1.0, &[(RA, soon.as_str())], secs(10)),
            (0, 1.0, &[(RA, past.as_str())], Duration::ZERO),
            // Unusable server delays fall back to the backoff.
            (0, 1.0, &[(RA, "61")], ms(500)),
            (2, 1.0, &[(RA, "61")], secs(2)),
            (0, 1.0, &[(RA, "-1")], ms(500)),
            (0, 1.0, &[(RA, "abc")], ms(500)),
            (0, 1.0, &[(RA, "NaN")], ms(500)),
            (0, 1.0, &[(RA, far.as_str())], ms(500)),
            (0, 1.0, &[(RA_MS, "-5")], ms(500)),
            (0, 1.0, &[(RA_MS, "60001")], ms(500)),
            // retry-after-ms wins; retry-after stands in when it is unusable.
            (0, 1.0, &[(RA_MS, "250"), (RA, "3")], ms(250)),
            (0, 1.0, &[(RA_MS, "abc"), (RA, "3")], secs(3)),
        ];
        let policy = RetryPolicy {
            max_retries: u32::MAX,
            ..RetryPolicy::default()
        };
        for case @ &(retries_done, jitter, headers, delay) in cases {
            let headers = header_map(headers);
            let decision = run(&policy, retries_done, Some(503), &headers, jitter);
            assert_eq!(decision, Decision::Retry(delay), "{case:?}");
        }
        let transport = run(&policy, 3, None, &HeaderMap::new(), 1.0);
        assert_eq!(transport, Decision::Retry(secs(4)));
    }

    #[test]
    fn extreme_policy_does_not_panic() {
        let policy = RetryPolicy {
            max_retries: u32::MAX,
            initial_backoff: Duration::MAX,
            max_backoff: Duration::MAX,
            max_retry_after: Duration::MAX,
        };
        let huge = header_map(&[(RA_MS, "1e300")]);
        for retries_done in [0, 1, 64, u32::MAX - 1] {
            for jitter in [0.75, 1.0] {
                let decision = run(&policy, retries_done, Some(503), &huge, jitter);
                assert!(matches!(decision, Decision::Retry(_)), "{decision:?}");
            }
        }
    }

    #[test]
    fn jitter_stays_in_range_and_varies() {
        let draws: Vec<f64> = (0..1_000).map(|_| jitter()).collect();
        for factor in &draws {
            assert!((MIN_JITTER..=1.0).contains(factor), "{factor}");
        }
        let distinct: std::collections::BTreeSet<u64> = draws.iter().map(|f| f.to_bits()).collect();
        assert!(
            distinct.len() > 990,
            "{} distinct draws of 1000",
            distinct.len()
        );
        let low = draws.iter().filter(|f| **f < 0.875).count();
        assert!((350..650).contains(&low), "{low} of 1000 below the middle");
    }
}
