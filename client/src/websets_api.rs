//! The Websets document's helpers on [`Api`]`<websets::Client>` (`exa.websets()`), named as
//! exa-py's `exa.websets` names them: create, get, cancel, delete, list, items and
//! `wait_until_idle`. Each exists only when the document has its operation (`cfg(exa_operation
//! = "websets.<operationId>")`, set by `build.rs`).

use crate::client::Api;
use crate::draft::Draft;
use crate::error::Error;
use crate::pages::{Limit, Page};
use crate::poll::{Ends, WaitOptions};
use crate::sse::Events;
use crate::websets::spec;
use crate::websets::types;
use crate::websets::Client;

/// The most items a page of websets or items holds.
const MAX_LIMIT: u64 = 100;

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
pub type CreateWebset<'a> = Draft<'a, Client, types::CreateWebsetParameters>;

#[cfg(exa_operation = "websets.websets-create")]
impl Draft<'_, Client, types::CreateWebsetParameters> {
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
        let (api, params) = self.into_parts()?;
        api.call(async |api| api.websets_create().body(params).send().await)
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
        Draft::new(*self, params)
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
        self.call_checked(&spec::WEBSETS_GET, &[id], None, async |api| {
            api.websets_get().id(id).send().await
        })
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
        self.call_checked(&spec::WEBSETS_CANCEL, &[id], Some(true), async |api| {
            api.websets_cancel().id(id).send().await
        })
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
        self.call_checked(&spec::WEBSETS_DELETE, &[id], None, async |api| {
            api.websets_delete().id(id).send().await
        })
        .await
    }

    /// Every webset, page after page (`limit` per page, 1 to 100; the server's default is
    /// 25) until `hasMore` is false, one page in memory at a time. A limit out of bounds is
    /// the stream's only item, an [`Error::InvalidRequest`].
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let mut websets = exa.websets().list(Some(100));
    /// while let Some(webset) = websets.try_next().await? {
    ///     println!("{} {}", webset.id, webset.status);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-list")]
    pub fn list(&self, limit: Option<u64>) -> Events<'a, types::Webset> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            let limit = Limit::checked(limit, MAX_LIMIT)?;
            api.call(async |api| {
                let mut request = api.websets_list();
                if let Some(limit) = limit {
                    request = request.limit(limit.get() as f64);
                }
                if let Some(cursor) = &cursor {
                    request = request.cursor(cursor.as_str());
                }
                request.send().await
            })
            .await
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
    pub fn items(&self, webset_id: &'a str, limit: Option<u64>) -> Events<'a, types::WebsetItem> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            let limit = Limit::checked(limit, MAX_LIMIT)?;
            api.call_checked(&spec::WEBSETS_ITEMS_LIST, &[webset_id], None, async |api| {
                let mut request = api.websets_items_list().webset(webset_id);
                if let Some(limit) = limit {
                    request = request.limit(limit.non_zero());
                }
                if let Some(cursor) = &cursor {
                    request = request.cursor(cursor.as_str());
                }
                request.send().await
            })
            .await
        })
    }

    /// Polls a webset every `options.interval` until it is `idle` (its searches and
    /// enrichments are done) and returns it; past `options.timeout` the last status seen is an
    /// [`Error::WaitTimedOut`]. A `paused` webset is not idle.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use exa_client::WaitOptions;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let options = WaitOptions { interval: Duration::from_secs(5), timeout: Duration::from_secs(3600) };
    /// let webset = exa.websets().wait_until_idle("webset_abc", options).await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "websets.websets-get")]
    pub async fn wait_until_idle(
        &self,
        id: &str,
        options: WaitOptions,
    ) -> Result<types::GetWebsetResponse, Error> {
        crate::poll::until(options, || self.get(id)).await
    }
}

#[cfg(exa_operation = "websets.websets-get")]
impl Ends for types::GetWebsetResponse {
    fn status(&self) -> &str {
        self.status.as_str()
    }

    fn has_ended(&self) -> bool {
        self.status.as_str() == "idle"
    }
}

#[cfg(exa_operation = "websets.websets-list")]
impl Page for types::ListWebsetsResponse {
    type Item = types::Webset;
    fn into_parts(self) -> (Vec<types::Webset>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}

#[cfg(exa_operation = "websets.websets-items-list")]
impl Page for types::ListWebsetItemResponse {
    type Item = types::WebsetItem;
    fn into_parts(self) -> (Vec<types::WebsetItem>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}
