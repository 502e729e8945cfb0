//! Server-sent events of an Agent run, resumed across drops.
//!
//! The bytes are parsed by `eventsource-stream`. When the connection drops, goes silent for
//! longer than [`StreamOptions::idle_timeout`] or ends before a terminal event, the stream
//! reconnects to `GET /agent/runs/{id}/events` with `Last-Event-ID` set to the last event id it
//! received, up to [`StreamOptions::max_reconnects`] times in a row, waiting longer each time.
//! Events whose id was already delivered are skipped, so that each event reaches the caller
//! once and in order. Keep-alive comments are ignored; an event kind this client does not know
//! is delivered as `Unknown`. A create that streams is never sent again: reconnecting reads the
//! events of the run it created.

use std::collections::HashSet;
use std::pin::Pin;
use std::time::Duration;

use futures::{Stream, StreamExt};

use crate::agent::types::AgentRunEventEvent;
use crate::agent::Client;
use crate::client::Api;
use crate::error::{Error, StreamError};

/// How a stream of events behaves when the connection misbehaves.
#[derive(Clone, Copy, Debug)]
pub struct StreamOptions {
    /// Longest silence before the connection counts as dropped (default
    /// [`crate::defaults::STREAM_IDLE_TIMEOUT`]). The client's per-request timeout does not
    /// apply to a stream: a run may last an hour.
    pub idle_timeout: Duration,
    /// Reconnects in a row without an event in between before the stream gives up (default 5).
    pub max_reconnects: u32,
    /// Wait before the first reconnect, doubled for each next one, at most 8 s (default 250 ms).
    pub reconnect_delay: Duration,
}

impl Default for StreamOptions {
    fn default() -> Self {
        Self {
            idle_timeout: crate::defaults::STREAM_IDLE_TIMEOUT,
            max_reconnects: 5,
            reconnect_delay: Duration::from_millis(250),
        }
    }
}

/// One event of a run.
#[derive(Clone, Debug, PartialEq)]
pub struct RunEvent {
    /// The event's id, for `Last-Event-ID` (`runs events --after`).
    pub id: Option<String>,
    /// What happened; a kind added after this client was built is `Unknown`.
    pub kind: AgentRunEventEvent,
    /// The event's data: the run as it stands.
    pub data: serde_json::Value,
}

impl RunEvent {
    /// Whether the run ended with this event (completed, failed or cancelled).
    pub fn is_terminal(&self) -> bool {
        use AgentRunEventEvent as K;
        matches!(
            self.kind,
            K::AgentRunCompleted | K::AgentRunFailed | K::AgentRunCancelled
        )
    }
}

type Events = Pin<
    Box<
        dyn Stream<
                Item = Result<
                    eventsource_stream::Event,
                    eventsource_stream::EventStreamError<reqwest::Error>,
                >,
            > + Send,
    >,
>;

fn events_of(response: reqwest::Response) -> Events {
    Box::pin(eventsource_stream::Eventsource::eventsource(
        response.bytes_stream(),
    ))
}

/// `GET /agent/runs/{id}/events` as server-sent events, after event `after`.
pub(crate) async fn open_events(
    api: Api<'_, Client>,
    run: &str,
    after: Option<&str>,
    idle_timeout: Duration,
) -> Result<reqwest::Response, Error> {
    api.open_stream(
        "listAgentRunEvents",
        &[run],
        idle_timeout,
        |b| match after {
            Some(id) => b.header("Last-Event-ID", id),
            None => b,
        },
    )
    .await
}

struct State<'a> {
    api: Api<'a, Client>,
    events: Option<Events>,
    run: Option<String>,
    last_id: Option<String>,
    seen: HashSet<String>,
    reconnects: u32,
    done: bool,
    options: StreamOptions,
}

/// The events of `first` (an open event stream), then of reconnections, until a terminal
/// event. `resume` is the run and the last event id already known, when the caller has them.
pub(crate) fn run_events<'a>(
    api: Api<'a, Client>,
    first: reqwest::Response,
    resume: Option<(String, Option<String>)>,
    options: StreamOptions,
) -> impl Stream<Item = Result<RunEvent, Error>> + 'a {
    let (run, last_id) = resume.map_or((None, None), |(run, last)| (Some(run), last));
    let state = State {
        api,
        events: Some(events_of(first)),
        run,
        last_id,
        seen: HashSet::new(),
        reconnects: 0,
        done: false,
        options,
    };
    futures::stream::unfold(state, |mut state| async move {
        let item = state.next().await?;
        Some((item, state))
    })
}

impl State<'_> {
    async fn next(&mut self) -> Option<Result<RunEvent, Error>> {
        while !self.done {
            let Some(events) = &mut self.events else {
                if let Err(e) = self.reconnect().await {
                    self.done = true;
                    return Some(Err(e));
                }
                continue;
            };
            let next = tokio::time::timeout(self.options.idle_timeout, events.next()).await;
            match next {
                Err(_idle) => {
                    self.events = None;
                    if self.reconnects >= self.options.max_reconnects {
                        self.done = true;
                        return Some(Err(Error::Stream(StreamError::Idle(
                            self.options.idle_timeout,
                        ))));
                    }
                }
                // Ended or broke before a terminal event: resume.
                Ok(None) => self.events = None,
                Ok(Some(Err(eventsource_stream::EventStreamError::Transport(_)))) => {
                    self.events = None
                }
                Ok(Some(Err(e))) => {
                    self.done = true;
                    return Some(Err(Error::Stream(StreamError::Malformed {
                        id: self.last_id.clone(),
                        message: e.to_string(),
                    })));
                }
                Ok(Some(Ok(event))) => {
                    if let Some(item) = self.accept(event) {
                        return Some(item);
                    }
                }
            }
        }
        None
    }

    /// The caller's view of one parsed event, or `None` for one already delivered.
    fn accept(&mut self, event: eventsource_stream::Event) -> Option<Result<RunEvent, Error>> {
        let id = (!event.id.is_empty()).then_some(event.id);
        if let Some(id) = &id {
            if !self.seen.insert(id.clone()) {
                return None;
            }
        }
        self.reconnects = 0;
        let data: serde_json::Value = match serde_json::from_str(&event.data) {
            Ok(data) => data,
            Err(e) => {
                self.done = true;
                return Some(Err(Error::Stream(StreamError::Malformed {
                    id,
                    message: format!("its data is not JSON: {e}"),
                })));
            }
        };
        if self.run.is_none() {
            self.run = data.get("id").and_then(|v| v.as_str()).map(String::from);
        }
        if id.is_some() {
            self.last_id.clone_from(&id);
        }
        let kind = if event.event.is_empty() {
            AgentRunEventEvent::Unknown("message".into())
        } else {
            AgentRunEventEvent::from(event.event.as_str())
        };
        let event = RunEvent { id, kind, data };
        self.done = event.is_terminal();
        Some(Ok(event))
    }

    async fn reconnect(&mut self) -> Result<(), Error> {
        loop {
            let Some(run) = self.run.clone() else {
                return Err(Error::Stream(StreamError::Dropped {
                    reconnects: 0,
                    reason: "the stream ended before it named its run".into(),
                }));
            };
            if self.reconnects >= self.options.max_reconnects {
                return Err(Error::Stream(StreamError::Dropped {
                    reconnects: self.reconnects,
                    reason: "no event came back".into(),
                }));
            }
            let delay = self
                .options
                .reconnect_delay
                .saturating_mul(1 << self.reconnects.min(16))
                .min(Duration::from_secs(8));
            tokio::time::sleep(delay).await;
            self.reconnects += 1;
            tracing::debug!(run = %run, after = ?self.last_id, attempt = self.reconnects, "reconnecting the event stream");
            let idle = self.options.idle_timeout;
            match open_events(self.api, &run, self.last_id.as_deref(), idle).await {
                Ok(response) => {
                    self.events = Some(events_of(response));
                    return Ok(());
                }
                Err(e) if e.is_retryable() => continue,
                Err(e) => return Err(e),
            }
        }
    }
}
