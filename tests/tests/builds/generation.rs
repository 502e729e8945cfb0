//! What a user of `exa-build-tools` sees: every operation of a spec becomes one client method,
//! a change to the spec changes the code, a construct that cannot be mapped is an error that
//! says where it is (never a panic). `check`, the command, is tested with
//! the binary in `build-tools/tests/check.rs`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use exa_build_tools::{Error, build_client, load};
use exa_client_tests::workspace;
use serde_json::{Value, json};

/// HTTP methods of an OpenAPI path item, in the order the spec lists them.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `build_client` swaps the process-wide panic hook while progenitor runs and restores the one
/// it found; two calls at once can leave its silent hook installed for good, which would hide
/// the message of every later failing assertion. The tests of this file take turns.
static GENERATOR: Mutex<()> = Mutex::new(());

fn generate(spec: &Path) -> Result<String, Error> {
    let _turn = GENERATOR.lock().unwrap_or_else(|e| e.into_inner());
    build_client(spec).map(|(generated, _)| generated.code)
}

/// The Agent document with its one seed operation, `deleteAgentRun`: the base the tests edit.
fn seed_spec() -> PathBuf {
    workspace().join("tests/fixtures/exa-agent-seed.yaml")
}

/// The whole Agent document the client is built from.
fn vendored_spec() -> PathBuf {
    workspace().join("openapi/exa-agent.yaml")
}

/// A fresh directory for one test's edited specs.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("generation")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `doc` as JSON (which `load` reads like YAML) under `dir`.
fn write_spec(dir: &Path, file: &str, doc: &Value) -> PathBuf {
    let path = dir.join(file);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path
}

/// The operationIds under `paths` (webhooks are not client operations).
fn operation_ids(spec: &Path) -> Vec<String> {
    let doc = load(spec).unwrap_or_else(|e| panic!("{e}"));
    let paths = doc["paths"].as_object().expect("`paths` is a mapping");
    paths
        .values()
        .flat_map(|item| METHODS.iter().filter_map(move |m| item.get(*m)))
        .map(|op| {
            op["operationId"]
                .as_str()
                .expect("every operation has an operationId")
                .to_string()
        })
        .collect()
}

/// `getAgentRun` -> `get_agent_run`, `get-team.usage` -> `get_team_usage`.
fn snake_case(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let boundary =
                prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The operation methods of the generated `Client` (`pub fn x(&self) -> builder::X<'_>`).
/// The signature may span lines when the name is long.
fn client_methods(code: &str) -> Vec<&str> {
    code.split("pub fn ")
        .skip(1)
        .filter_map(|rest| {
            let signature = &rest[..rest.find('{')?];
            let (name, params) = signature.split_once('(')?;
            let takes_self_only = params.split(')').next()?.trim().trim_end_matches(',') == "&self";
            (takes_self_only && signature.contains("-> builder::")).then_some(name)
        })
        .collect()
}

/// The generated `pub mod spec`, where the facade reads its facts.
fn spec_module(code: &str) -> &str {
    let start = code
        .find("pub mod spec {")
        .expect("the generated code has a `spec` module");
    &code[start..]
}

fn assert_one_method_per_operation(spec: &Path, expected: usize) {
    let ids = operation_ids(spec);
    assert_eq!(
        ids.len(),
        expected,
        "{}: operations in the spec: {ids:?}",
        spec.display()
    );
    let code = generate(spec).unwrap_or_else(|e| panic!("{e}"));
    for id in &ids {
        let needle = format!("pub fn {}(", snake_case(id));
        assert_eq!(
            code.matches(&needle).count(),
            1,
            "{}: `{needle}` for operation {id}",
            spec.display()
        );
    }
    let methods = client_methods(&code);
    assert_eq!(
        methods.len(),
        ids.len(),
        "{}: client methods {methods:?} vs operations {ids:?}",
        spec.display()
    );
    let table = spec_module(&code);
    assert_eq!(
        table.matches("rust_name: Borrowed(\"").count(),
        ids.len(),
        "{}: entries of spec::DOCUMENT.operations",
        spec.display()
    );
}

#[test]
fn vendored_spec_generates_one_method_per_operation() {
    assert_one_method_per_operation(&vendored_spec(), 7);
}

#[test]
fn seed_spec_generates_one_method_per_operation() {
    assert_one_method_per_operation(&seed_spec(), 1);
}

#[test]
fn every_document_in_openapi_generates_one_method_per_operation() {
    for file in ["exa-search.yaml", "exa-websets.yaml"] {
        let spec = workspace().join("openapi").join(file);
        let expected = operation_ids(&spec).len();
        assert!(expected > 0, "{file}: no operations");
        assert_one_method_per_operation(&spec, expected);
    }
}

#[test]
fn full_agent_fixture_generates_one_method_per_operation() {
    assert_one_method_per_operation(&workspace().join("tests/fixtures/exa-agent-full.yaml"), 13);
}

#[test]
fn search_api_fixture_generates_one_method_per_operation() {
    assert_one_method_per_operation(&workspace().join("tests/fixtures/search-api.yaml"), 15);
}

#[test]
fn snake_case_matches_the_generated_names() {
    assert_eq!(snake_case("deleteAgentRun"), "delete_agent_run");
    assert_eq!(snake_case("getContents"), "get_contents");
    assert_eq!(snake_case("search"), "search");
    assert_eq!(snake_case("getHTTPStatus"), "get_http_status");
    assert_eq!(snake_case("get-team.usage"), "get_team_usage");
}

#[test]
fn a_new_operation_in_the_spec_becomes_a_new_method() {
    let dir = scratch("new-operation");
    let original_spec = dir.join("original.yaml");
    std::fs::copy(seed_spec(), &original_spec).unwrap();
    let original = generate(&original_spec).unwrap_or_else(|e| panic!("{e}"));
    assert!(!original.contains("pub fn get_agent_run("));
    assert!(!original.contains(r#"id: Borrowed("getAgentRun")"#));

    let mut doc = load(&original_spec).unwrap();
    let item = &mut doc["paths"]["/agent/runs/{id}"];
    let mut get = item["delete"].clone();
    let op = get.as_object_mut().unwrap();
    op.remove("x-codeSamples");
    op.insert("operationId".into(), json!("getAgentRun"));
    op.insert("summary".into(), json!("Get a run"));
    item.as_object_mut().unwrap().insert("get".into(), get);
    let edited_spec = write_spec(&dir, "edited.yaml", &doc);

    let edited = generate(&edited_spec).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(edited.matches("pub fn get_agent_run(").count(), 1);
    assert_eq!(edited.matches("pub fn delete_agent_run(").count(), 1);
    let table = spec_module(&edited);
    let entry = table
        .find(r#"id: Borrowed("getAgentRun")"#)
        .map(|at| &table[at..])
        .expect("spec::DOCUMENT lists getAgentRun");
    let entry = &entry[..entry.find("path_params").unwrap_or(entry.len())];
    assert!(
        entry.contains(r#"rust_name: Borrowed("get_agent_run")"#),
        "{entry}"
    );
    assert!(entry.contains(r#"method: Borrowed("GET")"#), "{entry}");
    assert!(
        entry.contains(r#"path: Borrowed("/agent/runs/{id}")"#),
        "{entry}"
    );
}

#[test]
fn the_beta_token_of_the_spec_is_the_default() {
    let dir = scratch("beta");
    let original = generate(&seed_spec()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        original.contains(r#"beta_tokens: Borrowed(&[Borrowed("agent-2026-05-07")]),"#),
        "{}",
        spec_module(&original)
    );
    assert!(
        original.contains("beta: true,"),
        "{}",
        spec_module(&original)
    );

    let mut doc = load(&seed_spec()).unwrap();
    doc["components"]["parameters"]["ExaBetaHeader"]["schema"]["enum"] =
        json!(["agent-2027-01-01"]);
    let newer = generate(&write_spec(&dir, "newer-beta.yaml", &doc)).unwrap();
    assert!(
        newer.contains(r#"beta_tokens: Borrowed(&[Borrowed("agent-2027-01-01")]),"#),
        "{}",
        spec_module(&newer)
    );
    assert!(!newer.contains("agent-2026-05-07"));

    let mut doc = load(&seed_spec()).unwrap();
    doc["components"]["parameters"]
        .as_object_mut()
        .unwrap()
        .remove("ExaBetaHeader");
    let params = doc["paths"]["/agent/runs/{id}"]["delete"]["parameters"]
        .as_array_mut()
        .unwrap();
    params.retain(|p| p.get("$ref") != Some(&json!("#/components/parameters/ExaBetaHeader")));
    assert_eq!(params.len(), 1, "only the path parameter is left");
    let none = generate(&write_spec(&dir, "no-beta.yaml", &doc)).unwrap();
    assert!(
        none.contains("beta_tokens: Borrowed(&[]),"),
        "{}",
        spec_module(&none)
    );
    assert!(
        none.contains("beta: false,") && !none.contains("beta: true,"),
        "{}",
        spec_module(&none)
    );
}

/// Runs `build_client` on an edited copy of the seed spec and returns its error, checking
/// that it did not panic.
fn refused(name: &str, edit: impl FnOnce(&mut Value)) -> (PathBuf, Error) {
    let dir = scratch(&format!("refused-{name}"));
    let mut doc = load(&seed_spec()).unwrap();
    edit(&mut doc);
    let spec = write_spec(&dir, "exa-agent.yaml", &doc);
    let outcome = std::panic::catch_unwind(|| generate(&spec));
    match outcome {
        Err(_) => panic!("{name}: build_client panicked"),
        Ok(Ok(_)) => panic!("{name}: build_client accepted the spec"),
        Ok(Err(error)) => (spec, error),
    }
}

fn assert_names(spec: &Path, error: &Error, pointer: &str, construct: &str) {
    assert!(
        matches!(error, Error::Unsupported { .. }),
        "an unsupported construct, not {error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&spec.display().to_string()),
        "names the file:\n{message}"
    );
    assert!(message.contains(pointer), "names {pointer}:\n{message}");
    assert!(
        message.contains(construct),
        "names the construct {construct}:\n{message}"
    );
}

#[test]
fn a_false_schema_is_an_error_at_its_pointer() {
    let (spec, error) = refused("false-schema", |doc| {
        doc["components"]["schemas"]["DeleteAgentRunResponse"]["properties"]["x"] = json!(false);
    });
    assert_names(
        &spec,
        &error,
        "#/components/schemas/DeleteAgentRunResponse/properties/x",
        "`false` schema",
    );
}

#[test]
fn an_openapi_2_document_is_an_error_at_its_version() {
    let (spec, error) = refused("version-2", |doc| doc["openapi"] = json!("2.0"));
    assert_names(&spec, &error, "#/openapi", "OpenAPI `2.0` is not supported");

    // YAML reads an unquoted `openapi: 2.0` as a number.
    let dir = scratch("version-2-unquoted");
    let text = std::fs::read_to_string(seed_spec()).unwrap();
    assert!(text.starts_with("openapi: 3.1.0\n"));
    let spec = dir.join("exa-agent.yaml");
    std::fs::write(&spec, text.replacen("openapi: 3.1.0", "openapi: 2.0", 1)).unwrap();
    let outcome = std::panic::catch_unwind(|| generate(&spec));
    let error = match outcome {
        Ok(Err(error)) => error,
        Ok(Ok(_)) => panic!("an OpenAPI 2.0 document was accepted"),
        Err(_) => panic!("build_client panicked"),
    };
    assert_names(&spec, &error, "#/openapi", "version");
}

#[test]
fn a_duplicate_operation_id_is_an_error_at_the_second_operation() {
    let (spec, error) = refused("duplicate-operation-id", |doc| {
        let delete = doc["paths"]["/agent/runs/{id}"]["delete"].clone();
        doc["paths"]
            .as_object_mut()
            .unwrap()
            .insert("/agent/runs/{id}/copy".into(), json!({ "post": delete }));
    });
    assert_names(
        &spec,
        &error,
        "#/paths/~1agent~1runs~1{id}~1copy/post",
        "operationId `deleteAgentRun` is already used at #/paths/~1agent~1runs~1{id}/delete",
    );
}

#[test]
fn every_unmappable_construct_is_reported_together() {
    let (spec, error) = refused("several", |doc| {
        doc["openapi"] = json!("2.0");
        doc["components"]["schemas"]["AgentError"]["properties"]["x"] = json!(false);
    });
    let Error::Unsupported { problems, .. } = &error else {
        panic!("an unsupported construct, not {error:?}");
    };
    assert_eq!(problems.len(), 2, "{error}");
    assert_names(&spec, &error, "#/openapi", "version");
    assert_names(
        &spec,
        &error,
        "#/components/schemas/AgentError/properties/x",
        "boolean-schema",
    );
}

/// Constructs progenitor itself refuses (it panics or asserts on them): the error names the
/// file and what progenitor said, and the build does not panic.
#[test]
fn constructs_progenitor_refuses_are_errors_not_panics() {
    let cases: Vec<(&str, Value)> = vec![
        (
            "dangling-ref",
            json!({"$ref": "#/components/schemas/Missing"}),
        ),
        ("external-ref", json!({"$ref": "other.yaml#/X"})),
        ("not", json!({"not": {"type": "string"}})),
        ("misspelled-type", json!({"type": "strng"})),
        ("mixed-enum", json!({"enum": ["a", 1]})),
    ];
    for (name, schema) in cases {
        let (spec, error) = refused(name, |doc| {
            doc["components"]["schemas"]["DeleteAgentRunResponse"]["properties"]["x"] = schema;
        });
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("{}: ", spec.display())),
            "{name}: names the file:\n{message}"
        );
        let pointer = "#/components/schemas/DeleteAgentRunResponse/properties/x";
        assert!(
            message.contains(pointer),
            "{name}: names the pointer:\n{message}"
        );
        if matches!(error, Error::Failed { .. }) {
            assert_eq!(message.lines().count(), 1, "{name}: one line:\n{message}");
        }
    }
}

#[test]
fn a_progenitor_panic_in_a_component_names_the_component_and_no_operation() {
    let (spec, error) = refused("panic-in-component", |doc| {
        doc["components"]["schemas"]["Unused"] = json!({"type": "object", "properties": {"ok": {"type": "string"}, "mixed": {"enum": [true, "a"]}}});
    });
    assert_eq!(
        error.to_string(),
        format!(
            "{}: operation (none) schema #/components/schemas/Unused/properties/mixed: progenitor panicked: \
             multiple implied types for an un-typed enum {{Boolean, String}} [Bool(true), String(\"a\")]",
            spec.display()
        )
    );
}

#[test]
fn no_document_can_take_the_name_of_a_module_of_the_client() {
    let lib = std::fs::read_to_string(workspace().join("client/src/lib.rs")).unwrap();
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ").or(l.strip_prefix("mod ")))
        .filter_map(|rest| rest.split([';', ' ']).next())
        .collect();
    assert!(
        modules.contains(&"search_api") && modules.contains(&"documents"),
        "{modules:?}"
    );
    for module in modules {
        let file = format!("{module}.yaml");
        let refused = exa_build_tools::modules::module_name(Path::new(&file));
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("taken")),
            "a document named {file} would become a second `{module}`: {refused:?}"
        );
    }
}
