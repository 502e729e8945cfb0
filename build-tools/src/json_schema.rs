//! `schemars::JsonSchema` on the generated types is for callers who describe them as JSON
//! Schema; deriving it compiles `schemars_derive` and the `syn` 2 it needs, several seconds of a
//! dependent's cold build. The derive (and the open enums' hand-written impl) is therefore put
//! behind the client's feature [`FEATURE`].

use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Attribute, File, ItemEnum, ItemStruct, Meta, Path, Token, parse_quote};

/// The client crate's feature that turns the derive on.
pub const FEATURE: &str = "schemars";

/// Moves `schemars::JsonSchema` out of every `#[derive(..)]` into
/// `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`.
pub fn derive_behind_feature(file: &mut File) {
    BehindFeature.visit_file_mut(file);
}

struct BehindFeature;

impl VisitMut for BehindFeature {
    fn visit_item_struct_mut(&mut self, item: &mut ItemStruct) {
        gate(&mut item.attrs);
    }

    fn visit_item_enum_mut(&mut self, item: &mut ItemEnum) {
        gate(&mut item.attrs);
    }
}

fn gate(attrs: &mut Vec<Attribute>) {
    let mut derived = false;
    attrs.retain_mut(|attr| {
        if !attr.path().is_ident("derive") {
            return true;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            return true;
        };
        let kept: Punctuated<Path, Token![,]> = paths
            .iter()
            .filter(|path| !is_json_schema(path))
            .cloned()
            .collect();
        if kept.len() < paths.len() {
            derived = true;
            attr.meta = Meta::List(parse_quote!(derive(#kept)));
        }
        !kept.is_empty()
    });
    if derived {
        let feature = FEATURE;
        attrs.push(parse_quote!(#[cfg_attr(feature = #feature, derive(schemars::JsonSchema))]));
    }
}

fn is_json_schema(path: &Path) -> bool {
    let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    names == ["schemars", "JsonSchema"]
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn the_json_schema_derive_moves_behind_the_feature_and_the_others_stay() {
        let mut file: File = parse_quote! {
            #[derive(Clone, Debug, schemars::JsonSchema, ::serde::Serialize)]
            pub struct Run { id: String }
            pub mod types {
                #[derive(::schemars::JsonSchema)]
                pub enum Status { Queued }
                #[derive(Clone)]
                pub struct Plain;
            }
        };
        derive_behind_feature(&mut file);
        let text = file.to_token_stream().to_string().replace(' ', "");
        assert!(
            text.contains("#[derive(Clone,Debug,::serde::Serialize)]#[cfg_attr"),
            "{text}"
        );
        assert_eq!(
            text.matches("#[cfg_attr(feature=\"schemars\",derive(schemars::JsonSchema))]")
                .count(),
            2,
            "{text}"
        );
        assert!(!text.contains("#[derive()]"), "{text}");
        assert!(text.contains("#[derive(Clone)]pubstructPlain"), "{text}");
    }
}
