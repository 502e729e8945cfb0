#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Optional per-run spending limit for the metered `auto` and `max` efforts. Runs that finish early may cost less than the limit.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentBudget {
        ///Maximum amount this run can spend in US dollars. Accepts $1–$100 and applies only to `auto` and `max`; when omitted, the default cap is $5 for `auto` and $20 for `max`.
        #[serde(
            rename = "maxCostDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub max_cost_dollars: ::std::option::Option<f64>,
        ///Soft wall-clock ceiling in seconds (300-10,800). Only accepted for `ultra` effort.
        #[serde(
            rename = "maxDurationSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub max_duration_seconds: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentBudget {
        pub fn builder() -> builder::AgentBudget {
            Default::default()
        }
    }
    ///Optional per-run spending limit for the metered `auto` and `max` efforts. Runs that finish early may cost less than the limit.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentBudgetOutput {
        ///Maximum amount this run can spend in US dollars. Accepts $1–$100 and applies only to `auto` and `max`; when omitted, the default cap is $5 for `auto` and $20 for `max`.
        #[serde(
            rename = "maxCostDollars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub max_cost_dollars: ::std::option::Option<f64>,
        ///Soft wall-clock ceiling in seconds (300-10,800). Only accepted for `ultra` effort.
        #[serde(
            rename = "maxDurationSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub max_duration_seconds: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentBudgetOutput {
        pub fn builder() -> builder::AgentBudgetOutput {
            Default::default()
        }
    }
    ///`AgentCitation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentCitation {
        ///Source title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///Source URL.
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentCitation {
        pub fn builder() -> builder::AgentCitation {
            Default::default()
        }
    }
    ///`AgentCostDollars`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentCostDollars {
        #[serde(
            rename = "agentCompute",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub agent_compute: ::std::option::Option<f64>,
        #[serde(
            rename = "dataSources",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub data_sources: ::std::option::Option<AgentDataSourceCost>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub emails: ::std::option::Option<f64>,
        #[serde(
            rename = "phoneNumbers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub phone_numbers: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub search: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub total: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentCostDollars {
        pub fn builder() -> builder::AgentCostDollars {
            Default::default()
        }
    }
    ///`AgentDataSource`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentDataSource {
        ///Exa Connect data provider to enable for the run. All provider tools are available by default.
        pub provider: AgentDataSourceProvider,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentDataSource {
        pub fn builder() -> builder::AgentDataSource {
            Default::default()
        }
    }
    ///Per-provider cost in dollars for Exa Connect data sources used during the run. Keys are provider names (e.g. `fiber`, `similarweb`). Only providers with non-zero usage are included.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentDataSourceCost(
        pub ::std::collections::HashMap<::std::string::String, f64>,
    );
    impl ::std::ops::Deref for AgentDataSourceCost {
        type Target = ::std::collections::HashMap<::std::string::String, f64>;
        fn deref(&self) -> &::std::collections::HashMap<::std::string::String, f64> {
            &self.0
        }
    }
    impl ::std::convert::From<AgentDataSourceCost>
    for ::std::collections::HashMap<::std::string::String, f64> {
        fn from(value: AgentDataSourceCost) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::collections::HashMap<::std::string::String, f64>>
    for AgentDataSourceCost {
        fn from(value: ::std::collections::HashMap<::std::string::String, f64>) -> Self {
            Self(value)
        }
    }
    ///`AgentDataSourceOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentDataSourceOutput {
        ///Exa Connect data provider to enable for the run. All provider tools are available by default.
        pub provider: AgentDataSourceProvider,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentDataSourceOutput {
        pub fn builder() -> builder::AgentDataSourceOutput {
            Default::default()
        }
    }
    ///Per-provider tool call counts for Exa Connect data sources used during the run. Keys are provider names (e.g. `fiber`, `similarweb`). Only providers with non-zero usage are included.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentDataSourceUsage(
        pub ::std::collections::HashMap<::std::string::String, u64>,
    );
    impl ::std::ops::Deref for AgentDataSourceUsage {
        type Target = ::std::collections::HashMap<::std::string::String, u64>;
        fn deref(&self) -> &::std::collections::HashMap<::std::string::String, u64> {
            &self.0
        }
    }
    impl ::std::convert::From<AgentDataSourceUsage>
    for ::std::collections::HashMap<::std::string::String, u64> {
        fn from(value: AgentDataSourceUsage) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::collections::HashMap<::std::string::String, u64>>
    for AgentDataSourceUsage {
        fn from(value: ::std::collections::HashMap<::std::string::String, u64>) -> Self {
            Self(value)
        }
    }
    ///`AgentError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentError {
        pub code: AgentErrorCode,
        pub message: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: AgentErrorType,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentError {
        pub fn builder() -> builder::AgentError {
            Default::default()
        }
    }
    ///`AgentErrorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentErrorResponse {
        pub error: AgentError,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentErrorResponse {
        pub fn builder() -> builder::AgentErrorResponse {
            Default::default()
        }
    }
    ///`AgentGrounding`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentGrounding {
        #[serde(default)]
        pub citations: ::std::vec::Vec<AgentCitation>,
        ///Model-reported reliability for this field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub confidence: ::std::option::Option<AgentGroundingConfidence>,
        ///Output field the citations support.
        pub field: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentGrounding {
        pub fn builder() -> builder::AgentGrounding {
            Default::default()
        }
    }
    ///`AgentRun`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRun {
        #[serde(
            rename = "completedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "costDollars")]
        pub cost_dollars: AgentCostDollars,
        ///When the run was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: AgentRunId,
        pub object: AgentRunObject,
        pub output: AgentRunOutput,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub request: ::std::option::Option<AgentRunRequest>,
        pub status: AgentRunStatus,
        ///Why the run stopped. `null` while the run is queued or running.
        #[serde(
            rename = "stopReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub stop_reason: ::std::option::Option<AgentStopReason>,
        pub usage: AgentUsage,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRun {
        pub fn builder() -> builder::AgentRun {
            Default::default()
        }
    }
    ///`AgentRunEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunEvent {
        ///When the event was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: ::serde_json::Value,
        pub event: AgentRunEventEvent,
        ///Event ID within the run.
        pub id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunEvent {
        pub fn builder() -> builder::AgentRunEvent {
            Default::default()
        }
    }
    ///`AgentRunEventList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunEventList {
        #[serde(default)]
        pub data: ::std::vec::Vec<AgentRunEvent>,
        ///Whether there are more results
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        #[serde(
            rename = "nextCursor",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        pub object: AgentRunEventListObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunEventList {
        pub fn builder() -> builder::AgentRunEventList {
            Default::default()
        }
    }
    ///`AgentRunEventListObject`
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
    pub enum AgentRunEventListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for AgentRunEventListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for AgentRunEventListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentRunEventListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentRunEventListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Agent run ID. New run IDs are returned with the `agent_run_` prefix.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunId(::std::string::String);
    impl ::std::ops::Deref for AgentRunId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AgentRunId> for ::std::string::String {
        fn from(value: AgentRunId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AgentRunId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentRunId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentRunId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentRunId {
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
    ///`AgentRunList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunList {
        #[serde(default)]
        pub data: ::std::vec::Vec<AgentRun>,
        ///Whether there are more results
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        #[serde(
            rename = "nextCursor",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<AgentRunId>,
        pub object: AgentRunListObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunList {
        pub fn builder() -> builder::AgentRunList {
            Default::default()
        }
    }
    ///`AgentRunListObject`
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
    pub enum AgentRunListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for AgentRunListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for AgentRunListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentRunListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentRunListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AgentRunObject`
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
    pub enum AgentRunObject {
        #[serde(rename = "agent_run")]
        AgentRun,
    }
    impl ::std::fmt::Display for AgentRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AgentRun => f.write_str("agent_run"),
            }
        }
    }
    impl ::std::str::FromStr for AgentRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "agent_run" => Ok(Self::AgentRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AgentRunOutput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunOutput {
        ///Field-level citations emitted by the run.
        #[serde(default)]
        pub grounding: ::std::vec::Vec<AgentGrounding>,
        ///JSON shaped by `outputSchema`; fields unsupported by evidence may be `null`. `null` when no schema was provided.
        pub structured: ::serde_json::Value,
        ///Natural-language answer or summary.
        pub text: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunOutput {
        pub fn builder() -> builder::AgentRunOutput {
            Default::default()
        }
    }
    ///Canonicalized request fields stored with the run.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub budget: ::std::option::Option<AgentBudgetOutput>,
        ///Exa Connect data providers configured for the run.
        #[serde(
            rename = "dataSources",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub data_sources: ::std::vec::Vec<AgentDataSourceOutput>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub effort: ::std::option::Option<AgentEffort>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub input: ::std::option::Option<AgentRunRequestInput>,
        ///Caller-provided key-value metadata for your own tracking.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///JSON Schema for validated structured output in `output.structured`. Fields unsupported by evidence may be returned as `null`. Supports draft-07, 2019-09, and 2020-12 via `$schema`.
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_schema: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(
            rename = "previousRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub previous_run_id: ::std::option::Option<AgentRunId>,
        ///Natural-language question or instructions for the request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<AgentRunRequestQuery>,
        ///Additional instructions that guide generated output or agent behavior. Use this for source preferences, novelty constraints, duplication constraints, or other behavior guidance.
        #[serde(
            rename = "systemPrompt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunRequest {
        pub fn builder() -> builder::AgentRunRequest {
            Default::default()
        }
    }
    ///`AgentRunRequestInput`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunRequestInput {
        ///Records the agent should process or enrich.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Records or entities the agent should avoid returning.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclusion: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentRunRequestInput {
        pub fn builder() -> builder::AgentRunRequestInput {
            Default::default()
        }
    }
    ///Natural-language question or instructions for the request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentRunRequestQuery(::std::string::String);
    impl ::std::ops::Deref for AgentRunRequestQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AgentRunRequestQuery> for ::std::string::String {
        fn from(value: AgentRunRequestQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AgentRunRequestQuery {
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
    impl ::std::convert::TryFrom<&str> for AgentRunRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AgentRunRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentRunRequestQuery {
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
    ///`AgentUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AgentUsage {
        #[serde(
            rename = "agentComputeUnits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub agent_compute_units: ::std::option::Option<f64>,
        #[serde(
            rename = "dataSources",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub data_sources: ::std::option::Option<AgentDataSourceUsage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub emails: ::std::option::Option<u64>,
        #[serde(
            rename = "phoneNumbers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub phone_numbers: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub searches: ::std::option::Option<u64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AgentUsage {
        pub fn builder() -> builder::AgentUsage {
            Default::default()
        }
    }
    ///Set to `text/event-stream` to receive server-sent events.
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
    pub enum CreateAgentRunAccept {
        #[serde(rename = "application/json")]
        ApplicationJson,
        #[serde(rename = "text/event-stream")]
        TextEventStream,
    }
    impl ::std::fmt::Display for CreateAgentRunAccept {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ApplicationJson => f.write_str("application/json"),
                Self::TextEventStream => f.write_str("text/event-stream"),
            }
        }
    }
    impl ::std::str::FromStr for CreateAgentRunAccept {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "application/json" => Ok(Self::ApplicationJson),
                "text/event-stream" => Ok(Self::TextEventStream),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateAgentRunAccept {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAgentRunAccept {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateAgentRunRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateAgentRunRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub budget: ::std::option::Option<AgentBudget>,
        ///Exa Connect data providers to enable for the run. Each entry enables all of that provider's tools.
        #[serde(
            rename = "dataSources",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub data_sources: ::std::vec::Vec<AgentDataSource>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub effort: ::std::option::Option<AgentEffort>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub input: ::std::option::Option<CreateAgentRunRequestInput>,
        ///Caller-provided metadata stored with the run.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///JSON Schema for validated structured output in `output.structured`. Fields unsupported by evidence may be returned as `null`. Supports draft-07, 2019-09, and 2020-12 via `$schema`.
        #[serde(
            rename = "outputSchema",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub output_schema: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Completed run ID to continue from. Must belong to the same team.
        #[serde(
            rename = "previousRunId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub previous_run_id: ::std::option::Option<AgentRunId>,
        ///Natural-language question or instructions for the request.
        pub query: CreateAgentRunRequestQuery,
        ///Additional instructions that guide generated output or agent behavior. Use this for source preferences, novelty constraints, duplication constraints, or other behavior guidance.
        #[serde(
            rename = "systemPrompt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub system_prompt: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateAgentRunRequest {
        pub fn builder() -> builder::CreateAgentRunRequest {
            Default::default()
        }
    }
    ///Records to process and records or entities to exclude from the answer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateAgentRunRequestInput {
        ///Records the agent should process or enrich.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Records or entities the agent should avoid returning.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclusion: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateAgentRunRequestInput {
        pub fn builder() -> builder::CreateAgentRunRequestInput {
            Default::default()
        }
    }
    ///Natural-language question or instructions for the request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateAgentRunRequestQuery(::std::string::String);
    impl ::std::ops::Deref for CreateAgentRunRequestQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateAgentRunRequestQuery> for ::std::string::String {
        fn from(value: CreateAgentRunRequestQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateAgentRunRequestQuery {
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
    impl ::std::convert::TryFrom<&str> for CreateAgentRunRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateAgentRunRequestQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateAgentRunRequestQuery {
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
    ///`DeleteAgentRunResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DeleteAgentRunResponse {
        pub deleted: bool,
        pub id: AgentRunId,
        pub object: DeleteAgentRunResponseObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeleteAgentRunResponse {
        pub fn builder() -> builder::DeleteAgentRunResponse {
            Default::default()
        }
    }
    ///`DeleteAgentRunResponseObject`
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
    pub enum DeleteAgentRunResponseObject {
        #[serde(rename = "agent_run.deleted")]
        AgentRunDeleted,
    }
    impl ::std::fmt::Display for DeleteAgentRunResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AgentRunDeleted => f.write_str("agent_run.deleted"),
            }
        }
    }
    impl ::std::str::FromStr for DeleteAgentRunResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "agent_run.deleted" => Ok(Self::AgentRunDeleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteAgentRunResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeleteAgentRunResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Set to `text/event-stream` to receive server-sent events.
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
    pub enum ListAgentRunEventsAccept {
        #[serde(rename = "application/json")]
        ApplicationJson,
        #[serde(rename = "text/event-stream")]
        TextEventStream,
    }
    impl ::std::fmt::Display for ListAgentRunEventsAccept {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ApplicationJson => f.write_str("application/json"),
                Self::TextEventStream => f.write_str("text/event-stream"),
            }
        }
    }
    impl ::std::str::FromStr for ListAgentRunEventsAccept {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "application/json" => Ok(Self::ApplicationJson),
                "text/event-stream" => Ok(Self::TextEventStream),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListAgentRunEventsAccept {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListAgentRunEventsAccept {
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
        pub struct AgentBudget {
            max_cost_dollars: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            max_duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentBudget {
            fn default() -> Self {
                Self {
                    max_cost_dollars: Ok(Default::default()),
                    max_duration_seconds: Ok(Default::default()),
                }
            }
        }
        impl AgentBudget {
            pub fn max_cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_cost_dollars: {e}"
                        )
                    });
                self
            }
            pub fn max_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_duration_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentBudget> for super::AgentBudget {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentBudget,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_cost_dollars: value.max_cost_dollars?,
                    max_duration_seconds: value.max_duration_seconds?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentBudget> for AgentBudget {
            fn from(value: super::AgentBudget) -> Self {
                Self {
                    max_cost_dollars: Ok(value.max_cost_dollars),
                    max_duration_seconds: Ok(value.max_duration_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentBudgetOutput {
            max_cost_dollars: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            max_duration_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentBudgetOutput {
            fn default() -> Self {
                Self {
                    max_cost_dollars: Ok(Default::default()),
                    max_duration_seconds: Ok(Default::default()),
                }
            }
        }
        impl AgentBudgetOutput {
            pub fn max_cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_cost_dollars: {e}"
                        )
                    });
                self
            }
            pub fn max_duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_duration_seconds: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentBudgetOutput> for super::AgentBudgetOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentBudgetOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_cost_dollars: value.max_cost_dollars?,
                    max_duration_seconds: value.max_duration_seconds?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentBudgetOutput> for AgentBudgetOutput {
            fn from(value: super::AgentBudgetOutput) -> Self {
                Self {
                    max_cost_dollars: Ok(value.max_cost_dollars),
                    max_duration_seconds: Ok(value.max_duration_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentCitation {
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AgentCitation {
            fn default() -> Self {
                Self {
                    title: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl AgentCitation {
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
        impl ::std::convert::TryFrom<AgentCitation> for super::AgentCitation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentCitation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentCitation> for AgentCitation {
            fn from(value: super::AgentCitation) -> Self {
                Self {
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentCostDollars {
            agent_compute: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            data_sources: ::std::result::Result<
                ::std::option::Option<super::AgentDataSourceCost>,
                ::std::string::String,
            >,
            emails: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentCostDollars {
            fn default() -> Self {
                Self {
                    agent_compute: Ok(Default::default()),
                    data_sources: Ok(Default::default()),
                    emails: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                    search: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl AgentCostDollars {
            pub fn agent_compute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_compute = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for agent_compute: {e}")
                    });
                self
            }
            pub fn data_sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentDataSourceCost>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_sources: {e}")
                    });
                self
            }
            pub fn emails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.emails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emails: {e}")
                    });
                self
            }
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
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
        impl ::std::convert::TryFrom<AgentCostDollars> for super::AgentCostDollars {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentCostDollars,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_compute: value.agent_compute?,
                    data_sources: value.data_sources?,
                    emails: value.emails?,
                    phone_numbers: value.phone_numbers?,
                    search: value.search?,
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentCostDollars> for AgentCostDollars {
            fn from(value: super::AgentCostDollars) -> Self {
                Self {
                    agent_compute: Ok(value.agent_compute),
                    data_sources: Ok(value.data_sources),
                    emails: Ok(value.emails),
                    phone_numbers: Ok(value.phone_numbers),
                    search: Ok(value.search),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentDataSource {
            provider: ::std::result::Result<
                super::AgentDataSourceProvider,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentDataSource {
            fn default() -> Self {
                Self {
                    provider: Err("no value supplied for provider".to_string()),
                }
            }
        }
        impl AgentDataSource {
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentDataSourceProvider>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentDataSource> for super::AgentDataSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentDataSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    provider: value.provider?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentDataSource> for AgentDataSource {
            fn from(value: super::AgentDataSource) -> Self {
                Self {
                    provider: Ok(value.provider),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentDataSourceOutput {
            provider: ::std::result::Result<
                super::AgentDataSourceProvider,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentDataSourceOutput {
            fn default() -> Self {
                Self {
                    provider: Err("no value supplied for provider".to_string()),
                }
            }
        }
        impl AgentDataSourceOutput {
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentDataSourceProvider>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentDataSourceOutput>
        for super::AgentDataSourceOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentDataSourceOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    provider: value.provider?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentDataSourceOutput>
        for AgentDataSourceOutput {
            fn from(value: super::AgentDataSourceOutput) -> Self {
                Self {
                    provider: Ok(value.provider),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentError {
            code: ::std::result::Result<super::AgentErrorCode, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::AgentErrorType, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AgentError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentErrorCode>,
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentErrorType>,
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
        impl ::std::convert::TryFrom<AgentError> for super::AgentError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentError> for AgentError {
            fn from(value: super::AgentError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentErrorResponse {
            error: ::std::result::Result<super::AgentError, ::std::string::String>,
        }
        impl ::std::default::Default for AgentErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl AgentErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentErrorResponse> for super::AgentErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentErrorResponse> for AgentErrorResponse {
            fn from(value: super::AgentErrorResponse) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentGrounding {
            citations: ::std::result::Result<
                ::std::vec::Vec<super::AgentCitation>,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                ::std::option::Option<super::AgentGroundingConfidence>,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AgentGrounding {
            fn default() -> Self {
                Self {
                    citations: Err("no value supplied for citations".to_string()),
                    confidence: Ok(Default::default()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl AgentGrounding {
            pub fn citations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentCitation>>,
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
                    ::std::option::Option<super::AgentGroundingConfidence>,
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
        impl ::std::convert::TryFrom<AgentGrounding> for super::AgentGrounding {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentGrounding,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    citations: value.citations?,
                    confidence: value.confidence?,
                    field: value.field?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentGrounding> for AgentGrounding {
            fn from(value: super::AgentGrounding) -> Self {
                Self {
                    citations: Ok(value.citations),
                    confidence: Ok(value.confidence),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRun {
            completed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cost_dollars: ::std::result::Result<
                super::AgentCostDollars,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::AgentRunId, ::std::string::String>,
            object: ::std::result::Result<super::AgentRunObject, ::std::string::String>,
            output: ::std::result::Result<super::AgentRunOutput, ::std::string::String>,
            request: ::std::result::Result<
                ::std::option::Option<super::AgentRunRequest>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::AgentRunStatus, ::std::string::String>,
            stop_reason: ::std::result::Result<
                ::std::option::Option<super::AgentStopReason>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<super::AgentUsage, ::std::string::String>,
        }
        impl ::std::default::Default for AgentRun {
            fn default() -> Self {
                Self {
                    completed_at: Err("no value supplied for completed_at".to_string()),
                    cost_dollars: Err("no value supplied for cost_dollars".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    output: Err("no value supplied for output".to_string()),
                    request: Err("no value supplied for request".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    stop_reason: Err("no value supplied for stop_reason".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }
        impl AgentRun {
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
            pub fn cost_dollars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentCostDollars>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_dollars = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost_dollars: {e}")
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
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn output<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunOutput>,
                T::Error: ::std::fmt::Display,
            {
                self.output = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output: {e}")
                    });
                self
            }
            pub fn request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentRunRequest>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stop_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentStopReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.stop_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stop_reason: {e}")
                    });
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for usage: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentRun> for super::AgentRun {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRun,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed_at: value.completed_at?,
                    cost_dollars: value.cost_dollars?,
                    created_at: value.created_at?,
                    id: value.id?,
                    object: value.object?,
                    output: value.output?,
                    request: value.request?,
                    status: value.status?,
                    stop_reason: value.stop_reason?,
                    usage: value.usage?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRun> for AgentRun {
            fn from(value: super::AgentRun) -> Self {
                Self {
                    completed_at: Ok(value.completed_at),
                    cost_dollars: Ok(value.cost_dollars),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    object: Ok(value.object),
                    output: Ok(value.output),
                    request: Ok(value.request),
                    status: Ok(value.status),
                    stop_reason: Ok(value.stop_reason),
                    usage: Ok(value.usage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunEvent {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            data: ::std::result::Result<::serde_json::Value, ::std::string::String>,
            event: ::std::result::Result<
                super::AgentRunEventEvent,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AgentRunEvent {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    event: Err("no value supplied for event".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl AgentRunEvent {
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
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunEventEvent>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
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
        }
        impl ::std::convert::TryFrom<AgentRunEvent> for super::AgentRunEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    data: value.data?,
                    event: value.event?,
                    id: value.id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRunEvent> for AgentRunEvent {
            fn from(value: super::AgentRunEvent) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    data: Ok(value.data),
                    event: Ok(value.event),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunEventList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::AgentRunEvent>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::AgentRunEventListObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentRunEventList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl AgentRunEventList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentRunEvent>>,
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
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunEventListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentRunEventList> for super::AgentRunEventList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunEventList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRunEventList> for AgentRunEventList {
            fn from(value: super::AgentRunEventList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::AgentRun>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<super::AgentRunId>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::AgentRunListObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentRunList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl AgentRunList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentRun>>,
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
                T: ::std::convert::TryInto<::std::option::Option<super::AgentRunId>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_cursor: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunListObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentRunList> for super::AgentRunList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    object: value.object?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRunList> for AgentRunList {
            fn from(value: super::AgentRunList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunOutput {
            grounding: ::std::result::Result<
                ::std::vec::Vec<super::AgentGrounding>,
                ::std::string::String,
            >,
            structured: ::std::result::Result<
                ::serde_json::Value,
                ::std::string::String,
            >,
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AgentRunOutput {
            fn default() -> Self {
                Self {
                    grounding: Err("no value supplied for grounding".to_string()),
                    structured: Err("no value supplied for structured".to_string()),
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl AgentRunOutput {
            pub fn grounding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentGrounding>>,
                T::Error: ::std::fmt::Display,
            {
                self.grounding = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grounding: {e}")
                    });
                self
            }
            pub fn structured<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::serde_json::Value>,
                T::Error: ::std::fmt::Display,
            {
                self.structured = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for structured: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<AgentRunOutput> for super::AgentRunOutput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunOutput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grounding: value.grounding?,
                    structured: value.structured?,
                    text: value.text?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRunOutput> for AgentRunOutput {
            fn from(value: super::AgentRunOutput) -> Self {
                Self {
                    grounding: Ok(value.grounding),
                    structured: Ok(value.structured),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunRequest {
            budget: ::std::result::Result<
                ::std::option::Option<super::AgentBudgetOutput>,
                ::std::string::String,
            >,
            data_sources: ::std::result::Result<
                ::std::vec::Vec<super::AgentDataSourceOutput>,
                ::std::string::String,
            >,
            effort: ::std::result::Result<
                ::std::option::Option<super::AgentEffort>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<super::AgentRunRequestInput>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            previous_run_id: ::std::result::Result<
                ::std::option::Option<super::AgentRunId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::AgentRunRequestQuery>,
                ::std::string::String,
            >,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentRunRequest {
            fn default() -> Self {
                Self {
                    budget: Ok(Default::default()),
                    data_sources: Ok(Default::default()),
                    effort: Ok(Default::default()),
                    input: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    output_schema: Ok(Default::default()),
                    previous_run_id: Ok(Default::default()),
                    query: Ok(Default::default()),
                    system_prompt: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AgentRunRequest {
            pub fn budget<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentBudgetOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.budget = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for budget: {e}")
                    });
                self
            }
            pub fn data_sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::AgentDataSourceOutput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_sources: {e}")
                    });
                self
            }
            pub fn effort<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentEffort>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for effort: {e}")
                    });
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentRunRequestInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
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
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
            pub fn previous_run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentRunId>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_run_id: {e}"
                        )
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentRunRequestQuery>,
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
        impl ::std::convert::TryFrom<AgentRunRequest> for super::AgentRunRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    budget: value.budget?,
                    data_sources: value.data_sources?,
                    effort: value.effort?,
                    input: value.input?,
                    metadata: value.metadata?,
                    output_schema: value.output_schema?,
                    previous_run_id: value.previous_run_id?,
                    query: value.query?,
                    system_prompt: value.system_prompt?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AgentRunRequest> for AgentRunRequest {
            fn from(value: super::AgentRunRequest) -> Self {
                Self {
                    budget: Ok(value.budget),
                    data_sources: Ok(value.data_sources),
                    effort: Ok(value.effort),
                    input: Ok(value.input),
                    metadata: Ok(value.metadata),
                    output_schema: Ok(value.output_schema),
                    previous_run_id: Ok(value.previous_run_id),
                    query: Ok(value.query),
                    system_prompt: Ok(value.system_prompt),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentRunRequestInput {
            data: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            exclusion: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentRunRequestInput {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    exclusion: Ok(Default::default()),
                }
            }
        }
        impl AgentRunRequestInput {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
            pub fn exclusion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclusion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclusion: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentRunRequestInput>
        for super::AgentRunRequestInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentRunRequestInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    exclusion: value.exclusion?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentRunRequestInput> for AgentRunRequestInput {
            fn from(value: super::AgentRunRequestInput) -> Self {
                Self {
                    data: Ok(value.data),
                    exclusion: Ok(value.exclusion),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentUsage {
            agent_compute_units: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            data_sources: ::std::result::Result<
                ::std::option::Option<super::AgentDataSourceUsage>,
                ::std::string::String,
            >,
            emails: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
            searches: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AgentUsage {
            fn default() -> Self {
                Self {
                    agent_compute_units: Ok(Default::default()),
                    data_sources: Ok(Default::default()),
                    emails: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                    searches: Ok(Default::default()),
                }
            }
        }
        impl AgentUsage {
            pub fn agent_compute_units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_compute_units = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for agent_compute_units: {e}"
                        )
                    });
                self
            }
            pub fn data_sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AgentDataSourceUsage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_sources: {e}")
                    });
                self
            }
            pub fn emails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.emails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emails: {e}")
                    });
                self
            }
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
            pub fn searches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.searches = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for searches: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentUsage> for super::AgentUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_compute_units: value.agent_compute_units?,
                    data_sources: value.data_sources?,
                    emails: value.emails?,
                    phone_numbers: value.phone_numbers?,
                    searches: value.searches?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::AgentUsage> for AgentUsage {
            fn from(value: super::AgentUsage) -> Self {
                Self {
                    agent_compute_units: Ok(value.agent_compute_units),
                    data_sources: Ok(value.data_sources),
                    emails: Ok(value.emails),
                    phone_numbers: Ok(value.phone_numbers),
                    searches: Ok(value.searches),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAgentRunRequest {
            budget: ::std::result::Result<
                ::std::option::Option<super::AgentBudget>,
                ::std::string::String,
            >,
            data_sources: ::std::result::Result<
                ::std::vec::Vec<super::AgentDataSource>,
                ::std::string::String,
            >,
            effort: ::std::result::Result<
                ::std::option::Option<super::AgentEffort>,
                ::std::string::String,
            >,
            input: ::std::result::Result<
                ::std::option::Option<super::CreateAgentRunRequestInput>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            output_schema: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            previous_run_id: ::std::result::Result<
                ::std::option::Option<super::AgentRunId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::CreateAgentRunRequestQuery,
                ::std::string::String,
            >,
            system_prompt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAgentRunRequest {
            fn default() -> Self {
                Self {
                    budget: Ok(Default::default()),
                    data_sources: Ok(Default::default()),
                    effort: Ok(Default::default()),
                    input: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    output_schema: Ok(Default::default()),
                    previous_run_id: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    system_prompt: Ok(Default::default()),
                }
            }
        }
        impl CreateAgentRunRequest {
            pub fn budget<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentBudget>>,
                T::Error: ::std::fmt::Display,
            {
                self.budget = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for budget: {e}")
                    });
                self
            }
            pub fn data_sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentDataSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_sources: {e}")
                    });
                self
            }
            pub fn effort<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentEffort>>,
                T::Error: ::std::fmt::Display,
            {
                self.effort = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for effort: {e}")
                    });
                self
            }
            pub fn input<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateAgentRunRequestInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.input = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input: {e}")
                    });
                self
            }
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
            pub fn output_schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
            pub fn previous_run_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AgentRunId>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous_run_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for previous_run_id: {e}"
                        )
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateAgentRunRequestQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
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
        }
        impl ::std::convert::TryFrom<CreateAgentRunRequest>
        for super::CreateAgentRunRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentRunRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    budget: value.budget?,
                    data_sources: value.data_sources?,
                    effort: value.effort?,
                    input: value.input?,
                    metadata: value.metadata?,
                    output_schema: value.output_schema?,
                    previous_run_id: value.previous_run_id?,
                    query: value.query?,
                    system_prompt: value.system_prompt?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateAgentRunRequest>
        for CreateAgentRunRequest {
            fn from(value: super::CreateAgentRunRequest) -> Self {
                Self {
                    budget: Ok(value.budget),
                    data_sources: Ok(value.data_sources),
                    effort: Ok(value.effort),
                    input: Ok(value.input),
                    metadata: Ok(value.metadata),
                    output_schema: Ok(value.output_schema),
                    previous_run_id: Ok(value.previous_run_id),
                    query: Ok(value.query),
                    system_prompt: Ok(value.system_prompt),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAgentRunRequestInput {
            data: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            exclusion: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAgentRunRequestInput {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    exclusion: Ok(Default::default()),
                }
            }
        }
        impl CreateAgentRunRequestInput {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
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
            pub fn exclusion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclusion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclusion: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAgentRunRequestInput>
        for super::CreateAgentRunRequestInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentRunRequestInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    exclusion: value.exclusion?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateAgentRunRequestInput>
        for CreateAgentRunRequestInput {
            fn from(value: super::CreateAgentRunRequestInput) -> Self {
                Self {
                    data: Ok(value.data),
                    exclusion: Ok(value.exclusion),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteAgentRunResponse {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<super::AgentRunId, ::std::string::String>,
            object: ::std::result::Result<
                super::DeleteAgentRunResponseObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteAgentRunResponse {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeleteAgentRunResponse {
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AgentRunId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteAgentRunResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteAgentRunResponse>
        for super::DeleteAgentRunResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteAgentRunResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::DeleteAgentRunResponse>
        for DeleteAgentRunResponse {
            fn from(value: super::DeleteAgentRunResponse) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
                }
            }
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
    ///One of the documented values, or [`AgentDataSourceProvider::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentDataSourceProvider {
        ///`fiber`
        Fiber,
        ///`financial_datasets`
        FinancialDatasets,
        ///`similarweb`
        Similarweb,
        ///`baselayer`
        Baselayer,
        ///`affiliate`
        Affiliate,
        ///`particle`
        Particle,
        ///`jinko`
        Jinko,
        ///`polymarket`
        Polymarket,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentDataSourceProvider {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Fiber => "fiber",
                Self::FinancialDatasets => "financial_datasets",
                Self::Similarweb => "similarweb",
                Self::Baselayer => "baselayer",
                Self::Affiliate => "affiliate",
                Self::Particle => "particle",
                Self::Jinko => "jinko",
                Self::Polymarket => "polymarket",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentDataSourceProvider {
        fn from(value: &str) -> Self {
            match value {
                "fiber" => Self::Fiber,
                "financial_datasets" => Self::FinancialDatasets,
                "similarweb" => Self::Similarweb,
                "baselayer" => Self::Baselayer,
                "affiliate" => Self::Affiliate,
                "particle" => Self::Particle,
                "jinko" => Self::Jinko,
                "polymarket" => Self::Polymarket,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentDataSourceProvider {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentDataSourceProvider {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentDataSourceProvider {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentDataSourceProvider {
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
    impl ::schemars::JsonSchema for AgentDataSourceProvider {
        fn schema_name() -> ::std::string::String {
            "AgentDataSourceProvider".to_string()
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
                "One of: fiber, financial_datasets, similarweb, baselayer, affiliate, particle, jinko, polymarket. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("fiber"),
                ::serde_json::Value::from("financial_datasets"),
                ::serde_json::Value::from("similarweb"),
                ::serde_json::Value::from("baselayer"),
                ::serde_json::Value::from("affiliate"),
                ::serde_json::Value::from("particle"),
                ::serde_json::Value::from("jinko"),
                ::serde_json::Value::from("polymarket")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentEffort::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentEffort {
        ///`minimal`
        Minimal,
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        ///`xhigh`
        Xhigh,
        ///`auto`
        Auto,
        ///`ultra`
        Ultra,
        ///`max`
        Max,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentEffort {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Minimal => "minimal",
                Self::Low => "low",
                Self::Medium => "medium",
                Self::High => "high",
                Self::Xhigh => "xhigh",
                Self::Auto => "auto",
                Self::Ultra => "ultra",
                Self::Max => "max",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentEffort {
        fn from(value: &str) -> Self {
            match value {
                "minimal" => Self::Minimal,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "xhigh" => Self::Xhigh,
                "auto" => Self::Auto,
                "ultra" => Self::Ultra,
                "max" => Self::Max,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentEffort {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentEffort {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentEffort {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentEffort {
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
    impl ::schemars::JsonSchema for AgentEffort {
        fn schema_name() -> ::std::string::String {
            "AgentEffort".to_string()
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
                "One of: minimal, low, medium, high, xhigh, auto, ultra, max. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("minimal"), ::serde_json::Value::from("low"),
                ::serde_json::Value::from("medium"), ::serde_json::Value::from("high"),
                ::serde_json::Value::from("xhigh"), ::serde_json::Value::from("auto"),
                ::serde_json::Value::from("ultra"), ::serde_json::Value::from("max")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentErrorCode::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentErrorCode {
        ///`INVALID_REQUEST`
        InvalidRequest,
        ///`TEAM_NOT_FOUND`
        TeamNotFound,
        ///`RUN_NOT_FOUND`
        RunNotFound,
        ///`PREVIOUS_RUN_NOT_FOUND`
        PreviousRunNotFound,
        ///`PREVIOUS_RUN_NOT_COMPLETED`
        PreviousRunNotCompleted,
        ///`CONCURRENCY_LIMIT_REACHED`
        ConcurrencyLimitReached,
        ///`INVALID_OUTPUT_SCHEMA`
        InvalidOutputSchema,
        ///`INVALID_DATA_SOURCE`
        InvalidDataSource,
        ///`TIMEOUT`
        Timeout,
        ///`SERVER_ERROR`
        ServerError,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentErrorCode {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvalidRequest => "INVALID_REQUEST",
                Self::TeamNotFound => "TEAM_NOT_FOUND",
                Self::RunNotFound => "RUN_NOT_FOUND",
                Self::PreviousRunNotFound => "PREVIOUS_RUN_NOT_FOUND",
                Self::PreviousRunNotCompleted => "PREVIOUS_RUN_NOT_COMPLETED",
                Self::ConcurrencyLimitReached => "CONCURRENCY_LIMIT_REACHED",
                Self::InvalidOutputSchema => "INVALID_OUTPUT_SCHEMA",
                Self::InvalidDataSource => "INVALID_DATA_SOURCE",
                Self::Timeout => "TIMEOUT",
                Self::ServerError => "SERVER_ERROR",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentErrorCode {
        fn from(value: &str) -> Self {
            match value {
                "INVALID_REQUEST" => Self::InvalidRequest,
                "TEAM_NOT_FOUND" => Self::TeamNotFound,
                "RUN_NOT_FOUND" => Self::RunNotFound,
                "PREVIOUS_RUN_NOT_FOUND" => Self::PreviousRunNotFound,
                "PREVIOUS_RUN_NOT_COMPLETED" => Self::PreviousRunNotCompleted,
                "CONCURRENCY_LIMIT_REACHED" => Self::ConcurrencyLimitReached,
                "INVALID_OUTPUT_SCHEMA" => Self::InvalidOutputSchema,
                "INVALID_DATA_SOURCE" => Self::InvalidDataSource,
                "TIMEOUT" => Self::Timeout,
                "SERVER_ERROR" => Self::ServerError,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentErrorCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentErrorCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentErrorCode {
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
    impl ::schemars::JsonSchema for AgentErrorCode {
        fn schema_name() -> ::std::string::String {
            "AgentErrorCode".to_string()
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
                "One of: INVALID_REQUEST, TEAM_NOT_FOUND, RUN_NOT_FOUND, PREVIOUS_RUN_NOT_FOUND, PREVIOUS_RUN_NOT_COMPLETED, CONCURRENCY_LIMIT_REACHED, INVALID_OUTPUT_SCHEMA, INVALID_DATA_SOURCE, TIMEOUT, SERVER_ERROR. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("INVALID_REQUEST"),
                ::serde_json::Value::from("TEAM_NOT_FOUND"),
                ::serde_json::Value::from("RUN_NOT_FOUND"),
                ::serde_json::Value::from("PREVIOUS_RUN_NOT_FOUND"),
                ::serde_json::Value::from("PREVIOUS_RUN_NOT_COMPLETED"),
                ::serde_json::Value::from("CONCURRENCY_LIMIT_REACHED"),
                ::serde_json::Value::from("INVALID_OUTPUT_SCHEMA"),
                ::serde_json::Value::from("INVALID_DATA_SOURCE"),
                ::serde_json::Value::from("TIMEOUT"),
                ::serde_json::Value::from("SERVER_ERROR")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentErrorType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentErrorType {
        ///`INVALID_REQUEST`
        InvalidRequest,
        ///`AUTHENTICATION_ERROR`
        AuthenticationError,
        ///`RATE_LIMIT_ERROR`
        RateLimitError,
        ///`NOT_FOUND`
        NotFound,
        ///`SERVER_ERROR`
        ServerError,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentErrorType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvalidRequest => "INVALID_REQUEST",
                Self::AuthenticationError => "AUTHENTICATION_ERROR",
                Self::RateLimitError => "RATE_LIMIT_ERROR",
                Self::NotFound => "NOT_FOUND",
                Self::ServerError => "SERVER_ERROR",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentErrorType {
        fn from(value: &str) -> Self {
            match value {
                "INVALID_REQUEST" => Self::InvalidRequest,
                "AUTHENTICATION_ERROR" => Self::AuthenticationError,
                "RATE_LIMIT_ERROR" => Self::RateLimitError,
                "NOT_FOUND" => Self::NotFound,
                "SERVER_ERROR" => Self::ServerError,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentErrorType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentErrorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentErrorType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentErrorType {
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
    impl ::schemars::JsonSchema for AgentErrorType {
        fn schema_name() -> ::std::string::String {
            "AgentErrorType".to_string()
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
                "One of: INVALID_REQUEST, AUTHENTICATION_ERROR, RATE_LIMIT_ERROR, NOT_FOUND, SERVER_ERROR. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("INVALID_REQUEST"),
                ::serde_json::Value::from("AUTHENTICATION_ERROR"),
                ::serde_json::Value::from("RATE_LIMIT_ERROR"),
                ::serde_json::Value::from("NOT_FOUND"),
                ::serde_json::Value::from("SERVER_ERROR")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentGroundingConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentGroundingConfidence {
        ///`low`
        Low,
        ///`medium`
        Medium,
        ///`high`
        High,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentGroundingConfidence {
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
    impl ::std::convert::From<&str> for AgentGroundingConfidence {
        fn from(value: &str) -> Self {
            match value {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentGroundingConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentGroundingConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentGroundingConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentGroundingConfidence {
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
    impl ::schemars::JsonSchema for AgentGroundingConfidence {
        fn schema_name() -> ::std::string::String {
            "AgentGroundingConfidence".to_string()
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
    ///One of the documented values, or [`AgentRunEventEvent::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentRunEventEvent {
        ///`agent_run.created`
        AgentRunCreated,
        ///`agent_run.started`
        AgentRunStarted,
        ///`agent_run.completed`
        AgentRunCompleted,
        ///`agent_run.failed`
        AgentRunFailed,
        ///`agent_run.cancelled`
        AgentRunCancelled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentRunEventEvent {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::AgentRunCreated => "agent_run.created",
                Self::AgentRunStarted => "agent_run.started",
                Self::AgentRunCompleted => "agent_run.completed",
                Self::AgentRunFailed => "agent_run.failed",
                Self::AgentRunCancelled => "agent_run.cancelled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentRunEventEvent {
        fn from(value: &str) -> Self {
            match value {
                "agent_run.created" => Self::AgentRunCreated,
                "agent_run.started" => Self::AgentRunStarted,
                "agent_run.completed" => Self::AgentRunCompleted,
                "agent_run.failed" => Self::AgentRunFailed,
                "agent_run.cancelled" => Self::AgentRunCancelled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentRunEventEvent {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentRunEventEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentRunEventEvent {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentRunEventEvent {
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
    impl ::schemars::JsonSchema for AgentRunEventEvent {
        fn schema_name() -> ::std::string::String {
            "AgentRunEventEvent".to_string()
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
                "One of: agent_run.created, agent_run.started, agent_run.completed, agent_run.failed, agent_run.cancelled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("agent_run.created"),
                ::serde_json::Value::from("agent_run.started"),
                ::serde_json::Value::from("agent_run.completed"),
                ::serde_json::Value::from("agent_run.failed"),
                ::serde_json::Value::from("agent_run.cancelled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentRunStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentRunStatus {
        ///`queued`
        Queued,
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
    impl AgentRunStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Queued => "queued",
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Cancelled => "cancelled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentRunStatus {
        fn from(value: &str) -> Self {
            match value {
                "queued" => Self::Queued,
                "running" => Self::Running,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "cancelled" => Self::Cancelled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentRunStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentRunStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentRunStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentRunStatus {
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
    impl ::schemars::JsonSchema for AgentRunStatus {
        fn schema_name() -> ::std::string::String {
            "AgentRunStatus".to_string()
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
                "One of: queued, running, completed, failed, cancelled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("queued"),
                ::serde_json::Value::from("running"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("failed"),
                ::serde_json::Value::from("cancelled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`AgentStopReason::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum AgentStopReason {
        ///`schema_satisfied`
        SchemaSatisfied,
        ///`budget_reached`
        BudgetReached,
        ///`stopped`
        Stopped,
        ///`error`
        Error,
        ///`cancelled`
        Cancelled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl AgentStopReason {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::SchemaSatisfied => "schema_satisfied",
                Self::BudgetReached => "budget_reached",
                Self::Stopped => "stopped",
                Self::Error => "error",
                Self::Cancelled => "cancelled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for AgentStopReason {
        fn from(value: &str) -> Self {
            match value {
                "schema_satisfied" => Self::SchemaSatisfied,
                "budget_reached" => Self::BudgetReached,
                "stopped" => Self::Stopped,
                "error" => Self::Error,
                "cancelled" => Self::Cancelled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for AgentStopReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AgentStopReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AgentStopReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AgentStopReason {
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
    impl ::schemars::JsonSchema for AgentStopReason {
        fn schema_name() -> ::std::string::String {
            "AgentStopReason".to_string()
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
                "One of: schema_satisfied, budget_reached, stopped, error, cancelled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("schema_satisfied"),
                ::serde_json::Value::from("budget_reached"),
                ::serde_json::Value::from("stopped"), ::serde_json::Value::from("error"),
                ::serde_json::Value::from("cancelled")
            ];
            schema.into()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Exa Agent API

Agent runs (/agent/runs) of the Exa Public API 2.0.0.

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
    /**List runs

List Agent runs for your team, ordered from newest to oldest.

Sends a `GET` request to `/agent/runs`

```ignore
let response = client.list_agent_runs()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_agent_runs(&self) -> builder::ListAgentRuns<'_> {
        builder::ListAgentRuns::new(self)
    }
    /**Create a run

Create an asynchronous Agent run. By default, the API returns the run object immediately. Set `Accept: text/event-stream` to stream run lifecycle events until the run reaches a terminal status.

Sends a `POST` request to `/agent/runs`

Arguments:
- `accept`: Set to `text/event-stream` to receive server-sent events.
- `body`
```ignore
let response = client.create_agent_run()
    .accept(accept)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_agent_run(&self) -> builder::CreateAgentRun<'_> {
        builder::CreateAgentRun::new(self)
    }
    /**Get a run

Get one Agent run by ID.

Sends a `GET` request to `/agent/runs/{id}`

Arguments:
- `id`: Agent run ID.
```ignore
let response = client.get_agent_run()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_agent_run(&self) -> builder::GetAgentRun<'_> {
        builder::GetAgentRun::new(self)
    }
    /**Delete a run

Delete a stored Agent run.

Sends a `DELETE` request to `/agent/runs/{id}`

Arguments:
- `id`: Agent run ID.
```ignore
let response = client.delete_agent_run()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_agent_run(&self) -> builder::DeleteAgentRun<'_> {
        builder::DeleteAgentRun::new(self)
    }
    /**Cancel a run

Cancel a queued or running Agent run. If the run has already reached a terminal status, the API returns the existing run.

Sends a `POST` request to `/agent/runs/{id}/cancel`

Arguments:
- `id`: Agent run ID.
```ignore
let response = client.cancel_agent_run()
    .id(id)
    .send()
    .await;
```*/
    pub fn cancel_agent_run(&self) -> builder::CancelAgentRun<'_> {
        builder::CancelAgentRun::new(self)
    }
    /**List run events

List stored events for an Agent run. Set `Accept: text/event-stream` to replay stored events as server-sent events. Use `cursor` for JSON pagination or `Last-Event-ID` for SSE replay.

Sends a `GET` request to `/agent/runs/{id}/events`

Arguments:
- `id`: Agent run ID.
- `cursor`
- `limit`
- `accept`: Set to `text/event-stream` to receive server-sent events.
- `last_event_id`: For SSE replay, return only events after this event ID.
```ignore
let response = client.list_agent_run_events()
    .id(id)
    .cursor(cursor)
    .limit(limit)
    .accept(accept)
    .last_event_id(last_event_id)
    .send()
    .await;
```*/
    pub fn list_agent_run_events(&self) -> builder::ListAgentRunEvents<'_> {
        builder::ListAgentRunEvents::new(self)
    }
    /**Stop a run

Complete a running Agent run early, returning the results gathered so far. You are billed for usage accrued before the stop. Currently supported only for `max` effort runs and requires the `Exa-Beta: agent-max-effort-2026-07-27` header. If the run has already reached a terminal status, the API returns the existing run.

Sends a `POST` request to `/agent/runs/{id}/stop`

Arguments:
- `id`: Agent run ID.
```ignore
let response = client.stop_agent_run()
    .id(id)
    .send()
    .await;
```*/
    pub fn stop_agent_run(&self) -> builder::StopAgentRun<'_> {
        builder::StopAgentRun::new(self)
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
    /**Builder for [`Client::list_agent_runs`]

[`Client::list_agent_runs`]: super::Client::list_agent_runs*/
    #[derive(Debug, Clone)]
    pub struct ListAgentRuns<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::AgentRunId>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListAgentRuns<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `AgentRunId` for cursor failed".to_string());
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
        ///Sends a `GET` request to `/agent/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentRunList>, Error<()>> {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/agent/runs", client.baseurl,);
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
                operation_id: "list_agent_runs",
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
    /**Builder for [`Client::create_agent_run`]

[`Client::create_agent_run`]: super::Client::create_agent_run*/
    #[derive(Debug, Clone)]
    pub struct CreateAgentRun<'a> {
        client: &'a super::Client,
        accept: Result<Option<types::CreateAgentRunAccept>, String>,
        body: Result<types::builder::CreateAgentRunRequest, String>,
    }
    impl<'a> CreateAgentRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accept: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn accept<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentRunAccept>,
        {
            self.accept = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CreateAgentRunAccept` for accept failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentRunRequest>,
            <V as std::convert::TryInto<
                types::CreateAgentRunRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateAgentRunRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAgentRunRequest,
            ) -> types::builder::CreateAgentRunRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/agent/runs`
        pub async fn send(self) -> Result<ResponseValue<types::AgentRun>, Error<()>> {
            let Self { client, accept, body } = self;
            let accept = accept.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateAgentRunRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/agent/runs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = accept {
                header_map.append("Accept", value.to_string().try_into()?);
            }
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
                operation_id: "create_agent_run",
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
    /**Builder for [`Client::get_agent_run`]

[`Client::get_agent_run`]: super::Client::get_agent_run*/
    #[derive(Debug, Clone)]
    pub struct GetAgentRun<'a> {
        client: &'a super::Client,
        id: Result<types::AgentRunId, String>,
    }
    impl<'a> GetAgentRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `AgentRunId` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/agent/runs/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::AgentRun>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agent/runs/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_agent_run",
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
    /**Builder for [`Client::delete_agent_run`]

[`Client::delete_agent_run`]: super::Client::delete_agent_run*/
    #[derive(Debug, Clone)]
    pub struct DeleteAgentRun<'a> {
        client: &'a super::Client,
        id: Result<types::AgentRunId, String>,
    }
    impl<'a> DeleteAgentRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `AgentRunId` for id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/agent/runs/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteAgentRunResponse>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agent/runs/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "delete_agent_run",
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
    /**Builder for [`Client::cancel_agent_run`]

[`Client::cancel_agent_run`]: super::Client::cancel_agent_run*/
    #[derive(Debug, Clone)]
    pub struct CancelAgentRun<'a> {
        client: &'a super::Client,
        id: Result<types::AgentRunId, String>,
    }
    impl<'a> CancelAgentRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `AgentRunId` for id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/agent/runs/{id}/cancel`
        pub async fn send(self) -> Result<ResponseValue<types::AgentRun>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agent/runs/{}/cancel", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "cancel_agent_run",
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
    /**Builder for [`Client::list_agent_run_events`]

[`Client::list_agent_run_events`]: super::Client::list_agent_run_events*/
    #[derive(Debug, Clone)]
    pub struct ListAgentRunEvents<'a> {
        client: &'a super::Client,
        id: Result<types::AgentRunId, String>,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        accept: Result<Option<types::ListAgentRunEventsAccept>, String>,
        last_event_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListAgentRunEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                cursor: Ok(None),
                limit: Ok(None),
                accept: Ok(None),
                last_event_id: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `AgentRunId` for id failed".to_string());
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
        pub fn accept<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAgentRunEventsAccept>,
        {
            self.accept = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListAgentRunEventsAccept` for accept failed"
                        .to_string()
                });
            self
        }
        pub fn last_event_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_event_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_event_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/agent/runs/{id}/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentRunEventList>, Error<()>> {
            let Self { client, id, cursor, limit, accept, last_event_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let accept = accept.map_err(Error::InvalidRequest)?;
            let last_event_id = last_event_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agent/runs/{}/events", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = accept {
                header_map.append("Accept", value.to_string().try_into()?);
            }
            if let Some(value) = last_event_id {
                header_map.append("Last-Event-ID", value.to_string().try_into()?);
            }
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
                operation_id: "list_agent_run_events",
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
    /**Builder for [`Client::stop_agent_run`]

[`Client::stop_agent_run`]: super::Client::stop_agent_run*/
    #[derive(Debug, Clone)]
    pub struct StopAgentRun<'a> {
        client: &'a super::Client,
        id: Result<types::AgentRunId, String>,
    }
    impl<'a> StopAgentRun<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AgentRunId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `AgentRunId` for id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/agent/runs/{id}/stop`
        pub async fn send(self) -> Result<ResponseValue<types::AgentRun>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/agent/runs/{}/stop", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "stop_agent_run",
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
        module: Borrowed("agent"),
        file: Borrowed("exa-agent.yaml"),
        title: Borrowed("Exa Agent API"),
        beta_tokens: Borrowed(&[]),
        default_server: Some(Borrowed("https://api.exa.ai")),
        operations: Borrowed(
            &[
                &LIST_AGENT_RUNS,
                &CREATE_AGENT_RUN,
                &GET_AGENT_RUN,
                &DELETE_AGENT_RUN,
                &CANCEL_AGENT_RUN,
                &LIST_AGENT_RUN_EVENTS,
                &STOP_AGENT_RUN,
            ],
        ),
    };
    ///`GET /agent/runs` (`listAgentRuns`).
    pub static LIST_AGENT_RUNS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("listAgentRuns"),
        rust_name: Borrowed("list_agent_runs"),
        method: Borrowed("GET"),
        path: Borrowed("/agent/runs"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /agent/runs` (`createAgentRun`).
    pub static CREATE_AGENT_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("createAgentRun"),
        rust_name: Borrowed("create_agent_run"),
        method: Borrowed("POST"),
        path: Borrowed("/agent/runs"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: true,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`GET /agent/runs/{id}` (`getAgentRun`).
    pub static GET_AGENT_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("getAgentRun"),
        rust_name: Borrowed("get_agent_run"),
        method: Borrowed("GET"),
        path: Borrowed("/agent/runs/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: Some(Borrowed("^[A-Za-z0-9_.:-]+$")),
                    min_length: Some(1u64),
                    max_length: Some(200u64),
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`DELETE /agent/runs/{id}` (`deleteAgentRun`).
    pub static DELETE_AGENT_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("deleteAgentRun"),
        rust_name: Borrowed("delete_agent_run"),
        method: Borrowed("DELETE"),
        path: Borrowed("/agent/runs/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: Some(Borrowed("^[A-Za-z0-9_.:-]+$")),
                    min_length: Some(1u64),
                    max_length: Some(200u64),
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /agent/runs/{id}/cancel` (`cancelAgentRun`).
    pub static CANCEL_AGENT_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("cancelAgentRun"),
        rust_name: Borrowed("cancel_agent_run"),
        method: Borrowed("POST"),
        path: Borrowed("/agent/runs/{id}/cancel"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: Some(Borrowed("^[A-Za-z0-9_.:-]+$")),
                    min_length: Some(1u64),
                    max_length: Some(200u64),
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`GET /agent/runs/{id}/events` (`listAgentRunEvents`).
    pub static LIST_AGENT_RUN_EVENTS: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("listAgentRunEvents"),
        rust_name: Borrowed("list_agent_run_events"),
        method: Borrowed("GET"),
        path: Borrowed("/agent/runs/{id}/events"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: Some(Borrowed("^[A-Za-z0-9_.:-]+$")),
                    min_length: Some(1u64),
                    max_length: Some(200u64),
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /agent/runs/{id}/stop` (`stopAgentRun`).
    pub static STOP_AGENT_RUN: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("stopAgentRun"),
        rust_name: Borrowed("stop_agent_run"),
        method: Borrowed("POST"),
        path: Borrowed("/agent/runs/{id}/stop"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: Some(Borrowed("^[A-Za-z0-9_.:-]+$")),
                    min_length: Some(1u64),
                    max_length: Some(200u64),
                },
            ],
        ),
        number_query: Borrowed(&[]),
        beta: true,
        errors: Borrowed(
            &[
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(400u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(401u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(429u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("AgentErrorResponse")),
                },
            ],
        ),
    };
}
