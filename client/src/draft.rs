//! [`Draft`]: the one shape of every request a helper builds before it is sent.

use std::fmt;

use crate::client::Api;
use crate::error::Error;

/// A request of document `C` being built: the generated body `B` with the helper's setters
/// (each document's helpers add them for the bodies they send), [`Draft::with`] for any other
/// field, [`Draft::request`] to look at it, then the helper's `send` (or `stream`). A setter
/// given a value the document refuses keeps the reason, and `send` returns it as
/// [`Error::InvalidRequest`] before anything is sent.
///
/// ```no_run
/// # #[cfg(exa_operation = "search.search")]
/// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
/// let draft = exa.search().search("Latest research in LLMs").num_results(5);
/// println!("{:?}", draft.request()?.num_results);
/// let found = draft.send().await?;
/// # Ok(()) }
/// ```
#[must_use = "nothing is sent before `send`"]
pub struct Draft<'a, C, B> {
    pub(crate) api: Api<'a, C>,
    body: Result<B, String>,
}

impl<C, B: fmt::Debug> fmt::Debug for Draft<'_, C, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Draft").field("body", &self.body).finish()
    }
}

impl<'a, C, B> Draft<'a, C, B> {
    /// A draft of `body`, or of the reason there is none (a required value the document
    /// refuses).
    pub(crate) fn new(api: Api<'a, C>, body: Result<B, String>) -> Self {
        Self { api, body }
    }

    /// A draft from a generated builder (`types::X::builder()...`): a field a later document
    /// adds needs no edit in the helper.
    pub(crate) fn built<Built>(api: Api<'a, C>, built: Built) -> Self
    where
        B: TryFrom<Built>,
        B::Error: fmt::Display,
    {
        Self::new(api, B::try_from(built).map_err(|e| e.to_string()))
    }

    /// Applies a setter that may refuse its value; the first refusal is kept and later edits
    /// are skipped.
    pub(crate) fn edit(mut self, f: impl FnOnce(&mut B) -> Result<(), String>) -> Self {
        if let Ok(body) = &mut self.body {
            if let Err(e) = f(body) {
                self.body = Err(e);
            }
        }
        self
    }

    /// Edits the generated request itself, for a field without a setter.
    ///
    /// ```no_run
    /// # #[cfg(exa_operation = "search.search")]
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa
    ///     .search()
    ///     .search("blog post about AI")
    ///     .with(|r| r.additional_queries = Some(vec!["AI blogpost".into()]))
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn with(self, f: impl FnOnce(&mut B)) -> Self {
        self.edit(|body| {
            f(body);
            Ok(())
        })
    }

    /// The request as it would be sent, or why it cannot be.
    pub fn request(&self) -> Result<&B, Error> {
        self.body
            .as_ref()
            .map_err(|e| Error::InvalidRequest(e.clone()))
    }

    /// The handle and the body, for `send`.
    pub(crate) fn into_parts(self) -> Result<(Api<'a, C>, B), Error> {
        let body = self.body.map_err(Error::InvalidRequest)?;
        Ok((self.api, body))
    }
}
