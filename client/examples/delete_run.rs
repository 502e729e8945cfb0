//! Deletes one Agent run and prints the response as JSON.
//!
//! `cargo run -p exa-client --example delete_run -- [--bearer] RUN_ID`, with `EXA_API_KEY` set
//! (and `EXA_BASE_URL` to use another server, e.g. Prism on `http://127.0.0.1:4010`).

use std::process::ExitCode;

use exa_client::{AuthScheme, Exa};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bearer = args.iter().any(|a| a == "--bearer");
    let Some(id) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: delete_run [--bearer] RUN_ID");
        return ExitCode::from(2);
    };
    let mut builder = Exa::builder().api_key(std::env::var("EXA_API_KEY").unwrap_or_default());
    if let Ok(url) = std::env::var("EXA_BASE_URL") {
        builder = builder.base_url(url);
    }
    if bearer {
        builder = builder.auth_scheme(AuthScheme::Bearer);
    }
    let result = match builder.build() {
        Ok(exa) => exa.agent().delete(id).await,
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(deleted) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&deleted).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
