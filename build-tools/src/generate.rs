//! Runs progenitor on a normalized document and adds what the facade needs from the spec.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use quote::quote;
use serde_json::Value;

use crate::normalize::{Normalized, Operation};
use crate::{duplicates, mocks, open_enum};

/// The Rust source of the client module, formatted.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Code to `include!` in the client crate.
    pub code: String,
    /// Typed httpmock helpers for every operation (progenitor's `MockServerExt`, array query
    /// matchers made to compile), to include in a module beside the client; they name types as
    /// `crate::generated::types::*`.
    pub mocks: String,
}

/// The type the generated `Client` carries for the facade's hooks (retry policy, tracing).
const INNER_TYPE: &str = "crate::hooks::HookState";
/// Where the mocks find the generated `types` module.
const TYPES_PATH: &str = "crate::generated";

/// Generates the client: progenitor's code, open enums in place of closed response enums, and a
/// `spec` module with the beta tokens, the default server and the path template of every
/// operation.
pub fn generate(normalized: &Normalized) -> Result<Generated, String> {
    let spec: openapiv3::OpenAPI =
        serde_path_to_error::deserialize(&normalized.spec).map_err(|e| {
            let at = crate::pointer::from_path(e.path());
            format!(
                "the normalized document is not OpenAPI 3.0 at #{at}: {}",
                e.inner()
            )
        })?;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_inner_type(
            INNER_TYPE
                .parse::<TokenStream>()
                .map_err(|e| e.to_string())?,
        );
    let tokens = without_panics(|| Generator::new(&settings).generate_tokens(&spec))?
        .map_err(|e| e.to_string())?;
    let mock_spec = mocks::mock_document(&spec);
    let mocks = without_panics(|| Generator::new(&settings).httpmock(&mock_spec, TYPES_PATH))?
        .map_err(|e| e.to_string())?;
    let mut mocks: syn::File = syn::parse2(mocks)
        .map_err(|e| format!("progenitor produced mocks that do not parse: {e}"))?;
    mocks::match_array_items(&mut mocks);
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    duplicates::drop_identical_items(&mut file.items)?;
    open_enum::replace(&mut file, &normalized.open_enums)?;
    let extra: syn::File = syn::parse2(spec_module(normalized)).map_err(|e| e.to_string())?;
    file.items.extend(extra.items);
    Ok(Generated {
        code: prettyplease::unparse(&file),
        mocks: prettyplease::unparse(&mocks),
    })
}

/// progenitor and typify still `todo!()` or assert on shapes the normalizer does not know of yet:
/// such a panic becomes an error message, without a backtrace on stderr.
fn without_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // The panic hook is process-global: overlapping swaps would leave the silent hook in place.
    static HOOK_SWAP: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _swap = HOOK_SWAP
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    result.map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown".to_string());
        format!("progenitor failed on a construct the normalizer does not handle: {message}")
    })
}

fn spec_module(normalized: &Normalized) -> TokenStream {
    let tokens = &normalized.beta_tokens;
    let default_beta = match tokens.first() {
        Some(t) => quote!(Some(#t)),
        None => quote!(None),
    };
    let server = normalized
        .spec
        .pointer("/servers/0/url")
        .and_then(Value::as_str);
    let default_server = match server {
        Some(url) => quote!(Some(#url)),
        None => quote!(None),
    };
    let operations = normalized.operations.iter().map(operation);
    quote! {
        /// Facts taken from the OpenAPI document this client was generated from.
        pub mod spec {
            /// The values the document allows for the `Exa-Beta` header.
            pub const BETA_TOKENS: &[&str] = &[#(#tokens),*];
            /// The beta token sent by default: the first the document allows, if it requires one.
            pub const DEFAULT_BETA: Option<&str> = #default_beta;
            /// The document's first server URL.
            pub const DEFAULT_SERVER: Option<&str> = #default_server;

            /// One operation of the document.
            #[derive(Debug)]
            pub struct Operation {
                /// The operationId of the document.
                pub id: &'static str,
                /// The generated method's name, as `OperationInfo::operation_id` reports it.
                pub rust_name: &'static str,
                /// Upper-case HTTP method.
                pub method: &'static str,
                /// The path template, e.g. `/agent/runs/{id}`.
                pub path: &'static str,
                /// The constraints of each path parameter, in template order.
                pub path_params: &'static [PathParam],
            }

            /// The constraints the document puts on one path parameter.
            #[derive(Debug)]
            pub struct PathParam {
                /// The name in the template.
                pub name: &'static str,
                /// The schema's `pattern`.
                pub pattern: Option<&'static str>,
                /// The schema's `minLength`.
                pub min_length: Option<u64>,
                /// The schema's `maxLength`.
                pub max_length: Option<u64>,
            }

            /// Every operation, in document order.
            pub const OPERATIONS: &[Operation] = &[#(#operations),*];
        }
    }
}

fn operation(op: &Operation) -> TokenStream {
    let Operation {
        id,
        method,
        path,
        path_params,
    } = op;
    let rust_name = rust_name(id);
    let params = path_params.iter().map(|p| {
        let name = &p.name;
        let pattern = option(p.pattern.as_deref().map(|s| quote!(#s)));
        let min = option(p.min_length.map(|n| quote!(#n)));
        let max = option(p.max_length.map(|n| quote!(#n)));
        quote!(PathParam { name: #name, pattern: #pattern, min_length: #min, max_length: #max })
    });
    quote!(Operation { id: #id, rust_name: #rust_name, method: #method, path: #path, path_params: &[#(#params),*] })
}

/// The name progenitor gives the operation's method, and reports in `OperationInfo`
/// (progenitor-impl's `sanitize(.., Case::Snake)`).
pub(crate) fn rust_name(id: &str) -> String {
    use heck::ToSnakeCase;
    let cleaned: String = id
        .replace('\'', "")
        .chars()
        .map(|c| if unicode_continue(c) { c } else { '-' })
        .collect();
    let mut name = cleaned.to_snake_case();
    match name.chars().next() {
        None => name = "x".to_string(),
        Some(c) if c.is_alphabetic() || c == '_' => {}
        Some(_) => name = format!("_{name}"),
    }
    if syn::parse_str::<syn::Ident>(&name).is_err() {
        name.push('_');
    }
    name
}

fn unicode_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn option(value: Option<TokenStream>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rust_names_match_progenitor() {
        assert_eq!(super::rust_name("deleteAgentRun"), "delete_agent_run");
        assert_eq!(super::rust_name("get-team.usage"), "get_team_usage");
        assert_eq!(super::rust_name("type"), "type_");
    }
}
