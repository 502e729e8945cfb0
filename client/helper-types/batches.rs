pub mod types {
    ///`Batch`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Batch {
        ///When the batch was created.
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///When the batch reached a terminal status, or `null` while it is still running.
        #[serde(
            rename = "endedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///When the batch expires, or `null` if it does not expire.
        #[serde(
            rename = "expiresAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Batch ID. New batch IDs are returned with the `batch_` prefix.
        pub id: ::std::string::String,
        ///Caller-provided key-value metadata for your own tracking.
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The object type, always `batch`.
        pub object: BatchObject,
        #[serde(rename = "requestCounts")]
        pub request_counts: BatchRequestCounts,
        ///Short-lived presigned download URL for the batch results file (JSONL), or `null` until the batch completes. This is a direct object-store download link, not an API route; fetch it as-is and re-fetch the batch to mint a fresh URL once it expires.
        #[serde(
            rename = "resultsUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub results_url: ::std::option::Option<::std::string::String>,
        pub status: BatchStatus,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`BatchList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchList {
        ///The page of batches, newest first.
        #[serde(default)]
        pub data: ::std::vec::Vec<Batch>,
        ///Whether there are more results
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///Cursor for the next page
        #[serde(
            rename = "nextCursor",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        ///The object type, always `list`.
        pub object: BatchListObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`BatchRequestItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchRequestItem {
        ///Request body for the target route. Must be a JSON object; `stream: true` is not allowed.
        pub body: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Your unique handle for this request; keys the result and must be unique in the batch.
        #[serde(rename = "customId")]
        pub custom_id: BatchRequestItemCustomId,
        ///HTTP method of the batched request. POST-only in v1.
        pub method: BatchRequestItemMethod,
        ///Target API route for the request. One of `/search` or `/agent/runs` in v1.
        pub url: BatchRequestItemUrl,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CreateBatchRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateBatchRequest {
        ///Caller-provided metadata stored with the batch.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The requests to enqueue. Each `customId` must be unique within the batch.
        #[serde(default)]
        pub requests: ::std::vec::Vec<BatchRequestItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`DeletedBatch`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DeletedBatch {
        ///Always `true` when the deletion succeeded.
        pub deleted: bool,
        ///ID of the deleted batch.
        pub id: ::std::string::String,
        ///The object type, always `batch.deleted`.
        pub object: DeletedBatchObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
}
