//! The API key and how it is sent.

use std::fmt;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use crate::error::ConfigError;

/// How the API key is sent: exactly one of the two headers, never both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AuthScheme {
    /// `x-api-key: KEY` (the default, as the official SDKs send it).
    #[default]
    ApiKeyHeader,
    /// `Authorization: Bearer KEY`.
    Bearer,
}

/// An Exa API key. Its `Debug` and `Display` never show it.
///
/// ```
/// let key = exa_client::ApiKey::new("secret-key").unwrap();
/// assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
/// assert!(exa_client::ApiKey::new("").is_err());
/// ```
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    /// Accepts a non-empty key that an HTTP header can carry (visible ASCII, no spaces or
    /// control characters).
    pub fn new(key: impl Into<String>) -> Result<Self, ConfigError> {
        let key = key.into();
        if key.is_empty() {
            return Err(ConfigError::EmptyApiKey);
        }
        if !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ConfigError::InvalidApiKey);
        }
        Ok(Self(key))
    }

    /// The header that carries this key under `scheme`, marked sensitive so that HTTP
    /// libraries do not print it.
    pub(crate) fn header(
        &self,
        scheme: AuthScheme,
    ) -> Result<(HeaderName, HeaderValue), ConfigError> {
        let (name, value) = match scheme {
            AuthScheme::ApiKeyHeader => (X_API_KEY, self.0.clone()),
            AuthScheme::Bearer => (AUTHORIZATION, format!("Bearer {}", self.0)),
        };
        let mut value = HeaderValue::from_str(&value).map_err(|_| ConfigError::InvalidApiKey)?;
        value.set_sensitive(true);
        Ok((name, value))
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Sets the one auth header of the scheme on a request, replacing any either scheme set before.
/// A caller's own `reqwest::Client` adds its default headers where a request has none, so such
/// a client must not carry an auth header of its own (see `ExaBuilder::http_client`).
pub(crate) fn insert(headers: &mut HeaderMap, name: &HeaderName, value: &HeaderValue) {
    // A request carries an auth header only when its caller set one: a scan of its few headers
    // costs less, on every request, than looking up (and removing) both names.
    if headers
        .keys()
        .any(|h| *h == AUTHORIZATION || *h == X_API_KEY)
    {
        headers.remove(X_API_KEY);
        headers.remove(AUTHORIZATION);
    }
    headers.insert(name.clone(), value.clone());
}

/// Made at compile time: `from_static` at run time checks every byte.
const X_API_KEY: HeaderName = HeaderName::from_static("x-api-key");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserting_the_auth_header_leaves_exactly_one_whatever_was_there() {
        let key = ApiKey::new("k1").unwrap();
        for scheme in [AuthScheme::ApiKeyHeader, AuthScheme::Bearer] {
            let (name, value) = key.header(scheme).unwrap();
            for before in [&[][..], &["x-api-key"], &["authorization", "x-api-key"]] {
                let mut headers = HeaderMap::new();
                headers.insert("accept", HeaderValue::from_static("application/json"));
                for old in before {
                    headers.insert(*old, HeaderValue::from_static("old"));
                }
                insert(&mut headers, &name, &value);
                let auth: Vec<_> = headers
                    .iter()
                    .filter(|(n, _)| **n == AUTHORIZATION || **n == X_API_KEY)
                    .collect();
                assert_eq!(auth, [(&name, &value)], "{scheme:?} over {before:?}");
                assert_eq!(headers.len(), 2, "{scheme:?} over {before:?}");
            }
        }
    }

    #[test]
    fn keys_a_header_cannot_carry_are_refused() {
        for bad in ["", "a b", "line\nbreak", "cr\r", "tab\t", "é"] {
            assert!(ApiKey::new(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn each_scheme_yields_its_one_sensitive_header() {
        let key = ApiKey::new("k1").unwrap();
        let (name, value) = key.header(AuthScheme::ApiKeyHeader).unwrap();
        assert_eq!(
            (name.as_str(), value.to_str().unwrap()),
            ("x-api-key", "k1")
        );
        assert!(value.is_sensitive());
        let (name, value) = key.header(AuthScheme::Bearer).unwrap();
        assert_eq!(
            (name.as_str(), value.to_str().unwrap()),
            ("authorization", "Bearer k1")
        );
        assert!(value.is_sensitive());
    }

    #[test]
    fn debug_and_display_redact() {
        let key = ApiKey::new("k-secret").unwrap();
        assert!(!format!("{key:?}{key}").contains("k-secret"));
    }
}
