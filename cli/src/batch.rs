//! The commands that take many ids (`runs delete`, `get`, `cancel`, `wait`): ids streamed
//! through a bounded number of concurrent requests, results written as they complete.

use std::cell::Cell;
use std::fmt;
use std::io::{self, IsTerminal};
use std::time::Instant;

use exa_client::agent::types::AgentRunStatus;
use exa_client::agent_api::WaitOptions;
use exa_client::{ApiError, Error, Exa};
use futures::{FutureExt, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use tokio::sync::watch;

use crate::args::{Global, IdArgs};
use crate::report::{Done, Outcome, Report, Sink, Tally};
use crate::{Exit, input, print_error, print_note};

/// What is done to each id.
#[derive(Clone, Copy, Debug)]
pub enum Action {
    /// `runs delete`.
    Delete {
        /// A 404 `RUN_NOT_FOUND` counts as not found, not as a failure.
        ignore_missing: bool,
    },
    /// `runs get`.
    Get,
    /// `runs cancel`.
    Cancel,
    /// `runs wait`: polls until the run ends; only `completed` counts as a success.
    Wait(WaitOptions),
}

impl Action {
    /// What the summary and the text output say was done.
    fn verb(self) -> &'static str {
        match self {
            Self::Delete { .. } => "deleted",
            Self::Get => "fetched",
            Self::Cancel => "cancelled",
            Self::Wait(_) => "completed",
        }
    }

    /// Whether one id may take minutes (a progress bar is worth showing for it).
    fn is_long(self) -> bool {
        matches!(self, Self::Wait(_))
    }

    /// Does it to one id; never fails, every error is an outcome.
    async fn apply(self, exa: &Exa, id: String) -> Done {
        let agent = exa.agent();
        let result = match self {
            Self::Delete { .. } => agent.delete(&id).await.map(Outcome::Deleted),
            Self::Get => agent.get(&id).await.map(|run| ran(run, true)),
            Self::Cancel => agent.cancel(&id).await.map(|run| ran(run, true)),
            Self::Wait(options) => agent.wait(&id, options).await.map(|run| {
                let ok = run.status == AgentRunStatus::Completed;
                ran(run, ok)
            }),
        };
        let ignore_missing = matches!(
            self,
            Self::Delete {
                ignore_missing: true
            }
        );
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(Error::InvalidId(invalid)) => Outcome::Invalid(invalid.rule),
            Err(Error::Api(api)) if ignore_missing && is_missing(&api) => Outcome::NotFound(api),
            Err(error) => Outcome::Failed(error),
        };
        Done { id, outcome }
    }
}

fn ran(run: exa_client::agent::types::AgentRun, ok: bool) -> Outcome {
    Outcome::Run {
        run: Box::new(run),
        ok,
    }
}

/// Why no new request may start.
#[derive(Clone, Copy, Debug, Default)]
struct Stop {
    /// Ctrl-C presses: the first stops new requests, the second abandons those in flight.
    interrupts: u32,
    /// stdout is gone (EPIPE or another write error): results could not be reported.
    output_broken: bool,
}

impl Stop {
    fn no_new_requests(&self) -> bool {
        self.interrupts > 0 || self.output_broken
    }

    fn abandon_in_flight(&self) -> bool {
        self.interrupts > 1
    }
}

/// Does `action` to every id of `args` and returns the exit status.
pub async fn run(global: &Global, args: IdArgs, action: Action) -> Exit {
    let started_at = Instant::now();
    let IdArgs {
        ids,
        from,
        concurrency,
        output,
        quiet,
    } = args;
    let exa = match global.client() {
        Ok(exa) => exa,
        Err(message) => {
            print_error(&message);
            return Exit::Usage;
        }
    };
    let (ids, known_total) = match &from {
        Some(path) => match input::from_file(path).await {
            Ok(ids) => (ids, None),
            Err(error) => {
                print_error(&format!("cannot read {}: {error}", path.display()));
                return Exit::Usage;
            }
        },
        None => {
            let total = ids.len() as u64;
            (input::from_args(ids), Some(total))
        }
    };

    let (stop, stop_rx) = watch::channel(Stop::default());
    listen_for_ctrl_c(stop.clone());
    let mut no_new_rx = stop_rx.clone();
    let no_new_requests = async move {
        let _ = no_new_rx.wait_for(Stop::no_new_requests).await;
    };

    let progress = progress_bar(
        !quiet && io::stderr().is_terminal(),
        known_total,
        action.is_long(),
    );
    let mut report = Report::new(
        Sink::stdout(output, io::stdout().is_terminal(), action.verb()),
        progress.clone(),
    );
    let started = Cell::new(0_u64);
    let exa = &exa;
    let mut results = std::pin::pin!(
        ids.take_until(no_new_requests)
            .map(|id| {
                if id.is_ok() {
                    started.set(started.get() + 1);
                    // A single id needs no bar: show it once a second one starts.
                    if started.get() == 2
                        && let Some(bar) = &progress
                    {
                        bar.set_draw_target(ProgressDrawTarget::stderr());
                    }
                }
                async move {
                    match id {
                        Ok(id) => Ok(action.apply(exa, id).await),
                        Err(error) => Err(error),
                    }
                }
            })
            .buffer_unordered(usize::from(concurrency))
    );

    let mut read_error = None;
    let mut abandoned = false;
    let mut abandon_rx = stop_rx.clone();
    loop {
        let next = match results.next().now_or_never() {
            Some(next) => next,
            None => {
                // Nothing is ready: let whoever reads stdout see what is done so far.
                if !report.flush() {
                    stop.send_modify(|s| s.output_broken = true);
                }
                tokio::select! {
                    next = results.next() => next,
                    _ = abandon_rx.wait_for(Stop::abandon_in_flight) => {
                        abandoned = true;
                        break;
                    }
                }
            }
        };
        match next {
            None => break,
            Some(Ok(done)) => {
                if !report.record(&done) {
                    stop.send_modify(|s| s.output_broken = true);
                }
            }
            // The id stream ends after its error; requests in flight still finish.
            Some(Err(error)) => read_error = Some(error),
        }
    }
    report.flush();
    if let Some(bar) = &report.progress {
        bar.finish_and_clear();
    }
    let tally = &report.tally;
    let interrupted = stop_rx.borrow().interrupts > 0;
    let source = from.as_deref().map(|path| path.display().to_string());

    if tally.total() == 0 && !interrupted {
        // Nothing was sent: as much a usage error as an empty command line.
        let source = source.unwrap_or_else(|| "the arguments".into());
        match read_error {
            Some(error) => print_error(&format!("cannot read {source}: {error}")),
            None => print_error(&format!("no run ids in {source}")),
        }
        return Exit::Usage;
    }
    if let Some(error) = &read_error {
        let source = source.unwrap_or_default();
        print_error(&format!("stopped reading {source}: {error}"));
    }
    if let Some(error) = &report.write_error
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        print_error(&format!("cannot write to stdout: {error}"));
    }
    if !quiet {
        let in_flight = started.get().saturating_sub(tally.total());
        print_note(&summary(
            action,
            tally,
            started_at,
            interrupted,
            abandoned.then_some(in_flight),
            report.write_error.is_some(),
        ));
    }

    if interrupted {
        Exit::Interrupted
    } else if tally.all_succeeded() && read_error.is_none() && report.write_error.is_none() {
        Exit::Success
    } else {
        Exit::Failed
    }
}

/// A 404 that says the run does not exist (not, say, a proxy's 404 page).
fn is_missing(api: &ApiError) -> bool {
    api.status.as_u16() == 404 && api.code.as_deref() == Some("RUN_NOT_FOUND")
}

/// Counts Ctrl-C presses for as long as the process runs: tokio keeps SIGINT from killing the
/// process once it listens, so the second press must be handled too.
fn listen_for_ctrl_c(stop: watch::Sender<Stop>) {
    tokio::spawn(async move {
        while tokio::signal::ctrl_c().await.is_ok() {
            stop.send_modify(|s| s.interrupts += 1);
        }
    });
}

/// A progress bar, hidden until a second id starts (one id needs no bar), unless each id may
/// take minutes (`long`): then it shows from the start.
fn progress_bar(enabled: bool, known_total: Option<u64>, long: bool) -> Option<ProgressBar> {
    if !enabled || (!long && known_total.is_some_and(|total| total < 2)) {
        return None;
    }
    let target = if long {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(known_total, target);
    if long {
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
    }
    let template = match known_total {
        Some(_) => "{wide_bar} {human_pos}/{human_len} {rate} eta {eta}",
        None => "{spinner} {human_pos} done {rate} {elapsed}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(
            style.with_key("rate", |state: &ProgressState, out: &mut dyn fmt::Write| {
                let _ = write!(out, "{:.0}/s", state.per_sec());
            }),
        );
    }
    Some(bar)
}

fn summary(
    action: Action,
    tally: &Tally,
    started_at: Instant,
    interrupted: bool,
    abandoned: Option<u64>,
    output_broken: bool,
) -> String {
    let mut text = String::new();
    if interrupted {
        text.push_str("interrupted: ");
    }
    text.push_str(&format!("{} {}, ", tally.done, action.verb()));
    if let Action::Wait(_) = action {
        text.push_str(&format!("{} ended otherwise, ", tally.ended_otherwise));
    }
    text.push_str(&format!(
        "{} not found, {} failed, {} invalid in {:.2} s",
        tally.not_found,
        tally.failed,
        tally.invalid,
        started_at.elapsed().as_secs_f64()
    ));
    if let Some(in_flight) = abandoned {
        text.push_str(&format!(
            "; {in_flight} in flight abandoned, their outcome unknown"
        ));
    }
    if output_broken {
        text.push_str("; stopped early: results could not be written");
    }
    text
}
