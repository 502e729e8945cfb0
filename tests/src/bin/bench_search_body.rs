//! Benchmark: a 10-result search with full page text, as the Search API sends it. Prints its
//! size on the wire with each encoding the client asks for (gzip, br, zstd), and the time to decode it into
//! the typed `SearchResponse`, into a `serde_json::Value`, and with node's `JSON.parse` (what
//! exa-js does with a response), each in one run as a ratio to the typed decode.
//!
//! ```text
//! cargo run --release -p exa-client-tests --bin bench_search_body
//! ```

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use exa_client::search::types::SearchResponse;
use serde_json::{Value, json};

const DECODES: u32 = 300;

/// Deterministic prose: pages of a web crawl are words, not random bytes.
fn page_text(seed: u64, bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "the",
        "model",
        "startup",
        "raised",
        "series",
        "funding",
        "round",
        "investors",
        "AI",
        "research",
        "announced",
        "company",
        "platform",
        "search",
        "engine",
        "data",
        "growth",
        "revenue",
        "customers",
        "launch",
        "product",
        "team",
        "billion",
        "million",
        "market",
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(WORDS[(state >> 33) as usize % WORDS.len()]);
        text.push(if (state >> 20).is_multiple_of(17) {
            '.'
        } else {
            ' '
        });
    }
    text
}

fn body() -> Vec<u8> {
    let results: Vec<Value> = (0..10u32)
        .map(|i| {
            json!({
                "id": format!("https://example.com/article-{i}"),
                "url": format!("https://example.com/article-{i}"),
                "title": format!("Article {i}"),
                "score": 0.9 - f64::from(i) / 100.0,
                "publishedDate": "2026-11-30T00:00:00.000Z",
                "author": "Staff",
                "text": page_text(u64::from(i), 20_000),
                "highlights": [page_text(100 + u64::from(i), 300)],
                "highlightScores": [0.5],
                "summary": page_text(200 + u64::from(i), 500),
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "requestId": "req_bench",
        "searchType": "neural",
        "results": results,
        "costDollars": {"total": 0.015, "breakDown": [{"search": 0.005, "contents": 0.01}]}
    }))
    .expect("a JSON body")
}

fn brotli(body: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams::default();
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).expect("brotli");
    out.len()
}

fn zstd(body: &[u8]) -> usize {
    zstd::encode_all(body, 3).expect("zstd").len()
}

fn gzip(body: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(body).expect("gzip");
    encoder.finish().expect("gzip").len()
}

/// Nanoseconds per decode, the best of three runs of [`DECODES`].
fn per_decode(mut decode: impl FnMut()) -> f64 {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..DECODES {
                decode();
            }
            started.elapsed().as_nanos() as f64 / f64::from(DECODES)
        })
        .fold(f64::INFINITY, f64::min)
}

/// The same measurement in node: `JSON.parse` of the body as a string, as `response.json()`.
fn node_per_decode(body: &[u8]) -> Result<f64, String> {
    let path = std::env::temp_dir().join(format!("exa-bench-body-{}.json", std::process::id()));
    std::fs::write(&path, body).map_err(|e| e.to_string())?;
    let script = format!(
        "const t=require('fs').readFileSync({:?},'utf8');let best=Infinity;\
         for(let r=0;r<3;r++){{const s=process.hrtime.bigint();\
         for(let i=0;i<{DECODES};i++)JSON.parse(t);\
         best=Math.min(best,Number(process.hrtime.bigint()-s)/{DECODES});}}console.log(best)",
        path.display().to_string()
    );
    let output = Command::new("node").args(["-e", &script]).output();
    let _ = std::fs::remove_file(&path);
    let output = output.map_err(|e| format!("node: {e}"))?;
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .map_err(|_| String::from_utf8_lossy(&output.stderr).into_owned())
}

fn main() {
    let body = body();
    let typed = per_decode(|| {
        let decoded: SearchResponse = serde_json::from_slice(&body).expect("typed");
        std::hint::black_box(decoded);
    });
    let value = per_decode(|| {
        let decoded: Value = serde_json::from_slice(&body).expect("value");
        std::hint::black_box(decoded);
    });
    println!("| encoding | bytes on the wire | ratio |");
    println!("|---|---|---|");
    println!("| identity | {} | 1.00 |", body.len());
    let gz = gzip(&body);
    let br = brotli(&body);
    let zs = zstd(&body);
    for (name, size) in [
        ("gzip (level 6)", gz),
        ("br (quality 11)", br),
        ("zstd (level 3)", zs),
    ] {
        println!(
            "| {name} | {size} | {:.3} |",
            size as f64 / body.len() as f64
        );
    }
    println!();
    println!("| decode of {} bytes | µs | × typed |", body.len());
    println!("|---|---|---|");
    println!("| typed `SearchResponse` | {:.1} | 1.00 |", typed / 1e3);
    println!(
        "| `serde_json::Value` | {:.1} | {:.2} |",
        value / 1e3,
        value / typed
    );
    match node_per_decode(&body) {
        Ok(node) => println!(
            "| node `JSON.parse` (exa-js) | {:.1} | {:.2} |",
            node / 1e3,
            node / typed
        ),
        Err(error) => println!("| node `JSON.parse` (exa-js) | skipped: {error} | |"),
    }
}
