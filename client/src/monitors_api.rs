//! The search monitors' helpers on [`Api`]`<monitors::Client>` (`exa.monitors()`): create, get,
//! update, delete, list over every page, trigger, runs (list and get) and batch actions. Each
//! exists only when the Monitors document has its operation (`cfg(exa_operation =
//! "monitors.<operationId>")`). A monitor's contents that set `highlights.verbosity` or
//! `highlights.dynamic` need the `dynamic-highlights-2026-08-28` token:
//! `ExaBuilder::document_beta("monitors", "dynamic-highlights-2026-08-28")`.

use crate::client::Api;
use crate::draft::Draft;
use crate::error::Error;
use crate::monitors::spec;
use crate::monitors::types;
use crate::monitors::Client;
use crate::pages::{Limit, Page};
use crate::sse::Events;

/// The most monitors or runs a page holds.
const MAX_LIMIT: u64 = 100;

#[cfg(exa_operation = "monitors.listMonitors")]
impl Page for types::ListSearchMonitorsResponse {
    type Item = types::SearchMonitor;
    fn into_parts(self) -> (Vec<types::SearchMonitor>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}

#[cfg(exa_operation = "monitors.listRuns")]
impl Page for types::ListSearchMonitorRunsResponse {
    type Item = types::SearchMonitorRun;
    fn into_parts(self) -> (Vec<types::SearchMonitorRun>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}

/// A monitor to create: its search and webhook, then `send`.
#[cfg(exa_operation = "monitors.createMonitor")]
pub type CreateMonitor<'a> = Draft<'a, Client, types::CreateSearchMonitorParameters>;

#[cfg(exa_operation = "monitors.createMonitor")]
impl Draft<'_, Client, types::CreateSearchMonitorParameters> {
    /// The monitor's name.
    pub fn name(self, name: impl Into<String>) -> Self {
        self.with(|r| r.name = Some(name.into()))
    }

    /// A metadata entry.
    pub fn metadata(self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(|r| {
            r.metadata.insert(key.into(), value.into());
        })
    }

    /// Creates the monitor (`POST /monitors`); never sent twice when the server may have
    /// received it. The answer carries the webhook secret, shown only here.
    pub async fn send(self) -> Result<types::CreateSearchMonitorResponse, Error> {
        let (api, body) = self.into_parts()?;
        api.call(async |api| api.create_monitor().body(body).send().await)
            .await
    }
}

/// A monitor's changes: only the fields set are sent, then `send`.
#[cfg(exa_operation = "monitors.updateMonitor")]
pub type UpdateMonitor<'a> = Draft<'a, Client, (String, types::UpdateSearchMonitorParameters)>;

#[cfg(exa_operation = "monitors.updateMonitor")]
impl Draft<'_, Client, (String, types::UpdateSearchMonitorParameters)> {
    /// Updates the monitor (`PATCH /monitors/{id}`).
    pub async fn send(self) -> Result<types::SearchMonitor, Error> {
        let (api, (id, body)) = self.into_parts()?;
        api.call_checked(&spec::UPDATE_MONITOR, &[&id], None, async |api| {
            api.update_monitor().id(&id).body(body).send().await
        })
        .await
    }
}

impl<'a> Api<'a, Client> {
    /// A monitor that runs `query` and posts its results to `webhook_url`.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let created = exa.monitors().create("AI funding rounds", "https://example.com/hook").name("funding").send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "monitors.createMonitor")]
    pub fn create(&self, query: &str, webhook_url: &str) -> CreateMonitor<'a> {
        let body = serde_json::from_value(serde_json::json!({
            "search": { "query": query },
            "webhook": { "url": webhook_url },
        }))
        .map_err(|e| format!("monitor: {e}"));
        Draft::new(*self, body)
    }

    /// A monitor (`GET /monitors/{id}`).
    #[cfg(exa_operation = "monitors.getMonitor")]
    pub async fn get(&self, id: &str) -> Result<types::SearchMonitor, Error> {
        self.call_checked(&spec::GET_MONITOR, &[id], None, async |api| {
            api.get_monitor().id(id).send().await
        })
        .await
    }

    /// Changes to monitor `id`; `with(|(_, r)| ...)` sets the fields to change.
    ///
    /// ```no_run
    /// use exa_client::monitors::types::UpdateSearchMonitorParametersStatus as Status;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let paused = exa.monitors().update("mon_abc").with(|(_, r)| r.status = Some(Status::Paused)).send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "monitors.updateMonitor")]
    pub fn update(&self, id: &str) -> UpdateMonitor<'a> {
        Draft::new(*self, Ok((id.to_string(), Default::default())))
    }

    /// Deletes a monitor (`DELETE /monitors/{id}`) and returns it.
    #[cfg(exa_operation = "monitors.deleteMonitor")]
    pub async fn delete(&self, id: &str) -> Result<types::SearchMonitor, Error> {
        self.call_checked(&spec::DELETE_MONITOR, &[id], None, async |api| {
            api.delete_monitor().id(id).send().await
        })
        .await
    }

    /// Runs a monitor now (`POST /monitors/{id}/trigger`); never sent twice when the server may
    /// have received it.
    #[cfg(exa_operation = "monitors.triggerMonitor")]
    pub async fn trigger(&self, id: &str) -> Result<types::TriggerSearchMonitorResponse, Error> {
        self.call_checked(&spec::TRIGGER_MONITOR, &[id], None, async |api| {
            api.trigger_monitor().id(id).send().await
        })
        .await
    }

    /// One page of monitors (`GET /monitors`), `limit` 1 to 100.
    #[cfg(exa_operation = "monitors.listMonitors")]
    pub async fn list_page(
        &self,
        limit: Option<u64>,
        cursor: Option<&str>,
    ) -> Result<types::ListSearchMonitorsResponse, Error> {
        let limit = Limit::checked(limit, MAX_LIMIT)?;
        self.call(async |api| {
            let mut request = api.list_monitors();
            if let Some(limit) = limit {
                request = request.limit(limit.non_zero());
            }
            if let Some(cursor) = cursor {
                request = request.cursor(cursor);
            }
            request.send().await
        })
        .await
    }

    /// Every monitor, page after page, one page in memory at a time.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let monitors: Vec<_> = exa.monitors().list(Some(100)).try_collect().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "monitors.listMonitors")]
    pub fn list(&self, limit: Option<u64>) -> Events<'a, types::SearchMonitor> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            api.list_page(limit, cursor.as_deref()).await
        })
    }

    /// Every run of monitor `id`, page after page (`GET /monitors/{id}/runs`).
    #[cfg(exa_operation = "monitors.listRuns")]
    pub fn runs(&self, id: &'a str, limit: Option<u64>) -> Events<'a, types::SearchMonitorRun> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            let limit = Limit::checked(limit, MAX_LIMIT)?;
            api.call_checked(&spec::LIST_RUNS, &[id], None, async |api| {
                let mut request = api.list_runs().id(id);
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

    /// One run of a monitor (`GET /monitors/{id}/runs/{runId}`).
    #[cfg(exa_operation = "monitors.getRun")]
    pub async fn get_run(&self, id: &str, run_id: &str) -> Result<types::SearchMonitorRun, Error> {
        self.call_checked(&spec::GET_RUN, &[id, run_id], None, async |api| {
            api.get_run().id(id).run_id(run_id).send().await
        })
        .await
    }

    /// One action on every monitor the filter selects (`POST /monitors/batch`).
    #[cfg(exa_operation = "monitors.batchMonitors")]
    pub async fn batch(
        &self,
        request: types::BatchMonitorsRequest,
    ) -> Result<types::BatchMonitorsResponse, Error> {
        self.call(async |api| api.batch_monitors().body(request).send().await)
            .await
    }
}
