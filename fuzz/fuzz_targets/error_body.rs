//! Fuzzes the error-body decoder: `exa_client::parse_api_error` must never panic, whatever the
//! status, headers and body, and neither may formatting its result.
//!
//! Input layout: two bytes (big-endian) pick the status, `400 + n % 200`; the rest is the body.
//! When the body's first bytes (up to the first newline, at most 64) are a valid header value,
//! they are also sent as `x-request-id`, so that the header lookup sees opaque and non-ASCII
//! values too.
#![no_main]

use std::fmt::Write as _;

use exa_client::{parse_api_error, BODY_PREFIX_LIMIT};
use libfuzzer_sys::fuzz_target;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::StatusCode;

fuzz_target!(|data: &[u8]| {
    let Some((head, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let code = 400 + u16::from_be_bytes(*head) % 200;
    let status = StatusCode::from_u16(code).expect("400..=599 is a valid status");

    let mut headers = HeaderMap::new();
    let id_bytes = body.split(|&b| b == b'\n').next().unwrap_or_default();
    let id_bytes = &id_bytes[..id_bytes.len().min(64)];
    if let Ok(value) = HeaderValue::from_bytes(id_bytes) {
        headers.insert("x-request-id", value);
    }

    let error = parse_api_error(status, &headers, body, 1, None);

    assert_eq!(error.status, status);
    assert_eq!(error.attempts, 1);
    // The header wins; without it, a `requestId` of the body may stand in.
    if let Some(header) = headers.get("x-request-id").and_then(|v| v.to_str().ok()) {
        assert_eq!(error.request_id.as_deref(), Some(header));
    }
    if let Some(prefix) = &error.body_prefix {
        let chars = prefix.chars().count();
        assert!(
            chars <= BODY_PREFIX_LIMIT,
            "body_prefix has {chars} characters, more than {BODY_PREFIX_LIMIT}"
        );
        // The body's first bytes are kept only when nothing readable was found in it.
        assert!(error.code.is_none() && error.message.is_none());
    }

    let mut out = String::new();
    write!(out, "{error}").expect("Display does not fail");
    write!(out, "{error:?}").expect("Debug does not fail");
    write!(out, "{error:#?}").expect("alternate Debug does not fail");
    std::hint::black_box(out);
});
