//! The public API of generated client code as its callers see it: the operation methods of
//! `Client` with their builders' parameters, and the items of `pub mod types`.

use std::collections::BTreeMap;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, Fields, ImplItem, Item, ItemImpl, Meta, ReturnType, Type};

/// What one generated client offers.
#[derive(Debug, Default)]
pub(super) struct Api {
    /// By method name of `Client`.
    pub operations: BTreeMap<String, Operation>,
    /// By Rust name, the items of `pub mod types` (not its `builder` or `error` modules).
    pub types: BTreeMap<String, TypeDef>,
}

/// One operation method and its builder.
#[derive(Debug, Default)]
pub(super) struct Operation {
    /// By setter name.
    pub params: BTreeMap<String, Param>,
    /// The return type of the builder's `send`.
    pub send: String,
}

/// One setter of an operation builder.
#[derive(Debug)]
pub(super) struct Param {
    /// The value type, without `Option`.
    pub ty: String,
    /// `send` fails unless the setter was called.
    pub required: bool,
}

/// One item of `pub mod types`.
#[derive(Debug, PartialEq)]
pub(super) enum TypeDef {
    /// Fields by JSON name (by Rust name for a `flatten`ed one).
    Struct(BTreeMap<String, Field>),
    /// Variants by Rust name.
    Enum(BTreeMap<String, Variant>),
    /// A tuple struct of one field: its type.
    Newtype(String),
    /// `pub type Name = ...`.
    Alias(String),
}

impl TypeDef {
    /// What kind of item it is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            TypeDef::Struct(_) => "struct",
            TypeDef::Enum(_) => "enum",
            TypeDef::Newtype(_) => "newtype",
            TypeDef::Alias(_) => "type alias",
        }
    }

    /// Every type this one names, in field, variant and inner types.
    pub fn mentioned(&self) -> Vec<&str> {
        let types: Vec<&str> = match self {
            TypeDef::Struct(fields) => fields.values().map(|f| f.ty.as_str()).collect(),
            TypeDef::Enum(variants) => variants
                .values()
                .filter_map(|v| v.payload.as_deref())
                .collect(),
            TypeDef::Newtype(ty) | TypeDef::Alias(ty) => vec![ty.as_str()],
        };
        types.into_iter().flat_map(idents).collect()
    }
}

/// One field of a struct.
#[derive(Debug, PartialEq)]
pub(super) struct Field {
    /// The Rust field name.
    pub rust_name: String,
    /// `None` for a `#[serde(flatten)]` field (additional properties).
    pub json_name: Option<String>,
    /// The Rust type, rendered without whitespace.
    pub ty: String,
    /// `#[serde(default)]`: absent from JSON is fine, and the builder does not require it.
    pub has_default: bool,
}

impl Field {
    /// Its type is `Option<..>`.
    pub fn is_option(&self) -> bool {
        is_option(&self.ty)
    }
    /// A builder or a deserializer does without it.
    pub fn is_optional(&self) -> bool {
        self.is_option() || self.has_default || self.json_name.is_none()
    }
}

/// One variant of an enum.
#[derive(Debug, PartialEq)]
pub(super) struct Variant {
    /// The JSON value of a unit variant, when the code says it (`rename` or the open enums'
    /// doc comment).
    pub value: Option<String>,
    /// The type a tuple variant carries (untagged unions, `Unknown(String)`).
    pub payload: Option<String>,
}

/// Reads the API from the generated code.
pub(super) fn read(code: &str) -> Result<Api, String> {
    let file: syn::File =
        syn::parse_str(code).map_err(|e| format!("the generated code does not parse: {e}"))?;
    let mut api = Api::default();
    let mut builders: BTreeMap<String, String> = BTreeMap::new();
    for item in &file.items {
        match item {
            Item::Impl(imp) if imp.trait_.is_none() && self_name(&imp.self_ty) == "Client" => {
                builders.extend(client_methods(imp));
            }
            Item::Mod(m) if m.ident == "types" => {
                for item in m.content.iter().flat_map(|(_, items)| items) {
                    if let Some((name, def)) = type_def(item) {
                        api.types.insert(name, def);
                    }
                }
            }
            _ => {}
        }
    }
    let builder_items = file.items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    let mut by_builder: BTreeMap<String, Operation> = BTreeMap::new();
    for item in builder_items.into_iter().flatten() {
        match item {
            Item::Struct(s) => {
                let op = by_builder.entry(s.ident.to_string()).or_default();
                for field in &s.fields {
                    let Some(ident) = &field.ident else { continue };
                    if ident == "client" {
                        continue;
                    }
                    // Every parameter is held as `Result<T, String>`: `T` is `Option<..>` when
                    // the parameter is optional.
                    let held = result_ok_type(&field.ty).unwrap_or_else(|| render(&field.ty));
                    let param = match option_inner(&held) {
                        Some(inner) => Param {
                            ty: inner.to_string(),
                            required: false,
                        },
                        None => Param {
                            ty: held,
                            required: true,
                        },
                    };
                    op.params.insert(ident.to_string(), param);
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let op = by_builder.entry(self_name(&imp.self_ty)).or_default();
                for f in &imp.items {
                    if let ImplItem::Fn(f) = f
                        && f.sig.ident == "send"
                        && let ReturnType::Type(_, ty) = &f.sig.output
                    {
                        op.send = render(ty);
                    }
                }
            }
            _ => {}
        }
    }
    for (method, builder) in builders {
        let op = by_builder.remove(&builder).unwrap_or_default();
        api.operations.insert(method, op);
    }
    Ok(api)
}

/// `pub fn method(&self) -> builder::Name<'_>` of `impl Client`, as (method, `Name`).
fn client_methods(imp: &ItemImpl) -> Vec<(String, String)> {
    imp.items
        .iter()
        .filter_map(|item| match item {
            ImplItem::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => {
                let ReturnType::Type(_, ty) = &f.sig.output else {
                    return None;
                };
                let Type::Path(p) = &**ty else { return None };
                let segments: Vec<_> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                match segments.as_slice() {
                    [module, name] if module == "builder" => {
                        Some((f.sig.ident.to_string(), name.clone()))
                    }
                    _ => None,
                }
            }
            _ => None,
        })
        .collect()
}

fn type_def(item: &Item) -> Option<(String, TypeDef)> {
    match item {
        Item::Struct(s) if is_pub(&s.vis) => {
            let def = match &s.fields {
                Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                    TypeDef::Newtype(render(&f.unnamed[0].ty))
                }
                fields => TypeDef::Struct(
                    fields
                        .iter()
                        .filter(|f| is_pub(&f.vis))
                        .filter_map(field)
                        .map(|f| (f.json_name.clone().unwrap_or(f.rust_name.clone()), f))
                        .collect(),
                ),
            };
            Some((s.ident.to_string(), def))
        }
        Item::Enum(e) if is_pub(&e.vis) => {
            let variants = e
                .variants
                .iter()
                .map(|v| {
                    let payload = match &v.fields {
                        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                            Some(render(&f.unnamed[0].ty))
                        }
                        Fields::Unit => None,
                        other => Some(render(other)),
                    };
                    let value = serde_args(&v.attrs)
                        .rename
                        .or_else(|| backticked_doc(&v.attrs));
                    (v.ident.to_string(), Variant { value, payload })
                })
                .collect();
            Some((e.ident.to_string(), TypeDef::Enum(variants)))
        }
        Item::Type(t) if is_pub(&t.vis) => {
            Some((t.ident.to_string(), TypeDef::Alias(render(&t.ty))))
        }
        _ => None,
    }
}

fn field(f: &syn::Field) -> Option<Field> {
    let rust_name = f.ident.as_ref()?.to_string();
    let serde = serde_args(&f.attrs);
    Some(Field {
        json_name: if serde.flatten {
            None
        } else {
            Some(serde.rename.unwrap_or_else(|| rust_name.clone()))
        },
        rust_name,
        ty: render(&f.ty),
        has_default: serde.default,
    })
}

#[derive(Default)]
struct SerdeArgs {
    rename: Option<String>,
    default: bool,
    flatten: bool,
}

/// The `rename`, `default` and `flatten` of `#[serde(..)]` attributes.
fn serde_args(attrs: &[Attribute]) -> SerdeArgs {
    let mut args = SerdeArgs::default();
    for attr in attrs {
        let Meta::List(list) = &attr.meta else {
            continue;
        };
        if !list.path.is_ident("serde") {
            continue;
        }
        let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
        for (i, token) in tokens.iter().enumerate() {
            let TokenTree::Ident(ident) = token else {
                continue;
            };
            let followed_by_value =
                matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '=');
            match ident.to_string().as_str() {
                "rename" if followed_by_value => {
                    args.rename = tokens.get(i + 2).and_then(string_literal);
                }
                "default" => args.default = true,
                "flatten" => args.flatten = true,
                _ => {}
            }
        }
    }
    args
}

/// The open enums document each known value as ``///`value` ``.
fn backticked_doc(attrs: &[Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let Meta::NameValue(nv) = &attr.meta else {
            return None;
        };
        if !nv.path.is_ident("doc") {
            return None;
        }
        let text = string_literal(&nv.value.to_token_stream().into_iter().next()?)?;
        let inner = text.strip_prefix('`')?.strip_suffix('`')?;
        (!inner.contains('`')).then(|| inner.to_string())
    })
}

fn string_literal(token: &TokenTree) -> Option<String> {
    let TokenTree::Literal(lit) = token else {
        return None;
    };
    match syn::parse_str::<syn::LitStr>(&lit.to_string()) {
        Ok(s) => Some(s.value()),
        Err(_) => None,
    }
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn self_name(ty: &Type) -> String {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// `T` of `Result<T, String>`.
fn result_ok_type(ty: &Type) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(render(t)),
        _ => None,
    }
}

/// Tokens without whitespace: equal types compare equal however they were printed.
fn render(tokens: &impl ToTokens) -> String {
    let stream: TokenStream = tokens.to_token_stream();
    stream.to_string().split_whitespace().collect()
}

fn is_option(ty: &str) -> bool {
    option_inner(ty).is_some()
}

fn option_inner(ty: &str) -> Option<&str> {
    ty.strip_prefix("::std::option::Option<")
        .or_else(|| ty.strip_prefix("Option<"))?
        .strip_suffix('>')
}

/// The identifiers in a rendered type, for following one type to those it names.
pub(super) fn idents(ty: &str) -> impl Iterator<Item = &str> {
    ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|s| !s.is_empty())
}

/// A rendered type for people: without the paths of the standard library and of `types`.
pub(super) fn display(ty: &str) -> String {
    const PREFIXES: &[&str] = &[
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::num::",
        "::serde_json::",
        "::chrono::offset::",
        "::chrono::",
        "types::builder::",
        "types::",
    ];
    PREFIXES
        .iter()
        .fold(ty.to_string(), |s, prefix| s.replace(prefix, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = r#"
        pub mod types {
            pub struct Run {
                #[serde(rename = "createdAt")]
                pub created_at: ::std::string::String,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub tags: ::std::vec::Vec<::std::string::String>,
                pub note: ::std::option::Option<RunNote>,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
            pub struct RunNote(::std::string::String);
            pub enum Status {
                ///`in_progress`
                InProgress,
                Unknown(::std::string::String),
            }
            pub mod builder {
                pub struct Run {}
            }
        }
        pub struct Client {}
        impl Client {
            pub fn get_run(&self) -> builder::GetRun<'_> { builder::GetRun::new(self) }
        }
        pub mod builder {
            pub struct GetRun<'a> {
                client: &'a super::Client,
                id: Result<types::RunNote, String>,
                limit: Result<Option<::std::num::NonZeroU64>, String>,
            }
            impl<'a> GetRun<'a> {
                pub async fn send(self) -> Result<ResponseValue<types::Run>, Error<()>> { todo!() }
            }
        }
    "#;

    #[test]
    fn fields_carry_their_json_names_and_whether_json_may_omit_them() {
        let api = read(CODE).unwrap();
        let TypeDef::Struct(fields) = &api.types["Run"] else {
            panic!("a struct")
        };
        let keys: Vec<_> = fields.keys().map(String::as_str).collect();
        assert_eq!(keys, ["createdAt", "extra", "note", "tags"]);
        assert!(!fields["createdAt"].is_optional());
        assert!(fields["tags"].has_default && fields["tags"].is_optional());
        assert!(fields["note"].is_option());
        assert_eq!(fields["extra"].json_name, None);
        assert_eq!(
            api.types["RunNote"],
            TypeDef::Newtype("::std::string::String".into())
        );
        assert!(!api.types.contains_key("builder"));
    }

    #[test]
    fn open_enum_values_come_from_their_doc_comments() {
        let api = read(CODE).unwrap();
        let TypeDef::Enum(variants) = &api.types["Status"] else {
            panic!("an enum")
        };
        assert_eq!(variants["InProgress"].value.as_deref(), Some("in_progress"));
        assert_eq!(
            variants["Unknown"].payload.as_deref(),
            Some("::std::string::String")
        );
    }

    #[test]
    fn operations_list_their_setters_and_what_send_returns() {
        let api = read(CODE).unwrap();
        let op = &api.operations["get_run"];
        assert!(op.params["id"].required);
        assert!(!op.params["limit"].required);
        assert_eq!(display(&op.params["limit"].ty), "NonZeroU64");
        assert_eq!(display(&op.send), "Result<ResponseValue<Run>,Error<()>>");
    }
}
