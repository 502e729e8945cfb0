//! Writes the command table of every document (`exa_build_tools::commands`) into
//! `OUT_DIR/commands.json`: the generated commands of `exa <document> <operation>` are built
//! from it at run time. The documents are the client's (`client/openapi/`, or the folder
//! `EXA_OPENAPI_DIR` names, as for the client's own build), so a new document or operation
//! gains its command with no hand edit.
//!
//! It also sets the client's cfgs (`exa_document = "batches"`, `exa_operation =
//! "batches.createBatch"`) from the same documents: a hand-written verb over a helper exists
//! only when the client has the helper.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=EXA_OPENAPI_DIR");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rustc-check-cfg=cfg(exa_document, values(any()))");
    println!("cargo::rustc-check-cfg=cfg(exa_operation, values(any()))");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = std::env::var_os("EXA_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../client/openapi"));
    println!("cargo::rerun-if-changed={}", dir.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let tables = match exa_build_tools::commands::tables(&dir) {
        Ok(tables) => tables,
        Err(error) => {
            // A message, not a backtrace: cargo shows stderr of a failed build script.
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    };
    for table in &tables {
        println!("cargo::rustc-cfg=exa_document=\"{}\"", table.module);
        for op in &table.operations {
            println!(
                "cargo::rustc-cfg=exa_operation=\"{}.{}\"",
                table.module, op.id
            );
        }
    }
    let json = serde_json::to_vec(&tables).unwrap_or_default();
    let path = out.join("commands.json");
    // An unchanged table keeps its time stamp, so that the binary is not rebuilt for it.
    if std::fs::read(&path).ok().as_ref() != Some(&json)
        && let Err(error) = std::fs::write(&path, &json)
    {
        eprintln!("error: cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}
