//! A harness that runs [Stoplight Prism](https://github.com/stoplightio/prism) as a
//! contract-test mock server.
//!
//! Prism is installed from the project's own files, pinned in
//! `tests/contract/package.json` and `tests/contract/package-lock.json`:
//!
//! ```text
//! npm ci --prefix tests/contract
//! ```
//!
//! [`Prism::start`] runs `prism mock <spec>` on a free loopback port and waits until it
//! serves; dropping the returned [`Prism`] stops it. Without an install (no `node` on
//! `PATH`, or no `tests/contract/node_modules`) `start` returns `Ok(None)` so that a test
//! can skip, except in CI (the environment variable `CI` set), where it is an error.
//!
//! How the process is run, and why:
//!
//! - `node` runs Prism's CLI script directly (the target of
//!   `tests/contract/node_modules/.bin/prism`), not through a shell or `npx`, and
//!   without `--multiprocess`, so the mock server is one process and killing that
//!   process stops all of it.
//! - The child stays in the test's process group, so a Ctrl-C on `cargo test` reaches
//!   it too.
//! - Its stdin is a pipe that only this process holds. A tiny preloaded module makes
//!   node exit when that pipe closes, so Prism goes away even when the test binary dies
//!   without running destructors (killed, aborted, `process::exit`).
//! - Its stdout and stderr are drained by threads, so it never blocks on a full pipe;
//!   the last lines are kept for error messages and [`Prism::log_tail`].

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, ErrorKind, Read};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use crate::{in_ci, workspace};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long [`Prism::start`] waits for the server to answer, all attempts together.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How many lines of Prism's output are kept.
const LOG_LINES: usize = 60;
/// What Prism prints once it listens, e.g.
/// `[8:19:54 PM] › [CLI] ▶  start     Prism is listening on http://127.0.0.1:4411`.
const READY_MARKER: &str = "Prism is listening on";
/// Preloaded into node: exit when our end of the stdin pipe closes (see the module docs).
const EXIT_ON_STDIN_EOF: &str = "data:text/javascript,\
    process.stdin.on('end',()=>process.exit(0));\
    process.stdin.on('error',()=>process.exit(0));\
    process.stdin.resume();";

/// A Prism mock server on a free loopback port, killed on drop.
pub struct Prism {
    child: Child,
    /// Held only to be closed on drop, which makes node exit by itself.
    stdin: Option<ChildStdin>,
    base_url: String,
    log: Log,
    /// The copy of the document it serves, removed on drop.
    spec: PathBuf,
}

impl Prism {
    /// Starts `prism mock` on `spec` (a path). Returns Ok(None) when node/prism is not installed and
    /// the environment variable CI is not set (the caller then skips with a printed reason); in CI a missing
    /// install is an error. Waits until the server answers (poll a TCP connect + a readiness line on stdout), max 60 s.
    ///
    /// The reason for `Ok(None)` is printed to stderr here, so the caller may simply return.
    /// `CI` counts as set unless it is empty, `0` or `false`. A relative `spec` is taken
    /// from the current directory (the package directory, `tests/`, under `cargo test`).
    ///
    /// This blocks the calling thread (typically 2 s); from async code that is fine in a
    /// test, or use `tokio::task::spawn_blocking`. The server is bound to 127.0.0.1 on a
    /// port picked by the OS; if another process takes that port before Prism binds it,
    /// start retries once on a new port.
    pub fn start(spec: &Path) -> Result<Option<Prism>, String> {
        let cli = match find_install() {
            Ok(cli) => cli,
            Err(missing) if !in_ci() => {
                eprintln!(
                    "skipping: {missing}; install Prism with `npm ci --prefix tests/contract` \
                     to run this test (in CI, with CI set, this is an error)"
                );
                return Ok(None);
            }
            Err(missing) => {
                return Err(format!(
                    "{missing}; CI is set, so Prism must be installed: run \
                     `npm ci --prefix tests/contract` before the tests"
                ));
            }
        };
        let spec = spec
            .canonicalize()
            .map_err(|e| format!("OpenAPI document {}: {e}", spec.display()))?;

        let deadline = Instant::now() + START_TIMEOUT;
        match Self::start_once(&cli, &spec, deadline) {
            Err(StartError::PortTaken(log)) => {
                eprintln!(
                    "prism: its port was taken before it could bind it; retrying on another:\n{log}"
                );
                Self::start_once(&cli, &spec, deadline).map_err(StartError::into_message)
            }
            other => other.map_err(StartError::into_message),
        }
        .map(Some)
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A client of this Prism with `auth`, without retries: a refusal is seen at once.
    pub fn client(&self, auth: exa_client::AuthScheme) -> exa_client::Exa {
        exa_client::Exa::builder()
            .api_key("contract-test-key")
            .auth_scheme(auth)
            .base_url(self.base_url())
            .max_retries(0)
            .build()
            .expect("a client of Prism builds")
    }

    /// The last lines Prism printed (stdout and stderr, interleaved as received), for
    /// diagnostics: Prism logs each request's validation result, e.g.
    /// `[VALIDATOR] ✖  error     Request header parameter exa-beta must be equal to ...`.
    pub fn log_tail(&self) -> String {
        self.log.tail()
    }

    fn start_once(cli: &Path, spec: &Path, deadline: Instant) -> Result<Prism, StartError> {
        let spec = &served_as_sent(spec).map_err(StartError::Other)?;
        let port =
            free_port().map_err(|e| StartError::Other(format!("no free loopback port: {e}")))?;
        let mut command = Command::new("node");
        command
            .arg("--import")
            .arg(EXIT_ON_STDIN_EOF)
            .arg(cli)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(spec)
            .env("NO_COLOR", "1")
            .env("FORCE_COLOR", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .map_err(|e| StartError::Other(format!("cannot run node {}: {e}", cli.display())))?;

        let log = Log::default();
        let ready = Arc::new(AtomicBool::new(false));
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        drain(stdout, "", log.clone(), Some(ready.clone()));
        drain(stderr, "stderr: ", log.clone(), None);

        let prism = Prism {
            stdin: child.stdin.take(),
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            log,
            spec: spec.to_path_buf(),
        };
        prism.wait_ready(port, &ready, deadline)
    }

    /// Polls until Prism printed its readiness line and accepts a TCP connection, it
    /// exited, or `deadline` passed. Consumes `self` so that every failure drops (kills) it.
    fn wait_ready(
        mut self,
        port: u16,
        ready: &AtomicBool,
        deadline: Instant,
    ) -> Result<Prism, StartError> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let started = Instant::now();
        loop {
            match self.child.try_wait() {
                Ok(None) => {}
                Ok(Some(status)) => {
                    // Let the reader threads catch the last lines.
                    thread::sleep(Duration::from_millis(200));
                    let log = self.log.tail();
                    return Err(if log.contains("EADDRINUSE") {
                        StartError::PortTaken(log)
                    } else {
                        StartError::Other(format!(
                            "prism exited ({status}) before it was ready; its output:\n{log}"
                        ))
                    });
                }
                Err(e) => return Err(StartError::Other(format!("cannot wait for prism: {e}"))),
            }
            if ready.load(Ordering::Acquire)
                && TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok()
            {
                return Ok(self);
            }
            if Instant::now() >= deadline {
                return Err(StartError::Other(format!(
                    "prism did not answer on {addr} within {:.1} s; its output:\n{}",
                    started.elapsed().as_secs_f64(),
                    self.log.tail()
                )));
            }
            thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.spec);
        // Closing stdin makes node exit by itself (see EXIT_ON_STDIN_EOF); kill it if it
        // has not done so shortly after. Errors are ignored: it may be gone already.
        drop(self.stdin.take());
        let grace = Instant::now() + Duration::from_secs(2);
        while Instant::now() < grace {
            match self.child.try_wait() {
                Ok(None) => thread::sleep(Duration::from_millis(20)),
                _ => return,
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl std::fmt::Debug for Prism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prism")
            .field("pid", &self.child.id())
            .field("base_url", &self.base_url)
            .finish()
    }
}

enum StartError {
    /// Prism could not bind its port (`EADDRINUSE`); carries its output.
    PortTaken(String),
    Other(String),
}

impl StartError {
    fn into_message(self) -> String {
        match self {
            StartError::PortTaken(log) => {
                format!(
                    "prism could not bind a free loopback port twice (EADDRINUSE); its output:\n{log}"
                )
            }
            StartError::Other(message) => message,
        }
    }
}

/// The workspace root: the parent of this crate's directory.
/// Prism's CLI script, or why it cannot be run (node or the npm install missing).
/// Prism matches a request's path against `paths` alone, ignoring the path of the document's
/// server (Websets: `/websets`), which the client sends: it is given a copy of the document
/// whose paths carry that prefix, as the generated client's do.
fn served_as_sent(spec: &Path) -> Result<PathBuf, String> {
    let mut doc = exa_build_tools::load(spec)
        .map_err(|e| format!("OpenAPI document {}: {e}", spec.display()))?;
    exa_build_tools::normalize::prefix_server_paths(&mut doc);
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "exa-prism-{}-{}.json",
        std::process::id(),
        COPIES.fetch_add(1, Ordering::Relaxed)
    );
    let copy = std::env::temp_dir().join(name);
    std::fs::write(&copy, doc.to_string())
        .map_err(|e| format!("cannot write {}: {e}", copy.display()))?;
    Ok(copy)
}

fn find_install() -> Result<PathBuf, String> {
    match Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .output()
    {
        Ok(out) if out.status.success() => {}
        Ok(out) => return Err(format!("`node --version` failed ({})", out.status)),
        Err(e) if e.kind() == ErrorKind::NotFound => return Err("node is not on PATH".to_owned()),
        Err(e) => return Err(format!("cannot run node: {e}")),
    }
    let bin = workspace().join("tests/contract/node_modules/.bin/prism");
    // `.bin/prism` is npm's symlink to the CLI's JavaScript file; run that file with
    // node ourselves so that no shell or shim process sits between us and the server.
    bin.canonicalize()
        .map_err(|e| format!("Prism is not installed ({}: {e})", bin.display()))
}

/// A port that was free a moment ago: bind 127.0.0.1:0 and release it.
fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

/// Reads `stream` line by line until EOF on a detached thread, keeping the lines in `log`
/// and setting `ready` once the readiness line was seen.
fn drain(
    stream: impl Read + Send + 'static,
    prefix: &'static str,
    log: Log,
    ready: Option<Arc<AtomicBool>>,
) {
    thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end();
            if let Some(ready) = &ready
                && line.contains(READY_MARKER)
            {
                ready.store(true, Ordering::Release);
            }
            log.push(format!("{prefix}{line}"));
        }
    });
}

/// The last [`LOG_LINES`] lines of Prism's output.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<VecDeque<String>>>);

impl Log {
    fn push(&self, line: String) {
        let mut lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if lines.len() == LOG_LINES {
            lines.pop_front();
        }
        lines.push_back(line);
    }

    fn tail(&self) -> String {
        let lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        lines
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    }
}
