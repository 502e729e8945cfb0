pub mod types {
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
    ///Natural-language question or instructions for the request.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateAgentRunRequestQuery(::std::string::String);
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
}
