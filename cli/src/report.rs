//! What happened to each id, as JSON lines or text on stdout, and the counts for the summary.

use std::error::Error as _;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Stdout, StdoutLock, Write};

use exa_client::agent::types::{AgentRun, DeleteAgentRunResponse};
use exa_client::{ApiError, Error, IdRule};
use indicatif::ProgressBar;
use serde::Serialize;

use crate::args::OutputFormat;

/// The result of one id.
#[derive(Debug)]
pub enum Outcome {
    /// The API deleted the run.
    Deleted(DeleteAgentRunResponse),
    /// The API answered with the run; `ok` is false for a run that ended other than asked
    /// (`runs wait`: failed or cancelled).
    Run {
        /// The run as the API returned it.
        run: Box<AgentRun>,
        /// Whether it counts as a success.
        ok: bool,
    },
    /// 404 `RUN_NOT_FOUND`, accepted because of `--ignore-missing`.
    NotFound(Box<ApiError>),
    /// Anything else that went wrong after the id was accepted.
    Failed(Error),
    /// The id breaks the API's id rule and was not sent.
    Invalid(IdRule),
}

/// An id and its result.
#[derive(Debug)]
pub struct Done {
    /// The id as given.
    pub id: String,
    /// What happened to it.
    pub outcome: Outcome,
}

/// How many ids ended each way.
#[derive(Debug, Default)]
pub struct Tally {
    /// Deleted, fetched, cancelled or completed: what was asked.
    pub done: u64,
    /// Answered with a run that ended other than asked (failed or cancelled).
    pub ended_otherwise: u64,
    /// Not found, with `--ignore-missing`.
    pub not_found: u64,
    /// Failed, 404s included without `--ignore-missing`.
    pub failed: u64,
    /// Never sent.
    pub invalid: u64,
}

impl Tally {
    /// Counts one result.
    pub fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Deleted(_) | Outcome::Run { ok: true, .. } => self.done += 1,
            Outcome::Run { ok: false, .. } => self.ended_otherwise += 1,
            Outcome::NotFound(_) => self.not_found += 1,
            Outcome::Failed(_) => self.failed += 1,
            Outcome::Invalid(_) => self.invalid += 1,
        }
    }

    /// Ids seen.
    pub fn total(&self) -> u64 {
        self.done + self.ended_otherwise + self.not_found + self.failed + self.invalid
    }

    /// Whether every id ended as the caller wanted.
    pub fn all_succeeded(&self) -> bool {
        self.failed == 0 && self.invalid == 0 && self.ended_otherwise == 0
    }
}

/// The JSON line of an id: the API's response, or what went wrong.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonLine<'a> {
    Deleted(&'a DeleteAgentRunResponse),
    Run(&'a AgentRun),
    Failure(Failure<'a>),
}

/// The JSON line of an id that was not deleted (fetched, cancelled, waited for).
#[derive(Serialize)]
struct Failure<'a> {
    id: &'a str,
    /// `not_found`, `failed` or `invalid`: what scripts filter on.
    error: &'static str,
    status: Option<u16>,
    code: Option<&'a str>,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attempts: Option<u32>,
}

impl<'a> JsonLine<'a> {
    fn new(done: &'a Done) -> Self {
        let id = &done.id;
        let blank = |error, message| Failure {
            id,
            error,
            status: None,
            code: None,
            message,
            request_id: None,
            attempts: None,
        };
        let from_api = |error, api: &'a ApiError| Failure {
            id,
            error,
            status: Some(api.status.as_u16()),
            code: api.code.as_deref(),
            message: api_message(api),
            request_id: api.request_id.as_deref(),
            attempts: Some(api.attempts),
        };
        Self::Failure(match &done.outcome {
            Outcome::Deleted(deleted) => return Self::Deleted(deleted),
            Outcome::Run { run, .. } => return Self::Run(run),
            Outcome::NotFound(api) => from_api("not_found", api),
            Outcome::Invalid(rule) => blank("invalid", one_line(&rule.to_string())),
            Outcome::Failed(Error::Api(api)) => from_api("failed", api),
            Outcome::Failed(error) => Failure {
                status: error.status().map(|s| s.as_u16()),
                attempts: attempts(error),
                ..blank("failed", one_line(&with_causes(error)))
            },
        })
    }
}

/// The API's message on one line, or for a body that is not the API's error object (an HTML
/// page from a proxy) the status reason and the body's first characters.
fn api_message(api: &ApiError) -> String {
    api.summary()
}

/// `text` on one line: every run of whitespace, newlines included, made one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Requests sent, where the error says (a response, a timeout, a broken connection).
fn attempts(error: &Error) -> Option<u32> {
    match error {
        Error::Api(_)
        | Error::Timeout { .. }
        | Error::Transport { .. }
        | Error::OutcomeUnknown { .. } => Some(error.attempts()),
        _ => None,
    }
}

/// The error and the causes its message does not already include ("connection refused" sits
/// several levels below reqwest's "error sending request").
pub fn with_causes(error: &Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        let inner_text = inner.to_string();
        if !text.contains(&inner_text) {
            let _ = write!(text, ": {inner_text}");
        }
        cause = inner.source();
    }
    text
}

/// One readable line for an id, without the newline; `verb` says what was done to a run
/// (`fetched`, `cancelled`, `completed`).
fn text_line(done: &Done, verb: &str) -> String {
    let id = &done.id;
    match &done.outcome {
        Outcome::Deleted(_) => format!("deleted {id}"),
        Outcome::Run { run, ok: true } => format!("{verb} {id}: {}", run.status.as_str()),
        Outcome::Run { run, ok: false } => format!("ended {id}: {}", run.status.as_str()),
        Outcome::NotFound(_) => format!("not found {id}"),
        // An invalid id may hold control characters: keep them off the terminal.
        Outcome::Invalid(rule) => format!("invalid {}: {rule}", id.escape_debug()),
        Outcome::Failed(Error::Api(api)) => {
            let mut line = format!("failed {id}: {}", api.status.as_u16());
            if let Some(code) = &api.code {
                let _ = write!(line, " {code}");
            }
            let _ = write!(line, " {}", api_message(api));
            if let Some(request_id) = &api.request_id {
                let _ = write!(line, " (request id {request_id})");
            }
            line
        }
        Outcome::Failed(error) => format!("failed {id}: {}", one_line(&with_causes(error))),
    }
}

/// stdout, buffered; flushed by the caller when nothing else is ready, and after every line
/// when a person is reading it. Not locked while idle, so that it can move between the
/// runtime's workers with the loop that writes it.
pub struct Sink {
    out: BufWriter<Stdout>,
    format: OutputFormat,
    line_buffered: bool,
    verb: &'static str,
}

impl Sink {
    /// stdout in `format`; `verb` is what the text format says was done to a run.
    pub fn stdout(format: OutputFormat, line_buffered: bool, verb: &'static str) -> Self {
        Self {
            out: BufWriter::with_capacity(64 * 1024, io::stdout()),
            format,
            line_buffered,
            verb,
        }
    }

    /// Writes the line of one id.
    pub fn write(&mut self, done: &Done) -> io::Result<()> {
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer(&mut self.out, &JsonLine::new(done))?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::Text => writeln!(self.out, "{}", text_line(done, self.verb))?,
        }
        if self.line_buffered {
            self.out.flush()?;
        }
        Ok(())
    }

    /// Whether stdout is a terminal (written line by line).
    pub fn is_terminal(&self) -> bool {
        self.line_buffered
    }

    /// Hands what is buffered to stdout.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Results on stdout, the progress bar and the counts, kept in step.
pub struct Report {
    sink: Sink,
    /// The bar, when stderr is a terminal.
    pub progress: Option<ProgressBar>,
    /// Ids seen so far, by result.
    pub tally: Tally,
    /// The first stdout error; nothing is written after it.
    pub write_error: Option<io::Error>,
}

impl Report {
    /// Nothing reported yet.
    pub fn new(sink: Sink, progress: Option<ProgressBar>) -> Self {
        Self {
            sink,
            progress,
            tally: Tally::default(),
            write_error: None,
        }
    }

    /// Counts and prints one result; false once stdout has failed.
    pub fn record(&mut self, done: &Done) -> bool {
        self.tally.add(&done.outcome);
        if self.write_error.is_some() {
            return false;
        }
        let written = match &self.progress {
            Some(bar) => {
                bar.inc(1);
                // A bar and results on one terminal: clear the bar while writing.
                if self.sink.is_terminal() {
                    bar.suspend(|| self.sink.write(done))
                } else {
                    self.sink.write(done)
                }
            }
            None => self.sink.write(done),
        };
        self.keep(written)
    }

    /// Flushes stdout; false once stdout has failed.
    pub fn flush(&mut self) -> bool {
        if self.write_error.is_some() {
            return false;
        }
        let flushed = self.sink.flush();
        self.keep(flushed)
    }

    fn keep(&mut self, result: io::Result<()>) -> bool {
        if let Err(error) = result {
            self.write_error = Some(error);
        }
        self.write_error.is_none()
    }
}

/// JSON lines on stdout for the commands about one run (`create`, `list`, `events`): each
/// line is flushed as it is written, since a stream of events may pause for minutes.
pub struct Lines {
    out: BufWriter<StdoutLock<'static>>,
    progress: Option<ProgressBar>,
}

impl Lines {
    /// stdout; `progress` is cleared while a line is written.
    pub fn stdout(progress: Option<ProgressBar>) -> Self {
        Self {
            out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
            progress,
        }
    }

    /// Writes `value` as one JSON line.
    pub fn write<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let mut write = || {
            serde_json::to_writer(&mut self.out, value)?;
            self.out.write_all(b"\n")?;
            self.out.flush()
        };
        match &self.progress {
            Some(bar) => bar.suspend(write),
            None => write(),
        }
    }
}
