//! `exa batches submit FILE|-`: a JSONL file of requests made one batch (the client's
//! `create_from_jsonl`), optionally waited for (`wait`) and its results file written as it is
//! downloaded (`results`, from the presigned URL, without the API key). A verb beside the
//! commands generated from the Batches document, which it leaves as they are.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{ArgMatches, Args, FromArgMatches};
use exa_client::batches::types::{Batch, BatchStatus};
use exa_client::{Error, Exa, WaitOptions};
use futures::StreamExt;

use crate::args::{Global, parse_key_value, parse_seconds};
use crate::report::{Lines, with_causes};
use crate::runs::{client, failed, interruptible, write_failed};
use crate::{Exit, print_error, print_note};

/// The verb's name in `exa batches`; an operation of the document with the same command is
/// not offered (the verb takes its place), so that one name means one thing.
pub const SUBMIT: &str = "submit";

const SUBMIT_AFTER_HELP: &str = "\
FILE holds one request a line, as the Batches API takes them ({\"customId\", \"method\": \"POST\",
\"url\": \"/search\"|\"/agent/runs\", \"body\"}); blank lines are skipped. Every line is checked
before anything is sent: a line that is not a request is named by its number.

Output: the created batch as one JSON line; with --wait or --results, the batch as it ended as
a second line. --results PATH writes the results file (JSONL, one line per request, as the
download arrives) once the batch has ended; it is fetched from the batch's presigned resultsUrl
without the API key. With --results -, stdout carries the results only and the batch lines go
to stderr. Ctrl-C while waiting leaves the batch running and prints its id.

Exit status: 0 created (with --wait or --results: the batch completed and its results were
written), 1 failed (the batch was cancelled or expired, the wait timed out, a request or the
download failed), 2 usage or configuration error (an unreadable FILE or PATH, a bad line:
nothing sent), 130 Ctrl-C.

Examples:
  exa batches submit requests.jsonl --metadata job=nightly
  exa batches submit requests.jsonl --wait --results results.jsonl
  jq -c '{customId: .id, method: \"POST\", url: \"/search\", body: {query: .q}}' rows.json \\
    | exa batches submit - --results - > results.jsonl";

/// `exa batches submit ...`
#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// The requests, one JSON object a line, read from FILE or stdin (-)
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,

    /// Metadata entry KEY=VALUE stored with the batch; repeat for several
    #[arg(long, value_name = "K=V", value_parser = parse_key_value)]
    pub metadata: Vec<(String, String)>,

    /// Poll the batch until it is completed, cancelled or expired, and print it
    #[arg(long)]
    pub wait: bool,

    /// Write the results file (JSONL) to PATH, or stdout (-), once the batch has ended; implies
    /// --wait
    #[arg(long, value_name = "PATH|-")]
    pub results: Option<PathBuf>,

    /// Longest wait for the batch, in seconds; it also caps each request [default: 3900]
    // As in `runs wait`: the id `timeout` takes the place of the global flag (one --timeout).
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true, value_parser = parse_seconds)]
    pub timeout: Option<Duration>,

    /// Time between two polls of the batch, in seconds
    #[arg(long, value_name = "SECONDS", default_value = "2", value_parser = parse_seconds)]
    pub interval: Duration,
}

/// The `submit` subcommand, for the command of the Batches document.
pub fn command() -> clap::Command {
    // After the derive's own settings, which would take the struct's documentation as `about`.
    SubmitArgs::augment_args(clap::Command::new(SUBMIT))
        .about(
            "Submit a JSONL file of requests as one batch; optionally wait and write its results",
        )
        .after_help(SUBMIT_AFTER_HELP)
        .arg_required_else_help(true)
}

/// The arguments of `submit`, from its matches.
pub fn args(matches: &ArgMatches) -> Result<SubmitArgs, clap::Error> {
    SubmitArgs::from_arg_matches(matches)
}

/// Runs `exa batches submit`.
pub fn main(global: Global, args: SubmitArgs) -> ExitCode {
    crate::run_on(crate::current_thread(), submit(&global, args))
}

/// Where the results go.
enum Results {
    Stdout(Lines),
    File(PathBuf, BufWriter<std::fs::File>),
}

async fn submit(global: &Global, args: SubmitArgs) -> Exit {
    let Some(exa) = client(global) else {
        return Exit::Usage;
    };
    let reader = match open(&args.file) {
        Ok(reader) => reader,
        Err(message) => {
            print_error(&message);
            return Exit::Usage;
        }
    };
    let mut draft = exa.batches().create_from_jsonl(reader);
    for (key, value) in args.metadata {
        draft = draft.metadata(key, value);
    }
    // A bad line is refused here, before anything is sent.
    if let Err(error) = draft.request() {
        print_error(&format!("{}: {error}", shown(&args.file)));
        return Exit::Usage;
    }
    // Opened (and truncated, as `> PATH` would) before the batch is created: a path that
    // cannot be written is a usage error, not a batch whose results have nowhere to go.
    let mut results = match args.results.as_deref() {
        None => None,
        Some(path) if path == Path::new("-") => Some(Results::Stdout(Lines::stdout(None))),
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => Some(Results::File(path.to_path_buf(), BufWriter::new(file))),
            Err(error) => {
                print_error(&format!("cannot write {}: {error}", path.display()));
                return Exit::Usage;
            }
        },
    };
    // With the results on stdout, the batch lines go to stderr.
    let mut batch_lines = if matches!(results, Some(Results::Stdout(_))) {
        BatchLines::Stderr
    } else {
        BatchLines::Stdout(Lines::stdout(None))
    };

    let batch = match interruptible(draft.send()).await {
        Some(Ok(batch)) => batch,
        Some(Err(error)) => {
            let exit = failed(&error);
            if matches!(error, Error::OutcomeUnknown { .. }) {
                print_note("`exa batches list-batches` tells whether it was created");
            }
            return exit;
        }
        None => {
            print_note(
                "interrupted: the batch may have been created; `exa batches list-batches` tells",
            );
            return Exit::Interrupted;
        }
    };
    if let Err(error) = batch_lines.write(&batch) {
        return write_failed(&error);
    }
    if !args.wait && results.is_none() {
        return Exit::Success;
    }

    let mut options = WaitOptions {
        interval: args.interval,
        ..WaitOptions::default()
    };
    if let Some(timeout) = args.timeout {
        options.timeout = timeout;
    }
    let id = batch.id.as_str();
    let ended = match interruptible(exa.batches().wait(id, options)).await {
        Some(Ok(ended)) => ended,
        Some(Err(error)) => {
            failed(&error);
            keeps_running(id, "");
            return Exit::Failed;
        }
        None => {
            keeps_running(id, "interrupted: ");
            return Exit::Interrupted;
        }
    };
    if let Err(error) = batch_lines.write(&ended) {
        return write_failed(&error);
    }
    let completed = ended.status == BatchStatus::Completed;
    let counts = &ended.request_counts;
    if completed && counts.failed > 0 {
        print_note(&format!(
            "{} of {} requests failed (their lines in the results say why)",
            counts.failed, counts.total
        ));
    }
    if let Some(results) = results.as_mut() {
        // A batch cancelled part way keeps the results of the requests that completed.
        if completed || ended.results_url.is_some() {
            match interruptible(download(&exa, &ended, results)).await {
                None => {
                    print_note(&format!(
                        "interrupted: the results are incomplete; `exa batches get-batch --id {id}` gives a fresh resultsUrl"
                    ));
                    return Exit::Interrupted;
                }
                Some(Err(exit)) => return exit,
                Some(Ok(())) => {}
            }
        }
    }
    if completed {
        Exit::Success
    } else {
        print_error(&format!("batch {id} ended {}", ended.status.as_str()));
        Exit::Failed
    }
}

/// Says that the batch goes on without this command, and how to reach it.
fn keeps_running(id: &str, prefix: &str) {
    print_note(&format!(
        "{prefix}batch {id} keeps running: `exa batches get-batch --id {id}` shows it, `exa batches cancel-batch --id {id}` cancels it"
    ));
}

/// Streams the results file of `batch` into `results`, one line in memory at a time.
async fn download(exa: &Exa, batch: &Batch, results: &mut Results) -> Result<(), Exit> {
    let lines = exa.batches().results(batch).await.map_err(|error| {
        download_failed(&error, &batch.id);
        Exit::Failed
    })?;
    let mut lines = std::pin::pin!(lines);
    while let Some(line) = lines.next().await {
        let line = line.map_err(|error| {
            download_failed(&error, &batch.id);
            Exit::Failed
        })?;
        match results {
            Results::Stdout(out) => out.write(&line).map_err(|e| write_failed(&e))?,
            Results::File(path, file) => {
                write_line(file, &line).map_err(|e| file_failed(path, &e))?;
            }
        }
    }
    if let Results::File(path, file) = results {
        file.flush().map_err(|e| file_failed(path, &e))?;
    }
    Ok(())
}

fn write_line(file: &mut BufWriter<std::fs::File>, line: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *file, line)?;
    file.write_all(b"\n")
}

fn download_failed(error: &Error, id: &str) {
    print_error(&format!("results of batch {id}: {}", with_causes(error)));
    print_note(&format!(
        "`exa batches get-batch --id {id}` gives a fresh resultsUrl"
    ));
}

fn file_failed(path: &Path, error: &io::Error) -> Exit {
    print_error(&format!("cannot write {}: {error}", path.display()));
    Exit::Failed
}

/// The batch as JSON lines: on stdout, or on stderr when the results take stdout.
enum BatchLines {
    Stdout(Lines),
    Stderr,
}

impl BatchLines {
    fn write(&mut self, batch: &Batch) -> io::Result<()> {
        match self {
            Self::Stdout(lines) => lines.write(batch),
            Self::Stderr => {
                let line = serde_json::to_string(batch).map_err(io::Error::other)?;
                print_note(&line);
                Ok(())
            }
        }
    }
}

/// The requests file, or stdin for `-`.
fn open(path: &Path) -> Result<Box<dyn BufRead>, String> {
    if path == Path::new("-") {
        return Ok(Box::new(io::stdin().lock()));
    }
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", shown(path)))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(format!("cannot read {}: it is a directory", shown(path)));
    }
    Ok(Box::new(BufReader::with_capacity(64 * 1024, file)))
}

fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".into()
    } else {
        path.display().to_string()
    }
}
