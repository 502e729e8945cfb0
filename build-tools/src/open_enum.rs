//! Open enums: typify renders a string enum as a closed Rust enum, so a value added by a newer
//! server fails the whole response. Each enum the normalizer marked is replaced, under the same
//! name, by one with an `Unknown(String)` variant that keeps the value.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{File, Item, Type};

/// Replaces typify's rendering of each open enum inside `pub mod types`.
pub fn replace(file: &mut File, open: &BTreeMap<String, Vec<String>>) -> Result<(), String> {
    if open.is_empty() {
        return Ok(());
    }
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("generated code has no `types` module")?;
    let items = &mut types.1;
    let present: BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let replaced: BTreeSet<&String> = open.keys().filter(|name| present.contains(*name)).collect();
    items.retain(|item| match item {
        Item::Enum(e) => !replaced.contains(&e.ident.to_string()),
        Item::Impl(i) => !self_type_name(&i.self_ty).is_some_and(|n| replaced.contains(&n)),
        _ => true,
    });
    for name in replaced {
        let tokens = render(name, &open[name]);
        let rendered: File = syn::parse2(tokens).map_err(|e| format!("open enum {name}: {e}"))?;
        items.extend(rendered.items);
    }
    Ok(())
}

fn self_type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Rust variant names for the values, unique, never `Unknown`.
fn variant_names(values: &[String]) -> Vec<syn::Ident> {
    let mut used = BTreeSet::from(["Unknown".to_string()]);
    values
        .iter()
        .map(|v| {
            let mut base: String = v
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|s| !s.is_empty())
                .map(|s| {
                    let lower = if s.chars().all(|c| !c.is_ascii_lowercase()) {
                        s.to_ascii_lowercase()
                    } else {
                        s.to_string()
                    };
                    let mut c = lower.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
                base = format!("V{base}");
            }
            let mut name = base.clone();
            let mut n = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            format_ident!("{}", name)
        })
        .collect()
}

fn render(name: &str, values: &[String]) -> TokenStream {
    let ident = format_ident!("{}", name);
    let variants = variant_names(values);
    let docs = values.iter().map(|v| format!("`{v}`"));
    let schema_doc = format!(
        "One of: {}. Values added after this client was built are accepted too.",
        values.join(", ")
    );
    let doc = format!(
        "One of the documented values, or [`{name}::Unknown`] for a value added after this client was built."
    );
    let schemars = crate::json_schema::FEATURE;
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #ident {
            #( #[doc = #docs] #variants, )*
            /// A value this client does not know yet, kept as sent.
            Unknown(::std::string::String),
        }

        impl #ident {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #ident {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_string()),
                }
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }

        #[cfg(feature = #schemars)]
        impl ::schemars::JsonSchema for #ident {
            fn schema_name() -> ::std::string::String {
                #name.to_string()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                let mut schema = ::schemars::schema::SchemaObject {
                    instance_type: ::std::option::Option::Some(::schemars::schema::InstanceType::String.into()),
                    ..::std::default::Default::default()
                };
                let metadata = schema.metadata();
                metadata.description = ::std::option::Option::Some(#schema_doc.to_string());
                metadata.examples = ::std::vec![#(::serde_json::Value::from(#values)),*];
                schema.into()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_are_pascal_case_and_unique() {
        let values = [
            "RUN_NOT_FOUND",
            "agent-2026-05-07",
            "Unknown",
            "a.b",
            "a_b",
            "9x",
        ]
        .map(String::from);
        let names: Vec<String> = variant_names(&values)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            names,
            [
                "RunNotFound",
                "Agent20260507",
                "Unknown2",
                "AB",
                "AB2",
                "V9x"
            ]
        );
    }

    #[test]
    fn enum_and_its_impls_are_replaced() {
        let mut file: File = syn::parse_quote! {
            pub mod types {
                pub enum Code { A, B }
                impl ::std::fmt::Display for Code { fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { Ok(()) } }
                impl Code { fn x() {} }
                pub struct Other;
                impl Other {}
            }
        };
        let open = BTreeMap::from([("Code".to_string(), vec!["A".to_string(), "B".to_string()])]);
        replace(&mut file, &open).unwrap();
        let text = prettyplease::unparse(&file);
        assert!(text.contains("Unknown(::std::string::String)"), "{text}");
        assert!(!text.contains("fn x()"), "{text}");
        assert!(text.contains("impl Other"), "{text}");
    }
}
