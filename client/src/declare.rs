//! What each generated document becomes in this crate. The generator writes data only: each
//! document's module (progenitor's client and types, and the `spec` table), and one line per
//! document in `documents.rs` (`crate::declare::documents! { #[cfg(..)] agent "exa-agent.yaml", .. }`).
//! This macro writes the code around them: the module that includes the generated file, its
//! mocks, the hooks that route every request of its `Client` through [`crate::hooks`], the
//! `Exa` accessor, the shared connection pool and the table of documents.

/// Declares every generated document; see the module docs. Nothing of a document is compiled
/// for this crate's unit tests (`cfg(test)`): they test the facade alone, and the generated
/// modules compiled a second time for them were the longest step of a cold `cargo test`.
macro_rules! documents {
    ($(#[$gate:meta] $module:ident $file:literal),* $(,)?) => {
        $(
            // The links of an outer doc resolve in the parent module, hence `crate::<module>::`.
            // The rustdoc lints: the generated docs are the document's descriptions, prose
            // written for HTML (bare URLs, `items[0]`, tags), not rustdoc's intra-doc links.
            #[doc = concat!(
                "The client generated from `openapi/", $file, "`: [`Client`](crate::",
                stringify!($module), "::Client) (every operation, through [`crate::Exa::",
                stringify!($module), "`]), its schemas in [`types`](crate::", stringify!($module),
                "::types), and its table in [`spec`](crate::", stringify!($module), "::spec)."
            )]
            #[allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code)]
            #[allow(unreachable_patterns, unused_mut)]
            #[allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
            #[$gate]
            #[cfg(not(test))]
            pub mod $module {
                include!(concat!(env!("OUT_DIR"), "/", stringify!($module), ".rs"));

                /// This document's handle on an [`Exa`](crate::Exa) (`exa.<module>()`): its
                /// typed helpers and [`call`](crate::Api::call) for any of its operations,
                /// listed on their own here.
                pub type Api<'a> = crate::Api<'a, Client>;

                /// Typed httpmock stubs for every operation of this document (feature `mock`).
                #[cfg(feature = "mock")]
                pub mod mock {
                    include!(concat!(env!("OUT_DIR"), "/", stringify!($module), "_mocks.rs"));
                }

                impl progenitor_client::ClientHooks<crate::hooks::HookState> for Client {
                    async fn pre<E>(
                        &self,
                        request: &mut reqwest::Request,
                        info: &progenitor_client::OperationInfo,
                    ) -> Result<(), progenitor_client::Error<E>> {
                        crate::hooks::pre(self.inner(), &spec::DOCUMENT, request, info)
                    }

                    async fn exec(
                        &self,
                        request: reqwest::Request,
                        info: &progenitor_client::OperationInfo,
                    ) -> reqwest::Result<reqwest::Response> {
                        crate::hooks::exec(&self.client, self.inner(), &spec::DOCUMENT, request, info)
                            .await
                    }
                }

                impl crate::hooks::GeneratedClient for Client {
                    const DOCUMENT: &'static crate::spec::Document = &spec::DOCUMENT;

                    fn with_state(
                        baseurl: &str,
                        http: reqwest::Client,
                        state: crate::hooks::HookState,
                    ) -> Self {
                        Self::new_with_client(baseurl, http, state)
                    }

                    fn state(&self) -> &crate::hooks::HookState {
                        &self.inner
                    }
                }
            }
        )*

        /// Every document this crate was built from, by module name.
        pub(crate) static DOCUMENTS: &[&crate::spec::Document] = &[
            $( #[$gate] #[cfg(not(test))] &$module::spec::DOCUMENT, )*
        ];

        /// One generated client per document, sharing one connection pool.
        #[derive(Clone, Debug)]
        pub(crate) struct Clients {
            $( #[$gate] #[cfg(not(test))] pub $module: $module::Client, )*
        }

        impl Clients {
            pub(crate) fn new(
                base_url: &str,
                http: &reqwest::Client,
                state: &crate::hooks::HookState,
            ) -> Self {
                Self {
                    $(
                        #[$gate]
                        #[cfg(not(test))]
                        $module: <$module::Client as crate::hooks::GeneratedClient>::with_state(
                            base_url,
                            http.clone(),
                            state.clone(),
                        ),
                    )*
                }
            }
        }

        impl crate::Exa {
            $(
                #[doc = concat!(
                    "The operations of `openapi/", $file, "`, with the client's auth, beta ",
                    "header, path checks, retries and tracing."
                )]
                #[$gate]
                #[cfg(not(test))]
                pub fn $module(&self) -> $module::Api<'_> {
                    crate::Api::new(self, &self.clients.$module)
                }
            )*
        }
    };
}

pub(crate) use documents;
