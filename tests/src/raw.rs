//! A loopback HTTP/1.1 server written on raw TCP, for the faults httpmock cannot produce (a
//! reset in the middle of a body, a malformed status line, a body of 50 MB) and for counting
//! what really reaches the socket (connections, requests in flight, bytes written).

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Writes these bytes (a whole response) in one write, then reads the next request.
    Raw(Vec<u8>),
    /// Writes these bytes, then closes the connection without saying so.
    RawThenClose(Vec<u8>),
    /// Writes these bytes (a partial response), then resets the connection.
    RawThenReset(Vec<u8>),
    /// Resets the connection without answering.
    Reset,
    /// Waits, then does the rest.
    After(Duration, Box<Reply>),
    /// A 200 head announcing `len` bytes, then `len` bytes of garbage in 64 KiB writes
    /// (counted in [`RawServer::body_bytes_written`]) until the client stops reading.
    Garbage {
        /// The status line's code.
        status: u16,
        /// The body's length.
        len: usize,
        /// Whether the head carries `Content-Length` (otherwise the body ends with the
        /// connection).
        content_length: bool,
    },
}

impl Reply {
    /// A complete response: status, headers, and `body` with its `Content-Length`.
    pub fn http(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Self {
        Self::Raw(response(status, headers, body))
    }

    /// A JSON response.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self::http(
            status,
            &[("content-type", "application/json")],
            &serde_json::to_vec(body).unwrap_or_default(),
        )
    }
}

/// The bytes of a complete HTTP/1.1 response.
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Counters the server keeps, readable while it runs.
#[derive(Debug, Default)]
struct Counters {
    connections: AtomicUsize,
    requests: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    body_bytes_written: AtomicUsize,
}

type Route = dyn Fn(&str, usize) -> Reply + Send + Sync;

/// The server; it stops when dropped.
pub struct RawServer {
    addr: SocketAddr,
    counters: Arc<Counters>,
    task: JoinHandle<()>,
}

impl RawServer {
    /// Starts a server that answers each request with `route(path, n)`, `n` counting requests
    /// from 0 over all connections.
    pub async fn start(route: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let counters = Arc::new(Counters::default());
        let route: Arc<Route> = Arc::new(route);
        let task = tokio::spawn({
            let counters = counters.clone();
            async move {
                while let Ok((stream, _)) = listener.accept().await {
                    counters.connections.fetch_add(1, Ordering::SeqCst);
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(serve(stream, route.clone(), counters.clone()));
                }
            }
        });
        Self {
            addr,
            counters,
            task,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Requests received (their heads read in full).
    pub fn requests(&self) -> usize {
        self.counters.requests.load(Ordering::SeqCst)
    }

    /// Connections accepted.
    pub fn connections(&self) -> usize {
        self.counters.connections.load(Ordering::SeqCst)
    }

    /// The most requests that were being answered at once.
    pub fn max_in_flight(&self) -> usize {
        self.counters.max_in_flight.load(Ordering::SeqCst)
    }

    /// Bytes of [`Reply::Garbage`] bodies the client accepted.
    pub fn body_bytes_written(&self) -> usize {
        self.counters.body_bytes_written.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut stream: TcpStream, route: Arc<Route>, counters: Arc<Counters>) {
    let mut buffer = Vec::new();
    loop {
        let Some(path) = read_head(&mut stream, &mut buffer).await else {
            return;
        };
        let n = counters.requests.fetch_add(1, Ordering::SeqCst);
        let now = counters.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        counters.max_in_flight.fetch_max(now, Ordering::SeqCst);
        let keep_going = answer(&mut stream, route(&path, n), &counters).await;
        counters.in_flight.fetch_sub(1, Ordering::SeqCst);
        if keep_going.is_err() {
            return;
        }
    }
}

/// Reads one request head (the requests under test have no body) and returns its path.
async fn read_head(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<String> {
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            buffer.drain(..end + 4);
            return head.split(' ').nth(1).map(str::to_owned);
        }
        let mut chunk = [0u8; 4096];
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Writes `reply`; an error means the connection is over.
async fn answer(stream: &mut TcpStream, reply: Reply, counters: &Counters) -> io::Result<()> {
    match reply {
        Reply::Raw(bytes) => stream.write_all(&bytes).await,
        Reply::RawThenClose(bytes) => {
            stream.write_all(&bytes).await?;
            Err(io::ErrorKind::ConnectionAborted.into())
        }
        Reply::RawThenReset(bytes) => {
            stream.write_all(&bytes).await?;
            reset(stream)
        }
        Reply::Reset => reset(stream),
        Reply::After(delay, rest) => {
            tokio::time::sleep(delay).await;
            Box::pin(answer(stream, *rest, counters)).await
        }
        Reply::Garbage {
            status,
            len,
            content_length,
        } => {
            let length = if content_length {
                format!("content-length: {len}\r\n")
            } else {
                "connection: close\r\n".to_owned()
            };
            let head =
                format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{length}\r\n");
            stream.write_all(head.as_bytes()).await?;
            let chunk = vec![b'#'; 64 * 1024];
            let mut left = len;
            while left > 0 {
                let n = left.min(chunk.len());
                stream.write_all(&chunk[..n]).await?;
                counters.body_bytes_written.fetch_add(n, Ordering::SeqCst);
                left -= n;
            }
            if content_length {
                Ok(())
            } else {
                Err(io::ErrorKind::ConnectionAborted.into())
            }
        }
    }
}

/// Closes with RST instead of FIN: a linger of zero discards what is unsent.
fn reset(stream: &mut TcpStream) -> io::Result<()> {
    #[allow(deprecated)] // `set_linger` is deprecated only because it can block on close.
    stream.set_linger(Some(Duration::ZERO))?;
    Err(io::ErrorKind::ConnectionReset.into())
}
