//! The name progenitor gave each operation's method, read from its own output.
//!
//! The hooks learn which operation a request belongs to from `OperationInfo::operation_id`,
//! the method's name. progenitor derives it with a private function; reading it back from the
//! generated `impl Client` (each method's doc says "Sends a `METHOD` request to `PATH`") keeps
//! the table right across progenitor versions, and a change in that output fails the build
//! instead of silently leaving requests unmatched.

use std::collections::BTreeMap;

use syn::{Attribute, Expr, ImplItem, Item, Lit, Meta};

/// Method names by (upper-case HTTP method, path template).
pub type Methods = BTreeMap<(String, String), String>;

/// The operation methods of the generated `impl Client` blocks.
pub fn operation_methods(file: &syn::File) -> Methods {
    let mut methods = Methods::new();
    for item in &file.items {
        let Item::Impl(block) = item else { continue };
        let is_client = block.trait_.is_none()
            && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client {
            continue;
        }
        for item in &block.items {
            let ImplItem::Fn(method) = item else { continue };
            if let Some(key) = sends(&method.attrs) {
                methods.insert(key, method.sig.ident.to_string());
            }
        }
    }
    methods
}

/// The method and path of "Sends a `DELETE` request to `/agent/runs/{id}`" in the docs.
fn sends(attrs: &[Attribute]) -> Option<(String, String)> {
    let docs: String = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(s) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let rest = &docs[docs.find("Sends a `")? + "Sends a `".len()..];
    let (method, rest) = rest.split_once("` request to `")?;
    let (path, _) = rest.split_once('`')?;
    Some((method.to_string(), path.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_method_is_found_by_the_request_its_docs_describe() {
        let file: syn::File = syn::parse_quote! {
            impl Client {
                #[doc = "Delete a run\n\nSends a `DELETE` request to `/agent/runs/{id}`\n"]
                pub fn delete_agent_run(&self) -> builder::DeleteAgentRun<'_> { todo!() }
                pub fn undocumented(&self) {}
            }
            impl ClientInfo<()> for Client {
                #[doc = "Sends a `GET` request to `/elsewhere`"]
                fn baseurl(&self) -> &str { todo!() }
            }
        };
        let methods = super::operation_methods(&file);
        assert_eq!(methods.len(), 1);
        assert_eq!(
            methods[&("DELETE".to_string(), "/agent/runs/{id}".to_string())],
            "delete_agent_run"
        );
    }
}
