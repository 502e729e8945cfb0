//! Whether the generated types that hand-written helpers name still have the shape the helpers
//! were written for. A snapshot of those types (their items of `pub mod types`, as generated
//! when the helpers were written) is compared with the new code by the comparison `diff` makes,
//! restricted to the named types; a breaking change is one the helpers may not compile with.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use syn::Item;

use super::api::{self, Api};
use super::{Change, Impact, Side, compare_types};

/// The items of the generated code's `pub mod types` named `names` (structs, enums, aliases;
/// not their impls), as Rust source that [`helper_changes`] reads back. A name the code does
/// not define is left out.
pub fn helper_snapshot(code: &str, names: &[&str]) -> Result<String, String> {
    let file: syn::File =
        syn::parse_str(code).map_err(|e| format!("the generated code does not parse: {e}"))?;
    let wanted: BTreeSet<&str> = names.iter().copied().collect();
    let items: Vec<Item> = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .filter(|item| item_name(item).is_some_and(|n| wanted.contains(n.as_str())))
        .cloned()
        .collect();
    let module: syn::File = syn::parse_quote! {
        pub mod types {
            #(#items)*
        }
    };
    Ok(prettyplease::unparse(&module))
}

fn item_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The breaking changes `diff` would report in the types `names` between the snapshot and
/// the new generated code: a removed field or variant, a field whose Rust type changed, a type
/// that became another kind of item. A name the snapshot does not hold is not compared.
pub fn helper_changes(snapshot: &str, code: &str, names: &[&str]) -> Result<Vec<Change>, String> {
    let restrict = |mut api: Api, keep: &dyn Fn(&str) -> bool| {
        api.operations.clear();
        api.types.retain(|name, _| keep(name));
        api
    };
    let recorded = api::read(snapshot).map_err(|e| format!("the snapshot: {e}"))?;
    let recorded = restrict(recorded, &|name| names.contains(&name));
    let now = restrict(api::read(code)?, &|name| recorded.types.contains_key(name));
    let mut changes = Vec::new();
    compare_types(&types_only(recorded), &types_only(now), &mut changes);
    changes.retain(|c| c.impact == Impact::Breaking);
    Ok(changes)
}

/// A side of the comparison that knows the types alone (no document to point into).
fn types_only(api: Api) -> Side {
    Side {
        document: Value::Null,
        api,
        operations: BTreeMap::new(),
        components: BTreeMap::new(),
        hoisted: BTreeMap::new(),
        request_types: BTreeSet::new(),
        response_types: BTreeSet::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEFORE: &str = r#"
        pub mod types {
            pub struct Run { pub id: ::std::string::String, pub count: i64 }
            pub struct Other { pub a: i64 }
            pub enum Status { Running, Done }
        }
    "#;

    #[test]
    fn a_field_that_changes_type_in_a_named_type_is_a_change_naming_the_type_and_the_field() {
        let snapshot = helper_snapshot(BEFORE, &["Run", "Status"]).unwrap();
        assert!(!snapshot.contains("Other"), "{snapshot}");
        let after = BEFORE.replace("pub count: i64", "pub count: ::std::string::String");
        let changes = helper_changes(&snapshot, &after, &["Run", "Status"]).unwrap();
        let messages: Vec<&str> = changes.iter().map(|c| c.message.as_str()).collect();
        assert_eq!(
            messages,
            ["field `count` of `Run` changes type from `i64` to `String`"]
        );
    }

    #[test]
    fn additions_and_changes_to_types_no_helper_names_are_not_changes() {
        let snapshot = helper_snapshot(BEFORE, &["Run", "Status", "Other"]).unwrap();
        let after = BEFORE
            .replace("pub a: i64", "pub a: bool")
            .replace("Running, Done", "Running, Done, Paused")
            .replace("pub count: i64", "pub count: i64, pub extra: bool");
        assert_eq!(
            helper_changes(&snapshot, &after, &["Run", "Status"]).unwrap(),
            []
        );
        let removed = BEFORE.replace("Running, Done", "Running");
        assert_eq!(
            helper_changes(&snapshot, &removed, &["Status"]).unwrap()[0].kind,
            "removed-enum-value"
        );
    }
}
