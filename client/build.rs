//! Generates the typed client from the vendored OpenAPI document into `OUT_DIR/codegen.rs`.
//!
//! `EXA_OPENAPI_SPEC` points the build at another document (the fixture tests use it); the
//! default is `../openapi/exa-agent.yaml`.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=EXA_OPENAPI_SPEC");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let spec = std::env::var_os("EXA_OPENAPI_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../openapi/exa-agent.yaml"));
    // Only the spec: a change to facade sources must not regenerate.
    println!("cargo:rerun-if-changed={}", spec.display());
    println!("cargo:rerun-if-changed=build.rs");

    let generated = match exa_build_tools::build_client(&spec) {
        Ok((generated, _)) => generated,
        Err(error) => {
            // A message, not a backtrace: cargo shows stderr of a failed build script.
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (file, code) in [
        ("codegen.rs", generated.code),
        ("mocks.rs", generated.mocks),
    ] {
        if let Err(error) = std::fs::write(out.join(file), code) {
            eprintln!("error: cannot write {file} in {}: {error}", out.display());
            std::process::exit(1);
        }
    }
}
