//! `exa <document> <operation> [flags]`: every operation of every document, as commands built
//! at run time from the command table the build wrote (`table`), sent through the client's
//! hooks (`Exa::send_operation`: auth, beta header, path checks, retries, size limit).
//!
//! A flag per path, query and header parameter and per top-level field of a JSON object body
//! (scalars typed, objects and arrays as JSON text), `--body FILE|-` for the whole body (the
//! field flags are set over it). The response is printed as one JSON line; a
//! `text/event-stream` response as one line per event.

use std::process::ExitCode;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches};
use futures::StreamExt;
use serde_json::{Map, Value};

use crate::args::Global;
use crate::report::Lines;
use crate::runs::{client, failed, interruptible, write_failed};
use crate::table::{Document, Flag, Operation};
use crate::{Exit, print_error};

/// Flags the command line itself has: a parameter or field of that name gets a flag prefixed
/// with where it goes (`--body-timeout`).
const RESERVED: &[&str] = &[
    "help",
    "version",
    "body",
    "api-key",
    "bearer",
    "base-url",
    "beta",
    "max-retries",
    "timeout",
];

/// A request that asks for a stream may last as long as a run (an hour): this caps it instead
/// of the per-attempt timeout.
const STREAM_LIMIT: Duration = Duration::from_secs(2 * 60 * 60);

const DOCUMENT_AFTER_HELP: &str = "\
Each command sends one request and prints the response body as one JSON line (a stream of
server-sent events: one line {\"id\", \"event\", \"data\"} per event). Flags: one per parameter
and per top-level body field (objects and arrays as JSON text), and --body FILE|- for the
whole body. Exit status: 0 success, 1 the request failed, 2 usage or configuration error
(nothing sent), 130 Ctrl-C.";

/// A generated command, parsed.
#[derive(Debug)]
pub struct Call {
    /// Connection settings.
    pub global: Global,
    /// The document.
    pub document: &'static Document,
    /// The operation.
    pub operation: &'static Operation,
    /// Its flags.
    pub matches: ArgMatches,
}

/// The command of a document: one subcommand per operation, with the summaries of the
/// document, and the hand-written `verbs` of the document. A verb takes the place of an
/// operation whose command has its name (one name, one meaning; the vendored documents have
/// none).
pub fn document_command(document: &'static Document, verbs: Vec<clap::Command>) -> clap::Command {
    let taken: Vec<String> = verbs.iter().map(|v| v.get_name().to_string()).collect();
    let generated = document
        .operations
        .iter()
        .filter(|op| !taken.contains(&op.name) && !taken.contains(&op.id));
    clap::Command::new(document.module.as_str())
        .about(format!("{} ({})", document.about, document.file))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(DOCUMENT_AFTER_HELP)
        // Without a width, clap puts every summary under its command once a long operationId
        // (`research-controller-v0-get-research-task`) takes 40% of 100 columns: one line each.
        .term_width(0)
        .subcommands(verbs)
        .subcommands(generated.map(operation_command))
}

fn operation_command(op: &'static Operation) -> clap::Command {
    let mut long_about = op.summary.clone();
    if let Some(description) = op.description.as_deref().filter(|d| *d != op.summary) {
        long_about = format!("{long_about}\n\n{description}");
    }
    let mut command = clap::Command::new(op.name.as_str())
        .about(op.summary.as_str())
        .long_about(long_about)
        .after_help(format!(
            "Sends {} {} (operationId {}).",
            op.method, op.path, op.id
        ));
    if op.id != op.name {
        command = command.alias(op.id.as_str());
    }
    let fields_required = op.body.as_ref().is_some_and(|b| b.required);
    for (long, flag) in flags(op) {
        command = command.arg(flag_arg(long, flag, fields_required));
    }
    if let Some(body) = &op.body {
        let mut arg = Arg::new("body")
            .long("body")
            .value_name("FILE|-")
            .help(format!(
                "The whole request body ({}), read from FILE or stdin (-); field flags are set over it",
                body.content_type
            ));
        if body.required && body.fields.is_empty() {
            arg = arg.required(true);
        }
        command = command.arg(arg);
    }
    command
}

fn flag_arg(long: &'static str, flag: &'static Flag, fields_required: bool) -> Arg {
    let mut help = flag.help.clone().unwrap_or_default();
    if flag.location != "body" {
        help = format!("{help} [{} parameter `{}`]", flag.location, flag.name);
    }
    if !flag.values.is_empty() {
        help = format!("{help} [values: {}]", flag.values.join(", "));
    }
    let mut arg = Arg::new(long).long(long).help(help.trim().to_string());
    arg = match flag.kind.as_str() {
        "integer" => arg
            .value_name("INTEGER")
            .value_parser(clap::value_parser!(i64)),
        "number" => arg.value_name("NUMBER").value_parser(parse_number),
        "boolean" => arg
            .value_name("BOOL")
            .value_parser(clap::value_parser!(bool))
            .num_args(0..=1)
            .default_missing_value("true"),
        "json" => arg.value_name("JSON"),
        _ => arg.value_name("STRING"),
    };
    if flag.list {
        arg = arg.action(ArgAction::Append);
    }
    match flag.location.as_str() {
        "body" if flag.required && fields_required => arg.required_unless_present("body"),
        "body" => arg,
        _ => arg.required(flag.required),
    }
}

fn parse_number(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ => Err("expected a number, e.g. 2 or 0.5".into()),
    }
}

/// The flag of each parameter and body field of `op`, unique and clear of the command line's
/// own flags.
fn flags(op: &'static Operation) -> Vec<(&'static str, &'static Flag)> {
    let mut used: Vec<&str> = RESERVED.to_vec();
    let mut out = Vec::new();
    let fields = op.body.iter().flat_map(|b| b.fields.iter());
    for flag in op.params.iter().chain(fields) {
        let mut long: &'static str = flag.flag.as_str();
        if long.is_empty() || used.contains(&long) {
            long = leak(format!("{}-{}", flag.location, flag.flag));
        }
        let base = long;
        let mut n = 2;
        while used.contains(&long) {
            long = leak(format!("{base}-{n}"));
            n += 1;
        }
        used.push(long);
        out.push((long, flag));
    }
    out
}

/// clap keeps `'static` names; the few renamed flags live as long as the process.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Runs a generated command.
pub fn main(call: Call) -> ExitCode {
    crate::run_on(crate::current_thread(), run(call))
}

/// The pieces of the request, from the flags.
struct Request {
    path: Vec<String>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
    /// Whether the request asks for a stream (`Accept: text/event-stream`, `"stream": true`).
    stream: bool,
}

async fn run(call: Call) -> Exit {
    let Some(exa) = client(&call.global) else {
        return Exit::Usage;
    };
    let request = match request(call.operation, &call.matches).await {
        Ok(request) => request,
        Err(message) => {
            print_error(&message);
            return Exit::Usage;
        }
    };
    let op = call.operation;
    let content_type = op.body.as_ref().map(|b| b.content_type.as_str());
    let path: Vec<&str> = request.path.iter().map(String::as_str).collect();
    let sent = exa.send_operation(&call.document.module, &op.id, &path, |mut b| {
        if !request.query.is_empty() {
            b = b.query(&request.query);
        }
        for (name, value) in &request.headers {
            b = b.header(name.as_str(), value.as_str());
        }
        if let (Some(body), Some(content_type)) = (request.body, content_type) {
            b = b.header("content-type", content_type).body(body);
        }
        if request.stream {
            b = b.timeout(STREAM_LIMIT);
        }
        b
    });
    let response = match interruptible(sent).await {
        None => return Exit::Interrupted,
        Some(Err(error)) => return failed(&error),
        Some(Ok(response)) => response,
    };
    match interruptible(print(response)).await {
        None => Exit::Interrupted,
        Some(exit) => exit,
    }
}

/// The request the flags describe, or a usage error's message.
async fn request(op: &'static Operation, matches: &ArgMatches) -> Result<Request, String> {
    let mut request = Request {
        path: Vec::new(),
        query: Vec::new(),
        headers: Vec::new(),
        body: None,
        stream: false,
    };
    let mut fields = Map::new();
    for (long, flag) in flags(op) {
        if flag.location == "body" {
            if let Some(value) = field_value(long, flag, matches)? {
                fields.insert(flag.name.clone(), value);
            }
            continue;
        }
        let values: Vec<String> = matches
            .get_raw(long)
            .into_iter()
            .flatten()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        for value in values {
            match flag.location.as_str() {
                "path" => request.path.push(value),
                "query" => request.query.push((flag.name.clone(), value)),
                _ => {
                    if flag.name.eq_ignore_ascii_case("accept") {
                        request.stream |= value.contains("text/event-stream");
                    }
                    request.headers.push((flag.name.clone(), value));
                }
            }
        }
    }
    let Some(body) = &op.body else {
        return Ok(request);
    };
    let file = match matches.get_one::<String>("body") {
        Some(from) => Some(read_body(from).await?),
        None => None,
    };
    let json = body.content_type.contains("json");
    if !json || (fields.is_empty() && file.is_none()) {
        request.body = file;
        return Ok(request);
    }
    let mut value = match file {
        Some(bytes) => serde_json::from_slice::<Value>(&bytes)
            .map_err(|e| format!("--body is not JSON: {e}"))?,
        None => Value::Object(Map::new()),
    };
    if !fields.is_empty() {
        let Some(object) = value.as_object_mut() else {
            return Err("--body is not a JSON object, so field flags cannot be set on it".into());
        };
        object.extend(fields);
    }
    request.stream |= op.stream && value.get("stream") == Some(&Value::Bool(true));
    request.body = Some(serde_json::to_vec(&value).map_err(|e| e.to_string())?);
    Ok(request)
}

/// The JSON value of a body field's flag, when it was given.
fn field_value(long: &str, flag: &Flag, matches: &ArgMatches) -> Result<Option<Value>, String> {
    if !matches.contains_id(long) || matches.value_source(long).is_none() {
        return Ok(None);
    }
    Ok(match flag.kind.as_str() {
        "integer" => matches.get_one::<i64>(long).map(|n| Value::from(*n)),
        "number" => matches.get_one::<f64>(long).map(|n| Value::from(*n)),
        "boolean" => matches.get_one::<bool>(long).map(|b| Value::Bool(*b)),
        "json" => match matches.get_one::<String>(long) {
            Some(text) => {
                Some(serde_json::from_str(text).map_err(|e| format!("--{long} is not JSON: {e}"))?)
            }
            None => None,
        },
        _ => matches.get_one::<String>(long).cloned().map(Value::String),
    })
}

/// The bytes of `--body FILE`, or of stdin for `-`.
async fn read_body(from: &str) -> Result<Vec<u8>, String> {
    if from == "-" {
        let mut bytes = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut tokio::io::stdin(), &mut bytes)
            .await
            .map_err(|e| format!("cannot read the body from stdin: {e}"))?;
        return Ok(bytes);
    }
    tokio::fs::read(from)
        .await
        .map_err(|e| format!("cannot read {from}: {e}"))
}

/// The JSON line of a server-sent event.
#[derive(serde::Serialize)]
struct EventLine {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    event: String,
    data: Value,
}

/// Prints the response: one JSON line, or one per event of a stream.
async fn print(response: reqwest::Response) -> Exit {
    let is_stream = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"));
    let mut out = Lines::stdout(None);
    if is_stream {
        use eventsource_stream::Eventsource;
        let mut events = std::pin::pin!(response.bytes_stream().eventsource());
        while let Some(event) = events.next().await {
            let event = match event {
                Ok(event) => event,
                Err(error) => {
                    print_error(&format!("event stream: {error}"));
                    return Exit::Failed;
                }
            };
            let line = EventLine {
                id: Some(event.id).filter(|id| !id.is_empty()),
                event: event.event,
                data: serde_json::from_str(&event.data).unwrap_or(Value::String(event.data)),
            };
            if let Err(error) = out.write(&line) {
                return write_failed(&error);
            }
        }
        return Exit::Success;
    }
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(error) => {
            print_error(&format!(
                "cannot read the response: {}",
                source_chain(&error)
            ));
            return Exit::Failed;
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Exit::Success;
    }
    let value = serde_json::from_slice::<Value>(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    match out.write(&value) {
        Ok(()) => Exit::Success,
        Err(error) => write_failed(&error),
    }
}

fn source_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text = format!("{text}: {inner}");
        cause = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Body;

    fn flag(name: &str, location: &str) -> Flag {
        Flag {
            name: name.into(),
            flag: name.into(),
            location: location.into(),
            kind: "string".into(),
            list: false,
            required: false,
            help: None,
            values: Vec::new(),
        }
    }

    #[test]
    fn a_name_the_command_line_uses_or_one_taken_gets_its_place_in_front() {
        let op: &'static Operation = Box::leak(Box::new(Operation {
            id: "op".into(),
            name: "op".into(),
            summary: "An operation".into(),
            description: None,
            method: "POST".into(),
            path: "/things".into(),
            params: vec![flag("timeout", "query"), flag("limit", "query")],
            body: Some(Body {
                required: false,
                content_type: "application/json".into(),
                fields: vec![
                    flag("body", "body"),
                    flag("limit", "body"),
                    flag("name", "body"),
                ],
            }),
            stream: false,
        }));
        let longs: Vec<&str> = flags(op).into_iter().map(|(long, _)| long).collect();
        assert_eq!(
            longs,
            ["query-timeout", "limit", "body-body", "body-limit", "name"]
        );
        operation_command(op).debug_assert();
    }
}
