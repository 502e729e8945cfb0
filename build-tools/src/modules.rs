//! One module of the client crate per document in `openapi/`: which files are documents, what
//! their modules are called, and the code that declares them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::generate::{Target, generate_module};
use crate::{Error, load, normalize};

/// File extensions read as documents.
const EXTENSIONS: &[&str] = &["yaml", "yml", "json"];

/// Names the facade's own modules use (every `mod` of `client/src/lib.rs`, which a test of the
/// workspace checks), and Rust's: a document cannot take them. A document whose module is a
/// helper's (`exa-search-api.yaml` beside the Search helpers' `search_api`) would otherwise
/// stop the build with rustc errors in the client's own code.
const RESERVED: &[&str] = &[
    "agent_api",
    "auth",
    "batches_api",
    "betas",
    "builder",
    "client",
    "declare",
    "defaults",
    "documents",
    "draft",
    "error",
    "generate",
    "hooks",
    "ids",
    "mock",
    "monitors_api",
    "pages",
    "poll",
    "retry",
    "search_api",
    "spec",
    "sse",
    "teams_api",
    "websets_api",
    "wire",
    "crate",
    "self",
    "super",
    "std",
    "core",
];

/// One document and the module it becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The file.
    pub path: PathBuf,
    /// The module's name, e.g. `agent` for `exa-agent.yaml`.
    pub module: String,
}

/// The documents in `dir`, sorted by module name. Two files that would make one module, or a
/// file whose name makes no module, are an error naming the files.
pub fn documents(dir: &Path) -> Result<Vec<Document>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut by_module: BTreeMap<String, PathBuf> = BTreeMap::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let is_document = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e));
        if !is_document || !path.is_file() {
            continue;
        }
        let module = module_name(&path).map_err(|message| Error::Naming {
            path: path.clone(),
            message,
        })?;
        if let Some(other) = by_module.insert(module.clone(), path.clone()) {
            return Err(Error::Naming {
                path,
                message: format!(
                    "makes module `{module}`, as {} does: rename one of them",
                    other.display()
                ),
            });
        }
    }
    Ok(by_module
        .into_iter()
        .map(|(module, path)| Document { path, module })
        .collect())
}

/// The module a document becomes: the file's stem without an `exa-` prefix, in snake case
/// (`exa-agent.yaml` is `agent`, `exa-web-sets.json` is `web_sets`).
pub fn module_name(path: &Path) -> Result<String, String> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or("the file name is not UTF-8")?;
    let stem = stem.strip_prefix("exa-").unwrap_or(stem);
    let module: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let module = module.trim_matches('_').to_string();
    if module.is_empty() || module.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!(
            "`{stem}` makes no Rust module name: start the file name with a letter"
        ));
    }
    if RESERVED.contains(&module.as_str()) || syn::parse_str::<syn::Ident>(&module).is_err() {
        return Err(format!(
            "module `{module}` is taken by the client or by Rust: rename the file"
        ));
    }
    Ok(module)
}

/// What the client's generated `Client`s carry for its hooks: the one path of the client crate
/// this module names besides its `declare::documents!` macro.
pub const CLIENT_STATE: &str = "crate::hooks::HookState";

/// Generates one document's module and mocks.
pub fn generate_document(document: &Document, mocks: bool) -> Result<crate::Generated, Error> {
    let path = &document.path;
    let document_value = load(path)?;
    let normalized = normalize(document_value.clone()).map_err(|problems| Error::Unsupported {
        path: path.clone(),
        problems,
    })?;
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = Target {
        module: document.module.clone(),
        file,
        mocks,
        inner_type: CLIENT_STATE.to_string(),
    };
    generate_module(&normalized, &target).map_err(|e| e.into_error(path, &document_value))
}

/// Writes one document's generated files into `out`: `<module>.rs`, `<module>_mocks.rs` (empty
/// without `mocks`) and `<module>.operations` (its operationIds, one a line). Returns the
/// operationIds. A file whose contents are unchanged keeps its time stamp, so that nothing
/// that includes it rebuilds.
pub fn write_document(document: &Document, mocks: bool, out: &Path) -> Result<Vec<String>, Error> {
    let generated = generate_document(document, mocks)?;
    let module = &document.module;
    write(&out.join(format!("{module}.rs")), generated.code.as_bytes())?;
    write(
        &out.join(format!("{module}_mocks.rs")),
        generated.mocks.as_bytes(),
    )?;
    let operations = generated.operation_ids.join("\n");
    write(
        &out.join(format!("{module}.operations")),
        operations.as_bytes(),
    )?;
    Ok(generated.operation_ids)
}

/// The name of the list of documents in a [`snapshot`]: `<module> <file name>` a line.
pub const SNAPSHOT_LIST: &str = "documents";

/// Everything a build of the client without the generator needs, written into `out` (the
/// packaged `generated/` folder): each document's files, mocks included (see
/// [`write_document`]); a copy of each document, which the build compares with `openapi/` to
/// refuse code generated from another document; the [`declarations`] of every module as
/// `documents.rs`; and the list [`SNAPSHOT_LIST`]. Other files in `out` are removed; unchanged
/// ones keep their time stamps.
pub fn snapshot(dir: &Path, out: &Path) -> Result<Vec<Document>, Error> {
    let documents = documents(dir)?;
    std::fs::create_dir_all(out).map_err(|source| Error::Write {
        path: out.to_path_buf(),
        source,
    })?;
    let mut list = String::new();
    let mut written = vec!["documents.rs".to_string(), SNAPSHOT_LIST.to_string()];
    for document in &documents {
        write_document(document, true, out)?;
        let module = &document.module;
        let file = file_name(document);
        let bytes = std::fs::read(&document.path).map_err(|source| Error::Read {
            path: document.path.clone(),
            source,
        })?;
        write(&out.join(&file), &bytes)?;
        list.push_str(&format!("{module} {file}\n"));
        written.extend([
            format!("{module}.rs"),
            format!("{module}_mocks.rs"),
            format!("{module}.operations"),
            file,
        ]);
    }
    write(
        &out.join("documents.rs"),
        declarations(&documents).as_bytes(),
    )?;
    write(&out.join(SNAPSHOT_LIST), list.as_bytes())?;
    let entries = std::fs::read_dir(out).map_err(|source| Error::Read {
        path: out.to_path_buf(),
        source,
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !written.contains(&name) {
            let path = entry.path();
            std::fs::remove_file(&path).map_err(|source| Error::Write { path, source })?;
        }
    }
    Ok(documents)
}

fn file_name(document: &Document) -> String {
    document
        .path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn write(path: &Path, contents: &[u8]) -> Result<(), Error> {
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    std::fs::write(path, contents).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// The declaration of every generated module (`documents.rs` of the build): data only, one
/// line per document for the client's `declare::documents!` macro, which writes the module
/// (including `<module>.rs`, and `<module>_mocks.rs` under the `mock` feature), its hooks and
/// its accessor. Every item of a module is under `cfg(exa_document = "<module>")`, which the
/// build script sets for the modules it builds: one declaration serves any choice of features.
pub fn declarations(documents: &[Document]) -> String {
    let item = crate::normalize::PATH_ITEM;
    let mut code = format!(
        "/// The rule a path parameter must follow where its document gives no constraints (the\n/// Agent API's run id); an array path parameter's items follow it too, joined with `,`.\npub const DEFAULT_PATTERN: &str = \"^{item}$\";\n\n"
    );
    code.push_str("crate::declare::documents! {\n");
    for doc in documents {
        code.push_str(&format!(
            "    #[cfg(exa_document = \"{}\")] {} {:?},\n",
            doc.module,
            doc.module,
            file_name(doc)
        ));
    }
    code.push_str("}\n");
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_are_named_after_the_file_without_the_exa_prefix() {
        let name = |f: &str| module_name(Path::new(f));
        assert_eq!(name("openapi/exa-agent.yaml").unwrap(), "agent");
        assert_eq!(name("exa-web-sets.json").unwrap(), "web_sets");
        assert_eq!(name("Billing.v2.yml").unwrap(), "billing_v2");
        assert!(name("2024.yaml").is_err());
        assert!(name("exa-hooks.yaml").unwrap_err().contains("taken"));
        assert!(name("exa-type.yaml").unwrap_err().contains("taken"));
        assert!(name("search-api.yaml").unwrap_err().contains("taken"));
    }
}
