/// The rule a path parameter must follow where its document gives no constraints (the
/// Agent API's run id); an array path parameter's items follow it too, joined with `,`.
pub const DEFAULT_PATTERN: &str = "^[A-Za-z0-9_.:-]+$";

#[doc = "The client generated from `openapi/exa-agent.yaml`: [`Client`](crate::agent::Client) (every operation, through [`crate::Exa::agent`]), its schemas in [`types`](crate::agent::types), and its table in [`spec`](crate::agent::spec)."]
#[allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code, unreachable_patterns, unused_mut)]
#[allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
#[cfg(exa_document = "agent")]
pub mod agent {
    include!(concat!(env!("OUT_DIR"), "/agent.rs"));

    /// Typed httpmock stubs for every operation of this document (feature `mock`).
    #[cfg(feature = "mock")]
    pub mod mock {
        include!(concat!(env!("OUT_DIR"), "/agent_mocks.rs"));
    }
}
#[doc = "The client generated from `openapi/exa-search.yaml`: [`Client`](crate::search::Client) (every operation, through [`crate::Exa::search`]), its schemas in [`types`](crate::search::types), and its table in [`spec`](crate::search::spec)."]
#[allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code, unreachable_patterns, unused_mut)]
#[allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
#[cfg(exa_document = "search")]
pub mod search {
    include!(concat!(env!("OUT_DIR"), "/search.rs"));

    /// Typed httpmock stubs for every operation of this document (feature `mock`).
    #[cfg(feature = "mock")]
    pub mod mock {
        include!(concat!(env!("OUT_DIR"), "/search_mocks.rs"));
    }
}
#[doc = "The client generated from `openapi/exa-websets.yaml`: [`Client`](crate::websets::Client) (every operation, through [`crate::Exa::websets`]), its schemas in [`types`](crate::websets::types), and its table in [`spec`](crate::websets::spec)."]
#[allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code, unreachable_patterns, unused_mut)]
#[allow(rustdoc::bare_urls, rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]
#[cfg(exa_document = "websets")]
pub mod websets {
    include!(concat!(env!("OUT_DIR"), "/websets.rs"));

    /// Typed httpmock stubs for every operation of this document (feature `mock`).
    #[cfg(feature = "mock")]
    pub mod mock {
        include!(concat!(env!("OUT_DIR"), "/websets_mocks.rs"));
    }
}
/// Every document this crate was built from, by module name.
pub(crate) static DOCUMENTS: &[&crate::spec::Document] = &[
    #[cfg(exa_document = "agent")] &agent::spec::DOCUMENT,
    #[cfg(exa_document = "search")] &search::spec::DOCUMENT,
    #[cfg(exa_document = "websets")] &websets::spec::DOCUMENT,
];

/// One generated client per document, sharing one connection pool.
#[derive(Clone, Debug)]
pub(crate) struct Clients {
    #[cfg(exa_document = "agent")]
    pub agent: agent::Client,
    #[cfg(exa_document = "search")]
    pub search: search::Client,
    #[cfg(exa_document = "websets")]
    pub websets: websets::Client,
}

impl Clients {
    pub(crate) fn new(base_url: &str, http: &reqwest::Client, state: &crate::hooks::HookState) -> Self {
        Self {
            #[cfg(exa_document = "agent")]
            agent: <agent::Client as crate::spec::Api>::with_state(base_url, http.clone(), state.clone()),
            #[cfg(exa_document = "search")]
            search: <search::Client as crate::spec::Api>::with_state(base_url, http.clone(), state.clone()),
            #[cfg(exa_document = "websets")]
            websets: <websets::Client as crate::spec::Api>::with_state(base_url, http.clone(), state.clone()),
        }
    }
}

impl crate::Exa {
    #[doc = "The operations of `openapi/exa-agent.yaml`, with the client's auth, beta header, path checks, retries and tracing."]
    #[cfg(exa_document = "agent")]
    pub fn agent(&self) -> crate::Api<'_, agent::Client> {
        crate::Api::new(self, &self.clients.agent)
    }
    #[doc = "The operations of `openapi/exa-search.yaml`, with the client's auth, beta header, path checks, retries and tracing."]
    #[cfg(exa_document = "search")]
    pub fn search(&self) -> crate::Api<'_, search::Client> {
        crate::Api::new(self, &self.clients.search)
    }
    #[doc = "The operations of `openapi/exa-websets.yaml`, with the client's auth, beta header, path checks, retries and tracing."]
    #[cfg(exa_document = "websets")]
    pub fn websets(&self) -> crate::Api<'_, websets::Client> {
        crate::Api::new(self, &self.clients.websets)
    }
}
