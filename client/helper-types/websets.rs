pub mod types {
    ///`CreateWebsetParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParameters {
        /**Add enrichments to extract additional data from found items.

Enrichments automatically search for and extract specific information (like contact details, funding data, employee counts, etc.) from each item added to your Webset.*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub enrichments: ::std::vec::Vec<CreateEnrichmentParameters>,
        ///Global exclusion sources (existing imports or websets) that apply to all operations within this Webset. Any results found within these sources will be omitted across all search and import operations.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclude: ::std::vec::Vec<CreateWebsetParametersExcludeItem>,
        /**The external identifier for the webset.

You can use this to reference the Webset by your own internal identifiers.*/
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub external_id: ::std::option::Option<CreateWebsetParametersExternalId>,
        ///Attach/load data from existing Imports or Websets into this Webset. For CSV Imports, this schedules ingestion and creates a staging pool of items (ImportItems do not automatically appear as Webset Items; searches create Webset Items). This does not filter searches. To filter a search to only look within an Import or Webset, use search.scope instead.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub import: ::std::vec::Vec<CreateWebsetParametersImportItem>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            CreateWebsetParametersMetadataValue,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub search: ::std::option::Option<CreateWebsetParametersSearch>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GetWebsetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetWebsetResponse {
        ///The date and time the webset was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The URL to view the webset in the Exa dashboard
        #[serde(rename = "dashboardUrl")]
        pub dashboard_url: ::std::string::String,
        ///The Enrichments to apply to the Webset Items.
        #[serde(default)]
        pub enrichments: ::std::vec::Vec<WebsetEnrichment>,
        ///The Excludes sources (existing imports or websets) that apply to all operations within this Webset. Any results found within these sources will be omitted across all search and import operations.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub excludes: ::std::vec::Vec<GetWebsetResponseExcludesItem>,
        ///The external identifier for the webset
        #[serde(
            rename = "externalId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///The unique identifier for the webset
        pub id: ::std::string::String,
        ///Imports that have been performed on the webset.
        #[serde(default)]
        pub imports: ::std::vec::Vec<Import>,
        ///When expand query parameter contains `items`, this will contain the items in the webset
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub items: ::std::vec::Vec<WebsetItem>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            GetWebsetResponseMetadataValue,
        >,
        ///The Monitors for the Webset.
        #[serde(default)]
        pub monitors: ::std::vec::Vec<Monitor>,
        pub object: GetWebsetResponseObject,
        ///The searches that have been performed on the webset.
        #[serde(default)]
        pub searches: ::std::vec::Vec<WebsetSearch>,
        ///The status of the webset
        pub status: WebsetStatus,
        ///The title of the webset
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The date and time the webset was updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListWebsetItemResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListWebsetItemResponse {
        ///The list of webset items
        #[serde(default)]
        pub data: ::std::vec::Vec<WebsetItem>,
        ///Whether there are more Items to paginate through
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///The cursor to paginate through the next set of Items
        #[serde(
            rename = "nextCursor",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListWebsetsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListWebsetsResponse {
        ///The list of websets
        #[serde(default)]
        pub data: ::std::vec::Vec<Webset>,
        ///Whether there are more results to paginate through
        #[serde(rename = "hasMore")]
        pub has_more: bool,
        ///The cursor to paginate through the next set of results
        #[serde(
            rename = "nextCursor",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Webset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Webset {
        ///The date and time the webset was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The URL to view the webset in the Exa dashboard
        #[serde(rename = "dashboardUrl")]
        pub dashboard_url: ::std::string::String,
        ///The Enrichments to apply to the Webset Items.
        #[serde(default)]
        pub enrichments: ::std::vec::Vec<WebsetEnrichment>,
        ///The Excludes sources (existing imports or websets) that apply to all operations within this Webset. Any results found within these sources will be omitted across all search and import operations.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub excludes: ::std::vec::Vec<WebsetExcludesItem>,
        ///The external identifier for the webset
        #[serde(
            rename = "externalId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///The unique identifier for the webset
        pub id: ::std::string::String,
        ///Imports that have been performed on the webset.
        #[serde(default)]
        pub imports: ::std::vec::Vec<Import>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            WebsetMetadataValue,
        >,
        ///The Monitors for the Webset.
        #[serde(default)]
        pub monitors: ::std::vec::Vec<Monitor>,
        pub object: WebsetObject,
        ///The searches that have been performed on the webset.
        #[serde(default)]
        pub searches: ::std::vec::Vec<WebsetSearch>,
        ///The status of the webset
        pub status: WebsetStatus,
        ///The title of the webset
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The date and time the webset was updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`WebsetItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItem {
        ///The date and time the item was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The enrichments results of the Webset item
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub enrichments: ::std::option::Option<::std::vec::Vec<EnrichmentResult>>,
        ///The criteria evaluations of the item
        #[serde(default)]
        pub evaluations: ::std::vec::Vec<WebsetItemEvaluation>,
        ///The unique identifier for the Webset Item
        pub id: ::std::string::String,
        pub object: WebsetItemObject,
        ///The properties of the Item
        pub properties: WebsetItemProperties,
        ///The import that sourced this item, when the item came from a scoped search with evaluate enabled on the import.
        #[serde(
            rename = "scopeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub scope_id: ::std::option::Option<::std::string::String>,
        ///The source of the Item
        pub source: WebsetItemSource,
        ///The original identifier used to resolve this item (e.g., email, name, or URL). Only relevant when the source is import.
        #[serde(
            rename = "sourceEntityId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        pub source_entity_id: ::std::option::Option<::std::string::String>,
        ///The unique identifier for the source
        #[serde(rename = "sourceId")]
        pub source_id: ::std::string::String,
        ///The date and time the item was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the Webset this Item belongs to.
        #[serde(rename = "websetId")]
        pub webset_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
}
