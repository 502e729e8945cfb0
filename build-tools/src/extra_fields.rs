//! Nothing the server sends is lost: typify's structs drop every field their schema does not
//! declare (a cost breakdown, a request id, a field added after the build), and re-serialising
//! a decoded value would lose it again. Each generated struct with named fields gets
//!
//! ```ignore
//! #[serde(flatten)]
//! pub extra: ::serde_json::Map<String, ::serde_json::Value>,
//! ```
//!
//! and every struct literal typify writes for it (`Default`, the builder's `TryFrom`) gets an
//! empty one. This is done on the code rather than the document: `additionalProperties: {}`
//! would change how typify merges `allOf` members and names inline types.
//!
//! Left as they are: a struct that refuses unknown fields (`additionalProperties: false` in a
//! request), one that already collects them (`additionalProperties` with a schema), and one
//! with a property named `extra`.

use std::collections::BTreeSet;

use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{
    Expr, ExprStruct, Fields, File, Item, ItemImpl, ItemStruct, Meta, Path, Token, Type,
    parse_quote,
};

/// The field's name.
pub const FIELD: &str = "extra";

/// Adds the `extra` field to the structs of `pub mod types` and to their literals; returns the
/// names of the structs that got it.
pub fn add(file: &mut File) -> BTreeSet<String> {
    let Some(types) = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
        _ => None,
    }) else {
        return BTreeSet::new();
    };
    let mut extended = BTreeSet::new();
    for item in types.1.iter_mut() {
        if let Item::Struct(s) = item
            && add_field(s)
        {
            extended.insert(s.ident.to_string());
        }
    }
    let mut literals = Literals {
        extended: &extended,
        self_type: None,
        in_builder: false,
    };
    for item in types.1.iter_mut() {
        match item {
            Item::Mod(m) if m.ident == "builder" => {
                literals.in_builder = true;
                if let Some((_, items)) = &mut m.content {
                    items.iter_mut().for_each(|i| literals.visit_item_mut(i));
                }
                literals.in_builder = false;
            }
            item => literals.visit_item_mut(item),
        }
    }
    extended
}

fn add_field(s: &mut ItemStruct) -> bool {
    let Fields::Named(fields) = &mut s.fields else {
        return false;
    };
    let serde_says = |attrs: &[syn::Attribute], word: &str| {
        attrs
            .iter()
            .any(|a| a.path().is_ident("serde") && quote::quote!(#a).to_string().contains(word))
    };
    let closed = serde_says(&s.attrs, "deny_unknown_fields");
    let collects = fields.named.iter().any(|f| serde_says(&f.attrs, "flatten"));
    let taken = fields
        .named
        .iter()
        .any(|f| f.ident.as_ref().is_some_and(|i| i == FIELD));
    if closed || collects || taken {
        return false;
    }
    default_when_missing(fields);
    fields.named.push(parse_quote! {
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>
    });
    without_unsupported_derives(&mut s.attrs);
    true
}

/// A field that may be `null` or is a list decodes when the server leaves it out, as the
/// official SDKs' models accept (Websets omitting an empty `imports`, a run omitting
/// `failedAt`): `#[serde(default)]` on each `Option` and `Vec` field that lacks it. The Rust
/// type and what is serialized stay as they are.
fn default_when_missing(fields: &mut syn::FieldsNamed) {
    for field in fields.named.iter_mut() {
        let Type::Path(ty) = &field.ty else {
            continue;
        };
        let defaultable = ty
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Option" || s.ident == "Vec");
        let has_default = field.attrs.iter().any(|a| {
            a.path().is_ident("serde") && quote::quote!(#a).to_string().contains("default")
        });
        if defaultable && !has_default {
            field.attrs.push(parse_quote!(#[serde(default)]));
        }
    }
}

/// A JSON map has no order or hash: `Hash`, `PartialOrd` and `Ord` leave the derive.
fn without_unsupported_derives(attrs: &mut [syn::Attribute]) {
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept: Punctuated<Path, Token![,]> = paths
            .into_iter()
            .filter(|p| {
                !p.segments.last().is_some_and(|s| {
                    matches!(s.ident.to_string().as_str(), "Hash" | "PartialOrd" | "Ord")
                })
            })
            .collect();
        attr.meta = Meta::List(parse_quote!(derive(#kept)));
    }
}

struct Literals<'a> {
    extended: &'a BTreeSet<String>,
    /// The type an `impl` block is for, when it is one of the extended structs.
    self_type: Option<String>,
    /// Inside `types::builder`, where `X` is the builder and `super::X` the struct.
    in_builder: bool,
}

impl Literals<'_> {
    /// The extended struct a path names, here.
    fn target(&self, path: &syn::Path) -> Option<String> {
        if path.is_ident("Self") {
            return self.self_type.clone();
        }
        self.struct_named(path)
    }

    fn struct_named(&self, path: &syn::Path) -> Option<String> {
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let name = match (self.in_builder, names.as_slice()) {
            (false, [name]) => name,
            (true, [parent, name]) if parent == "super" => name,
            _ => return None,
        };
        self.extended.contains(name).then(|| name.clone())
    }
}

impl VisitMut for Literals<'_> {
    fn visit_item_impl_mut(&mut self, item: &mut ItemImpl) {
        let outer = self.self_type.take();
        self.self_type = match &*item.self_ty {
            Type::Path(p) => self.struct_named(&p.path),
            _ => None,
        };
        syn::visit_mut::visit_item_impl_mut(self, item);
        self.self_type = outer;
    }

    fn visit_expr_struct_mut(&mut self, literal: &mut ExprStruct) {
        syn::visit_mut::visit_expr_struct_mut(self, literal);
        let named = literal.fields.iter().any(|f| match &f.member {
            syn::Member::Named(i) => i == FIELD,
            syn::Member::Unnamed(_) => false,
        });
        if literal.rest.is_none() && !named && self.target(&literal.path).is_some() {
            if !literal.fields.empty_or_trailing() {
                literal.fields.push_punct(Default::default());
            }
            let value: Expr = parse_quote!(::std::default::Default::default());
            literal.fields.push(parse_quote!(extra: #value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structs_and_their_literals_get_the_extra_map() {
        let mut file: File = parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, Clone, Debug, Hash, PartialEq)]
                pub struct Run { pub id: String, pub tags: Vec<String>, #[serde(default)] pub at: Option<u8> }
                impl Default for Run { fn default() -> Self { Self { id: String::new(), tags: vec![], at: None } } }
                #[serde(deny_unknown_fields)]
                pub struct Closed { pub id: String }
                pub struct Open { pub a: u8, #[serde(flatten)] pub extra: Map }
                pub mod builder {
                    pub struct Run { id: Result<String, String> }
                    impl TryFrom<Run> for super::Run {
                        fn try_from(value: Run) -> Result<Self, E> { Ok(Self { id: value.id?, tags: vec![], at: None }) }
                    }
                    impl From<super::Run> for Run {
                        fn from(value: super::Run) -> Self { Self { id: Ok(value.id) } }
                    }
                }
            }
        };
        let extended = add(&mut file);
        assert_eq!(extended.into_iter().collect::<Vec<_>>(), ["Run"]);
        let code = quote::quote!(#file).to_string();
        assert!(code.contains("pub extra : :: serde_json :: Map"), "{code}");
        assert!(
            code.contains("derive (:: serde :: Deserialize , Clone , Debug , PartialEq)"),
            "{code}"
        );
        assert_eq!(
            code.matches("extra : :: std :: default :: Default :: default ()")
                .count(),
            2,
            "{code}"
        );
        // A list decodes when missing; a field that had a default keeps its one attribute.
        assert!(code.contains("# [serde (default)] pub tags"), "{code}");
        assert_eq!(code.matches("# [serde (default)]").count(), 2, "{code}");
        // The builder's own struct is not the generated type.
        assert!(code.contains("Self { id : Ok (value . id) }"), "{code}");
    }
}
