//! `exa-build-tools check SPEC` and `exa-build-tools generate SPEC [-o FILE]`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use exa_build_tools::{Severity, build_client, load, normalize};

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
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Check { spec } => {
            let document = load(&spec).map_err(|e| e.to_string())?;
            let normalized = normalize(document).map_err(|problems| {
                exa_build_tools::Error::Unsupported {
                    path: spec.clone(),
                    problems,
                }
                .to_string()
            })?;
            println!(
                "{}: {} operation(s)",
                spec.display(),
                normalized.operations.len()
            );
            for op in &normalized.operations {
                println!("  {:24} {:6} {}", op.id, op.method, op.path);
            }
            match normalized.beta_tokens.first() {
                Some(token) => println!(
                    "beta header: Exa-Beta: {token} (allowed: {})",
                    normalized.beta_tokens.join(", ")
                ),
                None => println!("beta header: none"),
            }
            let count = |s| normalized.notes.iter().filter(|n| n.severity == s).count();
            println!(
                "{} rewrite(s), {} dropped:",
                count(Severity::Rewrite),
                count(Severity::Dropped)
            );
            for note in &normalized.notes {
                println!("  {note}");
            }
            // Generation catches what normalization cannot see (progenitor's own refusals).
            build_client(&spec).map_err(|e| e.to_string())?;
            println!("generation: ok");
            Ok(())
        }
        Command::Generate { spec, output } => {
            let (generated, _) = build_client(&spec).map_err(|e| e.to_string())?;
            match output {
                Some(path) => std::fs::write(&path, generated.code)
                    .map_err(|e| format!("{}: {e}", path.display())),
                None => {
                    print!("{}", generated.code);
                    Ok(())
                }
            }
        }
    }
}
