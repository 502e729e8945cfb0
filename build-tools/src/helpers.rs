//! The generated types the client's hand-written helpers name, read from the helpers' own
//! source: a document that stops generating one stops the build with a message naming the
//! document and the type, never with a rustc error in hand-written code. Nothing is kept by
//! hand beside the helpers, so the list cannot drift from them.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, ImplItem, Item, Meta};

/// One generated type a helper names, and when the helper exists.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HelperType {
    /// `types::X` as written: `X`.
    pub name: String,
    /// The helper exists when, for each list, one of its operations (`module.operationId`)
    /// is generated (`cfg(exa_operation = ..)` and `cfg(any(..))` on the item and the items
    /// around it). Empty: whenever the module is built.
    pub gate: Vec<Vec<String>>,
}

impl HelperType {
    /// Whether the helper naming this type is compiled when `operations` are generated.
    pub fn compiled(&self, operations: &BTreeSet<String>) -> bool {
        self.gate
            .iter()
            .all(|any| any.iter().any(|op| operations.contains(op)))
    }
}

/// Every `types::X` a helper file names, with the operations its item needs.
pub fn helper_types(source: &str) -> Result<BTreeSet<HelperType>, String> {
    let file = syn::parse_file(source).map_err(|e| format!("a helper does not parse: {e}"))?;
    let mut out = BTreeSet::new();
    for item in &file.items {
        visit_item(item, &[], &mut out);
    }
    Ok(out)
}

fn visit_item(item: &Item, outer: &[Vec<String>], out: &mut BTreeSet<HelperType>) {
    let attrs: &[Attribute] = match item {
        Item::Fn(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Const(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        _ => &[],
    };
    let gate = with_gates(outer, attrs);
    match item {
        Item::Impl(block) => {
            collect(block.self_ty.to_token_stream(), &gate, out);
            if let Some((path, _)) = &block.trait_ {
                collect(path.to_token_stream(), &gate, out);
            }
            for member in &block.items {
                let (attrs, tokens) = match member {
                    ImplItem::Fn(f) => (&f.attrs, f.to_token_stream()),
                    ImplItem::Type(t) => (&t.attrs, t.to_token_stream()),
                    ImplItem::Const(c) => (&c.attrs, c.to_token_stream()),
                    other => (&Vec::new(), other.to_token_stream()),
                };
                collect(tokens, &with_gates(&gate, attrs), out);
            }
        }
        Item::Mod(module) => {
            for inner in module.content.iter().flat_map(|(_, items)| items) {
                visit_item(inner, &gate, out);
            }
        }
        other => collect(other.to_token_stream(), &gate, out),
    }
}

/// `outer` with the operations each `cfg` of `attrs` names.
fn with_gates(outer: &[Vec<String>], attrs: &[Attribute]) -> Vec<Vec<String>> {
    let mut gate = outer.to_vec();
    for attr in attrs.iter().filter(|a| a.path().is_ident("cfg")) {
        let Meta::List(list) = &attr.meta else {
            continue;
        };
        let mut ops = Vec::new();
        operations_in(list.tokens.clone(), &mut ops);
        if !ops.is_empty() {
            gate.push(ops);
        }
    }
    gate
}

/// The string after each `exa_operation =` (`any(..)` lists several).
fn operations_in(tokens: TokenStream, ops: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => operations_in(group.stream(), ops),
            TokenTree::Ident(ident) if ident == "exa_operation" => {
                if let Some(TokenTree::Literal(literal)) = tokens.get(i + 2) {
                    ops.push(literal.to_string().trim_matches('"').to_string());
                }
            }
            _ => {}
        }
    }
}

/// Each `types :: X` in `tokens`.
fn collect(tokens: TokenStream, gate: &[Vec<String>], out: &mut BTreeSet<HelperType>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => collect(group.stream(), gate, out),
            TokenTree::Ident(ident) if ident == "types" => {
                let separated = matches!(
                    (tokens.get(i + 1), tokens.get(i + 2)),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                        if a.as_char() == ':' && b.as_char() == ':'
                );
                if let (true, Some(TokenTree::Ident(name))) = (separated, tokens.get(i + 3)) {
                    let name = name.to_string();
                    // `types::error::ConversionError` and other modules of `types`.
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                        out.insert(HelperType {
                            name,
                            gate: gate.to_vec(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_read_with_the_operations_their_helper_needs() {
        let source = r#"
            use crate::search::types;
            pub type Request<'a, B> = Draft<'a, Client, B>;
            #[cfg(exa_operation = "search.search")]
            impl Request<'_, types::SearchBody> {
                pub fn kind(self, kind: types::SearchBodyType) -> Self { self }
                #[cfg(feature = "x")]
                pub async fn send(self) -> Result<types::SearchResponse, Error> { todo!() }
            }
            #[cfg(any(exa_operation = "search.search", exa_operation = "search.findSimilar"))]
            fn contents(f: &mut Option<types::ContentsRequest>) -> Result<(), types::error::ConversionError> {}
            impl<'a> Api<'a, Client> {
                #[cfg(exa_operation = "search.answer")]
                pub fn answer(&self) -> Request<'a, types::AnswerBody> { todo!() }
            }
        "#;
        let found: Vec<(String, Vec<Vec<String>>)> = helper_types(source)
            .unwrap()
            .into_iter()
            .map(|t| (t.name, t.gate))
            .collect();
        let search = || vec![vec!["search.search".to_string()]];
        assert_eq!(
            found,
            [
                ("AnswerBody".into(), vec![vec!["search.answer".to_string()]]),
                (
                    "ContentsRequest".into(),
                    vec![vec![
                        "search.search".to_string(),
                        "search.findSimilar".to_string()
                    ]]
                ),
                ("SearchBody".into(), search()),
                ("SearchBodyType".into(), search()),
                ("SearchResponse".into(), search()),
            ]
        );
        let only_answer = BTreeSet::from(["search.answer".to_string()]);
        let compiled: Vec<String> = helper_types(source)
            .unwrap()
            .into_iter()
            .filter(|t| t.compiled(&only_answer))
            .map(|t| t.name)
            .collect();
        assert_eq!(compiled, ["AnswerBody"]);
    }
}
