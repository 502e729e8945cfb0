//! Walking the operations of an `openapiv3` document.

use openapiv3::{OpenAPI, Operation, ReferenceOr};

/// Every operation of the document that is written in place, with its path and lower-case
/// method, in progenitor's method order; a path item given by `$ref` is skipped (the normalizer
/// has inlined local ones).
pub fn operations_mut(
    spec: &mut OpenAPI,
) -> impl Iterator<Item = (&str, &'static str, &mut Operation)> {
    spec.paths.paths.iter_mut().flat_map(|(path, item)| {
        let operations = match item {
            ReferenceOr::Item(item) => vec![
                ("get", &mut item.get),
                ("put", &mut item.put),
                ("post", &mut item.post),
                ("delete", &mut item.delete),
                ("options", &mut item.options),
                ("head", &mut item.head),
                ("patch", &mut item.patch),
                ("trace", &mut item.trace),
            ],
            ReferenceOr::Reference { .. } => Vec::new(),
        };
        operations
            .into_iter()
            .filter_map(move |(method, op)| Some((path.as_str(), method, op.as_mut()?)))
    })
}
