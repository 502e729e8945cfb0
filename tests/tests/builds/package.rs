//! `exa-client` as a dependent gets it: packaged, as `cargo publish` would upload it, and from a
//! fresh checkout of the repository (SLOW: the tests that build a crate outside the workspace
//! take about two minutes cold on 2 cores, seconds when warm).
//!
//! - The committed `client/generated/` is what `exa-build-tools snapshot` writes for `openapi/`
//!   now, file for file; the failure names the files that differ and the command that refreshes
//!   them.
//! - A crate outside the workspace on the `client/` of the committed tree (`git archive HEAD`:
//!   no untracked, ignored or uncommitted file) with `default-features = false, features =
//!   ["agent"]` builds `--offline` without compiling the generator and deletes a run.
//!
//! `cargo package -p exa-client -p exa-build-tools -p exa-spec --no-verify` writes the three
//! `.crate` files (exa-client depends on exa-spec, its build script on exa-build-tools with the
//! feature `generate`, and neither is on crates.io yet) into `target/package-test/package`; they are
//! unpacked into `target/package-test/unpacked`, file by file, so that an unchanged file keeps
//! its time stamp and a rerun rebuilds nothing. Every crate is built into `target/nested`, shared
//! with the other builds tests start.
//!
//! - The documents in the package are the workspace's `openapi/`, byte for byte, and no other;
//!   its `generated/` holds the code of each and a copy of the document it came from.
//! - A crate with its own `[workspace]` depends on the unpacked `exa-client` with
//!   `default-features = false, features = ["agent"]`, builds `--offline` against a copy of the
//!   workspace's `Cargo.lock` without compiling the generator, and deletes a run against a
//!   loopback server of this test.
//! - In a copy of the package whose Agent document was edited, that build is refused with a
//!   message naming the document and the feature `generate`; with `generate` (and the unpacked
//!   `exa-build-tools` through `[patch.crates-io]`) it compiles (`cargo check`: the generator
//!   in the build graph makes every dependency a compile of its own, and none of it is run).
//!   An edited Search document does not stop a build of the Agent module alone.
//!
//! Set `EXA_SKIP_PACKAGE_TESTS=1` to skip the builds (each says so on stderr).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use exa_client_tests::{in_ci, nested_cargo, nested_target, workspace, write_if_changed};

const DELETED: &str = r#"{"id":"agent_run_abc","object":"agent_run.deleted","deleted":true}"#;

/// Why the tests are skipped, if they are.
fn skip_reason() -> Option<String> {
    if std::env::var_os("EXA_SKIP_PACKAGE_TESTS").is_some() {
        return Some("EXA_SKIP_PACKAGE_TESTS is set".into());
    }
    if Command::new("tar").arg("--version").output().is_err() {
        return Some("no `tar` command to unpack the .crate files".into());
    }
    None
}

fn skipped(test: &str) -> bool {
    match skip_reason() {
        Some(reason) => {
            eprintln!("SKIPPED {test}: {reason}");
            true
        }
        None => false,
    }
}

fn package_dir() -> PathBuf {
    workspace().join("target/package-test")
}

/// Packages exa-client, exa-build-tools and exa-spec once per test process; returns the folder
/// holding the unpacked `exa-client-<version>`, `exa-build-tools-<version>` and
/// `exa-spec-<version>`.
fn unpacked() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = workspace();
        let target = package_dir();
        let output = Command::new(env!("CARGO"))
            .current_dir(&root)
            .args([
                "package",
                "-p",
                "exa-client",
                "-p",
                "exa-build-tools",
                "-p",
                "exa-spec",
            ])
            .args(["--locked", "--offline", "--no-verify", "--allow-dirty"])
            .arg("--target-dir")
            .arg(&target)
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "cargo package failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        let staging = target.join("staging");
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).unwrap();
        for name in ["exa-client", "exa-build-tools", "exa-spec"] {
            let krate = target
                .join("package")
                .join(format!("{name}-{}.crate", env!("CARGO_PKG_VERSION")));
            let status = Command::new("tar")
                .arg("-xzf")
                .arg(&krate)
                .arg("-C")
                .arg(&staging)
                .status()
                .expect("tar runs");
            assert!(status.success(), "tar -xzf {} failed", krate.display());
        }
        let dir = target.join("unpacked");
        sync(&staging, &dir);
        dir
    })
}

/// Makes `to` a copy of `from`, writing only the files whose contents differ and removing
/// those `from` lacks.
fn sync(from: &Path, to: &Path) {
    let wanted = files(from);
    for (relative, bytes) in &wanted {
        write_if_changed(&to.join(relative), bytes);
    }
    for relative in files(to).keys() {
        if !wanted.contains_key(relative) {
            std::fs::remove_file(to.join(relative)).unwrap();
        }
    }
}

/// Every file under `dir` (following links), by path relative to `dir`.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, into: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, into);
            } else {
                let relative = path.strip_prefix(base).unwrap().to_path_buf();
                into.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut all = BTreeMap::new();
    walk(dir, dir, &mut all);
    all
}

#[test]
fn the_packaged_openapi_documents_are_the_workspace_documents() {
    if skipped("the_packaged_openapi_documents_are_the_workspace_documents") {
        return;
    }
    let packaged = files(&client_dir(unpacked()).join("openapi"));
    // `openapi/` at the root: the link the README and the tools use.
    let workspace_docs = files(&workspace().join("openapi"));
    assert!(
        workspace_docs
            .keys()
            .any(|p| p.extension().is_some_and(|e| e == "yaml")),
        "no document in openapi/"
    );
    let names = |m: &BTreeMap<PathBuf, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&packaged),
        names(&workspace_docs),
        "the package's openapi/ lists other files than the workspace's openapi/"
    );
    for (path, bytes) in &workspace_docs {
        assert!(
            packaged[path] == *bytes,
            "openapi/{} differs between the package and the workspace",
            path.display()
        );
    }
    let generated = files(&client_dir(unpacked()).join("generated"));
    for document in exa_build_tools::modules::documents(&workspace().join("openapi")).unwrap() {
        let file = PathBuf::from(document.path.file_name().unwrap());
        assert!(
            generated.get(&file) == workspace_docs.get(&file),
            "generated/ lacks the copy of {}",
            file.display()
        );
        let code = generated
            .get(&PathBuf::from(format!("{}.rs", document.module)))
            .unwrap_or_else(|| panic!("generated/ lacks {}.rs", document.module));
        assert!(
            String::from_utf8_lossy(code).contains("pub struct Client"),
            "generated/{}.rs is not a generated client",
            document.module
        );
    }
}

fn client_dir(unpacked: &Path) -> PathBuf {
    unpacked.join(format!("exa-client-{}", env!("CARGO_PKG_VERSION")))
}

/// The requests the server read: the head of each, as text.
type Seen = Arc<Mutex<Vec<String>>>;

/// Answers every request with `DELETED` until `stop` is set.
fn serve(listener: TcpListener, seen: Seen, stop: Arc<AtomicBool>) {
    listener.set_nonblocking(true).unwrap();
    while !stop.load(Ordering::Relaxed) {
        match listener.accept() {
            Ok((stream, _)) => answer(stream, &seen),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("accept: {e}"),
        }
    }
}

fn answer(mut stream: TcpStream, seen: &Seen) {
    stream.set_nonblocking(false).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    seen.lock()
        .unwrap()
        .push(String::from_utf8_lossy(&head).into_owned());
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{DELETED}",
        DELETED.len()
    );
    let _ = stream.write_all(response.as_bytes());
}

/// A crate outside the workspace on the exa-client in `client` with `features` (and no
/// default ones), on the unpacked exa-spec, and on the unpacked exa-build-tools for the feature
/// `generate`.
fn dependent_manifest(client: &Path, features: &[&str]) -> String {
    manifest(PACKAGED, client, features, Some(unpacked()))
}

/// The name of the crate on the packaged client; its binary has the same name.
const PACKAGED: &str = "exa-package-dependent";
/// The name of the crate on the checked-out client.
const CHECKED_OUT: &str = "exa-checkout-dependent";

/// The manifest of crate `name` (outside any workspace) on the exa-client in `client`, and on
/// the exa-spec and exa-build-tools unpacked in `packages` in place of crates.io's.
fn manifest(name: &str, client: &Path, features: &[&str], packages: Option<&Path>) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let patch = match packages {
        // The packaged exa-client asks crates.io for exa-spec and exa-build-tools; the packaged
        // ones answer.
        Some(dir) => format!(
            "[patch.crates-io]\nexa-spec = {{ path = {:?} }}\nexa-build-tools = {{ path = {:?} }}\n",
            dir.join(format!("exa-spec-{version}"))
                .display()
                .to_string(),
            dir.join(format!("exa-build-tools-{version}"))
                .display()
                .to_string(),
        ),
        None => String::new(),
    };
    format!(
        r#"[package]
name = "{name}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
exa-client = {{ path = {client:?}, default-features = false, features = {features:?} }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}

{patch}
# Not part of the exa-client workspace.
[workspace]

[profile.dev.package."*"]
debug = false
"#,
        client = client.display().to_string(),
    )
}

/// Writes the dependent crate on the packaged client in `target/package-test/<name>` and runs
/// `cargo <command>` on it: `build` for a binary the test runs, `check` for one that only has
/// to compile (the build script runs and every type is checked, no code is generated).
fn dependent(name: &str, client: &Path, features: &[&str], command: &str) -> (PathBuf, Output) {
    build_crate(
        &package_dir().join(name),
        &dependent_manifest(client, features),
        command,
    )
}

/// Writes a crate with `manifest` and [`DEPENDENT_MAIN`] in `crate_dir` and runs `cargo
/// <command>` on it in the nested target directory.
fn build_crate(crate_dir: &Path, manifest: &str, command: &str) -> (PathBuf, Output) {
    let crate_dir = crate_dir.to_path_buf();
    let name = crate_dir
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    write_if_changed(&crate_dir.join("Cargo.toml"), manifest);
    write_if_changed(&crate_dir.join("src/main.rs"), DEPENDENT_MAIN);
    // The workspace's versions, so that `--offline` finds them all in cargo's cache; cargo
    // drops the entries this crate does not use.
    std::fs::copy(workspace().join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
    let started = Instant::now();
    let build = cargo(&crate_dir, &[command]);
    eprintln!(
        "{name}: cargo {command} took {:.1} s",
        started.elapsed().as_secs_f64()
    );
    (crate_dir, build)
}

fn cargo(crate_dir: &Path, args: &[&str]) -> Output {
    nested_cargo(crate_dir)
        .args(args)
        .args(["--offline", "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .output()
        .expect("cargo runs")
}

/// Fails when the generator is in the build graph of the crate in `crate_dir`.
fn assert_no_generator(crate_dir: &Path) {
    let tree = cargo(
        crate_dir,
        &["tree", "-e", "normal,build", "--prefix", "none"],
    );
    assert!(
        tree.status.success(),
        "cargo tree failed:\n{}",
        String::from_utf8_lossy(&tree.stderr)
    );
    let tree = String::from_utf8_lossy(&tree.stdout);
    for generator in [
        "exa-build-tools",
        "progenitor-impl",
        "typify-impl",
        "openapiv3",
    ] {
        assert!(
            !tree.contains(generator),
            "{generator} is in the dependent's build graph:\n{tree}"
        );
    }
}

const DEPENDENT_MAIN: &str = r#"#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).expect("usage: DEPENDENT BASE_URL");
    let exa = exa_client::Exa::builder().api_key("k").base_url(url).build()?;
    let deleted = exa.agent().delete("agent_run_abc").await?;
    println!("{deleted:?}");
    Ok(())
}
"#;

#[test]
fn a_crate_outside_the_workspace_deletes_a_run_with_the_packaged_client() {
    if skipped("a_crate_outside_the_workspace_deletes_a_run_with_the_packaged_client") {
        return;
    }
    let client = client_dir(unpacked());
    let (crate_dir, build) = dependent("dependent", &client, &["agent"], "build");
    assert!(
        build.status.success(),
        "cargo build of the dependent crate failed ({}):\n{}",
        build.status,
        String::from_utf8_lossy(&build.stderr)
    );
    assert_no_generator(&crate_dir);
    deletes_a_run(PACKAGED);
}

/// Runs the binary of the dependent crate `name` against a loopback server: one DELETE of the
/// run, with the key and the Agent API's beta header, and the answer printed.
fn deletes_a_run(name: &str) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Seen::default();
    let stop = Arc::new(AtomicBool::new(false));
    let server = {
        let (seen, stop) = (seen.clone(), stop.clone());
        std::thread::spawn(move || serve(listener, seen, stop))
    };
    let binary = nested_target()
        .join("debug")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let run = Command::new(&binary)
        .arg(&url)
        .output()
        .expect("the dependent crate's binary runs");
    stop.store(true, Ordering::Relaxed);
    server.join().unwrap();
    assert!(
        run.status.success(),
        "the dependent crate exited with {}:\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1, "one request, no retry: {seen:#?}");
    let head = &seen[0];
    let mut lines = head.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("DELETE /agent/runs/agent_run_abc HTTP/1.1")
    );
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(header("x-api-key"), Some("k"), "{head}");
    assert_eq!(
        header("exa-beta"),
        None,
        "the Agent document has no default token: {head}"
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("agent_run_abc"), "{stdout}");
}

#[test]
fn a_packaged_client_whose_document_was_edited_builds_only_with_the_feature_generate() {
    if skipped("a_packaged_client_whose_document_was_edited_builds_only_with_the_feature_generate")
    {
        return;
    }
    let edited = package_dir().join("edited");
    sync(unpacked(), &edited);
    let client = client_dir(&edited);
    let document = client.join("openapi/exa-agent.yaml");
    let mut text = std::fs::read_to_string(&document).unwrap();
    text.push_str("\n# edited after packaging\n");
    write_if_changed(&document, text);

    // `build`, as the dependent above: its dependencies are compiled already.
    let (_, refused) = dependent("dependent-edited", &client, &["agent"], "build");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "the stale build succeeded");
    assert!(
        stderr.contains("exa-agent.yaml is not the document the packaged code was generated from")
            && stderr.contains("feature `generate`"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("error["),
        "a rustc error instead of the message:\n{stderr}"
    );

    let (_, built) = dependent("dependent-edited", &client, &["agent", "generate"], "check");
    assert!(
        built.status.success(),
        "with `generate` the edited package does not build:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );

    // A document the build leaves out may differ: none of its code is compiled.
    sync(unpacked(), &edited);
    let search = client.join("openapi/exa-search.yaml");
    let mut text = std::fs::read_to_string(&search).unwrap();
    text.push_str("\n# edited after packaging\n");
    write_if_changed(&search, text);
    let (_, agent_only) = dependent("dependent-edited", &client, &["agent"], "build");
    assert!(
        agent_only.status.success(),
        "an edited Search document stops a build of the Agent module alone:\n{}",
        String::from_utf8_lossy(&agent_only.stderr)
    );
}

/// What refreshes `client/generated/` after a document changed.
const REFRESH: &str = "cargo build-tools snapshot openapi client/generated";

#[test]
fn the_committed_generated_code_is_what_the_documents_generate_now() {
    let fresh = workspace().join("target/generated-now");
    exa_build_tools::modules::snapshot(&workspace().join("openapi"), &fresh)
        .expect("every document generates");
    let fresh = files(&fresh);
    let committed = files(&workspace().join("client/generated"));
    let differing: Vec<String> = fresh
        .keys()
        .chain(committed.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|name| fresh.get(*name) != committed.get(*name))
        .map(
            |name| match (fresh.contains_key(name), committed.contains_key(name)) {
                (true, false) => format!("{} (missing)", name.display()),
                (false, true) => format!("{} (no longer generated)", name.display()),
                _ => format!("{} (differs)", name.display()),
            },
        )
        .collect();
    assert!(
        differing.is_empty(),
        "client/generated/ is not what openapi/ generates now: {}. Run `{REFRESH}` and commit \
         client/generated/.",
        differing.join(", ")
    );
}

/// The committed tree, as a fresh clone has it (`git archive HEAD`: no untracked, ignored or
/// uncommitted file), in `target/checkout/tree`; unpacked file by file, so that an unchanged
/// file keeps its time stamp and a rerun rebuilds nothing. None, saying why, when the workspace
/// is not a git checkout (outside CI, where that is an error).
fn checkout() -> Option<PathBuf> {
    let dir = workspace().join("target/checkout");
    let staging = dir.join("staging");
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).unwrap();
    let archive = dir.join("head.tar");
    let git = Command::new("git")
        .arg("-C")
        .arg(workspace())
        .args(["archive", "--format=tar", "-o"])
        .arg(&archive)
        .arg("HEAD")
        .output();
    match git {
        Ok(out) if out.status.success() => {}
        other => {
            let why = match other {
                Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_string(),
                Err(e) => format!("git: {e}"),
            };
            assert!(
                !in_ci(),
                "`git archive HEAD` of the workspace failed: {why}"
            );
            eprintln!("SKIPPED: the workspace is not a git checkout ({why})");
            return None;
        }
    }
    let status = Command::new("tar")
        .arg("-xf")
        .arg(&archive)
        .arg("-C")
        .arg(&staging)
        .status()
        .expect("tar runs");
    assert!(status.success(), "tar -xf {} failed", archive.display());
    let tree = dir.join("tree");
    sync(&staging, &tree);
    Some(tree)
}

#[test]
fn a_crate_on_a_fresh_checkout_with_the_agent_feature_alone_builds_without_the_generator() {
    if skipped(
        "a_crate_on_a_fresh_checkout_with_the_agent_feature_alone_builds_without_the_generator",
    ) {
        return;
    }
    let Some(tree) = checkout() else {
        return;
    };
    let manifest = manifest(CHECKED_OUT, &tree.join("client"), &["agent"], None);
    let (crate_dir, build) = build_crate(
        &workspace().join("target/checkout").join(CHECKED_OUT),
        &manifest,
        "build",
    );
    assert!(
        build.status.success(),
        "cargo build of a crate on the checked-out client failed ({}):\n{}",
        build.status,
        String::from_utf8_lossy(&build.stderr)
    );
    assert_no_generator(&crate_dir);
    deletes_a_run(CHECKED_OUT);
}
