//! Headers the generated code sends that no Exa document declares: progenitor adds
//! `api-version: <info.version>` to every request (its PR #1120), which the API neither reads
//! nor documents. The statement is removed from every operation.

use syn::visit_mut::VisitMut;
use syn::{Block, Expr, ExprLit, File, Lit, Stmt};

/// Removes each `header_map.append(HeaderName::from_static("api-version"), ..)` statement.
pub fn drop_api_version(file: &mut File) {
    DropApiVersion.visit_file_mut(file);
}

struct DropApiVersion;

impl VisitMut for DropApiVersion {
    fn visit_block_mut(&mut self, block: &mut Block) {
        block.stmts.retain(|stmt| !appends_api_version(stmt));
        syn::visit_mut::visit_block_mut(self, block);
    }
}

fn appends_api_version(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::MethodCall(call), _) = stmt else {
        return false;
    };
    call.method == "append"
        && call.args.first().is_some_and(|name| {
            let Expr::Call(from_static) = name else {
                return false;
            };
            from_static.args.iter().any(|arg| {
                matches!(arg, Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) if s.value() == "api-version")
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_version_header_is_no_longer_appended() {
        let mut file: File = syn::parse_quote! {
            fn send() {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                header_map.append(::reqwest::header::HeaderName::from_static("accept"), value);
            }
        };
        drop_api_version(&mut file);
        let code = quote::quote!(#file).to_string();
        assert!(!code.contains("api-version"), "{code}");
        assert!(code.contains("\"accept\""), "{code}");
    }
}
