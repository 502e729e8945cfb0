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
}
