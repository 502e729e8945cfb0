#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AnswerBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerBody {
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<AnswerBodyOutputSchema>,
        ///The question or query to answer.
        pub query: AnswerBodyQuery,
        ///If true, the response is returned as a server-sent events (SSS) stream.
        #[serde(default)]
        pub stream: bool,
        ///If true, the response includes full text content in the search results
        #[serde(default)]
        pub text: bool,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerBody {
        pub fn builder() -> builder::AnswerBody {
            Default::default()
        }
    }
    ///A [JSON Schema Draft 7](https://json-schema.org/draft-07) specification for the desired answer structure. When provided, the answer will be returned as a structured object matching the schema instead of a plain string.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerBodyOutputSchema {
        ///Whether to allow properties not listed in `properties`.
        #[serde(rename = "additionalProperties", default)]
        pub additional_properties: bool,
        ///A description of the schema.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub description: ::std::option::Option<::std::string::String>,
        ///An object where each key is a property name and each value is a JSON Schema describing that property (with `type`, `description`, etc).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub properties: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///List of required property names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub required: ::std::vec::Vec<::std::string::String>,
        ///The root schema type (typically "object").
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub type_: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerBodyOutputSchema {
        pub fn builder() -> builder::AnswerBodyOutputSchema {
            Default::default()
        }
    }
    ///The question or query to answer.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerBodyQuery(::std::string::String);
    impl ::std::ops::Deref for AnswerBodyQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AnswerBodyQuery> for ::std::string::String {
        fn from(value: AnswerBodyQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AnswerBodyQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AnswerBodyQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AnswerBodyQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AnswerBodyQuery {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AnswerCitation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerCitation {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///The URL of the image associated with the search result, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub image: ::std::option::Option<::std::string::String>,
        ///An estimate of the creation date, from parsing HTML content. Format is YYYY-MM-DD.
        #[serde(
            rename = "publishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub published_date: ::std::option::Option<::std::string::String>,
        ///The full text content of each source. Only present when includeText is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerCitation {
        pub fn builder() -> builder::AnswerCitation {
            Default::default()
        }
    }
    ///`AnswerResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerResponse {
        ///The generated answer based on search results. Returns a string by default, or a structured object matching the provided outputSchema.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub answer: ::std::option::Option<AnswerResponseAnswer>,
        ///Search results used to generate the answer.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<AnswerCitation>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollars>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerResponse {
        pub fn builder() -> builder::AnswerResponse {
            Default::default()
        }
    }
    ///The generated answer based on search results. Returns a string by default, or a structured object matching the provided outputSchema.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum AnswerResponseAnswer {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for AnswerResponseAnswer {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`AnswerResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerResult {
        ///The generated answer based on search results. Returns a string by default, or a structured object matching the provided outputSchema.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub answer: ::std::option::Option<AnswerResultAnswer>,
        ///Search results used to generate the answer.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<AnswerCitation>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerResult {
        pub fn builder() -> builder::AnswerResult {
            Default::default()
        }
    }
    ///The generated answer based on search results. Returns a string by default, or a structured object matching the provided outputSchema.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum AnswerResultAnswer {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for AnswerResultAnswer {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`CommonRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CommonRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsRequest>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<CommonRequestContext>,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled before this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date before this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///List of domains to exclude from search results. If specified, no results will be returned from these domains.
        #[serde(
            rename = "excludeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_domains: ::std::vec::Vec<::std::string::String>,
        ///List of strings that must not be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words. Checks from the first 1000 words of the webpage text.
        #[serde(
            rename = "excludeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_text: ::std::vec::Vec<::std::string::String>,
        ///List of domains to include in the search. If specified, results will only come from these domains.
        #[serde(
            rename = "includeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_domains: ::std::vec::Vec<::std::string::String>,
        ///List of strings that must be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words.
        #[serde(
            rename = "includeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_text: ::std::vec::Vec<::std::string::String>,
        ///Enable content moderation to filter unsafe content from search results.
        #[serde(default)]
        pub moderation: bool,
        ///Number of results to return (up to thousands of results available for custom plans)
        #[serde(
            rename = "numResults",
            default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>"
        )]
        pub num_results: ::std::num::NonZeroU64,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled after this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date after this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for CommonRequest {
        fn default() -> Self {
            Self {
                contents: Default::default(),
                context: Default::default(),
                end_crawl_date: Default::default(),
                end_published_date: Default::default(),
                exclude_domains: Default::default(),
                exclude_text: Default::default(),
                include_domains: Default::default(),
                include_text: Default::default(),
                moderation: Default::default(),
                num_results: defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
                start_crawl_date: Default::default(),
                start_published_date: Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl CommonRequest {
        pub fn builder() -> builder::CommonRequest {
            Default::default()
        }
    }
    ///`CommonRequestContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum CommonRequestContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
        },
    }
    impl ::std::convert::From<bool> for CommonRequestContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Structured entity data for a company.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CompanyEntity {
        ///Exa entity ID.
        pub id: ::std::string::String,
        pub properties: EntityCompanyProperties,
        ///Entity type discriminator.
        #[serde(rename = "type")]
        pub type_: CompanyEntityType,
        ///Schema version number.
        pub version: i64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CompanyEntity {
        pub fn builder() -> builder::CompanyEntity {
            Default::default()
        }
    }
    ///Entity type discriminator.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum CompanyEntityType {
        #[serde(rename = "company")]
        Company,
    }
    impl ::std::fmt::Display for CompanyEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Company => f.write_str("company"),
            }
        }
    }
    impl ::std::str::FromStr for CompanyEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "company" => Ok(Self::Company),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CompanyEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CompanyEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<ContentsRequestContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<ContentsRequestExtras>,
        ///Text snippets the LLM identifies as most relevant from each page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub highlights: ::std::option::Option<ContentsRequestHighlights>,
        #[doc = "**Deprecated**: Use `maxAgeHours` instead for more precise control over content freshness.\n\nOptions for livecrawling pages.\n'never': Disable livecrawling (default for neural search).\n'fallback': Livecrawl when cache is empty.\n'preferred': Always try to livecrawl, but fall back to cache if crawling fails.\n'always': Always live-crawl, never use cache. Only use if you cannot tolerate any cached content. This option is not recommended unless consulted with the Exa team.\n"]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
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
        #[serde(default)]
        pub max_age_hours: ::std::option::Option<i64>,
        ///Keyword to find specific subpages of search results. Can be a single string or an array of strings, comma delimited.
        #[serde(
            rename = "subpageTarget",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub subpage_target: ::std::option::Option<ContentsRequestSubpageTarget>,
        ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
        #[serde(default)]
        pub subpages: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<ContentsRequestSummary>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<ContentsRequestText>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for ContentsRequest {
        fn default() -> Self {
            Self {
                context: Default::default(),
                extras: Default::default(),
                highlights: Default::default(),
                livecrawl: Default::default(),
                livecrawl_timeout: defaults::default_u64::<i64, 10000>(),
                max_age_hours: Default::default(),
                subpage_target: Default::default(),
                subpages: Default::default(),
                summary: Default::default(),
                text: Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ContentsRequest {
        pub fn builder() -> builder::ContentsRequest {
            Default::default()
        }
    }
    ///`ContentsRequestContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestExtras {
        ///Number of images to return for each result.
        #[serde(rename = "imageLinks", default)]
        pub image_links: i64,
        ///Number of URLs to return from each webpage.
        #[serde(default)]
        pub links: i64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsRequestExtras {
        pub fn builder() -> builder::ContentsRequestExtras {
            Default::default()
        }
    }
    ///Text snippets the LLM identifies as most relevant from each page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestHighlights {
        Boolean(bool),
        Object {
            ///Deprecated: use maxCharacters instead. The number of snippets to return for each result.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Deprecated: use maxCharacters instead. The number of sentences to return for each snippet.
            #[serde(
                rename = "numSentences",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            num_sentences: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query to direct the LLM's selection of highlights.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestHighlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    #[doc = "**Deprecated**: Use `maxAgeHours` instead for more precise control over content freshness.\n\nOptions for livecrawling pages.\n'never': Disable livecrawling (default for neural search).\n'fallback': Livecrawl when cache is empty.\n'preferred': Always try to livecrawl, but fall back to cache if crawling fails.\n'always': Always live-crawl, never use cache. Only use if you cannot tolerate any cached content. This option is not recommended unless consulted with the Exa team.\n"]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestLivecrawl {
        #[serde(rename = "never")]
        Never,
        #[serde(rename = "fallback")]
        Fallback,
        #[serde(rename = "preferred")]
        Preferred,
        #[serde(rename = "always")]
        Always,
    }
    impl ::std::fmt::Display for ContentsRequestLivecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Never => f.write_str("never"),
                Self::Fallback => f.write_str("fallback"),
                Self::Preferred => f.write_str("preferred"),
                Self::Always => f.write_str("always"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestLivecrawl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "never" => Ok(Self::Never),
                "fallback" => Ok(Self::Fallback),
                "preferred" => Ok(Self::Preferred),
                "always" => Ok(Self::Always),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContentsRequestLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Keyword to find specific subpages of search results. Can be a single string or an array of strings, comma delimited.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestSubpageTarget {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for ContentsRequestSubpageTarget {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///Summary of the webpage
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestSummary {
        ///Custom query for the LLM-generated summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<::std::string::String>,
        /**JSON schema for structured output from summary.
See https://json-schema.org/overview/what-is-jsonschema for JSON Schema documentation.
*/
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsRequestSummary {
        pub fn builder() -> builder::ContentsRequestSummary {
            Default::default()
        }
    }
    ///`ContentsRequestText`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestText {
        Boolean(bool),
        Object {
            /**Exclude content from these semantic page sections. Requires livecrawl: "always" to take effect.
*/
            #[serde(
                rename = "excludeSections",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            exclude_sections: ::std::vec::Vec<
                ContentsRequestTextObjectExcludeSectionsItem,
            >,
            ///Include HTML tags in the response, which can help LLMs understand text structure and formatting.
            #[serde(rename = "includeHtmlTags", default)]
            include_html_tags: bool,
            /**Only include content from these semantic page sections. Requires livecrawl: "always" to take effect.
*/
            #[serde(
                rename = "includeSections",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            include_sections: ::std::vec::Vec<
                ContentsRequestTextObjectIncludeSectionsItem,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
            /**Controls the verbosity level of returned content. Requires livecrawl: "always" to take effect.
- compact: Most concise output, main content only (default)
- standard: Balanced content with more detail
- full: Complete content including all sections
*/
            #[serde(default = "defaults::contents_request_text_object_verbosity")]
            verbosity: ContentsRequestTextObjectVerbosity,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestText {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`ContentsRequestTextObjectExcludeSectionsItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestTextObjectExcludeSectionsItem {
        #[serde(rename = "header")]
        Header,
        #[serde(rename = "navigation")]
        Navigation,
        #[serde(rename = "banner")]
        Banner,
        #[serde(rename = "body")]
        Body,
        #[serde(rename = "sidebar")]
        Sidebar,
        #[serde(rename = "footer")]
        Footer,
        #[serde(rename = "metadata")]
        Metadata,
    }
    impl ::std::fmt::Display for ContentsRequestTextObjectExcludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Header => f.write_str("header"),
                Self::Navigation => f.write_str("navigation"),
                Self::Banner => f.write_str("banner"),
                Self::Body => f.write_str("body"),
                Self::Sidebar => f.write_str("sidebar"),
                Self::Footer => f.write_str("footer"),
                Self::Metadata => f.write_str("metadata"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestTextObjectExcludeSectionsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "header" => Ok(Self::Header),
                "navigation" => Ok(Self::Navigation),
                "banner" => Ok(Self::Banner),
                "body" => Ok(Self::Body),
                "sidebar" => Ok(Self::Sidebar),
                "footer" => Ok(Self::Footer),
                "metadata" => Ok(Self::Metadata),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestTextObjectIncludeSectionsItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestTextObjectIncludeSectionsItem {
        #[serde(rename = "header")]
        Header,
        #[serde(rename = "navigation")]
        Navigation,
        #[serde(rename = "banner")]
        Banner,
        #[serde(rename = "body")]
        Body,
        #[serde(rename = "sidebar")]
        Sidebar,
        #[serde(rename = "footer")]
        Footer,
        #[serde(rename = "metadata")]
        Metadata,
    }
    impl ::std::fmt::Display for ContentsRequestTextObjectIncludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Header => f.write_str("header"),
                Self::Navigation => f.write_str("navigation"),
                Self::Banner => f.write_str("banner"),
                Self::Body => f.write_str("body"),
                Self::Sidebar => f.write_str("sidebar"),
                Self::Footer => f.write_str("footer"),
                Self::Metadata => f.write_str("metadata"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestTextObjectIncludeSectionsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "header" => Ok(Self::Header),
                "navigation" => Ok(Self::Navigation),
                "banner" => Ok(Self::Banner),
                "body" => Ok(Self::Body),
                "sidebar" => Ok(Self::Sidebar),
                "footer" => Ok(Self::Footer),
                "metadata" => Ok(Self::Metadata),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Controls the verbosity level of returned content. Requires livecrawl: "always" to take effect.
- compact: Most concise output, main content only (default)
- standard: Balanced content with more detail
- full: Complete content including all sections
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestTextObjectVerbosity {
        #[serde(rename = "compact")]
        Compact,
        #[serde(rename = "standard")]
        Standard,
        #[serde(rename = "full")]
        Full,
    }
    impl ::std::fmt::Display for ContentsRequestTextObjectVerbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Compact => f.write_str("compact"),
                Self::Standard => f.write_str("standard"),
                Self::Full => f.write_str("full"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestTextObjectVerbosity {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "compact" => Ok(Self::Compact),
                "standard" => Ok(Self::Standard),
                "full" => Ok(Self::Full),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ContentsRequestTextObjectVerbosity {
        fn default() -> Self {
            ContentsRequestTextObjectVerbosity::Compact
        }
    }
    ///`CostDollars`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollars {
        ///Breakdown of costs by operation type
        #[serde(
            rename = "breakDown",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub break_down: ::std::vec::Vec<CostDollarsBreakDownItem>,
        #[serde(
            rename = "perPagePrices",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub per_page_prices: ::std::option::Option<CostDollarsPerPagePrices>,
        #[serde(
            rename = "perRequestPrices",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub per_request_prices: ::std::option::Option<CostDollarsPerRequestPrices>,
        ///Total dollar cost for your request
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub total: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollars {
        pub fn builder() -> builder::CostDollars {
            Default::default()
        }
    }
    ///`CostDollarsBreakDownItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsBreakDownItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub breakdown: ::std::option::Option<CostDollarsBreakDownItemBreakdown>,
        ///Cost of your content operations
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<f64>,
        ///Cost of your search operations
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub search: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsBreakDownItem {
        pub fn builder() -> builder::CostDollarsBreakDownItem {
            Default::default()
        }
    }
    ///`CostDollarsBreakDownItemBreakdown`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsBreakDownItemBreakdown {
        ///Cost of your highlight generation
        #[serde(
            rename = "contentHighlight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_highlight: ::std::option::Option<f64>,
        ///Cost of your summary generation
        #[serde(
            rename = "contentSummary",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_summary: ::std::option::Option<f64>,
        ///Cost of your text content retrieval
        #[serde(
            rename = "contentText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_text: ::std::option::Option<f64>,
        ///Cost of your deep search operations
        #[serde(
            rename = "deepSearch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub deep_search: ::std::option::Option<f64>,
        ///Cost of your neural search operations
        #[serde(
            rename = "neuralSearch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub neural_search: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsBreakDownItemBreakdown {
        pub fn builder() -> builder::CostDollarsBreakDownItemBreakdown {
            Default::default()
        }
    }
    ///Standard price per page for different content operations
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsPerPagePrices {
        ///Standard price per page for highlights
        #[serde(
            rename = "contentHighlight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_highlight: ::std::option::Option<f64>,
        ///Standard price per page for summaries
        #[serde(
            rename = "contentSummary",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_summary: ::std::option::Option<f64>,
        ///Standard price per page for text content
        #[serde(
            rename = "contentText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub content_text: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsPerPagePrices {
        pub fn builder() -> builder::CostDollarsPerPagePrices {
            Default::default()
        }
    }
    ///Standard price per request for different operations
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsPerRequestPrices {
        ///Standard price for deep search with 1-25 results
        #[serde(
            rename = "deepSearch_1_25_results",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub deep_search_1_25_results: ::std::option::Option<f64>,
        ///Standard price for deep search with 26-100 results
        #[serde(
            rename = "deepSearch_26_100_results",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub deep_search_26_100_results: ::std::option::Option<f64>,
        ///Standard price for neural search with 100+ results
        #[serde(
            rename = "neuralSearch_100_plus_results",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub neural_search_100_plus_results: ::std::option::Option<f64>,
        ///Standard price for neural search with 1-25 results
        #[serde(
            rename = "neuralSearch_1_25_results",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub neural_search_1_25_results: ::std::option::Option<f64>,
        ///Standard price for neural search with 26-100 results
        #[serde(
            rename = "neuralSearch_26_100_results",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub neural_search_26_100_results: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsPerRequestPrices {
        pub fn builder() -> builder::CostDollarsPerRequestPrices {
            Default::default()
        }
    }
    ///Structured entity data for company or person search results. Only returned for category=company or category=people searches.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum Entity {
        CompanyEntity(CompanyEntity),
        PersonEntity(PersonEntity),
    }
    impl ::std::convert::From<CompanyEntity> for Entity {
        fn from(value: CompanyEntity) -> Self {
            Self::CompanyEntity(value)
        }
    }
    impl ::std::convert::From<PersonEntity> for Entity {
        fn from(value: PersonEntity) -> Self {
            Self::PersonEntity(value)
        }
    }
    ///Structured properties for a company entity.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyProperties {
        ///Brief description of the company.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub financials: ::std::option::Option<EntityCompanyPropertiesFinancials>,
        ///Year the company was founded.
        #[serde(
            rename = "foundedYear",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub founded_year: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub headquarters: ::std::option::Option<EntityCompanyPropertiesHeadquarters>,
        ///Company name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "webTraffic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub web_traffic: ::std::option::Option<EntityCompanyPropertiesWebTraffic>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub workforce: ::std::option::Option<EntityCompanyPropertiesWorkforce>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyProperties {
        pub fn builder() -> builder::EntityCompanyProperties {
            Default::default()
        }
    }
    ///Company financial information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyPropertiesFinancials {
        #[serde(
            rename = "fundingLatestRound",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub funding_latest_round: ::std::option::Option<
            EntityCompanyPropertiesFundingRound,
        >,
        ///Total funding raised in USD.
        #[serde(
            rename = "fundingTotal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub funding_total: ::std::option::Option<i64>,
        ///Annual revenue in USD.
        #[serde(
            rename = "revenueAnnual",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub revenue_annual: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyPropertiesFinancials {
        pub fn builder() -> builder::EntityCompanyPropertiesFinancials {
            Default::default()
        }
    }
    ///Funding round information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyPropertiesFundingRound {
        ///Amount raised in USD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub amount: ::std::option::Option<i64>,
        ///Date of the funding round.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub date: ::std::option::Option<::std::string::String>,
        ///Name of the funding round (e.g., "Series A", "Seed").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyPropertiesFundingRound {
        pub fn builder() -> builder::EntityCompanyPropertiesFundingRound {
            Default::default()
        }
    }
    ///Company headquarters information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyPropertiesHeadquarters {
        ///Street address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub address: ::std::option::Option<::std::string::String>,
        ///City name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub city: ::std::option::Option<::std::string::String>,
        ///Full country name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub country: ::std::option::Option<::std::string::String>,
        ///Postal/ZIP code.
        #[serde(
            rename = "postalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub postal_code: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyPropertiesHeadquarters {
        pub fn builder() -> builder::EntityCompanyPropertiesHeadquarters {
            Default::default()
        }
    }
    ///Company web traffic information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyPropertiesWebTraffic {
        ///Estimated monthly website visits.
        #[serde(
            rename = "visitsMonthly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub visits_monthly: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyPropertiesWebTraffic {
        pub fn builder() -> builder::EntityCompanyPropertiesWebTraffic {
            Default::default()
        }
    }
    ///Company workforce information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityCompanyPropertiesWorkforce {
        ///Total number of employees.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub total: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityCompanyPropertiesWorkforce {
        pub fn builder() -> builder::EntityCompanyPropertiesWorkforce {
            Default::default()
        }
    }
    ///Date range for work history entries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityDateRange {
        ///Start date (YYYY-MM-DD format).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub from: ::std::option::Option<::std::string::String>,
        ///End date (YYYY-MM-DD format).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub to: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityDateRange {
        pub fn builder() -> builder::EntityDateRange {
            Default::default()
        }
    }
    ///Structured properties for a person entity.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityPersonProperties {
        ///Person's location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///Person's full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        ///List of work history entries.
        #[serde(
            rename = "workHistory",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub work_history: ::std::vec::Vec<EntityPersonPropertiesWorkHistoryEntry>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityPersonProperties {
        pub fn builder() -> builder::EntityPersonProperties {
            Default::default()
        }
    }
    ///Reference to a company in work history.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityPersonPropertiesCompanyRef {
        ///Exa entity ID for the company.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Company name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityPersonPropertiesCompanyRef {
        pub fn builder() -> builder::EntityPersonPropertiesCompanyRef {
            Default::default()
        }
    }
    ///A single work history entry for a person.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EntityPersonPropertiesWorkHistoryEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub company: ::std::option::Option<EntityPersonPropertiesCompanyRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub dates: ::std::option::Option<EntityDateRange>,
        ///Work location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///Job title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EntityPersonPropertiesWorkHistoryEntry {
        pub fn builder() -> builder::EntityPersonPropertiesWorkHistoryEntry {
            Default::default()
        }
    }
    ///`FindSimilarBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FindSimilarBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsRequest>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<FindSimilarBodyContext>,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled before this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date before this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///List of domains to exclude from search results. If specified, no results will be returned from these domains.
        #[serde(
            rename = "excludeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_domains: ::std::vec::Vec<::std::string::String>,
        ///If true, excludes links from the same domain as the provided URL from the results.
        #[serde(
            rename = "excludeSourceDomain",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub exclude_source_domain: ::std::option::Option<bool>,
        ///List of strings that must not be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words. Checks from the first 1000 words of the webpage text.
        #[serde(
            rename = "excludeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_text: ::std::vec::Vec<::std::string::String>,
        ///List of domains to include in the search. If specified, results will only come from these domains.
        #[serde(
            rename = "includeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_domains: ::std::vec::Vec<::std::string::String>,
        ///List of strings that must be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words.
        #[serde(
            rename = "includeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_text: ::std::vec::Vec<::std::string::String>,
        ///Enable content moderation to filter unsafe content from search results.
        #[serde(default)]
        pub moderation: bool,
        ///Number of results to return (up to thousands of results available for custom plans)
        #[serde(
            rename = "numResults",
            default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>"
        )]
        pub num_results: ::std::num::NonZeroU64,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled after this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date after this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The url for which you would like to find similar links.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindSimilarBody {
        pub fn builder() -> builder::FindSimilarBody {
            Default::default()
        }
    }
    ///`FindSimilarBodyContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum FindSimilarBodyContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
        },
    }
    impl ::std::convert::From<bool> for FindSimilarBodyContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`FindSimilarResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FindSimilarResponse {
        ///Deprecated. Combined context string from search results. Use highlights or text instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollars>,
        ///Unique identifier for the request
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///A list of search results containing title, URL, published date, and author.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub results: ::std::vec::Vec<ResultWithContent>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindSimilarResponse {
        pub fn builder() -> builder::FindSimilarResponse {
            Default::default()
        }
    }
    ///`GetContentsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<GetContentsBodyContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<GetContentsBodyExtras>,
        ///Text snippets the LLM identifies as most relevant from each page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub highlights: ::std::option::Option<GetContentsBodyHighlights>,
        ///Deprecated - use 'urls' instead. Array of document IDs obtained from searches.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ids: ::std::vec::Vec<::std::string::String>,
        #[doc = "**Deprecated**: Use `maxAgeHours` instead for more precise control over content freshness.\n\nOptions for livecrawling pages.\n'never': Disable livecrawling (default for neural search).\n'fallback': Livecrawl when cache is empty.\n'preferred': Always try to livecrawl, but fall back to cache if crawling fails.\n'always': Always live-crawl, never use cache. Only use if you cannot tolerate any cached content. This option is not recommended unless consulted with the Exa team.\n"]
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub livecrawl: ::std::option::Option<GetContentsBodyLivecrawl>,
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
        #[serde(default)]
        pub max_age_hours: ::std::option::Option<i64>,
        ///Keyword to find specific subpages of search results. Can be a single string or an array of strings, comma delimited.
        #[serde(
            rename = "subpageTarget",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub subpage_target: ::std::option::Option<GetContentsBodySubpageTarget>,
        ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
        #[serde(default)]
        pub subpages: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<GetContentsBodySummary>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<GetContentsBodyText>,
        ///Array of URLs to crawl (backwards compatible with 'ids' parameter).
        #[serde(default)]
        pub urls: ::std::vec::Vec<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsBody {
        pub fn builder() -> builder::GetContentsBody {
            Default::default()
        }
    }
    ///`GetContentsBodyContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
        },
    }
    impl ::std::convert::From<bool> for GetContentsBodyContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsBodyExtras {
        ///Number of images to return for each result.
        #[serde(rename = "imageLinks", default)]
        pub image_links: i64,
        ///Number of URLs to return from each webpage.
        #[serde(default)]
        pub links: i64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsBodyExtras {
        pub fn builder() -> builder::GetContentsBodyExtras {
            Default::default()
        }
    }
    ///Text snippets the LLM identifies as most relevant from each page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyHighlights {
        Boolean(bool),
        Object {
            ///Deprecated: use maxCharacters instead. The number of snippets to return for each result.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Deprecated: use maxCharacters instead. The number of sentences to return for each snippet.
            #[serde(
                rename = "numSentences",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            num_sentences: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query to direct the LLM's selection of highlights.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for GetContentsBodyHighlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    #[doc = "**Deprecated**: Use `maxAgeHours` instead for more precise control over content freshness.\n\nOptions for livecrawling pages.\n'never': Disable livecrawling (default for neural search).\n'fallback': Livecrawl when cache is empty.\n'preferred': Always try to livecrawl, but fall back to cache if crawling fails.\n'always': Always live-crawl, never use cache. Only use if you cannot tolerate any cached content. This option is not recommended unless consulted with the Exa team.\n"]
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyLivecrawl {
        #[serde(rename = "never")]
        Never,
        #[serde(rename = "fallback")]
        Fallback,
        #[serde(rename = "preferred")]
        Preferred,
        #[serde(rename = "always")]
        Always,
    }
    impl ::std::fmt::Display for GetContentsBodyLivecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Never => f.write_str("never"),
                Self::Fallback => f.write_str("fallback"),
                Self::Preferred => f.write_str("preferred"),
                Self::Always => f.write_str("always"),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsBodyLivecrawl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "never" => Ok(Self::Never),
                "fallback" => Ok(Self::Fallback),
                "preferred" => Ok(Self::Preferred),
                "always" => Ok(Self::Always),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetContentsBodyLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetContentsBodyLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Keyword to find specific subpages of search results. Can be a single string or an array of strings, comma delimited.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodySubpageTarget {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for GetContentsBodySubpageTarget {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///Summary of the webpage
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsBodySummary {
        ///Custom query for the LLM-generated summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<::std::string::String>,
        /**JSON schema for structured output from summary.
See https://json-schema.org/overview/what-is-jsonschema for JSON Schema documentation.
*/
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsBodySummary {
        pub fn builder() -> builder::GetContentsBodySummary {
            Default::default()
        }
    }
    ///`GetContentsBodyText`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyText {
        Boolean(bool),
        Object {
            /**Exclude content from these semantic page sections. Requires livecrawl: "always" to take effect.
*/
            #[serde(
                rename = "excludeSections",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            exclude_sections: ::std::vec::Vec<
                GetContentsBodyTextObjectExcludeSectionsItem,
            >,
            ///Include HTML tags in the response, which can help LLMs understand text structure and formatting.
            #[serde(rename = "includeHtmlTags", default)]
            include_html_tags: bool,
            /**Only include content from these semantic page sections. Requires livecrawl: "always" to take effect.
*/
            #[serde(
                rename = "includeSections",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            include_sections: ::std::vec::Vec<
                GetContentsBodyTextObjectIncludeSectionsItem,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
            /**Controls the verbosity level of returned content. Requires livecrawl: "always" to take effect.
- compact: Most concise output, main content only (default)
- standard: Balanced content with more detail
- full: Complete content including all sections
*/
            #[serde(default = "defaults::get_contents_body_text_object_verbosity")]
            verbosity: GetContentsBodyTextObjectVerbosity,
        },
    }
    impl ::std::convert::From<bool> for GetContentsBodyText {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`GetContentsBodyTextObjectExcludeSectionsItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyTextObjectExcludeSectionsItem {
        #[serde(rename = "header")]
        Header,
        #[serde(rename = "navigation")]
        Navigation,
        #[serde(rename = "banner")]
        Banner,
        #[serde(rename = "body")]
        Body,
        #[serde(rename = "sidebar")]
        Sidebar,
        #[serde(rename = "footer")]
        Footer,
        #[serde(rename = "metadata")]
        Metadata,
    }
    impl ::std::fmt::Display for GetContentsBodyTextObjectExcludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Header => f.write_str("header"),
                Self::Navigation => f.write_str("navigation"),
                Self::Banner => f.write_str("banner"),
                Self::Body => f.write_str("body"),
                Self::Sidebar => f.write_str("sidebar"),
                Self::Footer => f.write_str("footer"),
                Self::Metadata => f.write_str("metadata"),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsBodyTextObjectExcludeSectionsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "header" => Ok(Self::Header),
                "navigation" => Ok(Self::Navigation),
                "banner" => Ok(Self::Banner),
                "body" => Ok(Self::Body),
                "sidebar" => Ok(Self::Sidebar),
                "footer" => Ok(Self::Footer),
                "metadata" => Ok(Self::Metadata),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetContentsBodyTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetContentsBodyTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetContentsBodyTextObjectIncludeSectionsItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyTextObjectIncludeSectionsItem {
        #[serde(rename = "header")]
        Header,
        #[serde(rename = "navigation")]
        Navigation,
        #[serde(rename = "banner")]
        Banner,
        #[serde(rename = "body")]
        Body,
        #[serde(rename = "sidebar")]
        Sidebar,
        #[serde(rename = "footer")]
        Footer,
        #[serde(rename = "metadata")]
        Metadata,
    }
    impl ::std::fmt::Display for GetContentsBodyTextObjectIncludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Header => f.write_str("header"),
                Self::Navigation => f.write_str("navigation"),
                Self::Banner => f.write_str("banner"),
                Self::Body => f.write_str("body"),
                Self::Sidebar => f.write_str("sidebar"),
                Self::Footer => f.write_str("footer"),
                Self::Metadata => f.write_str("metadata"),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsBodyTextObjectIncludeSectionsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "header" => Ok(Self::Header),
                "navigation" => Ok(Self::Navigation),
                "banner" => Ok(Self::Banner),
                "body" => Ok(Self::Body),
                "sidebar" => Ok(Self::Sidebar),
                "footer" => Ok(Self::Footer),
                "metadata" => Ok(Self::Metadata),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetContentsBodyTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetContentsBodyTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Controls the verbosity level of returned content. Requires livecrawl: "always" to take effect.
- compact: Most concise output, main content only (default)
- standard: Balanced content with more detail
- full: Complete content including all sections
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum GetContentsBodyTextObjectVerbosity {
        #[serde(rename = "compact")]
        Compact,
        #[serde(rename = "standard")]
        Standard,
        #[serde(rename = "full")]
        Full,
    }
    impl ::std::fmt::Display for GetContentsBodyTextObjectVerbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Compact => f.write_str("compact"),
                Self::Standard => f.write_str("standard"),
                Self::Full => f.write_str("full"),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsBodyTextObjectVerbosity {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "compact" => Ok(Self::Compact),
                "standard" => Ok(Self::Standard),
                "full" => Ok(Self::Full),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetContentsBodyTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetContentsBodyTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for GetContentsBodyTextObjectVerbosity {
        fn default() -> Self {
            GetContentsBodyTextObjectVerbosity::Compact
        }
    }
    ///`GetContentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsResponse {
        ///Deprecated. Combined context string from search results. Use highlights or text instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollars>,
        ///Unique identifier for the request
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub results: ::std::vec::Vec<ResultWithContent>,
        ///Status information for each requested URL
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub statuses: ::std::vec::Vec<GetContentsResponseStatusesItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsResponse {
        pub fn builder() -> builder::GetContentsResponse {
            Default::default()
        }
    }
    ///`GetContentsResponseStatusesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsResponseStatusesItem {
        ///Error details, only present when status is "error"
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub error: ::std::option::Option<GetContentsResponseStatusesItemError>,
        ///The URL that was requested
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Status of the content fetch operation
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub status: ::std::option::Option<GetContentsResponseStatusesItemStatus>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsResponseStatusesItem {
        pub fn builder() -> builder::GetContentsResponseStatusesItem {
            Default::default()
        }
    }
    ///Error details, only present when status is "error"
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetContentsResponseStatusesItemError {
        ///The corresponding HTTP status code
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub http_status_code: ::std::option::Option<i64>,
        ///Specific error type
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub tag: ::std::option::Option<GetContentsResponseStatusesItemErrorTag>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetContentsResponseStatusesItemError {
        pub fn builder() -> builder::GetContentsResponseStatusesItemError {
            Default::default()
        }
    }
    ///Structured entity data for a person.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PersonEntity {
        ///Exa entity ID.
        pub id: ::std::string::String,
        pub properties: EntityPersonProperties,
        ///Entity type discriminator.
        #[serde(rename = "type")]
        pub type_: PersonEntityType,
        ///Schema version number.
        pub version: i64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PersonEntity {
        pub fn builder() -> builder::PersonEntity {
            Default::default()
        }
    }
    ///Entity type discriminator.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum PersonEntityType {
        #[serde(rename = "person")]
        Person,
    }
    impl ::std::fmt::Display for PersonEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Person => f.write_str("person"),
            }
        }
    }
    impl ::std::str::FromStr for PersonEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "person" => Ok(Self::Person),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PersonEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PersonEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
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
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTaskDto {
        pub fn builder() -> builder::ResearchTaskDto {
            Default::default()
        }
    }
    ///`ResearchTaskDtoCitationsValueItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTaskDtoCitationsValueItem {
        pub id: ::std::string::String,
        pub snippet: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTaskDtoCitationsValueItem {
        pub fn builder() -> builder::ResearchTaskDtoCitationsValueItem {
            Default::default()
        }
    }
    ///`ResearchTasksCreateBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksCreateBody {
        ///Instructions for what the research task should accomplish
        pub instructions: ResearchTasksCreateBodyInstructions,
        #[serde(default = "defaults::research_tasks_create_body_model")]
        pub model: ResearchTasksCreateBodyModel,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub output: ::std::option::Option<ResearchTasksCreateBodyOutput>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTasksCreateBody {
        pub fn builder() -> builder::ResearchTasksCreateBody {
            Default::default()
        }
    }
    ///Instructions for what the research task should accomplish
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksCreateBodyInstructions(::std::string::String);
    impl ::std::ops::Deref for ResearchTasksCreateBodyInstructions {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResearchTasksCreateBodyInstructions>
    for ::std::string::String {
        fn from(value: ResearchTasksCreateBodyInstructions) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResearchTasksCreateBodyInstructions {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4096usize {
                return Err("longer than 4096 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResearchTasksCreateBodyInstructions {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ResearchTasksCreateBodyInstructions {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResearchTasksCreateBodyInstructions {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ResearchTasksCreateBodyModel`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ResearchTasksCreateBodyModel {
        #[serde(rename = "exa-research")]
        ExaResearch,
        #[serde(rename = "exa-research-pro")]
        ExaResearchPro,
    }
    impl ::std::fmt::Display for ResearchTasksCreateBodyModel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ExaResearch => f.write_str("exa-research"),
                Self::ExaResearchPro => f.write_str("exa-research-pro"),
            }
        }
    }
    impl ::std::str::FromStr for ResearchTasksCreateBodyModel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "exa-research" => Ok(Self::ExaResearch),
                "exa-research-pro" => Ok(Self::ExaResearchPro),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResearchTasksCreateBodyModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ResearchTasksCreateBodyModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ResearchTasksCreateBodyModel {
        fn default() -> Self {
            ResearchTasksCreateBodyModel::ExaResearch
        }
    }
    ///`ResearchTasksCreateBodyOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksCreateBodyOutput {
        ///When set to true and no output schema is provided, an LLM will generate an output schema.
        #[serde(
            rename = "inferSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub infer_schema: ::std::option::Option<bool>,
        ///A JsonSchema specification of the desired output. See https://json-schema.org/draft-07.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub schema: ::std::option::Option<::serde_json::Value>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTasksCreateBodyOutput {
        pub fn builder() -> builder::ResearchTasksCreateBodyOutput {
            Default::default()
        }
    }
    ///`ResearchTasksCreateResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksCreateResponse {
        ///The unique identifier for the research task
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTasksCreateResponse {
        pub fn builder() -> builder::ResearchTasksCreateResponse {
            Default::default()
        }
    }
    ///`ResearchTasksListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksListCursor(::std::string::String);
    impl ::std::ops::Deref for ResearchTasksListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResearchTasksListCursor> for ::std::string::String {
        fn from(value: ResearchTasksListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResearchTasksListCursor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResearchTasksListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResearchTasksListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResearchTasksListCursor {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ResearchTasksListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchTasksListResponse {
        ///The list of research tasks
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<ResearchTaskDto>,
        ///Whether there are more results to paginate through
        #[serde(
            rename = "hasMore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub has_more: ::std::option::Option<bool>,
        ///The cursor to paginate through the next set of results
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the request
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchTasksListResponse {
        pub fn builder() -> builder::ResearchTasksListResponse {
            Default::default()
        }
    }
    ///`Result`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Result {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document. Useful for /contents endpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///The URL of an image associated with the search result, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub image: ::std::option::Option<::std::string::String>,
        ///An estimate of the creation date, from parsing HTML content. Format is YYYY-MM-DD.
        #[serde(
            rename = "publishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub published_date: ::std::option::Option<::std::string::String>,
        ///A number from 0 to 1 representing similarity between the query/url and the result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub score: ::std::option::Option<f64>,
        ///The title of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Result {
        pub fn builder() -> builder::Result {
            Default::default()
        }
    }
    ///`ResultWithContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResultWithContent {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///Structured entity data for company or person search results. Only returned for category=company or category=people searches.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub entities: ::std::vec::Vec<Entity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<ResultWithContentExtras>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///Array of cosine similarity scores for each highlighted
        #[serde(
            rename = "highlightScores",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub highlight_scores: ::std::vec::Vec<f64>,
        ///Array of highlights extracted from the search result content.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub highlights: ::std::vec::Vec<::std::string::String>,
        ///The temporary ID for the document. Useful for /contents endpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///The URL of an image associated with the search result, if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub image: ::std::option::Option<::std::string::String>,
        ///An estimate of the creation date, from parsing HTML content. Format is YYYY-MM-DD.
        #[serde(
            rename = "publishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub published_date: ::std::option::Option<::std::string::String>,
        ///A number from 0 to 1 representing similarity between the query/url and the result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub score: ::std::option::Option<f64>,
        ///Array of subpages for the search result.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub subpages: ::std::vec::Vec<ResultWithContent>,
        ///Summary of the webpage
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<::std::string::String>,
        ///The full content text of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResultWithContent {
        pub fn builder() -> builder::ResultWithContent {
            Default::default()
        }
    }
    ///Results from extras.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResultWithContentExtras {
        ///Array of links from the search result.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub links: ::std::vec::Vec<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResultWithContentExtras {
        pub fn builder() -> builder::ResultWithContentExtras {
            Default::default()
        }
    }
    ///`SearchBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchBody {
        ///Additional query variations for deep search. Only works with type="deep" or type="deep-reasoning". When provided, these queries are used alongside the main query for comprehensive results.
        #[serde(
            rename = "additionalQueries",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub additional_queries: ::std::vec::Vec<::std::string::String>,
        ///A data category to focus on. The `people` and `company` categories have improved quality for finding LinkedIn profiles and company pages. Note: The `company` and `people` categories only support a limited set of filters. The following parameters are NOT supported for these categories: `startPublishedDate`, `endPublishedDate`, `startCrawlDate`, `endCrawlDate`, `includeText`, `excludeText`, `excludeDomains`. For `people` category, `includeDomains` only accepts LinkedIn domains. Using unsupported parameters will result in a 400 error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub category: ::std::option::Option<SearchBodyCategory>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsRequest>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<SearchBodyContext>,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled before this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date before this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "endPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub end_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///List of domains to exclude from search results. If specified, no results will be returned from these domains.
        #[serde(
            rename = "excludeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_domains: ::std::vec::Vec<::std::string::String>,
        ///List of strings that must not be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words. Checks from the first 1000 words of the webpage text.
        #[serde(
            rename = "excludeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_text: ::std::vec::Vec<::std::string::String>,
        ///List of domains to include in the search. If specified, results will only come from these domains.
        #[serde(
            rename = "includeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_domains: ::std::vec::Vec<::std::string::String>,
        ///List of strings that must be present in webpage text of results. Currently, only 1 string is supported, of up to 5 words.
        #[serde(
            rename = "includeText",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_text: ::std::vec::Vec<::std::string::String>,
        ///Enable content moderation to filter unsafe content from search results.
        #[serde(default)]
        pub moderation: bool,
        ///Number of results to return (up to thousands of results available for custom plans)
        #[serde(
            rename = "numResults",
            default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>"
        )]
        pub num_results: ::std::num::NonZeroU64,
        ///JSON schema for deep search structured output mode. When provided, the output.content field is returned as structured JSON matching this schema.
        #[serde(
            rename = "outputSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub output_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The query string for the search.
        pub query: ::std::string::String,
        ///Crawl date refers to the date that Exa discovered a link. Results will include links that were crawled after this date. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startCrawlDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_crawl_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Only links with a published date after this will be returned. Must be specified in ISO 8601 format.
        #[serde(
            rename = "startPublishedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub start_published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The type of search. Neural uses an embeddings-based model, auto (default) intelligently combines neural and other search methods, fast uses streamlined versions of the search models, deep is light deep search, deep-reasoning is base deep search, and instant provides the lowest latency search optimized for real-time applications.
        #[serde(rename = "type", default = "defaults::search_body_type")]
        pub type_: SearchBodyType,
        ///The two-letter ISO country code of the user, e.g. US.
        #[serde(
            rename = "userLocation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub user_location: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchBody {
        pub fn builder() -> builder::SearchBody {
            Default::default()
        }
    }
    ///A data category to focus on. The `people` and `company` categories have improved quality for finding LinkedIn profiles and company pages. Note: The `company` and `people` categories only support a limited set of filters. The following parameters are NOT supported for these categories: `startPublishedDate`, `endPublishedDate`, `startCrawlDate`, `endCrawlDate`, `includeText`, `excludeText`, `excludeDomains`. For `people` category, `includeDomains` only accepts LinkedIn domains. Using unsupported parameters will result in a 400 error.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchBodyCategory {
        #[serde(rename = "company")]
        Company,
        #[serde(rename = "research paper")]
        ResearchPaper,
        #[serde(rename = "news")]
        News,
        #[serde(rename = "pdf")]
        Pdf,
        #[serde(rename = "github")]
        Github,
        #[serde(rename = "personal site")]
        PersonalSite,
        #[serde(rename = "people")]
        People,
        #[serde(rename = "financial report")]
        FinancialReport,
    }
    impl ::std::fmt::Display for SearchBodyCategory {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Company => f.write_str("company"),
                Self::ResearchPaper => f.write_str("research paper"),
                Self::News => f.write_str("news"),
                Self::Pdf => f.write_str("pdf"),
                Self::Github => f.write_str("github"),
                Self::PersonalSite => f.write_str("personal site"),
                Self::People => f.write_str("people"),
                Self::FinancialReport => f.write_str("financial report"),
            }
        }
    }
    impl ::std::str::FromStr for SearchBodyCategory {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "company" => Ok(Self::Company),
                "research paper" => Ok(Self::ResearchPaper),
                "news" => Ok(Self::News),
                "pdf" => Ok(Self::Pdf),
                "github" => Ok(Self::Github),
                "personal site" => Ok(Self::PersonalSite),
                "people" => Ok(Self::People),
                "financial report" => Ok(Self::FinancialReport),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchBodyCategory {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchBodyCategory {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchBodyContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchBodyContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<i64>,
        },
    }
    impl ::std::convert::From<bool> for SearchBodyContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///The type of search. Neural uses an embeddings-based model, auto (default) intelligently combines neural and other search methods, fast uses streamlined versions of the search models, deep is light deep search, deep-reasoning is base deep search, and instant provides the lowest latency search optimized for real-time applications.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchBodyType {
        #[serde(rename = "neural")]
        Neural,
        #[serde(rename = "fast")]
        Fast,
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "deep")]
        Deep,
        #[serde(rename = "deep-reasoning")]
        DeepReasoning,
        #[serde(rename = "instant")]
        Instant,
    }
    impl ::std::fmt::Display for SearchBodyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Neural => f.write_str("neural"),
                Self::Fast => f.write_str("fast"),
                Self::Auto => f.write_str("auto"),
                Self::Deep => f.write_str("deep"),
                Self::DeepReasoning => f.write_str("deep-reasoning"),
                Self::Instant => f.write_str("instant"),
            }
        }
    }
    impl ::std::str::FromStr for SearchBodyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "neural" => Ok(Self::Neural),
                "fast" => Ok(Self::Fast),
                "auto" => Ok(Self::Auto),
                "deep" => Ok(Self::Deep),
                "deep-reasoning" => Ok(Self::DeepReasoning),
                "instant" => Ok(Self::Instant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for SearchBodyType {
        fn default() -> Self {
            SearchBodyType::Auto
        }
    }
    ///`SearchResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResponse {
        ///Deprecated. Combined context string from search results. Use highlights or text instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollars>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub output: ::std::option::Option<SearchResponseOutput>,
        ///Unique identifier for the request
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///A list of search results containing title, URL, published date, and author.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub results: ::std::vec::Vec<ResultWithContent>,
        ///For auto searches, indicates which search type was selected.
        #[serde(
            rename = "searchType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub search_type: ::std::option::Option<SearchResponseSearchType>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResponse {
        pub fn builder() -> builder::SearchResponse {
            Default::default()
        }
    }
    ///Deep-search synthesized output. Returned for deep search variants.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResponseOutput {
        ///Deep-search synthesized content. String by default, or object when outputSchema is provided.
        pub content: SearchResponseOutputContent,
        ///Field-level grounding for synthesized output.
        #[serde(default)]
        pub grounding: ::std::vec::Vec<SearchResponseOutputGroundingItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResponseOutput {
        pub fn builder() -> builder::SearchResponseOutput {
            Default::default()
        }
    }
    ///Deep-search synthesized content. String by default, or object when outputSchema is provided.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchResponseOutputContent {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for SearchResponseOutputContent {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`SearchResponseOutputGroundingItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResponseOutputGroundingItem {
        ///Sources supporting this output field.
        #[serde(default)]
        pub citations: ::std::vec::Vec<SearchResponseOutputGroundingItemCitationsItem>,
        pub confidence: SearchResponseOutputGroundingItemConfidence,
        ///Field path in output.content (for example, content or companies[0].funding).
        pub field: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResponseOutputGroundingItem {
        pub fn builder() -> builder::SearchResponseOutputGroundingItem {
            Default::default()
        }
    }
    ///`SearchResponseOutputGroundingItemCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResponseOutputGroundingItemCitationsItem {
        pub title: ::std::string::String,
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResponseOutputGroundingItemCitationsItem {
        pub fn builder() -> builder::SearchResponseOutputGroundingItemCitationsItem {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AnswerBody {
            output_schema: ::std::result::Result<
                ::std::option::Option<super::AnswerBodyOutputSchema>,
                ::std::string::String,
            >,
            query: ::std::result::Result<super::AnswerBodyQuery, ::std::string::String>,
            stream: ::std::result::Result<bool, ::std::string::String>,
            text: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for AnswerBody {
            fn default() -> Self {
                Self {
                    output_schema: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    stream: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl AnswerBody {
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AnswerBodyOutputSchema>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_schema: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnswerBodyQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerBody> for super::AnswerBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    output_schema: value.output_schema?,
                    query: value.query?,
                    stream: value.stream?,
                    text: value.text?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerBody> for AnswerBody {
            fn from(value: super::AnswerBody) -> Self {
                Self {
                    output_schema: Ok(value.output_schema),
                    query: Ok(value.query),
                    stream: Ok(value.stream),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerBodyOutputSchema {
            additional_properties: ::std::result::Result<bool, ::std::string::String>,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            properties: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            required: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerBodyOutputSchema {
            fn default() -> Self {
                Self {
                    additional_properties: Ok(Default::default()),
                    description: Ok(Default::default()),
                    properties: Ok(Default::default()),
                    required: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl AnswerBodyOutputSchema {
            pub fn additional_properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.additional_properties = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_properties: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for required: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerBodyOutputSchema>
        for super::AnswerBodyOutputSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerBodyOutputSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_properties: value.additional_properties?,
                    description: value.description?,
                    properties: value.properties?,
                    required: value.required?,
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerBodyOutputSchema>
        for AnswerBodyOutputSchema {
            fn from(value: super::AnswerBodyOutputSchema) -> Self {
                Self {
                    additional_properties: Ok(value.additional_properties),
                    description: Ok(value.description),
                    properties: Ok(value.properties),
                    required: Ok(value.required),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerCitation {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            favicon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerCitation {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl AnswerCitation {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn favicon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.favicon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for favicon: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for published_date: {e}"
                        )
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerCitation> for super::AnswerCitation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerCitation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    favicon: value.favicon?,
                    id: value.id?,
                    image: value.image?,
                    published_date: value.published_date?,
                    text: value.text?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerCitation> for AnswerCitation {
            fn from(value: super::AnswerCitation) -> Self {
                Self {
                    author: Ok(value.author),
                    favicon: Ok(value.favicon),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    published_date: Ok(value.published_date),
                    text: Ok(value.text),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerResponse {
            answer: ::std::result::Result<
                ::std::option::Option<super::AnswerResponseAnswer>,
                ::std::string::String,
            >,
            citations: ::std::result::Result<
                ::std::vec::Vec<super::AnswerCitation>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollars>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerResponse {
            fn default() -> Self {
                Self {
                    answer: Ok(Default::default()),
                    citations: Ok(Default::default()),
                    cost_dollars: Ok(Default::default()),
                }
            }
        }
        impl AnswerResponse {
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AnswerResponseAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.answer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answer: {e}")
                    });
                self
            }
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AnswerCitation>>,
                T::Error: ::std::fmt::Display,
            {
                self.citations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for citations: {e}")
                    });
                self
            }
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CostDollars>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_dollars: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerResponse> for super::AnswerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer: value.answer?,
                    citations: value.citations?,
                    cost_dollars: value.cost_dollars?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerResponse> for AnswerResponse {
            fn from(value: super::AnswerResponse) -> Self {
                Self {
                    answer: Ok(value.answer),
                    citations: Ok(value.citations),
                    cost_dollars: Ok(value.cost_dollars),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerResult {
            answer: ::std::result::Result<
                ::std::option::Option<super::AnswerResultAnswer>,
                ::std::string::String,
            >,
            citations: ::std::result::Result<
                ::std::vec::Vec<super::AnswerCitation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerResult {
            fn default() -> Self {
                Self {
                    answer: Ok(Default::default()),
                    citations: Ok(Default::default()),
                }
            }
        }
        impl AnswerResult {
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AnswerResultAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.answer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answer: {e}")
                    });
                self
            }
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AnswerCitation>>,
                T::Error: ::std::fmt::Display,
            {
                self.citations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for citations: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerResult> for super::AnswerResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answer: value.answer?,
                    citations: value.citations?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerResult> for AnswerResult {
            fn from(value: super::AnswerResult) -> Self {
                Self {
                    answer: Ok(value.answer),
                    citations: Ok(value.citations),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CommonRequest {
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsRequest>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<super::CommonRequestContext>,
                ::std::string::String,
            >,
            end_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            end_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            exclude_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            exclude_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            moderation: ::std::result::Result<bool, ::std::string::String>,
            num_results: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            start_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            start_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CommonRequest {
            fn default() -> Self {
                Self {
                    contents: Ok(Default::default()),
                    context: Ok(Default::default()),
                    end_crawl_date: Ok(Default::default()),
                    end_published_date: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    exclude_text: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    include_text: Ok(Default::default()),
                    moderation: Ok(Default::default()),
                    num_results: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
                    ),
                    start_crawl_date: Ok(Default::default()),
                    start_published_date: Ok(Default::default()),
                }
            }
        }
        impl CommonRequest {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents: {e}")
                    });
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CommonRequestContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn end_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn end_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_published_date: {e}"
                        )
                    });
                self
            }
            pub fn exclude_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for exclude_domains: {e}"
                        )
                    });
                self
            }
            pub fn exclude_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude_text: {e}")
                    });
                self
            }
            pub fn include_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_domains: {e}"
                        )
                    });
                self
            }
            pub fn include_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for include_text: {e}")
                    });
                self
            }
            pub fn moderation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.moderation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for moderation: {e}")
                    });
                self
            }
            pub fn num_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.num_results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_results: {e}")
                    });
                self
            }
            pub fn start_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn start_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_published_date: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CommonRequest> for super::CommonRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CommonRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents: value.contents?,
                    context: value.context?,
                    end_crawl_date: value.end_crawl_date?,
                    end_published_date: value.end_published_date?,
                    exclude_domains: value.exclude_domains?,
                    exclude_text: value.exclude_text?,
                    include_domains: value.include_domains?,
                    include_text: value.include_text?,
                    moderation: value.moderation?,
                    num_results: value.num_results?,
                    start_crawl_date: value.start_crawl_date?,
                    start_published_date: value.start_published_date?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CommonRequest> for CommonRequest {
            fn from(value: super::CommonRequest) -> Self {
                Self {
                    contents: Ok(value.contents),
                    context: Ok(value.context),
                    end_crawl_date: Ok(value.end_crawl_date),
                    end_published_date: Ok(value.end_published_date),
                    exclude_domains: Ok(value.exclude_domains),
                    exclude_text: Ok(value.exclude_text),
                    include_domains: Ok(value.include_domains),
                    include_text: Ok(value.include_text),
                    moderation: Ok(value.moderation),
                    num_results: Ok(value.num_results),
                    start_crawl_date: Ok(value.start_crawl_date),
                    start_published_date: Ok(value.start_published_date),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompanyEntity {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            properties: ::std::result::Result<
                super::EntityCompanyProperties,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::CompanyEntityType,
                ::std::string::String,
            >,
            version: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for CompanyEntity {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl CompanyEntity {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntityCompanyProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CompanyEntityType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CompanyEntity> for super::CompanyEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    properties: value.properties?,
                    type_: value.type_?,
                    version: value.version?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CompanyEntity> for CompanyEntity {
            fn from(value: super::CompanyEntity) -> Self {
                Self {
                    id: Ok(value.id),
                    properties: Ok(value.properties),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequest {
            context: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestContext>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestExtras>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestHighlights>,
                ::std::string::String,
            >,
            livecrawl: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestLivecrawl>,
                ::std::string::String,
            >,
            livecrawl_timeout: ::std::result::Result<i64, ::std::string::String>,
            max_age_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            subpage_target: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestSubpageTarget>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<i64, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestSummary>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::ContentsRequestText>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequest {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    extras: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    livecrawl: Ok(Default::default()),
                    livecrawl_timeout: Ok(super::defaults::default_u64::<i64, 10000>()),
                    max_age_hours: Ok(Default::default()),
                    subpage_target: Ok(Default::default()),
                    subpages: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl ContentsRequest {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn extras<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestExtras>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extras = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extras: {e}")
                    });
                self
            }
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestHighlights>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.highlights = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for highlights: {e}")
                    });
                self
            }
            pub fn livecrawl<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestLivecrawl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.livecrawl = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for livecrawl: {e}")
                    });
                self
            }
            pub fn livecrawl_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.livecrawl_timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for livecrawl_timeout: {e}"
                        )
                    });
                self
            }
            pub fn max_age_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_age_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_age_hours: {e}")
                    });
                self
            }
            pub fn subpage_target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestSubpageTarget>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subpage_target = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subpage_target: {e}"
                        )
                    });
                self
            }
            pub fn subpages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.subpages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subpages: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestSummary>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequestText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsRequest> for super::ContentsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    extras: value.extras?,
                    highlights: value.highlights?,
                    livecrawl: value.livecrawl?,
                    livecrawl_timeout: value.livecrawl_timeout?,
                    max_age_hours: value.max_age_hours?,
                    subpage_target: value.subpage_target?,
                    subpages: value.subpages?,
                    summary: value.summary?,
                    text: value.text?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequest> for ContentsRequest {
            fn from(value: super::ContentsRequest) -> Self {
                Self {
                    context: Ok(value.context),
                    extras: Ok(value.extras),
                    highlights: Ok(value.highlights),
                    livecrawl: Ok(value.livecrawl),
                    livecrawl_timeout: Ok(value.livecrawl_timeout),
                    max_age_hours: Ok(value.max_age_hours),
                    subpage_target: Ok(value.subpage_target),
                    subpages: Ok(value.subpages),
                    summary: Ok(value.summary),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestExtras {
            image_links: ::std::result::Result<i64, ::std::string::String>,
            links: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for ContentsRequestExtras {
            fn default() -> Self {
                Self {
                    image_links: Ok(Default::default()),
                    links: Ok(Default::default()),
                }
            }
        }
        impl ContentsRequestExtras {
            pub fn image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.image_links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_links: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsRequestExtras>
        for super::ContentsRequestExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestExtras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image_links: value.image_links?,
                    links: value.links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestExtras>
        for ContentsRequestExtras {
            fn from(value: super::ContentsRequestExtras) -> Self {
                Self {
                    image_links: Ok(value.image_links),
                    links: Ok(value.links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestSummary {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequestSummary {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl ContentsRequestSummary {
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsRequestSummary>
        for super::ContentsRequestSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestSummary>
        for ContentsRequestSummary {
            fn from(value: super::ContentsRequestSummary) -> Self {
                Self {
                    query: Ok(value.query),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollars {
            break_down: ::std::result::Result<
                ::std::vec::Vec<super::CostDollarsBreakDownItem>,
                ::std::string::String,
            >,
            per_page_prices: ::std::result::Result<
                ::std::option::Option<super::CostDollarsPerPagePrices>,
                ::std::string::String,
            >,
            per_request_prices: ::std::result::Result<
                ::std::option::Option<super::CostDollarsPerRequestPrices>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollars {
            fn default() -> Self {
                Self {
                    break_down: Ok(Default::default()),
                    per_page_prices: Ok(Default::default()),
                    per_request_prices: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CostDollars {
            pub fn break_down<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CostDollarsBreakDownItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.break_down = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for break_down: {e}")
                    });
                self
            }
            pub fn per_page_prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsPerPagePrices>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.per_page_prices = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for per_page_prices: {e}"
                        )
                    });
                self
            }
            pub fn per_request_prices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsPerRequestPrices>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.per_request_prices = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for per_request_prices: {e}"
                        )
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollars> for super::CostDollars {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollars,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    break_down: value.break_down?,
                    per_page_prices: value.per_page_prices?,
                    per_request_prices: value.per_request_prices?,
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollars> for CostDollars {
            fn from(value: super::CostDollars) -> Self {
                Self {
                    break_down: Ok(value.break_down),
                    per_page_prices: Ok(value.per_page_prices),
                    per_request_prices: Ok(value.per_request_prices),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsBreakDownItem {
            breakdown: ::std::result::Result<
                ::std::option::Option<super::CostDollarsBreakDownItemBreakdown>,
                ::std::string::String,
            >,
            contents: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsBreakDownItem {
            fn default() -> Self {
                Self {
                    breakdown: Ok(Default::default()),
                    contents: Ok(Default::default()),
                    search: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsBreakDownItem {
            pub fn breakdown<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsBreakDownItemBreakdown>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.breakdown = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for breakdown: {e}")
                    });
                self
            }
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.contents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents: {e}")
                    });
                self
            }
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollarsBreakDownItem>
        for super::CostDollarsBreakDownItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsBreakDownItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    breakdown: value.breakdown?,
                    contents: value.contents?,
                    search: value.search?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsBreakDownItem>
        for CostDollarsBreakDownItem {
            fn from(value: super::CostDollarsBreakDownItem) -> Self {
                Self {
                    breakdown: Ok(value.breakdown),
                    contents: Ok(value.contents),
                    search: Ok(value.search),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsBreakDownItemBreakdown {
            content_highlight: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            content_summary: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            content_text: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            deep_search: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            neural_search: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsBreakDownItemBreakdown {
            fn default() -> Self {
                Self {
                    content_highlight: Ok(Default::default()),
                    content_summary: Ok(Default::default()),
                    content_text: Ok(Default::default()),
                    deep_search: Ok(Default::default()),
                    neural_search: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsBreakDownItemBreakdown {
            pub fn content_highlight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_highlight = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_highlight: {e}"
                        )
                    });
                self
            }
            pub fn content_summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_summary = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_summary: {e}"
                        )
                    });
                self
            }
            pub fn content_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_text: {e}")
                    });
                self
            }
            pub fn deep_search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deep_search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deep_search: {e}")
                    });
                self
            }
            pub fn neural_search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.neural_search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for neural_search: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollarsBreakDownItemBreakdown>
        for super::CostDollarsBreakDownItemBreakdown {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsBreakDownItemBreakdown,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_highlight: value.content_highlight?,
                    content_summary: value.content_summary?,
                    content_text: value.content_text?,
                    deep_search: value.deep_search?,
                    neural_search: value.neural_search?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsBreakDownItemBreakdown>
        for CostDollarsBreakDownItemBreakdown {
            fn from(value: super::CostDollarsBreakDownItemBreakdown) -> Self {
                Self {
                    content_highlight: Ok(value.content_highlight),
                    content_summary: Ok(value.content_summary),
                    content_text: Ok(value.content_text),
                    deep_search: Ok(value.deep_search),
                    neural_search: Ok(value.neural_search),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsPerPagePrices {
            content_highlight: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            content_summary: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            content_text: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsPerPagePrices {
            fn default() -> Self {
                Self {
                    content_highlight: Ok(Default::default()),
                    content_summary: Ok(Default::default()),
                    content_text: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsPerPagePrices {
            pub fn content_highlight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_highlight = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_highlight: {e}"
                        )
                    });
                self
            }
            pub fn content_summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_summary = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_summary: {e}"
                        )
                    });
                self
            }
            pub fn content_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollarsPerPagePrices>
        for super::CostDollarsPerPagePrices {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsPerPagePrices,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_highlight: value.content_highlight?,
                    content_summary: value.content_summary?,
                    content_text: value.content_text?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsPerPagePrices>
        for CostDollarsPerPagePrices {
            fn from(value: super::CostDollarsPerPagePrices) -> Self {
                Self {
                    content_highlight: Ok(value.content_highlight),
                    content_summary: Ok(value.content_summary),
                    content_text: Ok(value.content_text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsPerRequestPrices {
            deep_search_1_25_results: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            deep_search_26_100_results: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            neural_search_100_plus_results: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            neural_search_1_25_results: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            neural_search_26_100_results: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsPerRequestPrices {
            fn default() -> Self {
                Self {
                    deep_search_1_25_results: Ok(Default::default()),
                    deep_search_26_100_results: Ok(Default::default()),
                    neural_search_100_plus_results: Ok(Default::default()),
                    neural_search_1_25_results: Ok(Default::default()),
                    neural_search_26_100_results: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsPerRequestPrices {
            pub fn deep_search_1_25_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deep_search_1_25_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deep_search_1_25_results: {e}"
                        )
                    });
                self
            }
            pub fn deep_search_26_100_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deep_search_26_100_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deep_search_26_100_results: {e}"
                        )
                    });
                self
            }
            pub fn neural_search_100_plus_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.neural_search_100_plus_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for neural_search_100_plus_results: {e}"
                        )
                    });
                self
            }
            pub fn neural_search_1_25_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.neural_search_1_25_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for neural_search_1_25_results: {e}"
                        )
                    });
                self
            }
            pub fn neural_search_26_100_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.neural_search_26_100_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for neural_search_26_100_results: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollarsPerRequestPrices>
        for super::CostDollarsPerRequestPrices {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsPerRequestPrices,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deep_search_1_25_results: value.deep_search_1_25_results?,
                    deep_search_26_100_results: value.deep_search_26_100_results?,
                    neural_search_100_plus_results: value
                        .neural_search_100_plus_results?,
                    neural_search_1_25_results: value.neural_search_1_25_results?,
                    neural_search_26_100_results: value.neural_search_26_100_results?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsPerRequestPrices>
        for CostDollarsPerRequestPrices {
            fn from(value: super::CostDollarsPerRequestPrices) -> Self {
                Self {
                    deep_search_1_25_results: Ok(value.deep_search_1_25_results),
                    deep_search_26_100_results: Ok(value.deep_search_26_100_results),
                    neural_search_100_plus_results: Ok(
                        value.neural_search_100_plus_results,
                    ),
                    neural_search_1_25_results: Ok(value.neural_search_1_25_results),
                    neural_search_26_100_results: Ok(value.neural_search_26_100_results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyProperties {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            financials: ::std::result::Result<
                ::std::option::Option<super::EntityCompanyPropertiesFinancials>,
                ::std::string::String,
            >,
            founded_year: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            headquarters: ::std::result::Result<
                ::std::option::Option<super::EntityCompanyPropertiesHeadquarters>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            web_traffic: ::std::result::Result<
                ::std::option::Option<super::EntityCompanyPropertiesWebTraffic>,
                ::std::string::String,
            >,
            workforce: ::std::result::Result<
                ::std::option::Option<super::EntityCompanyPropertiesWorkforce>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyProperties {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    financials: Ok(Default::default()),
                    founded_year: Ok(Default::default()),
                    headquarters: Ok(Default::default()),
                    name: Ok(Default::default()),
                    web_traffic: Ok(Default::default()),
                    workforce: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyProperties {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn financials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityCompanyPropertiesFinancials>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.financials = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for financials: {e}")
                    });
                self
            }
            pub fn founded_year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.founded_year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for founded_year: {e}")
                    });
                self
            }
            pub fn headquarters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityCompanyPropertiesHeadquarters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.headquarters = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for headquarters: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn web_traffic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityCompanyPropertiesWebTraffic>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.web_traffic = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for web_traffic: {e}")
                    });
                self
            }
            pub fn workforce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityCompanyPropertiesWorkforce>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.workforce = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workforce: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyProperties>
        for super::EntityCompanyProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    financials: value.financials?,
                    founded_year: value.founded_year?,
                    headquarters: value.headquarters?,
                    name: value.name?,
                    web_traffic: value.web_traffic?,
                    workforce: value.workforce?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyProperties>
        for EntityCompanyProperties {
            fn from(value: super::EntityCompanyProperties) -> Self {
                Self {
                    description: Ok(value.description),
                    financials: Ok(value.financials),
                    founded_year: Ok(value.founded_year),
                    headquarters: Ok(value.headquarters),
                    name: Ok(value.name),
                    web_traffic: Ok(value.web_traffic),
                    workforce: Ok(value.workforce),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyPropertiesFinancials {
            funding_latest_round: ::std::result::Result<
                ::std::option::Option<super::EntityCompanyPropertiesFundingRound>,
                ::std::string::String,
            >,
            funding_total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            revenue_annual: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyPropertiesFinancials {
            fn default() -> Self {
                Self {
                    funding_latest_round: Ok(Default::default()),
                    funding_total: Ok(Default::default()),
                    revenue_annual: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyPropertiesFinancials {
            pub fn funding_latest_round<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityCompanyPropertiesFundingRound>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.funding_latest_round = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for funding_latest_round: {e}"
                        )
                    });
                self
            }
            pub fn funding_total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.funding_total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for funding_total: {e}")
                    });
                self
            }
            pub fn revenue_annual<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.revenue_annual = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for revenue_annual: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyPropertiesFinancials>
        for super::EntityCompanyPropertiesFinancials {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyPropertiesFinancials,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    funding_latest_round: value.funding_latest_round?,
                    funding_total: value.funding_total?,
                    revenue_annual: value.revenue_annual?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyPropertiesFinancials>
        for EntityCompanyPropertiesFinancials {
            fn from(value: super::EntityCompanyPropertiesFinancials) -> Self {
                Self {
                    funding_latest_round: Ok(value.funding_latest_round),
                    funding_total: Ok(value.funding_total),
                    revenue_annual: Ok(value.revenue_annual),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyPropertiesFundingRound {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyPropertiesFundingRound {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    date: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyPropertiesFundingRound {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyPropertiesFundingRound>
        for super::EntityCompanyPropertiesFundingRound {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyPropertiesFundingRound,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    date: value.date?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyPropertiesFundingRound>
        for EntityCompanyPropertiesFundingRound {
            fn from(value: super::EntityCompanyPropertiesFundingRound) -> Self {
                Self {
                    amount: Ok(value.amount),
                    date: Ok(value.date),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyPropertiesHeadquarters {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyPropertiesHeadquarters {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyPropertiesHeadquarters {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyPropertiesHeadquarters>
        for super::EntityCompanyPropertiesHeadquarters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyPropertiesHeadquarters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    city: value.city?,
                    country: value.country?,
                    postal_code: value.postal_code?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyPropertiesHeadquarters>
        for EntityCompanyPropertiesHeadquarters {
            fn from(value: super::EntityCompanyPropertiesHeadquarters) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    country: Ok(value.country),
                    postal_code: Ok(value.postal_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyPropertiesWebTraffic {
            visits_monthly: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyPropertiesWebTraffic {
            fn default() -> Self {
                Self {
                    visits_monthly: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyPropertiesWebTraffic {
            pub fn visits_monthly<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.visits_monthly = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for visits_monthly: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyPropertiesWebTraffic>
        for super::EntityCompanyPropertiesWebTraffic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyPropertiesWebTraffic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    visits_monthly: value.visits_monthly?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyPropertiesWebTraffic>
        for EntityCompanyPropertiesWebTraffic {
            fn from(value: super::EntityCompanyPropertiesWebTraffic) -> Self {
                Self {
                    visits_monthly: Ok(value.visits_monthly),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityCompanyPropertiesWorkforce {
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityCompanyPropertiesWorkforce {
            fn default() -> Self {
                Self {
                    total: Ok(Default::default()),
                }
            }
        }
        impl EntityCompanyPropertiesWorkforce {
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityCompanyPropertiesWorkforce>
        for super::EntityCompanyPropertiesWorkforce {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityCompanyPropertiesWorkforce,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityCompanyPropertiesWorkforce>
        for EntityCompanyPropertiesWorkforce {
            fn from(value: super::EntityCompanyPropertiesWorkforce) -> Self {
                Self { total: Ok(value.total) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityDateRange {
            from: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityDateRange {
            fn default() -> Self {
                Self {
                    from: Ok(Default::default()),
                    to: Ok(Default::default()),
                }
            }
        }
        impl EntityDateRange {
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<EntityDateRange> for super::EntityDateRange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityDateRange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    to: value.to?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityDateRange> for EntityDateRange {
            fn from(value: super::EntityDateRange) -> Self {
                Self {
                    from: Ok(value.from),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityPersonProperties {
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            work_history: ::std::result::Result<
                ::std::vec::Vec<super::EntityPersonPropertiesWorkHistoryEntry>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityPersonProperties {
            fn default() -> Self {
                Self {
                    location: Ok(Default::default()),
                    name: Ok(Default::default()),
                    work_history: Ok(Default::default()),
                }
            }
        }
        impl EntityPersonProperties {
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn work_history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::EntityPersonPropertiesWorkHistoryEntry>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.work_history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for work_history: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityPersonProperties>
        for super::EntityPersonProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityPersonProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    location: value.location?,
                    name: value.name?,
                    work_history: value.work_history?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityPersonProperties>
        for EntityPersonProperties {
            fn from(value: super::EntityPersonProperties) -> Self {
                Self {
                    location: Ok(value.location),
                    name: Ok(value.name),
                    work_history: Ok(value.work_history),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityPersonPropertiesCompanyRef {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityPersonPropertiesCompanyRef {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl EntityPersonPropertiesCompanyRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityPersonPropertiesCompanyRef>
        for super::EntityPersonPropertiesCompanyRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityPersonPropertiesCompanyRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityPersonPropertiesCompanyRef>
        for EntityPersonPropertiesCompanyRef {
            fn from(value: super::EntityPersonPropertiesCompanyRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EntityPersonPropertiesWorkHistoryEntry {
            company: ::std::result::Result<
                ::std::option::Option<super::EntityPersonPropertiesCompanyRef>,
                ::std::string::String,
            >,
            dates: ::std::result::Result<
                ::std::option::Option<super::EntityDateRange>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EntityPersonPropertiesWorkHistoryEntry {
            fn default() -> Self {
                Self {
                    company: Ok(Default::default()),
                    dates: Ok(Default::default()),
                    location: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl EntityPersonPropertiesWorkHistoryEntry {
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityPersonPropertiesCompanyRef>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
                    });
                self
            }
            pub fn dates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EntityDateRange>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.dates = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dates: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EntityPersonPropertiesWorkHistoryEntry>
        for super::EntityPersonPropertiesWorkHistoryEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EntityPersonPropertiesWorkHistoryEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    company: value.company?,
                    dates: value.dates?,
                    location: value.location?,
                    title: value.title?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EntityPersonPropertiesWorkHistoryEntry>
        for EntityPersonPropertiesWorkHistoryEntry {
            fn from(value: super::EntityPersonPropertiesWorkHistoryEntry) -> Self {
                Self {
                    company: Ok(value.company),
                    dates: Ok(value.dates),
                    location: Ok(value.location),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindSimilarBody {
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsRequest>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<super::FindSimilarBodyContext>,
                ::std::string::String,
            >,
            end_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            end_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            exclude_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            exclude_source_domain: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            exclude_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            moderation: ::std::result::Result<bool, ::std::string::String>,
            num_results: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            start_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            start_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FindSimilarBody {
            fn default() -> Self {
                Self {
                    contents: Ok(Default::default()),
                    context: Ok(Default::default()),
                    end_crawl_date: Ok(Default::default()),
                    end_published_date: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    exclude_source_domain: Ok(Default::default()),
                    exclude_text: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    include_text: Ok(Default::default()),
                    moderation: Ok(Default::default()),
                    num_results: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
                    ),
                    start_crawl_date: Ok(Default::default()),
                    start_published_date: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl FindSimilarBody {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents: {e}")
                    });
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FindSimilarBodyContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn end_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn end_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_published_date: {e}"
                        )
                    });
                self
            }
            pub fn exclude_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for exclude_domains: {e}"
                        )
                    });
                self
            }
            pub fn exclude_source_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_source_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for exclude_source_domain: {e}"
                        )
                    });
                self
            }
            pub fn exclude_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude_text: {e}")
                    });
                self
            }
            pub fn include_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_domains: {e}"
                        )
                    });
                self
            }
            pub fn include_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for include_text: {e}")
                    });
                self
            }
            pub fn moderation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.moderation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for moderation: {e}")
                    });
                self
            }
            pub fn num_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.num_results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_results: {e}")
                    });
                self
            }
            pub fn start_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn start_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_published_date: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FindSimilarBody> for super::FindSimilarBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindSimilarBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents: value.contents?,
                    context: value.context?,
                    end_crawl_date: value.end_crawl_date?,
                    end_published_date: value.end_published_date?,
                    exclude_domains: value.exclude_domains?,
                    exclude_source_domain: value.exclude_source_domain?,
                    exclude_text: value.exclude_text?,
                    include_domains: value.include_domains?,
                    include_text: value.include_text?,
                    moderation: value.moderation?,
                    num_results: value.num_results?,
                    start_crawl_date: value.start_crawl_date?,
                    start_published_date: value.start_published_date?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::FindSimilarBody> for FindSimilarBody {
            fn from(value: super::FindSimilarBody) -> Self {
                Self {
                    contents: Ok(value.contents),
                    context: Ok(value.context),
                    end_crawl_date: Ok(value.end_crawl_date),
                    end_published_date: Ok(value.end_published_date),
                    exclude_domains: Ok(value.exclude_domains),
                    exclude_source_domain: Ok(value.exclude_source_domain),
                    exclude_text: Ok(value.exclude_text),
                    include_domains: Ok(value.include_domains),
                    include_text: Ok(value.include_text),
                    moderation: Ok(value.moderation),
                    num_results: Ok(value.num_results),
                    start_crawl_date: Ok(value.start_crawl_date),
                    start_published_date: Ok(value.start_published_date),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindSimilarResponse {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollars>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ResultWithContent>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FindSimilarResponse {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    cost_dollars: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    results: Ok(Default::default()),
                }
            }
        }
        impl FindSimilarResponse {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CostDollars>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_dollars: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultWithContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FindSimilarResponse>
        for super::FindSimilarResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindSimilarResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    cost_dollars: value.cost_dollars?,
                    request_id: value.request_id?,
                    results: value.results?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::FindSimilarResponse> for FindSimilarResponse {
            fn from(value: super::FindSimilarResponse) -> Self {
                Self {
                    context: Ok(value.context),
                    cost_dollars: Ok(value.cost_dollars),
                    request_id: Ok(value.request_id),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsBody {
            context: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodyContext>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodyExtras>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodyHighlights>,
                ::std::string::String,
            >,
            ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            livecrawl: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodyLivecrawl>,
                ::std::string::String,
            >,
            livecrawl_timeout: ::std::result::Result<i64, ::std::string::String>,
            max_age_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            subpage_target: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodySubpageTarget>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<i64, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodySummary>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::GetContentsBodyText>,
                ::std::string::String,
            >,
            urls: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetContentsBody {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    extras: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    ids: Ok(Default::default()),
                    livecrawl: Ok(Default::default()),
                    livecrawl_timeout: Ok(super::defaults::default_u64::<i64, 10000>()),
                    max_age_hours: Ok(Default::default()),
                    subpage_target: Ok(Default::default()),
                    subpages: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                    urls: Err("no value supplied for urls".to_string()),
                }
            }
        }
        impl GetContentsBody {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodyContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn extras<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodyExtras>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extras = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extras: {e}")
                    });
                self
            }
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodyHighlights>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.highlights = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for highlights: {e}")
                    });
                self
            }
            pub fn ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ids: {e}")
                    });
                self
            }
            pub fn livecrawl<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodyLivecrawl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.livecrawl = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for livecrawl: {e}")
                    });
                self
            }
            pub fn livecrawl_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.livecrawl_timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for livecrawl_timeout: {e}"
                        )
                    });
                self
            }
            pub fn max_age_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_age_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_age_hours: {e}")
                    });
                self
            }
            pub fn subpage_target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodySubpageTarget>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subpage_target = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subpage_target: {e}"
                        )
                    });
                self
            }
            pub fn subpages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.subpages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subpages: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodySummary>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsBodyText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn urls<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.urls = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for urls: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsBody> for super::GetContentsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    extras: value.extras?,
                    highlights: value.highlights?,
                    ids: value.ids?,
                    livecrawl: value.livecrawl?,
                    livecrawl_timeout: value.livecrawl_timeout?,
                    max_age_hours: value.max_age_hours?,
                    subpage_target: value.subpage_target?,
                    subpages: value.subpages?,
                    summary: value.summary?,
                    text: value.text?,
                    urls: value.urls?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsBody> for GetContentsBody {
            fn from(value: super::GetContentsBody) -> Self {
                Self {
                    context: Ok(value.context),
                    extras: Ok(value.extras),
                    highlights: Ok(value.highlights),
                    ids: Ok(value.ids),
                    livecrawl: Ok(value.livecrawl),
                    livecrawl_timeout: Ok(value.livecrawl_timeout),
                    max_age_hours: Ok(value.max_age_hours),
                    subpage_target: Ok(value.subpage_target),
                    subpages: Ok(value.subpages),
                    summary: Ok(value.summary),
                    text: Ok(value.text),
                    urls: Ok(value.urls),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsBodyExtras {
            image_links: ::std::result::Result<i64, ::std::string::String>,
            links: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for GetContentsBodyExtras {
            fn default() -> Self {
                Self {
                    image_links: Ok(Default::default()),
                    links: Ok(Default::default()),
                }
            }
        }
        impl GetContentsBodyExtras {
            pub fn image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.image_links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_links: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsBodyExtras>
        for super::GetContentsBodyExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsBodyExtras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image_links: value.image_links?,
                    links: value.links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsBodyExtras>
        for GetContentsBodyExtras {
            fn from(value: super::GetContentsBodyExtras) -> Self {
                Self {
                    image_links: Ok(value.image_links),
                    links: Ok(value.links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsBodySummary {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetContentsBodySummary {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl GetContentsBodySummary {
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsBodySummary>
        for super::GetContentsBodySummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsBodySummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsBodySummary>
        for GetContentsBodySummary {
            fn from(value: super::GetContentsBodySummary) -> Self {
                Self {
                    query: Ok(value.query),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsResponse {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollars>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ResultWithContent>,
                ::std::string::String,
            >,
            statuses: ::std::result::Result<
                ::std::vec::Vec<super::GetContentsResponseStatusesItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetContentsResponse {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    cost_dollars: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    results: Ok(Default::default()),
                    statuses: Ok(Default::default()),
                }
            }
        }
        impl GetContentsResponse {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CostDollars>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_dollars: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultWithContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn statuses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::GetContentsResponseStatusesItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.statuses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statuses: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsResponse>
        for super::GetContentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    cost_dollars: value.cost_dollars?,
                    request_id: value.request_id?,
                    results: value.results?,
                    statuses: value.statuses?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsResponse> for GetContentsResponse {
            fn from(value: super::GetContentsResponse) -> Self {
                Self {
                    context: Ok(value.context),
                    cost_dollars: Ok(value.cost_dollars),
                    request_id: Ok(value.request_id),
                    results: Ok(value.results),
                    statuses: Ok(value.statuses),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsResponseStatusesItem {
            error: ::std::result::Result<
                ::std::option::Option<super::GetContentsResponseStatusesItemError>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::GetContentsResponseStatusesItemStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetContentsResponseStatusesItem {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl GetContentsResponseStatusesItem {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsResponseStatusesItemError>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsResponseStatusesItemStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsResponseStatusesItem>
        for super::GetContentsResponseStatusesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsResponseStatusesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    id: value.id?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsResponseStatusesItem>
        for GetContentsResponseStatusesItem {
            fn from(value: super::GetContentsResponseStatusesItem) -> Self {
                Self {
                    error: Ok(value.error),
                    id: Ok(value.id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetContentsResponseStatusesItemError {
            http_status_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<
                ::std::option::Option<super::GetContentsResponseStatusesItemErrorTag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetContentsResponseStatusesItemError {
            fn default() -> Self {
                Self {
                    http_status_code: Ok(Default::default()),
                    tag: Ok(Default::default()),
                }
            }
        }
        impl GetContentsResponseStatusesItemError {
            pub fn http_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for http_status_code: {e}"
                        )
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetContentsResponseStatusesItemErrorTag>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetContentsResponseStatusesItemError>
        for super::GetContentsResponseStatusesItemError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetContentsResponseStatusesItemError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    http_status_code: value.http_status_code?,
                    tag: value.tag?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetContentsResponseStatusesItemError>
        for GetContentsResponseStatusesItemError {
            fn from(value: super::GetContentsResponseStatusesItemError) -> Self {
                Self {
                    http_status_code: Ok(value.http_status_code),
                    tag: Ok(value.tag),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonEntity {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            properties: ::std::result::Result<
                super::EntityPersonProperties,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::PersonEntityType, ::std::string::String>,
            version: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PersonEntity {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl PersonEntity {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EntityPersonProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PersonEntityType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonEntity> for super::PersonEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    properties: value.properties?,
                    type_: value.type_?,
                    version: value.version?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PersonEntity> for PersonEntity {
            fn from(value: super::PersonEntity) -> Self {
                Self {
                    id: Ok(value.id),
                    properties: Ok(value.properties),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTaskDto {
            citations: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<super::ResearchTaskDtoCitationsValueItem>,
                >,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            instructions: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::ResearchTaskDtoStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchTaskDto {
            fn default() -> Self {
                Self {
                    citations: Ok(Default::default()),
                    data: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    instructions: Err("no value supplied for instructions".to_string()),
                    schema: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ResearchTaskDto {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<super::ResearchTaskDtoCitationsValueItem>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.citations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for citations: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instructions: {e}")
                    });
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResearchTaskDtoStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTaskDto> for super::ResearchTaskDto {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTaskDto,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    data: value.data?,
                    id: value.id?,
                    instructions: value.instructions?,
                    schema: value.schema?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTaskDto> for ResearchTaskDto {
            fn from(value: super::ResearchTaskDto) -> Self {
                Self {
                    citations: Ok(value.citations),
                    data: Ok(value.data),
                    id: Ok(value.id),
                    instructions: Ok(value.instructions),
                    schema: Ok(value.schema),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTaskDtoCitationsValueItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            snippet: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ResearchTaskDtoCitationsValueItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    snippet: Err("no value supplied for snippet".to_string()),
                    title: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl ResearchTaskDtoCitationsValueItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn snippet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.snippet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snippet: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTaskDtoCitationsValueItem>
        for super::ResearchTaskDtoCitationsValueItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTaskDtoCitationsValueItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    snippet: value.snippet?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTaskDtoCitationsValueItem>
        for ResearchTaskDtoCitationsValueItem {
            fn from(value: super::ResearchTaskDtoCitationsValueItem) -> Self {
                Self {
                    id: Ok(value.id),
                    snippet: Ok(value.snippet),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTasksCreateBody {
            instructions: ::std::result::Result<
                super::ResearchTasksCreateBodyInstructions,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                super::ResearchTasksCreateBodyModel,
                ::std::string::String,
            >,
            output: ::std::result::Result<
                ::std::option::Option<super::ResearchTasksCreateBodyOutput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchTasksCreateBody {
            fn default() -> Self {
                Self {
                    instructions: Err("no value supplied for instructions".to_string()),
                    model: Ok(super::defaults::research_tasks_create_body_model()),
                    output: Ok(Default::default()),
                }
            }
        }
        impl ResearchTasksCreateBody {
            pub fn instructions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResearchTasksCreateBodyInstructions>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instructions: {e}")
                    });
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResearchTasksCreateBodyModel>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResearchTasksCreateBodyOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTasksCreateBody>
        for super::ResearchTasksCreateBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTasksCreateBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instructions: value.instructions?,
                    model: value.model?,
                    output: value.output?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTasksCreateBody>
        for ResearchTasksCreateBody {
            fn from(value: super::ResearchTasksCreateBody) -> Self {
                Self {
                    instructions: Ok(value.instructions),
                    model: Ok(value.model),
                    output: Ok(value.output),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTasksCreateBodyOutput {
            infer_schema: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchTasksCreateBodyOutput {
            fn default() -> Self {
                Self {
                    infer_schema: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl ResearchTasksCreateBodyOutput {
            pub fn infer_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.infer_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for infer_schema: {e}")
                    });
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTasksCreateBodyOutput>
        for super::ResearchTasksCreateBodyOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTasksCreateBodyOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    infer_schema: value.infer_schema?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTasksCreateBodyOutput>
        for ResearchTasksCreateBodyOutput {
            fn from(value: super::ResearchTasksCreateBodyOutput) -> Self {
                Self {
                    infer_schema: Ok(value.infer_schema),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTasksCreateResponse {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchTasksCreateResponse {
            fn default() -> Self {
                Self { id: Ok(Default::default()) }
            }
        }
        impl ResearchTasksCreateResponse {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTasksCreateResponse>
        for super::ResearchTasksCreateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTasksCreateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTasksCreateResponse>
        for ResearchTasksCreateResponse {
            fn from(value: super::ResearchTasksCreateResponse) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchTasksListResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ResearchTaskDto>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchTasksListResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    has_more: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ResearchTasksListResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResearchTaskDto>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
                    });
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResearchTasksListResponse>
        for super::ResearchTasksListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchTasksListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    request_id: value.request_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchTasksListResponse>
        for ResearchTasksListResponse {
            fn from(value: super::ResearchTasksListResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Result {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            favicon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Result {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    score: Ok(Default::default()),
                    title: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Result {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn favicon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.favicon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for favicon: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for published_date: {e}"
                        )
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Result> for super::Result {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Result,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    favicon: value.favicon?,
                    id: value.id?,
                    image: value.image?,
                    published_date: value.published_date?,
                    score: value.score?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Result> for Result {
            fn from(value: super::Result) -> Self {
                Self {
                    author: Ok(value.author),
                    favicon: Ok(value.favicon),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    published_date: Ok(value.published_date),
                    score: Ok(value.score),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultWithContent {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entities: ::std::result::Result<
                ::std::vec::Vec<super::Entity>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::ResultWithContentExtras>,
                ::std::string::String,
            >,
            favicon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            highlight_scores: ::std::result::Result<
                ::std::vec::Vec<f64>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<
                ::std::vec::Vec<super::ResultWithContent>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResultWithContent {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    entities: Ok(Default::default()),
                    extras: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    highlight_scores: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    score: Ok(Default::default()),
                    subpages: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl ResultWithContent {
            pub fn author<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.author = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for author: {e}")
                    });
                self
            }
            pub fn entities<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entities = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entities: {e}")
                    });
                self
            }
            pub fn extras<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResultWithContentExtras>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extras = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extras: {e}")
                    });
                self
            }
            pub fn favicon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.favicon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for favicon: {e}")
                    });
                self
            }
            pub fn highlight_scores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlight_scores = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for highlight_scores: {e}"
                        )
                    });
                self
            }
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlights = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for highlights: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for published_date: {e}"
                        )
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn subpages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultWithContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.subpages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subpages: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultWithContent> for super::ResultWithContent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultWithContent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    entities: value.entities?,
                    extras: value.extras?,
                    favicon: value.favicon?,
                    highlight_scores: value.highlight_scores?,
                    highlights: value.highlights?,
                    id: value.id?,
                    image: value.image?,
                    published_date: value.published_date?,
                    score: value.score?,
                    subpages: value.subpages?,
                    summary: value.summary?,
                    text: value.text?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResultWithContent> for ResultWithContent {
            fn from(value: super::ResultWithContent) -> Self {
                Self {
                    author: Ok(value.author),
                    entities: Ok(value.entities),
                    extras: Ok(value.extras),
                    favicon: Ok(value.favicon),
                    highlight_scores: Ok(value.highlight_scores),
                    highlights: Ok(value.highlights),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    published_date: Ok(value.published_date),
                    score: Ok(value.score),
                    subpages: Ok(value.subpages),
                    summary: Ok(value.summary),
                    text: Ok(value.text),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultWithContentExtras {
            links: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResultWithContentExtras {
            fn default() -> Self {
                Self {
                    links: Ok(Default::default()),
                }
            }
        }
        impl ResultWithContentExtras {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultWithContentExtras>
        for super::ResultWithContentExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultWithContentExtras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResultWithContentExtras>
        for ResultWithContentExtras {
            fn from(value: super::ResultWithContentExtras) -> Self {
                Self { links: Ok(value.links) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchBody {
            additional_queries: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<super::SearchBodyCategory>,
                ::std::string::String,
            >,
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsRequest>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<super::SearchBodyContext>,
                ::std::string::String,
            >,
            end_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            end_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            exclude_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            exclude_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_text: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            moderation: ::std::result::Result<bool, ::std::string::String>,
            num_results: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            query: ::std::result::Result<::std::string::String, ::std::string::String>,
            start_crawl_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            start_published_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::SearchBodyType, ::std::string::String>,
            user_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchBody {
            fn default() -> Self {
                Self {
                    additional_queries: Ok(Default::default()),
                    category: Ok(Default::default()),
                    contents: Ok(Default::default()),
                    context: Ok(Default::default()),
                    end_crawl_date: Ok(Default::default()),
                    end_published_date: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    exclude_text: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    include_text: Ok(Default::default()),
                    moderation: Ok(Default::default()),
                    num_results: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
                    ),
                    output_schema: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    start_crawl_date: Ok(Default::default()),
                    start_published_date: Ok(Default::default()),
                    type_: Ok(super::defaults::search_body_type()),
                    user_location: Ok(Default::default()),
                }
            }
        }
        impl SearchBody {
            pub fn additional_queries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.additional_queries = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_queries: {e}"
                        )
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchBodyCategory>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.contents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents: {e}")
                    });
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchBodyContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn end_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn end_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.end_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for end_published_date: {e}"
                        )
                    });
                self
            }
            pub fn exclude_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for exclude_domains: {e}"
                        )
                    });
                self
            }
            pub fn exclude_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.exclude_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude_text: {e}")
                    });
                self
            }
            pub fn include_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_domains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_domains: {e}"
                        )
                    });
                self
            }
            pub fn include_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for include_text: {e}")
                    });
                self
            }
            pub fn moderation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.moderation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for moderation: {e}")
                    });
                self
            }
            pub fn num_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.num_results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_results: {e}")
                    });
                self
            }
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_schema: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn start_crawl_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_crawl_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_crawl_date: {e}"
                        )
                    });
                self
            }
            pub fn start_published_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.start_published_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for start_published_date: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchBodyType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn user_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_location: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchBody> for super::SearchBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_queries: value.additional_queries?,
                    category: value.category?,
                    contents: value.contents?,
                    context: value.context?,
                    end_crawl_date: value.end_crawl_date?,
                    end_published_date: value.end_published_date?,
                    exclude_domains: value.exclude_domains?,
                    exclude_text: value.exclude_text?,
                    include_domains: value.include_domains?,
                    include_text: value.include_text?,
                    moderation: value.moderation?,
                    num_results: value.num_results?,
                    output_schema: value.output_schema?,
                    query: value.query?,
                    start_crawl_date: value.start_crawl_date?,
                    start_published_date: value.start_published_date?,
                    type_: value.type_?,
                    user_location: value.user_location?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchBody> for SearchBody {
            fn from(value: super::SearchBody) -> Self {
                Self {
                    additional_queries: Ok(value.additional_queries),
                    category: Ok(value.category),
                    contents: Ok(value.contents),
                    context: Ok(value.context),
                    end_crawl_date: Ok(value.end_crawl_date),
                    end_published_date: Ok(value.end_published_date),
                    exclude_domains: Ok(value.exclude_domains),
                    exclude_text: Ok(value.exclude_text),
                    include_domains: Ok(value.include_domains),
                    include_text: Ok(value.include_text),
                    moderation: Ok(value.moderation),
                    num_results: Ok(value.num_results),
                    output_schema: Ok(value.output_schema),
                    query: Ok(value.query),
                    start_crawl_date: Ok(value.start_crawl_date),
                    start_published_date: Ok(value.start_published_date),
                    type_: Ok(value.type_),
                    user_location: Ok(value.user_location),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResponse {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollars>,
                ::std::string::String,
            >,
            output: ::std::result::Result<
                ::std::option::Option<super::SearchResponseOutput>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ResultWithContent>,
                ::std::string::String,
            >,
            search_type: ::std::result::Result<
                ::std::option::Option<super::SearchResponseSearchType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchResponse {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    cost_dollars: Ok(Default::default()),
                    output: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    results: Ok(Default::default()),
                    search_type: Ok(Default::default()),
                }
            }
        }
        impl SearchResponse {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.context = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for context: {e}")
                    });
                self
            }
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CostDollars>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_dollars: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchResponseOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultWithContent>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn search_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchResponseSearchType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.search_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResponse> for super::SearchResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    cost_dollars: value.cost_dollars?,
                    output: value.output?,
                    request_id: value.request_id?,
                    results: value.results?,
                    search_type: value.search_type?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResponse> for SearchResponse {
            fn from(value: super::SearchResponse) -> Self {
                Self {
                    context: Ok(value.context),
                    cost_dollars: Ok(value.cost_dollars),
                    output: Ok(value.output),
                    request_id: Ok(value.request_id),
                    results: Ok(value.results),
                    search_type: Ok(value.search_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResponseOutput {
            content: ::std::result::Result<
                super::SearchResponseOutputContent,
                ::std::string::String,
            >,
            grounding: ::std::result::Result<
                ::std::vec::Vec<super::SearchResponseOutputGroundingItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchResponseOutput {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    grounding: Err("no value supplied for grounding".to_string()),
                }
            }
        }
        impl SearchResponseOutput {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchResponseOutputContent>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn grounding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SearchResponseOutputGroundingItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.grounding = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grounding: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResponseOutput>
        for super::SearchResponseOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResponseOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    grounding: value.grounding?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResponseOutput> for SearchResponseOutput {
            fn from(value: super::SearchResponseOutput) -> Self {
                Self {
                    content: Ok(value.content),
                    grounding: Ok(value.grounding),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResponseOutputGroundingItem {
            citations: ::std::result::Result<
                ::std::vec::Vec<super::SearchResponseOutputGroundingItemCitationsItem>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                super::SearchResponseOutputGroundingItemConfidence,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchResponseOutputGroundingItem {
            fn default() -> Self {
                Self {
                    citations: Err("no value supplied for citations".to_string()),
                    confidence: Err("no value supplied for confidence".to_string()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl SearchResponseOutputGroundingItem {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchResponseOutputGroundingItemCitationsItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.citations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for citations: {e}")
                    });
                self
            }
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::SearchResponseOutputGroundingItemConfidence,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for confidence: {e}")
                    });
                self
            }
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResponseOutputGroundingItem>
        for super::SearchResponseOutputGroundingItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResponseOutputGroundingItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    confidence: value.confidence?,
                    field: value.field?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResponseOutputGroundingItem>
        for SearchResponseOutputGroundingItem {
            fn from(value: super::SearchResponseOutputGroundingItem) -> Self {
                Self {
                    citations: Ok(value.citations),
                    confidence: Ok(value.confidence),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResponseOutputGroundingItemCitationsItem {
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchResponseOutputGroundingItemCitationsItem {
            fn default() -> Self {
                Self {
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchResponseOutputGroundingItemCitationsItem {
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResponseOutputGroundingItemCitationsItem>
        for super::SearchResponseOutputGroundingItemCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResponseOutputGroundingItemCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResponseOutputGroundingItemCitationsItem>
        for SearchResponseOutputGroundingItemCitationsItem {
            fn from(
                value: super::SearchResponseOutputGroundingItemCitationsItem,
            ) -> Self {
                Self {
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn contents_request_text_object_verbosity() -> super::ContentsRequestTextObjectVerbosity {
            super::ContentsRequestTextObjectVerbosity::Compact
        }
        pub(super) fn get_contents_body_text_object_verbosity() -> super::GetContentsBodyTextObjectVerbosity {
            super::GetContentsBodyTextObjectVerbosity::Compact
        }
        pub(super) fn research_tasks_create_body_model() -> super::ResearchTasksCreateBodyModel {
            super::ResearchTasksCreateBodyModel::ExaResearch
        }
        pub(super) fn search_body_type() -> super::SearchBodyType {
            super::SearchBodyType::Auto
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    ///One of the documented values, or [`GetContentsResponseStatusesItemErrorTag::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum GetContentsResponseStatusesItemErrorTag {
        ///`CRAWL_NOT_FOUND`
        CrawlNotFound,
        ///`CRAWL_TIMEOUT`
        CrawlTimeout,
        ///`CRAWL_LIVECRAWL_TIMEOUT`
        CrawlLivecrawlTimeout,
        ///`SOURCE_NOT_AVAILABLE`
        SourceNotAvailable,
        ///`UNSUPPORTED_URL`
        UnsupportedUrl,
        ///`CRAWL_UNKNOWN_ERROR`
        CrawlUnknownError,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl GetContentsResponseStatusesItemErrorTag {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CrawlNotFound => "CRAWL_NOT_FOUND",
                Self::CrawlTimeout => "CRAWL_TIMEOUT",
                Self::CrawlLivecrawlTimeout => "CRAWL_LIVECRAWL_TIMEOUT",
                Self::SourceNotAvailable => "SOURCE_NOT_AVAILABLE",
                Self::UnsupportedUrl => "UNSUPPORTED_URL",
                Self::CrawlUnknownError => "CRAWL_UNKNOWN_ERROR",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for GetContentsResponseStatusesItemErrorTag {
        fn from(value: &str) -> Self {
            match value {
                "CRAWL_NOT_FOUND" => Self::CrawlNotFound,
                "CRAWL_TIMEOUT" => Self::CrawlTimeout,
                "CRAWL_LIVECRAWL_TIMEOUT" => Self::CrawlLivecrawlTimeout,
                "SOURCE_NOT_AVAILABLE" => Self::SourceNotAvailable,
                "UNSUPPORTED_URL" => Self::UnsupportedUrl,
                "CRAWL_UNKNOWN_ERROR" => Self::CrawlUnknownError,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsResponseStatusesItemErrorTag {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for GetContentsResponseStatusesItemErrorTag {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for GetContentsResponseStatusesItemErrorTag {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetContentsResponseStatusesItemErrorTag {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for GetContentsResponseStatusesItemErrorTag {
        fn schema_name() -> ::std::string::String {
            "GetContentsResponseStatusesItemErrorTag".to_string()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            let mut schema = ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                ..::std::default::Default::default()
            };
            let metadata = schema.metadata();
            metadata.description = ::std::option::Option::Some(
                "One of: CRAWL_NOT_FOUND, CRAWL_TIMEOUT, CRAWL_LIVECRAWL_TIMEOUT, SOURCE_NOT_AVAILABLE, UNSUPPORTED_URL, CRAWL_UNKNOWN_ERROR. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("CRAWL_NOT_FOUND"),
                ::serde_json::Value::from("CRAWL_TIMEOUT"),
                ::serde_json::Value::from("CRAWL_LIVECRAWL_TIMEOUT"),
                ::serde_json::Value::from("SOURCE_NOT_AVAILABLE"),
                ::serde_json::Value::from("UNSUPPORTED_URL"),
                ::serde_json::Value::from("CRAWL_UNKNOWN_ERROR")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`GetContentsResponseStatusesItemStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum GetContentsResponseStatusesItemStatus {
        ///`success`
        Success,
        ///`error`
        Error,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl GetContentsResponseStatusesItemStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Success => "success",
                Self::Error => "error",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for GetContentsResponseStatusesItemStatus {
        fn from(value: &str) -> Self {
            match value {
                "success" => Self::Success,
                "error" => Self::Error,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for GetContentsResponseStatusesItemStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for GetContentsResponseStatusesItemStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for GetContentsResponseStatusesItemStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetContentsResponseStatusesItemStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for GetContentsResponseStatusesItemStatus {
        fn schema_name() -> ::std::string::String {
            "GetContentsResponseStatusesItemStatus".to_string()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            let mut schema = ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                ..::std::default::Default::default()
            };
            let metadata = schema.metadata();
            metadata.description = ::std::option::Option::Some(
                "One of: success, error. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("success"), ::serde_json::Value::from("error")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`ResearchTaskDtoStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ResearchTaskDtoStatus {
        ///`running`
        Running,
        ///`completed`
        Completed,
        ///`failed`
        Failed,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ResearchTaskDtoStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ResearchTaskDtoStatus {
        fn from(value: &str) -> Self {
            match value {
                "running" => Self::Running,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ResearchTaskDtoStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ResearchTaskDtoStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ResearchTaskDtoStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResearchTaskDtoStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ResearchTaskDtoStatus {
        fn schema_name() -> ::std::string::String {
            "ResearchTaskDtoStatus".to_string()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            let mut schema = ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                ..::std::default::Default::default()
            };
            let metadata = schema.metadata();
            metadata.description = ::std::option::Option::Some(
                "One of: running, completed, failed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("running"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("failed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchResponseOutputGroundingItemConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchResponseOutputGroundingItemConfidence {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchResponseOutputGroundingItemConfidence {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Low => "low",
                Self::Medium => "medium",
                Self::High => "high",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchResponseOutputGroundingItemConfidence {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchResponseOutputGroundingItemConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchResponseOutputGroundingItemConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchResponseOutputGroundingItemConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchResponseOutputGroundingItemConfidence {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SearchResponseOutputGroundingItemConfidence {
        fn schema_name() -> ::std::string::String {
            "SearchResponseOutputGroundingItemConfidence".to_string()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            let mut schema = ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                ..::std::default::Default::default()
            };
            let metadata = schema.metadata();
            metadata.description = ::std::option::Option::Some(
                "One of: low, medium, high. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("low"), ::serde_json::Value::from("medium"),
                ::serde_json::Value::from("high")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchResponseSearchType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchResponseSearchType {
        ///`neural`
        Neural,
        ///`deep`
        Deep,
        ///`deep-reasoning`
        DeepReasoning,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchResponseSearchType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Neural => "neural",
                Self::Deep => "deep",
                Self::DeepReasoning => "deep-reasoning",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchResponseSearchType {
        fn from(value: &str) -> Self {
            match value {
                "neural" => Self::Neural,
                "deep" => Self::Deep,
                "deep-reasoning" => Self::DeepReasoning,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchResponseSearchType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchResponseSearchType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchResponseSearchType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchResponseSearchType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SearchResponseSearchType {
        fn schema_name() -> ::std::string::String {
            "SearchResponseSearchType".to_string()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            let mut schema = ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                ..::std::default::Default::default()
            };
            let metadata = schema.metadata();
            metadata.description = ::std::option::Option::Some(
                "One of: neural, deep, deep-reasoning. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("neural"), ::serde_json::Value::from("deep"),
                ::serde_json::Value::from("deep-reasoning")
            ];
            schema.into()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Exa Search API

A comprehensive API for internet-scale search, allowing users to perform queries and retrieve results from a wide variety of sources using embeddings-based and traditional search.

Version: 1.2.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::HookState,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::HookState) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::HookState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::HookState> for Client {
    fn api_version() -> &'static str {
        "1.2.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::HookState {
        &self.inner
    }
}
impl ClientHooks<crate::hooks::HookState> for &Client {}
impl Client {
    /**Search

Perform a search with a Exa prompt-engineered query and retrieve a list of relevant results. Optionally get contents.

Sends a `POST` request to `/search`

```ignore
let response = client.search()
    .body(body)
    .send()
    .await;
```*/
    pub fn search(&self) -> builder::Search<'_> {
        builder::Search::new(self)
    }
    /**Find similar links

Find similar links to the link provided. Optionally get contents.

Sends a `POST` request to `/findSimilar`

```ignore
let response = client.find_similar()
    .body(body)
    .send()
    .await;
```*/
    pub fn find_similar(&self) -> builder::FindSimilar<'_> {
        builder::FindSimilar::new(self)
    }
    /**Get Contents

Sends a `POST` request to `/contents`

```ignore
let response = client.get_contents()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_contents(&self) -> builder::GetContents<'_> {
        builder::GetContents::new(self)
    }
    /**Generate an answer from search results

Performs a search based on the query and generates either a direct answer or a detailed summary with citations, depending on the query type.


Sends a `POST` request to `/answer`

```ignore
let response = client.answer()
    .body(body)
    .send()
    .await;
```*/
    pub fn answer(&self) -> builder::Answer<'_> {
        builder::Answer::new(self)
    }
    /**List research tasks

Sends a `GET` request to `/research/v0/tasks`

Arguments:
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
```ignore
let response = client.research_tasks_list()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn research_tasks_list(&self) -> builder::ResearchTasksList<'_> {
        builder::ResearchTasksList::new(self)
    }
    /**Create a research task with instructions and an output schema

Sends a `POST` request to `/research/v0/tasks`

```ignore
let response = client.research_tasks_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn research_tasks_create(&self) -> builder::ResearchTasksCreate<'_> {
        builder::ResearchTasksCreate::new(self)
    }
    /**Get a research task by id

Sends a `GET` request to `/research/v0/tasks/{id}`

```ignore
let response = client.research_controller_v0_get_research_task()
    .id(id)
    .send()
    .await;
```*/
    pub fn research_controller_v0_get_research_task(
        &self,
    ) -> builder::ResearchControllerV0GetResearchTask<'_> {
        builder::ResearchControllerV0GetResearchTask::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::search`]

[`Client::search`]: super::Client::search*/
    #[derive(Debug, Clone)]
    pub struct Search<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SearchBody, String>,
    }
    impl<'a> Search<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchBody>,
            <V as std::convert::TryInto<types::SearchBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SearchBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SearchBody,
            ) -> types::builder::SearchBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/search`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::SearchBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/search", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::find_similar`]

[`Client::find_similar`]: super::Client::find_similar*/
    #[derive(Debug, Clone)]
    pub struct FindSimilar<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FindSimilarBody, String>,
    }
    impl<'a> FindSimilar<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FindSimilarBody>,
            <V as std::convert::TryInto<
                types::FindSimilarBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FindSimilarBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FindSimilarBody,
            ) -> types::builder::FindSimilarBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/findSimilar`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::FindSimilarResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FindSimilarBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/findSimilar", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "find_similar",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_contents`]

[`Client::get_contents`]: super::Client::get_contents*/
    #[derive(Debug, Clone)]
    pub struct GetContents<'a> {
        client: &'a super::Client,
        body: Result<types::builder::GetContentsBody, String>,
    }
    impl<'a> GetContents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetContentsBody>,
            <V as std::convert::TryInto<
                types::GetContentsBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `GetContentsBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetContentsBody,
            ) -> types::builder::GetContentsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/contents`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetContentsResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::GetContentsBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/contents", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_contents",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::answer`]

[`Client::answer`]: super::Client::answer*/
    #[derive(Debug, Clone)]
    pub struct Answer<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AnswerBody, String>,
    }
    impl<'a> Answer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AnswerBody>,
            <V as std::convert::TryInto<types::AnswerBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AnswerBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AnswerBody,
            ) -> types::builder::AnswerBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/answer`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AnswerResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::AnswerBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/answer", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "answer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::research_tasks_list`]

[`Client::research_tasks_list`]: super::Client::research_tasks_list*/
    #[derive(Debug, Clone)]
    pub struct ResearchTasksList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ResearchTasksListCursor>, String>,
        limit: Result<Option<f64>, String>,
    }
    impl<'a> ResearchTasksList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResearchTasksListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ResearchTasksListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `f64` for limit failed".to_string());
            self
        }
        ///Sends a `GET` request to `/research/v0/tasks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResearchTasksListResponse>, Error<()>> {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/research/v0/tasks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "research_tasks_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::research_tasks_create`]

[`Client::research_tasks_create`]: super::Client::research_tasks_create*/
    #[derive(Debug, Clone)]
    pub struct ResearchTasksCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ResearchTasksCreateBody, String>,
    }
    impl<'a> ResearchTasksCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResearchTasksCreateBody>,
            <V as std::convert::TryInto<
                types::ResearchTasksCreateBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ResearchTasksCreateBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ResearchTasksCreateBody,
            ) -> types::builder::ResearchTasksCreateBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/research/v0/tasks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResearchTasksCreateResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ResearchTasksCreateBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/research/v0/tasks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "research_tasks_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::research_controller_v0_get_research_task`]

[`Client::research_controller_v0_get_research_task`]: super::Client::research_controller_v0_get_research_task*/
    #[derive(Debug, Clone)]
    pub struct ResearchControllerV0GetResearchTask<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ResearchControllerV0GetResearchTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/research/v0/tasks/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ResearchTaskDto>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/research/v0/tasks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "research_controller_v0_get_research_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Facts taken from the OpenAPI document this module was generated from.
pub mod spec {
    /// The document's table: its beta tokens, server and operations.
    pub static DOCUMENT: crate::spec::Document = crate::spec::Document {
        module: "search",
        file: "exa-search.yaml",
        title: "Exa Search API",
        beta_tokens: &[],
        default_server: Some("https://api.exa.ai"),
        operations: &[
            &SEARCH,
            &FIND_SIMILAR,
            &GET_CONTENTS,
            &ANSWER,
            &RESEARCH_TASKS_LIST,
            &RESEARCH_TASKS_CREATE,
            &RESEARCH_CONTROLLER_V0_GET_RESEARCH_TASK,
        ],
    };
    ///`POST /search` (`search`).
    pub static SEARCH: crate::spec::Operation = crate::spec::Operation {
        id: "search",
        rust_name: "search",
        method: "POST",
        path: "/search",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`POST /findSimilar` (`findSimilar`).
    pub static FIND_SIMILAR: crate::spec::Operation = crate::spec::Operation {
        id: "findSimilar",
        rust_name: "find_similar",
        method: "POST",
        path: "/findSimilar",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`POST /contents` (`getContents`).
    pub static GET_CONTENTS: crate::spec::Operation = crate::spec::Operation {
        id: "getContents",
        rust_name: "get_contents",
        method: "POST",
        path: "/contents",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`POST /answer` (`answer`).
    pub static ANSWER: crate::spec::Operation = crate::spec::Operation {
        id: "answer",
        rust_name: "answer",
        method: "POST",
        path: "/answer",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /research/v0/tasks` (`research-tasks-list`).
    pub static RESEARCH_TASKS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "research-tasks-list",
        rust_name: "research_tasks_list",
        method: "GET",
        path: "/research/v0/tasks",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /research/v0/tasks` (`research-tasks-create`).
    pub static RESEARCH_TASKS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "research-tasks-create",
        rust_name: "research_tasks_create",
        method: "POST",
        path: "/research/v0/tasks",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /research/v0/tasks/{id}` (`ResearchControllerV0_getResearchTask`).
    pub static RESEARCH_CONTROLLER_V0_GET_RESEARCH_TASK: crate::spec::Operation = crate::spec::Operation {
        id: "ResearchControllerV0_getResearchTask",
        rust_name: "research_controller_v0_get_research_task",
        method: "GET",
        path: "/research/v0/tasks/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "id",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &[],
        beta: false,
        errors: &[],
    };
}
