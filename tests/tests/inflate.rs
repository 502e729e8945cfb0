//! A compressed body that inflates far past `max_response_bytes` ends as `ResponseTooLarge`
//! after reading at most the limit of decompressed bytes: the limit counts what is decoded, not
//! what travels. Alone in its test binary so that the peak RSS it reads is its own.

use std::io::Write;

use exa_client::Error;
use exa_client_tests::builder;
use exa_client_tests::raw::{RawServer, Reply};

const INFLATED: usize = 1 << 30;

/// Deflate's ratio tops out near 1:1032, so 1 GiB takes about 1 MiB of gzip. One member:
/// 1 MiB of zeros deflated up to a sync flush (byte-aligned, every back-reference inside it)
/// repeated 1,024 times, then a final empty block. The trailer is never reached.
fn gzip_bomb() -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![0u8; 1 << 20]).expect("deflate");
    encoder.flush().expect("deflate");
    let segment = encoder.get_ref().clone();
    let mut member = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    member.extend(segment.repeat(INFLATED >> 20));
    member.extend([0x03, 0x00]);
    member.extend([0; 8]);
    member
}

/// A zstd frame of run-length blocks (128 KiB of one byte in 4 bytes each): 1 GiB in 32 KiB.
fn zstd_bomb() -> Vec<u8> {
    const BLOCK: usize = 128 << 10;
    let mut frame = vec![0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x38];
    let blocks = INFLATED / BLOCK;
    for i in 0..blocks {
        let last = usize::from(i + 1 == blocks);
        let header = (BLOCK << 3) | (1 << 1) | last;
        frame.extend_from_slice(&header.to_le_bytes()[..3]);
        frame.push(b' ');
    }
    frame
}

/// The peak resident set of this process, in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::test]
async fn a_body_that_inflates_to_a_gibibyte_ends_at_the_limit_in_bounded_memory() {
    let bombs = [("gzip", gzip_bomb()), ("zstd", zstd_bomb())];
    let before = peak_rss_kib();
    for (encoding, body) in bombs {
        let wire = body.len();
        let server = RawServer::start(move |_, _| {
            Reply::http(
                200,
                &[
                    ("content-type", "application/json"),
                    ("content-encoding", encoding),
                ],
                &body,
            )
        })
        .await;
        let exa = builder(server.base_url(), 0)
            .max_response_bytes(16 << 20)
            .build()
            .expect("client builds");
        let error = exa
            .agent()
            .delete("agent_run_abc")
            .await
            .expect_err("past the limit");
        assert!(
            matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 16 << 20),
            "{encoding}: {error:?}"
        );
        println!("{encoding}: {wire} bytes on the wire, 1 GiB inflated: {error}");
    }
    if let (Some(before), Some(after)) = (before, peak_rss_kib()) {
        println!("peak RSS {before} KiB before, {after} KiB after");
        // The limit (16 MiB) and the decoders' buffers, not the gibibyte.
        assert!(
            after - before < 96 << 10,
            "peak RSS grew by {} KiB",
            after - before
        );
    }
}
