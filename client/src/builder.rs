//! [`ExaBuilder`]: the settings of an [`Exa`], each checked when it is built.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::auth::{ApiKey, AuthScheme};
use crate::betas::{BetaChoice, Betas};
use crate::defaults;
use crate::error::ConfigError;
use crate::hooks::Settings;
use crate::retry::RetryPolicy;
use crate::Exa;

/// Settings for [`Exa`]. Every setter takes any value; [`ExaBuilder::build`] checks them all
/// and returns the first problem as an error.
#[derive(Clone)]
pub struct ExaBuilder {
    api_key: Option<String>,
    auth: AuthScheme,
    base_url: String,
    betas: BetaChoice,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    max_response_bytes: usize,
    http: Option<reqwest::Client>,
}

impl Default for ExaBuilder {
    fn default() -> Self {
        Self {
            api_key: None,
            auth: AuthScheme::default(),
            base_url: defaults::BASE_URL.to_string(),
            betas: BetaChoice::default(),
            timeout: defaults::TIMEOUT,
            connect_timeout: defaults::CONNECT_TIMEOUT,
            user_agent: defaults::USER_AGENT.to_string(),
            retry: RetryPolicy::default(),
            max_response_bytes: defaults::MAX_RESPONSE_BYTES,
            http: None,
        }
    }
}

impl fmt::Debug for ExaBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExaBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("auth", &self.auth)
            .field("base_url", &self.base_url)
            .field("betas", &self.betas)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("custom_http_client", &self.http.is_some())
            .finish()
    }
}

impl ExaBuilder {
    /// The API key (required).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// How the key is sent; default [`AuthScheme::ApiKeyHeader`] (`x-api-key`).
    pub fn auth_scheme(mut self, scheme: AuthScheme) -> Self {
        self.auth = scheme;
        self
    }

    /// The API's base URL, with an optional path prefix; default [`defaults::BASE_URL`].
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Beta tokens sent in place of each document's default token, to the operations that
    /// declare the `Exa-Beta` header; an empty list sends none. See [`crate::betas`] for the
    /// whole rule.
    pub fn betas<I, S>(mut self, betas: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.betas.defaults = Some(betas.into_iter().map(Into::into).collect());
        self
    }

    /// A beta token for every request of every document, beside the documents' own.
    pub fn beta(mut self, token: impl Into<String>) -> Self {
        self.betas.everywhere.push(token.into());
        self
    }

    /// A beta token for every request of one document (by module name, e.g. `"search"`).
    pub fn document_beta(mut self, document: impl Into<String>, token: impl Into<String>) -> Self {
        self.betas.documents.push((document.into(), token.into()));
        self
    }

    /// Limit for one attempt, from connecting to the end of the body; default 60 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit for establishing a connection; default 10 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent`; default `exa-client-rust/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Retries after the first attempt; default 2, 0 disables retries.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// The whole retry policy (backoff, cap, longest honored `Retry-After`).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body read into memory; a longer one ends the call with
    /// [`crate::Error::ResponseTooLarge`] as soon as it is known (from `Content-Length`, or while
    /// reading). Default [`defaults::MAX_RESPONSE_BYTES`] (16 MiB).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Sends through this `reqwest::Client` (its pool, proxy and TLS settings); the timeouts
    /// set here are then not applied, the client's own are. Its default headers are sent too:
    /// give it no `x-api-key` or `Authorization` of its own, or two credentials are sent. Its
    /// redirect policy is its own: build it with [`crate::redirect_policy`] (or none) so that a
    /// redirect never carries the key to another origin.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks every setting and builds the client. Never panics: a bad setting is the
    /// [`ConfigError`] it returns.
    ///
    /// ```
    /// use exa_client::{AuthScheme, Exa};
    /// let exa = Exa::builder().api_key("key").auth_scheme(AuthScheme::Bearer).build().unwrap();
    /// assert!(!format!("{exa:?}").contains("key\""));
    /// assert!(Exa::builder().api_key("key").base_url("ftp://x").build().is_err());
    /// ```
    pub fn build(self) -> Result<Exa, ConfigError> {
        let key = ApiKey::new(self.api_key.unwrap_or_default())?;
        let auth = key.header(self.auth)?;
        let betas = Betas::new(&self.betas, crate::documents::DOCUMENTS)?;
        let (base_url, base_path) = base_url(&self.base_url)?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| ConfigError::InvalidUserAgent(self.user_agent.clone()))?;
        let http = match self.http {
            Some(client) => client,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .redirect(crate::wire::redirect_policy())
                .build()
                .map_err(|e| ConfigError::Http(e.to_string()))?,
        };
        let settings = Settings {
            auth,
            betas,
            user_agent,
            retry: self.retry,
            max_response_bytes: self.max_response_bytes,
            base_path,
        };
        Ok(Exa::new(&base_url, http, settings))
    }
}

/// The base URL without a trailing `/` (generated code appends `/path`), and its path.
fn base_url(url: &str) -> Result<(String, String), ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let parsed = url::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a query or fragment cannot be a base"));
    }
    let trimmed = parsed.as_str().trim_end_matches('/').to_string();
    let path = parsed.path().trim_end_matches('/').to_string();
    Ok((trimmed, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_keep_their_prefix_and_lose_the_slash() {
        assert_eq!(
            base_url("https://api.exa.ai/").unwrap(),
            ("https://api.exa.ai".into(), "".into())
        );
        assert_eq!(
            base_url("http://127.0.0.1:9/v1/").unwrap(),
            ("http://127.0.0.1:9/v1".into(), "/v1".into())
        );
        for bad in ["", "api.exa.ai", "ftp://x", "http://x/?q=1", "not a url"] {
            assert!(base_url(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn build_reports_each_bad_setting() {
        let err = |b: ExaBuilder| b.build().unwrap_err().to_string();
        assert!(err(Exa::builder().api_key("k").document_beta("nope", "x")).contains("nope"));
        assert!(err(Exa::builder()).contains("empty"));
        assert!(err(Exa::builder().api_key("k\n")).contains("cannot carry"));
        assert!(err(Exa::builder().api_key("k").user_agent("a\nb")).contains("user agent"));
        assert!(err(Exa::builder().api_key("k").base_url("ftp://h")).contains("http or https"));
    }

    #[test]
    fn debug_never_shows_the_key() {
        let builder = Exa::builder().api_key("sk-very-secret");
        assert!(!format!("{builder:?}").contains("sk-very-secret"));
        let exa = builder.clone().build().unwrap();
        assert!(!format!("{exa:?}").contains("sk-very-secret"));
        let exa = builder.auth_scheme(AuthScheme::Bearer).build().unwrap();
        assert!(!format!("{exa:?}").contains("sk-very-secret"));
    }
}
