//! JSON pointers (RFC 6901) for notes and `$ref`s.

/// Appends one reference token to a pointer.
pub fn join(base: &str, token: &str) -> String {
    format!("{base}/{}", token.replace('~', "~0").replace('/', "~1"))
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
    fn only_component_schema_refs_have_names() {
        assert_eq!(schema_ref_name("#/components/schemas/X"), Some("X"));
        assert_eq!(schema_ref_name("#/components/parameters/X"), None);
    }
}
