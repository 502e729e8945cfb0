//! Large published OpenAPI 3.1 documents of other APIs (`tests/fixtures/corpus/`, sources and
//! licenses in its README): what a user who drops such a document into `openapi/` gets. Each
//! generates one client method per operation, or fails with lines that name the file and a JSON
//! pointer, never a panic. Generation only (the client, without the mocks), to stay cheap;
//! `fixtures_compile.rs` compiles one of them as a module of `exa-client`.

use std::path::PathBuf;

use exa_build_tools::{Target, generate_module, load, normalize};
use exa_client_tests::workspace;

fn corpus(file: &str) -> PathBuf {
    workspace().join("tests/fixtures/corpus").join(file)
}

/// Generates the document's client and returns the number of operations and of client methods
/// (`pub fn x(&self) -> builder::X<'_>`), or the generator's error, checked to name the file and a
/// pointer on every line.
fn generate(file: &str) -> Result<(usize, usize), String> {
    let path = corpus(file);
    let document = load(&path).map_err(|e| e.to_string())?;
    let normalized = normalize(document.clone()).map_err(|problems| {
        exa_build_tools::Error::Unsupported {
            path: path.clone(),
            problems,
        }
        .to_string()
    })?;
    let target = Target {
        mocks: false,
        ..Target::new("corpus", file)
    };
    match generate_module(&normalized, &target) {
        Ok(generated) => {
            // prettyplease wraps a long signature over several lines, with a trailing comma.
            let code: String = generated.code.split_whitespace().collect();
            let methods = code.matches("(&self)->builder::").count()
                + code.matches("(&self,)->builder::").count();
            Ok((normalized.operations.len(), methods))
        }
        Err(error) => {
            let message = error.into_error(&path, &document).to_string();
            for line in message.lines() {
                assert!(line.starts_with(&path.display().to_string()), "{line}");
                assert!(line.contains(" #/"), "a pointer: {line}");
            }
            Err(message)
        }
    }
}

fn assert_generates(file: &str, operations: usize) {
    let (found, methods) = generate(file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found, operations, "{file}: operations");
    assert_eq!(
        methods, operations,
        "{file}: one client method per operation"
    );
}

/// It stopped with `entered unreachable code` and no pointer before the normalizer learnt
/// `enum-beside-ref` (`RoleSelectDefaultValue.type`: an enum beside `allOf: [$ref]`).
#[test]
fn discord_generates_one_method_per_operation() {
    assert_generates("discord.json", 239);
}

#[test]
fn mistral_generates_one_method_per_operation() {
    assert_generates("mistral.yaml", 169);
}

#[test]
fn resend_generates_one_method_per_operation() {
    assert_generates("resend.yaml", 103);
}

#[test]
fn letta_generates_one_method_per_operation() {
    assert_generates("letta.json", 299);
}

#[test]
fn openai_generates_one_method_per_operation() {
    assert_generates("openai.yaml", 278);
}
