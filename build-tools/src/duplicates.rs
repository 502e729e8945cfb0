//! typify names an inline schema after its parent and property (or its `title`) without looking
//! at the names of components: a document that inlines a copy of a component (Exa's Websets spec
//! has `Monitor.cadence` beside the component `MonitorCadence`) gets the same type twice, and
//! the code does not compile. Identical copies are dropped; different items under one name are
//! reported, since either could be meant.

use std::collections::BTreeMap;

use quote::ToTokens;
use syn::Item;

/// Drops the second and later copies of identical items, module by module.
pub fn drop_identical_items(items: &mut Vec<Item>) -> Result<(), String> {
    let mut clashes = Vec::new();
    drop_copies(items, &mut clashes);
    if clashes.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = clashes.iter().map(|n| format!("`{n}`")).collect();
    Err(format!(
        "two different schemas become the Rust item(s) {}: give one of each pair a `title`",
        names.join(", ")
    ))
}

fn drop_copies(items: &mut Vec<Item>, clashes: &mut Vec<String>) {
    // Name (or the whole text, for an impl) -> the text of the first item with it.
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    items.retain_mut(|item| {
        if let Item::Mod(module) = item {
            if let Some((_, content)) = &mut module.content {
                drop_copies(content, clashes);
            }
            return true;
        }
        let text = without_docs(item);
        let key = name(item).unwrap_or_else(|| text.clone());
        match seen.get(&key) {
            None => {
                seen.insert(key, text);
                true
            }
            Some(first) if *first == text => false,
            Some(_) => {
                clashes.push(key);
                true
            }
        }
    });
}

fn name(item: &Item) -> Option<String> {
    let ident = match item {
        Item::Struct(i) => &i.ident,
        Item::Enum(i) => &i.ident,
        Item::Type(i) => &i.ident,
        Item::Fn(i) => &i.sig.ident,
        Item::Const(i) => &i.ident,
        Item::Trait(i) => &i.ident,
        _ => return None,
    };
    Some(ident.to_string())
}

/// The item's text without its own doc comment: the copies differ in description at most.
fn without_docs(item: &Item) -> String {
    let mut item = item.clone();
    let attrs = match &mut item {
        Item::Struct(i) => Some(&mut i.attrs),
        Item::Enum(i) => Some(&mut i.attrs),
        Item::Type(i) => Some(&mut i.attrs),
        _ => None,
    };
    if let Some(attrs) = attrs {
        attrs.retain(|a| !a.path().is_ident("doc"));
    }
    item.to_token_stream().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(code: &str) -> Vec<Item> {
        syn::parse_str::<syn::File>(code).unwrap().items
    }

    #[test]
    fn identical_copies_go_and_different_items_under_one_name_are_reported() {
        let mut copies = items(
            "pub mod types {
                /// The component.
                pub struct Cadence { pub cron: String }
                impl Default for Cadence { fn default() -> Self { todo!() } }
                /// The inline copy.
                pub struct Cadence { pub cron: String }
                impl Default for Cadence { fn default() -> Self { todo!() } }
                pub struct Other;
            }",
        );
        drop_identical_items(&mut copies).unwrap();
        let Item::Mod(types) = &copies[0] else {
            panic!("a module")
        };
        assert_eq!(types.content.as_ref().map(|(_, i)| i.len()), Some(3));

        let mut clash =
            items("pub struct Cadence { pub cron: String } pub struct Cadence { pub at: u32 }");
        let error = drop_identical_items(&mut clash).unwrap_err();
        assert!(error.contains("`Cadence`"), "{error}");
    }
}
