//! What every end-to-end test of `exa-agent` needs: the binary with a clean environment, and
//! what a run printed, checked for the key and for panics on the way.

#![allow(dead_code)] // each test file uses its own part

use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use exa_client_tests::KEY;
use serde_json::Value;

/// The binary with the key and base URL in its environment, and nothing inherited that could
/// change its behavior.
pub fn exa_agent(base_url: &str) -> Command {
    let mut cmd = bare_exa_agent();
    cmd.env("EXA_API_KEY", KEY).env("EXA_BASE_URL", base_url);
    cmd
}

/// The binary with neither a key nor a base URL.
pub fn bare_exa_agent() -> Command {
    let mut cmd = Command::cargo_bin("exa-agent").expect("the exa-agent binary is built");
    cmd.env_remove("EXA_API_KEY")
        .env_remove("EXA_BASE_URL")
        .timeout(Duration::from_secs(30));
    cmd
}

/// What a run printed.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|line| serde_json::from_str(line).expect("each stdout line is JSON"))
            .collect()
    }

    /// The field `name` of every JSON line.
    pub fn field(&self, name: &str) -> Vec<Value> {
        self.json_lines()
            .into_iter()
            .map(|line| line[name].clone())
            .collect()
    }

    /// The JSON line of `id`.
    pub fn result_of(&self, id: &str) -> Value {
        let lines = self.json_lines();
        let mut found = lines.into_iter().filter(|line| line["id"] == id);
        let line = found.next().expect("a line for the id");
        assert!(found.next().is_none(), "one line per id: {id}");
        line
    }
}

#[track_caller]
pub fn run(cmd: &mut Command) -> Run {
    checked(cmd.output().expect("exa-agent runs"))
}

/// The run's output, after checking that neither stream shows the key or a panic.
#[track_caller]
pub fn checked(output: Output) -> Run {
    let run = Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(!run.stdout.contains(KEY), "key on stdout: {}", run.stdout);
    assert!(!run.stderr.contains(KEY), "key on stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}
