//! Fuzzes the OpenAPI normalizer: `exa_build_tools::normalize` must never panic or overflow the
//! stack, whatever the document. When it accepts a small document, `generate` runs progenitor on
//! the result as well: progenitor and typify panics that `generate` catches come back as `Err`
//! (not a finding); a panic that escapes, an abort or a stack overflow is a finding.
//!
//! Input: UTF-8 text, read as JSON when it parses as JSON and as YAML (like
//! `exa_build_tools::load`, through serde_norway) otherwise. Every parsed value is normalized,
//! including non-objects that `load` would refuse, since `normalize` is public API.
#![no_main]

use exa_build_tools::{generate, normalize, Severity};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// Inputs at most this long are also generated. In the instrumented build, normalizing takes
/// well under a millisecond, progenitor ~20 ms on a minimal document, ~100 ms on the vendored
/// spec and seconds on the 40 KB test fixtures. 4 KiB keeps the small seeds (and the bare
/// vendored spec) and their mutations generating, where cycles and shapes the normalizer
/// misses reach typify, at about a third of the normalize-only throughput; larger inputs are
/// only normalized. `EXA_FUZZ_GENERATE_MAX` overrides it (bytes; 0 disables generation).
const GENERATE_MAX_DEFAULT: usize = 4096;

/// `EXA_FUZZ_VERBOSE=1` prints each input's outcome to stderr, for triage.
fn verbose() -> bool {
    static VERBOSE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *VERBOSE.get_or_init(|| std::env::var_os("EXA_FUZZ_VERBOSE").is_some())
}

fn generate_max() -> usize {
    static MAX: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MAX.get_or_init(|| {
        std::env::var("EXA_FUZZ_GENERATE_MAX")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(GENERATE_MAX_DEFAULT)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) => match serde_norway::from_str(text) {
            Ok(value) => value,
            Err(_) => return,
        },
    };
    match normalize(value) {
        Ok(normalized) => {
            assert!(
                normalized.notes.iter().all(|n| n.severity != Severity::Error),
                "an accepted document carries an error note"
            );
            if data.len() <= generate_max() {
                // Err is an expected outcome (progenitor refused or panicked, caught).
                let generated = generate(&normalized);
                if verbose() {
                    match &generated {
                        Ok(g) => eprintln!("generated {} bytes of code", g.code.len()),
                        Err(e) => eprintln!("generate refused: {e}"),
                    }
                }
                let _ = std::hint::black_box(generated);
            } else if verbose() {
                eprintln!("normalized; not generated (input over the size limit)");
            }
        }
        Err(problems) => {
            if verbose() {
                for note in &problems {
                    eprintln!("refused: {note}");
                }
            }
            assert!(!problems.is_empty(), "a refusal names no construct");
            assert!(problems.iter().all(|n| n.severity == Severity::Error));
        }
    }
});
