//! `exa-agent`: the former name of `exa`, the same program.

fn main() -> std::process::ExitCode {
    exa_agent::main()
}
