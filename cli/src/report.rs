//! What happened to each id, as JSON lines or text on stdout, and the counts for the summary.

use std::error::Error as _;
use std::fmt::Write as _;
use std::io::{self, BufWriter, StdoutLock, Write};

use exa_client::types::DeleteAgentRunResponse;
use exa_client::{ApiError, Error, IdRule};
use serde::Serialize;

use crate::args::OutputFormat;

/// The result of one id.
#[derive(Debug)]
pub enum Outcome {
    /// The API deleted the run.
    Deleted(DeleteAgentRunResponse),
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
    /// Deleted.
    pub deleted: u64,
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
            Outcome::Deleted(_) => self.deleted += 1,
            Outcome::NotFound(_) => self.not_found += 1,
            Outcome::Failed(_) => self.failed += 1,
            Outcome::Invalid(_) => self.invalid += 1,
        }
    }

    /// Ids seen.
    pub fn total(&self) -> u64 {
        self.deleted + self.not_found + self.failed + self.invalid
    }

    /// Whether every id ended as the caller wanted.
    pub fn all_succeeded(&self) -> bool {
        self.failed == 0 && self.invalid == 0
    }
}

/// The JSON line of an id: the API's response, or what went wrong.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonLine<'a> {
    Deleted(&'a DeleteAgentRunResponse),
    Failure(Failure<'a>),
}

/// The JSON line of an id that was not deleted.
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
            code: api.code.as_ref().map(|c| c.as_str()),
            message: api_message(api),
            request_id: api.request_id.as_deref(),
            attempts: Some(api.attempts),
        };
        Self::Failure(match &done.outcome {
            Outcome::Deleted(deleted) => return Self::Deleted(deleted),
            Outcome::NotFound(api) => from_api("not_found", api),
            Outcome::Invalid(rule) => blank("invalid", rule.to_string()),
            Outcome::Failed(Error::Api(api)) => from_api("failed", api),
            Outcome::Failed(error) => Failure {
                status: error.status().map(|s| s.as_u16()),
                attempts: attempts(error),
                ..blank("failed", with_causes(error))
            },
        })
    }
}

/// The API's message, or what the body was when it was not the API's error object.
fn api_message(api: &ApiError) -> String {
    match (&api.message, &api.body_prefix) {
        (Some(message), _) => message.clone(),
        (None, Some(body)) if body.is_empty() => "empty response body".into(),
        (None, Some(body)) => format!("response body was not the API's JSON error: {body}"),
        (None, None) => String::new(),
    }
}

fn attempts(error: &Error) -> Option<u32> {
    match error {
        Error::Api(api) => Some(api.attempts),
        Error::Timeout { attempts, .. } | Error::Transport { attempts, .. } => Some(*attempts),
        _ => None,
    }
}

/// The error and the causes its message does not already include ("connection refused" sits
/// several levels below reqwest's "error sending request").
fn with_causes(error: &Error) -> String {
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

/// One readable line for an id, without the newline.
fn text_line(done: &Done) -> String {
    let id = &done.id;
    match &done.outcome {
        Outcome::Deleted(_) => format!("deleted {id}"),
        Outcome::NotFound(_) => format!("not found {id}"),
        // An invalid id may hold control characters: keep them off the terminal.
        Outcome::Invalid(rule) => format!("invalid {}: {rule}", id.escape_debug()),
        Outcome::Failed(Error::Api(api)) => {
            let mut line = format!("failed {id}: {}", api.status.as_u16());
            if let Some(code) = &api.code {
                let _ = write!(line, " {code}");
            }
            let message = api_message(api);
            if !message.is_empty() {
                let _ = write!(line, " {message}");
            }
            if let Some(request_id) = &api.request_id {
                let _ = write!(line, " (request id {request_id})");
            }
            line
        }
        Outcome::Failed(error) => format!("failed {id}: {}", with_causes(error)),
    }
}

/// stdout, locked once and buffered; flushed by the caller when nothing else is ready, and
/// after every line when a person is reading it.
pub struct Sink {
    out: BufWriter<StdoutLock<'static>>,
    format: OutputFormat,
    line_buffered: bool,
}

impl Sink {
    /// stdout in `format`.
    pub fn stdout(format: OutputFormat, line_buffered: bool) -> Self {
        Self {
            out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
            format,
            line_buffered,
        }
    }

    /// Writes the line of one id.
    pub fn write(&mut self, done: &Done) -> io::Result<()> {
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer(&mut self.out, &JsonLine::new(done))?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::Text => writeln!(self.out, "{}", text_line(done))?,
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
