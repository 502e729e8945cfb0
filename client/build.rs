//! Generates one module per document in `openapi/` into `OUT_DIR`, and tells the facade which
//! documents and operations this build has.
//!
//! - With the feature `generate` (a default), the documents are generated here, through
//!   `exa-build-tools`. Without it, the build takes the code `exa-build-tools snapshot` wrote
//!   into `generated/` when the package was made, and refuses, naming the file, a document in
//!   `openapi/` that is not the one that code came from: a dependent compiles no generator.
//! - A document whose module has a cargo feature of the same name in `Cargo.toml` is built only
//!   with that feature; any other document is always built (with a warning saying how to make it
//!   optional).
//! - `cfg(exa_document = "agent")` is set for each module built, and
//!   `cfg(exa_operation = "agent.deleteAgentRun")` for each of its operations: the hand-written
//!   helpers of an operation exist only when the document has it.
//! - A helper's operation that is present but lacks a schema the helper names stops the build
//!   with one message naming the document and the schema, never a rustc error in hand-written
//!   code; so does, with the feature `generate`, a type the helpers name whose fields changed
//!   shape since `helper-types/<module>.rs` was recorded (message naming the type and field).
//! - `EXA_OPENAPI_DIR` points the build at another folder of documents (the tests use it).
//! - Each document's output is kept in `OUT_DIR` with a key of its bytes, so that an edit to one
//!   document regenerates that document alone.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn main() {
    if let Err(message) = run() {
        // A message, not a backtrace: cargo shows stderr of a failed build script.
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}

/// A module this build has.
struct Built {
    module: String,
    /// The document, for the messages of the checks made when generating.
    #[cfg_attr(not(feature = "generate"), allow(dead_code))]
    path: PathBuf,
    operations: Vec<String>,
}

fn run() -> Result<(), String> {
    println!("cargo::rerun-if-env-changed=EXA_OPENAPI_DIR");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rustc-check-cfg=cfg(exa_document, values(any()))");
    println!("cargo::rustc-check-cfg=cfg(exa_operation, values(any()))");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = std::env::var_os("EXA_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("openapi"));
    // The folder: a document added, removed or edited reruns this script.
    println!("cargo::rerun-if-changed={}", dir.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let declared = declared_features(&manifest.join("Cargo.toml"));
    let selected = |module: &str, path: &Path| {
        if declared.contains(module) {
            let feature = format!("CARGO_FEATURE_{}", module.to_ascii_uppercase());
            return std::env::var_os(feature).is_some();
        }
        println!(
            "cargo::warning={} is always built: add `{module} = []` to the features of exa-client to make it optional",
            path.display()
        );
        true
    };

    #[cfg(feature = "generate")]
    let built = generated::build(&dir, &out, &selected)?;
    #[cfg(not(feature = "generate"))]
    let built = packaged::build(&dir, &manifest.join("generated"), &out, &selected)?;

    helpers_can_build(&built, &out, &manifest)?;
    for module in &built {
        println!("cargo::rustc-cfg=exa_document=\"{}\"", module.module);
        for op in &module.operations {
            println!("cargo::rustc-cfg=exa_operation=\"{}.{op}\"", module.module);
        }
    }
    Ok(())
}

/// Generation from the documents, with `exa-build-tools`.
#[cfg(feature = "generate")]
mod generated {
    use std::hash::{Hash, Hasher};
    use std::path::Path;

    use exa_build_tools::modules::{self, Document};

    use super::{write, Built};

    pub fn build(
        dir: &Path,
        out: &Path,
        selected: &dyn Fn(&str, &Path) -> bool,
    ) -> Result<Vec<Built>, String> {
        let mocks = std::env::var_os("CARGO_FEATURE_MOCK").is_some();
        let mut documents = Vec::new();
        let mut built = Vec::new();
        let mut failures = Vec::new();
        for document in modules::documents(dir).map_err(|e| e.to_string())? {
            if !selected(&document.module, &document.path) {
                continue;
            }
            match generate(&document, out, mocks) {
                Ok(operations) => built.push(Built {
                    module: document.module.clone(),
                    path: document.path.clone(),
                    operations,
                }),
                Err(message) => failures.push(message),
            }
            documents.push(document);
        }
        if !failures.is_empty() {
            return Err(failures.join("\nerror: "));
        }
        write(
            &out.join("documents.rs"),
            modules::declarations(&documents).as_bytes(),
        )?;
        Ok(built)
    }

    /// Stops the build when a type the helpers of a present operation name has changed shape
    /// since `helper-types/<module>.rs` was recorded (a field removed or of another Rust type, a
    /// variant removed), by the comparison `exa-build-tools diff` makes: one message naming
    /// the document, the type and the field, never a rustc error in hand-written code. A module
    /// without a snapshot (a document the helpers were not written for) is not compared.
    pub fn helper_types_keep_their_shape(
        built: &Built,
        out: &Path,
        snapshots: &Path,
        names: &[&str],
    ) -> Result<(), String> {
        let snapshot = snapshots.join(format!("{}.rs", built.module));
        let Ok(recorded) = std::fs::read_to_string(&snapshot) else {
            // No shape recorded yet: a missing file watched would leave every build dirty, the
            // folder reruns the build once one is written.
            println!("cargo::rerun-if-changed={}", snapshots.display());
            return Ok(());
        };
        println!("cargo::rerun-if-changed={}", snapshot.display());
        let code = std::fs::read_to_string(out.join(format!("{}.rs", built.module)))
            .map_err(|e| format!("cannot read the generated {}.rs: {e}", built.module))?;
        let changes = exa_build_tools::diff::helper_changes(&recorded, &code, names)
            .map_err(|e| format!("{}: {e}", snapshot.display()))?;
        if changes.is_empty() {
            return Ok(());
        }
        let what: Vec<String> = changes.iter().map(|c| c.message.clone()).collect();
        Err(format!(
            "{}: a type the client's helpers name changed shape: {}. The helpers were written for the shape in {}: restore the schema, or update the helpers and then the snapshot (`cargo build-tools helper-types {} {}`).",
            built.path.display(),
            what.join("; "),
            snapshot.display(),
            built.path.display(),
            snapshot.display(),
        ))
    }

    /// Generates one document unless its output is already there for the same bytes and the
    /// same build script; returns its operationIds.
    fn generate(document: &Document, out: &Path, mocks: bool) -> Result<Vec<String>, String> {
        let bytes = std::fs::read(&document.path)
            .map_err(|e| format!("{}: cannot read the file: {e}", document.path.display()))?;
        let key = cache_key(&bytes, mocks);
        let module = &document.module;
        let key_file = out.join(format!("{module}.key"));
        let ops_file = out.join(format!("{module}.operations"));
        if std::fs::read_to_string(&key_file).ok() == Some(key.clone()) {
            if let Ok(ops) = std::fs::read_to_string(&ops_file) {
                return Ok(ops.lines().map(String::from).collect());
            }
        }
        let operations =
            modules::write_document(document, mocks, out).map_err(|e| e.to_string())?;
        write(&key_file, key.as_bytes())?;
        Ok(operations)
    }

    /// The document's bytes, the mocks switch and this build script's own binary: a new
    /// `exa-build-tools` relinks the script, which changes the key.
    fn cache_key(bytes: &[u8], mocks: bool) -> String {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        mocks.hash(&mut hasher);
        if let Some(meta) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.metadata().ok())
        {
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    }
}

/// The code generated when the package was made (`generated/`, written by
/// `exa-build-tools snapshot`), for the documents it was generated from and no other.
#[cfg(not(feature = "generate"))]
mod packaged {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::{write, Built};

    /// What `modules::documents` reads as a document.
    const EXTENSIONS: &[&str] = &["yaml", "yml", "json"];

    pub fn build(
        dir: &Path,
        snapshot: &Path,
        out: &Path,
        selected: &dyn Fn(&str, &Path) -> bool,
    ) -> Result<Vec<Built>, String> {
        println!("cargo::rerun-if-changed={}", snapshot.display());
        let refuse = |what: String| {
            format!(
                "{what}: build exa-client with its feature `generate` to generate the client from it"
            )
        };
        let list = std::fs::read_to_string(snapshot.join("documents")).map_err(|_| {
            refuse(format!(
                "{} has no code generated in advance (no {})",
                dir.display(),
                snapshot.join("documents").display()
            ))
        })?;
        let mut files = BTreeSet::new();
        let mut built = Vec::new();
        for (module, file) in list.lines().filter_map(|line| line.split_once(' ')) {
            files.insert(file.to_string());
            let path = dir.join(file);
            // A document this build leaves out may differ: none of its code is compiled.
            if !selected(module, &path) {
                continue;
            }
            let current = std::fs::read(&path)
                .map_err(|_| refuse(format!("{} is missing", path.display())))?;
            if std::fs::read(snapshot.join(file)).ok() != Some(current) {
                return Err(refuse(format!(
                    "{} is not the document the packaged code was generated from ({})",
                    path.display(),
                    snapshot.join(file).display()
                )));
            }
            for name in [format!("{module}.rs"), format!("{module}_mocks.rs")] {
                copy(&snapshot.join(&name), &out.join(&name))?;
            }
            let operations = std::fs::read_to_string(snapshot.join(format!("{module}.operations")))
                .map_err(|e| format!("{}: {e}", snapshot.display()))?;
            built.push(Built {
                module: module.to_string(),
                path,
                operations: operations.lines().map(String::from).collect(),
            });
        }
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for path in entries.flatten().map(|entry| entry.path()) {
            let is_document = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e));
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if is_document && path.is_file() && !name.is_some_and(|n| files.contains(&n)) {
                return Err(refuse(format!(
                    "{} is not among the documents the packaged code was generated from",
                    path.display()
                )));
            }
        }
        copy(&snapshot.join("documents.rs"), &out.join("documents.rs"))?;
        Ok(built)
    }

    fn copy(from: &Path, to: &Path) -> Result<(), String> {
        let bytes = std::fs::read(from).map_err(|e| format!("{}: {e}", from.display()))?;
        write(to, &bytes)
    }
}

/// Stops the build when a document no longer generates a type that a compiled helper names
/// (read from the helper's own source, `src/<module>_api.rs`, by `exa-build-tools`). Without
/// the feature `generate` the packaged code is the one the helpers were checked against.
#[cfg(feature = "generate")]
fn helpers_can_build(built: &[Built], out: &Path, manifest: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    for module in built {
        let helpers = manifest
            .join("src")
            .join(format!("{}_api.rs", module.module));
        let Ok(source) = std::fs::read_to_string(&helpers) else {
            // A document without helpers (any document a team adds): a missing file watched
            // would leave every build dirty, rerunning this script and recompiling the crate.
            // A helpers file is compiled once `lib.rs` declares it, so that edit reruns it.
            println!(
                "cargo::rerun-if-changed={}",
                manifest.join("src/lib.rs").display()
            );
            continue;
        };
        println!("cargo::rerun-if-changed={}", helpers.display());
        let named = exa_build_tools::helpers::helper_types(&source)
            .map_err(|e| format!("{}: {e}", helpers.display()))?;
        let code = std::fs::read_to_string(out.join(format!("{}.rs", module.module)))
            .map_err(|e| format!("cannot read the generated {}.rs: {e}", module.module))?;
        let generates = |name: &str| {
            ["struct", "enum", "type"].iter().any(|kind| {
                code.contains(&format!("pub {kind} {name} "))
                    || code.contains(&format!("pub {kind} {name}("))
                    || code.contains(&format!("pub {kind} {name}<"))
            })
        };
        let operations: BTreeSet<String> = module
            .operations
            .iter()
            .map(|op| format!("{}.{op}", module.module))
            .collect();
        let missing: BTreeSet<String> = named
            .iter()
            .filter(|t| t.compiled(&operations) && !generates(&t.name))
            .map(|t| format!("`{}`", t.name))
            .collect();
        if missing.is_empty() {
            let names: BTreeSet<&str> = named
                .iter()
                .filter(|t| t.compiled(&operations))
                .map(|t| t.name.as_str())
                .collect();
            let names: Vec<&str> = names.into_iter().collect();
            let snapshots = manifest.join("helper-types");
            if let Err(e) =
                generated::helper_types_keep_their_shape(module, out, &snapshots, &names)
            {
                problems.push(e);
            }
        } else {
            problems.push(format!(
                "{}: the document no longer generates {}: the client's helpers (src/{}_api.rs) need it. Restore the schema, or remove the operation to drop its helper.",
                module.path.display(),
                missing.into_iter().collect::<Vec<_>>().join(", "),
                module.module
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n")),
    }
}

#[cfg(not(feature = "generate"))]
fn helpers_can_build(_: &[Built], _: &Path, _: &Path) -> Result<(), String> {
    Ok(())
}

/// The feature names in the manifest's `[features]` table.
fn declared_features(manifest: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(manifest).unwrap_or_default();
    let mut in_features = false;
    let mut names = BTreeSet::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_features = line == "[features]";
        } else if in_features {
            if let Some((name, _)) = line.split_once('=') {
                names.insert(name.trim().trim_matches('"').to_string());
            }
        }
    }
    names
}

fn write(path: &Path, contents: &[u8]) -> Result<(), String> {
    // An unchanged file keeps its time stamp, so that nothing downstream rebuilds for it.
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
