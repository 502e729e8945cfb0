use std::path::Path;

use serde_json::Value;

use crate::Error;

/// Reads a spec file as YAML (a superset of JSON) into a JSON value, keeping key order so that
/// generated code follows the document.
pub fn load(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text).map_err(|message| Error::Parse {
        path: path.to_path_buf(),
        message,
    })
}

fn parse(text: &str) -> Result<Value, String> {
    let value: Value = serde_norway::from_str(text).map_err(|e| e.to_string())?;
    if value.is_object() {
        Ok(value)
    } else {
        Err("the top level is not a mapping".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn yaml_and_json_parse_alike() {
        let yaml = parse("openapi: 3.1.0\ninfo: {title: t}\n").unwrap();
        let json = parse(r#"{"openapi": "3.1.0", "info": {"title": "t"}}"#).unwrap();
        assert_eq!(yaml, json);
    }

    #[test]
    fn a_scalar_document_is_refused() {
        assert!(parse("just a string").is_err());
    }

    #[test]
    fn broken_yaml_reports_a_position() {
        let err = parse("openapi: [3.1.0\n").unwrap_err();
        assert!(err.contains("line"), "{err}");
    }
}
