//! `exa`: the Exa API from the command line (see the crate's documentation).

fn main() -> std::process::ExitCode {
    exa_agent::main()
}
