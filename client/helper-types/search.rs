pub mod types {
    ///`ContentsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequest {
        Variant0 {
            ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            compliance: ::std::option::Option<ContentsRequestVariant0Compliance>,
            ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            context: ::std::option::Option<ContentsRequestVariant0Context>,
            ///Extra parameters to pass.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            extras: ::std::option::Option<ContentsRequestVariant0Extras>,
            ///Text snippets the LLM identifies as most relevant from each page.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            highlights: ::std::option::Option<ContentsRequestVariant0Highlights>,
            ///Document IDs obtained from searches.
            ids: ::std::vec::Vec<ContentsRequestVariant0IdsItem>,
            ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            livecrawl: ::std::option::Option<ContentsRequestVariant0Livecrawl>,
            ///The timeout for livecrawling in milliseconds.
            #[serde(
                rename = "livecrawlTimeout",
                default = "defaults::contents_request_variant0_livecrawl_timeout"
            )]
            livecrawl_timeout: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum age of cached content in hours. Positive values use cached content if it is less than this many hours old; 0 fetches fresh content and is the supported way to apply text rendering options to newly fetched pages; -1 always uses cache; omitted uses fallback fetching when cached content is unavailable. Maximum supported value is 720 hours.
            #[serde(
                rename = "maxAgeHours",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_age_hours: ::std::option::Option<i64>,
            ///Term to find specific subpages of search results. Can be a single string or an array of strings.
            #[serde(
                rename = "subpageTarget",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            subpage_target: ::std::option::Option<ContentsRequestVariant0SubpageTarget>,
            ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
            #[serde(default = "defaults::contents_request_variant0_subpages")]
            subpages: ::std::option::Option<i64>,
            ///Summary of the webpage.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            summary: ::std::option::Option<ContentsRequestVariant0Summary>,
            ///Text extraction options for each result.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            text: ::std::option::Option<ContentsRequestVariant0Text>,
        },
        Variant1 {
            ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            compliance: ::std::option::Option<ContentsRequestVariant1Compliance>,
            ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            context: ::std::option::Option<ContentsRequestVariant1Context>,
            ///Extra parameters to pass.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            extras: ::std::option::Option<ContentsRequestVariant1Extras>,
            ///Text snippets the LLM identifies as most relevant from each page.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            highlights: ::std::option::Option<ContentsRequestVariant1Highlights>,
            ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            livecrawl: ::std::option::Option<ContentsRequestVariant1Livecrawl>,
            ///The timeout for livecrawling in milliseconds.
            #[serde(
                rename = "livecrawlTimeout",
                default = "defaults::contents_request_variant1_livecrawl_timeout"
            )]
            livecrawl_timeout: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum age of cached content in hours. Positive values use cached content if it is less than this many hours old; 0 fetches fresh content and is the supported way to apply text rendering options to newly fetched pages; -1 always uses cache; omitted uses fallback fetching when cached content is unavailable. Maximum supported value is 720 hours.
            #[serde(
                rename = "maxAgeHours",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_age_hours: ::std::option::Option<i64>,
            ///Term to find specific subpages of search results. Can be a single string or an array of strings.
            #[serde(
                rename = "subpageTarget",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            subpage_target: ::std::option::Option<ContentsRequestVariant1SubpageTarget>,
            ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
            #[serde(default = "defaults::contents_request_variant1_subpages")]
            subpages: ::std::option::Option<i64>,
            ///Summary of the webpage.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            summary: ::std::option::Option<ContentsRequestVariant1Summary>,
            ///Text extraction options for each result.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            text: ::std::option::Option<ContentsRequestVariant1Text>,
            ///URLs to crawl (backwards compatible with the `ids` parameter).
            urls: ::std::vec::Vec<ContentsRequestVariant1UrlsItem>,
        },
    }
}
