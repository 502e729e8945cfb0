#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AnswerRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerRequest {
        ///The model used to generate the answer.
        #[serde(default = "defaults::answer_request_model")]
        pub model: AnswerRequestModel,
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<AnswerRequestOutputSchema>,
        ///Natural-language question or instructions for the request.
        pub query: AnswerRequestQuery,
        ///If true, the response is returned as a server-sent events (SSE) stream.
        #[serde(default)]
        pub stream: bool,
        ///Additional instructions that guide generated output or agent behavior. Use this for source preferences, novelty constraints, duplication constraints, or other behavior guidance.
        #[serde(
            rename = "systemPrompt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        ///If true, returns full page text with default settings. If false, disables text return.
        #[serde(default)]
        pub text: bool,
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
    impl AnswerRequest {
        pub fn builder() -> builder::AnswerRequest {
            Default::default()
        }
    }
    ///The model used to generate the answer.
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
    pub enum AnswerRequestModel {
        #[serde(rename = "exa")]
        Exa,
        #[serde(rename = "exa-pro")]
        ExaPro,
        #[serde(rename = "exa-research")]
        ExaResearch,
        #[serde(rename = "exa-fast")]
        ExaFast,
    }
    impl ::std::fmt::Display for AnswerRequestModel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Exa => f.write_str("exa"),
                Self::ExaPro => f.write_str("exa-pro"),
                Self::ExaResearch => f.write_str("exa-research"),
                Self::ExaFast => f.write_str("exa-fast"),
            }
        }
    }
    impl ::std::str::FromStr for AnswerRequestModel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "exa" => Ok(Self::Exa),
                "exa-pro" => Ok(Self::ExaPro),
                "exa-research" => Ok(Self::ExaResearch),
                "exa-fast" => Ok(Self::ExaFast),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AnswerRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AnswerRequestModel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for AnswerRequestModel {
        fn default() -> Self {
            AnswerRequestModel::Exa
        }
    }
    ///A [JSON Schema Draft 7](https://json-schema.org/draft-07) specification for the desired answer structure. When provided, the answer is returned as a structured object matching the schema instead of a plain string.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerRequestOutputSchema {
        ///Whether to allow properties not listed in `properties`.
        #[serde(rename = "additionalProperties", default)]
        pub additional_properties: bool,
        ///A description of the schema.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///An object where each key is a property name and each value is a JSON Schema describing that property (with `type`, `description`, etc).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub properties: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///List of required property names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub required: ::std::vec::Vec<::std::string::String>,
        ///The root schema type (typically "object").
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerRequestOutputSchema {
        pub fn builder() -> builder::AnswerRequestOutputSchema {
            Default::default()
        }
    }
    ///Natural-language question or instructions for the request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerRequestQuery(::std::string::String);
    impl ::std::ops::Deref for AnswerRequestQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AnswerRequestQuery> for ::std::string::String {
        fn from(value: AnswerRequestQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AnswerRequestQuery {
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
    impl ::std::convert::TryFrom<&str> for AnswerRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AnswerRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AnswerRequestQuery {
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
    ///`AnswerResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerResponse {
        ///The generated answer based on search results. Returns a string by default, or a structured object matching the provided outputSchema.
        pub answer: AnswerResponseAnswer,
        ///Search results used to generate the answer.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<AnswerResponseCitationsItem>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollarsOutput>,
        ///Unique identifier for the request.
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
    ///`AnswerResponseCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerResponseCitationsItem {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document. Useful for the /contents endpoint.
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
        pub published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The full text content of each source. Only present when text contents are requested.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        pub title: ::std::string::String,
        ///The URL of the search result.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerResponseCitationsItem {
        pub fn builder() -> builder::AnswerResponseCitationsItem {
            Default::default()
        }
    }
    ///Schema for each JSON payload emitted in an `/answer` server-sent event stream. Each event is emitted as `data: <json>`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum AnswerStreamChunk {
        Variant0 {
            ///OpenAI-compatible streamed completion choices with internal provider fields removed.
            choices: ::std::vec::Vec<AnswerStreamChunkVariant0ChoicesItem>,
            #[serde(flatten)]
            extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        },
        Variant1 {
            ///Search results cited by the final streamed answer.
            citations: ::std::vec::Vec<AnswerStreamChunkVariant1CitationsItem>,
        },
        Variant2 {
            #[serde(rename = "costDollars")]
            cost_dollars: CostDollarsOutput,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
        },
        Variant3 {
            payload: AnswerStreamChunkVariant3Payload,
            tag: AnswerStreamChunkVariant3Tag,
        },
    }
    ///`AnswerStreamChunkVariant0ChoicesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerStreamChunkVariant0ChoicesItem {
        pub delta: AnswerStreamChunkVariant0ChoicesItemDelta,
        ///Reason this streamed choice finished, when present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub finish_reason: ::std::option::Option<::std::string::String>,
        ///Index of this streamed choice.
        pub index: u64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerStreamChunkVariant0ChoicesItem {
        pub fn builder() -> builder::AnswerStreamChunkVariant0ChoicesItem {
            Default::default()
        }
    }
    ///Incremental answer content emitted by the model.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerStreamChunkVariant0ChoicesItemDelta {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refusal: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<AnswerStreamChunkVariant0ChoicesItemDeltaRole>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerStreamChunkVariant0ChoicesItemDelta {
        pub fn builder() -> builder::AnswerStreamChunkVariant0ChoicesItemDelta {
            Default::default()
        }
    }
    ///`AnswerStreamChunkVariant0ChoicesItemDeltaRole`
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
    pub enum AnswerStreamChunkVariant0ChoicesItemDeltaRole {
        #[serde(rename = "assistant")]
        Assistant,
    }
    impl ::std::fmt::Display for AnswerStreamChunkVariant0ChoicesItemDeltaRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistant => f.write_str("assistant"),
            }
        }
    }
    impl ::std::str::FromStr for AnswerStreamChunkVariant0ChoicesItemDeltaRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for AnswerStreamChunkVariant0ChoicesItemDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AnswerStreamChunkVariant0ChoicesItemDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AnswerStreamChunkVariant1CitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerStreamChunkVariant1CitationsItem {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document. Useful for the /contents endpoint.
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
        pub published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The full text content of each source. Only present when text contents are requested.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        pub title: ::std::string::String,
        ///The URL of the search result.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerStreamChunkVariant1CitationsItem {
        pub fn builder() -> builder::AnswerStreamChunkVariant1CitationsItem {
            Default::default()
        }
    }
    ///`AnswerStreamChunkVariant3Payload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerStreamChunkVariant3Payload {
        pub error: AnswerStreamChunkVariant3PayloadError,
        ///Unique identifier for the request.
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
    impl AnswerStreamChunkVariant3Payload {
        pub fn builder() -> builder::AnswerStreamChunkVariant3Payload {
            Default::default()
        }
    }
    ///`AnswerStreamChunkVariant3PayloadError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AnswerStreamChunkVariant3PayloadError {
        pub code: i64,
        pub message: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AnswerStreamChunkVariant3PayloadError {
        pub fn builder() -> builder::AnswerStreamChunkVariant3PayloadError {
            Default::default()
        }
    }
    ///`AnswerStreamChunkVariant3Tag`
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
    pub enum AnswerStreamChunkVariant3Tag {
        #[serde(rename = "ERROR")]
        Error,
    }
    impl ::std::fmt::Display for AnswerStreamChunkVariant3Tag {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Error => f.write_str("ERROR"),
            }
        }
    }
    impl ::std::str::FromStr for AnswerStreamChunkVariant3Tag {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ERROR" => Ok(Self::Error),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AnswerStreamChunkVariant3Tag {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AnswerStreamChunkVariant3Tag {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsOptions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsOptions {
        ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<ContentsOptionsContext>,
        ///Extra parameters to pass.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<ContentsOptionsExtras>,
        ///Text snippets the LLM identifies as most relevant from each page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub highlights: ::std::option::Option<ContentsOptionsHighlights>,
        ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub livecrawl: ::std::option::Option<ContentsOptionsLivecrawl>,
        ///The timeout for livecrawling in milliseconds.
        #[serde(
            rename = "livecrawlTimeout",
            default = "defaults::contents_options_livecrawl_timeout"
        )]
        pub livecrawl_timeout: ::std::option::Option<::std::num::NonZeroU64>,
        ///Maximum age of cached content in hours. Positive values use cached content if it is less than this many hours old; 0 fetches fresh content and is the supported way to apply text rendering options to newly fetched pages; -1 always uses cache; omitted uses fallback fetching when cached content is unavailable. Maximum supported value is 720 hours.
        #[serde(
            rename = "maxAgeHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub max_age_hours: ::std::option::Option<i64>,
        ///Term to find specific subpages of search results. Can be a single string or an array of strings.
        #[serde(
            rename = "subpageTarget",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub subpage_target: ::std::option::Option<ContentsOptionsSubpageTarget>,
        ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
        #[serde(default = "defaults::contents_options_subpages")]
        pub subpages: ::std::option::Option<i64>,
        ///Summary of the webpage.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<ContentsOptionsSummary>,
        ///Text extraction options for each result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<ContentsOptionsText>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for ContentsOptions {
        fn default() -> Self {
            Self {
                context: Default::default(),
                extras: Default::default(),
                highlights: Default::default(),
                livecrawl: Default::default(),
                livecrawl_timeout: defaults::contents_options_livecrawl_timeout(),
                max_age_hours: Default::default(),
                subpage_target: Default::default(),
                subpages: defaults::contents_options_subpages(),
                summary: Default::default(),
                text: Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ContentsOptions {
        pub fn builder() -> builder::ContentsOptions {
            Default::default()
        }
    }
    ///`ContentsOptionsContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsOptionsContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
        },
    }
    impl ::std::convert::From<bool> for ContentsOptionsContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsOptionsExtras {
        ///Number of code blocks to return for each result.
        #[serde(
            rename = "codeBlocks",
            default = "defaults::contents_options_extras_code_blocks"
        )]
        pub code_blocks: ::std::option::Option<i64>,
        ///Number of images to return for each result.
        #[serde(
            rename = "imageLinks",
            default = "defaults::contents_options_extras_image_links"
        )]
        pub image_links: ::std::option::Option<i64>,
        ///Number of URLs to return from each webpage.
        #[serde(default = "defaults::contents_options_extras_links")]
        pub links: ::std::option::Option<i64>,
        ///Number of rich image links to return for each result.
        #[serde(
            rename = "richImageLinks",
            default = "defaults::contents_options_extras_rich_image_links"
        )]
        pub rich_image_links: ::std::option::Option<i64>,
        ///Number of rich links to return for each result.
        #[serde(
            rename = "richLinks",
            default = "defaults::contents_options_extras_rich_links"
        )]
        pub rich_links: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for ContentsOptionsExtras {
        fn default() -> Self {
            Self {
                code_blocks: defaults::contents_options_extras_code_blocks(),
                image_links: defaults::contents_options_extras_image_links(),
                links: defaults::contents_options_extras_links(),
                rich_image_links: defaults::contents_options_extras_rich_image_links(),
                rich_links: defaults::contents_options_extras_rich_links(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ContentsOptionsExtras {
        pub fn builder() -> builder::ContentsOptionsExtras {
            Default::default()
        }
    }
    ///`ContentsOptionsHighlights`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsOptionsHighlights {
        Boolean(bool),
        Object {
            ///Deprecated and will be removed in a future release. Currently ignored. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Deprecated and will be removed in a future release. Currently mapped to a character budget of about 1333 characters per sentence. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "numSentences",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            num_sentences: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query that guides which highlights the LLM picks.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for ContentsOptionsHighlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
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
    pub enum ContentsOptionsLivecrawl {
        #[serde(rename = "never")]
        Never,
        #[serde(rename = "always")]
        Always,
        #[serde(rename = "fallback")]
        Fallback,
        #[serde(rename = "preferred")]
        Preferred,
    }
    impl ::std::fmt::Display for ContentsOptionsLivecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Never => f.write_str("never"),
                Self::Always => f.write_str("always"),
                Self::Fallback => f.write_str("fallback"),
                Self::Preferred => f.write_str("preferred"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsOptionsLivecrawl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "never" => Ok(Self::Never),
                "always" => Ok(Self::Always),
                "fallback" => Ok(Self::Fallback),
                "preferred" => Ok(Self::Preferred),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsOptionsLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContentsOptionsLivecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsOptionsSubpageTarget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsOptionsSubpageTarget {
        String(ContentsOptionsSubpageTargetString),
        Array(::std::vec::Vec<ContentsOptionsSubpageTargetArrayItem>),
    }
    impl ::std::convert::From<ContentsOptionsSubpageTargetString>
    for ContentsOptionsSubpageTarget {
        fn from(value: ContentsOptionsSubpageTargetString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<ContentsOptionsSubpageTargetArrayItem>>
    for ContentsOptionsSubpageTarget {
        fn from(value: ::std::vec::Vec<ContentsOptionsSubpageTargetArrayItem>) -> Self {
            Self::Array(value)
        }
    }
    ///`ContentsOptionsSubpageTargetArrayItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsOptionsSubpageTargetArrayItem(::std::string::String);
    impl ::std::ops::Deref for ContentsOptionsSubpageTargetArrayItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsOptionsSubpageTargetArrayItem>
    for ::std::string::String {
        fn from(value: ContentsOptionsSubpageTargetArrayItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsOptionsSubpageTargetArrayItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsOptionsSubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsOptionsSubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsOptionsSubpageTargetArrayItem {
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
    ///`ContentsOptionsSubpageTargetString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsOptionsSubpageTargetString(::std::string::String);
    impl ::std::ops::Deref for ContentsOptionsSubpageTargetString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsOptionsSubpageTargetString>
    for ::std::string::String {
        fn from(value: ContentsOptionsSubpageTargetString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsOptionsSubpageTargetString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsOptionsSubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsOptionsSubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsOptionsSubpageTargetString {
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
    ///Summary of the webpage.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsOptionsSummary {
        ///Custom query for the LLM-generated summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<::std::string::String>,
        ///JSON schema for structured output from summary. See https://json-schema.org/overview/what-is-jsonschema for JSON Schema documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub schema: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsOptionsSummary {
        pub fn builder() -> builder::ContentsOptionsSummary {
            Default::default()
        }
    }
    ///`ContentsOptionsText`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsOptionsText {
        Boolean(bool),
        Object {
            ///Exclude content classified into these semantic page sections. Section classification is best-effort. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "excludeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            exclude_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsOptionsTextObjectExcludeSectionsItem>,
            >,
            ///If true, include lightweight HTML tags in returned text instead of plain markdown-style text. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeHtmlTags",
                default = "defaults::contents_options_text_object_include_html_tags"
            )]
            include_html_tags: ::std::option::Option<bool>,
            ///Best-effort. Only include content classified into these semantic page sections. Section classification may be unavailable or incomplete for some pages; validate output if strict filtering is required. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            include_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsOptionsTextObjectIncludeSectionsItem>,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(default = "defaults::contents_options_text_object_verbosity")]
            verbosity: ::std::option::Option<ContentsOptionsTextObjectVerbosity>,
        },
    }
    impl ::std::convert::From<bool> for ContentsOptionsText {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`ContentsOptionsTextObjectExcludeSectionsItem`
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
    pub enum ContentsOptionsTextObjectExcludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsOptionsTextObjectExcludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsOptionsTextObjectExcludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str> for ContentsOptionsTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsOptionsTextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsOptionsTextObjectIncludeSectionsItem`
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
    pub enum ContentsOptionsTextObjectIncludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsOptionsTextObjectIncludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsOptionsTextObjectIncludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str> for ContentsOptionsTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsOptionsTextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
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
    pub enum ContentsOptionsTextObjectVerbosity {
        #[serde(rename = "compact")]
        Compact,
        #[serde(rename = "standard")]
        Standard,
        #[serde(rename = "full")]
        Full,
    }
    impl ::std::fmt::Display for ContentsOptionsTextObjectVerbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Compact => f.write_str("compact"),
                Self::Standard => f.write_str("standard"),
                Self::Full => f.write_str("full"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsOptionsTextObjectVerbosity {
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
    impl ::std::convert::TryFrom<&str> for ContentsOptionsTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsOptionsTextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
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
    ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
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
    pub enum ContentsRequestVariant0Compliance {
        #[serde(rename = "hipaa")]
        Hipaa,
    }
    impl ::std::fmt::Display for ContentsRequestVariant0Compliance {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Hipaa => f.write_str("hipaa"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0Compliance {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "hipaa" => Ok(Self::Hipaa),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant0Compliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0Compliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant0Context`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant0Context {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant0Context {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant0Extras {
        ///Number of code blocks to return for each result.
        #[serde(
            rename = "codeBlocks",
            default = "defaults::contents_request_variant0_extras_code_blocks"
        )]
        pub code_blocks: ::std::option::Option<i64>,
        ///Number of images to return for each result.
        #[serde(
            rename = "imageLinks",
            default = "defaults::contents_request_variant0_extras_image_links"
        )]
        pub image_links: ::std::option::Option<i64>,
        ///Number of URLs to return from each webpage.
        #[serde(default = "defaults::contents_request_variant0_extras_links")]
        pub links: ::std::option::Option<i64>,
        ///Number of rich image links to return for each result.
        #[serde(
            rename = "richImageLinks",
            default = "defaults::contents_request_variant0_extras_rich_image_links"
        )]
        pub rich_image_links: ::std::option::Option<i64>,
        ///Number of rich links to return for each result.
        #[serde(
            rename = "richLinks",
            default = "defaults::contents_request_variant0_extras_rich_links"
        )]
        pub rich_links: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for ContentsRequestVariant0Extras {
        fn default() -> Self {
            Self {
                code_blocks: defaults::contents_request_variant0_extras_code_blocks(),
                image_links: defaults::contents_request_variant0_extras_image_links(),
                links: defaults::contents_request_variant0_extras_links(),
                rich_image_links: defaults::contents_request_variant0_extras_rich_image_links(),
                rich_links: defaults::contents_request_variant0_extras_rich_links(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ContentsRequestVariant0Extras {
        pub fn builder() -> builder::ContentsRequestVariant0Extras {
            Default::default()
        }
    }
    ///`ContentsRequestVariant0Highlights`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant0Highlights {
        Boolean(bool),
        Object {
            ///Deprecated and will be removed in a future release. Currently ignored. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Deprecated and will be removed in a future release. Currently mapped to a character budget of about 1333 characters per sentence. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "numSentences",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            num_sentences: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query that guides which highlights the LLM picks.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant0Highlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`ContentsRequestVariant0IdsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant0IdsItem(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant0IdsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant0IdsItem> for ::std::string::String {
        fn from(value: ContentsRequestVariant0IdsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0IdsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant0IdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0IdsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsRequestVariant0IdsItem {
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
    ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
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
    pub enum ContentsRequestVariant0Livecrawl {
        #[serde(rename = "never")]
        Never,
        #[serde(rename = "always")]
        Always,
        #[serde(rename = "fallback")]
        Fallback,
        #[serde(rename = "preferred")]
        Preferred,
    }
    impl ::std::fmt::Display for ContentsRequestVariant0Livecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Never => f.write_str("never"),
                Self::Always => f.write_str("always"),
                Self::Fallback => f.write_str("fallback"),
                Self::Preferred => f.write_str("preferred"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0Livecrawl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "never" => Ok(Self::Never),
                "always" => Ok(Self::Always),
                "fallback" => Ok(Self::Fallback),
                "preferred" => Ok(Self::Preferred),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant0Livecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0Livecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant0SubpageTarget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant0SubpageTarget {
        String(ContentsRequestVariant0SubpageTargetString),
        Array(::std::vec::Vec<ContentsRequestVariant0SubpageTargetArrayItem>),
    }
    impl ::std::convert::From<ContentsRequestVariant0SubpageTargetString>
    for ContentsRequestVariant0SubpageTarget {
        fn from(value: ContentsRequestVariant0SubpageTargetString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<
        ::std::vec::Vec<ContentsRequestVariant0SubpageTargetArrayItem>,
    > for ContentsRequestVariant0SubpageTarget {
        fn from(
            value: ::std::vec::Vec<ContentsRequestVariant0SubpageTargetArrayItem>,
        ) -> Self {
            Self::Array(value)
        }
    }
    ///`ContentsRequestVariant0SubpageTargetArrayItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant0SubpageTargetArrayItem(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant0SubpageTargetArrayItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant0SubpageTargetArrayItem>
    for ::std::string::String {
        fn from(value: ContentsRequestVariant0SubpageTargetArrayItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0SubpageTargetArrayItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant0SubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0SubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ContentsRequestVariant0SubpageTargetArrayItem {
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
    ///`ContentsRequestVariant0SubpageTargetString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant0SubpageTargetString(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant0SubpageTargetString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant0SubpageTargetString>
    for ::std::string::String {
        fn from(value: ContentsRequestVariant0SubpageTargetString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0SubpageTargetString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant0SubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0SubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsRequestVariant0SubpageTargetString {
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
    ///Summary of the webpage.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant0Summary {
        ///Custom query for the LLM-generated summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<::std::string::String>,
        ///JSON schema for structured output from summary. See https://json-schema.org/overview/what-is-jsonschema for JSON Schema documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub schema: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsRequestVariant0Summary {
        pub fn builder() -> builder::ContentsRequestVariant0Summary {
            Default::default()
        }
    }
    ///`ContentsRequestVariant0Text`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant0Text {
        Boolean(bool),
        Object {
            ///Exclude content classified into these semantic page sections. Section classification is best-effort. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "excludeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            exclude_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsRequestVariant0TextObjectExcludeSectionsItem>,
            >,
            ///If true, include lightweight HTML tags in returned text instead of plain markdown-style text. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeHtmlTags",
                default = "defaults::contents_request_variant0_text_object_include_html_tags"
            )]
            include_html_tags: ::std::option::Option<bool>,
            ///Best-effort. Only include content classified into these semantic page sections. Section classification may be unavailable or incomplete for some pages; validate output if strict filtering is required. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            include_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsRequestVariant0TextObjectIncludeSectionsItem>,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                default = "defaults::contents_request_variant0_text_object_verbosity"
            )]
            verbosity: ::std::option::Option<ContentsRequestVariant0TextObjectVerbosity>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant0Text {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`ContentsRequestVariant0TextObjectExcludeSectionsItem`
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
    pub enum ContentsRequestVariant0TextObjectExcludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsRequestVariant0TextObjectExcludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsRequestVariant0TextObjectExcludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant0TextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0TextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant0TextObjectIncludeSectionsItem`
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
    pub enum ContentsRequestVariant0TextObjectIncludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsRequestVariant0TextObjectIncludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsRequestVariant0TextObjectIncludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant0TextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0TextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
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
    pub enum ContentsRequestVariant0TextObjectVerbosity {
        #[serde(rename = "compact")]
        Compact,
        #[serde(rename = "standard")]
        Standard,
        #[serde(rename = "full")]
        Full,
    }
    impl ::std::fmt::Display for ContentsRequestVariant0TextObjectVerbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Compact => f.write_str("compact"),
                Self::Standard => f.write_str("standard"),
                Self::Full => f.write_str("full"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant0TextObjectVerbosity {
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
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant0TextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant0TextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
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
    pub enum ContentsRequestVariant1Compliance {
        #[serde(rename = "hipaa")]
        Hipaa,
    }
    impl ::std::fmt::Display for ContentsRequestVariant1Compliance {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Hipaa => f.write_str("hipaa"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1Compliance {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "hipaa" => Ok(Self::Hipaa),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant1Compliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1Compliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant1Context`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant1Context {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant1Context {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant1Extras {
        ///Number of code blocks to return for each result.
        #[serde(
            rename = "codeBlocks",
            default = "defaults::contents_request_variant1_extras_code_blocks"
        )]
        pub code_blocks: ::std::option::Option<i64>,
        ///Number of images to return for each result.
        #[serde(
            rename = "imageLinks",
            default = "defaults::contents_request_variant1_extras_image_links"
        )]
        pub image_links: ::std::option::Option<i64>,
        ///Number of URLs to return from each webpage.
        #[serde(default = "defaults::contents_request_variant1_extras_links")]
        pub links: ::std::option::Option<i64>,
        ///Number of rich image links to return for each result.
        #[serde(
            rename = "richImageLinks",
            default = "defaults::contents_request_variant1_extras_rich_image_links"
        )]
        pub rich_image_links: ::std::option::Option<i64>,
        ///Number of rich links to return for each result.
        #[serde(
            rename = "richLinks",
            default = "defaults::contents_request_variant1_extras_rich_links"
        )]
        pub rich_links: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for ContentsRequestVariant1Extras {
        fn default() -> Self {
            Self {
                code_blocks: defaults::contents_request_variant1_extras_code_blocks(),
                image_links: defaults::contents_request_variant1_extras_image_links(),
                links: defaults::contents_request_variant1_extras_links(),
                rich_image_links: defaults::contents_request_variant1_extras_rich_image_links(),
                rich_links: defaults::contents_request_variant1_extras_rich_links(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl ContentsRequestVariant1Extras {
        pub fn builder() -> builder::ContentsRequestVariant1Extras {
            Default::default()
        }
    }
    ///`ContentsRequestVariant1Highlights`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant1Highlights {
        Boolean(bool),
        Object {
            ///Deprecated and will be removed in a future release. Currently ignored. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Deprecated and will be removed in a future release. Currently mapped to a character budget of about 1333 characters per sentence. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "numSentences",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            num_sentences: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query that guides which highlights the LLM picks.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant1Highlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Deprecated: Use maxAgeHours instead for content freshness control. livecrawl does not guarantee freshly fetched parser output and may be served according to server freshness policy. Do not send livecrawl and maxAgeHours together.
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
    pub enum ContentsRequestVariant1Livecrawl {
        #[serde(rename = "never")]
        Never,
        #[serde(rename = "always")]
        Always,
        #[serde(rename = "fallback")]
        Fallback,
        #[serde(rename = "preferred")]
        Preferred,
    }
    impl ::std::fmt::Display for ContentsRequestVariant1Livecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Never => f.write_str("never"),
                Self::Always => f.write_str("always"),
                Self::Fallback => f.write_str("fallback"),
                Self::Preferred => f.write_str("preferred"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1Livecrawl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "never" => Ok(Self::Never),
                "always" => Ok(Self::Always),
                "fallback" => Ok(Self::Fallback),
                "preferred" => Ok(Self::Preferred),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant1Livecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1Livecrawl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant1SubpageTarget`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant1SubpageTarget {
        String(ContentsRequestVariant1SubpageTargetString),
        Array(::std::vec::Vec<ContentsRequestVariant1SubpageTargetArrayItem>),
    }
    impl ::std::convert::From<ContentsRequestVariant1SubpageTargetString>
    for ContentsRequestVariant1SubpageTarget {
        fn from(value: ContentsRequestVariant1SubpageTargetString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<
        ::std::vec::Vec<ContentsRequestVariant1SubpageTargetArrayItem>,
    > for ContentsRequestVariant1SubpageTarget {
        fn from(
            value: ::std::vec::Vec<ContentsRequestVariant1SubpageTargetArrayItem>,
        ) -> Self {
            Self::Array(value)
        }
    }
    ///`ContentsRequestVariant1SubpageTargetArrayItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant1SubpageTargetArrayItem(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant1SubpageTargetArrayItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant1SubpageTargetArrayItem>
    for ::std::string::String {
        fn from(value: ContentsRequestVariant1SubpageTargetArrayItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1SubpageTargetArrayItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant1SubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1SubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ContentsRequestVariant1SubpageTargetArrayItem {
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
    ///`ContentsRequestVariant1SubpageTargetString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant1SubpageTargetString(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant1SubpageTargetString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant1SubpageTargetString>
    for ::std::string::String {
        fn from(value: ContentsRequestVariant1SubpageTargetString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1SubpageTargetString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant1SubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1SubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsRequestVariant1SubpageTargetString {
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
    ///Summary of the webpage.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant1Summary {
        ///Custom query for the LLM-generated summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<::std::string::String>,
        ///JSON schema for structured output from summary. See https://json-schema.org/overview/what-is-jsonschema for JSON Schema documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub schema: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsRequestVariant1Summary {
        pub fn builder() -> builder::ContentsRequestVariant1Summary {
            Default::default()
        }
    }
    ///`ContentsRequestVariant1Text`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ContentsRequestVariant1Text {
        Boolean(bool),
        Object {
            ///Exclude content classified into these semantic page sections. Section classification is best-effort. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "excludeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            exclude_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsRequestVariant1TextObjectExcludeSectionsItem>,
            >,
            ///If true, include lightweight HTML tags in returned text instead of plain markdown-style text. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeHtmlTags",
                default = "defaults::contents_request_variant1_text_object_include_html_tags"
            )]
            include_html_tags: ::std::option::Option<bool>,
            ///Best-effort. Only include content classified into these semantic page sections. Section classification may be unavailable or incomplete for some pages; validate output if strict filtering is required. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            include_sections: ::std::option::Option<
                ::std::vec::Vec<ContentsRequestVariant1TextObjectIncludeSectionsItem>,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                default = "defaults::contents_request_variant1_text_object_verbosity"
            )]
            verbosity: ::std::option::Option<ContentsRequestVariant1TextObjectVerbosity>,
        },
    }
    impl ::std::convert::From<bool> for ContentsRequestVariant1Text {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`ContentsRequestVariant1TextObjectExcludeSectionsItem`
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
    pub enum ContentsRequestVariant1TextObjectExcludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsRequestVariant1TextObjectExcludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsRequestVariant1TextObjectExcludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant1TextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1TextObjectExcludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant1TextObjectIncludeSectionsItem`
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
    pub enum ContentsRequestVariant1TextObjectIncludeSectionsItem {
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
    impl ::std::fmt::Display for ContentsRequestVariant1TextObjectIncludeSectionsItem {
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
    impl ::std::str::FromStr for ContentsRequestVariant1TextObjectIncludeSectionsItem {
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
    impl ::std::convert::TryFrom<&str>
    for ContentsRequestVariant1TextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1TextObjectIncludeSectionsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
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
    pub enum ContentsRequestVariant1TextObjectVerbosity {
        #[serde(rename = "compact")]
        Compact,
        #[serde(rename = "standard")]
        Standard,
        #[serde(rename = "full")]
        Full,
    }
    impl ::std::fmt::Display for ContentsRequestVariant1TextObjectVerbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Compact => f.write_str("compact"),
                Self::Standard => f.write_str("standard"),
                Self::Full => f.write_str("full"),
            }
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1TextObjectVerbosity {
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
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant1TextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1TextObjectVerbosity {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentsRequestVariant1UrlsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsRequestVariant1UrlsItem(::std::string::String);
    impl ::std::ops::Deref for ContentsRequestVariant1UrlsItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentsRequestVariant1UrlsItem>
    for ::std::string::String {
        fn from(value: ContentsRequestVariant1UrlsItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentsRequestVariant1UrlsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentsRequestVariant1UrlsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentsRequestVariant1UrlsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsRequestVariant1UrlsItem {
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
    ///`ContentsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsResponse {
        ///Deprecated. Combined context string from search results. Use highlights or text instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollarsOutput>,
        ///Unique identifier for the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub results: ::std::vec::Vec<SearchResultOutput>,
        ///Status information for each requested URL or document ID.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub statuses: ::std::vec::Vec<ContentsResponseStatusesItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsResponse {
        pub fn builder() -> builder::ContentsResponse {
            Default::default()
        }
    }
    ///`ContentsResponseStatusesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsResponseStatusesItem {
        ///Error details, only present when status is "error".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub error: ::std::option::Option<ContentsResponseStatusesItemError>,
        ///The URL or document ID that was requested.
        pub id: ::std::string::String,
        ///Where the returned content was sourced from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub source: ::std::option::Option<ContentsResponseStatusesItemSource>,
        ///Status of the content fetch operation.
        pub status: ContentsResponseStatusesItemStatus,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsResponseStatusesItem {
        pub fn builder() -> builder::ContentsResponseStatusesItem {
            Default::default()
        }
    }
    ///Error details, only present when status is "error".
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ContentsResponseStatusesItemError {
        ///The corresponding HTTP status code.
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub http_status_code: ::std::option::Option<i64>,
        ///Specific error type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub tag: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ContentsResponseStatusesItemError {
        pub fn builder() -> builder::ContentsResponseStatusesItemError {
            Default::default()
        }
    }
    ///Endpoint-dependent estimated dollar cost breakdown for the completed request. Billing is computed from usage counters rather than this response object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsOutput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<CostDollarsOutputContents>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub search: ::std::option::Option<CostDollarsOutputSearch>,
        ///Cost of synthesized summary generation for search requests.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<f64>,
        ///Estimated total dollar cost for the completed request. This response value is not an invoice record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub total: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsOutput {
        pub fn builder() -> builder::CostDollarsOutput {
            Default::default()
        }
    }
    ///Estimated cost breakdown for standalone content retrieval (text, highlights, and summaries billed outside the bundled search price).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsOutputContents {
        ///Cost of highlight extraction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub highlights: ::std::option::Option<f64>,
        ///Cost of per-result summary generation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<f64>,
        ///Cost of text extraction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsOutputContents {
        pub fn builder() -> builder::CostDollarsOutputContents {
            Default::default()
        }
    }
    ///Endpoint-dependent estimated search cost breakdown by retrieval mode. Instant, fast, and auto search responses may include neural search cost. Deep search modes may be reflected only in total.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CostDollarsOutputSearch {
        ///Cost of keyword search operations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub keyword: ::std::option::Option<f64>,
        ///Cost of neural search operations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub neural: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CostDollarsOutputSearch {
        pub fn builder() -> builder::CostDollarsOutputSearch {
            Default::default()
        }
    }
    ///Standard error envelope returned by the Exa API for failed requests.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ErrorResponse {
        ///Human-readable message describing the error.
        pub error: ::std::string::String,
        ///Unique identifier for the request.
        #[serde(rename = "requestId")]
        pub request_id: ::std::string::String,
        ///Machine-readable error tag identifying the failure. The set of tags is open-ended: new tags may be added at any time, so treat unrecognized tags as a generic error of the response's HTTP status. Known tags are listed as examples.
        pub tag: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`FindSimilarBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FindSimilarBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsOptions>,
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
    ///`FindSimilarCommonRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FindSimilarCommonRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsOptions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<FindSimilarCommonRequestContext>,
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
    impl ::std::default::Default for FindSimilarCommonRequest {
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
    impl FindSimilarCommonRequest {
        pub fn builder() -> builder::FindSimilarCommonRequest {
            Default::default()
        }
    }
    ///`FindSimilarCommonRequestContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum FindSimilarCommonRequestContext {
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
    impl ::std::convert::From<bool> for FindSimilarCommonRequestContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`FindSimilarResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FindSimilarResponse {
        ///Deprecated. Combined context string from the results. Use highlights or text instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "costDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub cost_dollars: ::std::option::Option<CostDollarsOutput>,
        ///Unique identifier for the request
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///A list of similar pages, with contents when requested.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub results: ::std::vec::Vec<SearchResultOutput>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FindSimilarResponse {
        pub fn builder() -> builder::FindSimilarResponse {
            Default::default()
        }
    }
    ///`SearchRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchRequest {
        ///Additional query variations for deep-search variants. Only works with a deep-search type. When provided, these queries are used alongside the main query for broader results.
        #[serde(
            rename = "additionalQueries",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub additional_queries: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///A data category to focus on. Known categories include `company`, `publication`, `news`, `personal site`, `financial report`, and `people`. Other strings are accepted and used as category hints for search. The `people` and `company` categories have improved quality for finding people profiles and company pages. The `publication` category surfaces scholarly publications such as research papers, preprints, and journal articles, with structured metadata like authors, venue, and citations. Note: The `company` and `people` categories only support a limited set of filters. The following parameters are NOT supported for these categories: `startPublishedDate`, `endPublishedDate`, `excludeDomains`. Using unsupported parameters will result in a 400 error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub category: ::std::option::Option<SearchRequestCategory>,
        ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub compliance: ::std::option::Option<SearchRequestCompliance>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<ContentsOptions>,
        ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<SearchRequestContext>,
        ///Deprecated and has no effect; ignored by the API. Must be specified in ISO 8601 format.
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
        ///List of domains or domain paths to exclude from search results. Each entry can be a hostname (for example, `example.com`), a hostname with a path prefix (for example, `example.com/docs`), or a wildcard subdomain (for example, `*.example.com`). If specified, no results will be returned from the matching domains or paths. Use this parameter for domain or path filtering instead of adding a `site:` operator to the query.
        #[serde(
            rename = "excludeDomains",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub exclude_domains: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///List of domains or domain paths to include in the search. Each entry can be a hostname (for example, `example.com`), a hostname with a path prefix (for example, `example.com/docs`), or a wildcard subdomain (for example, `*.example.com`). If specified, results will only come from the matching domains or paths. Use this parameter for domain or path filtering instead of adding a `site:` operator to the query.
        #[serde(
            rename = "includeDomains",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub include_domains: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Enable content moderation to filter unsafe content from search results.
        #[serde(default = "defaults::search_request_moderation")]
        pub moderation: ::std::option::Option<bool>,
        ///Number of results to return. Limits vary by search type. The maximum public limit is 100 results. Contact sales (hello@exa.ai) to discuss higher limits.
        #[serde(rename = "numResults", default = "defaults::search_request_num_results")]
        pub num_results: ::std::option::Option<::std::num::NonZeroU64>,
        ///JSON schema for synthesized output. Supported root types are "text" and "object". When provided, the response includes an output object whose content matches this schema. Works with every search type and adds about 2 seconds of synthesis latency on top of the selected search type.
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<SearchRequestOutputSchema>,
        ///The query string for the search.
        pub query: SearchRequestQuery,
        ///Deprecated and has no effect; ignored by the API. Must be specified in ISO 8601 format.
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
        ///Requests server-sent events for synthesized output streaming. Streaming is currently used only when outputSchema is provided; otherwise the endpoint returns the normal JSON search response.
        #[serde(default = "defaults::search_request_stream")]
        pub stream: ::std::option::Option<bool>,
        ///Additional instructions that guide generated output or agent behavior. Use this for source preferences, novelty constraints, duplication constraints, or other behavior guidance.
        #[serde(
            rename = "systemPrompt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        ///The search mode to use. `auto` (default) is a balanced mode that optimizes for both quality and speed and is recommended for most applications. `fast` returns high-quality results with reduced latency, making it a good fit for user-facing search and interactive workflows. `instant` is optimized for minimum response time, trading some search depth for speed in real-time experiences such as chat, voice agents, and autocomplete. `deep-lite` performs lightweight research with synthesized results and a consistent 4-second latency, lower than full deep search. `deep` conducts comprehensive multi-step research with synthesis, while `deep-reasoning` adds stronger reasoning for complex analysis and decision-making tasks.
        #[serde(rename = "type", default = "defaults::search_request_type")]
        pub type_: ::std::option::Option<SearchRequestType>,
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
    impl SearchRequest {
        pub fn builder() -> builder::SearchRequest {
            Default::default()
        }
    }
    ///A data category to focus on. Known categories include `company`, `publication`, `news`, `personal site`, `financial report`, and `people`. Other strings are accepted and used as category hints for search. The `people` and `company` categories have improved quality for finding people profiles and company pages. The `publication` category surfaces scholarly publications such as research papers, preprints, and journal articles, with structured metadata like authors, venue, and citations. Note: The `company` and `people` categories only support a limited set of filters. The following parameters are NOT supported for these categories: `startPublishedDate`, `endPublishedDate`, `excludeDomains`. Using unsupported parameters will result in a 400 error.
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
    pub enum SearchRequestCategory {
        #[serde(rename = "company")]
        Company,
        #[serde(rename = "publication")]
        Publication,
        #[serde(rename = "news")]
        News,
        #[serde(rename = "personal site")]
        PersonalSite,
        #[serde(rename = "financial report")]
        FinancialReport,
        #[serde(rename = "people")]
        People,
    }
    impl ::std::fmt::Display for SearchRequestCategory {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Company => f.write_str("company"),
                Self::Publication => f.write_str("publication"),
                Self::News => f.write_str("news"),
                Self::PersonalSite => f.write_str("personal site"),
                Self::FinancialReport => f.write_str("financial report"),
                Self::People => f.write_str("people"),
            }
        }
    }
    impl ::std::str::FromStr for SearchRequestCategory {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "company" => Ok(Self::Company),
                "publication" => Ok(Self::Publication),
                "news" => Ok(Self::News),
                "personal site" => Ok(Self::PersonalSite),
                "financial report" => Ok(Self::FinancialReport),
                "people" => Ok(Self::People),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchRequestCategory {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchRequestCategory {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Enterprise-only compliance mode. Set to `hipaa` for HIPAA mode. Requires cache-only retrieval with supported parameters. See the HIPAA docs for details.
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
    pub enum SearchRequestCompliance {
        #[serde(rename = "hipaa")]
        Hipaa,
    }
    impl ::std::fmt::Display for SearchRequestCompliance {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Hipaa => f.write_str("hipaa"),
            }
        }
    }
    impl ::std::str::FromStr for SearchRequestCompliance {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "hipaa" => Ok(Self::Hipaa),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchRequestCompliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchRequestCompliance {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchRequestContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchRequestContext {
        Boolean(bool),
        Object {
            ///Deprecated. Maximum character limit for the context string. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
        },
    }
    impl ::std::convert::From<bool> for SearchRequestContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///JSON schema for synthesized output. Supported root types are "text" and "object". When provided, the response includes an output object whose content matches this schema. Works with every search type and adds about 2 seconds of synthesis latency on top of the selected search type.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchRequestOutputSchema {
        Variant0 {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            description: ::std::option::Option<::std::string::String>,
            #[serde(rename = "type")]
            type_: SearchRequestOutputSchemaVariant0Type,
        },
        Variant1 {
            #[serde(
                rename = "additionalProperties",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            additional_properties: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            description: ::std::option::Option<::std::string::String>,
            #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
            properties: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            required: ::std::vec::Vec<::std::string::String>,
            #[serde(rename = "type")]
            type_: SearchRequestOutputSchemaVariant1Type,
            #[serde(flatten)]
            extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        },
    }
    ///`SearchRequestOutputSchemaVariant0Type`
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
    pub enum SearchRequestOutputSchemaVariant0Type {
        #[serde(rename = "text")]
        Text,
    }
    impl ::std::fmt::Display for SearchRequestOutputSchemaVariant0Type {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
            }
        }
    }
    impl ::std::str::FromStr for SearchRequestOutputSchemaVariant0Type {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchRequestOutputSchemaVariant0Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchRequestOutputSchemaVariant0Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchRequestOutputSchemaVariant1Type`
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
    pub enum SearchRequestOutputSchemaVariant1Type {
        #[serde(rename = "object")]
        Object,
    }
    impl ::std::fmt::Display for SearchRequestOutputSchemaVariant1Type {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Object => f.write_str("object"),
            }
        }
    }
    impl ::std::str::FromStr for SearchRequestOutputSchemaVariant1Type {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "object" => Ok(Self::Object),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchRequestOutputSchemaVariant1Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchRequestOutputSchemaVariant1Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The query string for the search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchRequestQuery(::std::string::String);
    impl ::std::ops::Deref for SearchRequestQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchRequestQuery> for ::std::string::String {
        fn from(value: SearchRequestQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchRequestQuery {
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
    impl ::std::convert::TryFrom<&str> for SearchRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchRequestQuery {
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
    ///The search mode to use. `auto` (default) is a balanced mode that optimizes for both quality and speed and is recommended for most applications. `fast` returns high-quality results with reduced latency, making it a good fit for user-facing search and interactive workflows. `instant` is optimized for minimum response time, trading some search depth for speed in real-time experiences such as chat, voice agents, and autocomplete. `deep-lite` performs lightweight research with synthesized results and a consistent 4-second latency, lower than full deep search. `deep` conducts comprehensive multi-step research with synthesis, while `deep-reasoning` adds stronger reasoning for complex analysis and decision-making tasks.
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
    pub enum SearchRequestType {
        #[serde(rename = "instant")]
        Instant,
        #[serde(rename = "fast")]
        Fast,
        #[serde(rename = "auto")]
        Auto,
        #[serde(rename = "deep-lite")]
        DeepLite,
        #[serde(rename = "deep")]
        Deep,
        #[serde(rename = "deep-reasoning")]
        DeepReasoning,
    }
    impl ::std::fmt::Display for SearchRequestType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Instant => f.write_str("instant"),
                Self::Fast => f.write_str("fast"),
                Self::Auto => f.write_str("auto"),
                Self::DeepLite => f.write_str("deep-lite"),
                Self::Deep => f.write_str("deep"),
                Self::DeepReasoning => f.write_str("deep-reasoning"),
            }
        }
    }
    impl ::std::str::FromStr for SearchRequestType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "instant" => Ok(Self::Instant),
                "fast" => Ok(Self::Fast),
                "auto" => Ok(Self::Auto),
                "deep-lite" => Ok(Self::DeepLite),
                "deep" => Ok(Self::Deep),
                "deep-reasoning" => Ok(Self::DeepReasoning),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchRequestType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SearchRequestType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchResponse {
        Variant0 {
            ///Deprecated. Combined context string from search results. Use highlights or text instead.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            context: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "costDollars",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            cost_dollars: ::std::option::Option<CostDollarsOutput>,
            output: SearchSynthesisOutputOutput,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
            ///Deprecated legacy field. Current production responses may return an empty string; clients should not branch on this value.
            #[serde(
                rename = "resolvedSearchType",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            resolved_search_type: ::std::option::Option<::std::string::String>,
            ///A list of search results containing title, URL, published date, and author.
            results: ::std::vec::Vec<SearchResultOutput>,
        },
        Variant1 {
            ///Deprecated. Combined context string from search results. Use highlights or text instead.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            context: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "costDollars",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            cost_dollars: ::std::option::Option<CostDollarsOutput>,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
            ///Deprecated legacy field. Current production responses may return an empty string; clients should not branch on this value.
            #[serde(
                rename = "resolvedSearchType",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            resolved_search_type: ::std::option::Option<::std::string::String>,
            ///A list of search results containing title, URL, published date, and author.
            results: ::std::vec::Vec<SearchResultOutput>,
        },
    }
    ///`SearchResultOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutput {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///Structured entity data for company, person, or publication search results. Returned for supported entity-backed categories.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub entities: ::std::vec::Vec<SearchResultOutputEntitiesItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<SearchResultOutputExtras>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///Array of cosine similarity scores for each highlighted snippet.
        #[serde(
            rename = "highlightScores",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub highlight_scores: ::std::vec::Vec<f64>,
        ///Array of highlights extracted from the search result content.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub highlights: ::std::vec::Vec<::std::string::String>,
        ///The temporary ID for the document. Useful for the /contents endpoint.
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
        pub published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Array of subpages for the search result.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub subpages: ::std::vec::Vec<SearchResultOutputSubpagesItem>,
        ///Summary of the webpage.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<::std::string::String>,
        ///The full content text of the search result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<::std::string::String>,
        ///The title of the search result.
        pub title: ::std::string::String,
        ///The URL of the search result.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutput {
        pub fn builder() -> builder::SearchResultOutput {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "type")]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchResultOutputEntitiesItem {
        #[serde(rename = "company")]
        Company {
            ///Stable company entity identifier.
            id: ::std::string::String,
            properties: SearchResultOutputEntitiesItemProperties,
            ///Entity schema version.
            version: ::std::num::NonZeroU64,
        },
        #[serde(rename = "person")]
        Person {
            ///Stable person entity identifier.
            id: ::std::string::String,
            properties: SearchResultOutputEntitiesItemProperties,
            ///Entity schema version.
            version: ::std::num::NonZeroU64,
        },
        #[serde(rename = "publication")]
        Publication {
            ///Stable publication entity identifier.
            id: ::std::string::String,
            properties: SearchResultOutputEntitiesItemProperties,
            ///Entity schema version.
            version: ::std::num::NonZeroU64,
        },
    }
    ///Company-specific entity fields.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemProperties {
        ///Short company description.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub description: ::std::option::Option<::std::string::String>,
        ///Company financial information.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub financials: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesFinancials,
        >,
        ///Year the company was founded.
        #[serde(
            rename = "foundedYear",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub founded_year: ::std::option::Option<i64>,
        ///Company headquarters information.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub headquarters: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesHeadquarters,
        >,
        ///Company name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        ///Company research information.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub research: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesResearch,
        >,
        ///Company web traffic information.
        #[serde(
            rename = "webTraffic",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub web_traffic: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesWebTraffic,
        >,
        ///Company workforce information.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub workforce: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesWorkforce,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemProperties {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemProperties {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesAuthorsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesAuthorsItem {
        ///Resolved person entity identifier, when available.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Author display name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesAuthorsItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesAuthorsItem {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesEducationHistoryItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
        ///Education date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub dates: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
        >,
        ///Degree or credential.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub degree: ::std::option::Option<::std::string::String>,
        ///Education institution.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub institution: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            Default::default()
        }
    }
    ///Education date range.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
        ///Start date for the date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub from: ::std::option::Option<::std::string::String>,
        ///End date for the date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub to: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
            Default::default()
        }
    }
    ///Education institution.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
        ///Referenced institution identifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Referenced institution name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
            Default::default()
        }
    }
    ///Company financial information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesFinancials {
        ///Most recent funding round, when available.
        #[serde(
            rename = "fundingLatestRound",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub funding_latest_round: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
        >,
        ///Total funding raised in USD.
        #[serde(
            rename = "fundingTotal",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub funding_total: ::std::option::Option<f64>,
        ///Estimated annual revenue in USD.
        #[serde(
            rename = "revenueAnnual",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub revenue_annual: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesFinancials {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesFinancials {
            Default::default()
        }
    }
    ///Most recent funding round, when available.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
        ///Funding round amount in USD.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub amount: ::std::option::Option<f64>,
        ///Funding round date.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub date: ::std::option::Option<::std::string::String>,
        ///Funding round name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            Default::default()
        }
    }
    ///Company headquarters information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesHeadquarters {
        ///Company headquarters street address.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub address: ::std::option::Option<::std::string::String>,
        ///Company headquarters city.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub city: ::std::option::Option<::std::string::String>,
        ///Company headquarters country.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub country: ::std::option::Option<::std::string::String>,
        ///Company headquarters postal code.
        #[serde(
            rename = "postalCode",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub postal_code: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesHeadquarters {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesHeadquarters {
            Default::default()
        }
    }
    ///Company research information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesResearch {
        ///Ranked research areas, most active first.
        #[serde(default)]
        pub areas: ::std::vec::Vec<::std::string::String>,
        ///Lifetime citation count.
        #[serde(
            rename = "citationCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub citation_count: ::std::option::Option<i64>,
        ///Most-cited notable works.
        #[serde(rename = "notableWorks")]
        #[serde(default)]
        pub notable_works: ::std::vec::Vec<
            SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
        >,
        ///Researchers ordered by works produced at the organization.
        #[serde(rename = "topResearchers")]
        #[serde(default)]
        pub top_researchers: ::std::vec::Vec<
            SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
        >,
        ///Number of works with an affiliated author.
        #[serde(
            rename = "worksCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub works_count: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesResearch {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesResearch {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
        ///Number of works citing this publication.
        #[serde(
            rename = "citationCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub citation_count: ::std::option::Option<i64>,
        ///Digital Object Identifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub doi: ::std::option::Option<::std::string::String>,
        ///Resolved publication entity identifier, when available.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Publication title.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///Publication type.
        #[serde(
            rename = "type",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub type_: ::std::option::Option<
            SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType,
        >,
        ///Publication venue.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub venue: ::std::option::Option<::std::string::String>,
        ///Publication year.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub year: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
        ///Number of citations for works produced at the organization.
        #[serde(
            rename = "citationCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub citation_count: ::std::option::Option<i64>,
        ///Referenced researcher.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub person: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
        >,
        ///Number of works produced at the organization.
        #[serde(
            rename = "worksCount",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub works_count: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            Default::default()
        }
    }
    ///Referenced researcher.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
        ///Referenced person entity identifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Referenced person name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
            Default::default()
        }
    }
    ///Company web traffic information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWebTraffic {
        ///Estimated average visit duration, in seconds.
        #[serde(
            rename = "avgDurationSeconds",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub avg_duration_seconds: ::std::option::Option<f64>,
        ///Estimated website traffic rank within the company's primary country.
        #[serde(
            rename = "countryRank",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub country_rank: ::std::option::Option<i64>,
        ///Historical monthly website visits.
        #[serde(default)]
        pub history: ::std::vec::Vec<
            SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
        >,
        ///Estimated monthly website visits.
        #[serde(
            rename = "visitsMonthly",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub visits_monthly: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWebTraffic {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWebTraffic {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
        ///Start month for this value, formatted as YYYY-MM.
        #[serde(rename = "dateFrom")]
        pub date_from: ::std::string::String,
        ///End month for this value, formatted as YYYY-MM.
        #[serde(rename = "dateTo")]
        pub date_to: ::std::string::String,
        ///Estimated monthly visits for this period.
        pub value: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            Default::default()
        }
    }
    ///`SearchResultOutputEntitiesItemPropertiesWorkHistoryItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
        ///Company for this role.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub company: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
        >,
        ///Role date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub dates: ::std::option::Option<
            SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
        >,
        ///Role location.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///Role title.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            Default::default()
        }
    }
    ///Company for this role.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
        ///Referenced company identifier.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub id: ::std::option::Option<::std::string::String>,
        ///Referenced company name.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
            Default::default()
        }
    }
    ///Role date range.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
        ///Start date for the date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub from: ::std::option::Option<::std::string::String>,
        ///End date for the date range.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub to: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
            Default::default()
        }
    }
    ///Company workforce information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputEntitiesItemPropertiesWorkforce {
        ///Total estimated employee count.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub total: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputEntitiesItemPropertiesWorkforce {
        pub fn builder() -> builder::SearchResultOutputEntitiesItemPropertiesWorkforce {
            Default::default()
        }
    }
    ///Results from extras.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputExtras {
        ///Array of links from the search result.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub links: ::std::vec::Vec<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputExtras {
        pub fn builder() -> builder::SearchResultOutputExtras {
            Default::default()
        }
    }
    ///`SearchResultOutputSubpagesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchResultOutputSubpagesItem {
        ///If available, the author of the content.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The URL of the favicon for the search result's domain.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub favicon: ::std::option::Option<::std::string::String>,
        ///The temporary ID for the document. Useful for the /contents endpoint.
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
        pub published_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The title of the search result.
        pub title: ::std::string::String,
        ///The URL of the search result.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchResultOutputSubpagesItem {
        pub fn builder() -> builder::SearchResultOutputSubpagesItem {
            Default::default()
        }
    }
    ///Schema for each JSON payload emitted in a `/search` server-sent event stream. Each event is emitted as `data: <json>` and the stream terminates with `data: [DONE]`, which is not represented by this JSON schema.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "type")]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchStreamChunk {
        #[serde(rename = "text-delta")]
        TextDelta {
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            choices: ::std::vec::Vec<SearchStreamChunkChoicesItem>,
            delta: ::std::string::String,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
        },
        #[serde(rename = "grounding")]
        Grounding {
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            choices: ::std::vec::Vec<SearchStreamChunkChoicesItem>,
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            citations: ::std::vec::Vec<SearchStreamChunkCitationsItem>,
            ///Field-level grounding for synthesized output.
            grounding: ::std::vec::Vec<SearchStreamChunkGroundingItem>,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
        },
        #[serde(rename = "results")]
        Results {
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
            results: ::std::vec::Vec<SearchResultOutput>,
        },
        #[serde(rename = "stream-reset")]
        StreamReset {
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
            #[serde(rename = "streamReset")]
            stream_reset: bool,
        },
        #[serde(rename = "done")]
        Done {
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            choices: ::std::vec::Vec<SearchStreamChunkChoicesItem>,
            #[serde(
                rename = "costDollars",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            cost_dollars: ::std::option::Option<CostDollarsOutput>,
            #[serde(deserialize_with = "::std::option::Option::deserialize")]
            output: ::std::option::Option<SearchSynthesisOutputOutput>,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
            #[serde(rename = "searchTime")]
            search_time: f64,
        },
        #[serde(rename = "error")]
        Error {
            error: SearchStreamChunkError,
            ///Unique identifier for the request.
            #[serde(
                rename = "requestId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            request_id: ::std::option::Option<::std::string::String>,
        },
    }
    ///`SearchStreamChunkChoicesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkChoicesItem {
        pub delta: SearchStreamChunkChoicesItemDelta,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub finish_reason: ::std::option::Option<
            SearchStreamChunkChoicesItemFinishReason,
        >,
        pub index: u64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkChoicesItem {
        pub fn builder() -> builder::SearchStreamChunkChoicesItem {
            Default::default()
        }
    }
    ///`SearchStreamChunkChoicesItemDelta`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkChoicesItemDelta {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub citations: ::std::vec::Vec<SearchStreamChunkChoicesItemDeltaCitationsItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub role: ::std::option::Option<SearchStreamChunkChoicesItemDeltaRole>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkChoicesItemDelta {
        pub fn builder() -> builder::SearchStreamChunkChoicesItemDelta {
            Default::default()
        }
    }
    ///`SearchStreamChunkChoicesItemDeltaCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkChoicesItemDeltaCitationsItem {
        pub id: ::std::string::String,
        ///Source title.
        pub title: ::std::string::String,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkChoicesItemDeltaCitationsItem {
        pub fn builder() -> builder::SearchStreamChunkChoicesItemDeltaCitationsItem {
            Default::default()
        }
    }
    ///`SearchStreamChunkChoicesItemDeltaRole`
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
    pub enum SearchStreamChunkChoicesItemDeltaRole {
        #[serde(rename = "assistant")]
        Assistant,
    }
    impl ::std::fmt::Display for SearchStreamChunkChoicesItemDeltaRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Assistant => f.write_str("assistant"),
            }
        }
    }
    impl ::std::str::FromStr for SearchStreamChunkChoicesItemDeltaRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchStreamChunkChoicesItemDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchStreamChunkChoicesItemDeltaRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchStreamChunkChoicesItemFinishReason`
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
    pub enum SearchStreamChunkChoicesItemFinishReason {
        #[serde(rename = "stop")]
        Stop,
    }
    impl ::std::fmt::Display for SearchStreamChunkChoicesItemFinishReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Stop => f.write_str("stop"),
            }
        }
    }
    impl ::std::str::FromStr for SearchStreamChunkChoicesItemFinishReason {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "stop" => Ok(Self::Stop),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchStreamChunkChoicesItemFinishReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchStreamChunkChoicesItemFinishReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchStreamChunkCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkCitationsItem {
        pub id: ::std::string::String,
        ///Source title.
        pub title: ::std::string::String,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkCitationsItem {
        pub fn builder() -> builder::SearchStreamChunkCitationsItem {
            Default::default()
        }
    }
    ///`SearchStreamChunkError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkError {
        pub message: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkError {
        pub fn builder() -> builder::SearchStreamChunkError {
            Default::default()
        }
    }
    ///`SearchStreamChunkGroundingItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkGroundingItem {
        ///Sources supporting this output field.
        #[serde(default)]
        pub citations: ::std::vec::Vec<SearchStreamChunkGroundingItemCitationsItem>,
        ///Model-reported reliability for this field.
        pub confidence: SearchStreamChunkVariant1GroundingItemConfidence,
        ///Field path in output.content, for example content or companies[0].funding.
        pub field: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkGroundingItem {
        pub fn builder() -> builder::SearchStreamChunkGroundingItem {
            Default::default()
        }
    }
    ///`SearchStreamChunkGroundingItemCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchStreamChunkGroundingItemCitationsItem {
        ///Source title.
        pub title: ::std::string::String,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchStreamChunkGroundingItemCitationsItem {
        pub fn builder() -> builder::SearchStreamChunkGroundingItemCitationsItem {
            Default::default()
        }
    }
    ///Synthesized output. Returned when outputSchema is provided.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchSynthesisOutputOutput {
        ///Synthesized content. String by default, or object when outputSchema is provided.
        pub content: SearchSynthesisOutputOutputContent,
        ///Field-level grounding for synthesized output.
        #[serde(default)]
        pub grounding: ::std::vec::Vec<SearchSynthesisOutputOutputGroundingItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchSynthesisOutputOutput {
        pub fn builder() -> builder::SearchSynthesisOutputOutput {
            Default::default()
        }
    }
    ///Synthesized content. String by default, or object when outputSchema is provided.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchSynthesisOutputOutputContent {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for SearchSynthesisOutputOutputContent {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`SearchSynthesisOutputOutputGroundingItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchSynthesisOutputOutputGroundingItem {
        ///Sources supporting this output field.
        #[serde(default)]
        pub citations: ::std::vec::Vec<
            SearchSynthesisOutputOutputGroundingItemCitationsItem,
        >,
        ///Model-reported reliability for this field.
        pub confidence: SearchSynthesisOutputOutputGroundingItemConfidence,
        ///Field path in output.content, for example content or companies[0].funding.
        pub field: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchSynthesisOutputOutputGroundingItem {
        pub fn builder() -> builder::SearchSynthesisOutputOutputGroundingItem {
            Default::default()
        }
    }
    ///`SearchSynthesisOutputOutputGroundingItemCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchSynthesisOutputOutputGroundingItemCitationsItem {
        ///Source title.
        pub title: ::std::string::String,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchSynthesisOutputOutputGroundingItemCitationsItem {
        pub fn builder() -> builder::SearchSynthesisOutputOutputGroundingItemCitationsItem {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AnswerRequest {
            model: ::std::result::Result<
                super::AnswerRequestModel,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<super::AnswerRequestOutputSchema>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::AnswerRequestQuery,
                ::std::string::String,
            >,
            stream: ::std::result::Result<bool, ::std::string::String>,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<bool, ::std::string::String>,
            user_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerRequest {
            fn default() -> Self {
                Self {
                    model: Ok(super::defaults::answer_request_model()),
                    output_schema: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    stream: Ok(Default::default()),
                    system_prompt: Ok(Default::default()),
                    text: Ok(Default::default()),
                    user_location: Ok(Default::default()),
                }
            }
        }
        impl AnswerRequest {
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnswerRequestModel>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AnswerRequestOutputSchema>,
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
                T: ::std::convert::TryInto<super::AnswerRequestQuery>,
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
            pub fn system_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_prompt: {e}")
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
        impl ::std::convert::TryFrom<AnswerRequest> for super::AnswerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    model: value.model?,
                    output_schema: value.output_schema?,
                    query: value.query?,
                    stream: value.stream?,
                    system_prompt: value.system_prompt?,
                    text: value.text?,
                    user_location: value.user_location?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerRequest> for AnswerRequest {
            fn from(value: super::AnswerRequest) -> Self {
                Self {
                    model: Ok(value.model),
                    output_schema: Ok(value.output_schema),
                    query: Ok(value.query),
                    stream: Ok(value.stream),
                    system_prompt: Ok(value.system_prompt),
                    text: Ok(value.text),
                    user_location: Ok(value.user_location),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerRequestOutputSchema {
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
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerRequestOutputSchema {
            fn default() -> Self {
                Self {
                    additional_properties: Ok(Default::default()),
                    description: Ok(Default::default()),
                    properties: Ok(Default::default()),
                    required: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AnswerRequestOutputSchema {
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
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerRequestOutputSchema>
        for super::AnswerRequestOutputSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerRequestOutputSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_properties: value.additional_properties?,
                    description: value.description?,
                    properties: value.properties?,
                    required: value.required?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AnswerRequestOutputSchema>
        for AnswerRequestOutputSchema {
            fn from(value: super::AnswerRequestOutputSchema) -> Self {
                Self {
                    additional_properties: Ok(value.additional_properties),
                    description: Ok(value.description),
                    properties: Ok(value.properties),
                    required: Ok(value.required),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerResponse {
            answer: ::std::result::Result<
                super::AnswerResponseAnswer,
                ::std::string::String,
            >,
            citations: ::std::result::Result<
                ::std::vec::Vec<super::AnswerResponseCitationsItem>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollarsOutput>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerResponse {
            fn default() -> Self {
                Self {
                    answer: Err("no value supplied for answer".to_string()),
                    citations: Ok(Default::default()),
                    cost_dollars: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl AnswerResponse {
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnswerResponseAnswer>,
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
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::AnswerResponseCitationsItem>,
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
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsOutput>,
                >,
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
                    request_id: value.request_id?,
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
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerResponseCitationsItem {
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
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AnswerResponseCitationsItem {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl AnswerResponseCitationsItem {
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
        impl ::std::convert::TryFrom<AnswerResponseCitationsItem>
        for super::AnswerResponseCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerResponseCitationsItem,
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
        impl ::std::convert::From<super::AnswerResponseCitationsItem>
        for AnswerResponseCitationsItem {
            fn from(value: super::AnswerResponseCitationsItem) -> Self {
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
        pub struct AnswerStreamChunkVariant0ChoicesItem {
            delta: ::std::result::Result<
                super::AnswerStreamChunkVariant0ChoicesItemDelta,
                ::std::string::String,
            >,
            finish_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            index: ::std::result::Result<u64, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerStreamChunkVariant0ChoicesItem {
            fn default() -> Self {
                Self {
                    delta: Err("no value supplied for delta".to_string()),
                    finish_reason: Ok(Default::default()),
                    index: Err("no value supplied for index".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AnswerStreamChunkVariant0ChoicesItem {
            pub fn delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::AnswerStreamChunkVariant0ChoicesItemDelta,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.delta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delta: {e}")
                    });
                self
            }
            pub fn finish_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.finish_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish_reason: {e}")
                    });
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for index: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerStreamChunkVariant0ChoicesItem>
        for super::AnswerStreamChunkVariant0ChoicesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerStreamChunkVariant0ChoicesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delta: value.delta?,
                    finish_reason: value.finish_reason?,
                    index: value.index?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AnswerStreamChunkVariant0ChoicesItem>
        for AnswerStreamChunkVariant0ChoicesItem {
            fn from(value: super::AnswerStreamChunkVariant0ChoicesItem) -> Self {
                Self {
                    delta: Ok(value.delta),
                    finish_reason: Ok(value.finish_reason),
                    index: Ok(value.index),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerStreamChunkVariant0ChoicesItemDelta {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refusal: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<
                    super::AnswerStreamChunkVariant0ChoicesItemDeltaRole,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerStreamChunkVariant0ChoicesItemDelta {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    refusal: Ok(Default::default()),
                    role: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AnswerStreamChunkVariant0ChoicesItemDelta {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn refusal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.refusal = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refusal: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::AnswerStreamChunkVariant0ChoicesItemDeltaRole,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerStreamChunkVariant0ChoicesItemDelta>
        for super::AnswerStreamChunkVariant0ChoicesItemDelta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerStreamChunkVariant0ChoicesItemDelta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    refusal: value.refusal?,
                    role: value.role?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AnswerStreamChunkVariant0ChoicesItemDelta>
        for AnswerStreamChunkVariant0ChoicesItemDelta {
            fn from(value: super::AnswerStreamChunkVariant0ChoicesItemDelta) -> Self {
                Self {
                    content: Ok(value.content),
                    refusal: Ok(value.refusal),
                    role: Ok(value.role),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerStreamChunkVariant1CitationsItem {
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
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AnswerStreamChunkVariant1CitationsItem {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl AnswerStreamChunkVariant1CitationsItem {
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
        impl ::std::convert::TryFrom<AnswerStreamChunkVariant1CitationsItem>
        for super::AnswerStreamChunkVariant1CitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerStreamChunkVariant1CitationsItem,
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
        impl ::std::convert::From<super::AnswerStreamChunkVariant1CitationsItem>
        for AnswerStreamChunkVariant1CitationsItem {
            fn from(value: super::AnswerStreamChunkVariant1CitationsItem) -> Self {
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
        pub struct AnswerStreamChunkVariant3Payload {
            error: ::std::result::Result<
                super::AnswerStreamChunkVariant3PayloadError,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AnswerStreamChunkVariant3Payload {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl AnswerStreamChunkVariant3Payload {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AnswerStreamChunkVariant3PayloadError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
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
        impl ::std::convert::TryFrom<AnswerStreamChunkVariant3Payload>
        for super::AnswerStreamChunkVariant3Payload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerStreamChunkVariant3Payload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    request_id: value.request_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerStreamChunkVariant3Payload>
        for AnswerStreamChunkVariant3Payload {
            fn from(value: super::AnswerStreamChunkVariant3Payload) -> Self {
                Self {
                    error: Ok(value.error),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AnswerStreamChunkVariant3PayloadError {
            code: ::std::result::Result<i64, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AnswerStreamChunkVariant3PayloadError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl AnswerStreamChunkVariant3PayloadError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AnswerStreamChunkVariant3PayloadError>
        for super::AnswerStreamChunkVariant3PayloadError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AnswerStreamChunkVariant3PayloadError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AnswerStreamChunkVariant3PayloadError>
        for AnswerStreamChunkVariant3PayloadError {
            fn from(value: super::AnswerStreamChunkVariant3PayloadError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsOptions {
            context: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsContext>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsExtras>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsHighlights>,
                ::std::string::String,
            >,
            livecrawl: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsLivecrawl>,
                ::std::string::String,
            >,
            livecrawl_timeout: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            max_age_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            subpage_target: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsSubpageTarget>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsSummary>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::ContentsOptionsText>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsOptions {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    extras: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    livecrawl: Ok(Default::default()),
                    livecrawl_timeout: Ok(
                        super::defaults::contents_options_livecrawl_timeout(),
                    ),
                    max_age_hours: Ok(Default::default()),
                    subpage_target: Ok(Default::default()),
                    subpages: Ok(super::defaults::contents_options_subpages()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl ContentsOptions {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsOptionsContext>,
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
                    ::std::option::Option<super::ContentsOptionsExtras>,
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
                    ::std::option::Option<super::ContentsOptionsHighlights>,
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
                    ::std::option::Option<super::ContentsOptionsLivecrawl>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
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
                    ::std::option::Option<super::ContentsOptionsSubpageTarget>,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
                    ::std::option::Option<super::ContentsOptionsSummary>,
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
                    ::std::option::Option<super::ContentsOptionsText>,
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
        impl ::std::convert::TryFrom<ContentsOptions> for super::ContentsOptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsOptions,
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
        impl ::std::convert::From<super::ContentsOptions> for ContentsOptions {
            fn from(value: super::ContentsOptions) -> Self {
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
        pub struct ContentsOptionsExtras {
            code_blocks: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsOptionsExtras {
            fn default() -> Self {
                Self {
                    code_blocks: Ok(
                        super::defaults::contents_options_extras_code_blocks(),
                    ),
                    image_links: Ok(
                        super::defaults::contents_options_extras_image_links(),
                    ),
                    links: Ok(super::defaults::contents_options_extras_links()),
                    rich_image_links: Ok(
                        super::defaults::contents_options_extras_rich_image_links(),
                    ),
                    rich_links: Ok(super::defaults::contents_options_extras_rich_links()),
                }
            }
        }
        impl ContentsOptionsExtras {
            pub fn code_blocks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.code_blocks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code_blocks: {e}")
                    });
                self
            }
            pub fn image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn rich_image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_image_links = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for rich_image_links: {e}"
                        )
                    });
                self
            }
            pub fn rich_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rich_links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsOptionsExtras>
        for super::ContentsOptionsExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsOptionsExtras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code_blocks: value.code_blocks?,
                    image_links: value.image_links?,
                    links: value.links?,
                    rich_image_links: value.rich_image_links?,
                    rich_links: value.rich_links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsOptionsExtras>
        for ContentsOptionsExtras {
            fn from(value: super::ContentsOptionsExtras) -> Self {
                Self {
                    code_blocks: Ok(value.code_blocks),
                    image_links: Ok(value.image_links),
                    links: Ok(value.links),
                    rich_image_links: Ok(value.rich_image_links),
                    rich_links: Ok(value.rich_links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsOptionsSummary {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsOptionsSummary {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl ContentsOptionsSummary {
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
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
        impl ::std::convert::TryFrom<ContentsOptionsSummary>
        for super::ContentsOptionsSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsOptionsSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsOptionsSummary>
        for ContentsOptionsSummary {
            fn from(value: super::ContentsOptionsSummary) -> Self {
                Self {
                    query: Ok(value.query),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestVariant0Extras {
            code_blocks: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequestVariant0Extras {
            fn default() -> Self {
                Self {
                    code_blocks: Ok(
                        super::defaults::contents_request_variant0_extras_code_blocks(),
                    ),
                    image_links: Ok(
                        super::defaults::contents_request_variant0_extras_image_links(),
                    ),
                    links: Ok(super::defaults::contents_request_variant0_extras_links()),
                    rich_image_links: Ok(
                        super::defaults::contents_request_variant0_extras_rich_image_links(),
                    ),
                    rich_links: Ok(
                        super::defaults::contents_request_variant0_extras_rich_links(),
                    ),
                }
            }
        }
        impl ContentsRequestVariant0Extras {
            pub fn code_blocks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.code_blocks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code_blocks: {e}")
                    });
                self
            }
            pub fn image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn rich_image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_image_links = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for rich_image_links: {e}"
                        )
                    });
                self
            }
            pub fn rich_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rich_links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsRequestVariant0Extras>
        for super::ContentsRequestVariant0Extras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestVariant0Extras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code_blocks: value.code_blocks?,
                    image_links: value.image_links?,
                    links: value.links?,
                    rich_image_links: value.rich_image_links?,
                    rich_links: value.rich_links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestVariant0Extras>
        for ContentsRequestVariant0Extras {
            fn from(value: super::ContentsRequestVariant0Extras) -> Self {
                Self {
                    code_blocks: Ok(value.code_blocks),
                    image_links: Ok(value.image_links),
                    links: Ok(value.links),
                    rich_image_links: Ok(value.rich_image_links),
                    rich_links: Ok(value.rich_links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestVariant0Summary {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequestVariant0Summary {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl ContentsRequestVariant0Summary {
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
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
        impl ::std::convert::TryFrom<ContentsRequestVariant0Summary>
        for super::ContentsRequestVariant0Summary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestVariant0Summary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestVariant0Summary>
        for ContentsRequestVariant0Summary {
            fn from(value: super::ContentsRequestVariant0Summary) -> Self {
                Self {
                    query: Ok(value.query),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestVariant1Extras {
            code_blocks: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_image_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rich_links: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequestVariant1Extras {
            fn default() -> Self {
                Self {
                    code_blocks: Ok(
                        super::defaults::contents_request_variant1_extras_code_blocks(),
                    ),
                    image_links: Ok(
                        super::defaults::contents_request_variant1_extras_image_links(),
                    ),
                    links: Ok(super::defaults::contents_request_variant1_extras_links()),
                    rich_image_links: Ok(
                        super::defaults::contents_request_variant1_extras_rich_image_links(),
                    ),
                    rich_links: Ok(
                        super::defaults::contents_request_variant1_extras_rich_links(),
                    ),
                }
            }
        }
        impl ContentsRequestVariant1Extras {
            pub fn code_blocks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.code_blocks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code_blocks: {e}")
                    });
                self
            }
            pub fn image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn rich_image_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_image_links = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for rich_image_links: {e}"
                        )
                    });
                self
            }
            pub fn rich_links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.rich_links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rich_links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ContentsRequestVariant1Extras>
        for super::ContentsRequestVariant1Extras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestVariant1Extras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code_blocks: value.code_blocks?,
                    image_links: value.image_links?,
                    links: value.links?,
                    rich_image_links: value.rich_image_links?,
                    rich_links: value.rich_links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestVariant1Extras>
        for ContentsRequestVariant1Extras {
            fn from(value: super::ContentsRequestVariant1Extras) -> Self {
                Self {
                    code_blocks: Ok(value.code_blocks),
                    image_links: Ok(value.image_links),
                    links: Ok(value.links),
                    rich_image_links: Ok(value.rich_image_links),
                    rich_links: Ok(value.rich_links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsRequestVariant1Summary {
            query: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsRequestVariant1Summary {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                    schema: Ok(Default::default()),
                }
            }
        }
        impl ContentsRequestVariant1Summary {
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
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
        impl ::std::convert::TryFrom<ContentsRequestVariant1Summary>
        for super::ContentsRequestVariant1Summary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsRequestVariant1Summary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                    schema: value.schema?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsRequestVariant1Summary>
        for ContentsRequestVariant1Summary {
            fn from(value: super::ContentsRequestVariant1Summary) -> Self {
                Self {
                    query: Ok(value.query),
                    schema: Ok(value.schema),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsResponse {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollarsOutput>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::SearchResultOutput>,
                ::std::string::String,
            >,
            statuses: ::std::result::Result<
                ::std::vec::Vec<super::ContentsResponseStatusesItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsResponse {
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
        impl ContentsResponse {
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsOutput>,
                >,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchResultOutput>>,
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
                    ::std::vec::Vec<super::ContentsResponseStatusesItem>,
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
        impl ::std::convert::TryFrom<ContentsResponse> for super::ContentsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsResponse,
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
        impl ::std::convert::From<super::ContentsResponse> for ContentsResponse {
            fn from(value: super::ContentsResponse) -> Self {
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
        pub struct ContentsResponseStatusesItem {
            error: ::std::result::Result<
                ::std::option::Option<super::ContentsResponseStatusesItemError>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            source: ::std::result::Result<
                ::std::option::Option<super::ContentsResponseStatusesItemSource>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::ContentsResponseStatusesItemStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsResponseStatusesItem {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    source: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ContentsResponseStatusesItem {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsResponseStatusesItemError>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsResponseStatusesItemSource>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ContentsResponseStatusesItemStatus>,
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
        impl ::std::convert::TryFrom<ContentsResponseStatusesItem>
        for super::ContentsResponseStatusesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsResponseStatusesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    id: value.id?,
                    source: value.source?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsResponseStatusesItem>
        for ContentsResponseStatusesItem {
            fn from(value: super::ContentsResponseStatusesItem) -> Self {
                Self {
                    error: Ok(value.error),
                    id: Ok(value.id),
                    source: Ok(value.source),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContentsResponseStatusesItemError {
            http_status_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContentsResponseStatusesItemError {
            fn default() -> Self {
                Self {
                    http_status_code: Ok(Default::default()),
                    tag: Ok(Default::default()),
                }
            }
        }
        impl ContentsResponseStatusesItemError {
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<ContentsResponseStatusesItemError>
        for super::ContentsResponseStatusesItemError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContentsResponseStatusesItemError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    http_status_code: value.http_status_code?,
                    tag: value.tag?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ContentsResponseStatusesItemError>
        for ContentsResponseStatusesItemError {
            fn from(value: super::ContentsResponseStatusesItemError) -> Self {
                Self {
                    http_status_code: Ok(value.http_status_code),
                    tag: Ok(value.tag),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsOutput {
            contents: ::std::result::Result<
                ::std::option::Option<super::CostDollarsOutputContents>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                ::std::option::Option<super::CostDollarsOutputSearch>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsOutput {
            fn default() -> Self {
                Self {
                    contents: Ok(Default::default()),
                    search: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsOutput {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsOutputContents>,
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
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsOutputSearch>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
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
        impl ::std::convert::TryFrom<CostDollarsOutput> for super::CostDollarsOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents: value.contents?,
                    search: value.search?,
                    summary: value.summary?,
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsOutput> for CostDollarsOutput {
            fn from(value: super::CostDollarsOutput) -> Self {
                Self {
                    contents: Ok(value.contents),
                    search: Ok(value.search),
                    summary: Ok(value.summary),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsOutputContents {
            highlights: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsOutputContents {
            fn default() -> Self {
                Self {
                    highlights: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsOutputContents {
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.highlights = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for highlights: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
        impl ::std::convert::TryFrom<CostDollarsOutputContents>
        for super::CostDollarsOutputContents {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsOutputContents,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    highlights: value.highlights?,
                    summary: value.summary?,
                    text: value.text?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsOutputContents>
        for CostDollarsOutputContents {
            fn from(value: super::CostDollarsOutputContents) -> Self {
                Self {
                    highlights: Ok(value.highlights),
                    summary: Ok(value.summary),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CostDollarsOutputSearch {
            keyword: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            neural: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CostDollarsOutputSearch {
            fn default() -> Self {
                Self {
                    keyword: Ok(Default::default()),
                    neural: Ok(Default::default()),
                }
            }
        }
        impl CostDollarsOutputSearch {
            pub fn keyword<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.keyword = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keyword: {e}")
                    });
                self
            }
            pub fn neural<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.neural = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for neural: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CostDollarsOutputSearch>
        for super::CostDollarsOutputSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CostDollarsOutputSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keyword: value.keyword?,
                    neural: value.neural?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CostDollarsOutputSearch>
        for CostDollarsOutputSearch {
            fn from(value: super::CostDollarsOutputSearch) -> Self {
                Self {
                    keyword: Ok(value.keyword),
                    neural: Ok(value.neural),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tag: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    request_id: Err("no value supplied for request_id".to_string()),
                    tag: Err("no value supplied for tag".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    request_id: value.request_id?,
                    tag: value.tag?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    request_id: Ok(value.request_id),
                    tag: Ok(value.tag),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FindSimilarBody {
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsOptions>,
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
                    ::std::option::Option<super::ContentsOptions>,
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
        pub struct FindSimilarCommonRequest {
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsOptions>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<super::FindSimilarCommonRequestContext>,
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
        impl ::std::default::Default for FindSimilarCommonRequest {
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
        impl FindSimilarCommonRequest {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsOptions>,
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
                    ::std::option::Option<super::FindSimilarCommonRequestContext>,
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
        impl ::std::convert::TryFrom<FindSimilarCommonRequest>
        for super::FindSimilarCommonRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FindSimilarCommonRequest,
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
        impl ::std::convert::From<super::FindSimilarCommonRequest>
        for FindSimilarCommonRequest {
            fn from(value: super::FindSimilarCommonRequest) -> Self {
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
        pub struct FindSimilarResponse {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                ::std::option::Option<super::CostDollarsOutput>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::SearchResultOutput>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CostDollarsOutput>,
                >,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchResultOutput>>,
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
        pub struct SearchRequest {
            additional_queries: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<super::SearchRequestCategory>,
                ::std::string::String,
            >,
            compliance: ::std::result::Result<
                ::std::option::Option<super::SearchRequestCompliance>,
                ::std::string::String,
            >,
            contents: ::std::result::Result<
                ::std::option::Option<super::ContentsOptions>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<super::SearchRequestContext>,
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
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            moderation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            num_results: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<super::SearchRequestOutputSchema>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::SearchRequestQuery,
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
            stream: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::SearchRequestType>,
                ::std::string::String,
            >,
            user_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchRequest {
            fn default() -> Self {
                Self {
                    additional_queries: Ok(Default::default()),
                    category: Ok(Default::default()),
                    compliance: Ok(Default::default()),
                    contents: Ok(Default::default()),
                    context: Ok(Default::default()),
                    end_crawl_date: Ok(Default::default()),
                    end_published_date: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    moderation: Ok(super::defaults::search_request_moderation()),
                    num_results: Ok(super::defaults::search_request_num_results()),
                    output_schema: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    start_crawl_date: Ok(Default::default()),
                    start_published_date: Ok(Default::default()),
                    stream: Ok(super::defaults::search_request_stream()),
                    system_prompt: Ok(Default::default()),
                    type_: Ok(super::defaults::search_request_type()),
                    user_location: Ok(Default::default()),
                }
            }
        }
        impl SearchRequest {
            pub fn additional_queries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
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
                    ::std::option::Option<super::SearchRequestCategory>,
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
            pub fn compliance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchRequestCompliance>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.compliance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for compliance: {e}")
                    });
                self
            }
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ContentsOptions>,
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
                    ::std::option::Option<super::SearchRequestContext>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
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
            pub fn include_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
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
            pub fn moderation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
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
                    ::std::option::Option<super::SearchRequestOutputSchema>,
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
                T: ::std::convert::TryInto<super::SearchRequestQuery>,
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
            pub fn stream<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stream = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stream: {e}")
                    });
                self
            }
            pub fn system_prompt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_prompt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_prompt: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchRequestType>,
                >,
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
        impl ::std::convert::TryFrom<SearchRequest> for super::SearchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_queries: value.additional_queries?,
                    category: value.category?,
                    compliance: value.compliance?,
                    contents: value.contents?,
                    context: value.context?,
                    end_crawl_date: value.end_crawl_date?,
                    end_published_date: value.end_published_date?,
                    exclude_domains: value.exclude_domains?,
                    include_domains: value.include_domains?,
                    moderation: value.moderation?,
                    num_results: value.num_results?,
                    output_schema: value.output_schema?,
                    query: value.query?,
                    start_crawl_date: value.start_crawl_date?,
                    start_published_date: value.start_published_date?,
                    stream: value.stream?,
                    system_prompt: value.system_prompt?,
                    type_: value.type_?,
                    user_location: value.user_location?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchRequest> for SearchRequest {
            fn from(value: super::SearchRequest) -> Self {
                Self {
                    additional_queries: Ok(value.additional_queries),
                    category: Ok(value.category),
                    compliance: Ok(value.compliance),
                    contents: Ok(value.contents),
                    context: Ok(value.context),
                    end_crawl_date: Ok(value.end_crawl_date),
                    end_published_date: Ok(value.end_published_date),
                    exclude_domains: Ok(value.exclude_domains),
                    include_domains: Ok(value.include_domains),
                    moderation: Ok(value.moderation),
                    num_results: Ok(value.num_results),
                    output_schema: Ok(value.output_schema),
                    query: Ok(value.query),
                    start_crawl_date: Ok(value.start_crawl_date),
                    start_published_date: Ok(value.start_published_date),
                    stream: Ok(value.stream),
                    system_prompt: Ok(value.system_prompt),
                    type_: Ok(value.type_),
                    user_location: Ok(value.user_location),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutput {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entities: ::std::result::Result<
                ::std::vec::Vec<super::SearchResultOutputEntitiesItem>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::SearchResultOutputExtras>,
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
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<
                ::std::vec::Vec<super::SearchResultOutputSubpagesItem>,
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
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchResultOutput {
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
                    subpages: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchResultOutput {
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
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SearchResultOutputEntitiesItem>,
                >,
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
                    ::std::option::Option<super::SearchResultOutputExtras>,
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
            pub fn subpages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SearchResultOutputSubpagesItem>,
                >,
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
        impl ::std::convert::TryFrom<SearchResultOutput> for super::SearchResultOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutput,
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
                    subpages: value.subpages?,
                    summary: value.summary?,
                    text: value.text?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResultOutput> for SearchResultOutput {
            fn from(value: super::SearchResultOutput) -> Self {
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
                    subpages: Ok(value.subpages),
                    summary: Ok(value.summary),
                    text: Ok(value.text),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemProperties {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            financials: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesFinancials,
                >,
                ::std::string::String,
            >,
            founded_year: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            headquarters: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesHeadquarters,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            research: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesResearch,
                >,
                ::std::string::String,
            >,
            web_traffic: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesWebTraffic,
                >,
                ::std::string::String,
            >,
            workforce: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesWorkforce,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchResultOutputEntitiesItemProperties {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    financials: Err("no value supplied for financials".to_string()),
                    founded_year: Err("no value supplied for founded_year".to_string()),
                    headquarters: Err("no value supplied for headquarters".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    research: Err("no value supplied for research".to_string()),
                    web_traffic: Err("no value supplied for web_traffic".to_string()),
                    workforce: Err("no value supplied for workforce".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemProperties {
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
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesFinancials,
                    >,
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
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesHeadquarters,
                    >,
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
            pub fn research<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesResearch,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.research = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for research: {e}")
                    });
                self
            }
            pub fn web_traffic<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesWebTraffic,
                    >,
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
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesWorkforce,
                    >,
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
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemProperties>
        for super::SearchResultOutputEntitiesItemProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    financials: value.financials?,
                    founded_year: value.founded_year?,
                    headquarters: value.headquarters?,
                    name: value.name?,
                    research: value.research?,
                    web_traffic: value.web_traffic?,
                    workforce: value.workforce?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResultOutputEntitiesItemProperties>
        for SearchResultOutputEntitiesItemProperties {
            fn from(value: super::SearchResultOutputEntitiesItemProperties) -> Self {
                Self {
                    description: Ok(value.description),
                    financials: Ok(value.financials),
                    founded_year: Ok(value.founded_year),
                    headquarters: Ok(value.headquarters),
                    name: Ok(value.name),
                    research: Ok(value.research),
                    web_traffic: Ok(value.web_traffic),
                    workforce: Ok(value.workforce),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesAuthorsItem {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesAuthorsItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesAuthorsItem {
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
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemPropertiesAuthorsItem>
        for super::SearchResultOutputEntitiesItemPropertiesAuthorsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesAuthorsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesAuthorsItem,
        > for SearchResultOutputEntitiesItemPropertiesAuthorsItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesAuthorsItem,
            ) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            dates: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
                >,
                ::std::string::String,
            >,
            degree: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            institution: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            fn default() -> Self {
                Self {
                    dates: Err("no value supplied for dates".to_string()),
                    degree: Err("no value supplied for degree".to_string()),
                    institution: Err("no value supplied for institution".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            pub fn dates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
                    >,
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
            pub fn degree<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.degree = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for degree: {e}")
                    });
                self
            }
            pub fn institution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.institution = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for institution: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesEducationHistoryItem,
        > for super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesEducationHistoryItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dates: value.dates?,
                    degree: value.degree?,
                    institution: value.institution?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItem,
        > for SearchResultOutputEntitiesItemPropertiesEducationHistoryItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItem,
            ) -> Self {
                Self {
                    dates: Ok(value.dates),
                    degree: Ok(value.degree),
                    institution: Ok(value.institution),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
            from: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
            fn default() -> Self {
                Self {
                    from: Err("no value supplied for from".to_string()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
        > for super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    to: value.to?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
        > for SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemDates,
            ) -> Self {
                Self {
                    from: Ok(value.from),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
        >
        for super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
        > for SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesEducationHistoryItemInstitution,
            ) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesFinancials {
            funding_latest_round: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
                >,
                ::std::string::String,
            >,
            funding_total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            revenue_annual: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesFinancials {
            fn default() -> Self {
                Self {
                    funding_latest_round: Err(
                        "no value supplied for funding_latest_round".to_string(),
                    ),
                    funding_total: Err(
                        "no value supplied for funding_total".to_string(),
                    ),
                    revenue_annual: Err(
                        "no value supplied for revenue_annual".to_string(),
                    ),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesFinancials {
            pub fn funding_latest_round<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
                    >,
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
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemPropertiesFinancials>
        for super::SearchResultOutputEntitiesItemPropertiesFinancials {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesFinancials,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    funding_latest_round: value.funding_latest_round?,
                    funding_total: value.funding_total?,
                    revenue_annual: value.revenue_annual?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesFinancials,
        > for SearchResultOutputEntitiesItemPropertiesFinancials {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesFinancials,
            ) -> Self {
                Self {
                    funding_latest_round: Ok(value.funding_latest_round),
                    funding_total: Ok(value.funding_total),
                    revenue_annual: Ok(value.revenue_annual),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
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
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    date: Err("no value supplied for date".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
        >
        for super::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    date: value.date?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
        > for SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesFinancialsFundingLatestRound,
            ) -> Self {
                Self {
                    amount: Ok(value.amount),
                    date: Ok(value.date),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesHeadquarters {
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
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesHeadquarters {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                    city: Err("no value supplied for city".to_string()),
                    country: Err("no value supplied for country".to_string()),
                    postal_code: Err("no value supplied for postal_code".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesHeadquarters {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesHeadquarters,
        > for super::SearchResultOutputEntitiesItemPropertiesHeadquarters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesHeadquarters,
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
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesHeadquarters,
        > for SearchResultOutputEntitiesItemPropertiesHeadquarters {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesHeadquarters,
            ) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    country: Ok(value.country),
                    postal_code: Ok(value.postal_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesResearch {
            areas: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            citation_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            notable_works: ::std::result::Result<
                ::std::vec::Vec<
                    super::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
                >,
                ::std::string::String,
            >,
            top_researchers: ::std::result::Result<
                ::std::vec::Vec<
                    super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
                >,
                ::std::string::String,
            >,
            works_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesResearch {
            fn default() -> Self {
                Self {
                    areas: Err("no value supplied for areas".to_string()),
                    citation_count: Err(
                        "no value supplied for citation_count".to_string(),
                    ),
                    notable_works: Err(
                        "no value supplied for notable_works".to_string(),
                    ),
                    top_researchers: Err(
                        "no value supplied for top_researchers".to_string(),
                    ),
                    works_count: Err("no value supplied for works_count".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesResearch {
            pub fn areas<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.areas = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for areas: {e}")
                    });
                self
            }
            pub fn citation_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.citation_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for citation_count: {e}"
                        )
                    });
                self
            }
            pub fn notable_works<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notable_works = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notable_works: {e}")
                    });
                self
            }
            pub fn top_researchers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.top_researchers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for top_researchers: {e}"
                        )
                    });
                self
            }
            pub fn works_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.works_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for works_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemPropertiesResearch>
        for super::SearchResultOutputEntitiesItemPropertiesResearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesResearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    areas: value.areas?,
                    citation_count: value.citation_count?,
                    notable_works: value.notable_works?,
                    top_researchers: value.top_researchers?,
                    works_count: value.works_count?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesResearch,
        > for SearchResultOutputEntitiesItemPropertiesResearch {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesResearch,
            ) -> Self {
                Self {
                    areas: Ok(value.areas),
                    citation_count: Ok(value.citation_count),
                    notable_works: Ok(value.notable_works),
                    top_researchers: Ok(value.top_researchers),
                    works_count: Ok(value.works_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            citation_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            doi: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType,
                >,
                ::std::string::String,
            >,
            venue: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            year: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            fn default() -> Self {
                Self {
                    citation_count: Err(
                        "no value supplied for citation_count".to_string(),
                    ),
                    doi: Err("no value supplied for doi".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    venue: Err("no value supplied for venue".to_string()),
                    year: Err("no value supplied for year".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            pub fn citation_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.citation_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for citation_count: {e}"
                        )
                    });
                self
            }
            pub fn doi<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.doi = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for doi: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn venue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.venue = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for venue: {e}")
                    });
                self
            }
            pub fn year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for year: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
        > for super::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citation_count: value.citation_count?,
                    doi: value.doi?,
                    id: value.id?,
                    title: value.title?,
                    type_: value.type_?,
                    venue: value.venue?,
                    year: value.year?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
        > for SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesResearchNotableWorksItem,
            ) -> Self {
                Self {
                    citation_count: Ok(value.citation_count),
                    doi: Ok(value.doi),
                    id: Ok(value.id),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                    venue: Ok(value.venue),
                    year: Ok(value.year),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            citation_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            person: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
                >,
                ::std::string::String,
            >,
            works_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            fn default() -> Self {
                Self {
                    citation_count: Err(
                        "no value supplied for citation_count".to_string(),
                    ),
                    person: Err("no value supplied for person".to_string()),
                    works_count: Err("no value supplied for works_count".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            pub fn citation_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.citation_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for citation_count: {e}"
                        )
                    });
                self
            }
            pub fn person<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.person = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person: {e}")
                    });
                self
            }
            pub fn works_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.works_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for works_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
        > for super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citation_count: value.citation_count?,
                    person: value.person?,
                    works_count: value.works_count?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
        > for SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItem,
            ) -> Self {
                Self {
                    citation_count: Ok(value.citation_count),
                    person: Ok(value.person),
                    works_count: Ok(value.works_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
        >
        for super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
        > for SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesResearchTopResearchersItemPerson,
            ) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWebTraffic {
            avg_duration_seconds: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            country_rank: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            history: ::std::result::Result<
                ::std::vec::Vec<
                    super::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
                >,
                ::std::string::String,
            >,
            visits_monthly: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWebTraffic {
            fn default() -> Self {
                Self {
                    avg_duration_seconds: Err(
                        "no value supplied for avg_duration_seconds".to_string(),
                    ),
                    country_rank: Err("no value supplied for country_rank".to_string()),
                    history: Err("no value supplied for history".to_string()),
                    visits_monthly: Err(
                        "no value supplied for visits_monthly".to_string(),
                    ),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWebTraffic {
            pub fn avg_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.avg_duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for avg_duration_seconds: {e}"
                        )
                    });
                self
            }
            pub fn country_rank<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_rank = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_rank: {e}")
                    });
                self
            }
            pub fn history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for history: {e}")
                    });
                self
            }
            pub fn visits_monthly<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
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
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemPropertiesWebTraffic>
        for super::SearchResultOutputEntitiesItemPropertiesWebTraffic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWebTraffic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avg_duration_seconds: value.avg_duration_seconds?,
                    country_rank: value.country_rank?,
                    history: value.history?,
                    visits_monthly: value.visits_monthly?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWebTraffic,
        > for SearchResultOutputEntitiesItemPropertiesWebTraffic {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWebTraffic,
            ) -> Self {
                Self {
                    avg_duration_seconds: Ok(value.avg_duration_seconds),
                    country_rank: Ok(value.country_rank),
                    history: Ok(value.history),
                    visits_monthly: Ok(value.visits_monthly),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            date_from: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            date_to: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            fn default() -> Self {
                Self {
                    date_from: Err("no value supplied for date_from".to_string()),
                    date_to: Err("no value supplied for date_to".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            pub fn date_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.date_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_from: {e}")
                    });
                self
            }
            pub fn date_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.date_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_to: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
        > for super::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date_from: value.date_from?,
                    date_to: value.date_to?,
                    value: value.value?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
        > for SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWebTrafficHistoryItem,
            ) -> Self {
                Self {
                    date_from: Ok(value.date_from),
                    date_to: Ok(value.date_to),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            company: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
                >,
                ::std::string::String,
            >,
            dates: ::std::result::Result<
                ::std::option::Option<
                    super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
                >,
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
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            fn default() -> Self {
                Self {
                    company: Err("no value supplied for company".to_string()),
                    dates: Err("no value supplied for dates".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
                    >,
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
                    ::std::option::Option<
                        super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
                    >,
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesWorkHistoryItem,
        > for super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWorkHistoryItem,
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
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItem,
        > for SearchResultOutputEntitiesItemPropertiesWorkHistoryItem {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItem,
            ) -> Self {
                Self {
                    company: Ok(value.company),
                    dates: Ok(value.dates),
                    location: Ok(value.location),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
        > for super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
        > for SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemCompany,
            ) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
            from: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
            fn default() -> Self {
                Self {
                    from: Err("no value supplied for from".to_string()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
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
        impl ::std::convert::TryFrom<
            SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
        > for super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    from: value.from?,
                    to: value.to?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
        > for SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWorkHistoryItemDates,
            ) -> Self {
                Self {
                    from: Ok(value.from),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputEntitiesItemPropertiesWorkforce {
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for SearchResultOutputEntitiesItemPropertiesWorkforce {
            fn default() -> Self {
                Self {
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl SearchResultOutputEntitiesItemPropertiesWorkforce {
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
        impl ::std::convert::TryFrom<SearchResultOutputEntitiesItemPropertiesWorkforce>
        for super::SearchResultOutputEntitiesItemPropertiesWorkforce {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputEntitiesItemPropertiesWorkforce,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchResultOutputEntitiesItemPropertiesWorkforce,
        > for SearchResultOutputEntitiesItemPropertiesWorkforce {
            fn from(
                value: super::SearchResultOutputEntitiesItemPropertiesWorkforce,
            ) -> Self {
                Self { total: Ok(value.total) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputExtras {
            links: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchResultOutputExtras {
            fn default() -> Self {
                Self {
                    links: Ok(Default::default()),
                }
            }
        }
        impl SearchResultOutputExtras {
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
        impl ::std::convert::TryFrom<SearchResultOutputExtras>
        for super::SearchResultOutputExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputExtras,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResultOutputExtras>
        for SearchResultOutputExtras {
            fn from(value: super::SearchResultOutputExtras) -> Self {
                Self { links: Ok(value.links) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchResultOutputSubpagesItem {
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
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchResultOutputSubpagesItem {
            fn default() -> Self {
                Self {
                    author: Ok(Default::default()),
                    favicon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    image: Ok(Default::default()),
                    published_date: Ok(Default::default()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchResultOutputSubpagesItem {
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
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
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
        impl ::std::convert::TryFrom<SearchResultOutputSubpagesItem>
        for super::SearchResultOutputSubpagesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchResultOutputSubpagesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    favicon: value.favicon?,
                    id: value.id?,
                    image: value.image?,
                    published_date: value.published_date?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchResultOutputSubpagesItem>
        for SearchResultOutputSubpagesItem {
            fn from(value: super::SearchResultOutputSubpagesItem) -> Self {
                Self {
                    author: Ok(value.author),
                    favicon: Ok(value.favicon),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    published_date: Ok(value.published_date),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkChoicesItem {
            delta: ::std::result::Result<
                super::SearchStreamChunkChoicesItemDelta,
                ::std::string::String,
            >,
            finish_reason: ::std::result::Result<
                ::std::option::Option<super::SearchStreamChunkChoicesItemFinishReason>,
                ::std::string::String,
            >,
            index: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkChoicesItem {
            fn default() -> Self {
                Self {
                    delta: Err("no value supplied for delta".to_string()),
                    finish_reason: Err(
                        "no value supplied for finish_reason".to_string(),
                    ),
                    index: Err("no value supplied for index".to_string()),
                }
            }
        }
        impl SearchStreamChunkChoicesItem {
            pub fn delta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchStreamChunkChoicesItemDelta>,
                T::Error: ::std::fmt::Display,
            {
                self.delta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delta: {e}")
                    });
                self
            }
            pub fn finish_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::SearchStreamChunkChoicesItemFinishReason,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.finish_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for finish_reason: {e}")
                    });
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for index: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchStreamChunkChoicesItem>
        for super::SearchStreamChunkChoicesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkChoicesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delta: value.delta?,
                    finish_reason: value.finish_reason?,
                    index: value.index?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkChoicesItem>
        for SearchStreamChunkChoicesItem {
            fn from(value: super::SearchStreamChunkChoicesItem) -> Self {
                Self {
                    delta: Ok(value.delta),
                    finish_reason: Ok(value.finish_reason),
                    index: Ok(value.index),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkChoicesItemDelta {
            citations: ::std::result::Result<
                ::std::vec::Vec<super::SearchStreamChunkChoicesItemDeltaCitationsItem>,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<super::SearchStreamChunkChoicesItemDeltaRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchStreamChunkChoicesItemDelta {
            fn default() -> Self {
                Self {
                    citations: Ok(Default::default()),
                    content: Ok(Default::default()),
                    role: Ok(Default::default()),
                }
            }
        }
        impl SearchStreamChunkChoicesItemDelta {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchStreamChunkChoicesItemDeltaCitationsItem,
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
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchStreamChunkChoicesItemDeltaRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchStreamChunkChoicesItemDelta>
        for super::SearchStreamChunkChoicesItemDelta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkChoicesItemDelta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    content: value.content?,
                    role: value.role?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkChoicesItemDelta>
        for SearchStreamChunkChoicesItemDelta {
            fn from(value: super::SearchStreamChunkChoicesItemDelta) -> Self {
                Self {
                    citations: Ok(value.citations),
                    content: Ok(value.content),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkChoicesItemDeltaCitationsItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkChoicesItemDeltaCitationsItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchStreamChunkChoicesItemDeltaCitationsItem {
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
        impl ::std::convert::TryFrom<SearchStreamChunkChoicesItemDeltaCitationsItem>
        for super::SearchStreamChunkChoicesItemDeltaCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkChoicesItemDeltaCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkChoicesItemDeltaCitationsItem>
        for SearchStreamChunkChoicesItemDeltaCitationsItem {
            fn from(
                value: super::SearchStreamChunkChoicesItemDeltaCitationsItem,
            ) -> Self {
                Self {
                    id: Ok(value.id),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkCitationsItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkCitationsItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchStreamChunkCitationsItem {
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
        impl ::std::convert::TryFrom<SearchStreamChunkCitationsItem>
        for super::SearchStreamChunkCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkCitationsItem>
        for SearchStreamChunkCitationsItem {
            fn from(value: super::SearchStreamChunkCitationsItem) -> Self {
                Self {
                    id: Ok(value.id),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkError {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkError {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl SearchStreamChunkError {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchStreamChunkError>
        for super::SearchStreamChunkError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkError>
        for SearchStreamChunkError {
            fn from(value: super::SearchStreamChunkError) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkGroundingItem {
            citations: ::std::result::Result<
                ::std::vec::Vec<super::SearchStreamChunkGroundingItemCitationsItem>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                super::SearchStreamChunkVariant1GroundingItemConfidence,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkGroundingItem {
            fn default() -> Self {
                Self {
                    citations: Err("no value supplied for citations".to_string()),
                    confidence: Err("no value supplied for confidence".to_string()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl SearchStreamChunkGroundingItem {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SearchStreamChunkGroundingItemCitationsItem>,
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
                    super::SearchStreamChunkVariant1GroundingItemConfidence,
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
        impl ::std::convert::TryFrom<SearchStreamChunkGroundingItem>
        for super::SearchStreamChunkGroundingItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkGroundingItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    confidence: value.confidence?,
                    field: value.field?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkGroundingItem>
        for SearchStreamChunkGroundingItem {
            fn from(value: super::SearchStreamChunkGroundingItem) -> Self {
                Self {
                    citations: Ok(value.citations),
                    confidence: Ok(value.confidence),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchStreamChunkGroundingItemCitationsItem {
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchStreamChunkGroundingItemCitationsItem {
            fn default() -> Self {
                Self {
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchStreamChunkGroundingItemCitationsItem {
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
        impl ::std::convert::TryFrom<SearchStreamChunkGroundingItemCitationsItem>
        for super::SearchStreamChunkGroundingItemCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchStreamChunkGroundingItemCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchStreamChunkGroundingItemCitationsItem>
        for SearchStreamChunkGroundingItemCitationsItem {
            fn from(value: super::SearchStreamChunkGroundingItemCitationsItem) -> Self {
                Self {
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchSynthesisOutputOutput {
            content: ::std::result::Result<
                super::SearchSynthesisOutputOutputContent,
                ::std::string::String,
            >,
            grounding: ::std::result::Result<
                ::std::vec::Vec<super::SearchSynthesisOutputOutputGroundingItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchSynthesisOutputOutput {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    grounding: Err("no value supplied for grounding".to_string()),
                }
            }
        }
        impl SearchSynthesisOutputOutput {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchSynthesisOutputOutputContent>,
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
                    ::std::vec::Vec<super::SearchSynthesisOutputOutputGroundingItem>,
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
        impl ::std::convert::TryFrom<SearchSynthesisOutputOutput>
        for super::SearchSynthesisOutputOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchSynthesisOutputOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    grounding: value.grounding?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchSynthesisOutputOutput>
        for SearchSynthesisOutputOutput {
            fn from(value: super::SearchSynthesisOutputOutput) -> Self {
                Self {
                    content: Ok(value.content),
                    grounding: Ok(value.grounding),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchSynthesisOutputOutputGroundingItem {
            citations: ::std::result::Result<
                ::std::vec::Vec<
                    super::SearchSynthesisOutputOutputGroundingItemCitationsItem,
                >,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                super::SearchSynthesisOutputOutputGroundingItemConfidence,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchSynthesisOutputOutputGroundingItem {
            fn default() -> Self {
                Self {
                    citations: Err("no value supplied for citations".to_string()),
                    confidence: Err("no value supplied for confidence".to_string()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl SearchSynthesisOutputOutputGroundingItem {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchSynthesisOutputOutputGroundingItemCitationsItem,
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
                    super::SearchSynthesisOutputOutputGroundingItemConfidence,
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
        impl ::std::convert::TryFrom<SearchSynthesisOutputOutputGroundingItem>
        for super::SearchSynthesisOutputOutputGroundingItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchSynthesisOutputOutputGroundingItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    confidence: value.confidence?,
                    field: value.field?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchSynthesisOutputOutputGroundingItem>
        for SearchSynthesisOutputOutputGroundingItem {
            fn from(value: super::SearchSynthesisOutputOutputGroundingItem) -> Self {
                Self {
                    citations: Ok(value.citations),
                    confidence: Ok(value.confidence),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchSynthesisOutputOutputGroundingItemCitationsItem {
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default
        for SearchSynthesisOutputOutputGroundingItemCitationsItem {
            fn default() -> Self {
                Self {
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchSynthesisOutputOutputGroundingItemCitationsItem {
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
        impl ::std::convert::TryFrom<
            SearchSynthesisOutputOutputGroundingItemCitationsItem,
        > for super::SearchSynthesisOutputOutputGroundingItemCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchSynthesisOutputOutputGroundingItemCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchSynthesisOutputOutputGroundingItemCitationsItem,
        > for SearchSynthesisOutputOutputGroundingItemCitationsItem {
            fn from(
                value: super::SearchSynthesisOutputOutputGroundingItemCitationsItem,
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
        pub(super) fn default_nzu64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
            <T as ::std::convert::TryFrom<
                ::std::num::NonZeroU64,
            >>::Error: ::std::fmt::Debug,
        {
            T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
        }
        pub(super) fn answer_request_model() -> super::AnswerRequestModel {
            super::AnswerRequestModel::Exa
        }
        pub(super) fn contents_options_livecrawl_timeout() -> ::std::option::Option<
            ::std::num::NonZeroU64,
        > {
            ::std::option::Option::Some(::std::num::NonZeroU64::new(10000).unwrap())
        }
        pub(super) fn contents_options_subpages() -> ::std::option::Option<i64> {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_extras_code_blocks() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_extras_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_extras_links() -> ::std::option::Option<i64> {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_extras_rich_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_extras_rich_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_options_text_object_include_html_tags() -> ::std::option::Option<
            bool,
        > {
            ::std::option::Option::Some(false)
        }
        pub(super) fn contents_options_text_object_verbosity() -> ::std::option::Option<
            super::ContentsOptionsTextObjectVerbosity,
        > {
            ::std::option::Option::Some(
                super::ContentsOptionsTextObjectVerbosity::Compact,
            )
        }
        pub(super) fn contents_request_variant0_livecrawl_timeout() -> ::std::option::Option<
            ::std::num::NonZeroU64,
        > {
            ::std::option::Option::Some(::std::num::NonZeroU64::new(10000).unwrap())
        }
        pub(super) fn contents_request_variant0_subpages() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_extras_code_blocks() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_extras_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_extras_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_extras_rich_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_extras_rich_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant0_text_object_include_html_tags() -> ::std::option::Option<
            bool,
        > {
            ::std::option::Option::Some(false)
        }
        pub(super) fn contents_request_variant0_text_object_verbosity() -> ::std::option::Option<
            super::ContentsRequestVariant0TextObjectVerbosity,
        > {
            ::std::option::Option::Some(
                super::ContentsRequestVariant0TextObjectVerbosity::Compact,
            )
        }
        pub(super) fn contents_request_variant1_livecrawl_timeout() -> ::std::option::Option<
            ::std::num::NonZeroU64,
        > {
            ::std::option::Option::Some(::std::num::NonZeroU64::new(10000).unwrap())
        }
        pub(super) fn contents_request_variant1_subpages() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_extras_code_blocks() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_extras_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_extras_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_extras_rich_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_extras_rich_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn contents_request_variant1_text_object_include_html_tags() -> ::std::option::Option<
            bool,
        > {
            ::std::option::Option::Some(false)
        }
        pub(super) fn contents_request_variant1_text_object_verbosity() -> ::std::option::Option<
            super::ContentsRequestVariant1TextObjectVerbosity,
        > {
            ::std::option::Option::Some(
                super::ContentsRequestVariant1TextObjectVerbosity::Compact,
            )
        }
        pub(super) fn search_request_moderation() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn search_request_num_results() -> ::std::option::Option<
            ::std::num::NonZeroU64,
        > {
            ::std::option::Option::Some(::std::num::NonZeroU64::new(10).unwrap())
        }
        pub(super) fn search_request_stream() -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
        pub(super) fn search_request_type() -> ::std::option::Option<
            super::SearchRequestType,
        > {
            ::std::option::Option::Some(super::SearchRequestType::Auto)
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
    ///One of the documented values, or [`ContentsResponseStatusesItemSource::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ContentsResponseStatusesItemSource {
        ///`cached`
        Cached,
        ///`crawled`
        Crawled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ContentsResponseStatusesItemSource {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Cached => "cached",
                Self::Crawled => "crawled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ContentsResponseStatusesItemSource {
        fn from(value: &str) -> Self {
            match value {
                "cached" => Self::Cached,
                "crawled" => Self::Crawled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ContentsResponseStatusesItemSource {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ContentsResponseStatusesItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ContentsResponseStatusesItemSource {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsResponseStatusesItemSource {
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
    impl ::schemars::JsonSchema for ContentsResponseStatusesItemSource {
        fn schema_name() -> ::std::string::String {
            "ContentsResponseStatusesItemSource".to_string()
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
                "One of: cached, crawled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("cached"), ::serde_json::Value::from("crawled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`ContentsResponseStatusesItemStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ContentsResponseStatusesItemStatus {
        ///`success`
        Success,
        ///`error`
        Error,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ContentsResponseStatusesItemStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Success => "success",
                Self::Error => "error",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ContentsResponseStatusesItemStatus {
        fn from(value: &str) -> Self {
            match value {
                "success" => Self::Success,
                "error" => Self::Error,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ContentsResponseStatusesItemStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ContentsResponseStatusesItemStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ContentsResponseStatusesItemStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentsResponseStatusesItemStatus {
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
    impl ::schemars::JsonSchema for ContentsResponseStatusesItemStatus {
        fn schema_name() -> ::std::string::String {
            "ContentsResponseStatusesItemStatus".to_string()
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
    ///One of the documented values, or [`SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        ///`article`
        Article,
        ///`book`
        Book,
        ///`book-chapter`
        BookChapter,
        ///`dataset`
        Dataset,
        ///`dissertation`
        Dissertation,
        ///`preprint`
        Preprint,
        ///`report`
        Report,
        ///`review`
        Review,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Article => "article",
                Self::Book => "book",
                Self::BookChapter => "book-chapter",
                Self::Dataset => "dataset",
                Self::Dissertation => "dissertation",
                Self::Preprint => "preprint",
                Self::Report => "report",
                Self::Review => "review",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        fn from(value: &str) -> Self {
            match value {
                "article" => Self::Article,
                "book" => Self::Book,
                "book-chapter" => Self::BookChapter,
                "dataset" => Self::Dataset,
                "dissertation" => Self::Dissertation,
                "preprint" => Self::Preprint,
                "report" => Self::Report,
                "review" => Self::Review,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
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
    impl ::schemars::JsonSchema
    for SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType {
        fn schema_name() -> ::std::string::String {
            "SearchResultOutputEntitiesItemVariant0PropertiesResearchNotableWorksItemType"
                .to_string()
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
                "One of: article, book, book-chapter, dataset, dissertation, preprint, report, review. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("article"), ::serde_json::Value::from("book"),
                ::serde_json::Value::from("book-chapter"),
                ::serde_json::Value::from("dataset"),
                ::serde_json::Value::from("dissertation"),
                ::serde_json::Value::from("preprint"),
                ::serde_json::Value::from("report"), ::serde_json::Value::from("review")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        ///`article`
        Article,
        ///`book`
        Book,
        ///`book-chapter`
        BookChapter,
        ///`dataset`
        Dataset,
        ///`dissertation`
        Dissertation,
        ///`preprint`
        Preprint,
        ///`report`
        Report,
        ///`review`
        Review,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Article => "article",
                Self::Book => "book",
                Self::BookChapter => "book-chapter",
                Self::Dataset => "dataset",
                Self::Dissertation => "dissertation",
                Self::Preprint => "preprint",
                Self::Report => "report",
                Self::Review => "review",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        fn from(value: &str) -> Self {
            match value {
                "article" => Self::Article,
                "book" => Self::Book,
                "book-chapter" => Self::BookChapter,
                "dataset" => Self::Dataset,
                "dissertation" => Self::Dissertation,
                "preprint" => Self::Preprint,
                "report" => Self::Report,
                "review" => Self::Review,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
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
    impl ::schemars::JsonSchema
    for SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType {
        fn schema_name() -> ::std::string::String {
            "SearchResultOutputEntitiesItemVariant1PropertiesResearchNotableWorksItemType"
                .to_string()
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
                "One of: article, book, book-chapter, dataset, dissertation, preprint, report, review. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("article"), ::serde_json::Value::from("book"),
                ::serde_json::Value::from("book-chapter"),
                ::serde_json::Value::from("dataset"),
                ::serde_json::Value::from("dissertation"),
                ::serde_json::Value::from("preprint"),
                ::serde_json::Value::from("report"), ::serde_json::Value::from("review")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchResultOutputEntitiesItemVariant2PropertiesType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchResultOutputEntitiesItemVariant2PropertiesType {
        ///`article`
        Article,
        ///`book`
        Book,
        ///`book-chapter`
        BookChapter,
        ///`dataset`
        Dataset,
        ///`dissertation`
        Dissertation,
        ///`preprint`
        Preprint,
        ///`report`
        Report,
        ///`review`
        Review,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchResultOutputEntitiesItemVariant2PropertiesType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Article => "article",
                Self::Book => "book",
                Self::BookChapter => "book-chapter",
                Self::Dataset => "dataset",
                Self::Dissertation => "dissertation",
                Self::Preprint => "preprint",
                Self::Report => "report",
                Self::Review => "review",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchResultOutputEntitiesItemVariant2PropertiesType {
        fn from(value: &str) -> Self {
            match value {
                "article" => Self::Article,
                "book" => Self::Book,
                "book-chapter" => Self::BookChapter,
                "dataset" => Self::Dataset,
                "dissertation" => Self::Dissertation,
                "preprint" => Self::Preprint,
                "report" => Self::Report,
                "review" => Self::Review,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchResultOutputEntitiesItemVariant2PropertiesType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchResultOutputEntitiesItemVariant2PropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchResultOutputEntitiesItemVariant2PropertiesType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchResultOutputEntitiesItemVariant2PropertiesType {
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
    impl ::schemars::JsonSchema
    for SearchResultOutputEntitiesItemVariant2PropertiesType {
        fn schema_name() -> ::std::string::String {
            "SearchResultOutputEntitiesItemVariant2PropertiesType".to_string()
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
                "One of: article, book, book-chapter, dataset, dissertation, preprint, report, review. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("article"), ::serde_json::Value::from("book"),
                ::serde_json::Value::from("book-chapter"),
                ::serde_json::Value::from("dataset"),
                ::serde_json::Value::from("dissertation"),
                ::serde_json::Value::from("preprint"),
                ::serde_json::Value::from("report"), ::serde_json::Value::from("review")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchStreamChunkVariant1GroundingItemConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchStreamChunkVariant1GroundingItemConfidence {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchStreamChunkVariant1GroundingItemConfidence {
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
    impl ::std::convert::From<&str>
    for SearchStreamChunkVariant1GroundingItemConfidence {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchStreamChunkVariant1GroundingItemConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchStreamChunkVariant1GroundingItemConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchStreamChunkVariant1GroundingItemConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchStreamChunkVariant1GroundingItemConfidence {
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
    impl ::schemars::JsonSchema for SearchStreamChunkVariant1GroundingItemConfidence {
        fn schema_name() -> ::std::string::String {
            "SearchStreamChunkVariant1GroundingItemConfidence".to_string()
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
    ///One of the documented values, or [`SearchSynthesisOutputOutputGroundingItemConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchSynthesisOutputOutputGroundingItemConfidence {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchSynthesisOutputOutputGroundingItemConfidence {
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
    impl ::std::convert::From<&str>
    for SearchSynthesisOutputOutputGroundingItemConfidence {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchSynthesisOutputOutputGroundingItemConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchSynthesisOutputOutputGroundingItemConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchSynthesisOutputOutputGroundingItemConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchSynthesisOutputOutputGroundingItemConfidence {
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
    impl ::schemars::JsonSchema for SearchSynthesisOutputOutputGroundingItemConfidence {
        fn schema_name() -> ::std::string::String {
            "SearchSynthesisOutputOutputGroundingItemConfidence".to_string()
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
}
#[derive(Clone, Debug)]
/**Client for Exa Search API

Search, contents, answer and findSimilar of the Exa Public API 2.0.0. Research (/research) is retired (410 RESEARCH_RETIRED) and left out.

Version: 2.0.0*/
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
        "2.0.0"
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

Perform a search with an Exa prompt-engineered query and retrieve a list of relevant results. Optionally get contents.

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

Find pages similar to the link provided. Optionally get contents.

Deprecated: no current Exa Public API page documents this endpoint (it is in the older published spec and both official SDKs still call it); prefer `search` with the page's topic as the query.

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
    /**Contents

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
    /**Answer

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
        body: Result<types::builder::SearchRequest, String>,
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
            V: std::convert::TryInto<types::SearchRequest>,
            <V as std::convert::TryInto<types::SearchRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SearchRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SearchRequest,
            ) -> types::builder::SearchRequest,
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
                .and_then(|v| {
                    types::SearchRequest::try_from(v).map_err(|e| e.to_string())
                })
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
        body: Result<types::ContentsRequest, String>,
    }
    impl<'a> GetContents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContentsRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ContentsRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/contents`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ContentsResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
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
        body: Result<types::builder::AnswerRequest, String>,
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
            V: std::convert::TryInto<types::AnswerRequest>,
            <V as std::convert::TryInto<types::AnswerRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AnswerRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AnswerRequest,
            ) -> types::builder::AnswerRequest,
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
                .and_then(|v| {
                    types::AnswerRequest::try_from(v).map_err(|e| e.to_string())
                })
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Facts taken from the OpenAPI document this module was generated from.
pub mod spec {
    use ::std::borrow::Cow::Borrowed;
    /// The document's table: its beta tokens, server and operations.
    pub static DOCUMENT: ::exa_spec::Document = ::exa_spec::Document {
        module: Borrowed("search"),
        file: Borrowed("exa-search.yaml"),
        title: Borrowed("Exa Search API"),
        beta_tokens: Borrowed(&[]),
        default_server: Some(Borrowed("https://api.exa.ai")),
        operations: Borrowed(&[&SEARCH, &FIND_SIMILAR, &GET_CONTENTS, &ANSWER]),
    };
    ///`POST /search` (`search`).
    pub static SEARCH: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("search"),
        rust_name: Borrowed("search"),
        method: Borrowed("POST"),
        path: Borrowed("/search"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(402u16),
                    schema: None,
                },
            ],
        ),
    };
    ///`POST /findSimilar` (`findSimilar`).
    pub static FIND_SIMILAR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("findSimilar"),
        rust_name: Borrowed("find_similar"),
        method: Borrowed("POST"),
        path: Borrowed("/findSimilar"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(&[]),
    };
    ///`POST /contents` (`getContents`).
    pub static GET_CONTENTS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("getContents"),
        rust_name: Borrowed("get_contents"),
        method: Borrowed("POST"),
        path: Borrowed("/contents"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(402u16),
                    schema: None,
                },
            ],
        ),
    };
    ///`POST /answer` (`answer`).
    pub static ANSWER: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("answer"),
        rust_name: Borrowed("answer"),
        method: Borrowed("POST"),
        path: Borrowed("/answer"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(402u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
}
