//! A batch's results file of 100,000 lines (about 50 MB) streams typed in bounded memory: one
//! chunk and one line at a time, not the file. In its own test binary so that its peak RSS is
//! its own.

use exa_client_tests::{batch_body, builder};
use futures::TryStreamExt;
use tokio::io::AsyncWriteExt;

const LINES: usize = 100_000;

/// The peak resident set of this process, in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// An object store that writes the file line by line (never the whole file in memory), then
/// closes the connection to end the body.
async fn serve_lines() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/results.jsonl", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = [0u8; 4096];
        let _ = tokio::io::AsyncReadExt::read(&mut socket, &mut head).await;
        socket
            .write_all(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/jsonl\r\nconnection: close\r\n\r\n",
            )
            .await
            .unwrap();
        let padding = "x".repeat(400);
        let mut chunk = String::new();
        for n in 0..LINES {
            chunk.push_str(&format!(
                "{{\"customId\":\"row-{n}\",\"status\":200,\"body\":{{\"text\":\"{padding}\"}}}}\n"
            ));
            if chunk.len() > 64 << 10 {
                socket.write_all(chunk.as_bytes()).await.unwrap();
                chunk.clear();
            }
        }
        socket.write_all(chunk.as_bytes()).await.unwrap();
        socket.shutdown().await.unwrap();
    });
    url
}

#[tokio::test]
async fn a_results_file_of_100000_lines_streams_typed_in_bounded_memory() {
    let url = serve_lines().await;
    let exa = builder("http://127.0.0.1:9", 0).build().unwrap();
    let batch: exa_client::batches::types::Batch =
        serde_json::from_value(batch_body("batch_1", "completed", Some(&url))).unwrap();
    let before = peak_rss_kib();
    let mut lines = exa.batches().results(&batch).await.expect("the file opens");
    let (mut count, mut bytes) = (0usize, 0usize);
    while let Some(line) = lines.try_next().await.expect("every line decodes") {
        assert_eq!(line.custom_id, format!("row-{count}"));
        bytes += line.rest["body"]["text"].as_str().map_or(0, str::len);
        count += 1;
    }
    assert_eq!(count, LINES);
    assert_eq!(bytes, LINES * 400);
    if let (Some(before), Some(after)) = (before, peak_rss_kib()) {
        println!(
            "{LINES} result lines ({} MB of text) streamed; peak RSS {before} KiB before, {after} KiB after (+{} KiB)",
            bytes / 1_000_000,
            after - before
        );
        // A line and a chunk at a time: far below the file's 50 MB.
        assert!(
            after - before < 16 << 10,
            "peak RSS grew by {} KiB",
            after - before
        );
    }
}
