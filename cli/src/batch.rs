//! The commands that take many ids (`runs delete`, `get`, `cancel`, `wait`): ids streamed
//! through a bounded number of concurrent requests, results written as they complete.

use std::fmt;
use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::time::Instant;

use exa_client::agent::types::AgentRunStatus;
use exa_client::agent_api::WaitOptions;
use exa_client::{ApiError, Error, Exa};
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
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
    /// Each id is a task of its own, so the runtime's workers share the requests; at most
    /// `concurrency` are in flight. Results are written here, one writer, in the order the
    /// tasks complete; stdout is flushed whenever no result is ready.
    async fn run(self) -> Finished {
        let Self {
            exa,
            action,
            concurrency,
            mut ids,
            mut report,
            stop,
            stop_rx,
        } = self;
        let mut in_flight = InFlight::new(concurrency);
        let mut reading = true;
        let mut started = 0_u64;
        let mut read_error = None;
        let mut abandoned = false;
        let mut yielded = false;
        // One receiver for every wait: a Ctrl-C or a broken stdout wakes the loop to look again.
        let mut changes = stop_rx.clone();
        let can_start = |reading: bool, in_flight: &InFlight| {
            reading && in_flight.len() < concurrency && !stop_rx.borrow().no_new_requests()
        };
        // The id stream ends after an error; requests in flight still finish.
        let progress = report.progress.clone();
        let mut start =
            |next: Option<io::Result<String>>, in_flight: &mut InFlight, reading: &mut bool| {
                match next {
                    Some(Ok(id)) => {
                        started += 1;
                        // A single id needs no bar: show it once a second one starts.
                        if started == 2
                            && let Some(bar) = &progress
                        {
                            bar.set_draw_target(ProgressDrawTarget::stderr());
                        }
                        let exa = exa.clone();
                        in_flight.start(async move { action.apply(&exa, id).await });
                    }
                    Some(Err(error)) => {
                        read_error = Some(error);
                        *reading = false;
                    }
                    None => *reading = false,
                }
            };
        loop {
            // Start what the bound allows from the ids at hand.
            while can_start(reading, &in_flight) {
                match ids.next().now_or_never() {
                    Some(next) => start(next, &mut in_flight, &mut reading),
                    None => break,
                }
            }
            let joined = match in_flight.try_next() {
                Some(joined) => joined,
                None if in_flight.is_empty() && !can_start(reading, &in_flight) => break,
                None if !yielded && (in_flight.is_here() || in_flight.len() > 1) => {
                    // Let the tasks queued on this worker run first: results that complete
                    // meanwhile go out in the same write, and on one thread the request just
                    // started reaches the socket before stdout is written. (With one task in
                    // flight on several workers there is nothing to gather, and a yield would
                    // wake the other worker.)
                    yielded = true;
                    tokio::task::yield_now().await;
                    continue;
                }
                None => {
                    // Nothing is ready: let whoever reads stdout see what is done so far.
                    yielded = false;
                    if !report.flush() {
                        stop.send_modify(|s| s.output_broken = true);
                    }
                    if changes.borrow_and_update().abandon_in_flight() {
                        abandoned = true;
                        break;
                    }
                    let more = can_start(reading, &in_flight);
                    tokio::select! {
                        biased;
                        // No new requests, or abandon those in flight: decided above.
                        _ = changes.changed() => continue,
                        Some(joined) = in_flight.next() => joined,
                        next = ids.next(), if more => {
                            start(next, &mut in_flight, &mut reading);
                            continue;
                        }
                    }
                }
            };
            if let Some(done) = finished(joined)
                && !report.record(&done)
            {
                stop.send_modify(|s| s.output_broken = true);
            }
        }
        // Dropping the set abandons what is still in flight (a second Ctrl-C).
        drop(in_flight);
        Finished {
            report,
            read_error,
            abandoned,
            started,
        }
    }
}

/// The requests in flight, in the order they complete.
enum InFlight {
    /// Each request a task of its own, so that the runtime's workers share them.
    Tasks(JoinSet<Done>),
    /// `--concurrency 1` (on a runtime of one thread, see `main`): the one request runs in
    /// the loop's task, which has nothing else to do meanwhile.
    Here(FuturesUnordered<BoxFuture<'static, Done>>),
}

impl InFlight {
    fn new(concurrency: usize) -> Self {
        match concurrency {
            1 => Self::Here(FuturesUnordered::new()),
            _ => Self::Tasks(JoinSet::new()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Self::Tasks(tasks) => tasks.len(),
            Self::Here(requests) => requests.len(),
        }
    }

    fn is_here(&self) -> bool {
        matches!(self, Self::Here(_))
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn start(&mut self, request: impl Future<Output = Done> + Send + 'static) {
        // Boxed first: a task then moves a pointer, not a request's whole state.
        let request = Box::pin(request);
        match self {
            Self::Tasks(tasks) => drop(tasks.spawn(request)),
            Self::Here(requests) => requests.push(request),
        }
    }

    /// A result that is ready now.
    fn try_next(&mut self) -> Option<Result<Done, JoinError>> {
        match self {
            Self::Tasks(tasks) => tasks.try_join_next(),
            Self::Here(requests) => requests.next().now_or_never().flatten().map(Ok),
        }
    }

    /// The next result; `None` when nothing is in flight.
    async fn next(&mut self) -> Option<Result<Done, JoinError>> {
        match self {
            Self::Tasks(tasks) => tasks.join_next().await,
            Self::Here(requests) => requests.next().await.map(Ok),
        }
    }
}

/// A task's result; a panic in it is the loop's panic.
fn finished(joined: Result<Done, JoinError>) -> Option<Done> {
    match joined {
        Ok(done) => Some(done),
        Err(error) => match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            // Cancelled: only the loop aborts tasks, and it no longer waits for them then.
            Err(_) => None,
        },
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
