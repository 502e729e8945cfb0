#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`BatchMonitorsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchMonitorsRequest {
        ///The action to perform on matching monitors. `delete` permanently removes them, `pause` sets their status to paused, and `unpause` sets their status to active.
        pub action: BatchMonitorsRequestAction,
        ///When `true`, returns the monitors that would be affected without performing the action. Defaults to `true`.
        #[serde(default = "defaults::default_bool::<true>")]
        pub dry_run: bool,
        pub filter: BatchMonitorsRequestFilter,
        ///Maximum number of monitors to process in a single request. Defaults to 50, maximum 500.
        #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 50>")]
        pub limit: ::std::num::NonZeroU64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BatchMonitorsRequest {
        pub fn builder() -> builder::BatchMonitorsRequest {
            Default::default()
        }
    }
    ///The action to perform on matching monitors. `delete` permanently removes them, `pause` sets their status to paused, and `unpause` sets their status to active.
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
    pub enum BatchMonitorsRequestAction {
        #[serde(rename = "delete")]
        Delete,
        #[serde(rename = "pause")]
        Pause,
        #[serde(rename = "unpause")]
        Unpause,
    }
    impl ::std::fmt::Display for BatchMonitorsRequestAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Delete => f.write_str("delete"),
                Self::Pause => f.write_str("pause"),
                Self::Unpause => f.write_str("unpause"),
            }
        }
    }
    impl ::std::str::FromStr for BatchMonitorsRequestAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "delete" => Ok(Self::Delete),
                "pause" => Ok(Self::Pause),
                "unpause" => Ok(Self::Unpause),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchMonitorsRequestAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchMonitorsRequestAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///At least one filter field must be provided to prevent accidental bulk operations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchMonitorsRequestFilter {
        ///Filter by metadata key-value pairs (exact match, AND semantics)
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            BatchMonitorsRequestFilterMetadataValue,
        >,
        ///Filter by name (case-insensitive substring match)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<BatchMonitorsRequestFilterName>,
        ///Filter by monitor status
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub status: ::std::option::Option<BatchMonitorsRequestFilterStatus>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BatchMonitorsRequestFilter {
        pub fn builder() -> builder::BatchMonitorsRequestFilter {
            Default::default()
        }
    }
    ///`BatchMonitorsRequestFilterMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchMonitorsRequestFilterMetadataValue(::std::string::String);
    impl ::std::ops::Deref for BatchMonitorsRequestFilterMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BatchMonitorsRequestFilterMetadataValue>
    for ::std::string::String {
        fn from(value: BatchMonitorsRequestFilterMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BatchMonitorsRequestFilterMetadataValue {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchMonitorsRequestFilterMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchMonitorsRequestFilterMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchMonitorsRequestFilterMetadataValue {
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
    ///Filter by name (case-insensitive substring match)
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchMonitorsRequestFilterName(::std::string::String);
    impl ::std::ops::Deref for BatchMonitorsRequestFilterName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BatchMonitorsRequestFilterName> for ::std::string::String {
        fn from(value: BatchMonitorsRequestFilterName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BatchMonitorsRequestFilterName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 250usize {
                return Err("longer than 250 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchMonitorsRequestFilterName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchMonitorsRequestFilterName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchMonitorsRequestFilterName {
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
    ///Filter by monitor status
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
    pub enum BatchMonitorsRequestFilterStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for BatchMonitorsRequestFilterStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Paused => f.write_str("paused"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for BatchMonitorsRequestFilterStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "paused" => Ok(Self::Paused),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchMonitorsRequestFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BatchMonitorsRequestFilterStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`BatchMonitorsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchMonitorsResponse {
        ///The action that was performed
        pub action: BatchMonitorsResponseAction,
        ///The number of monitors affected by the action
        pub affected: i64,
        ///Whether this was a dry run
        pub dry_run: bool,
        ///Whether there are more monitors matching the filter. If `true`, repeat the request to process the next batch.
        pub has_more: bool,
        ///The IDs of the monitors that were affected
        #[serde(default)]
        pub ids: ::std::vec::Vec<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BatchMonitorsResponse {
        pub fn builder() -> builder::BatchMonitorsResponse {
            Default::default()
        }
    }
    ///`CreateSearchMonitorParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateSearchMonitorParameters {
        ///Optional key-value metadata, echoed back in webhook deliveries.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///An optional name for the monitor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<SearchMonitorOutputSchemaOutput>,
        pub search: SearchMonitorSearchOutput,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub trigger: ::std::option::Option<SearchMonitorTriggerOutput>,
        pub webhook: SearchMonitorWebhookOutput,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateSearchMonitorParameters {
        pub fn builder() -> builder::CreateSearchMonitorParameters {
            Default::default()
        }
    }
    ///`CreateSearchMonitorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateSearchMonitorResponse {
        ///When the monitor was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the monitor
        pub id: ::std::string::String,
        ///Optional key-value metadata for your own tracking. Echoed back in webhook deliveries so you can route updates to systems like Slack.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///An optional display name
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        ///When the next scheduled run will occur. Null if no trigger is set.
        #[serde(
            rename = "nextRunAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_run_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "outputSchema")]
        pub output_schema: SearchMonitorOutputSchemaOutput,
        pub search: SearchMonitorSearchOutput,
        ///The status of the monitor. `active` monitors run on schedule and can be triggered manually. `paused` monitors can only be triggered manually. `disabled` monitors are auto-disabled after 10 consecutive authentication failures.
        pub status: SearchMonitorStatus,
        ///The interval-based schedule for automatic runs. Null if no schedule is set.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub trigger: ::std::option::Option<SearchMonitorTriggerOutput>,
        ///When the monitor was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub webhook: SearchMonitorWebhookOutput,
        ///The secret that signs webhook deliveries. Only returned at creation: store it.
        #[serde(rename = "webhookSecret")]
        pub webhook_secret: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateSearchMonitorResponse {
        pub fn builder() -> builder::CreateSearchMonitorResponse {
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
    ///`ListMonitorsStatus`
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
    pub enum ListMonitorsStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "paused")]
        Paused,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for ListMonitorsStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Paused => f.write_str("paused"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for ListMonitorsStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "paused" => Ok(Self::Paused),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListMonitorsStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListMonitorsStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListSearchMonitorRunsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListSearchMonitorRunsResponse {
        ///The list of runs
        #[serde(default)]
        pub data: ::std::vec::Vec<SearchMonitorRun>,
        ///Whether there are more results
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///Cursor for the next page
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListSearchMonitorRunsResponse {
        pub fn builder() -> builder::ListSearchMonitorRunsResponse {
            Default::default()
        }
    }
    ///`ListSearchMonitorsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListSearchMonitorsResponse {
        ///The list of monitors
        #[serde(default)]
        pub data: ::std::vec::Vec<SearchMonitor>,
        ///Whether there are more results
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///Cursor for the next page
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ListSearchMonitorsResponse {
        pub fn builder() -> builder::ListSearchMonitorsResponse {
            Default::default()
        }
    }
    ///`SearchMonitor`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitor {
        ///When the monitor was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the monitor
        pub id: ::std::string::String,
        ///Optional key-value metadata for your own tracking. Echoed back in webhook deliveries so you can route updates to systems like Slack.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///An optional display name
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        ///When the next scheduled run will occur. Null if no trigger is set.
        #[serde(
            rename = "nextRunAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_run_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "outputSchema")]
        pub output_schema: SearchMonitorOutputSchemaOutput,
        pub search: SearchMonitorSearchOutput,
        ///The status of the monitor. `active` monitors run on schedule and can be triggered manually. `paused` monitors can only be triggered manually. `disabled` monitors are auto-disabled after 10 consecutive authentication failures.
        pub status: SearchMonitorStatus,
        ///The interval-based schedule for automatic runs. Null if no schedule is set.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub trigger: ::std::option::Option<SearchMonitorTriggerOutput>,
        ///When the monitor was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub webhook: SearchMonitorWebhookOutput,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitor {
        pub fn builder() -> builder::SearchMonitor {
            Default::default()
        }
    }
    ///Content extraction options applied to each search result. All fields are optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorContentsOutput {
        ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub context: ::std::option::Option<SearchMonitorContentsOutputContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub extras: ::std::option::Option<SearchMonitorContentsOutputExtras>,
        ///Filter out results with no content
        #[serde(
            rename = "filterEmptyResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub filter_empty_results: ::std::option::Option<bool>,
        ///Text snippets the LLM identifies as most relevant from each page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub highlights: ::std::option::Option<SearchMonitorContentsOutputHighlights>,
        ///Crawl strategy for fetching page content
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub livecrawl: ::std::option::Option<SearchMonitorContentsOutputLivecrawl>,
        ///The timeout for livecrawling in milliseconds.
        #[serde(
            rename = "livecrawlTimeout",
            default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10000>"
        )]
        pub livecrawl_timeout: ::std::num::NonZeroU64,
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
        pub subpage_target: ::std::option::Option<
            SearchMonitorContentsOutputSubpageTarget,
        >,
        ///The number of subpages to crawl. The actual number crawled may be limited by system constraints.
        #[serde(default)]
        pub subpages: i64,
        ///Return an LLM-generated summary. Pass `true` for defaults, or an object with `query` and `maxTokens`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub summary: ::std::option::Option<SearchMonitorContentsOutputSummary>,
        ///Text extraction options for each result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub text: ::std::option::Option<SearchMonitorContentsOutputText>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for SearchMonitorContentsOutput {
        fn default() -> Self {
            Self {
                context: Default::default(),
                extras: Default::default(),
                filter_empty_results: Default::default(),
                highlights: Default::default(),
                livecrawl: Default::default(),
                livecrawl_timeout: defaults::default_nzu64::<
                    ::std::num::NonZeroU64,
                    10000,
                >(),
                max_age_hours: Default::default(),
                subpage_target: Default::default(),
                subpages: Default::default(),
                summary: Default::default(),
                text: Default::default(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl SearchMonitorContentsOutput {
        pub fn builder() -> builder::SearchMonitorContentsOutput {
            Default::default()
        }
    }
    ///Deprecated: Use highlights or text instead. Returns page contents as a combined context string.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorContentsOutputContext {
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
    impl ::std::convert::From<bool> for SearchMonitorContentsOutputContext {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Extra parameters to pass.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorContentsOutputExtras {
        ///Number of code blocks to return for each result.
        #[serde(
            rename = "codeBlocks",
            default = "defaults::search_monitor_contents_output_extras_code_blocks"
        )]
        pub code_blocks: ::std::option::Option<i64>,
        ///Number of images to return for each result.
        #[serde(
            rename = "imageLinks",
            default = "defaults::search_monitor_contents_output_extras_image_links"
        )]
        pub image_links: ::std::option::Option<i64>,
        ///Number of URLs to return from each webpage.
        #[serde(default = "defaults::search_monitor_contents_output_extras_links")]
        pub links: ::std::option::Option<i64>,
        ///Number of rich image links to return for each result.
        #[serde(
            rename = "richImageLinks",
            default = "defaults::search_monitor_contents_output_extras_rich_image_links"
        )]
        pub rich_image_links: ::std::option::Option<i64>,
        ///Number of rich links to return for each result.
        #[serde(
            rename = "richLinks",
            default = "defaults::search_monitor_contents_output_extras_rich_links"
        )]
        pub rich_links: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ::std::default::Default for SearchMonitorContentsOutputExtras {
        fn default() -> Self {
            Self {
                code_blocks: defaults::search_monitor_contents_output_extras_code_blocks(),
                image_links: defaults::search_monitor_contents_output_extras_image_links(),
                links: defaults::search_monitor_contents_output_extras_links(),
                rich_image_links: defaults::search_monitor_contents_output_extras_rich_image_links(),
                rich_links: defaults::search_monitor_contents_output_extras_rich_links(),
                extra: ::std::default::Default::default(),
            }
        }
    }
    impl SearchMonitorContentsOutputExtras {
        pub fn builder() -> builder::SearchMonitorContentsOutputExtras {
            Default::default()
        }
    }
    ///Text snippets the LLM identifies as most relevant from each page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorContentsOutputHighlights {
        Boolean(bool),
        Object {
            ///Enable Dynamic Highlights (research preview): considers all results together and allocates a single shared context budget across the result set instead of a per-document budget. Not compatible with maxCharacters. Beta: requires the `Exa-Beta: dynamic-highlights-2026-08-28` request header; requests setting `dynamic` without it are rejected.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            dynamic: ::std::option::Option<bool>,
            ///Deprecated and will be removed in a future release. Currently ignored. Pass highlights: true for default highlights, or { query } to guide selection with your own query.
            #[serde(
                rename = "highlightsPerUrl",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            highlights_per_url: ::std::option::Option<::std::num::NonZeroU64>,
            ///Maximum number of characters to return for highlights. Controls the total length of highlight text returned per URL. Maximum supported value is 10000. Not compatible with highlights.dynamic.
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
            ///Preset highlight length: `low`, `medium`, and `high` allocate progressively larger token budgets for the returned highlights. With highlights.dynamic, the preset sets a single shared budget across the whole result set instead of a per-URL budget. Exact budgets are tuned by Exa and may change. Not compatible with maxCharacters or numSentences. Beta: requires the `Exa-Beta: dynamic-highlights-2026-08-28` request header; requests setting `verbosity` without it are rejected.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            verbosity: ::std::option::Option<
                SearchMonitorContentsOutputHighlightsVariant1Verbosity,
            >,
        },
    }
    impl ::std::convert::From<bool> for SearchMonitorContentsOutputHighlights {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Term to find specific subpages of search results. Can be a single string or an array of strings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorContentsOutputSubpageTarget {
        String(SearchMonitorContentsOutputSubpageTargetString),
        Array(::std::vec::Vec<SearchMonitorContentsOutputSubpageTargetArrayItem>),
    }
    impl ::std::convert::From<SearchMonitorContentsOutputSubpageTargetString>
    for SearchMonitorContentsOutputSubpageTarget {
        fn from(value: SearchMonitorContentsOutputSubpageTargetString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<
        ::std::vec::Vec<SearchMonitorContentsOutputSubpageTargetArrayItem>,
    > for SearchMonitorContentsOutputSubpageTarget {
        fn from(
            value: ::std::vec::Vec<SearchMonitorContentsOutputSubpageTargetArrayItem>,
        ) -> Self {
            Self::Array(value)
        }
    }
    ///`SearchMonitorContentsOutputSubpageTargetArrayItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorContentsOutputSubpageTargetArrayItem(::std::string::String);
    impl ::std::ops::Deref for SearchMonitorContentsOutputSubpageTargetArrayItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchMonitorContentsOutputSubpageTargetArrayItem>
    for ::std::string::String {
        fn from(value: SearchMonitorContentsOutputSubpageTargetArrayItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchMonitorContentsOutputSubpageTargetArrayItem {
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
    for SearchMonitorContentsOutputSubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorContentsOutputSubpageTargetArrayItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputSubpageTargetArrayItem {
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
    ///`SearchMonitorContentsOutputSubpageTargetString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorContentsOutputSubpageTargetString(::std::string::String);
    impl ::std::ops::Deref for SearchMonitorContentsOutputSubpageTargetString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchMonitorContentsOutputSubpageTargetString>
    for ::std::string::String {
        fn from(value: SearchMonitorContentsOutputSubpageTargetString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchMonitorContentsOutputSubpageTargetString {
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
    for SearchMonitorContentsOutputSubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorContentsOutputSubpageTargetString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputSubpageTargetString {
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
    ///Return an LLM-generated summary. Pass `true` for defaults, or an object with `query` and `maxTokens`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorContentsOutputSummary {
        Boolean(bool),
        Object {
            ///Maximum tokens for the generated summary.
            #[serde(
                rename = "maxTokens",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_tokens: ::std::option::Option<::std::num::NonZeroU64>,
            ///Custom query for the LLM-generated summary.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            query: ::std::option::Option<::std::string::String>,
        },
    }
    impl ::std::convert::From<bool> for SearchMonitorContentsOutputSummary {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Text extraction options for each result.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorContentsOutputText {
        Boolean(bool),
        Object {
            ///Exclude content classified into these semantic page sections. Section classification is best-effort. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "excludeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            exclude_sections: ::std::option::Option<
                ::std::vec::Vec<
                    SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem,
                >,
            >,
            ///If true, include lightweight HTML tags in returned text instead of plain markdown-style text. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeHtmlTags",
                default = "defaults::search_monitor_contents_output_text_object_include_html_tags"
            )]
            include_html_tags: ::std::option::Option<bool>,
            ///Best-effort. Only include content classified into these semantic page sections. Section classification may be unavailable or incomplete for some pages; validate output if strict filtering is required. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                rename = "includeSections",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            include_sections: ::std::option::Option<
                ::std::vec::Vec<
                    SearchMonitorContentsOutputTextVariant1IncludeSectionsItem,
                >,
            >,
            ///Maximum character limit for the full page text. Useful for controlling response size and API costs. Maximum supported value is 10000.
            #[serde(
                rename = "maxCharacters",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            max_characters: ::std::option::Option<::std::num::NonZeroU64>,
            ///Controls text rendering verbosity. compact focuses on main content, standard includes more surrounding page context, and full requests the most complete rendered text. Some pages may produce identical standard and full output. Use maxAgeHours: 0 when you need this applied to freshly fetched content.
            #[serde(
                default = "defaults::search_monitor_contents_output_text_object_verbosity"
            )]
            verbosity: ::std::option::Option<
                SearchMonitorContentsOutputTextVariant1Verbosity,
            >,
        },
    }
    impl ::std::convert::From<bool> for SearchMonitorContentsOutputText {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///Controls the format of the run output. Defaults to `{ "type": "text" }` if not specified. When `type` is `"text"`, the output is a plain text summary. When `type` is `"object"`, the output is structured JSON. If no `properties` are specified with `"object"` type, a schema is inferred automatically; otherwise the output adheres to the provided schema.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorOutputSchemaOutput(
        pub ::std::option::Option<SearchMonitorOutputSchemaOutputInner>,
    );
    impl ::std::ops::Deref for SearchMonitorOutputSchemaOutput {
        type Target = ::std::option::Option<SearchMonitorOutputSchemaOutputInner>;
        fn deref(&self) -> &::std::option::Option<SearchMonitorOutputSchemaOutputInner> {
            &self.0
        }
    }
    impl ::std::convert::From<SearchMonitorOutputSchemaOutput>
    for ::std::option::Option<SearchMonitorOutputSchemaOutputInner> {
        fn from(value: SearchMonitorOutputSchemaOutput) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<SearchMonitorOutputSchemaOutputInner>,
    > for SearchMonitorOutputSchemaOutput {
        fn from(
            value: ::std::option::Option<SearchMonitorOutputSchemaOutputInner>,
        ) -> Self {
            Self(value)
        }
    }
    ///`SearchMonitorOutputSchemaOutputInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SearchMonitorOutputSchemaOutputInner {
        Variant0 {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            description: ::std::option::Option<::std::string::String>,
            #[serde(rename = "type")]
            type_: SearchMonitorOutputSchemaOutputInnerVariant0Type,
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
            type_: SearchMonitorOutputSchemaOutputInnerVariant1Type,
            #[serde(flatten)]
            extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        },
    }
    ///`SearchMonitorOutputSchemaOutputInnerVariant0Type`
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
    pub enum SearchMonitorOutputSchemaOutputInnerVariant0Type {
        #[serde(rename = "text")]
        Text,
    }
    impl ::std::fmt::Display for SearchMonitorOutputSchemaOutputInnerVariant0Type {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorOutputSchemaOutputInnerVariant0Type {
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
    impl ::std::convert::TryFrom<&str>
    for SearchMonitorOutputSchemaOutputInnerVariant0Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorOutputSchemaOutputInnerVariant0Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchMonitorOutputSchemaOutputInnerVariant1Type`
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
    pub enum SearchMonitorOutputSchemaOutputInnerVariant1Type {
        #[serde(rename = "object")]
        Object,
    }
    impl ::std::fmt::Display for SearchMonitorOutputSchemaOutputInnerVariant1Type {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Object => f.write_str("object"),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorOutputSchemaOutputInnerVariant1Type {
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
    impl ::std::convert::TryFrom<&str>
    for SearchMonitorOutputSchemaOutputInnerVariant1Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorOutputSchemaOutputInnerVariant1Type {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SearchMonitorRun`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorRun {
        ///When the run was cancelled
        #[serde(
            rename = "cancelledAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub cancelled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the run completed successfully
        #[serde(
            rename = "completedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the run was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Total execution time in milliseconds
        #[serde(
            rename = "durationMs",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub duration_ms: ::std::option::Option<i64>,
        ///The reason the run failed. Null unless status is `failed`. `source_not_available` means the search requested a domain Exa cannot return (remove it from the search), and `forbidden` means the request was otherwise not permitted.
        #[serde(
            rename = "failReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub fail_reason: ::std::option::Option<SearchMonitorRunFailReason>,
        ///When the run failed
        #[serde(
            rename = "failedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The unique identifier for the run
        pub id: ::std::string::String,
        ///The monitor this run belongs to
        #[serde(rename = "monitorId")]
        pub monitor_id: ::std::string::String,
        ///The output of the run. Null until the run completes.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub output: ::std::option::Option<SearchMonitorRunOutput>,
        ///When the run started executing
        #[serde(
            rename = "startedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The status of the run
        pub status: SearchMonitorRunStatus,
        ///When the run was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorRun {
        pub fn builder() -> builder::SearchMonitorRun {
            Default::default()
        }
    }
    ///`SearchMonitorRunOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorRunOutput {
        ///Synthesized content from the search results. Shape depends on `outputSchema.type`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub content: ::std::option::Option<::serde_json::Value>,
        ///Field-level citations with confidence levels
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub grounding: ::std::option::Option<
            ::std::vec::Vec<SearchMonitorRunOutputGroundingItem>,
        >,
        ///The search results
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub results: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorRunOutput {
        pub fn builder() -> builder::SearchMonitorRunOutput {
            Default::default()
        }
    }
    ///`SearchMonitorRunOutputGroundingItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorRunOutputGroundingItem {
        #[serde(default)]
        pub citations: ::std::vec::Vec<SearchMonitorRunOutputGroundingItemCitationsItem>,
        ///Model-reported reliability for this field.
        pub confidence: SearchMonitorRunOutputGroundingItemConfidence,
        ///The output field this citation applies to
        pub field: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorRunOutputGroundingItem {
        pub fn builder() -> builder::SearchMonitorRunOutputGroundingItem {
            Default::default()
        }
    }
    ///`SearchMonitorRunOutputGroundingItemCitationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorRunOutputGroundingItemCitationsItem {
        ///Source title.
        pub title: ::std::string::String,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorRunOutputGroundingItemCitationsItem {
        pub fn builder() -> builder::SearchMonitorRunOutputGroundingItemCitationsItem {
            Default::default()
        }
    }
    ///`SearchMonitorSearchOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorSearchOutput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub contents: ::std::option::Option<SearchMonitorContentsOutput>,
        ///Exclude these domains from search results.
        #[serde(
            rename = "excludeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_domains: ::std::vec::Vec<::std::string::String>,
        ///Restrict search results to these domains.
        #[serde(
            rename = "includeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_domains: ::std::vec::Vec<::std::string::String>,
        ///Number of results to return. Limits vary by search type. The maximum public limit is 100 results. Contact sales (hello@exa.ai) to discuss higher limits.
        #[serde(
            rename = "numResults",
            default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>"
        )]
        pub num_results: ::std::num::NonZeroU64,
        ///The query string for the search.
        pub query: SearchMonitorSearchOutputQuery,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorSearchOutput {
        pub fn builder() -> builder::SearchMonitorSearchOutput {
            Default::default()
        }
    }
    ///The query string for the search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorSearchOutputQuery(::std::string::String);
    impl ::std::ops::Deref for SearchMonitorSearchOutputQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SearchMonitorSearchOutputQuery> for ::std::string::String {
        fn from(value: SearchMonitorSearchOutputQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SearchMonitorSearchOutputQuery {
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
    impl ::std::convert::TryFrom<&str> for SearchMonitorSearchOutputQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorSearchOutputQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorSearchOutputQuery {
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
    ///`SearchMonitorTriggerOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorTriggerOutput {
        ///A duration string specifying how often the monitor runs (e.g., "1h", "6h", "1d", "7d"). Single-unit only. Minimum interval is 1 hour. The schedule is anchored to the monitor's creation time (e.g., a daily monitor created at 2:30 PM runs daily around 2:30 PM).
        pub period: ::std::string::String,
        ///The type of trigger. Currently only `interval` is supported.
        #[serde(rename = "type")]
        pub type_: SearchMonitorTriggerOutputType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorTriggerOutput {
        pub fn builder() -> builder::SearchMonitorTriggerOutput {
            Default::default()
        }
    }
    ///The type of trigger. Currently only `interval` is supported.
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
    pub enum SearchMonitorTriggerOutputType {
        #[serde(rename = "interval")]
        Interval,
    }
    impl ::std::fmt::Display for SearchMonitorTriggerOutputType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Interval => f.write_str("interval"),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorTriggerOutputType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "interval" => Ok(Self::Interval),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchMonitorTriggerOutputType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchMonitorTriggerOutputType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for SearchMonitorTriggerOutputType {
        fn default() -> Self {
            SearchMonitorTriggerOutputType::Interval
        }
    }
    ///`SearchMonitorWebhookOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SearchMonitorWebhookOutput {
        ///Which events to subscribe to. Defaults to all events if not specified.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<SearchMonitorWebhookOutputEventsItem>,
        ///The HTTPS URL to receive webhook events. Must not point to localhost or private IP ranges.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SearchMonitorWebhookOutput {
        pub fn builder() -> builder::SearchMonitorWebhookOutput {
            Default::default()
        }
    }
    ///`TriggerSearchMonitorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TriggerSearchMonitorResponse {
        ///Whether the monitor was successfully triggered
        pub triggered: bool,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TriggerSearchMonitorResponse {
        pub fn builder() -> builder::TriggerSearchMonitorResponse {
            Default::default()
        }
    }
    ///Only the fields sent change. `trigger: null` removes the schedule.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateSearchMonitorParameters {
        ///Optional key-value metadata, echoed back in webhook deliveries.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The monitor's new name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<SearchMonitorOutputSchemaOutput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub search: ::std::option::Option<UpdateSearchMonitorParametersSearch>,
        ///Pause or resume the monitor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub status: ::std::option::Option<UpdateSearchMonitorParametersStatus>,
        ///The new schedule, or `null` to remove it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub trigger: ::std::option::Option<SearchMonitorTriggerOutput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub webhook: ::std::option::Option<SearchMonitorWebhookOutput>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateSearchMonitorParameters {
        pub fn builder() -> builder::UpdateSearchMonitorParameters {
            Default::default()
        }
    }
    ///The fields of the monitor's search to change; the others keep their values.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateSearchMonitorParametersSearch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contents: ::std::option::Option<SearchMonitorContentsOutput>,
        ///Exclude these domains from search results.
        #[serde(
            rename = "excludeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub exclude_domains: ::std::vec::Vec<::std::string::String>,
        ///Restrict search results to these domains.
        #[serde(
            rename = "includeDomains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub include_domains: ::std::vec::Vec<::std::string::String>,
        ///Number of results to return. Limits vary by search type. The maximum public limit is 100 results. Contact sales (hello@exa.ai) to discuss higher limits.
        #[serde(
            rename = "numResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_results: ::std::option::Option<::std::num::NonZeroU64>,
        ///The query string for the search.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<UpdateSearchMonitorParametersSearchQuery>,
    }
    impl UpdateSearchMonitorParametersSearch {
        pub fn builder() -> builder::UpdateSearchMonitorParametersSearch {
            Default::default()
        }
    }
    ///The query string for the search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateSearchMonitorParametersSearchQuery(::std::string::String);
    impl ::std::ops::Deref for UpdateSearchMonitorParametersSearchQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateSearchMonitorParametersSearchQuery>
    for ::std::string::String {
        fn from(value: UpdateSearchMonitorParametersSearchQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateSearchMonitorParametersSearchQuery {
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
    impl ::std::convert::TryFrom<&str> for UpdateSearchMonitorParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateSearchMonitorParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateSearchMonitorParametersSearchQuery {
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
    ///Pause or resume the monitor.
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
    pub enum UpdateSearchMonitorParametersStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "paused")]
        Paused,
    }
    impl ::std::fmt::Display for UpdateSearchMonitorParametersStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Paused => f.write_str("paused"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateSearchMonitorParametersStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "paused" => Ok(Self::Paused),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateSearchMonitorParametersStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateSearchMonitorParametersStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BatchMonitorsRequest {
            action: ::std::result::Result<
                super::BatchMonitorsRequestAction,
                ::std::string::String,
            >,
            dry_run: ::std::result::Result<bool, ::std::string::String>,
            filter: ::std::result::Result<
                super::BatchMonitorsRequestFilter,
                ::std::string::String,
            >,
            limit: ::std::result::Result<::std::num::NonZeroU64, ::std::string::String>,
        }
        impl ::std::default::Default for BatchMonitorsRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    dry_run: Ok(super::defaults::default_bool::<true>()),
                    filter: Err("no value supplied for filter".to_string()),
                    limit: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 50>(),
                    ),
                }
            }
        }
        impl BatchMonitorsRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchMonitorsRequestAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn dry_run<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.dry_run = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dry_run: {e}")
                    });
                self
            }
            pub fn filter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchMonitorsRequestFilter>,
                T::Error: ::std::fmt::Display,
            {
                self.filter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filter: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchMonitorsRequest>
        for super::BatchMonitorsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchMonitorsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    dry_run: value.dry_run?,
                    filter: value.filter?,
                    limit: value.limit?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::BatchMonitorsRequest> for BatchMonitorsRequest {
            fn from(value: super::BatchMonitorsRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    dry_run: Ok(value.dry_run),
                    filter: Ok(value.filter),
                    limit: Ok(value.limit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchMonitorsRequestFilter {
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::BatchMonitorsRequestFilterMetadataValue,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::BatchMonitorsRequestFilterName>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::BatchMonitorsRequestFilterStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchMonitorsRequestFilter {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl BatchMonitorsRequestFilter {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::BatchMonitorsRequestFilterMetadataValue,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BatchMonitorsRequestFilterName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BatchMonitorsRequestFilterStatus>,
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
        impl ::std::convert::TryFrom<BatchMonitorsRequestFilter>
        for super::BatchMonitorsRequestFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchMonitorsRequestFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    name: value.name?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::BatchMonitorsRequestFilter>
        for BatchMonitorsRequestFilter {
            fn from(value: super::BatchMonitorsRequestFilter) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchMonitorsResponse {
            action: ::std::result::Result<
                super::BatchMonitorsResponseAction,
                ::std::string::String,
            >,
            affected: ::std::result::Result<i64, ::std::string::String>,
            dry_run: ::std::result::Result<bool, ::std::string::String>,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchMonitorsResponse {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    affected: Err("no value supplied for affected".to_string()),
                    dry_run: Err("no value supplied for dry_run".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    ids: Err("no value supplied for ids".to_string()),
                }
            }
        }
        impl BatchMonitorsResponse {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchMonitorsResponseAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn affected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.affected = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for affected: {e}")
                    });
                self
            }
            pub fn dry_run<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.dry_run = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dry_run: {e}")
                    });
                self
            }
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_more = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_more: {e}")
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
        }
        impl ::std::convert::TryFrom<BatchMonitorsResponse>
        for super::BatchMonitorsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchMonitorsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    affected: value.affected?,
                    dry_run: value.dry_run?,
                    has_more: value.has_more?,
                    ids: value.ids?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::BatchMonitorsResponse>
        for BatchMonitorsResponse {
            fn from(value: super::BatchMonitorsResponse) -> Self {
                Self {
                    action: Ok(value.action),
                    affected: Ok(value.affected),
                    dry_run: Ok(value.dry_run),
                    has_more: Ok(value.has_more),
                    ids: Ok(value.ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSearchMonitorParameters {
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorOutputSchemaOutput>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                super::SearchMonitorSearchOutput,
                ::std::string::String,
            >,
            trigger: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorTriggerOutput>,
                ::std::string::String,
            >,
            webhook: ::std::result::Result<
                super::SearchMonitorWebhookOutput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSearchMonitorParameters {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    output_schema: Ok(Default::default()),
                    search: Err("no value supplied for search".to_string()),
                    trigger: Ok(Default::default()),
                    webhook: Err("no value supplied for webhook".to_string()),
                }
            }
        }
        impl CreateSearchMonitorParameters {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorOutputSchemaOutput>,
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
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorSearchOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search: {e}")
                    });
                self
            }
            pub fn trigger<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorTriggerOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trigger = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trigger: {e}")
                    });
                self
            }
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorWebhookOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSearchMonitorParameters>
        for super::CreateSearchMonitorParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSearchMonitorParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    name: value.name?,
                    output_schema: value.output_schema?,
                    search: value.search?,
                    trigger: value.trigger?,
                    webhook: value.webhook?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateSearchMonitorParameters>
        for CreateSearchMonitorParameters {
            fn from(value: super::CreateSearchMonitorParameters) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    output_schema: Ok(value.output_schema),
                    search: Ok(value.search),
                    trigger: Ok(value.trigger),
                    webhook: Ok(value.webhook),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateSearchMonitorResponse {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_run_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                super::SearchMonitorOutputSchemaOutput,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                super::SearchMonitorSearchOutput,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::SearchMonitorStatus,
                ::std::string::String,
            >,
            trigger: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorTriggerOutput>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webhook: ::std::result::Result<
                super::SearchMonitorWebhookOutput,
                ::std::string::String,
            >,
            webhook_secret: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateSearchMonitorResponse {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    next_run_at: Err("no value supplied for next_run_at".to_string()),
                    output_schema: Err(
                        "no value supplied for output_schema".to_string(),
                    ),
                    search: Err("no value supplied for search".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    trigger: Err("no value supplied for trigger".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webhook: Err("no value supplied for webhook".to_string()),
                    webhook_secret: Err(
                        "no value supplied for webhook_secret".to_string(),
                    ),
                }
            }
        }
        impl CreateSearchMonitorResponse {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn next_run_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_run_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_run_at: {e}")
                    });
                self
            }
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorOutputSchemaOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.output_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_schema: {e}")
                    });
                self
            }
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorSearchOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn trigger<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorTriggerOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trigger = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trigger: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorWebhookOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
            pub fn webhook_secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_secret = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for webhook_secret: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateSearchMonitorResponse>
        for super::CreateSearchMonitorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateSearchMonitorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    next_run_at: value.next_run_at?,
                    output_schema: value.output_schema?,
                    search: value.search?,
                    status: value.status?,
                    trigger: value.trigger?,
                    updated_at: value.updated_at?,
                    webhook: value.webhook?,
                    webhook_secret: value.webhook_secret?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateSearchMonitorResponse>
        for CreateSearchMonitorResponse {
            fn from(value: super::CreateSearchMonitorResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    next_run_at: Ok(value.next_run_at),
                    output_schema: Ok(value.output_schema),
                    search: Ok(value.search),
                    status: Ok(value.status),
                    trigger: Ok(value.trigger),
                    updated_at: Ok(value.updated_at),
                    webhook: Ok(value.webhook),
                    webhook_secret: Ok(value.webhook_secret),
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
        pub struct ListSearchMonitorRunsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::SearchMonitorRun>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListSearchMonitorRunsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }
        impl ListSearchMonitorRunsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchMonitorRun>>,
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
                T: ::std::convert::TryInto<bool>,
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
        }
        impl ::std::convert::TryFrom<ListSearchMonitorRunsResponse>
        for super::ListSearchMonitorRunsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListSearchMonitorRunsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListSearchMonitorRunsResponse>
        for ListSearchMonitorRunsResponse {
            fn from(value: super::ListSearchMonitorRunsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListSearchMonitorsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::SearchMonitor>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListSearchMonitorsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }
        impl ListSearchMonitorsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchMonitor>>,
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
                T: ::std::convert::TryInto<bool>,
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
        }
        impl ::std::convert::TryFrom<ListSearchMonitorsResponse>
        for super::ListSearchMonitorsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListSearchMonitorsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListSearchMonitorsResponse>
        for ListSearchMonitorsResponse {
            fn from(value: super::ListSearchMonitorsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitor {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_run_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                super::SearchMonitorOutputSchemaOutput,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                super::SearchMonitorSearchOutput,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::SearchMonitorStatus,
                ::std::string::String,
            >,
            trigger: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorTriggerOutput>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webhook: ::std::result::Result<
                super::SearchMonitorWebhookOutput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitor {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    next_run_at: Err("no value supplied for next_run_at".to_string()),
                    output_schema: Err(
                        "no value supplied for output_schema".to_string(),
                    ),
                    search: Err("no value supplied for search".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    trigger: Err("no value supplied for trigger".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webhook: Err("no value supplied for webhook".to_string()),
                }
            }
        }
        impl SearchMonitor {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn next_run_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.next_run_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_run_at: {e}")
                    });
                self
            }
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorOutputSchemaOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.output_schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_schema: {e}")
                    });
                self
            }
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorSearchOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.search = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for search: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn trigger<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorTriggerOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trigger = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trigger: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorWebhookOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchMonitor> for super::SearchMonitor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    next_run_at: value.next_run_at?,
                    output_schema: value.output_schema?,
                    search: value.search?,
                    status: value.status?,
                    trigger: value.trigger?,
                    updated_at: value.updated_at?,
                    webhook: value.webhook?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitor> for SearchMonitor {
            fn from(value: super::SearchMonitor) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    next_run_at: Ok(value.next_run_at),
                    output_schema: Ok(value.output_schema),
                    search: Ok(value.search),
                    status: Ok(value.status),
                    trigger: Ok(value.trigger),
                    updated_at: Ok(value.updated_at),
                    webhook: Ok(value.webhook),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorContentsOutput {
            context: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputContext>,
                ::std::string::String,
            >,
            extras: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputExtras>,
                ::std::string::String,
            >,
            filter_empty_results: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            highlights: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputHighlights>,
                ::std::string::String,
            >,
            livecrawl: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputLivecrawl>,
                ::std::string::String,
            >,
            livecrawl_timeout: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            max_age_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            subpage_target: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputSubpageTarget>,
                ::std::string::String,
            >,
            subpages: ::std::result::Result<i64, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputSummary>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutputText>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitorContentsOutput {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    extras: Ok(Default::default()),
                    filter_empty_results: Ok(Default::default()),
                    highlights: Ok(Default::default()),
                    livecrawl: Ok(Default::default()),
                    livecrawl_timeout: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 10000>(),
                    ),
                    max_age_hours: Ok(Default::default()),
                    subpage_target: Ok(Default::default()),
                    subpages: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl SearchMonitorContentsOutput {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorContentsOutputContext>,
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
                    ::std::option::Option<super::SearchMonitorContentsOutputExtras>,
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
            pub fn filter_empty_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter_empty_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for filter_empty_results: {e}"
                        )
                    });
                self
            }
            pub fn highlights<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorContentsOutputHighlights>,
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
                    ::std::option::Option<super::SearchMonitorContentsOutputLivecrawl>,
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
                T: ::std::convert::TryInto<::std::num::NonZeroU64>,
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
                    ::std::option::Option<
                        super::SearchMonitorContentsOutputSubpageTarget,
                    >,
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
                    ::std::option::Option<super::SearchMonitorContentsOutputSummary>,
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
                    ::std::option::Option<super::SearchMonitorContentsOutputText>,
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
        impl ::std::convert::TryFrom<SearchMonitorContentsOutput>
        for super::SearchMonitorContentsOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorContentsOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    extras: value.extras?,
                    filter_empty_results: value.filter_empty_results?,
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
        impl ::std::convert::From<super::SearchMonitorContentsOutput>
        for SearchMonitorContentsOutput {
            fn from(value: super::SearchMonitorContentsOutput) -> Self {
                Self {
                    context: Ok(value.context),
                    extras: Ok(value.extras),
                    filter_empty_results: Ok(value.filter_empty_results),
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
        pub struct SearchMonitorContentsOutputExtras {
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
        impl ::std::default::Default for SearchMonitorContentsOutputExtras {
            fn default() -> Self {
                Self {
                    code_blocks: Ok(
                        super::defaults::search_monitor_contents_output_extras_code_blocks(),
                    ),
                    image_links: Ok(
                        super::defaults::search_monitor_contents_output_extras_image_links(),
                    ),
                    links: Ok(
                        super::defaults::search_monitor_contents_output_extras_links(),
                    ),
                    rich_image_links: Ok(
                        super::defaults::search_monitor_contents_output_extras_rich_image_links(),
                    ),
                    rich_links: Ok(
                        super::defaults::search_monitor_contents_output_extras_rich_links(),
                    ),
                }
            }
        }
        impl SearchMonitorContentsOutputExtras {
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
        impl ::std::convert::TryFrom<SearchMonitorContentsOutputExtras>
        for super::SearchMonitorContentsOutputExtras {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorContentsOutputExtras,
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
        impl ::std::convert::From<super::SearchMonitorContentsOutputExtras>
        for SearchMonitorContentsOutputExtras {
            fn from(value: super::SearchMonitorContentsOutputExtras) -> Self {
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
        pub struct SearchMonitorRun {
            cancelled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            duration_ms: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            fail_reason: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorRunFailReason>,
                ::std::string::String,
            >,
            failed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            monitor_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            output: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorRunOutput>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::SearchMonitorRunStatus,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitorRun {
            fn default() -> Self {
                Self {
                    cancelled_at: Err("no value supplied for cancelled_at".to_string()),
                    completed_at: Err("no value supplied for completed_at".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    duration_ms: Err("no value supplied for duration_ms".to_string()),
                    fail_reason: Err("no value supplied for fail_reason".to_string()),
                    failed_at: Err("no value supplied for failed_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    monitor_id: Err("no value supplied for monitor_id".to_string()),
                    output: Err("no value supplied for output".to_string()),
                    started_at: Err("no value supplied for started_at".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl SearchMonitorRun {
            pub fn cancelled_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cancelled_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cancelled_at: {e}")
                    });
                self
            }
            pub fn completed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed_at: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn duration_ms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration_ms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration_ms: {e}")
                    });
                self
            }
            pub fn fail_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorRunFailReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fail_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fail_reason: {e}")
                    });
                self
            }
            pub fn failed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.failed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed_at: {e}")
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
            pub fn monitor_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.monitor_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for monitor_id: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorRunOutput>,
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
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for started_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorRunStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchMonitorRun> for super::SearchMonitorRun {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorRun,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cancelled_at: value.cancelled_at?,
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    duration_ms: value.duration_ms?,
                    fail_reason: value.fail_reason?,
                    failed_at: value.failed_at?,
                    id: value.id?,
                    monitor_id: value.monitor_id?,
                    output: value.output?,
                    started_at: value.started_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorRun> for SearchMonitorRun {
            fn from(value: super::SearchMonitorRun) -> Self {
                Self {
                    cancelled_at: Ok(value.cancelled_at),
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    duration_ms: Ok(value.duration_ms),
                    fail_reason: Ok(value.fail_reason),
                    failed_at: Ok(value.failed_at),
                    id: Ok(value.id),
                    monitor_id: Ok(value.monitor_id),
                    output: Ok(value.output),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorRunOutput {
            content: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            grounding: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<super::SearchMonitorRunOutputGroundingItem>,
                >,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitorRunOutput {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    grounding: Ok(Default::default()),
                    results: Ok(Default::default()),
                }
            }
        }
        impl SearchMonitorRunOutput {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
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
                    ::std::option::Option<
                        ::std::vec::Vec<super::SearchMonitorRunOutputGroundingItem>,
                    >,
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
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
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
        impl ::std::convert::TryFrom<SearchMonitorRunOutput>
        for super::SearchMonitorRunOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorRunOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    grounding: value.grounding?,
                    results: value.results?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorRunOutput>
        for SearchMonitorRunOutput {
            fn from(value: super::SearchMonitorRunOutput) -> Self {
                Self {
                    content: Ok(value.content),
                    grounding: Ok(value.grounding),
                    results: Ok(value.results),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorRunOutputGroundingItem {
            citations: ::std::result::Result<
                ::std::vec::Vec<super::SearchMonitorRunOutputGroundingItemCitationsItem>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                super::SearchMonitorRunOutputGroundingItemConfidence,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchMonitorRunOutputGroundingItem {
            fn default() -> Self {
                Self {
                    citations: Err("no value supplied for citations".to_string()),
                    confidence: Err("no value supplied for confidence".to_string()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl SearchMonitorRunOutputGroundingItem {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::SearchMonitorRunOutputGroundingItemCitationsItem,
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
                    super::SearchMonitorRunOutputGroundingItemConfidence,
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
        impl ::std::convert::TryFrom<SearchMonitorRunOutputGroundingItem>
        for super::SearchMonitorRunOutputGroundingItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorRunOutputGroundingItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    confidence: value.confidence?,
                    field: value.field?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorRunOutputGroundingItem>
        for SearchMonitorRunOutputGroundingItem {
            fn from(value: super::SearchMonitorRunOutputGroundingItem) -> Self {
                Self {
                    citations: Ok(value.citations),
                    confidence: Ok(value.confidence),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorRunOutputGroundingItemCitationsItem {
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default
        for SearchMonitorRunOutputGroundingItemCitationsItem {
            fn default() -> Self {
                Self {
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchMonitorRunOutputGroundingItemCitationsItem {
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
        impl ::std::convert::TryFrom<SearchMonitorRunOutputGroundingItemCitationsItem>
        for super::SearchMonitorRunOutputGroundingItemCitationsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorRunOutputGroundingItemCitationsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::SearchMonitorRunOutputGroundingItemCitationsItem,
        > for SearchMonitorRunOutputGroundingItemCitationsItem {
            fn from(
                value: super::SearchMonitorRunOutputGroundingItemCitationsItem,
            ) -> Self {
                Self {
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorSearchOutput {
            contents: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutput>,
                ::std::string::String,
            >,
            exclude_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            num_results: ::std::result::Result<
                ::std::num::NonZeroU64,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::SearchMonitorSearchOutputQuery,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitorSearchOutput {
            fn default() -> Self {
                Self {
                    contents: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    num_results: Ok(
                        super::defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
                    ),
                    query: Err("no value supplied for query".to_string()),
                }
            }
        }
        impl SearchMonitorSearchOutput {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorContentsOutput>,
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
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorSearchOutputQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SearchMonitorSearchOutput>
        for super::SearchMonitorSearchOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorSearchOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents: value.contents?,
                    exclude_domains: value.exclude_domains?,
                    include_domains: value.include_domains?,
                    num_results: value.num_results?,
                    query: value.query?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorSearchOutput>
        for SearchMonitorSearchOutput {
            fn from(value: super::SearchMonitorSearchOutput) -> Self {
                Self {
                    contents: Ok(value.contents),
                    exclude_domains: Ok(value.exclude_domains),
                    include_domains: Ok(value.include_domains),
                    num_results: Ok(value.num_results),
                    query: Ok(value.query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorTriggerOutput {
            period: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::SearchMonitorTriggerOutputType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SearchMonitorTriggerOutput {
            fn default() -> Self {
                Self {
                    period: Err("no value supplied for period".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl SearchMonitorTriggerOutput {
            pub fn period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SearchMonitorTriggerOutputType>,
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
        impl ::std::convert::TryFrom<SearchMonitorTriggerOutput>
        for super::SearchMonitorTriggerOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorTriggerOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    period: value.period?,
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorTriggerOutput>
        for SearchMonitorTriggerOutput {
            fn from(value: super::SearchMonitorTriggerOutput) -> Self {
                Self {
                    period: Ok(value.period),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SearchMonitorWebhookOutput {
            events: ::std::result::Result<
                ::std::vec::Vec<super::SearchMonitorWebhookOutputEventsItem>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SearchMonitorWebhookOutput {
            fn default() -> Self {
                Self {
                    events: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl SearchMonitorWebhookOutput {
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::SearchMonitorWebhookOutputEventsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
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
        impl ::std::convert::TryFrom<SearchMonitorWebhookOutput>
        for super::SearchMonitorWebhookOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchMonitorWebhookOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    events: value.events?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::SearchMonitorWebhookOutput>
        for SearchMonitorWebhookOutput {
            fn from(value: super::SearchMonitorWebhookOutput) -> Self {
                Self {
                    events: Ok(value.events),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TriggerSearchMonitorResponse {
            triggered: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for TriggerSearchMonitorResponse {
            fn default() -> Self {
                Self {
                    triggered: Err("no value supplied for triggered".to_string()),
                }
            }
        }
        impl TriggerSearchMonitorResponse {
            pub fn triggered<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.triggered = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for triggered: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TriggerSearchMonitorResponse>
        for super::TriggerSearchMonitorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TriggerSearchMonitorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    triggered: value.triggered?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::TriggerSearchMonitorResponse>
        for TriggerSearchMonitorResponse {
            fn from(value: super::TriggerSearchMonitorResponse) -> Self {
                Self {
                    triggered: Ok(value.triggered),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateSearchMonitorParameters {
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorOutputSchemaOutput>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                ::std::option::Option<super::UpdateSearchMonitorParametersSearch>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::UpdateSearchMonitorParametersStatus>,
                ::std::string::String,
            >,
            trigger: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorTriggerOutput>,
                ::std::string::String,
            >,
            webhook: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorWebhookOutput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateSearchMonitorParameters {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    output_schema: Ok(Default::default()),
                    search: Ok(Default::default()),
                    status: Ok(Default::default()),
                    trigger: Ok(Default::default()),
                    webhook: Ok(Default::default()),
                }
            }
        }
        impl UpdateSearchMonitorParameters {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorOutputSchemaOutput>,
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
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateSearchMonitorParametersSearch>,
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateSearchMonitorParametersStatus>,
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
            pub fn trigger<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorTriggerOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trigger = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trigger: {e}")
                    });
                self
            }
            pub fn webhook<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorWebhookOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.webhook = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateSearchMonitorParameters>
        for super::UpdateSearchMonitorParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateSearchMonitorParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    name: value.name?,
                    output_schema: value.output_schema?,
                    search: value.search?,
                    status: value.status?,
                    trigger: value.trigger?,
                    webhook: value.webhook?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateSearchMonitorParameters>
        for UpdateSearchMonitorParameters {
            fn from(value: super::UpdateSearchMonitorParameters) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    output_schema: Ok(value.output_schema),
                    search: Ok(value.search),
                    status: Ok(value.status),
                    trigger: Ok(value.trigger),
                    webhook: Ok(value.webhook),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateSearchMonitorParametersSearch {
            contents: ::std::result::Result<
                ::std::option::Option<super::SearchMonitorContentsOutput>,
                ::std::string::String,
            >,
            exclude_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            include_domains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            num_results: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::UpdateSearchMonitorParametersSearchQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateSearchMonitorParametersSearch {
            fn default() -> Self {
                Self {
                    contents: Ok(Default::default()),
                    exclude_domains: Ok(Default::default()),
                    include_domains: Ok(Default::default()),
                    num_results: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }
        impl UpdateSearchMonitorParametersSearch {
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SearchMonitorContentsOutput>,
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
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::UpdateSearchMonitorParametersSearchQuery,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateSearchMonitorParametersSearch>
        for super::UpdateSearchMonitorParametersSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateSearchMonitorParametersSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contents: value.contents?,
                    exclude_domains: value.exclude_domains?,
                    include_domains: value.include_domains?,
                    num_results: value.num_results?,
                    query: value.query?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateSearchMonitorParametersSearch>
        for UpdateSearchMonitorParametersSearch {
            fn from(value: super::UpdateSearchMonitorParametersSearch) -> Self {
                Self {
                    contents: Ok(value.contents),
                    exclude_domains: Ok(value.exclude_domains),
                    include_domains: Ok(value.include_domains),
                    num_results: Ok(value.num_results),
                    query: Ok(value.query),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_bool<const V: bool>() -> bool {
            V
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
        pub(super) fn search_monitor_contents_output_extras_code_blocks() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn search_monitor_contents_output_extras_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn search_monitor_contents_output_extras_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn search_monitor_contents_output_extras_rich_image_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn search_monitor_contents_output_extras_rich_links() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
        pub(super) fn search_monitor_contents_output_text_object_include_html_tags() -> ::std::option::Option<
            bool,
        > {
            ::std::option::Option::Some(false)
        }
        pub(super) fn search_monitor_contents_output_text_object_verbosity() -> ::std::option::Option<
            super::SearchMonitorContentsOutputTextVariant1Verbosity,
        > {
            ::std::option::Option::Some(
                super::SearchMonitorContentsOutputTextVariant1Verbosity::Compact,
            )
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
    ///One of the documented values, or [`BatchMonitorsResponseAction::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BatchMonitorsResponseAction {
        ///`delete`
        Delete,
        ///`pause`
        Pause,
        ///`unpause`
        Unpause,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl BatchMonitorsResponseAction {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Delete => "delete",
                Self::Pause => "pause",
                Self::Unpause => "unpause",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for BatchMonitorsResponseAction {
        fn from(value: &str) -> Self {
            match value {
                "delete" => Self::Delete,
                "pause" => Self::Pause,
                "unpause" => Self::Unpause,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for BatchMonitorsResponseAction {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BatchMonitorsResponseAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BatchMonitorsResponseAction {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchMonitorsResponseAction {
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
    impl ::schemars::JsonSchema for BatchMonitorsResponseAction {
        fn schema_name() -> ::std::string::String {
            "BatchMonitorsResponseAction".to_string()
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
                "One of: delete, pause, unpause. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("delete"), ::serde_json::Value::from("pause"),
                ::serde_json::Value::from("unpause")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorContentsOutputHighlightsVariant1Verbosity::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorContentsOutputHighlightsVariant1Verbosity {
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
    for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
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
    for SearchMonitorContentsOutputHighlightsVariant1Verbosity {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorContentsOutputHighlightsVariant1Verbosity".to_string()
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
    ///One of the documented values, or [`SearchMonitorContentsOutputLivecrawl::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorContentsOutputLivecrawl {
        ///`never`
        Never,
        ///`always`
        Always,
        ///`fallback`
        Fallback,
        ///`preferred`
        Preferred,
        ///`auto`
        Auto,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorContentsOutputLivecrawl {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Never => "never",
                Self::Always => "always",
                Self::Fallback => "fallback",
                Self::Preferred => "preferred",
                Self::Auto => "auto",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchMonitorContentsOutputLivecrawl {
        fn from(value: &str) -> Self {
            match value {
                "never" => Self::Never,
                "always" => Self::Always,
                "fallback" => Self::Fallback,
                "preferred" => Self::Preferred,
                "auto" => Self::Auto,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorContentsOutputLivecrawl {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorContentsOutputLivecrawl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorContentsOutputLivecrawl {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorContentsOutputLivecrawl {
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
    impl ::schemars::JsonSchema for SearchMonitorContentsOutputLivecrawl {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorContentsOutputLivecrawl".to_string()
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
                "One of: never, always, fallback, preferred, auto. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("never"), ::serde_json::Value::from("always"),
                ::serde_json::Value::from("fallback"),
                ::serde_json::Value::from("preferred"), ::serde_json::Value::from("auto")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        ///`header`
        Header,
        ///`navigation`
        Navigation,
        ///`banner`
        Banner,
        ///`body`
        Body,
        ///`sidebar`
        Sidebar,
        ///`footer`
        Footer,
        ///`metadata`
        Metadata,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Header => "header",
                Self::Navigation => "navigation",
                Self::Banner => "banner",
                Self::Body => "body",
                Self::Sidebar => "sidebar",
                Self::Footer => "footer",
                Self::Metadata => "metadata",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        fn from(value: &str) -> Self {
            match value {
                "header" => Self::Header,
                "navigation" => Self::Navigation,
                "banner" => Self::Banner,
                "body" => Self::Body,
                "sidebar" => Self::Sidebar,
                "footer" => Self::Footer,
                "metadata" => Self::Metadata,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
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
    for SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorContentsOutputTextVariant1ExcludeSectionsItem".to_string()
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
                "One of: header, navigation, banner, body, sidebar, footer, metadata. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("header"),
                ::serde_json::Value::from("navigation"),
                ::serde_json::Value::from("banner"), ::serde_json::Value::from("body"),
                ::serde_json::Value::from("sidebar"),
                ::serde_json::Value::from("footer"),
                ::serde_json::Value::from("metadata")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorContentsOutputTextVariant1IncludeSectionsItem::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        ///`header`
        Header,
        ///`navigation`
        Navigation,
        ///`banner`
        Banner,
        ///`body`
        Body,
        ///`sidebar`
        Sidebar,
        ///`footer`
        Footer,
        ///`metadata`
        Metadata,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Header => "header",
                Self::Navigation => "navigation",
                Self::Banner => "banner",
                Self::Body => "body",
                Self::Sidebar => "sidebar",
                Self::Footer => "footer",
                Self::Metadata => "metadata",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        fn from(value: &str) -> Self {
            match value {
                "header" => Self::Header,
                "navigation" => Self::Navigation,
                "banner" => Self::Banner,
                "body" => Self::Body,
                "sidebar" => Self::Sidebar,
                "footer" => Self::Footer,
                "metadata" => Self::Metadata,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
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
    for SearchMonitorContentsOutputTextVariant1IncludeSectionsItem {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorContentsOutputTextVariant1IncludeSectionsItem".to_string()
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
                "One of: header, navigation, banner, body, sidebar, footer, metadata. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("header"),
                ::serde_json::Value::from("navigation"),
                ::serde_json::Value::from("banner"), ::serde_json::Value::from("body"),
                ::serde_json::Value::from("sidebar"),
                ::serde_json::Value::from("footer"),
                ::serde_json::Value::from("metadata")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorContentsOutputTextVariant1Verbosity::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorContentsOutputTextVariant1Verbosity {
        ///`compact`
        Compact,
        ///`standard`
        Standard,
        ///`full`
        Full,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorContentsOutputTextVariant1Verbosity {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Compact => "compact",
                Self::Standard => "standard",
                Self::Full => "full",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str>
    for SearchMonitorContentsOutputTextVariant1Verbosity {
        fn from(value: &str) -> Self {
            match value {
                "compact" => Self::Compact,
                "standard" => Self::Standard,
                "full" => Self::Full,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorContentsOutputTextVariant1Verbosity {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorContentsOutputTextVariant1Verbosity {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorContentsOutputTextVariant1Verbosity {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorContentsOutputTextVariant1Verbosity {
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
    impl ::schemars::JsonSchema for SearchMonitorContentsOutputTextVariant1Verbosity {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorContentsOutputTextVariant1Verbosity".to_string()
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
                "One of: compact, standard, full. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("compact"),
                ::serde_json::Value::from("standard"), ::serde_json::Value::from("full")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorRunFailReason::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorRunFailReason {
        ///`api_key_invalid`
        ApiKeyInvalid,
        ///`insufficient_credits`
        InsufficientCredits,
        ///`invalid_params`
        InvalidParams,
        ///`rate_limited`
        RateLimited,
        ///`source_not_available`
        SourceNotAvailable,
        ///`forbidden`
        Forbidden,
        ///`search_unavailable`
        SearchUnavailable,
        ///`search_failed`
        SearchFailed,
        ///`internal_error`
        InternalError,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorRunFailReason {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::ApiKeyInvalid => "api_key_invalid",
                Self::InsufficientCredits => "insufficient_credits",
                Self::InvalidParams => "invalid_params",
                Self::RateLimited => "rate_limited",
                Self::SourceNotAvailable => "source_not_available",
                Self::Forbidden => "forbidden",
                Self::SearchUnavailable => "search_unavailable",
                Self::SearchFailed => "search_failed",
                Self::InternalError => "internal_error",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchMonitorRunFailReason {
        fn from(value: &str) -> Self {
            match value {
                "api_key_invalid" => Self::ApiKeyInvalid,
                "insufficient_credits" => Self::InsufficientCredits,
                "invalid_params" => Self::InvalidParams,
                "rate_limited" => Self::RateLimited,
                "source_not_available" => Self::SourceNotAvailable,
                "forbidden" => Self::Forbidden,
                "search_unavailable" => Self::SearchUnavailable,
                "search_failed" => Self::SearchFailed,
                "internal_error" => Self::InternalError,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorRunFailReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorRunFailReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorRunFailReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorRunFailReason {
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
    impl ::schemars::JsonSchema for SearchMonitorRunFailReason {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorRunFailReason".to_string()
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
                "One of: api_key_invalid, insufficient_credits, invalid_params, rate_limited, source_not_available, forbidden, search_unavailable, search_failed, internal_error. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("api_key_invalid"),
                ::serde_json::Value::from("insufficient_credits"),
                ::serde_json::Value::from("invalid_params"),
                ::serde_json::Value::from("rate_limited"),
                ::serde_json::Value::from("source_not_available"),
                ::serde_json::Value::from("forbidden"),
                ::serde_json::Value::from("search_unavailable"),
                ::serde_json::Value::from("search_failed"),
                ::serde_json::Value::from("internal_error")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorRunOutputGroundingItemConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorRunOutputGroundingItemConfidence {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorRunOutputGroundingItemConfidence {
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
    impl ::std::convert::From<&str> for SearchMonitorRunOutputGroundingItemConfidence {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorRunOutputGroundingItemConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorRunOutputGroundingItemConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorRunOutputGroundingItemConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for SearchMonitorRunOutputGroundingItemConfidence {
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
    impl ::schemars::JsonSchema for SearchMonitorRunOutputGroundingItemConfidence {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorRunOutputGroundingItemConfidence".to_string()
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
    ///One of the documented values, or [`SearchMonitorRunStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorRunStatus {
        ///`pending`
        Pending,
        ///`running`
        Running,
        ///`completed`
        Completed,
        ///`failed`
        Failed,
        ///`cancelled`
        Cancelled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorRunStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Cancelled => "cancelled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchMonitorRunStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "running" => Self::Running,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "cancelled" => Self::Cancelled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorRunStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorRunStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorRunStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorRunStatus {
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
    impl ::schemars::JsonSchema for SearchMonitorRunStatus {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorRunStatus".to_string()
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
                "One of: pending, running, completed, failed, cancelled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("running"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("failed"),
                ::serde_json::Value::from("cancelled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorStatus {
        ///`active`
        Active,
        ///`paused`
        Paused,
        ///`disabled`
        Disabled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Paused => "paused",
                Self::Disabled => "disabled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchMonitorStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "paused" => Self::Paused,
                "disabled" => Self::Disabled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorStatus {
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
    impl ::schemars::JsonSchema for SearchMonitorStatus {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorStatus".to_string()
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
                "One of: active, paused, disabled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("active"), ::serde_json::Value::from("paused"),
                ::serde_json::Value::from("disabled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`SearchMonitorWebhookOutputEventsItem::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SearchMonitorWebhookOutputEventsItem {
        ///`monitor.created`
        MonitorCreated,
        ///`monitor.updated`
        MonitorUpdated,
        ///`monitor.deleted`
        MonitorDeleted,
        ///`monitor.run.created`
        MonitorRunCreated,
        ///`monitor.run.completed`
        MonitorRunCompleted,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl SearchMonitorWebhookOutputEventsItem {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::MonitorCreated => "monitor.created",
                Self::MonitorUpdated => "monitor.updated",
                Self::MonitorDeleted => "monitor.deleted",
                Self::MonitorRunCreated => "monitor.run.created",
                Self::MonitorRunCompleted => "monitor.run.completed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SearchMonitorWebhookOutputEventsItem {
        fn from(value: &str) -> Self {
            match value {
                "monitor.created" => Self::MonitorCreated,
                "monitor.updated" => Self::MonitorUpdated,
                "monitor.deleted" => Self::MonitorDeleted,
                "monitor.run.created" => Self::MonitorRunCreated,
                "monitor.run.completed" => Self::MonitorRunCompleted,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for SearchMonitorWebhookOutputEventsItem {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SearchMonitorWebhookOutputEventsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SearchMonitorWebhookOutputEventsItem {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SearchMonitorWebhookOutputEventsItem {
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
    impl ::schemars::JsonSchema for SearchMonitorWebhookOutputEventsItem {
        fn schema_name() -> ::std::string::String {
            "SearchMonitorWebhookOutputEventsItem".to_string()
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
                "One of: monitor.created, monitor.updated, monitor.deleted, monitor.run.created, monitor.run.completed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("monitor.created"),
                ::serde_json::Value::from("monitor.updated"),
                ::serde_json::Value::from("monitor.deleted"),
                ::serde_json::Value::from("monitor.run.created"),
                ::serde_json::Value::from("monitor.run.completed")
            ];
            schema.into()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Exa Monitors API

Search monitors (/monitors) of the Exa Public API 2.0.0: scheduled searches that deliver new results to a webhook.

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
    /**List Monitors

Lists the team's monitors, newest first, a page at a time.

Sends a `GET` request to `/monitors`

Arguments:
- `cursor`: The `nextCursor` of the previous page.
- `limit`: Results per page.
- `status`: Only monitors with this status.
```ignore
let response = client.list_monitors()
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_monitors(&self) -> builder::ListMonitors<'_> {
        builder::ListMonitors::new(self)
    }
    /**Create a Monitor

Creates a Monitor that runs an Exa search on a schedule and delivers new results to a webhook.

The response includes a `webhookSecret` that is only returned once, at creation time.

Sends a `POST` request to `/monitors`

```ignore
let response = client.create_monitor()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_monitor(&self) -> builder::CreateMonitor<'_> {
        builder::CreateMonitor::new(self)
    }
    /**Get a Monitor

Retrieves a single monitor by its ID.

Sends a `GET` request to `/monitors/{id}`

Arguments:
- `id`: The monitor ID
```ignore
let response = client.get_monitor()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_monitor(&self) -> builder::GetMonitor<'_> {
        builder::GetMonitor::new(self)
    }
    /**Delete a Monitor

Deletes a monitor; it runs no more.

Sends a `DELETE` request to `/monitors/{id}`

Arguments:
- `id`: The unique identifier of the monitor.
```ignore
let response = client.delete_monitor()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_monitor(&self) -> builder::DeleteMonitor<'_> {
        builder::DeleteMonitor::new(self)
    }
    /**Update a Monitor

Updates a monitor. Only the fields sent change; `search` may be partial; `trigger: null` removes the schedule.

Sends a `PATCH` request to `/monitors/{id}`

Arguments:
- `id`: The unique identifier of the monitor.
- `body`
```ignore
let response = client.update_monitor()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_monitor(&self) -> builder::UpdateMonitor<'_> {
        builder::UpdateMonitor::new(self)
    }
    /**Trigger a Monitor

Triggers a run immediately, regardless of the schedule. Works for monitors with status `active` or `paused`.

Sends a `POST` request to `/monitors/{id}/trigger`

Arguments:
- `id`: The monitor ID
```ignore
let response = client.trigger_monitor()
    .id(id)
    .send()
    .await;
```*/
    pub fn trigger_monitor(&self) -> builder::TriggerMonitor<'_> {
        builder::TriggerMonitor::new(self)
    }
    /**List Runs

Lists all runs for a monitor with cursor-based pagination. Runs are returned in reverse chronological order.

Sends a `GET` request to `/monitors/{id}/runs`

Arguments:
- `id`: The monitor ID
- `cursor`
- `limit`
```ignore
let response = client.list_runs()
    .id(id)
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_runs(&self) -> builder::ListRuns<'_> {
        builder::ListRuns::new(self)
    }
    /**Get a Run

Retrieves a single run by its ID, including the full output if the run is completed.

Sends a `GET` request to `/monitors/{id}/runs/{runId}`

Arguments:
- `id`: The monitor ID
- `run_id`: The run ID
```ignore
let response = client.get_run()
    .id(id)
    .run_id(run_id)
    .send()
    .await;
```*/
    pub fn get_run(&self) -> builder::GetRun<'_> {
        builder::GetRun::new(self)
    }
    /**Batch Action on Monitors

Perform a batch action on monitors matching the provided filters.

Supported actions:
- **delete**: Permanently remove matching monitors
- **pause**: Pause matching monitors
- **unpause**: Unpause matching monitors

Use `dry_run: true` (the default) to preview which monitors would be affected before performing the action. Results are paginated via the `limit` parameter; loop until `has_more` is `false` to process all matching monitors.

Sends a `POST` request to `/monitors/batch`

```ignore
let response = client.batch_monitors()
    .body(body)
    .send()
    .await;
```*/
    pub fn batch_monitors(&self) -> builder::BatchMonitors<'_> {
        builder::BatchMonitors::new(self)
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
    /**Builder for [`Client::list_monitors`]

[`Client::list_monitors`]: super::Client::list_monitors*/
    #[derive(Debug, Clone)]
    pub struct ListMonitors<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<types::ListMonitorsStatus>, String>,
    }
    impl<'a> ListMonitors<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListMonitorsStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListMonitorsStatus` for status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/monitors`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListSearchMonitorsResponse>, Error<()>> {
            let Self { client, cursor, limit, status } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/monitors", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_monitors",
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
    /**Builder for [`Client::create_monitor`]

[`Client::create_monitor`]: super::Client::create_monitor*/
    #[derive(Debug, Clone)]
    pub struct CreateMonitor<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateSearchMonitorParameters, String>,
    }
    impl<'a> CreateMonitor<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateSearchMonitorParameters>,
            <V as std::convert::TryInto<
                types::CreateSearchMonitorParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateSearchMonitorParameters` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateSearchMonitorParameters,
            ) -> types::builder::CreateSearchMonitorParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/monitors`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateSearchMonitorResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateSearchMonitorParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/monitors", client.baseurl,);
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
                operation_id: "create_monitor",
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
    /**Builder for [`Client::get_monitor`]

[`Client::get_monitor`]: super::Client::get_monitor*/
    #[derive(Debug, Clone)]
    pub struct GetMonitor<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetMonitor<'a> {
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
        ///Sends a `GET` request to `/monitors/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchMonitor>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_monitor",
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
    /**Builder for [`Client::delete_monitor`]

[`Client::delete_monitor`]: super::Client::delete_monitor*/
    #[derive(Debug, Clone)]
    pub struct DeleteMonitor<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteMonitor<'a> {
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
        ///Sends a `DELETE` request to `/monitors/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchMonitor>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_monitor",
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
    /**Builder for [`Client::update_monitor`]

[`Client::update_monitor`]: super::Client::update_monitor*/
    #[derive(Debug, Clone)]
    pub struct UpdateMonitor<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateSearchMonitorParameters, String>,
    }
    impl<'a> UpdateMonitor<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateSearchMonitorParameters>,
            <V as std::convert::TryInto<
                types::UpdateSearchMonitorParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateSearchMonitorParameters` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateSearchMonitorParameters,
            ) -> types::builder::UpdateSearchMonitorParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/monitors/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchMonitor>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateSearchMonitorParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_monitor",
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
    /**Builder for [`Client::trigger_monitor`]

[`Client::trigger_monitor`]: super::Client::trigger_monitor*/
    #[derive(Debug, Clone)]
    pub struct TriggerMonitor<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> TriggerMonitor<'a> {
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
        ///Sends a `POST` request to `/monitors/{id}/trigger`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TriggerSearchMonitorResponse>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}/trigger", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "trigger_monitor",
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
    /**Builder for [`Client::list_runs`]

[`Client::list_runs`]: super::Client::list_runs*/
    #[derive(Debug, Clone)]
    pub struct ListRuns<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListRuns<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                cursor: Ok(None),
                limit: Ok(None),
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
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/monitors/{id}/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListSearchMonitorRunsResponse>, Error<()>> {
            let Self { client, id, cursor, limit } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}/runs", client.baseurl, encode_path(& id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_runs",
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
    /**Builder for [`Client::get_run`]

[`Client::get_run`]: super::Client::get_run*/
    #[derive(Debug, Clone)]
    pub struct GetRun<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        run_id: Result<::std::string::String, String>,
    }
    impl<'a> GetRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                run_id: Err("run_id was not initialized".to_string()),
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
        pub fn run_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.run_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for run_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/monitors/{id}/runs/{runId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SearchMonitorRun>, Error<()>> {
            let Self { client, id, run_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let run_id = run_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/monitors/{}/runs/{}", client.baseurl, encode_path(& id.to_string()),
                encode_path(& run_id.to_string()),
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
                operation_id: "get_run",
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
    /**Builder for [`Client::batch_monitors`]

[`Client::batch_monitors`]: super::Client::batch_monitors*/
    #[derive(Debug, Clone)]
    pub struct BatchMonitors<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BatchMonitorsRequest, String>,
    }
    impl<'a> BatchMonitors<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BatchMonitorsRequest>,
            <V as std::convert::TryInto<
                types::BatchMonitorsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `BatchMonitorsRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BatchMonitorsRequest,
            ) -> types::builder::BatchMonitorsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/monitors/batch`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BatchMonitorsResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BatchMonitorsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/monitors/batch", client.baseurl,);
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
                operation_id: "batch_monitors",
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
        module: Borrowed("monitors"),
        file: Borrowed("exa-monitors.yaml"),
        title: Borrowed("Exa Monitors API"),
        beta_tokens: Borrowed(&[]),
        default_server: Some(Borrowed("https://api.exa.ai")),
        operations: Borrowed(
            &[
                &LIST_MONITORS,
                &CREATE_MONITOR,
                &GET_MONITOR,
                &DELETE_MONITOR,
                &UPDATE_MONITOR,
                &TRIGGER_MONITOR,
                &LIST_RUNS,
                &GET_RUN,
                &BATCH_MONITORS,
            ],
        ),
    };
    ///`GET /monitors` (`listMonitors`).
    pub static LIST_MONITORS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("listMonitors"),
        rust_name: Borrowed("list_monitors"),
        method: Borrowed("GET"),
        path: Borrowed("/monitors"),
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
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /monitors` (`createMonitor`).
    pub static CREATE_MONITOR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("createMonitor"),
        rust_name: Borrowed("create_monitor"),
        method: Borrowed("POST"),
        path: Borrowed("/monitors"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: true,
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
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`GET /monitors/{id}` (`getMonitor`).
    pub static GET_MONITOR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("getMonitor"),
        rust_name: Borrowed("get_monitor"),
        method: Borrowed("GET"),
        path: Borrowed("/monitors/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`DELETE /monitors/{id}` (`deleteMonitor`).
    pub static DELETE_MONITOR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("deleteMonitor"),
        rust_name: Borrowed("delete_monitor"),
        method: Borrowed("DELETE"),
        path: Borrowed("/monitors/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
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
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`PATCH /monitors/{id}` (`updateMonitor`).
    pub static UPDATE_MONITOR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("updateMonitor"),
        rust_name: Borrowed("update_monitor"),
        method: Borrowed("PATCH"),
        path: Borrowed("/monitors/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: true,
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
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /monitors/{id}/trigger` (`triggerMonitor`).
    pub static TRIGGER_MONITOR: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("triggerMonitor"),
        rust_name: Borrowed("trigger_monitor"),
        method: Borrowed("POST"),
        path: Borrowed("/monitors/{id}/trigger"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`GET /monitors/{id}/runs` (`listRuns`).
    pub static LIST_RUNS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("listRuns"),
        rust_name: Borrowed("list_runs"),
        method: Borrowed("GET"),
        path: Borrowed("/monitors/{id}/runs"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`GET /monitors/{id}/runs/{runId}` (`getRun`).
    pub static GET_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("getRun"),
        rust_name: Borrowed("get_run"),
        method: Borrowed("GET"),
        path: Borrowed("/monitors/{id}/runs/{runId}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
                ::exa_spec::PathParam {
                    name: Borrowed("runId"),
                    pattern: None,
                    min_length: None,
                    max_length: None,
                },
            ],
        ),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /monitors/batch` (`batchMonitors`).
    pub static BATCH_MONITORS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("batchMonitors"),
        rust_name: Borrowed("batch_monitors"),
        method: Borrowed("POST"),
        path: Borrowed("/monitors/batch"),
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
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
}
