//! Error responses leave the client's document before progenitor sees it: every error status
//! then reaches the facade as the raw response, which it reads by the schema the document
//! declares (kept in the operation table), so that an error body of an unexpected shape is still
//! reported, never a decoding failure that hides the status.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr, Response, StatusCode};

use crate::pointer::schema_ref_name;

pub use exa_spec::{ErrorBody, Status};

/// The error bodies of every operation, by (upper-case method, path template).
pub type Table = BTreeMap<(String, String), Vec<ErrorBody>>;

/// Removes the error responses of every operation (4xx, 5xx, and `default` beside a success)
/// and returns what they declared.
pub fn strip(spec: &mut OpenAPI) -> Table {
    let components = spec
        .components
        .as_ref()
        .map(|c| c.responses.clone())
        .unwrap_or_default();
    let schema_of = |response: &ReferenceOr<Response>| {
        let response = match response {
            ReferenceOr::Item(r) => Some(r),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/responses/")
                .and_then(|name| components.get(name))
                .and_then(ReferenceOr::as_item),
        }?;
        let (_, media) = response
            .content
            .iter()
            .find(|(media, _)| media.contains("json"))?;
        match media.schema.as_ref()? {
            ReferenceOr::Reference { reference } => schema_ref_name(reference).map(String::from),
            ReferenceOr::Item(_) => None,
        }
    };
    let mut table = Table::new();
    for (path, method, op) in crate::walk::operations_mut(spec) {
        let responses = &mut op.responses;
        let mut errors = Vec::new();
        responses.responses.retain(|status, response| {
            let status = match *status {
                StatusCode::Code(code) if code >= 400 => Status::Code(code),
                StatusCode::Range(range) if range >= 4 => Status::Range(range),
                _ => return true,
            };
            errors.push(ErrorBody {
                status,
                schema: schema_of(response).map(Into::into),
            });
            false
        });
        let has_success = responses.responses.keys().any(|status| match status {
            StatusCode::Code(code) => *code < 400,
            StatusCode::Range(range) => *range < 4,
        });
        if has_success && let Some(default) = responses.default.take() {
            errors.push(ErrorBody {
                status: Status::Default,
                schema: schema_of(&default).map(Into::into),
            });
        }
        table.insert((method.to_ascii_uppercase(), path.to_string()), errors);
    }
    table
}
