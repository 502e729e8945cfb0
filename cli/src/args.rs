//! The command line: flags, help texts and how the client is built from them.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use exa_client::{AuthScheme, Exa, RetryPolicy, defaults};

const MAIN_AFTER_HELP: &str = "\
Examples:
  exa runs create 'AI infrastructure funding rounds this week' --follow
  exa runs list --all | jq -r 'select(.status == \"failed\") | .id'
  exa runs wait agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8 --timeout 600
  exa runs delete --from ids.txt --concurrency 32 > results.jsonl
  exa --base-url http://127.0.0.1:4010 runs delete agent_run_abc
  exa batches submit requests.jsonl --wait --results results.jsonl

Environment:
  EXA_API_KEY   the API key (or --api-key; the environment keeps it out of `ps`)
  EXA_BASE_URL  the API base URL (or --base-url)

Every operation of every document: `exa <DOCUMENT> <OPERATION> [FLAGS]` (`exa websets --help`
lists them), the response as JSON lines.

Exit status: 0 success, 1 some ids failed or were invalid, 2 usage or configuration error
(nothing sent), 130 interrupted by Ctrl-C. See `exa runs <COMMAND> --help`.";

const GET_AFTER_HELP: &str = "\
Ids are read as `runs delete` reads them (arguments, or --from FILE or - for stdin, streamed).

Output:
  stdout  one JSON object per id, in completion order: the run as the API returned it, else
          {\"id\", \"error\": \"failed\"|\"invalid\", \"status\", \"code\", \"message\", \"request_id\",
          \"attempts\"} as `runs delete` prints it.
  stderr  a summary, and a progress bar when stderr is a terminal.

Exit status: 0 every id succeeded, 1 at least one failed or was invalid, 2 usage or
configuration error (nothing sent), 130 Ctrl-C.";

const WAIT_AFTER_HELP: &str = "\
Polls each run (GET /agent/runs/{id}, every --interval) until it is completed, failed or
cancelled, and prints the final run as one JSON line; a run still going after --timeout is
reported as failed. In this command --timeout is the longest wait for each run (it also caps
each request). Ids are read as `runs delete` reads them.

Exit status: 0 every run completed, 1 a run failed, was cancelled, could not be read or did
not end in time, 2 usage or configuration error, 130 Ctrl-C.";

const CREATE_AFTER_HELP: &str = "\
Output: the run as one JSON line; with --follow, each event as one JSON line
{\"id\", \"event\", \"data\"} until the run ends (a dropped stream is resumed, never created
again). A progress spinner shows on stderr when stderr is a terminal.

A create is never sent twice: when it fails in a way that leaves its effect unknown (a
timeout, a broken connection or a 5xx after it was sent), the error says so; list the runs
(`exa runs list`) to see whether it was created.

Exit status: 0 created (with --follow: the run completed), 1 failed (with --follow: the run
failed or was cancelled), 2 usage or configuration error (nothing sent), 130 Ctrl-C.

Examples:
  exa runs create 'Who raised a Series A this week?' --effort low --follow
  exa runs create 'List AI labs' --output-schema schema.json --metadata team=research";

const EVENTS_AFTER_HELP: &str = "\
Output: one JSON line per event, oldest first, with its \"id\" and \"event\" (and \"data\").
Without --follow, every stored event, page by page; with --follow, the events as they happen
over server-sent events, resumed after a drop, until the run ends.

Exit status: 0 the events were printed (with --follow: the run completed), 1 failed (with
--follow: the run failed or was cancelled), 2 usage or configuration error, 130 Ctrl-C.";

const LIST_AFTER_HELP: &str = "\
Output: one JSON line per run, newest first: one page (--limit runs), or with --all every
run, page after page.

Exit status: 0 listed, 1 failed, 2 usage or configuration error, 130 Ctrl-C.";

const DELETE_AFTER_HELP: &str = "\
Ids are read lazily: a file of millions of ids is streamed, with at most --concurrency
deletions in flight. Ids that break the API's id rule (`..`, `a/b`, over 200 characters)
are reported as invalid and never sent; the other ids still run.

Output:
  stdout  one JSON object per id, in completion order: the API's response when the run was
          deleted, else {\"id\", \"error\": \"not_found\"|\"failed\"|\"invalid\", \"status\",
          \"code\", \"message\", \"request_id\", \"attempts\"}. --output text prints one line per id.
  stderr  a summary (counts and elapsed time), and a progress bar when stderr is a terminal.

Exit status:
  0    every run was deleted (or was not found, with --ignore-missing)
  1    at least one id failed or was invalid, or the output or input broke off
  2    usage or configuration error (no key, bad flag or URL, unreadable --from, no ids):
       nothing was sent
  130  Ctrl-C: no new deletion started, those in flight finished and were reported
       (a second Ctrl-C quits at once)

Examples:
  exa runs delete agent_run_a agent_run_b
  exa runs delete --from ids.txt --concurrency 32 --ignore-missing
  grep -v '^keep' runs.txt | exa runs delete --from - --output text
  exa runs delete --from ids.txt | jq -r 'select(.error == \"failed\") | .id' > retry.txt";

/// `exa`: the command line (the hand-written `runs` commands; the generated ones are added by
/// [`parse`]).
#[derive(Debug, Parser)]
#[command(
    name = "exa",
    version,
    about = "The Exa API from the command line: every operation of every document, and Agent runs in batches",
    after_help = MAIN_AFTER_HELP,
    arg_required_else_help = true
)]
pub struct Cli {
    /// Connection settings, accepted before or after the subcommand.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Connection settings shared by every subcommand.
#[derive(Debug, Args)]
#[command(next_help_heading = "Connection options")]
pub struct Global {
    /// API key; prefer the environment variable, a command line is visible to other users
    #[arg(
        long,
        env = "EXA_API_KEY",
        hide_env_values = true,
        global = true,
        value_name = "KEY"
    )]
    pub api_key: Option<String>,

    /// Send the key as `Authorization: Bearer KEY` instead of `x-api-key: KEY`
    #[arg(long, global = true)]
    pub bearer: bool,

    /// API base URL, e.g. a local mock server [default: https://api.exa.ai]
    // No value in help: an unset variable would show as `EXA_BASE_URL=`.
    #[arg(
        long,
        env = "EXA_BASE_URL",
        hide_env_values = true,
        global = true,
        value_name = "URL"
    )]
    pub base_url: Option<String>,

    /// Beta token sent in the `Exa-Beta` header; repeat for several
    #[arg(
        long = "beta",
        value_name = "TOKEN",
        global = true,
        help = beta_help()
    )]
    pub betas: Vec<String>,

    /// Retries after a retryable failure (429, 5xx, timeouts, connection errors)
    #[arg(long, value_name = "N", global = true, default_value_t = RetryPolicy::default().max_retries)]
    pub max_retries: u32,

    /// Limit for one attempt, in seconds (fractions allowed)
    #[arg(
        long,
        value_name = "SECONDS",
        global = true,
        allow_negative_numbers = true,
        value_parser = parse_seconds,
        help = format!(
            "Limit for one attempt, in seconds (fractions allowed) [default: {}]",
            defaults::TIMEOUT.as_secs_f64()
        )
    )]
    pub timeout: Option<Duration>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage stored Agent runs
    #[command(subcommand, arg_required_else_help = true)]
    Runs(RunsCommand),
}

/// `exa runs ...`
#[derive(Debug, Subcommand)]
pub enum RunsCommand {
    /// Create an Agent run, and optionally follow its events until it ends
    #[command(after_help = CREATE_AFTER_HELP, arg_required_else_help = true)]
    Create(CreateArgs),
    /// Print Agent runs, given as arguments or read from a file or stdin
    #[command(after_help = GET_AFTER_HELP, arg_required_else_help = true)]
    Get(IdArgs),
    /// List the stored Agent runs, newest first
    #[command(after_help = LIST_AFTER_HELP)]
    List(ListArgs),
    /// Print the events of an Agent run, or follow them until it ends
    #[command(after_help = EVENTS_AFTER_HELP, arg_required_else_help = true)]
    Events(EventsArgs),
    /// Wait until Agent runs end, and print them
    #[command(after_help = WAIT_AFTER_HELP, arg_required_else_help = true)]
    Wait(WaitArgs),
    /// Cancel Agent runs, given as arguments or read from a file or stdin
    #[command(after_help = GET_AFTER_HELP, arg_required_else_help = true)]
    Cancel(IdArgs),
    /// Stop ultra-effort Agent runs, keeping what they found so far (sends the beta token
    /// agent-max-effort-2026-07-27); ids as arguments or read from a file or stdin
    #[command(after_help = GET_AFTER_HELP, arg_required_else_help = true)]
    Stop(IdArgs),
    /// Delete stored Agent runs, given as arguments or read from a file or stdin
    #[command(after_help = DELETE_AFTER_HELP, arg_required_else_help = true)]
    Delete(DeleteArgs),
}

/// `exa runs delete ...`
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The ids and how they are read
    #[command(flatten)]
    pub ids: IdArgs,

    /// Count a run that does not exist (404 RUN_NOT_FOUND) as not found, not as a failure
    #[arg(long)]
    pub ignore_missing: bool,
}

/// `exa runs wait ...`
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The ids and how they are read
    #[command(flatten)]
    pub ids: IdArgs,

    /// Longest wait for each run, in seconds [default: 3900, a run stops after an hour]
    // The id `timeout` takes the place of the global flag in this command: one --timeout.
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true, value_parser = parse_seconds)]
    pub timeout: Option<Duration>,

    /// Time between two polls of a run, in seconds
    #[arg(long, value_name = "SECONDS", default_value = "2", value_parser = parse_seconds)]
    pub interval: Duration,
}

/// `exa runs create ...`
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// What the agent should find out
    #[arg(value_name = "QUERY")]
    pub query: String,

    /// System prompt
    #[arg(long, value_name = "S")]
    pub system_prompt: Option<String>,

    /// How much work the agent may do: low, medium, high, xhigh or auto
    #[arg(long, value_name = "E")]
    pub effort: Option<String>,

    /// JSON Schema for the structured output (`output.structured`), read from FILE
    #[arg(long, value_name = "FILE")]
    pub output_schema: Option<PathBuf>,

    /// The `input` object (data rows and exclusions), read from FILE as JSON
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,

    /// Continue from an earlier run, with its context
    #[arg(long, value_name = "RUN_ID")]
    pub previous: Option<String>,

    /// Metadata entry KEY=VALUE; repeat for several
    #[arg(long, value_name = "K=V", value_parser = parse_key_value)]
    pub metadata: Vec<(String, String)>,

    /// Print the run's events as they happen, until it ends
    #[arg(long)]
    pub follow: bool,
}

/// `exa runs list ...`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Runs per page (1 to 100) [default: the API's]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100))]
    pub limit: Option<u64>,

    /// Every run, page after page, instead of one page
    #[arg(long)]
    pub all: bool,
}

/// `exa runs events ...`
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// The run
    #[arg(value_name = "ID")]
    pub id: String,

    /// Stream the events as they happen until the run ends
    #[arg(long)]
    pub follow: bool,

    /// Only the events after this event id
    #[arg(long, value_name = "EVENT_ID")]
    pub after: Option<String>,
}

/// Ids given as arguments or read from a file, and how they are worked through.
#[derive(Debug, Args)]
pub struct IdArgs {
    /// Run ids
    #[arg(
        value_name = "ID",
        required_unless_present = "from",
        conflicts_with = "from"
    )]
    pub ids: Vec<String>,

    /// Read ids from FILE (`-` for stdin): one per line, trimmed; blank lines and lines
    /// starting with `#` are skipped
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,

    /// Requests in flight at once
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..))]
    pub concurrency: u16,

    /// Format of the per-id results on stdout
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub output: OutputFormat,

    /// No summary and no progress bar on stderr (results still go to stdout)
    #[arg(long, short)]
    pub quiet: bool,
}

/// How results are printed on stdout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per line
    Json,
    /// One readable line per id
    Text,
}

impl Global {
    /// The client these settings describe, or why there is none (never containing the key).
    pub fn client(&self) -> Result<Exa, String> {
        let key = self.api_key.as_deref().unwrap_or_default();
        if key.is_empty() {
            return Err("no API key: set EXA_API_KEY or pass --api-key".into());
        }
        let mut builder = Exa::builder().api_key(key).max_retries(self.max_retries);
        if self.bearer {
            builder = builder.auth_scheme(AuthScheme::Bearer);
        }
        if let Some(url) = &self.base_url {
            builder = builder.base_url(url);
        }
        // Every Agent request carries the --beta tokens: the document declares the header only
        // on create and stop, and a caller who names a token means it for the call they make.
        for beta in &self.betas {
            builder = builder.document_beta("agent", beta);
        }
        if let Some(timeout) = self.timeout {
            builder = builder.timeout(timeout);
        }
        builder.build().map_err(|e| e.to_string())
    }
}

fn beta_help() -> String {
    let default = exa_client::agent::spec::DOCUMENT
        .default_beta()
        .unwrap_or("none");
    format!("Beta token sent in the `Exa-Beta` header; repeat for several [default: {default}]")
}

pub(crate) fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| "expected a number of seconds, e.g. 30 or 2.5".to_string())?;
    if !seconds.is_finite() || seconds <= 0.0 {
        return Err("must be a positive number of seconds".into());
    }
    Duration::try_from_secs_f64(seconds).map_err(|e| e.to_string())
}

pub(crate) fn parse_key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err("expected KEY=VALUE".into()),
    }
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Parsed {
    /// A hand-written `runs` command.
    Runs(Cli),
    /// A generated command: one operation of one document.
    Operation(crate::operations::Call),
    /// `exa batches submit`.
    #[cfg(all(
        exa_operation = "batches.createBatch",
        exa_operation = "batches.getBatch"
    ))]
    Submit(Global, crate::batches::SubmitArgs),
}

/// The hand-written commands that join the generated ones of the document `module`.
fn verbs(module: &str) -> Vec<clap::Command> {
    #[cfg(all(
        exa_operation = "batches.createBatch",
        exa_operation = "batches.getBatch"
    ))]
    if module == "batches" {
        return vec![crate::batches::command()];
    }
    let _ = module;
    Vec::new()
}

/// Parses the command line: the `runs` commands, and a command per document with a
/// subcommand per operation. On a usage error, `--help` or `--version`, prints what clap has
/// to say and returns the exit code (2 for errors, 0 for help).
pub fn parse() -> Result<Parsed, u8> {
    // The `runs` commands first: a batch of deletions reads no command table.
    if let Ok(cli) = Cli::try_parse() {
        return Ok(Parsed::Runs(cli));
    }
    let documents = crate::table::documents();
    let mut command = Cli::command();
    for document in documents {
        // A document whose module is a hand-written command keeps to the library.
        if command.find_subcommand(&document.module).is_none() {
            let verbs = verbs(&document.module);
            command = command.subcommand(crate::operations::document_command(document, verbs));
        }
    }
    let parsed = command.try_get_matches().and_then(|matches| {
        #[cfg(all(
            exa_operation = "batches.createBatch",
            exa_operation = "batches.getBatch"
        ))]
        if let Some(("batches", sub)) = matches.subcommand()
            && let Some((crate::batches::SUBMIT, args)) = sub.subcommand()
        {
            let global = Global::from_arg_matches(&matches)?;
            return Ok(Parsed::Submit(global, crate::batches::args(args)?));
        }
        let generated = matches.subcommand().and_then(|(name, sub)| {
            let document = documents.iter().find(|d| d.module == name)?;
            let (op, op_matches) = sub.subcommand()?;
            let operation = document.operations.iter().find(|o| o.name == op)?;
            Some((document, operation, op_matches.clone()))
        });
        match generated {
            Some((document, operation, op_matches)) => {
                Ok(Parsed::Operation(crate::operations::Call {
                    global: Global::from_arg_matches(&matches)?,
                    document,
                    operation,
                    matches: op_matches,
                }))
            }
            None => Cli::from_arg_matches(&matches).map(Parsed::Runs),
        }
    });
    let error = match parsed {
        Ok(parsed) => return Ok(parsed),
        Err(error) => error,
    };
    let code = u8::try_from(error.exit_code()).unwrap_or(2);
    let colored = if error.use_stderr() {
        io::stderr().is_terminal()
    } else {
        io::stdout().is_terminal()
    };
    let rendered = error.render();
    let mut text = if colored {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    if error.use_stderr() {
        // clap echoes arguments it could not place; one of them may be the key.
        for key in keys_on_command_line() {
            text = text.replace(&key, "<redacted>");
        }
        let _ = io::stderr().write_all(text.as_bytes());
    } else {
        let _ = io::stdout().write_all(text.as_bytes());
    }
    Err(code)
}

/// The key from the environment and every value given to `--api-key`.
fn keys_on_command_line() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut keys: Vec<String> = std::env::var("EXA_API_KEY").into_iter().collect();
    for (i, arg) in args.iter().enumerate() {
        if let Some(key) = arg.strip_prefix("--api-key=") {
            keys.push(key.to_string());
        } else if arg == "--api-key" {
            keys.extend(args.get(i + 1).cloned());
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_generated_commands_are_consistent_with_the_connection_flags() {
        let mut command = Cli::command();
        for document in crate::table::documents() {
            let verbs = verbs(&document.module);
            command = command.subcommand(crate::operations::document_command(document, verbs));
        }
        command.debug_assert();
    }

    #[test]
    fn seconds_are_positive_finite_numbers() {
        assert_eq!(parse_seconds("2.5"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_seconds("30"), Ok(Duration::from_secs(30)));
        for bad in ["-1", "0", "NaN", "inf", "abc", "", "1e300"] {
            assert!(parse_seconds(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn metadata_is_a_key_an_equals_sign_and_a_value() {
        assert_eq!(
            parse_key_value("team=a=b"),
            Ok(("team".into(), "a=b".into()))
        );
        assert_eq!(parse_key_value("team="), Ok(("team".into(), String::new())));
        assert!(parse_key_value("=x").is_err());
        assert!(parse_key_value("team").is_err());
    }
}
