//! What progenitor's httpmock generator needs beyond the client's own document and code:
//! - it names each response method after the status's reason phrase, and panics on a code that
//!   has none (498, 499): for the mocks, such a code becomes its range;
//! - it matches a query parameter with `value.to_string()`, which does not compile for an array.
//!   The client sends an array as one `name=item` pair per item (none for an empty one), so the
//!   matcher of an array requires each pair, or the parameter's absence.

use openapiv3::{
    AnySchema, Components, OpenAPI, ReferenceOr, Response, Schema, SchemaKind, StatusCode,
};
use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, ExprMethodCall, File, ImplItemFn, PathSegment, Signature};

/// The document the mocks are generated from: every status code without a reason phrase becomes
/// its range (`499` becomes `4XX`; dropped where the range is declared too, with the same body
/// type once the normalizer has merged the error bodies).
pub fn mock_document(spec: &OpenAPI) -> OpenAPI {
    let mut spec = spec.clone();
    for (_, _, op) in crate::walk::operations_mut(&mut spec) {
        let responses = std::mem::take(&mut op.responses.responses);
        for (status, response) in responses {
            let status = match status {
                StatusCode::Code(code) if !has_reason_phrase(code) => StatusCode::Range(code / 100),
                named => named,
            };
            op.responses.responses.entry(status).or_insert(response);
        }
    }
    let components = spec.components.clone();
    for (_, _, op) in crate::walk::operations_mut(&mut spec) {
        let has_success = op.responses.responses.keys().any(|status| match status {
            StatusCode::Code(code) => *code < 400,
            StatusCode::Range(range) => *range < 4,
        });
        let errors = op
            .responses
            .responses
            .iter_mut()
            .filter(|(status, _)| match status {
                StatusCode::Code(code) => *code >= 400,
                StatusCode::Range(range) => *range >= 4,
            })
            .map(|(_, response)| response)
            .chain(op.responses.default.as_mut().filter(|_| has_success));
        for response in errors {
            any_inline_error_body(response, components.as_ref());
        }
    }
    spec
}

/// The client's document has no error responses (`errors::strip`), so the types of their inline
/// schemas are not generated, and a mock naming one would not compile: the mocks answer such a
/// status with any JSON value. A body that refers to a component keeps its type.
fn any_inline_error_body(response: &mut ReferenceOr<Response>, components: Option<&Components>) {
    let mut item = match response {
        ReferenceOr::Item(item) => item.clone(),
        ReferenceOr::Reference { reference } => {
            let Some(ReferenceOr::Item(item)) = reference
                .strip_prefix("#/components/responses/")
                .and_then(|name| components?.responses.get(name))
            else {
                return;
            };
            item.clone()
        }
    };
    let mut changed = false;
    for media in item.content.values_mut() {
        if let Some(ReferenceOr::Item(_)) = media.schema {
            media.schema = Some(ReferenceOr::Item(Schema {
                schema_data: Default::default(),
                schema_kind: SchemaKind::Any(AnySchema::default()),
            }));
            changed = true;
        }
    }
    if changed {
        *response = ReferenceOr::Item(item);
    }
}

fn has_reason_phrase(code: u16) -> bool {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|status| status.canonical_reason())
        .is_some()
}

/// Rewrites the query matchers of every `When` method whose value is a `Vec`.
pub fn match_array_items(file: &mut File) {
    ArrayMatchers { active: false }.visit_file_mut(file);
}

struct ArrayMatchers {
    /// Inside a method whose value is a `Vec`.
    active: bool,
}

impl VisitMut for ArrayMatchers {
    fn visit_impl_item_fn_mut(&mut self, method: &mut ImplItemFn) {
        self.active = takes_vec(&method.sig);
        syn::visit_mut::visit_impl_item_fn_mut(self, method);
        self.active = false;
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if self.active
            && let Expr::MethodCall(call) = expr
            && let Some((when, name)) = to_string_matcher(call)
        {
            *expr = syn::parse_quote! {
                if value.is_empty() {
                    #when.query_param_missing(#name)
                } else {
                    value.iter().fold(#when, |when, item| when.query_param(#name, item.to_string()))
                }
            };
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// `when.query_param(name, value.to_string())`: its receiver and name.
fn to_string_matcher(call: &ExprMethodCall) -> Option<(&Expr, &Expr)> {
    let [name, value] = [call.args.first()?, call.args.last()?];
    let formats_value = matches!(value, Expr::MethodCall(v)
        if v.method == "to_string" && quote!(#v).to_string() == "value . to_string ()");
    (call.method == "query_param" && call.args.len() == 2 && formats_value)
        .then_some((&*call.receiver, name))
}

fn takes_vec(sig: &Signature) -> bool {
    struct FindVec(bool);
    impl Visit<'_> for FindVec {
        fn visit_path_segment(&mut self, segment: &PathSegment) {
            self.0 |= segment.ident == "Vec";
            syn::visit::visit_path_segment(self, segment);
        }
    }
    let mut find = FindVec(false);
    find.visit_signature(sig);
    find.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_error_body_is_any_value_for_the_mocks_and_a_component_keeps_its_type() {
        let doc: OpenAPI = serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"operationId": "x", "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}},
                "429": {"$ref": "#/components/responses/Limited"}}}}},
            "components": {"schemas": {"E": {"type": "object"}}, "responses": {"Limited": {
                "description": "slow down", "content": {"application/json": {"schema": {"type": "object"}}}}}}
        }))
        .unwrap();
        let mocked = serde_json::to_value(mock_document(&doc)).unwrap();
        let responses = &mocked["paths"]["/x"]["get"]["responses"];
        let schema =
            |status: &str| responses[status]["content"]["application/json"]["schema"].clone();
        assert_eq!(schema("200"), serde_json::json!({"type": "object"}));
        assert_eq!(
            schema("404"),
            serde_json::json!({"$ref": "#/components/schemas/E"})
        );
        assert_eq!(schema("429"), serde_json::json!({}));
    }

    #[test]
    fn statuses_without_a_reason_phrase_become_their_range_for_the_mocks() {
        let doc: OpenAPI = serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"operationId": "x", "responses": {
                "200": {"description": "ok"}, "404": {"description": "missing"},
                "498": {"description": "invalid token"}, "499": {"description": "cancelled"},
                "5XX": {"description": "server"}, "599": {"description": "timeout"}}}}}
        }))
        .unwrap();
        let mocked = mock_document(&doc);
        let ReferenceOr::Item(item) = &mocked.paths.paths["/x"] else {
            panic!("an inline path item")
        };
        let statuses: Vec<String> = item
            .get
            .as_ref()
            .unwrap()
            .responses
            .responses
            .keys()
            .map(ToString::to_string)
            .collect();
        assert_eq!(statuses, ["200", "404", "4XX", "5XX"]);
    }

    fn rewritten(code: &str) -> String {
        let mut file: File = syn::parse_str(code).unwrap();
        match_array_items(&mut file);
        prettyplease::unparse(&file)
    }

    #[test]
    fn array_matchers_require_each_item_and_scalars_are_left_alone() {
        let code = r#"
            impl ListWhen {
                pub fn types<'a, T>(self, value: T) -> Self
                where
                    T: Into<Option<&'a ::std::vec::Vec<types::Kind>>>,
                {
                    if let Some(value) = value.into() {
                        Self(self.0.query_param("types", value.to_string()))
                    } else {
                        Self(self.0.query_param_missing("types"))
                    }
                }
                pub fn ids(self, value: &::std::vec::Vec<::std::string::String>) -> Self {
                    Self(self.0.query_param("ids", value.to_string()))
                }
                pub fn limit<T>(self, value: T) -> Self
                where
                    T: Into<Option<::std::num::NonZeroU32>>,
                {
                    if let Some(value) = value.into() {
                        Self(self.0.query_param("limit", value.to_string()))
                    } else {
                        Self(self.0.query_param_missing("limit"))
                    }
                }
            }
        "#;
        let out = rewritten(code);
        let compact: String = out.split_whitespace().collect();
        let fold = |name: &str| {
            format!(
                "value.iter().fold(self.0,|when,item|when.query_param(\"{name}\",item.to_string())"
            )
        };
        assert!(compact.contains(&fold("types")), "{out}");
        assert!(compact.contains(&fold("ids")), "{out}");
        assert_eq!(compact.matches("ifvalue.is_empty()").count(), 2, "{out}");
        assert!(
            compact.contains("Self(self.0.query_param(\"limit\",value.to_string()))"),
            "{out}"
        );
        // The rewritten file still parses as Rust.
        syn::parse_str::<File>(&out).unwrap();
    }
}
