//! The command table of every document, as the build script wrote it
//! (`exa_build_tools::commands`, into `OUT_DIR/commands.json`): read once, kept for the life
//! of the process.

use std::sync::OnceLock;

use serde::Deserialize;

/// The table the build wrote, from the same documents as the client.
const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/commands.json"));

/// The commands of one document.
#[derive(Debug, Deserialize)]
pub struct Document {
    /// The module, and the command: `agent`, `search`, `websets`.
    pub module: String,
    /// The file in `openapi/`.
    pub file: String,
    /// One line: the document's title.
    pub about: String,
    /// Every operation, in document order.
    pub operations: Vec<Operation>,
}

/// One operation.
#[derive(Debug, Deserialize)]
pub struct Operation {
    /// The operationId.
    pub id: String,
    /// The command: the operationId in kebab case.
    pub name: String,
    /// One line.
    pub summary: String,
    /// The description, for `--help`.
    pub description: Option<String>,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template.
    pub path: String,
    /// Path parameters (in template order), then query and header parameters.
    pub params: Vec<Flag>,
    /// The request body.
    pub body: Option<Body>,
    /// Whether a success may be `text/event-stream`.
    pub stream: bool,
}

/// A request body.
#[derive(Debug, Deserialize)]
pub struct Body {
    /// Whether the document requires it.
    pub required: bool,
    /// Its media type.
    pub content_type: String,
    /// The top-level fields of a JSON object body.
    pub fields: Vec<Flag>,
}

/// A parameter or body field.
#[derive(Debug, Deserialize)]
pub struct Flag {
    /// The name in the document.
    pub name: String,
    /// The flag, in kebab case.
    pub flag: String,
    /// `path`, `query`, `header` or `body`.
    pub location: String,
    /// `string`, `integer`, `number`, `boolean` or `json`.
    pub kind: String,
    /// Repeatable (an array of scalars).
    pub list: bool,
    /// Required by the document.
    pub required: bool,
    /// One line of description.
    pub help: Option<String>,
    /// The values an enum allows.
    pub values: Vec<String>,
}

/// Every document's commands. The table is written by the build script, so it always parses;
/// an empty list stands in for one that would not.
pub fn documents() -> &'static [Document] {
    static DOCUMENTS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCUMENTS.get_or_init(|| serde_json::from_str(TABLE).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_of_the_build_parses_and_holds_every_vendored_document() {
        let modules: Vec<&str> = documents().iter().map(|d| d.module.as_str()).collect();
        for module in ["agent", "search", "websets"] {
            assert!(modules.contains(&module), "{modules:?}");
        }
        let agent = documents().iter().find(|d| d.module == "agent").unwrap();
        let delete = agent
            .operations
            .iter()
            .find(|o| o.id == "deleteAgentRun")
            .expect("deleteAgentRun");
        assert_eq!(
            (delete.name.as_str(), delete.method.as_str()),
            ("delete-agent-run", "DELETE")
        );
    }
}
