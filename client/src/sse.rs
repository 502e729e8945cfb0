//! Server-sent events of any document, read as JSON, and resumed across drops where the API
//! can replay them.
//!
//! The bytes are parsed by `eventsource-stream`. A resumable stream ([`resumable`]) that drops,
//! goes silent for longer than [`StreamOptions::idle_timeout`] or ends before its last event is
//! opened again through the caller's `reopen`, with the last event id it received, up to
//! [`StreamOptions::max_reconnects`] times in a row, waiting as [`crate::RetryPolicy`]'s backoff
//! does. Events whose id was already delivered are skipped, so that each event reaches the
//! caller once and in order. Keep-alive comments are ignored. A one-shot stream ([`json_events`])
//! ends with its body; a drop is its last item.

use std::collections::HashSet;
use std::future::{ready, Future};
use std::pin::Pin;
use std::time::Duration;

use eventsource_stream::{EventStreamError, Eventsource};
use futures::{Stream, StreamExt};

use crate::error::{Error, StreamError};
use crate::retry::{self, RetryPolicy};

/// How a resumable event stream waits and reconnects.
///
/// ```
/// use std::time::Duration;
/// let options = exa_client::sse::StreamOptions {
///     idle_timeout: Duration::from_secs(30),
///     ..Default::default()
/// };
/// assert_eq!(options.max_reconnects, 5);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct StreamOptions {
    /// A connection silent for this long is given up and reopened; the response head must
    /// also come within it. Default [`crate::defaults::STREAM_IDLE_TIMEOUT`].
    pub idle_timeout: Duration,
    /// Reconnects in a row without an event before the stream ends with an error. Default 5.
    pub max_reconnects: u32,
    /// The wait before the first reconnect, doubled for each next one (at most 8 s). Default
    /// 250 ms.
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

/// A stream the helpers return: `Unpin`, so `try_next` works on it without `pin!`.
pub type Events<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

/// One event: its id, its kind (`event:`, `message` when absent) and its data as JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// `id:`, when the server sent one.
    pub id: Option<String>,
    /// `event:`; `message` when the server sent none.
    pub kind: String,
    /// `data:`, parsed.
    pub data: serde_json::Value,
}

type Raw = Pin<
    Box<
        dyn Stream<Item = Result<eventsource_stream::Event, EventStreamError<reqwest::Error>>>
            + Send,
    >,
>;

fn raw(response: reqwest::Response) -> Raw {
    Box::pin(response.bytes_stream().eventsource())
}

fn malformed(id: Option<String>, message: String) -> Error {
    Error::Stream(StreamError::Malformed { id, message })
}

/// One event as JSON; `None` for the end marker `[DONE]`.
fn parse(event: eventsource_stream::Event) -> Option<Result<Event, Error>> {
    if event.data.trim() == "[DONE]" {
        return None;
    }
    let id = (!event.id.is_empty()).then_some(event.id);
    let kind = match event.event.is_empty() {
        true => "message".to_string(),
        false => event.event,
    };
    Some(match serde_json::from_str(&event.data) {
        Ok(data) => Ok(Event { id, kind, data }),
        Err(e) => Err(malformed(id, format!("its data is not JSON: {e}"))),
    })
}

/// Each event of `response` read by `read`, until the body ends or an event reads `[DONE]`.
/// A drop is the last item ([`StreamError::Dropped`]); the first error ends the stream.
pub(crate) fn json_events<T: Send + 'static>(
    response: reqwest::Response,
    read: fn(Event) -> Result<T, String>,
) -> Events<'static, T> {
    let stream = raw(response)
        .map(move |event| match event {
            Ok(event) => parse(event).map(|parsed| {
                parsed.and_then(|e| {
                    let id = e.id.clone();
                    read(e).map_err(|message| malformed(id, message))
                })
            }),
            Err(EventStreamError::Transport(e)) => Some(Err(Error::Stream(StreamError::Dropped {
                reconnects: 0,
                reason: e.to_string(),
            }))),
            Err(e) => Some(Err(malformed(None, e.to_string()))),
        })
        .take_while(|item| ready(item.is_some()))
        .filter_map(ready)
        .scan(false, |failed, item| {
            let stop = *failed;
            *failed = item.is_err();
            ready((!stop).then_some(item))
        });
    Box::pin(stream)
}

/// What a resumable stream needs of its document.
pub(crate) struct Resume<'a> {
    /// What the stream is about (a run id), when known before the first event.
    pub(crate) source: Option<String>,
    /// Reads the source from an event's data, for a stream that learns it from its first event.
    pub(crate) learn: fn(&serde_json::Value) -> Option<String>,
    /// Whether an event is the last one: the stream then ends instead of resuming.
    pub(crate) is_last: fn(&Event) -> bool,
    /// Opens the stream of `source` again, after the event id given.
    #[allow(clippy::type_complexity)]
    pub(crate) reopen: Box<
        dyn Fn(
                String,
                Option<String>,
            )
                -> Pin<Box<dyn Future<Output = Result<reqwest::Response, Error>> + Send + 'a>>
            + Send
            + Sync
            + 'a,
    >,
}

struct State<'a> {
    resume: Resume<'a>,
    events: Option<Raw>,
    last_id: Option<String>,
    seen: HashSet<String>,
    reconnects: u32,
    done: bool,
    options: StreamOptions,
}

/// The events of `first`, and after a drop those of the stream `resume` opens again.
/// `after` is the id of the last event the caller already has (a replay starts after it).
pub(crate) fn resumable<'a>(
    first: reqwest::Response,
    after: Option<String>,
    options: StreamOptions,
    resume: Resume<'a>,
) -> Events<'a, Event> {
    let state = State {
        resume,
        events: Some(raw(first)),
        last_id: after,
        seen: HashSet::new(),
        reconnects: 0,
        done: false,
        options,
    };
    Box::pin(futures::stream::unfold(state, |mut state| async move {
        let item = state.next().await?;
        Some((item, state))
    }))
}

impl State<'_> {
    async fn next(&mut self) -> Option<Result<Event, Error>> {
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
                // Ended or broke before the last event: resume.
                Ok(None) | Ok(Some(Err(EventStreamError::Transport(_)))) => self.events = None,
                Ok(Some(Err(e))) => {
                    self.done = true;
                    return Some(Err(malformed(self.last_id.clone(), e.to_string())));
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

    fn accept(&mut self, event: eventsource_stream::Event) -> Option<Result<Event, Error>> {
        if !event.id.is_empty() && !self.seen.insert(event.id.clone()) {
            return None;
        }
        self.reconnects = 0;
        let event = match parse(event)? {
            Ok(event) => event,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        if self.resume.source.is_none() {
            self.resume.source = (self.resume.learn)(&event.data);
        }
        if event.id.is_some() {
            self.last_id.clone_from(&event.id);
        }
        self.done = (self.resume.is_last)(&event);
        Some(Ok(event))
    }

    async fn reconnect(&mut self) -> Result<(), Error> {
        let policy = RetryPolicy {
            initial_backoff: self.options.reconnect_delay,
            max_backoff: Duration::from_secs(8),
            ..RetryPolicy::default()
        };
        loop {
            let Some(source) = self.resume.source.clone() else {
                return Err(Error::Stream(StreamError::Dropped {
                    reconnects: 0,
                    reason: "the stream ended before it named what it is about".into(),
                }));
            };
            if self.reconnects >= self.options.max_reconnects {
                return Err(Error::Stream(StreamError::Dropped {
                    reconnects: self.reconnects,
                    reason: "no event came back".into(),
                }));
            }
            tokio::time::sleep(retry::backoff(&policy, self.reconnects, retry::jitter())).await;
            self.reconnects += 1;
            tracing::debug!(source = %source, after = ?self.last_id, attempt = self.reconnects, "reconnecting the event stream");
            match (self.resume.reopen)(source, self.last_id.clone()).await {
                Ok(response) => {
                    self.events = Some(raw(response));
                    return Ok(());
                }
                Err(e) if e.is_retryable() => continue,
                Err(e) => return Err(e),
            }
        }
    }
}
