//! `exa`: the Exa API from the command line (`exa-agent` is the same program under its former
//! name).
//!
//! - `exa <document> <operation> [flags]`: every operation of every document the client was
//!   built from, generated at build time from the same documents (`operations`): a flag per
//!   parameter and top-level body field, `--body FILE|-` for the whole body, the response as
//!   JSON lines.
//! - `exa runs ...`: the Agent API's runs. `create`, `list` and `events` print JSON lines as
//!   they come; `get`, `cancel`, `stop`, `wait` and `delete` take ids given as arguments, or streamed
//!   from a file or stdin, with bounded concurrency, one JSON line per id on stdout and a
//!   summary on stderr.
//! - `exa batches submit FILE|-`: a JSONL file of requests made one batch, optionally waited
//!   for, its results file written as it downloads (`batches`), beside the generated commands
//!   of the Batches document.

mod args;
mod batch;
#[cfg(all(
    exa_operation = "batches.createBatch",
    exa_operation = "batches.getBatch"
))]
mod batches;
mod input;
mod operations;
mod report;
mod runs;
mod table;

use std::io::Write;
use std::process::ExitCode;

/// mimalloc, not the system's allocator: hyper frees a response's headers on whichever worker
/// thread the request's task runs, often not the one that parsed them, and glibc's malloc then
/// waits on the other thread's arena lock. At `--concurrency 64` on two cores that was 0.4
/// context switches per request and 24% more CPU time (`BENCHMARKS.md`); mimalloc frees across
/// threads without a lock. The binaries get it through this crate (their only code).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use args::{Command, RunsCommand};
use batch::Action;
use exa_client::WaitOptions;

/// Exit statuses, as `--help` documents them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Every id ended as asked.
    Success = 0,
    /// At least one id failed or was invalid, or input or output broke off.
    Failed = 1,
    /// Usage or configuration error: nothing was sent.
    Usage = 2,
    /// Ctrl-C.
    Interrupted = 130,
}

/// Prints `error: MESSAGE` on stderr; a closed stderr is no reason to panic.
pub fn print_error(message: &str) {
    print_note(&format!("error: {message}"));
}

/// Prints a line on stderr, ignoring failures.
pub fn print_note(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// The runtime for `command`: a worker per core, except for ids taken one at a time
/// (`--concurrency 1`), which have nothing to share between workers: on one thread, no
/// request wakes another thread for its timer or its socket.
fn runtime(command: &Command) -> std::io::Result<tokio::runtime::Runtime> {
    let Command::Runs(command) = command;
    let ids = match command {
        RunsCommand::Get(ids) | RunsCommand::Cancel(ids) | RunsCommand::Stop(ids) => Some(ids),
        RunsCommand::Wait(args) => Some(&args.ids),
        RunsCommand::Delete(args) => Some(&args.ids),
        RunsCommand::Create(_) | RunsCommand::List(_) | RunsCommand::Events(_) => None,
    };
    match ids {
        Some(ids) if ids.concurrency == 1 => current_thread(),
        _ => tokio::runtime::Runtime::new(),
    }
}

/// Runs the command line with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match args::parse() {
        Ok(args::Parsed::Runs(cli)) => cli,
        Ok(args::Parsed::Operation(call)) => return operations::main(call),
        #[cfg(all(
            exa_operation = "batches.createBatch",
            exa_operation = "batches.getBatch"
        ))]
        Ok(args::Parsed::Submit(global, args)) => return batches::main(global, args),
        Err(code) => return ExitCode::from(code),
    };
    let runtime = runtime(&cli.command);
    run_on(runtime, async {
        let global = &cli.global;
        let Command::Runs(command) = cli.command;
        match command {
            RunsCommand::Create(args) => runs::create(global, args).await,
            RunsCommand::List(args) => runs::list(global, args).await,
            RunsCommand::Events(args) => runs::events(global, args).await,
            RunsCommand::Get(ids) => batch::run(global, ids, Action::Get).await,
            RunsCommand::Cancel(ids) => batch::run(global, ids, Action::Cancel).await,
            RunsCommand::Stop(ids) => batch::run(global, ids, Action::Stop).await,
            RunsCommand::Wait(args) => {
                let mut options = WaitOptions {
                    interval: args.interval,
                    ..WaitOptions::default()
                };
                if let Some(timeout) = args.timeout {
                    options.timeout = timeout;
                }
                batch::run(global, args.ids, Action::Wait(options)).await
            }
            RunsCommand::Delete(args) => {
                let action = Action::Delete {
                    ignore_missing: args.ignore_missing,
                };
                batch::run(global, args.ids, action).await
            }
        }
    })
}

/// A runtime of one thread, for a command that sends one request at a time.
fn current_thread() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
}

/// Runs `work` on `runtime`, or says why the runtime could not start, and exits with its
/// status.
fn run_on(
    runtime: std::io::Result<tokio::runtime::Runtime>,
    work: impl std::future::Future<Output = Exit>,
) -> ExitCode {
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(error) => {
            print_error(&format!("cannot start the async runtime: {error}"));
            return ExitCode::from(Exit::Failed as u8);
        }
    };
    let exit = runtime.block_on(work);
    // A blocking read of stdin cannot be cancelled: after Ctrl-C, waiting for it would hang
    // until the producer writes another line.
    runtime.shutdown_background();
    ExitCode::from(exit as u8)
}
