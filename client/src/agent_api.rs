//! The Agent API's helpers on [`Api`]`<agent::Client>` (`exa.agent()`): create, get, cancel,
//! delete, list, events, streaming and wait. Each exists only when the Agent document has its
//! operation (`cfg(exa_operation = "agent.<operationId>")`, set by `build.rs`). They follow
//! the shape every document's helpers share: a [`Draft`] to build a request, [`Limit`] and
//! [`Page`] to follow a list, [`Ends`] and [`WaitOptions`] to wait, [`crate::sse`] to stream.

use serde::de::DeserializeOwned;

use crate::agent::spec;
use crate::agent::types;
use crate::agent::Client;
use crate::client::Api;
use crate::draft::Draft;
use crate::error::{Error, StreamError};
use crate::pages::{Limit, Page};
use crate::poll::{Ends, WaitOptions};
use crate::sse::{Event, Events, Resume, StreamOptions};

/// The most items a page of runs or events holds.
const MAX_LIMIT: u64 = 100;

/// The token `stop` and `effort: max`/`ultra` need (the Stop-a-run reference names it).
pub const MAX_EFFORT_BETA: &str = "agent-max-effort-2026-07-27";

/// The statuses a run ends in.
const TERMINAL: [&str; 3] = ["completed", "failed", "cancelled"];

/// Where a run ends: `completed`, `failed` or `cancelled`.
///
/// ```
/// use exa_client::agent::types::AgentRunStatus;
/// assert!(exa_client::agent_api::is_terminal(&AgentRunStatus::Completed));
/// assert!(!exa_client::agent_api::is_terminal(&AgentRunStatus::Running));
/// ```
#[cfg(exa_operation = "agent.getAgentRun")]
pub fn is_terminal(status: &types::AgentRunStatus) -> bool {
    TERMINAL.contains(&status.as_str())
}

#[cfg(exa_operation = "agent.getAgentRun")]
impl Ends for types::AgentRun {
    fn status(&self) -> &str {
        self.status.as_str()
    }

    fn has_ended(&self) -> bool {
        is_terminal(&self.status)
    }
}

#[cfg(exa_operation = "agent.listAgentRuns")]
impl Page for types::AgentRunList {
    type Item = types::AgentRun;
    fn into_parts(self) -> (Vec<types::AgentRun>, bool, Option<String>) {
        (
            self.data,
            self.has_more,
            self.next_cursor.map(|c| c.to_string()),
        )
    }
}

#[cfg(exa_operation = "agent.listAgentRunEvents")]
impl Page for types::AgentRunEventList {
    type Item = types::AgentRunEvent;
    fn into_parts(self) -> (Vec<types::AgentRunEvent>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}

/// Reads `output.structured` of a run as `T`: the type whose schema `output_type` (or
/// [`CreateRun::output_schema`]) sent. `None` while the run has no structured output.
///
/// ```
/// #[derive(serde::Deserialize)]
/// struct Rounds { companies: Vec<String> }
/// # fn run(run: &exa_client::agent::types::AgentRun) -> Result<(), serde_json::Error> {
/// let rounds: Option<Rounds> = exa_client::agent_api::structured(run)?;
/// # Ok(()) }
/// ```
#[cfg(exa_operation = "agent.getAgentRun")]
pub fn structured<T: DeserializeOwned>(
    run: &types::AgentRun,
) -> Result<Option<T>, serde_json::Error> {
    match &run.output.structured {
        serde_json::Value::Null => Ok(None),
        value => T::deserialize(value).map(Some),
    }
}

/// One event of a run's stream.
#[derive(Clone, Debug, PartialEq)]
pub struct RunEvent {
    /// The event id, for `Last-Event-ID`.
    pub id: Option<String>,
    /// The kind (`agent_run.started`, ...); a kind this client does not know is `Unknown`.
    pub kind: types::AgentRunEventEvent,
    /// The event's data as sent.
    pub data: serde_json::Value,
}

impl RunEvent {
    /// Whether the run ended with this event.
    pub fn is_terminal(&self) -> bool {
        use types::AgentRunEventEvent as K;
        matches!(
            self.kind,
            K::AgentRunCompleted | K::AgentRunFailed | K::AgentRunCancelled
        )
    }

    fn from_event(event: Event) -> Self {
        Self {
            kind: types::AgentRunEventEvent::from(event.kind.as_str()),
            id: event.id,
            data: event.data,
        }
    }
}

/// A run to create: the request's fields, then [`CreateRun::send`] for the run or
/// [`CreateRun::stream`] for its events.
#[cfg(exa_operation = "agent.createAgentRun")]
pub type CreateRun<'a> = Draft<'a, Client, types::CreateAgentRunRequest>;

#[cfg(exa_operation = "agent.createAgentRun")]
impl<'a> Draft<'a, Client, types::CreateAgentRunRequest> {
    /// The system prompt.
    pub fn system_prompt(self, prompt: impl Into<String>) -> Self {
        self.with(|r| r.system_prompt = Some(prompt.into()))
    }

    /// How much work the agent may do (`minimal` to `xhigh`, `auto`, `max`, `ultra`). `max` and
    /// `ultra` need the beta token [`MAX_EFFORT_BETA`], which `send` then adds to the request
    /// (`stream` does not: add it with `ExaBuilder::document_beta("agent", ..)`).
    pub fn effort(self, effort: types::AgentEffort) -> Self {
        self.with(|r| r.effort = Some(effort))
    }

    /// The data sources the agent may use (`dataSources`), by provider.
    ///
    /// ```no_run
    /// use exa_client::agent::types::AgentDataSourceProvider;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let run = exa.agent().create("Polymarket odds on the next Fed cut")
    ///     .data_sources([AgentDataSourceProvider::Polymarket])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn data_sources(
        self,
        providers: impl IntoIterator<Item = types::AgentDataSourceProvider>,
    ) -> Self {
        self.edit(|r| {
            for provider in providers {
                let source = types::AgentDataSource::builder()
                    .provider(provider)
                    .try_into()
                    .map_err(|e: types::error::ConversionError| e.to_string())?;
                r.data_sources.push(source);
            }
            Ok(())
        })
    }

    /// The run's budget: at most `max_cost_dollars` (when given) and `max_duration_seconds`
    /// (when given, 300 to 10,800).
    pub fn budget(self, max_cost_dollars: Option<f64>, max_duration_seconds: Option<i64>) -> Self {
        self.edit(|r| {
            if let Some(s) = max_duration_seconds.filter(|s| !(300..=10_800).contains(s)) {
                return Err(format!(
                    "budget max_duration_seconds must be 300 to 10800, not {s}"
                ));
            }
            if let Some(d) = max_cost_dollars.filter(|d| !d.is_finite() || *d < 0.0) {
                return Err(format!(
                    "budget max_cost_dollars must be 0 or more, not {d}"
                ));
            }
            let budget = types::AgentBudget::builder()
                .max_cost_dollars(max_cost_dollars)
                .max_duration_seconds(max_duration_seconds)
                .try_into()
                .map_err(|e: types::error::ConversionError| e.to_string())?;
            r.budget = Some(budget);
            Ok(())
        })
    }

    /// A JSON Schema for `output.structured`, as a JSON object.
    pub fn output_schema(self, schema: serde_json::Value) -> Self {
        self.edit(|r| match schema {
            serde_json::Value::Object(map) => {
                r.output_schema = Some(map);
                Ok(())
            }
            other => Err(format!(
                "the output schema must be a JSON object, not {other}"
            )),
        })
    }

    /// The JSON Schema of `T` for `output.structured`; read it back with [`structured`]
    /// (feature `schemars`, a default).
    ///
    /// ```no_run
    /// #[derive(serde::Deserialize, schemars::JsonSchema)]
    /// struct Rounds { companies: Vec<String> }
    /// # async fn run(exa: exa_client::Exa) -> Result<(), Box<dyn std::error::Error>> {
    /// let run = exa.agent().create("AI funding rounds this week").output_type::<Rounds>().send().await?;
    /// let done = exa.agent().wait(run.id.as_str(), Default::default()).await?;
    /// let rounds: Option<Rounds> = exa_client::agent_api::structured(&done)?;
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "schemars")]
    pub fn output_type<T: schemars::JsonSchema>(self) -> Self {
        let schema = schemars::schema_for!(T);
        match serde_json::to_value(schema) {
            Ok(value) => self.output_schema(value),
            Err(e) => self.edit(|_| Err(e.to_string())),
        }
    }

    /// Runs this one after an earlier run, with its context.
    pub fn previous_run(self, id: &str) -> Self {
        self.edit(|r| {
            r.previous_run_id = Some(id.parse().map_err(|e| format!("previous run id: {e}"))?);
            Ok(())
        })
    }

    /// A metadata entry.
    pub fn metadata(self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(|r| {
            r.metadata.insert(key.into(), value.into());
        })
    }

    /// The `input` object, as the document defines it (data rows and exclusions).
    pub fn input(self, input: serde_json::Value) -> Self {
        self.edit(|r| {
            r.input = Some(serde_json::from_value(input).map_err(|e| format!("input: {e}"))?);
            Ok(())
        })
    }

    /// Creates the run and returns it (`queued`). It is sent again only when the server
    /// cannot have received it; otherwise a failure is [`Error::OutcomeUnknown`], and
    /// [`Api::list`](crate::Api::list) tells whether the run exists.
    pub async fn send(self) -> Result<types::AgentRun, Error> {
        let (api, request) = self.into_parts()?;
        let beta = matches!(
            request.effort,
            Some(types::AgentEffort::Max | types::AgentEffort::Ultra)
        )
        .then_some(MAX_EFFORT_BETA);
        let result = api
            .call_checked_beta(&spec::CREATE_AGENT_RUN, &[], None, beta, async |api| {
                api.create_agent_run().body(request).send().await
            })
            .await;
        result.map_err(with_create_hint)
    }

    /// Creates the run and streams its events until it ends (see [`crate::sse`]). A dropped
    /// stream resumes from the last event received, without creating another run.
    pub async fn stream(self, options: StreamOptions) -> Result<Events<'a, RunEvent>, Error> {
        let (api, request) = self.into_parts()?;
        let response = api
            .open_stream(&spec::CREATE_AGENT_RUN, &[], options.idle_timeout, |b| {
                b.json(&request)
            })
            .await
            .map_err(|e| match e {
                // The head did not come in time: the run may exist all the same.
                Error::Stream(StreamError::Idle(_)) => Error::OutcomeUnknown {
                    operation: "createAgentRun",
                    hint: "",
                    source: Box::new(e),
                },
                other => other,
            })
            .map_err(with_create_hint)?;
        Ok(run_events(api, response, None, None, options))
    }
}

#[cfg(exa_operation = "agent.createAgentRun")]
fn with_create_hint(error: Error) -> Error {
    match error {
        Error::OutcomeUnknown {
            operation, source, ..
        } => Error::OutcomeUnknown {
            operation,
            hint: "list the runs (newest first) to see whether it was created",
            source,
        },
        other => other,
    }
}

/// The events of a run's stream, reopened after a drop from `GET /agent/runs/{id}/events`.
fn run_events<'a>(
    api: Api<'a, Client>,
    first: reqwest::Response,
    run: Option<String>,
    after: Option<String>,
    options: StreamOptions,
) -> Events<'a, RunEvent> {
    use futures::StreamExt;
    let resume = Resume {
        source: run,
        learn: |data| data.get("id").and_then(|v| v.as_str()).map(String::from),
        is_last: |event| RunEvent::from_event(event.clone()).is_terminal(),
        reopen: Box::new(move |run, after| {
            Box::pin(async move { open_events(api, &run, after.as_deref(), options).await })
        }),
    };
    Box::pin(
        crate::sse::resumable(first, after, options, resume).map(|e| e.map(RunEvent::from_event)),
    )
}

/// Opens `GET /agent/runs/{id}/events` as server-sent events, after event `after`.
fn open_events<'a>(
    api: Api<'a, Client>,
    run: &str,
    after: Option<&str>,
    options: StreamOptions,
) -> impl std::future::Future<Output = Result<reqwest::Response, Error>> + Send + 'a {
    let run = run.to_string();
    let after = after.map(String::from);
    async move {
        api.open_stream(
            &spec::LIST_AGENT_RUN_EVENTS,
            &[&run],
            options.idle_timeout,
            |b| match after {
                Some(id) => b.header("Last-Event-ID", id),
                None => b,
            },
        )
        .await
    }
}

impl<'a> Api<'a, Client> {
    /// A run to create for `query` (`POST /agent/runs`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let run = exa.agent().create("Who raised a Series A this week?").system_prompt("Be brief").send().await?;
    /// println!("{} {}", run.id.as_str(), run.status.as_str());
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.createAgentRun")]
    pub fn create(&self, query: impl Into<String>) -> CreateRun<'a> {
        let query = query.into();
        let body = query
            .parse::<types::CreateAgentRunRequestQuery>()
            .map_err(|e| format!("query: {e}"))
            .and_then(|query| {
                types::CreateAgentRunRequest::builder()
                    .query(query)
                    .try_into()
                    .map_err(|e: types::error::ConversionError| e.to_string())
            });
        Draft::new(*self, body)
    }

    /// A run (`GET /agent/runs/{id}`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let run = exa.agent().get("agent_run_abc").await?;
    /// println!("{}", run.status.as_str());
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.getAgentRun")]
    pub async fn get(&self, id: &str) -> Result<types::AgentRun, Error> {
        self.call_checked(&spec::GET_AGENT_RUN, &[id], None, async |api| {
            api.get_agent_run().id(id).send().await
        })
        .await
    }

    /// Cancels a run (`POST /agent/runs/{id}/cancel`); a run that already ended is returned
    /// as it is. Retried like a GET: cancelling twice cancels once.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let run = exa.agent().cancel("agent_run_abc").await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.cancelAgentRun")]
    pub async fn cancel(&self, id: &str) -> Result<types::AgentRun, Error> {
        self.call_checked(&spec::CANCEL_AGENT_RUN, &[id], Some(true), async |api| {
            api.cancel_agent_run().id(id).send().await
        })
        .await
    }

    /// Stops a running run (`POST /agent/runs/{id}/stop`, ultra effort only) and returns it:
    /// the run ends with what it has so far (`stopReason: stopped`). Sends the beta token
    /// [`MAX_EFFORT_BETA`] the operation needs, beside the client's. Retried like a GET:
    /// stopping twice stops once.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let run = exa.agent().stop("agent_run_abc").await?;
    /// println!("{}", run.status.as_str());
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.stopAgentRun")]
    pub async fn stop(&self, id: &str) -> Result<types::AgentRun, Error> {
        self.call_checked_beta(
            &spec::STOP_AGENT_RUN,
            &[id],
            Some(true),
            Some(MAX_EFFORT_BETA),
            async |api| api.stop_agent_run().id(id).send().await,
        )
        .await
    }

    /// Deletes a stored run (`DELETE /agent/runs/{id}`). A 200 whose `deleted` is not `true`
    /// is an [`Error::Decode`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) {
    /// match exa.agent().delete("agent_run_abc").await {
    ///     Ok(deleted) => println!("deleted {}", deleted.id.as_str()),
    ///     Err(e) if e.api().is_some_and(|a| a.status == 404 && a.attempts > 1) => {
    ///         println!("already gone, maybe by our own first attempt")
    ///     }
    ///     Err(e) => eprintln!("{e}"),
    /// }
    /// # }
    /// ```
    #[cfg(exa_operation = "agent.deleteAgentRun")]
    pub async fn delete(&self, id: &str) -> Result<types::DeleteAgentRunResponse, Error> {
        let deleted = self
            .call_checked(&spec::DELETE_AGENT_RUN, &[id], None, async |api| {
                api.delete_agent_run().id(id).send().await
            })
            .await?;
        if !deleted.deleted {
            return Err(Error::Decode {
                body: serde_json::to_vec(&deleted).unwrap_or_default().into(),
                message: "`deleted` is false in a 200 response".into(),
            });
        }
        Ok(deleted)
    }

    /// One page of runs, newest first (`GET /agent/runs`): `limit` 1..=100 (the server's
    /// default is 20), `cursor` the `nextCursor` of the page before.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let page = exa.agent().list_page(Some(10), None).await?;
    /// if let (true, Some(cursor)) = (page.has_more, &page.next_cursor) {
    ///     let next = exa.agent().list_page(Some(10), Some(cursor.as_str())).await?;
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.listAgentRuns")]
    pub async fn list_page(
        &self,
        limit: Option<u64>,
        cursor: Option<&str>,
    ) -> Result<types::AgentRunList, Error> {
        let limit = Limit::checked(limit, MAX_LIMIT)?;
        self.call(async |api| {
            let mut request = api.list_agent_runs();
            if let Some(limit) = limit {
                request = request.limit(limit.get());
            }
            if let Some(cursor) = cursor {
                request = request.cursor(cursor);
            }
            request.send().await
        })
        .await
    }

    /// Every run, newest first, page after page (`limit` per page) until `hasMore` is false.
    /// One page is held in memory at a time.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let mut runs = exa.agent().list(Some(100));
    /// while let Some(run) = runs.try_next().await? {
    ///     println!("{}", run.id.as_str());
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.listAgentRuns")]
    pub fn list(&self, limit: Option<u64>) -> Events<'a, types::AgentRun> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            api.list_page(limit, cursor.as_deref()).await
        })
    }

    /// One page of a run's stored events, oldest first (`GET /agent/runs/{id}/events`).
    #[cfg(exa_operation = "agent.listAgentRunEvents")]
    pub async fn events_page(
        &self,
        id: &str,
        limit: Option<u64>,
        cursor: Option<&str>,
    ) -> Result<types::AgentRunEventList, Error> {
        let limit = Limit::checked(limit, MAX_LIMIT)?;
        self.call_checked(&spec::LIST_AGENT_RUN_EVENTS, &[id], None, async |api| {
            let mut request = api
                .list_agent_run_events()
                .id(id)
                .accept(types::ListAgentRunEventsAccept::ApplicationJson);
            if let Some(limit) = limit {
                request = request.limit(limit.get());
            }
            if let Some(cursor) = cursor {
                request = request.cursor(cursor);
            }
            request.send().await
        })
        .await
    }

    /// Every stored event of a run, page after page, one page in memory at a time.
    #[cfg(exa_operation = "agent.listAgentRunEvents")]
    pub fn events(&self, id: &'a str, limit: Option<u64>) -> Events<'a, types::AgentRunEvent> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            api.events_page(id, limit, cursor.as_deref()).await
        })
    }

    /// A run's events as server-sent events: the stored ones after `after` (an event id), then
    /// new ones as they happen, until the run ends. A dropped stream resumes with
    /// `Last-Event-ID`, so that each event arrives once and in order (see [`crate::sse`]).
    #[cfg(exa_operation = "agent.listAgentRunEvents")]
    pub async fn follow(
        &self,
        id: &str,
        after: Option<&str>,
        options: StreamOptions,
    ) -> Result<Events<'a, RunEvent>, Error> {
        let response = open_events(*self, id, after, options).await?;
        Ok(run_events(
            *self,
            response,
            Some(id.to_string()),
            after.map(String::from),
            options,
        ))
    }

    /// Polls a run until it ends (`completed`, `failed` or `cancelled`) and returns it; an
    /// [`Error::Timeout`]-free deadline: past `options.timeout` the last run seen is returned
    /// as [`Error::WaitTimedOut`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let done = exa.agent().wait("agent_run_abc", Default::default()).await?;
    /// println!("{}", done.output.text);
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "agent.getAgentRun")]
    pub async fn wait(&self, id: &str, options: WaitOptions) -> Result<types::AgentRun, Error> {
        crate::poll::until(options, || self.get(id)).await
    }
}
