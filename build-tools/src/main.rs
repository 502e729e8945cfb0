//! `exa-build-tools check SPEC`, `exa-build-tools generate SPEC [-o FILE] [--mocks FILE]`,
//! `exa-build-tools diff OLD NEW`, `exa-build-tools snapshot DIR OUT` and
//! `exa-build-tools as-sent SPEC [-o FILE]`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use exa_build_tools::{Severity, build_client, generate, load, normalize};

#[derive(Parser)]
#[command(
    version,
    about = "Normalizes an OpenAPI 3.1 document for progenitor and generates the exa-client code"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and normalize SPEC; list its operations and every rewrite, with its JSON pointer.
    Check {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
    },
    /// Write the code the build generates from SPEC, for review.
    Generate {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        /// Where to write the code; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also write the typed httpmock helpers (`mocks.rs` of the build) to this file.
        #[arg(long, value_name = "FILE")]
        mocks: Option<PathBuf>,
    },
    /// List what regenerating from NEW instead of OLD changes for code using the client; exit 1
    /// when a change can break it, 2 when a document cannot be generated.
    Diff {
        /// The document the client is generated from now.
        old: PathBuf,
        /// The document that would replace it.
        new: PathBuf,
    },
    /// Write SPEC as the client sends its requests: each path below the path of its server
    /// (`/websets/v0/...`), as JSON. A mock server that ignores the servers' paths (Prism) is
    /// given this copy (`scripts/mock.sh`).
    AsSent {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        /// Where to write it; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Record in SNAPSHOT the shape of the generated types NAMES of SPEC (with `--helpers`, the
    /// types that helper source names; with neither, the names already in SNAPSHOT): what
    /// `client/build.rs` compares a new document's types with, for the types the hand-written
    /// helpers name (`client/helper-types/`).
    HelperTypes {
        /// The OpenAPI document (YAML or JSON).
        spec: PathBuf,
        /// The snapshot to write, e.g. `client/helper-types/agent.rs`.
        snapshot: PathBuf,
        /// Rust type names.
        names: Vec<String>,
        /// A helper's source, e.g. `client/src/teams_api.rs`: the types it names.
        #[arg(long)]
        helpers: Option<PathBuf>,
    },
    /// Generate every document in DIR into OUT, for a build of exa-client without the feature
    /// `generate` (the packaged `client/generated/`; `scripts/package.sh` runs it).
    Snapshot {
        /// The folder of documents (`openapi/`).
        dir: PathBuf,
        /// The folder to write; emptied first.
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Diff { old, new } => diff(&old, &new),
        command => print(run(command)),
    }
}

fn print(result: Result<String, (String, String)>) -> ExitCode {
    // The report is printed before any error: `check` shows what it understood.
    let (Ok(report) | Err((report, _))) = &result;
    // A reader that stops early (`check ... | head`) is not an error.
    let _ = std::io::stdout().lock().write_all(report.as_bytes());
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err((_, message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn diff(old: &Path, new: &Path) -> ExitCode {
    match exa_build_tools::diff::diff(old, new) {
        Ok(report) => {
            let _ = std::io::stdout()
                .lock()
                .write_all(report.to_string().as_bytes());
            if report.is_breaking() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// The report for standard output, or that much of it and the error.
fn run(command: Command) -> Result<String, (String, String)> {
    let mut out = String::new();
    match command {
        Command::Check { spec } => {
            let document = load(&spec).map_err(|e| (String::new(), e.to_string()))?;
            let normalized = normalize(document.clone()).map_err(|problems| {
                let error = exa_build_tools::Error::Unsupported {
                    path: spec.clone(),
                    problems,
                };
                (String::new(), error.to_string())
            })?;
            let ops = &normalized.operations;
            let _ = writeln!(out, "{}: {} operation(s)", spec.display(), ops.len());
            for op in ops {
                let _ = writeln!(out, "  {:24} {:6} {}", op.id, op.method, op.path);
            }
            let _ = match normalized.beta_tokens.first() {
                Some(token) => writeln!(
                    out,
                    "beta header: Exa-Beta: {token} (allowed: {})",
                    normalized.beta_tokens.join(", ")
                ),
                None => writeln!(out, "beta header: none"),
            };
            let count = |s| normalized.notes.iter().filter(|n| n.severity == s).count();
            let _ = writeln!(
                out,
                "{} rewrite(s), {} dropped:",
                count(Severity::Rewrite),
                count(Severity::Dropped)
            );
            for note in &normalized.notes {
                let _ = writeln!(out, "  {note}");
            }
            // Generation catches what normalization cannot see (progenitor's own refusals).
            // A failure of progenitor is narrowed to its operations and schemas, as in the build.
            if let Err(error) = generate(&normalized) {
                return Err((out, error.into_error(&spec, &document).to_string()));
            }
            out.push_str("generation: ok\n");
            Ok(out)
        }
        Command::Generate {
            spec,
            output,
            mocks,
        } => {
            let (generated, _) = build_client(&spec).map_err(|e| (String::new(), e.to_string()))?;
            if let Some(path) = mocks {
                std::fs::write(&path, &generated.mocks)
                    .map_err(|e| (String::new(), format!("{}: {e}", path.display())))?;
            }
            match output {
                Some(path) => std::fs::write(&path, generated.code)
                    .map(|()| out)
                    .map_err(|e| (String::new(), format!("{}: {e}", path.display()))),
                None => Ok(generated.code),
            }
        }
        Command::Snapshot { dir, out: folder } => {
            let documents = exa_build_tools::modules::snapshot(&dir, &folder)
                .map_err(|e| (String::new(), e.to_string()))?;
            for document in documents {
                let _ = writeln!(
                    out,
                    "{} -> {}/{}.rs",
                    document.path.display(),
                    folder.display(),
                    document.module
                );
            }
            Ok(out)
        }
        Command::AsSent { spec, output } => {
            let mut document = load(&spec).map_err(|e| (String::new(), e.to_string()))?;
            exa_build_tools::normalize::prefix_server_paths(&mut document);
            let text = document.to_string();
            match output {
                None => Ok(text),
                Some(path) => std::fs::write(&path, text).map(|()| out).map_err(|e| {
                    (
                        String::new(),
                        format!("cannot write {}: {e}", path.display()),
                    )
                }),
            }
        }
        Command::HelperTypes {
            spec,
            snapshot,
            mut names,
            helpers,
        } => {
            let fail = |e: String| (String::new(), e);
            if let Some(helpers) = helpers {
                let source = std::fs::read_to_string(&helpers)
                    .map_err(|e| fail(format!("{}: {e}", helpers.display())))?;
                let named = exa_build_tools::helpers::helper_types(&source)
                    .map_err(|e| fail(format!("{}: {e}", helpers.display())))?;
                names.extend(named.into_iter().map(|t| t.name));
            }
            if names.is_empty() {
                let recorded = std::fs::read_to_string(&snapshot)
                    .map_err(|e| fail(format!("{}: {e}", snapshot.display())))?;
                names = recorded_names(&recorded);
            }
            let (generated, _) = build_client(&spec).map_err(|e| fail(e.to_string()))?;
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let text =
                exa_build_tools::diff::helper_snapshot(&generated.code, &names).map_err(fail)?;
            std::fs::write(&snapshot, text)
                .map_err(|e| fail(format!("{}: {e}", snapshot.display())))?;
            let _ = writeln!(out, "{}: {} type(s)", snapshot.display(), names.len());
            Ok(out)
        }
        Command::Diff { .. } => Err((String::new(), "`diff` is run by `main`".to_string())),
    }
}

/// The type names a snapshot holds (`pub struct X`, `pub enum X`, `pub type X`).
fn recorded_names(snapshot: &str) -> Vec<String> {
    snapshot
        .lines()
        .filter_map(|line| {
            let rest = ["pub struct ", "pub enum ", "pub type "]
                .iter()
                .find_map(|kw| line.trim_start().strip_prefix(kw))?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}
