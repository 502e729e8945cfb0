//! The commands about one run or the list of runs: `runs create`, `runs list` and
//! `runs events`, written as JSON lines as they come.

use std::io::{self, IsTerminal};
use std::path::Path;
use std::time::Duration;

use exa_client::agent::types::{AgentEffort, AgentRunEventEvent};
use exa_client::agent_api::RunEvent;
use exa_client::sse::StreamOptions;
use exa_client::{Error, Exa};
use futures::{Stream, StreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::args::{CreateArgs, EventsArgs, Global, ListArgs};
use crate::report::{Lines, with_causes};
use crate::{Exit, print_error, print_note};

/// The JSON line of a streamed event.
#[derive(Serialize)]
struct EventLine<'a> {
    id: Option<&'a str>,
    event: &'a str,
    data: &'a serde_json::Value,
}

/// `exa runs create`.
pub async fn create(global: &Global, args: CreateArgs) -> Exit {
    let Some(exa) = client(global) else {
        return Exit::Usage;
    };
    let output_schema = match read_json(args.output_schema.as_deref()).await {
        Ok(value) => value,
        Err(exit) => return exit,
    };
    let input = match read_json(args.input.as_deref()).await {
        Ok(value) => value,
        Err(exit) => return exit,
    };
    let agent = exa.agent();
    let mut request = agent.create(args.query);
    if let Some(prompt) = args.system_prompt {
        request = request.system_prompt(prompt);
    }
    if let Some(effort) = &args.effort {
        request = request.effort(AgentEffort::from(effort.as_str()));
    }
    if let Some(schema) = output_schema {
        request = request.output_schema(schema);
    }
    if let Some(input) = input {
        request = request.input(input);
    }
    if let Some(previous) = &args.previous {
        request = request.previous_run(previous);
    }
    for (key, value) in args.metadata {
        request = request.metadata(key, value);
    }
    // Refused before anything is sent (a bad previous run id, a schema that is not an object).
    if let Err(error) = request.request() {
        print_error(&error.to_string());
        return Exit::Usage;
    }

    if !args.follow {
        let run = match interruptible(request.send()).await {
            Some(Ok(run)) => run,
            Some(Err(error)) => return failed(&error),
            None => {
                print_note("interrupted: the run may have been created; `exa runs list` tells");
                return Exit::Interrupted;
            }
        };
        return match Lines::stdout(None).write(&run) {
            Ok(()) => Exit::Success,
            Err(error) => write_failed(&error),
        };
    }
    let progress = spinner("creating the run");
    let events = match interruptible(request.stream(StreamOptions::default())).await {
        Some(Ok(events)) => events,
        Some(Err(error)) => {
            finish(progress.as_ref());
            return failed(&error);
        }
        None => {
            finish(progress.as_ref());
            print_note("interrupted: the run may have been created; `exa runs list` tells");
            return Exit::Interrupted;
        }
    };
    print_events(events, progress).await
}

/// `exa runs list`.
pub async fn list(global: &Global, args: ListArgs) -> Exit {
    let Some(exa) = client(global) else {
        return Exit::Usage;
    };
    let mut out = Lines::stdout(None);
    let work = async {
        if !args.all {
            let page = exa.agent().list_page(args.limit, None).await?;
            for run in &page.data {
                out.write(run).map_err(Broke::Output)?;
            }
            return Ok(());
        }
        let mut runs = std::pin::pin!(exa.agent().list(args.limit));
        while let Some(run) = runs.next().await {
            out.write(&run?).map_err(Broke::Output)?;
        }
        Ok::<(), Broke>(())
    };
    ended(interruptible(work).await)
}

/// `exa runs events`.
pub async fn events(global: &Global, args: EventsArgs) -> Exit {
    let Some(exa) = client(global) else {
        return Exit::Usage;
    };
    let agent = exa.agent();
    if args.follow {
        let progress = spinner("waiting for events");
        let opened = agent.follow(&args.id, args.after.as_deref(), StreamOptions::default());
        let events = match interruptible(opened).await {
            Some(Ok(events)) => events,
            Some(Err(error)) => {
                finish(progress.as_ref());
                return failed(&error);
            }
            None => {
                finish(progress.as_ref());
                return Exit::Interrupted;
            }
        };
        return print_events(events, progress).await;
    }
    let mut out = Lines::stdout(None);
    let work = async {
        let mut events = std::pin::pin!(agent.events(&args.id, None));
        // Stored events are listed from the first: skip those up to --after.
        let mut skipping = args.after.is_some();
        while let Some(event) = events.next().await {
            let event = event?;
            if skipping {
                skipping = args.after.as_deref() != Some(event.id.as_str());
                continue;
            }
            out.write(&event).map_err(Broke::Output)?;
        }
        Ok::<(), Broke>(())
    };
    ended(interruptible(work).await)
}

/// Prints each event as a JSON line until the run ends: exit 0 when it completed.
async fn print_events(
    events: impl Stream<Item = Result<RunEvent, Error>>,
    progress: Option<ProgressBar>,
) -> Exit {
    let mut out = Lines::stdout(progress.clone());
    let mut last = None;
    let work = async {
        let mut events = std::pin::pin!(events);
        while let Some(event) = events.next().await {
            let event = event?;
            let line = EventLine {
                id: event.id.as_deref(),
                event: event.kind.as_str(),
                data: &event.data,
            };
            out.write(&line).map_err(Broke::Output)?;
            if let Some(bar) = &progress {
                let status = event.data.get("status").and_then(|s| s.as_str());
                bar.set_message(format!("{} ({})", event.kind, status.unwrap_or("?")));
            }
            last = Some(event.kind);
        }
        Ok::<(), Broke>(())
    };
    let result = interruptible(work).await;
    finish(progress.as_ref());
    match ended(result) {
        Exit::Success => match last {
            Some(AgentRunEventEvent::AgentRunCompleted) => Exit::Success,
            Some(AgentRunEventEvent::AgentRunFailed | AgentRunEventEvent::AgentRunCancelled) => {
                Exit::Failed
            }
            _ => {
                print_error("the event stream ended before the run did");
                Exit::Failed
            }
        },
        other => other,
    }
}

/// Why a command stopped early.
enum Broke {
    Api(Error),
    Output(io::Error),
}

impl From<Error> for Broke {
    fn from(error: Error) -> Self {
        Self::Api(error)
    }
}

/// The exit status of a command's work; `None` when Ctrl-C stopped it.
fn ended(result: Option<Result<(), Broke>>) -> Exit {
    match result {
        None => Exit::Interrupted,
        Some(Ok(())) => Exit::Success,
        Some(Err(Broke::Api(error))) => failed(&error),
        Some(Err(Broke::Output(error))) => write_failed(&error),
    }
}

/// Prints the error; nothing sent is a usage error (2), anything else a failure (1).
pub(crate) fn failed(error: &Error) -> Exit {
    print_error(&with_causes(error));
    match error {
        Error::InvalidId(_) | Error::InvalidRequest(_) | Error::Config(_) => Exit::Usage,
        _ => Exit::Failed,
    }
}

pub(crate) fn write_failed(error: &io::Error) -> Exit {
    if error.kind() != io::ErrorKind::BrokenPipe {
        print_error(&format!("cannot write to stdout: {error}"));
    }
    Exit::Failed
}

pub(crate) fn client(global: &Global) -> Option<Exa> {
    global
        .client()
        .map_err(|message| print_error(&message))
        .ok()
}

/// The JSON of a file, or the usage error saying why there is none.
async fn read_json(path: Option<&Path>) -> Result<Option<serde_json::Value>, Exit> {
    let Some(path) = path else {
        return Ok(None);
    };
    let text = tokio::fs::read(path).await.map_err(|error| {
        print_error(&format!("cannot read {}: {error}", path.display()));
        Exit::Usage
    })?;
    serde_json::from_slice(&text).map(Some).map_err(|error| {
        print_error(&format!("{} is not JSON: {error}", path.display()));
        Exit::Usage
    })
}

/// `work`, or `None` if Ctrl-C comes first.
pub(crate) async fn interruptible<T>(work: impl Future<Output = T>) -> Option<T> {
    tokio::select! {
        done = work => Some(done),
        _ = tokio::signal::ctrl_c() => None,
    }
}

/// A spinner on stderr while a run goes on, only when stderr is a terminal.
fn spinner(message: &'static str) -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner().with_message(message);
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn finish(progress: Option<&ProgressBar>) {
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
}
