#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
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
    impl Batch {
        pub fn builder() -> builder::Batch {
            Default::default()
        }
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
    impl BatchList {
        pub fn builder() -> builder::BatchList {
            Default::default()
        }
    }
    ///The object type, always `list`.
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
    pub enum BatchListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for BatchListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for BatchListObject {
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
    impl ::std::convert::TryFrom<&str> for BatchListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The object type, always `batch`.
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
    pub enum BatchObject {
        #[serde(rename = "batch")]
        Batch,
    }
    impl ::std::fmt::Display for BatchObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Batch => f.write_str("batch"),
            }
        }
    }
    impl ::std::str::FromStr for BatchObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "batch" => Ok(Self::Batch),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`BatchRequestCounts`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchRequestCounts {
        ///Requests that have completed successfully.
        pub completed: u64,
        ///Requests that have failed.
        pub failed: u64,
        ///Total requests in the batch.
        pub total: u64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BatchRequestCounts {
        pub fn builder() -> builder::BatchRequestCounts {
            Default::default()
        }
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
    impl BatchRequestItem {
        pub fn builder() -> builder::BatchRequestItem {
            Default::default()
        }
    }
    ///Your unique handle for this request; keys the result and must be unique in the batch.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct BatchRequestItemCustomId(::std::string::String);
    impl ::std::ops::Deref for BatchRequestItemCustomId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BatchRequestItemCustomId> for ::std::string::String {
        fn from(value: BatchRequestItemCustomId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BatchRequestItemCustomId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchRequestItemCustomId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchRequestItemCustomId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchRequestItemCustomId {
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
    ///HTTP method of the batched request. POST-only in v1.
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
    pub enum BatchRequestItemMethod {
        #[serde(rename = "POST")]
        Post,
    }
    impl ::std::fmt::Display for BatchRequestItemMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Post => f.write_str("POST"),
            }
        }
    }
    impl ::std::str::FromStr for BatchRequestItemMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "POST" => Ok(Self::Post),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchRequestItemMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchRequestItemMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Target API route for the request. One of `/search` or `/agent/runs` in v1.
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
    pub enum BatchRequestItemUrl {
        #[serde(rename = "/search")]
        Search,
        #[serde(rename = "/agent/runs")]
        AgentRuns,
    }
    impl ::std::fmt::Display for BatchRequestItemUrl {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Search => f.write_str("/search"),
                Self::AgentRuns => f.write_str("/agent/runs"),
            }
        }
    }
    impl ::std::str::FromStr for BatchRequestItemUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "/search" => Ok(Self::Search),
                "/agent/runs" => Ok(Self::AgentRuns),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BatchRequestItemUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BatchRequestItemUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Batch ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CancelBatchId(::std::string::String);
    impl ::std::ops::Deref for CancelBatchId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CancelBatchId> for ::std::string::String {
        fn from(value: CancelBatchId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CancelBatchId {
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
    impl ::std::convert::TryFrom<&str> for CancelBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CancelBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CancelBatchId {
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
    impl CreateBatchRequest {
        pub fn builder() -> builder::CreateBatchRequest {
            Default::default()
        }
    }
    ///Batch ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DeleteBatchId(::std::string::String);
    impl ::std::ops::Deref for DeleteBatchId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteBatchId> for ::std::string::String {
        fn from(value: DeleteBatchId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteBatchId {
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
    impl ::std::convert::TryFrom<&str> for DeleteBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteBatchId {
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
    impl DeletedBatch {
        pub fn builder() -> builder::DeletedBatch {
            Default::default()
        }
    }
    ///The object type, always `batch.deleted`.
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
    pub enum DeletedBatchObject {
        #[serde(rename = "batch.deleted")]
        BatchDeleted,
    }
    impl ::std::fmt::Display for DeletedBatchObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BatchDeleted => f.write_str("batch.deleted"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedBatchObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "batch.deleted" => Ok(Self::BatchDeleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedBatchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeletedBatchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///Batch ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetBatchId(::std::string::String);
    impl ::std::ops::Deref for GetBatchId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetBatchId> for ::std::string::String {
        fn from(value: GetBatchId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetBatchId {
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
    impl ::std::convert::TryFrom<&str> for GetBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetBatchId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetBatchId {
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
    ///Filter the listing to completed batches. `completed` is the only supported value; any other value returns a 400. Completed listings are ordered by expiry and use a distinct cursor, so keep sending `status=completed` on every cursor-paginated request.
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
    pub enum ListBatchesStatus {
        #[serde(rename = "completed")]
        Completed,
    }
    impl ::std::fmt::Display for ListBatchesStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Completed => f.write_str("completed"),
            }
        }
    }
    impl ::std::str::FromStr for ListBatchesStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "completed" => Ok(Self::Completed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBatchesStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListBatchesStatus {
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
        pub struct Batch {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::BatchObject, ::std::string::String>,
            request_counts: ::std::result::Result<
                super::BatchRequestCounts,
                ::std::string::String,
            >,
            results_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::BatchStatus, ::std::string::String>,
        }
        impl ::std::default::Default for Batch {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    ended_at: Err("no value supplied for ended_at".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    request_counts: Err(
                        "no value supplied for request_counts".to_string(),
                    ),
                    results_url: Err("no value supplied for results_url".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Batch {
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
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ended_at: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
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
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn request_counts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchRequestCounts>,
                T::Error: ::std::fmt::Display,
            {
                self.request_counts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_counts: {e}"
                        )
                    });
                self
            }
            pub fn results_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.results_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results_url: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchStatus>,
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
        impl ::std::convert::TryFrom<Batch> for super::Batch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Batch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    ended_at: value.ended_at?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                    request_counts: value.request_counts?,
                    results_url: value.results_url?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Batch> for Batch {
            fn from(value: super::Batch) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    ended_at: Ok(value.ended_at),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    request_counts: Ok(value.request_counts),
                    results_url: Ok(value.results_url),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Batch>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::BatchListObject, ::std::string::String>,
        }
        impl ::std::default::Default for BatchList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl BatchList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Batch>>,
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
                T: ::std::convert::TryInto<super::BatchListObject>,
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
        impl ::std::convert::TryFrom<BatchList> for super::BatchList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchList,
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
        impl ::std::convert::From<super::BatchList> for BatchList {
            fn from(value: super::BatchList) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchRequestCounts {
            completed: ::std::result::Result<u64, ::std::string::String>,
            failed: ::std::result::Result<u64, ::std::string::String>,
            total: ::std::result::Result<u64, ::std::string::String>,
        }
        impl ::std::default::Default for BatchRequestCounts {
            fn default() -> Self {
                Self {
                    completed: Err("no value supplied for completed".to_string()),
                    failed: Err("no value supplied for failed".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl BatchRequestCounts {
            pub fn completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completed: {e}")
                    });
                self
            }
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.failed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
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
        impl ::std::convert::TryFrom<BatchRequestCounts> for super::BatchRequestCounts {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchRequestCounts,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    completed: value.completed?,
                    failed: value.failed?,
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::BatchRequestCounts> for BatchRequestCounts {
            fn from(value: super::BatchRequestCounts) -> Self {
                Self {
                    completed: Ok(value.completed),
                    failed: Ok(value.failed),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchRequestItem {
            body: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            custom_id: ::std::result::Result<
                super::BatchRequestItemCustomId,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                super::BatchRequestItemMethod,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                super::BatchRequestItemUrl,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchRequestItem {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    custom_id: Err("no value supplied for custom_id".to_string()),
                    method: Err("no value supplied for method".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl BatchRequestItem {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn custom_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchRequestItemCustomId>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_id: {e}")
                    });
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchRequestItemMethod>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BatchRequestItemUrl>,
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
        impl ::std::convert::TryFrom<BatchRequestItem> for super::BatchRequestItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchRequestItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    custom_id: value.custom_id?,
                    method: value.method?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::BatchRequestItem> for BatchRequestItem {
            fn from(value: super::BatchRequestItem) -> Self {
                Self {
                    body: Ok(value.body),
                    custom_id: Ok(value.custom_id),
                    method: Ok(value.method),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBatchRequest {
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            requests: ::std::result::Result<
                ::std::vec::Vec<super::BatchRequestItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBatchRequest {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    requests: Err("no value supplied for requests".to_string()),
                }
            }
        }
        impl CreateBatchRequest {
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
            pub fn requests<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BatchRequestItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.requests = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requests: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBatchRequest> for super::CreateBatchRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBatchRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    requests: value.requests?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateBatchRequest> for CreateBatchRequest {
            fn from(value: super::CreateBatchRequest) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    requests: Ok(value.requests),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeletedBatch {
            deleted: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::DeletedBatchObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeletedBatch {
            fn default() -> Self {
                Self {
                    deleted: Err("no value supplied for deleted".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl DeletedBatch {
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeletedBatchObject>,
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
        impl ::std::convert::TryFrom<DeletedBatch> for super::DeletedBatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeletedBatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deleted: value.deleted?,
                    id: value.id?,
                    object: value.object?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::DeletedBatch> for DeletedBatch {
            fn from(value: super::DeletedBatch) -> Self {
                Self {
                    deleted: Ok(value.deleted),
                    id: Ok(value.id),
                    object: Ok(value.object),
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
    ///One of the documented values, or [`BatchStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BatchStatus {
        ///`in_progress`
        InProgress,
        ///`completed`
        Completed,
        ///`cancelling`
        Cancelling,
        ///`cancelled`
        Cancelled,
        ///`expired`
        Expired,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl BatchStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InProgress => "in_progress",
                Self::Completed => "completed",
                Self::Cancelling => "cancelling",
                Self::Cancelled => "cancelled",
                Self::Expired => "expired",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for BatchStatus {
        fn from(value: &str) -> Self {
            match value {
                "in_progress" => Self::InProgress,
                "completed" => Self::Completed,
                "cancelling" => Self::Cancelling,
                "cancelled" => Self::Cancelled,
                "expired" => Self::Expired,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for BatchStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BatchStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BatchStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BatchStatus {
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
    impl ::schemars::JsonSchema for BatchStatus {
        fn schema_name() -> ::std::string::String {
            "BatchStatus".to_string()
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
                "One of: in_progress, completed, cancelling, cancelled, expired. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("in_progress"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("cancelling"),
                ::serde_json::Value::from("cancelled"),
                ::serde_json::Value::from("expired")
            ];
            schema.into()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Exa Batches API

Batches (/batches) of the Exa Public API 2.0.0. Every operation needs the beta token `batches-2026-06-06`.

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
    /**List batches

List batches for your team, ordered from newest to oldest.

Sends a `GET` request to `/batches`

```ignore
let response = client.list_batches()
    .cursor(cursor)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_batches(&self) -> builder::ListBatches<'_> {
        builder::ListBatches::new(self)
    }
    /**Create a batch

Create a batch of requests to run asynchronously. Each request is dispatched to its target route and results are made available for download when the batch completes.

Sends a `POST` request to `/batches`

```ignore
let response = client.create_batch()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_batch(&self) -> builder::CreateBatch<'_> {
        builder::CreateBatch::new(self)
    }
    /**Get a batch

Retrieve a single batch by ID.

Sends a `GET` request to `/batches/{id}`

Arguments:
- `id`: Batch ID.
```ignore
let response = client.get_batch()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_batch(&self) -> builder::GetBatch<'_> {
        builder::GetBatch::new(self)
    }
    /**Delete a batch

Soft-delete a batch that is in a terminal status.

Sends a `DELETE` request to `/batches/{id}`

Arguments:
- `id`: Batch ID.
```ignore
let response = client.delete_batch()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_batch(&self) -> builder::DeleteBatch<'_> {
        builder::DeleteBatch::new(self)
    }
    /**Cancel a batch

Cancels a batch that has not finished. The batch moves to `cancelling`, then `cancelled`; requests already completed keep their results.

Sends a `POST` request to `/batches/{id}/cancel`

Arguments:
- `id`: Batch ID.
```ignore
let response = client.cancel_batch()
    .id(id)
    .send()
    .await;
```*/
    pub fn cancel_batch(&self) -> builder::CancelBatch<'_> {
        builder::CancelBatch::new(self)
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
    /**Builder for [`Client::list_batches`]

[`Client::list_batches`]: super::Client::list_batches*/
    #[derive(Debug, Clone)]
    pub struct ListBatches<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<types::ListBatchesStatus>, String>,
    }
    impl<'a> ListBatches<'a> {
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
            V: std::convert::TryInto<types::ListBatchesStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBatchesStatus` for status failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/batches`
        pub async fn send(self) -> Result<ResponseValue<types::BatchList>, Error<()>> {
            let Self { client, cursor, limit, status } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/batches", client.baseurl,);
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
                operation_id: "list_batches",
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
    /**Builder for [`Client::create_batch`]

[`Client::create_batch`]: super::Client::create_batch*/
    #[derive(Debug, Clone)]
    pub struct CreateBatch<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateBatchRequest, String>,
    }
    impl<'a> CreateBatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBatchRequest>,
            <V as std::convert::TryInto<
                types::CreateBatchRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateBatchRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateBatchRequest,
            ) -> types::builder::CreateBatchRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/batches`
        pub async fn send(self) -> Result<ResponseValue<types::Batch>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateBatchRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/batches", client.baseurl,);
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
                operation_id: "create_batch",
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
    /**Builder for [`Client::get_batch`]

[`Client::get_batch`]: super::Client::get_batch*/
    #[derive(Debug, Clone)]
    pub struct GetBatch<'a> {
        client: &'a super::Client,
        id: Result<types::GetBatchId, String>,
    }
    impl<'a> GetBatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetBatchId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `GetBatchId` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/batches/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Batch>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/batches/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_batch",
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
    /**Builder for [`Client::delete_batch`]

[`Client::delete_batch`]: super::Client::delete_batch*/
    #[derive(Debug, Clone)]
    pub struct DeleteBatch<'a> {
        client: &'a super::Client,
        id: Result<types::DeleteBatchId, String>,
    }
    impl<'a> DeleteBatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteBatchId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `DeleteBatchId` for id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/batches/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeletedBatch>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/batches/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "delete_batch",
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
    /**Builder for [`Client::cancel_batch`]

[`Client::cancel_batch`]: super::Client::cancel_batch*/
    #[derive(Debug, Clone)]
    pub struct CancelBatch<'a> {
        client: &'a super::Client,
        id: Result<types::CancelBatchId, String>,
    }
    impl<'a> CancelBatch<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CancelBatchId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `CancelBatchId` for id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/batches/{id}/cancel`
        pub async fn send(self) -> Result<ResponseValue<types::Batch>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/batches/{}/cancel", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "cancel_batch",
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
        module: Borrowed("batches"),
        file: Borrowed("exa-batches.yaml"),
        title: Borrowed("Exa Batches API"),
        beta_tokens: Borrowed(&[Borrowed("batches-2026-06-06")]),
        default_server: Some(Borrowed("https://api.exa.ai")),
        operations: Borrowed(
            &[&LIST_BATCHES, &CREATE_BATCH, &GET_BATCH, &DELETE_BATCH, &CANCEL_BATCH],
        ),
    };
    ///`GET /batches` (`listBatches`).
    pub static LIST_BATCHES: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("listBatches"),
        rust_name: Borrowed("list_batches"),
        method: Borrowed("GET"),
        path: Borrowed("/batches"),
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
    ///`POST /batches` (`createBatch`).
    pub static CREATE_BATCH: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("createBatch"),
        rust_name: Borrowed("create_batch"),
        method: Borrowed("POST"),
        path: Borrowed("/batches"),
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
    ///`GET /batches/{id}` (`getBatch`).
    pub static GET_BATCH: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("getBatch"),
        rust_name: Borrowed("get_batch"),
        method: Borrowed("GET"),
        path: Borrowed("/batches/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: Some(1u64),
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
    ///`DELETE /batches/{id}` (`deleteBatch`).
    pub static DELETE_BATCH: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("deleteBatch"),
        rust_name: Borrowed("delete_batch"),
        method: Borrowed("DELETE"),
        path: Borrowed("/batches/{id}"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: Some(1u64),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(409u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(500u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
            ],
        ),
    };
    ///`POST /batches/{id}/cancel` (`cancelBatch`).
    pub static CANCEL_BATCH: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("cancelBatch"),
        rust_name: Borrowed("cancel_batch"),
        method: Borrowed("POST"),
        path: Borrowed("/batches/{id}/cancel"),
        path_params: Borrowed(
            &[
                ::exa_spec::PathParam {
                    name: Borrowed("id"),
                    pattern: None,
                    min_length: Some(1u64),
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
                    status: ::exa_spec::Status::Code(404u16),
                    schema: Some(Borrowed("ErrorResponse")),
                },
                ::exa_spec::ErrorBody {
                    status: ::exa_spec::Status::Code(409u16),
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
