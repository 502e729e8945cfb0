//! Benchmark: the client against a bare `reqwest` baseline, the `exa-agent` batch at several
//! concurrencies, and the generation step. Prints a Markdown table (see `BENCHMARKS.md`).
//!
//! ```text
//! cargo build --release -p exa-agent
//! cargo run --release -p exa-client-tests --bin bench
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use exa_client::Exa;
use exa_client::agent::ClientInfo;
use exa_client::agent::types::DeleteAgentRunResponse;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const KEY: &str = "bench-key";
const RUN: &str = "agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8";
const BODY: &str =
    r#"{"id":"agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8","object":"agent_run.deleted","deleted":true}"#;

#[derive(Parser)]
#[command(about = "Benchmarks exa-client against bare reqwest, and the exa-agent batch")]
struct Args {
    /// Sequential deletes per client in each round.
    #[arg(long, default_value_t = 20_000)]
    requests: usize,
    /// The sequential clients take turns in blocks of this many requests, so that a machine
    /// whose speed drifts during the run slows each of them alike.
    #[arg(long, default_value_t = 250)]
    block: usize,
    /// Ids in the `exa-agent` batch file (0 skips the batch).
    #[arg(long, default_value_t = 20_000)]
    batch: usize,
    /// Only this many sequential deletes with this client, nothing else (for a profiler).
    #[arg(long)]
    only: Option<Client>,
    /// Ids in the file for the peak-memory check (0 skips it).
    #[arg(long, default_value_t = 1_000_000)]
    big_batch: usize,
}

/// `bench --measure COMMAND...` (internal): runs the command, then prints its peak RSS in KiB.
const MEASURE: &str = "--measure";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some(MEASURE) {
        return measure_child(&argv[2..]);
    }
    let args = Args::parse();
    let addr = start_server()?;
    pin_to_cpu(0);
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;

    if let Some(client) = args.only {
        let took = runtime
            .block_on(async { Clients::new(&base).await?.run(client, args.requests).await })?;
        println!(
            "{client:?}: {:.0} requests/s",
            args.requests as f64 / took.as_secs_f64()
        );
        return Ok(());
    }

    println!("| measurement | requests | time | requests/s | ratio | peak RSS |");
    println!("|---|---:|---:|---:|---:|---:|");
    let capacity = runtime.block_on(server_capacity(addr, args.requests, 1))?;
    row(
        "server capacity, 1 raw connection",
        args.requests,
        capacity,
        None,
        None,
    );
    let capacity = runtime.block_on(server_capacity(addr, args.requests * 4, 64))?;
    row(
        "server capacity, 64 raw connections",
        args.requests * 4,
        capacity,
        None,
        None,
    );

    let clients = runtime.block_on(Clients::new(&base))?;
    let mut totals = [Duration::ZERO; 3];
    let block = args.block.max(1);
    for done in (0..args.requests).step_by(block) {
        let times = runtime.block_on(clients.round(block.min(args.requests - done)))?;
        for (total, time) in totals.iter_mut().zip(times) {
            *total += time;
        }
    }

    let names = [
        "(a) bare reqwest, by hand",
        "(b) generated client (`agent().client().delete_agent_run()`)",
        "(c) facade `exa.agent().delete`, defaults",
    ];
    for (i, name) in names.iter().enumerate() {
        let ratio = (i > 0).then(|| totals[0].as_secs_f64() / totals[i].as_secs_f64());
        row(name, args.requests, totals[i], ratio, None);
    }

    match exa_agent_binary() {
        _ if args.batch == 0 => {}
        Some(cli) => {
            let ids = write_ids(args.batch)?;
            let mut by_concurrency = Vec::new();
            for concurrency in [1, 8, 64] {
                let (took, rss) = run_cli(&cli, &base, &ids, concurrency)?;
                by_concurrency.push(took);
                let ratio =
                    (concurrency > 1).then(|| by_concurrency[0].as_secs_f64() / took.as_secs_f64());
                let name =
                    format!("`exa-agent runs delete --from FILE --concurrency {concurrency}`");
                row(&name, args.batch, took, ratio, Some(rss));
            }
            if args.big_batch > 0 {
                let ids = write_ids(args.big_batch)?;
                let (took, rss) = run_cli(&cli, &base, &ids, 64)?;
                row(
                    "`exa-agent` on a file of 1,000,000 ids, --concurrency 64",
                    args.big_batch,
                    took,
                    None,
                    Some(rss),
                );
            }
        }
        None => println!(
            "| exa-agent batch | skipped: build it first with `cargo build --release -p exa-agent` | | | | |"
        ),
    }
    println!();
    println!("Ratios: (b)/(a) and (c)/(a) in requests/s; for the batch, against --concurrency 1.");

    println!();
    println!("| generation (load + normalize + generate + format) | time |");
    println!("|---|---:|");
    let root = exa_client_tests::workspace();
    for spec in [
        "openapi/exa-agent.yaml",
        "tests/fixtures/exa-agent-seed.yaml",
        "tests/fixtures/exa-agent-full.yaml",
        "tests/fixtures/search-api.yaml",
    ] {
        let started = Instant::now();
        exa_build_tools::build_client(&root.join(spec))?;
        println!(
            "| `{spec}` | {:.0} ms |",
            started.elapsed().as_secs_f64() * 1e3
        );
    }
    Ok(())
}

/// Keeps the calling thread on one core: the client and the server each get their own, and
/// neither migrates during the run (a migration costs a cold cache, a source of noise).
fn pin_to_cpu(cpu: usize) {
    #[cfg(target_os = "linux")]
    {
        use nix::sched::{CpuSet, sched_setaffinity};
        let mut set = CpuSet::new();
        if set.set(cpu).is_ok() {
            let _ = sched_setaffinity(nix::unistd::Pid::from_raw(0), &set);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = cpu;
}

fn row(name: &str, requests: usize, took: Duration, ratio: Option<f64>, rss_kib: Option<u64>) {
    let rate = requests as f64 / took.as_secs_f64();
    let ratio = ratio.map(|r| format!("{r:.3}")).unwrap_or_default();
    let rss = rss_kib
        .map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
        .unwrap_or_default();
    println!(
        "| {name} | {requests} | {:.2} s | {rate:.0} | {ratio} | {rss} |",
        took.as_secs_f64()
    );
}

/// The loopback server, on a thread of its own: one write per response (head and body
/// together) and TCP_NODELAY, so keep-alive requests do not wait on Nagle and delayed ACKs.
fn start_server() -> std::io::Result<std::net::SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let response: Arc<[u8]> = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{BODY}",
        BODY.len()
    )
    .into_bytes()
    .into();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    std::thread::spawn(move || {
        pin_to_cpu(1);
        runtime.block_on(async move {
            let Ok(listener) = TcpListener::from_std(listener) else {
                return;
            };
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                tokio::spawn(serve(stream, response.clone()));
            }
        })
    });
    Ok(addr)
}

/// Answers every request head on the connection (requests have no body); pipelined heads
/// get their responses in one write.
async fn serve(mut stream: TcpStream, response: Arc<[u8]>) {
    let mut pending = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    let mut out = Vec::new();
    loop {
        let Ok(n) = stream.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        pending.extend_from_slice(&chunk[..n]);
        let mut heads = 0;
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
            pending.drain(..end + 4);
            heads += 1;
        }
        out.clear();
        for _ in 0..heads {
            out.extend_from_slice(&response);
        }
        if !out.is_empty() && stream.write_all(&out).await.is_err() {
            return;
        }
    }
}

/// `requests` round trips over `connections` raw keep-alive connections: what the server can
/// answer when the client costs next to nothing.
async fn server_capacity(
    addr: std::net::SocketAddr,
    requests: usize,
    connections: usize,
) -> std::io::Result<Duration> {
    let request = format!("DELETE /agent/runs/{RUN} HTTP/1.1\r\nhost: {addr}\r\n\r\n");
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..connections {
        let request = request.clone();
        let each = requests / connections;
        tasks.spawn(async move {
            let mut stream = TcpStream::connect(addr).await?;
            stream.set_nodelay(true)?;
            let mut buffer = vec![0u8; 4096];
            for _ in 0..each {
                stream.write_all(request.as_bytes()).await?;
                let mut got = 0;
                while !buffer[..got].ends_with(BODY.as_bytes()) {
                    let n = stream.read(&mut buffer[got..]).await?;
                    if n == 0 {
                        return Err(std::io::ErrorKind::UnexpectedEof.into());
                    }
                    got += n;
                }
            }
            Ok::<_, std::io::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.map_err(std::io::Error::other)??;
    }
    Ok(started.elapsed())
}

/// The three clients compared.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Client {
    /// A bare `reqwest::Client`, the request written by hand.
    Bare,
    /// The generated builder, `agent().client().delete_agent_run().id(..).send()`.
    Generated,
    /// `exa.agent().delete`.
    Facade,
}

struct Clients {
    base: String,
    bare: reqwest::Client,
    exa: Exa,
}

impl Clients {
    async fn new(base: &str) -> Result<Self, Box<dyn std::error::Error>> {
        let clients = Self {
            base: base.to_owned(),
            bare: reqwest::Client::new(),
            exa: Exa::builder().api_key(KEY).base_url(base).build()?,
        };
        // Warm up both pools and the code paths.
        clients.round(500).await?;
        Ok(clients)
    }

    /// `requests` sequential deletes with each client, in turn.
    async fn round(&self, requests: usize) -> Result<[Duration; 3], Box<dyn std::error::Error>> {
        Ok([
            self.run(Client::Bare, requests).await?,
            self.run(Client::Generated, requests).await?,
            self.run(Client::Facade, requests).await?,
        ])
    }

    /// `requests` sequential deletes with one client.
    async fn run(
        &self,
        client: Client,
        requests: usize,
    ) -> Result<Duration, Box<dyn std::error::Error>> {
        let url = format!("{}/agent/runs/{RUN}", self.base);
        let beta = exa_client::agent::spec::DOCUMENT
            .default_beta()
            .unwrap_or_default();
        let started = Instant::now();
        for _ in 0..requests {
            let deleted = match client {
                Client::Bare => {
                    let body = self
                        .bare
                        .delete(&url)
                        // The headers the client sends, so both put the same bytes on the wire.
                        .header("accept", "application/json")
                        .header(
                            "api-version",
                            <exa_client::agent::Client as ClientInfo<_>>::api_version(),
                        )
                        .header("x-api-key", KEY)
                        .header("exa-beta", beta)
                        .header("user-agent", exa_client::defaults::USER_AGENT)
                        .send()
                        .await?
                        .error_for_status()?
                        .bytes()
                        .await?;
                    serde_json::from_slice::<DeleteAgentRunResponse>(&body)?
                }
                Client::Generated => self
                    .exa
                    .agent()
                    .client()
                    .delete_agent_run()
                    .id(RUN)
                    .send()
                    .await?
                    .into_inner(),
                Client::Facade => self.exa.agent().delete(RUN).await?,
            };
            assert!(deleted.deleted);
        }
        Ok(started.elapsed())
    }
}

/// `exa-agent` from the same build directory as this binary.
fn exa_agent_binary() -> Option<PathBuf> {
    let cli = std::env::current_exe().ok()?.with_file_name("exa-agent");
    cli.is_file().then_some(cli)
}

fn write_ids(count: usize) -> std::io::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!("exa-bench-ids-{count}.txt"));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
    for i in 0..count {
        writeln!(file, "agent_run_{i:08}")?;
    }
    file.flush()?;
    Ok(path)
}

/// Runs the CLI through `bench --measure`, whose only child it is, so the peak RSS that
/// `getrusage(RUSAGE_CHILDREN)` reports is the CLI's own.
fn run_cli(
    cli: &Path,
    base: &str,
    ids: &Path,
    concurrency: usize,
) -> Result<(Duration, u64), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let output = Command::new(std::env::current_exe()?)
        .arg(MEASURE)
        .arg(cli)
        .args([
            "--api-key",
            KEY,
            "--base-url",
            base,
            "runs",
            "delete",
            "--quiet",
        ])
        .arg("--concurrency")
        .arg(concurrency.to_string())
        .arg("--from")
        .arg(ids)
        .stderr(Stdio::inherit())
        .output()?;
    let took = started.elapsed();
    let rss = String::from_utf8_lossy(&output.stdout).trim().parse()?;
    if !output.status.success() {
        return Err(format!("exa-agent failed: {}", output.status).into());
    }
    Ok((took, rss))
}

fn measure_child(command: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let (program, args) = command.split_first().ok_or("--measure needs a command")?;
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .status()?;
    #[cfg(unix)]
    {
        use nix::sys::resource::{UsageWho, getrusage};
        println!("{}", getrusage(UsageWho::RUSAGE_CHILDREN)?.max_rss());
    }
    #[cfg(not(unix))]
    println!("0");
    if !status.success() {
        std::process::exit(status.code().unwrap_or(1));
    }
    Ok(())
}
