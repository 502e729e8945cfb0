pub mod types {
    ///`AnswerCitation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerCitation {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The URL of the image associated with the search result, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///An estimate of the creation date, from parsing HTML content. Format is YYYY-MM-DD.
        #[serde(
            rename = "publishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub published_date: ::std::option::Option<::std::string::String>,
        ///The full text content of each source. Only present when includeText is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///`ContentsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<ContentsRequestContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extras: ::std::option::Option<ContentsRequestExtras>,
        ///Text snippets the LLM identifies as most relevant from each page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub highlights: ::std::option::Option<ContentsRequestHighlights>,
        #[doc = "**Deprecated**: Use `maxAgeHours` instead for more precise control over content freshness.\n\nOptions for livecrawling pages.\n'never': Disable livecrawling (default for neural search).\n'fallback': Livecrawl when cache is empty.\n'preferred': Always try to livecrawl, but fall back to cache if crawling fails.\n'always': Always live-crawl, never use cache. Only use if you cannot tolerate any cached content. This option is not recommended unless consulted with the Exa team.\n"]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub livecrawl: ::std::option::Option<ContentsRequestLivecrawl>,
        ///The timeout for livecrawling in milliseconds.
        #[serde(
            rename = "livecrawlTimeout",
            default = "defaults::default_u64::<i64, 10000>"
        )]
        pub livecrawl_timeout: i64,
        /**Maximum age of cached content in hours. Controls when livecrawling is triggered based on content freshness.
- Positive value (e.g. 24): Use cached content if it's less than this many hours old, otherwise livecrawl.
- 0: Always livecrawl, never use cache.
- -1: Never livecrawl, always use cache.
- Omit (default): Livecrawl as fallback only when no cached content exists.
*/
        #[serde(
            rename = "maxAgeHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_age_hours: ::std::option::Option<i64>,
        ///Keyword to find specific subpages of search results. Can be a single string or an array of strings, comma delimited.
        #[serde(
            rename = "subpageTarget",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub subpage_target: ::std::option::Option<ContentsRequestSubpageTarget>,
        ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
        #[serde(default)]
        pub subpages: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<ContentsRequestSummary>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<ContentsRequestText>,
    }
    ///`ResearchTaskDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTaskDto {
        ///Citations grouped by the root field they were used in
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub citations: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<ResearchTaskDtoCitationsValueItem>,
        >,
        ///The research results data conforming to the specified schema
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The unique identifier for the research task
        pub id: ::std::string::String,
        ///The instructions or query for the research task
        pub instructions: ::std::string::String,
        ///The JSON schema specification for the expected output format
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The current status of the research task
        pub status: ResearchTaskDtoStatus,
    }
}
