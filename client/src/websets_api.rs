//! The Websets document's helpers on [`Api`]`<websets::Client>` (`exa.websets()`), named as
//! exa-py's `exa.websets` names them: create, get, cancel, delete, list, items and
//! `wait_until_idle`. Each exists only when the document has its operation (`cfg(exa_operation
//! = "websets.<operationId>")`, set by `build.rs`).

use std::time::Duration;

use futures::Stream;

use crate::client::Api;
use crate::error::Error;
use crate::websets::types;
use crate::websets::Client;

/// A webset to create: its search's query, a few setters, [`CreateWebset::with`] for the other
/// parameters (enrichments, imports, exclusions), then [`CreateWebset::send`].
///
/// ```no_run
/// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
/// let webset = exa.websets().create("Tech companies in San Francisco").count(10).send().await?;
/// println!("{} {}", webset.id, webset.status);
/// # Ok(()) }
/// ```
#[cfg(exa_operation = "websets.websets-create")]
#[derive(Debug)]
#[must_use = "a webset is created only by `send`"]
pub struct CreateWebset<'a> {
    api: Api<'a, Client>,
    params: Result<types::CreateWebsetParameters, String>,
}

#[cfg(exa_operation = "websets.websets-create")]
impl CreateWebset<'_> {
    // The first error is kept so that `send` reports it; later edits are skipped.
    fn edit(
        mut self,
        f: impl FnOnce(&mut types::CreateWebsetParameters) -> Result<(), String>,
    ) -> Self {
        if let Ok(params) = &mut self.params {
            if let Err(e) = f(params) {
                self.params = Err(e);
            }
        }
        self
    }

    /// How many items the search tries to find (at least 1; the server's default is 10).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().create("AI startups in Europe").count(50).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn count(self, count: u64) -> Self {
        self.edit(|p| match (&mut p.search, count) {
            (_, 0) => Err("count must be at least 1".into()),
            (Some(search), n) => {
                // Exact: the document's `number` is an f64 and counts stay far below 2^53.
                search.count = n as f64;
                Ok(())
            }
            (None, _) => Err("count needs a search".into()),
        })
    }

    /// Your own identifier for the webset (at most 300 characters), usable wherever its id is.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().create("AI startups in Europe").external_id("crm-42").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn external_id(self, id: &str) -> Self {
        self.edit(|p| {
            p.external_id = Some(id.parse().map_err(|e| format!("external id: {e}"))?);
            Ok(())
        })
    }

    /// A metadata entry (the value at most 1000 characters).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().create("AI startups in Europe").metadata("team", "growth").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn metadata(self, key: impl Into<String>, value: &str) -> Self {
        self.edit(|p| {
            let value = value.parse().map_err(|e| format!("metadata value: {e}"))?;
            p.metadata.insert(key.into(), value);
            Ok(())
        })
    }

    /// Edits the generated parameters themselves, for a field without a setter here.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa
    ///     .websets()
    ///     .create("AI startups in Europe")
    ///     .with(|p| p.search.as_mut().into_iter().for_each(|s| s.recall = Some(true)))
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn with(self, f: impl FnOnce(&mut types::CreateWebsetParameters)) -> Self {
        self.edit(|p| {
            f(p);
            Ok(())
        })
    }

    /// The parameters as they will be sent, or the [`Error::InvalidRequest`] `send` would
    /// return.
    ///
    /// ```no_run
    /// # fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let create = exa.websets().create("AI startups in Europe").count(5);
    /// assert_eq!(create.request()?.search.as_ref().map(|s| s.count), Some(5.0));
    /// # Ok(()) }
    /// ```
    pub fn request(&self) -> Result<&types::CreateWebsetParameters, Error> {
        self.params
            .as_ref()
            .map_err(|e| Error::InvalidRequest(e.clone()))
    }

    /// Creates the webset (`POST /v0/websets`), which starts searching at once. Never sent
    /// twice when the server may have received it: a failure then is
    /// [`Error::OutcomeUnknown`], and an [`CreateWebset::external_id`] tells whether it exists.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().create("Tech companies in San Francisco").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<types::Webset, Error> {
        let params = self.params.map_err(Error::InvalidRequest)?;
        self.api
            .call(async |api| api.websets_create().body(params).send().await)
            .await
    }
}

impl<'a> Api<'a, Client> {
    /// A webset to create whose search looks for `query` (1 to 5000 characters), as exa-py's
    /// `websets.create(params={"search": {"query": ...}})`.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().create("Tech companies in San Francisco").count(10).send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-create")]
    pub fn create(&self, query: impl Into<String>) -> CreateWebset<'a> {
        let search = types::CreateWebsetParametersSearch::builder().query(query.into());
        let params = types::CreateWebsetParametersSearch::try_from(search)
            .map(|search| types::CreateWebsetParameters {
                search: Some(search),
                ..Default::default()
            })
            .map_err(|e| format!("search: {e}"));
        CreateWebset { api: *self, params }
    }

    /// A webset by id or external id (`GET /v0/websets/{id}`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().get("webset_abc").await?;
    /// println!("{}", webset.status);
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-get")]
    pub async fn get(&self, id: &str) -> Result<types::GetWebsetResponse, Error> {
        self.call(async |api| api.websets_get().id(id).send().await)
            .await
    }

    /// Stops every search and enrichment of a webset, which becomes `idle`
    /// (`POST /v0/websets/{id}/cancel`). Retried like a GET: cancelling twice cancels once.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().cancel("webset_abc").await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-cancel")]
    pub async fn cancel(&self, id: &str) -> Result<types::Webset, Error> {
        self.call_idempotent(true, async |api| api.websets_cancel().id(id).send().await)
            .await
    }

    /// Deletes a webset and its items (`DELETE /v0/websets/{id}`); returns it as it was.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let deleted = exa.websets().delete("webset_abc").await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-delete")]
    pub async fn delete(&self, id: &str) -> Result<types::Webset, Error> {
        self.call(async |api| api.websets_delete().id(id).send().await)
            .await
    }

    /// Every webset, page after page (`limit` per page, 1 to 100; the server's default is
    /// 25) until `hasMore` is false, one page in memory at a time. A limit out of bounds is
    /// the stream's only item, an [`Error::InvalidRequest`].
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let mut websets = std::pin::pin!(exa.websets().list(Some(100)));
    /// while let Some(webset) = websets.try_next().await? {
    ///     println!("{} {}", webset.id, webset.status);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-list")]
    pub fn list(
        &self,
        limit: Option<u64>,
    ) -> impl Stream<Item = Result<types::Webset, Error>> + 'a {
        let api = *self;
        crate::pages::items(move |cursor: Option<String>| async move {
            let limit = checked_limit(limit)?;
            let page = api
                .call(async |api| {
                    let mut request = api.websets_list();
                    if let Some(limit) = limit {
                        request = request.limit(limit);
                    }
                    if let Some(cursor) = &cursor {
                        request = request.cursor(cursor.as_str());
                    }
                    request.send().await
                })
                .await?;
            Ok((page.data, page.has_more, page.next_cursor))
        })
    }

    /// Every item of a webset, page after page (`limit` per page, 1 to 100; the server's
    /// default is 20), as exa-py's `websets.items.list_all`.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let items: Vec<_> = exa.websets().items("webset_abc", None).try_collect().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-items-list")]
    pub fn items(
        &self,
        webset_id: &'a str,
        limit: Option<u64>,
    ) -> impl Stream<Item = Result<types::WebsetItem, Error>> + 'a {
        let api = *self;
        crate::pages::items(move |cursor: Option<String>| async move {
            let limit = checked_limit(limit)?;
            let page = api
                .call(async |api| {
                    let mut request = api.websets_items_list().webset(webset_id);
                    if let Some(limit) = limit {
                        request = request.limit(limit);
                    }
                    if let Some(cursor) = &cursor {
                        request = request.cursor(cursor.as_str());
                    }
                    request.send().await
                })
                .await?;
            Ok((page.data, page.has_more, page.next_cursor))
        })
    }

    /// Polls a webset every `interval` until it is `idle` (its searches and enrichments are
    /// done) and returns it; past `timeout` the last status seen is an
    /// [`Error::WaitTimedOut`]. A `paused` webset is not idle.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let webset = exa.websets().wait_until_idle("webset_abc", Duration::from_secs(5), Duration::from_secs(3600)).await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-get")]
    pub async fn wait_until_idle(
        &self,
        id: &str,
        interval: Duration,
        timeout: Duration,
    ) -> Result<types::GetWebsetResponse, Error> {
        let get = || self.get(id);
        crate::poll::until(
            interval,
            timeout,
            get,
            |webset| webset.status.as_str(),
            &["idle"],
        )
        .await
    }
}

/// A page's `limit`, 1 to 100 as the document bounds it, checked before anything is sent.
#[cfg(any(
    exa_operation = "websets.websets-list",
    exa_operation = "websets.websets-items-list"
))]
fn checked_limit(limit: Option<u64>) -> Result<Option<f64>, Error> {
    match limit {
        // Exact: at most 100.
        Some(n @ 1..=100) => Ok(Some(n as f64)),
        None => Ok(None),
        Some(n) => Err(Error::InvalidRequest(format!(
            "limit must be between 1 and 100, not {n}"
        ))),
    }
}
