//! JSON pointers (RFC 6901) for notes and `$ref`s.

/// Appends one reference token to a pointer.
pub fn join(base: &str, token: &str) -> String {
    format!("{base}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// The JSON pointer of a serde path (`paths./a.get` becomes `/paths/~1a/get`).
pub fn from_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .fold(String::new(), |ptr, segment| match segment {
            Segment::Seq { index } => join(&ptr, &index.to_string()),
            Segment::Map { key } => join(&ptr, key),
            Segment::Enum { .. } | Segment::Unknown => ptr,
        })
}

/// The component schema name a local `$ref` points at, if it is one.
pub fn schema_ref_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_escaped() {
        assert_eq!(
            join("#/paths", "/agent/runs/{id}"),
            "#/paths/~1agent~1runs~1{id}"
        );
        assert_eq!(join("", "a~b"), "/a~0b");
    }

    #[test]
    fn serde_paths_become_pointers() {
        let doc = serde_json::json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {}, "tags": [{"name": "a"}, {"name": 7}]});
        let error = serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&doc)
            .expect_err("a tag's name is a string");
        assert_eq!(from_path(error.path()), "/tags/1/name");
    }

    #[test]
    fn only_component_schema_refs_have_names() {
        assert_eq!(schema_ref_name("#/components/schemas/X"), Some("X"));
        assert_eq!(schema_ref_name("#/components/parameters/X"), None);
    }
}
