//! The commands that take many ids (`runs delete`, `get`, `cancel`, `stop`, `wait`): ids streamed
//! through a bounded number of concurrent requests, results written as they complete.

use std::fmt;
use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use exa_client::WaitOptions;
use exa_client::agent::types::AgentRunStatus;
use exa_client::{ApiError, Error, Exa};

use futures::{FutureExt, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use tokio::sync::watch;
use tokio::task::{JoinError, JoinSet};

use crate::args::{Global, IdArgs};
use crate::input::Ids;
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
    /// `runs stop`: ends an ultra-effort run with what it has so far.
    Stop,
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
            Self::Stop => "stopped",
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
            Self::Stop => agent.stop(&id).await.map(|run| ran(run, true)),
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

    let progress = progress_bar(
        !quiet && io::stderr().is_terminal(),
        known_total,
        action.is_long(),
    );
    let report = Report::new(
        Sink::stdout(output, io::stdout().is_terminal(), action.verb()),
        progress,
    );
    // The loop runs on a worker of its own too: a deletion that completes wakes it on the
    // same worker instead of waking the thread that blocks on the runtime.
    let batch = Batch {
        exa: Arc::new(exa),
        action,
        concurrency: usize::from(concurrency).max(1),
        ids,
        report,
        stop,
        stop_rx: stop_rx.clone(),
    };
    let Finished {
        mut report,
        read_error,
        abandoned,
        started,
    } = match tokio::spawn(batch.run()).await {
        Ok(finished) => finished,
        Err(error) => match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => {
                print_error(&format!("the batch stopped: {error}"));
                return Exit::Failed;
            }
        },
    };

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
        let in_flight = started.saturating_sub(tally.total());
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

/// The ids, the client and the report, for the loop that runs the requests.
struct Batch {
    exa: Arc<Exa>,
    action: Action,
    concurrency: usize,
    ids: Ids,
    report: Report,
    stop: watch::Sender<Stop>,
    stop_rx: watch::Receiver<Stop>,
}

/// What the loop leaves for the summary.
struct Finished {
    report: Report,
    /// The error that ended the id stream early.
    read_error: Option<io::Error>,
    /// A second Ctrl-C left requests in flight.
    abandoned: bool,
    /// Requests started (ids that were read, invalid ones included).
    started: u64,
}

impl Batch {
    /// `concurrency` workers, each taking the next id whenever it is free, so that at most
    /// `concurrency` requests are in flight; a worker per slot rather than a task per id, whose
    /// spawn, allocation and join would cost more than the request's own bookkeeping. Each
    /// worker writes its own results into the one buffered report, on the thread where the
    /// request completed: nothing is handed to another thread, which on two cores cost half a
    /// context switch per request (threads waiting on each other's allocator locks, see
    /// `BENCHMARKS.md`). This loop only waits, and flushes stdout every `FLUSH_EVERY`.
    async fn run(self) -> Finished {
        let Self {
            exa,
            action,
            concurrency,
            ids,
            report,
            stop,
            stop_rx,
        } = self;
        let shared = Arc::new(Shared {
            source: Source {
                ids: tokio::sync::Mutex::new(Some(ids)),
                started: AtomicU64::new(0),
                read_error: std::sync::Mutex::new(None),
                progress: report.progress.clone(),
            },
            report: std::sync::Mutex::new(report),
            stop,
            flush_each: concurrency == 1,
        });
        let mut tasks = JoinSet::new();
        for _ in 0..concurrency {
            tasks.spawn(work(shared.clone(), stop_rx.clone(), exa.clone(), action));
        }
        let mut flush = tokio::time::interval(FLUSH_EVERY);
        flush.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // A Ctrl-C or a broken stdout wakes the loop to look again (the workers stop taking ids
        // by themselves).
        let mut changes = stop_rx;
        let mut watching = true;
        let mut abandoned = false;
        loop {
            tokio::select! {
                joined = tasks.join_next() => match joined {
                    Some(joined) => finished(joined),
                    None => break,
                },
                _ = flush.tick() => {
                    if !shared.report().flush() {
                        shared.stop.send_modify(|s| s.output_broken = true);
                    }
                }
                changed = changes.changed(), if watching => {
                    // The sender lives as long as `shared`: an error is only ever the end of
                    // changes, never a reason to abandon what is in flight.
                    watching = changed.is_ok();
                    if watching && changes.borrow_and_update().abandon_in_flight() {
                        abandoned = true;
                        break;
                    }
                }
            }
        }
        // A second Ctrl-C: what is still in flight is dropped.
        tasks.shutdown().await;
        let read_error = shared
            .source
            .read_error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        let started = shared.source.started.load(Ordering::Relaxed);
        let report = match Arc::try_unwrap(shared) {
            Ok(shared) => shared
                .report
                .into_inner()
                .unwrap_or_else(|e| e.into_inner()),
            // Every worker has ended above, and with it its handle.
            Err(_) => unreachable!("a worker outlived the batch"),
        };
        Finished {
            report,
            read_error,
            abandoned,
            started,
        }
    }
}

/// How long a result may wait in the buffer before whoever reads stdout sees it.
const FLUSH_EVERY: std::time::Duration = std::time::Duration::from_millis(50);

/// What every worker shares.
struct Shared {
    source: Source,
    report: std::sync::Mutex<Report>,
    stop: watch::Sender<Stop>,
    /// One request at a time: each result is flushed as it comes (there is nothing to batch it
    /// with), so that a closed stdout stops the next request.
    flush_each: bool,
}

impl Shared {
    fn report(&self) -> std::sync::MutexGuard<'_, Report> {
        self.report.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends the next id it gets until none is left or no new request may start, and reports
/// each result.
async fn work(shared: Arc<Shared>, mut stop: watch::Receiver<Stop>, exa: Arc<Exa>, action: Action) {
    while let Some(id) = shared.source.next(&mut stop).await {
        let done = action.apply(&exa, id).await;
        let written = {
            let mut report = shared.report();
            report.record(&done) && (!shared.flush_each || report.flush())
        };
        if !written {
            shared.stop.send_modify(|s| s.output_broken = true);
        }
    }
}

/// The ids, taken by whichever worker is free, and what the summary needs of the reading.
struct Source {
    /// `None` once the ids ran out or failed: the stream ends after an error, requests in
    /// flight still finish.
    ids: tokio::sync::Mutex<Option<Ids>>,
    started: AtomicU64,
    read_error: std::sync::Mutex<Option<io::Error>>,
    progress: Option<ProgressBar>,
}

impl Source {
    /// The next id to send; `None` once the ids ran out or no new request may start.
    async fn next(&self, stop: &mut watch::Receiver<Stop>) -> Option<String> {
        // Free, the lock is taken without queueing: a queued worker is woken by the one that
        // releases it, on that one's thread, and moves there with the memory it allocated.
        let mut ids = match self.ids.try_lock() {
            Ok(ids) => ids,
            Err(_) => self.ids.lock().await,
        };
        loop {
            if stop.borrow_and_update().no_new_requests() {
                return None;
            }
            let stream = ids.as_mut()?;
            // An id at hand is taken without arming a wait for Ctrl-C.
            let next = match stream.next().now_or_never() {
                Some(next) => next,
                None => tokio::select! {
                    biased;
                    changed = stop.changed() => match changed {
                        Ok(()) => continue,
                        Err(_) => return None,
                    },
                    next = stream.next() => next,
                },
            };
            match next {
                Some(Ok(id)) => {
                    let started = self.started.fetch_add(1, Ordering::Relaxed) + 1;
                    // A single id needs no bar: show it once a second one starts.
                    if started == 2
                        && let Some(bar) = &self.progress
                    {
                        bar.set_draw_target(ProgressDrawTarget::stderr());
                    }
                    return Some(id);
                }
                Some(Err(error)) => {
                    *self.read_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(error);
                    *ids = None;
                }
                None => *ids = None,
            }
        }
    }
}

/// A worker's end; a panic in it is the loop's panic.
fn finished(joined: Result<(), JoinError>) {
    if let Err(error) = joined
        && let Ok(panic) = error.try_into_panic()
    {
        std::panic::resume_unwind(panic);
    }
}

/// A 404 that says the run does not exist (not, say, a proxy's 404 page).
fn is_missing(api: &ApiError) -> bool {
    api.status.as_u16() == 404 && api.code.as_deref() == Some("RUN_NOT_FOUND")
}

/// Counts Ctrl-C presses for as long as the process runs: tokio keeps SIGINT from killing the
/// process once it listens, so the second press must be handled too. On Unix the handler is
/// registered here, before any request starts: `ctrl_c()` registers on its first poll, which on
/// a busy runtime can come after a press that would then kill the process mid-batch.
fn listen_for_ctrl_c(stop: watch::Sender<Stop>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut interrupts) = signal(SignalKind::interrupt()) {
            tokio::spawn(async move {
                while interrupts.recv().await.is_some() {
                    stop.send_modify(|s| s.interrupts += 1);
                }
            });
            return;
        }
    }
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
