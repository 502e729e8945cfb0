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
    /// Sequential deletes per client in each run of the sequential comparison.
    #[arg(long, default_value_t = 10_000)]
    requests: usize,
    /// The sequential clients take turns in blocks of this many requests, so that a machine
    /// whose speed drifts during the run slows each of them alike.
    #[arg(long, default_value_t = 250)]
    block: usize,
    /// Only this many sequential deletes with this client, nothing else (for a profiler).
    #[arg(long)]
    only: Option<Client>,
    /// With `--only`: `--nginx-requests` deletes by `--concurrency` tasks against this base URL
    /// (a server started elsewhere), nothing else.
    #[arg(long)]
    against: Option<String>,
    /// Tasks in flight for `--against`.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Ids in the file for the peak-memory check (0 skips it).
    #[arg(long, default_value_t = 1_000_000)]
    big_batch: usize,
    /// Times the sequential comparison is repeated; each run's ratios are printed.
    #[arg(long, default_value_t = 5)]
    sequential_runs: usize,
    /// Deletes per measurement against nginx: the CLI, the bare client and exa-js. The CLI's
    /// time includes its process start (about 7 ms: the runtime, the file), which a run of
    /// 10,000 deletes at concurrency 64 (about 0.2 s) would count as 3% of its speed.
    #[arg(long, default_value_t = 50_000)]
    nginx_requests: usize,
    /// The `nginx` binary (see `scripts/bench-setup.sh`).
    #[arg(long, default_value = "nginx")]
    nginx: PathBuf,
    /// The installed `exa-js` package (`npm install exa-js@2.23.0`, see
    /// `scripts/bench-setup.sh`); its row is skipped when the directory is missing.
    #[arg(long, default_value = "target/bench-node/node_modules/exa-js")]
    exa_js: PathBuf,
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

    if let (Some(client), Some(against)) = (args.only, &args.against) {
        // One client alone against a server started elsewhere, for `perf stat` and a profiler,
        // on every core as the rows against nginx.
        unpin();
        let multi = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let n = args.nginx_requests;
        let took = multi.block_on(concurrent(client, against, n, args.concurrency))?;
        println!(
            "{client:?}: {:.0} requests/s",
            n as f64 / took.as_secs_f64()
        );
        return Ok(());
    }
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
    let mut each_run = Vec::new();
    let block = args.block.max(1);
    let runs = args.sequential_runs.max(1);
    for _ in 0..runs {
        let mut run = [Duration::ZERO; 3];
        for done in (0..args.requests).step_by(block) {
            let times = runtime.block_on(clients.round(block.min(args.requests - done)))?;
            for (total, time) in run.iter_mut().zip(times) {
                *total += time;
            }
        }
        for (total, time) in totals.iter_mut().zip(run) {
            *total += time;
        }
        each_run.push(run);
    }

    let names = [
        "(a) bare reqwest, by hand",
        "(b) generated client (`agent().client().delete_agent_run()`)",
        "(c) facade `exa.agent().delete`, defaults",
    ];
    for (i, name) in names.iter().enumerate() {
        let ratio = (i > 0).then(|| totals[0].as_secs_f64() / totals[i].as_secs_f64());
        row(name, args.requests * runs, totals[i], ratio, None);
    }

    // Everything below runs against nginx, on both cores.
    unpin();
    let nginx = match Nginx::start(&args.nginx) {
        Ok(nginx) => Some(nginx),
        Err(error) => {
            println!(
                "| against nginx | skipped: {error} (install it with `scripts/bench-setup.sh`) | | | | |"
            );
            None
        }
    };
    let mut against_nginx = Vec::new();
    if let Some(nginx) = &nginx {
        let base = nginx.base();
        let multi = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let n = args.nginx_requests;
        let capacity = multi.block_on(server_capacity(nginx.addr, n * 4, 64))?;
        row(
            "nginx capacity, 64 raw connections",
            n * 4,
            capacity,
            None,
            None,
        );
        let cli = exa_agent_binary();
        let ids = write_ids(n)?;
        for concurrency in [1, 64] {
            // Bare, facade, CLI, CLI, facade, bare: a drift in the machine's speed during the
            // six slows each alike.
            let (mut bare, mut facade, mut batch, mut rss) =
                (Duration::ZERO, Duration::ZERO, Duration::ZERO, 0);
            for turn in 0..6 {
                match turn {
                    0 | 5 => {
                        bare += multi.block_on(concurrent(Client::Bare, &base, n, concurrency))?
                    }
                    1 | 4 => {
                        facade +=
                            multi.block_on(concurrent(Client::Facade, &base, n, concurrency))?
                    }
                    _ => {
                        if let Some(cli) = &cli {
                            let (took, peak) = run_cli(cli, &base, &ids, concurrency)?;
                            batch += took;
                            rss = rss.max(peak);
                        }
                    }
                }
            }
            row(
                &format!("(n{concurrency}) bare reqwest, tokio tasks, concurrency {concurrency}"),
                2 * n,
                bare,
                None,
                None,
            );
            row(
                &format!(
                    "(f{concurrency}) facade `exa.agent().delete`, tokio tasks, concurrency {concurrency}"
                ),
                2 * n,
                facade,
                Some(bare.as_secs_f64() / facade.as_secs_f64()),
                None,
            );
            if cli.is_some() {
                let ratio = bare.as_secs_f64() / batch.as_secs_f64();
                row(
                    &format!("`exa-agent runs delete --from FILE --concurrency {concurrency}`"),
                    2 * n,
                    batch,
                    Some(ratio),
                    Some(rss),
                );
                against_nginx.push((concurrency, ratio, batch));
            }
        }
        // Twice, as the rows above.
        let exa_js = exa_js(&args.exa_js, &base, n, 64).and_then(|first| {
            Ok::<_, Box<dyn std::error::Error>>(first + exa_js(&args.exa_js, &base, n, 64)?)
        });
        match exa_js {
            Ok(took) => {
                let ratio = against_nginx
                    .iter()
                    .find(|(c, ..)| *c == 64)
                    .map(|(_, _, batch)| took.as_secs_f64() / batch.as_secs_f64());
                row(
                    "exa-js 2.23.0 `exa.agent.runs.delete(id)`, 64 in flight (node)",
                    2 * n,
                    took,
                    None,
                    None,
                );
                if let Some(ratio) = ratio {
                    println!("| `exa-agent --concurrency 64` ÷ exa-js | | | | {ratio:.3} | |");
                }
            }
            Err(error) => println!("| exa-js | skipped: {error} | | | | |"),
        }
        match &cli {
            Some(cli) if args.big_batch > 0 => {
                let ids = write_ids(args.big_batch)?;
                let (took, rss) = run_cli(cli, &base, &ids, 64)?;
                row(
                    "`exa-agent` on a file of 1,000,000 ids, --concurrency 64",
                    args.big_batch,
                    took,
                    None,
                    Some(rss),
                );
            }
            Some(_) => {}
            None => println!(
                "| exa-agent batch | skipped: build it first with `cargo build --release -p exa-agent` | | | | |"
            ),
        }
    }
    println!();
    println!(
        "Ratios: (b)/(a) and (c)/(a) in requests/s over all runs; each facade-tasks and \
         `exa-agent` row against the bare client row of its concurrency (the same nginx); exa-js against \
         `exa-agent --concurrency 64`."
    );
    println!();
    println!("| sequential run | (a) requests/s | (b)/(a) | (c)/(a) |");
    println!("|---:|---:|---:|---:|");
    for (i, run) in each_run.iter().enumerate() {
        let rate = args.requests as f64 / run[0].as_secs_f64();
        let ratio = |j: usize| run[0].as_secs_f64() / run[j].as_secs_f64();
        println!(
            "| {} | {rate:.0} | {:.3} | {:.3} |",
            i + 1,
            ratio(1),
            ratio(2)
        );
    }
    drop(nginx);

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

/// Lets the calling thread, and the threads and processes it starts, run on every core.
fn unpin() {
    #[cfg(target_os = "linux")]
    {
        use nix::sched::{CpuSet, sched_setaffinity};
        let mut set = CpuSet::new();
        for cpu in 0..CpuSet::count() {
            let _ = set.set(cpu);
        }
        let _ = sched_setaffinity(nix::unistd::Pid::from_raw(0), &set);
    }
}

/// One loopback nginx worker, its configuration in a temporary directory, answering every
/// `DELETE /agent/runs/<id>` on a keep-alive connection with the 89-byte body.
struct Nginx {
    child: std::process::Child,
    addr: std::net::SocketAddr,
    dir: PathBuf,
}

impl Nginx {
    fn start(binary: &Path) -> Result<Self, Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("exa-bench-nginx-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        // A free port: taken, then given to nginx.
        let addr = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
        let d = dir.display();
        let config = format!(
            r#"daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    keepalive_requests 100000000;
    keepalive_timeout 600s;
    server {{
        listen {addr};
        location ~ ^/agent/runs/[^/]+$ {{
            if ($request_method != DELETE) {{ return 405; }}
            default_type application/json;
            return 200 '{BODY}';
        }}
    }}
}}
"#
        );
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, config)?;
        let child = Command::new(binary)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let nginx = Self { child, addr, dir };
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::net::TcpStream::connect(addr).is_err() {
            if Instant::now() > deadline {
                return Err("nginx did not start listening within 5 s".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(nginx)
    }

    fn base(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

type BareError = Box<dyn std::error::Error + Send + Sync>;

/// One delete by a bare `reqwest::Client`, written by hand with the headers the client sends,
/// so that both put the same bytes on the wire (`beta`: the Agent document's default token);
/// the body decoded.
async fn bare_delete(
    http: &reqwest::Client,
    url: &str,
    beta: Option<&str>,
) -> Result<DeleteAgentRunResponse, BareError> {
    let mut request = http
        .delete(url)
        .header("accept", "application/json")
        .header("x-api-key", KEY)
        .header("user-agent", exa_client::defaults::USER_AGENT);
    if let Some(beta) = beta {
        request = request.header("exa-beta", beta);
    }
    let body = request.send().await?.error_for_status()?.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

/// `requests` deletes on the multi-thread runtime by `concurrency` tasks, each sending one
/// request after another, the body decoded: with a fresh bare `reqwest::Client` (the same
/// request and headers as the client's), or with `exa.agent().delete` on a fresh `Exa` with
/// its defaults (timeouts, retries, the id check), which tells the facade's share of the CLI's
/// cost from the share of its scheduling.
async fn concurrent(
    client: Client,
    base: &str,
    requests: usize,
    concurrency: usize,
) -> Result<Duration, Box<dyn std::error::Error>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let started = Instant::now();
    let http = reqwest::Client::new();
    let exa = Arc::new(Exa::builder().api_key(KEY).base_url(base).build()?);
    let next = Arc::new(AtomicUsize::new(0));
    let beta = exa_client::agent::spec::DOCUMENT.default_beta();
    let url = Arc::new(format!("{base}/agent/runs/{RUN}"));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (http, exa, next, url) = (http.clone(), exa.clone(), next.clone(), url.clone());
        tasks.spawn(async move {
            while next.fetch_add(1, Ordering::Relaxed) < requests {
                let deleted = match client {
                    Client::Bare => bare_delete(&http, &url, beta)
                        .await
                        .map_err(|e| e.to_string())?,
                    Client::Generated => exa
                        .agent()
                        .client()
                        .delete_agent_run()
                        .id(RUN)
                        .send()
                        .await
                        .map_err(|e| e.to_string())?
                        .into_inner(),
                    Client::Facade => exa.agent().delete(RUN).await.map_err(|e| e.to_string())?,
                };
                assert!(deleted.deleted);
            }
            Ok::<_, String>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done?.map_err(|e| e.to_string())?;
    }
    Ok(started.elapsed())
}

/// exa-js deleting `requests` runs with `in_flight` calls of `exa.agent.runs.delete(id)`
/// at a time, its base URL set to `base`: the time of the whole `node` process.
fn exa_js(
    package: &Path,
    base: &str,
    requests: usize,
    in_flight: usize,
) -> Result<Duration, Box<dyn std::error::Error>> {
    let package = std::path::absolute(package)?;
    if !package.join("package.json").is_file() {
        return Err(format!("no exa-js at {}", package.display()).into());
    }
    let script = std::env::temp_dir().join("exa-bench-exa-js.cjs");
    std::fs::write(
        &script,
        r#"const [pkg, base, total, inFlight] = process.argv.slice(2);
const mod = require(pkg);
const Exa = mod.Exa ?? mod.default;
const exa = new Exa("bench-key", base);
let next = 0;
async function worker() {
  while (next < Number(total)) {
    const id = "agent_run_" + String(next++).padStart(8, "0");
    const deleted = await exa.agent.runs.delete(id);
    if (!deleted.deleted) throw new Error("not deleted: " + JSON.stringify(deleted));
  }
}
Promise.all(Array.from({ length: Number(inFlight) }, worker)).catch((e) => {
  console.error(e);
  process.exit(1);
});
"#,
    )?;
    let started = Instant::now();
    let status = Command::new("node")
        .arg(&script)
        .arg(&package)
        .arg(base)
        .arg(requests.to_string())
        .arg(in_flight.to_string())
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let took = started.elapsed();
    if !status.success() {
        return Err(format!("node failed: {status}").into());
    }
    Ok(took)
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
        let beta = exa_client::agent::spec::DOCUMENT.default_beta();
        let started = Instant::now();
        for _ in 0..requests {
            let deleted = match client {
                Client::Bare => bare_delete(&self.bare, &url, beta)
                    .await
                    .map_err(|e| e as Box<dyn std::error::Error>)?,
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
