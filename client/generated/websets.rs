#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`ArticleEntity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ArticleEntity {
        #[serde(rename = "type")]
        pub type_: ArticleEntityType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ArticleEntity {
        pub fn builder() -> builder::ArticleEntity {
            Default::default()
        }
    }
    ///`ArticleEntityType`
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
    pub enum ArticleEntityType {
        #[serde(rename = "article")]
        Article,
    }
    impl ::std::fmt::Display for ArticleEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Article => f.write_str("article"),
            }
        }
    }
    impl ::std::str::FromStr for ArticleEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "article" => Ok(Self::Article),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ArticleEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ArticleEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ArticleEntityType {
        fn default() -> Self {
            ArticleEntityType::Article
        }
    }
    ///`CompanyEntity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CompanyEntity {
        #[serde(rename = "type")]
        pub type_: CompanyEntityType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CompanyEntity {
        pub fn builder() -> builder::CompanyEntity {
            Default::default()
        }
    }
    ///`CompanyEntityType`
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
    impl ::std::default::Default for CompanyEntityType {
        fn default() -> Self {
            CompanyEntityType::Company
        }
    }
    ///`CreateCriterionParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateCriterionParameters {
        ///The description of the criterion
        pub description: CreateCriterionParametersDescription,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateCriterionParameters {
        pub fn builder() -> builder::CreateCriterionParameters {
            Default::default()
        }
    }
    ///The description of the criterion
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateCriterionParametersDescription(::std::string::String);
    impl ::std::ops::Deref for CreateCriterionParametersDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCriterionParametersDescription>
    for ::std::string::String {
        fn from(value: CreateCriterionParametersDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCriterionParametersDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCriterionParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateCriterionParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCriterionParametersDescription {
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
    ///`CreateEnrichmentParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateEnrichmentParameters {
        ///Provide a description of the enrichment task you want to perform to each Webset Item.
        pub description: CreateEnrichmentParametersDescription,
        /**Format of the enrichment response.

We automatically select the best format based on the description. If you want to explicitly specify the format, you can do so here.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub format: ::std::option::Option<CreateEnrichmentParametersFormat>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            CreateEnrichmentParametersMetadataValue,
        >,
        ///When the format is options, the different options for the enrichment agent to choose from.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<CreateEnrichmentParametersOptionsItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateEnrichmentParameters {
        pub fn builder() -> builder::CreateEnrichmentParameters {
            Default::default()
        }
    }
    ///Provide a description of the enrichment task you want to perform to each Webset Item.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateEnrichmentParametersDescription(::std::string::String);
    impl ::std::ops::Deref for CreateEnrichmentParametersDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEnrichmentParametersDescription>
    for ::std::string::String {
        fn from(value: CreateEnrichmentParametersDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEnrichmentParametersDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEnrichmentParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateEnrichmentParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateEnrichmentParametersDescription {
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
    /**Format of the enrichment response.

We automatically select the best format based on the description. If you want to explicitly specify the format, you can do so here.*/
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
    pub enum CreateEnrichmentParametersFormat {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "date")]
        Date,
        #[serde(rename = "number")]
        Number,
        #[serde(rename = "options")]
        Options,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "phone")]
        Phone,
        #[serde(rename = "url")]
        Url,
    }
    impl ::std::fmt::Display for CreateEnrichmentParametersFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
                Self::Date => f.write_str("date"),
                Self::Number => f.write_str("number"),
                Self::Options => f.write_str("options"),
                Self::Email => f.write_str("email"),
                Self::Phone => f.write_str("phone"),
                Self::Url => f.write_str("url"),
            }
        }
    }
    impl ::std::str::FromStr for CreateEnrichmentParametersFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "date" => Ok(Self::Date),
                "number" => Ok(Self::Number),
                "options" => Ok(Self::Options),
                "email" => Ok(Self::Email),
                "phone" => Ok(Self::Phone),
                "url" => Ok(Self::Url),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateEnrichmentParametersFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateEnrichmentParametersFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateEnrichmentParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateEnrichmentParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateEnrichmentParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateEnrichmentParametersMetadataValue>
    for ::std::string::String {
        fn from(value: CreateEnrichmentParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateEnrichmentParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateEnrichmentParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateEnrichmentParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateEnrichmentParametersMetadataValue {
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
    ///`CreateEnrichmentParametersOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateEnrichmentParametersOptionsItem {
        ///The label of the option
        pub label: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateEnrichmentParametersOptionsItem {
        pub fn builder() -> builder::CreateEnrichmentParametersOptionsItem {
            Default::default()
        }
    }
    ///`CreateImportParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "format")]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum CreateImportParameters {
        #[serde(rename = "csv")]
        Csv {
            ///The number of records to import
            count: f64,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            csv: ::std::option::Option<CreateImportParametersCsv>,
            ///What type of entity the import contains (e.g. People, Companies, etc.), and thus should be attempted to be resolved as.
            entity: CreateImportParametersEntity,
            ///Set of key-value pairs you want to associate with this object.
            #[serde(
                default,
                skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
            )]
            metadata: ::std::collections::HashMap<
                ::std::string::String,
                CreateImportParametersMetadataValue,
            >,
            ///The size of the file in bytes. Maximum size is 50 MB.
            size: f64,
            ///The title of the import
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            title: ::std::option::Option<::std::string::String>,
        },
    }
    ///When format is `csv`, these are the specific import parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateImportParametersCsv {
        ///Column containing the key identifier for the entity (e.g. URL, Name, etc.). If not provided, we will try to infer it from the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub identifier: ::std::option::Option<u64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateImportParametersCsv {
        pub fn builder() -> builder::CreateImportParametersCsv {
            Default::default()
        }
    }
    ///What type of entity the import contains (e.g. People, Companies, etc.), and thus should be attempted to be resolved as.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum CreateImportParametersEntity {
        CompanyEntity(CompanyEntity),
        PersonEntity(PersonEntity),
        ArticleEntity(ArticleEntity),
        ResearchPaperEntity(ResearchPaperEntity),
        CustomEntity(CustomEntity),
    }
    impl ::std::convert::From<CompanyEntity> for CreateImportParametersEntity {
        fn from(value: CompanyEntity) -> Self {
            Self::CompanyEntity(value)
        }
    }
    impl ::std::convert::From<PersonEntity> for CreateImportParametersEntity {
        fn from(value: PersonEntity) -> Self {
            Self::PersonEntity(value)
        }
    }
    impl ::std::convert::From<ArticleEntity> for CreateImportParametersEntity {
        fn from(value: ArticleEntity) -> Self {
            Self::ArticleEntity(value)
        }
    }
    impl ::std::convert::From<ResearchPaperEntity> for CreateImportParametersEntity {
        fn from(value: ResearchPaperEntity) -> Self {
            Self::ResearchPaperEntity(value)
        }
    }
    impl ::std::convert::From<CustomEntity> for CreateImportParametersEntity {
        fn from(value: CustomEntity) -> Self {
            Self::CustomEntity(value)
        }
    }
    ///`CreateImportParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateImportParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateImportParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateImportParametersMetadataValue>
    for ::std::string::String {
        fn from(value: CreateImportParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateImportParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateImportParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateImportParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateImportParametersMetadataValue {
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
    ///The response to a successful import. Includes the upload URL and the upload valid until date.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateImportResponse {
        ///The number of entities in the import
        pub count: f64,
        ///When the import was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The type of entity the import contains.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///When the import failed
        #[serde(
            rename = "failedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///A human readable message of the import failure
        #[serde(
            rename = "failedMessage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_message: ::std::option::Option<::std::string::String>,
        ///The reason the import failed
        #[serde(
            rename = "failedReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_reason: ::std::option::Option<CreateImportResponseFailedReason>,
        ///The format of the import.
        pub format: CreateImportResponseFormat,
        ///The unique identifier for the Import
        pub id: ::std::string::String,
        ///Set of key-value pairs you want to associate with this object.
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            CreateImportResponseMetadataValue,
        >,
        ///The type of object
        pub object: CreateImportResponseObject,
        ///The status of the Import
        pub status: CreateImportResponseStatus,
        ///The title of the import
        pub title: ::std::string::String,
        ///When the import was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The URL to upload the file to
        #[serde(rename = "uploadUrl")]
        pub upload_url: ::std::string::String,
        ///The date and time until the upload URL is valid. The upload URL will be valid for 1 hour.
        #[serde(rename = "uploadValidUntil")]
        pub upload_valid_until: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateImportResponse {
        pub fn builder() -> builder::CreateImportResponse {
            Default::default()
        }
    }
    ///`CreateImportResponseMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateImportResponseMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateImportResponseMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateImportResponseMetadataValue>
    for ::std::string::String {
        fn from(value: CreateImportResponseMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateImportResponseMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateImportResponseMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateImportResponseMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateImportResponseMetadataValue {
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
    ///The type of object
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
    pub enum CreateImportResponseObject {
        #[serde(rename = "import")]
        Import,
    }
    impl ::std::fmt::Display for CreateImportResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
            }
        }
    }
    impl ::std::str::FromStr for CreateImportResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateImportResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateImportResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateMonitorParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParameters {
        pub behavior: CreateMonitorParametersBehavior,
        pub cadence: CreateMonitorParametersCadence,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The id of the Webset
        #[serde(rename = "websetId")]
        pub webset_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateMonitorParameters {
        pub fn builder() -> builder::CreateMonitorParameters {
            Default::default()
        }
    }
    ///Behavior to perform when monitor runs
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersBehavior {
        pub config: CreateMonitorParametersBehaviorConfig,
        #[serde(rename = "type")]
        pub type_: CreateMonitorParametersBehaviorType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateMonitorParametersBehavior {
        pub fn builder() -> builder::CreateMonitorParametersBehavior {
            Default::default()
        }
    }
    /**Specify the search parameters for the Monitor.

By default, the search parameters (query, entity and criteria) from the last search are used when no parameters are provided.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersBehaviorConfig {
        ///The behaviour of the Search when it is added to a Webset.
        #[serde(
            default = "defaults::create_monitor_parameters_behavior_config_behavior"
        )]
        pub behavior: CreateMonitorParametersBehaviorConfigBehavior,
        ///The maximum number of results to find
        pub count: f64,
        ///The criteria to search for. By default, the criteria from the last search is used.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub criteria: ::std::vec::Vec<CreateMonitorParametersBehaviorConfigCriteriaItem>,
        ///The entity to search for. By default, the entity from the last search/import is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///The query to search for. By default, the query from the last search is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<CreateMonitorParametersBehaviorConfigQuery>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateMonitorParametersBehaviorConfig {
        pub fn builder() -> builder::CreateMonitorParametersBehaviorConfig {
            Default::default()
        }
    }
    ///The behaviour of the Search when it is added to a Webset.
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
    pub enum CreateMonitorParametersBehaviorConfigBehavior {
        #[serde(rename = "override")]
        Override,
        #[serde(rename = "append")]
        Append,
    }
    impl ::std::fmt::Display for CreateMonitorParametersBehaviorConfigBehavior {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Override => f.write_str("override"),
                Self::Append => f.write_str("append"),
            }
        }
    }
    impl ::std::str::FromStr for CreateMonitorParametersBehaviorConfigBehavior {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "override" => Ok(Self::Override),
                "append" => Ok(Self::Append),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for CreateMonitorParametersBehaviorConfigBehavior {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateMonitorParametersBehaviorConfigBehavior {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CreateMonitorParametersBehaviorConfigBehavior {
        fn default() -> Self {
            CreateMonitorParametersBehaviorConfigBehavior::Append
        }
    }
    ///`CreateMonitorParametersBehaviorConfigCriteriaItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersBehaviorConfigCriteriaItem {
        pub description: CreateMonitorParametersBehaviorConfigCriteriaItemDescription,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateMonitorParametersBehaviorConfigCriteriaItem {
        pub fn builder() -> builder::CreateMonitorParametersBehaviorConfigCriteriaItem {
            Default::default()
        }
    }
    ///`CreateMonitorParametersBehaviorConfigCriteriaItemDescription`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersBehaviorConfigCriteriaItemDescription(
        ::std::string::String,
    );
    impl ::std::ops::Deref
    for CreateMonitorParametersBehaviorConfigCriteriaItemDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<
        CreateMonitorParametersBehaviorConfigCriteriaItemDescription,
    > for ::std::string::String {
        fn from(
            value: CreateMonitorParametersBehaviorConfigCriteriaItemDescription,
        ) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr
    for CreateMonitorParametersBehaviorConfigCriteriaItemDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for CreateMonitorParametersBehaviorConfigCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateMonitorParametersBehaviorConfigCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for CreateMonitorParametersBehaviorConfigCriteriaItemDescription {
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
    ///The query to search for. By default, the query from the last search is used.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersBehaviorConfigQuery(::std::string::String);
    impl ::std::ops::Deref for CreateMonitorParametersBehaviorConfigQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateMonitorParametersBehaviorConfigQuery>
    for ::std::string::String {
        fn from(value: CreateMonitorParametersBehaviorConfigQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateMonitorParametersBehaviorConfigQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10000usize {
                return Err("longer than 10000 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateMonitorParametersBehaviorConfigQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateMonitorParametersBehaviorConfigQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateMonitorParametersBehaviorConfigQuery {
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
    ///`CreateMonitorParametersBehaviorType`
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
    pub enum CreateMonitorParametersBehaviorType {
        #[serde(rename = "search")]
        Search,
    }
    impl ::std::fmt::Display for CreateMonitorParametersBehaviorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Search => f.write_str("search"),
            }
        }
    }
    impl ::std::str::FromStr for CreateMonitorParametersBehaviorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "search" => Ok(Self::Search),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateMonitorParametersBehaviorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateMonitorParametersBehaviorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CreateMonitorParametersBehaviorType {
        fn default() -> Self {
            CreateMonitorParametersBehaviorType::Search
        }
    }
    ///How often the monitor will run
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateMonitorParametersCadence {
        ///Cron expression for monitor cadence (must be a valid Unix cron with 5 fields). The schedule must trigger at most once per day.
        pub cron: ::std::string::String,
        ///IANA timezone (e.g., "America/New_York")
        #[serde(default = "defaults::create_monitor_parameters_cadence_timezone")]
        pub timezone: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateMonitorParametersCadence {
        pub fn builder() -> builder::CreateMonitorParametersCadence {
            Default::default()
        }
    }
    ///`CreateWebhookParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebhookParameters {
        ///The events to trigger the webhook
        #[serde(default)]
        pub events: ::std::vec::Vec<EventType>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            CreateWebhookParametersMetadataValue,
        >,
        ///The URL to send the webhook to
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebhookParameters {
        pub fn builder() -> builder::CreateWebhookParameters {
            Default::default()
        }
    }
    ///`CreateWebhookParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebhookParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateWebhookParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebhookParametersMetadataValue>
    for ::std::string::String {
        fn from(value: CreateWebhookParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebhookParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateWebhookParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebhookParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebhookParametersMetadataValue {
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
    impl CreateWebsetParameters {
        pub fn builder() -> builder::CreateWebsetParameters {
            Default::default()
        }
    }
    ///`CreateWebsetParametersExcludeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersExcludeItem {
        ///The ID of the source to exclude.
        pub id: CreateWebsetParametersExcludeItemId,
        pub source: CreateWebsetParametersExcludeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersExcludeItem {
        pub fn builder() -> builder::CreateWebsetParametersExcludeItem {
            Default::default()
        }
    }
    ///The ID of the source to exclude.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersExcludeItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersExcludeItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersExcludeItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersExcludeItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersExcludeItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersExcludeItemId {
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
    ///`CreateWebsetParametersExcludeItemSource`
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
    pub enum CreateWebsetParametersExcludeItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetParametersExcludeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersExcludeItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**The external identifier for the webset.

You can use this to reference the Webset by your own internal identifiers.*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersExternalId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersExternalId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersExternalId>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersExternalId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersExternalId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 300usize {
                return Err("longer than 300 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersExternalId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersExternalId {
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
    ///`CreateWebsetParametersImportItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersImportItem {
        ///The ID of the source to search.
        pub id: CreateWebsetParametersImportItemId,
        pub source: CreateWebsetParametersImportItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersImportItem {
        pub fn builder() -> builder::CreateWebsetParametersImportItem {
            Default::default()
        }
    }
    ///The ID of the source to search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersImportItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersImportItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersImportItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersImportItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersImportItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersImportItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersImportItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersImportItemId {
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
    ///`CreateWebsetParametersImportItemSource`
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
    pub enum CreateWebsetParametersImportItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetParametersImportItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersImportItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersImportItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersImportItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateWebsetParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersMetadataValue>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersMetadataValue {
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
    ///Create initial search for the Webset.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearch {
        /**Number of Items the Webset will attempt to find.

The actual number of Items found may be less than this number depending on the search complexity.*/
        #[serde(default = "defaults::create_webset_parameters_search_count")]
        pub count: f64,
        /**Criteria every item is evaluated against.

It's not required to provide your own criteria, we automatically detect the criteria from all the information provided in the query. Only use this when you need more fine control.*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub criteria: ::std::vec::Vec<CreateCriterionParameters>,
        /**Entity the Webset will return results for.

It is not required to provide it, we automatically detect the entity from all the information provided in the query. Only use this when you need more fine control.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///Sources (existing imports or websets) to exclude from search results. Any results found within these sources will be omitted to prevent finding them during search.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclude: ::std::vec::Vec<CreateWebsetParametersSearchExcludeItem>,
        /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.

Any URLs provided will be crawled and used as additional context for the search.*/
        pub query: CreateWebsetParametersSearchQuery,
        /**Whether to provide an estimate of how many total relevant results could exist for this search.
Result of the analysis will be available in the `recall` field within the search request.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub recall: ::std::option::Option<bool>,
        ///Limit this search to only consider candidates from the listed sources (existing Imports or Websets). Scope applies per-search; if you run another search and want to stay within the same dataset, pass scope again. When scope is present, the search behavior is OVERRIDE (replaces results rather than appending). Note: Using the same Import in both top-level import and search.scope will return a 400 error.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scope: ::std::vec::Vec<CreateWebsetParametersSearchScopeItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersSearch {
        pub fn builder() -> builder::CreateWebsetParametersSearch {
            Default::default()
        }
    }
    ///`CreateWebsetParametersSearchExcludeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchExcludeItem {
        ///The ID of the source to exclude.
        pub id: CreateWebsetParametersSearchExcludeItemId,
        pub source: CreateWebsetParametersSearchExcludeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersSearchExcludeItem {
        pub fn builder() -> builder::CreateWebsetParametersSearchExcludeItem {
            Default::default()
        }
    }
    ///The ID of the source to exclude.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchExcludeItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersSearchExcludeItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersSearchExcludeItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersSearchExcludeItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersSearchExcludeItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersSearchExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersSearchExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersSearchExcludeItemId {
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
    ///`CreateWebsetParametersSearchExcludeItemSource`
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
    pub enum CreateWebsetParametersSearchExcludeItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetParametersSearchExcludeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersSearchExcludeItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for CreateWebsetParametersSearchExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersSearchExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.

Any URLs provided will be crawled and used as additional context for the search.*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchQuery(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersSearchQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersSearchQuery>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersSearchQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersSearchQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersSearchQuery {
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
    ///`CreateWebsetParametersSearchScopeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchScopeItem {
        ///The ID of the source to search.
        pub id: CreateWebsetParametersSearchScopeItemId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub relationship: ::std::option::Option<
            CreateWebsetParametersSearchScopeItemRelationship,
        >,
        pub source: CreateWebsetParametersSearchScopeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersSearchScopeItem {
        pub fn builder() -> builder::CreateWebsetParametersSearchScopeItem {
            Default::default()
        }
    }
    ///The ID of the source to search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchScopeItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetParametersSearchScopeItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetParametersSearchScopeItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetParametersSearchScopeItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersSearchScopeItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersSearchScopeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersSearchScopeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetParametersSearchScopeItemId {
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
    ///`CreateWebsetParametersSearchScopeItemRelationship`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetParametersSearchScopeItemRelationship {
        ///What the relationship of the entities you hope to find is relative to the entities contained in the provided source. Only needed for hop searches (graph traversal) from the source entities to related targets. Examples: "investors of", "current employer", "employees at". Omit for simple filtering within the source.
        pub definition: ::std::string::String,
        ///Number of related entities to find per source entity (fanout). Only used for hop searches. Range: 1-10.
        pub limit: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetParametersSearchScopeItemRelationship {
        pub fn builder() -> builder::CreateWebsetParametersSearchScopeItemRelationship {
            Default::default()
        }
    }
    ///`CreateWebsetParametersSearchScopeItemSource`
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
    pub enum CreateWebsetParametersSearchScopeItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetParametersSearchScopeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetParametersSearchScopeItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetParametersSearchScopeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetParametersSearchScopeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateWebsetSearchParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParameters {
        /**How this search interacts with existing items in the Webset:

- **override**: Replace existing items and evaluate all items against new criteria
- **append**: Add new items to existing ones, keeping items that match the new criteria*/
        #[serde(default = "defaults::create_webset_search_parameters_behavior")]
        pub behavior: WebsetSearchBehavior,
        /**Number of Items the Search will attempt to find.

The actual number of Items found may be less than this number depending on the query complexity.*/
        pub count: f64,
        /**Criteria every item is evaluated against.

It's not required to provide your own criteria, we automatically detect the criteria from all the information provided in the query. Only use this when you need more fine control.*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub criteria: ::std::vec::Vec<CreateCriterionParameters>,
        /**Entity the search will return results for.

It is not required to provide it, we automatically detect the entity from all the information provided in the query. Only use this when you need more fine control.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///Sources (existing imports or websets) to exclude from search results. Any results found within these sources will be omitted to prevent finding them during search.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub exclude: ::std::vec::Vec<CreateWebsetSearchParametersExcludeItem>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            CreateWebsetSearchParametersMetadataValue,
        >,
        /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.

Any URLs provided will be crawled and used as additional context for the search.*/
        pub query: CreateWebsetSearchParametersQuery,
        /**Whether to provide an estimate of how many total relevant results could exist for this search.
Result of the analysis will be available in the `recall` field within the search request.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub recall: ::std::option::Option<bool>,
        ///Limit the search to specific sources (existing imports). Any results found within these sources matching the search criteria will be included in the Webset.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scope: ::std::vec::Vec<CreateWebsetSearchParametersScopeItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetSearchParameters {
        pub fn builder() -> builder::CreateWebsetSearchParameters {
            Default::default()
        }
    }
    ///`CreateWebsetSearchParametersExcludeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersExcludeItem {
        ///The ID of the source to exclude.
        pub id: CreateWebsetSearchParametersExcludeItemId,
        pub source: CreateWebsetSearchParametersExcludeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetSearchParametersExcludeItem {
        pub fn builder() -> builder::CreateWebsetSearchParametersExcludeItem {
            Default::default()
        }
    }
    ///The ID of the source to exclude.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersExcludeItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetSearchParametersExcludeItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetSearchParametersExcludeItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetSearchParametersExcludeItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersExcludeItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetSearchParametersExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersExcludeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetSearchParametersExcludeItemId {
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
    ///`CreateWebsetSearchParametersExcludeItemSource`
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
    pub enum CreateWebsetSearchParametersExcludeItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetSearchParametersExcludeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersExcludeItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for CreateWebsetSearchParametersExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersExcludeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateWebsetSearchParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetSearchParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetSearchParametersMetadataValue>
    for ::std::string::String {
        fn from(value: CreateWebsetSearchParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetSearchParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetSearchParametersMetadataValue {
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
    /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.

Any URLs provided will be crawled and used as additional context for the search.*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersQuery(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetSearchParametersQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetSearchParametersQuery>
    for ::std::string::String {
        fn from(value: CreateWebsetSearchParametersQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetSearchParametersQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetSearchParametersQuery {
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
    ///`CreateWebsetSearchParametersScopeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersScopeItem {
        ///The ID of the source to search.
        pub id: CreateWebsetSearchParametersScopeItemId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub relationship: ::std::option::Option<
            CreateWebsetSearchParametersScopeItemRelationship,
        >,
        pub source: CreateWebsetSearchParametersScopeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetSearchParametersScopeItem {
        pub fn builder() -> builder::CreateWebsetSearchParametersScopeItem {
            Default::default()
        }
    }
    ///The ID of the source to search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersScopeItemId(::std::string::String);
    impl ::std::ops::Deref for CreateWebsetSearchParametersScopeItemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateWebsetSearchParametersScopeItemId>
    for ::std::string::String {
        fn from(value: CreateWebsetSearchParametersScopeItemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersScopeItemId {
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
    impl ::std::convert::TryFrom<&str> for CreateWebsetSearchParametersScopeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersScopeItemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateWebsetSearchParametersScopeItemId {
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
    ///`CreateWebsetSearchParametersScopeItemRelationship`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CreateWebsetSearchParametersScopeItemRelationship {
        ///What the relationship of the entities you hope to find is relative to the entities contained in the provided source.
        pub definition: ::std::string::String,
        pub limit: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateWebsetSearchParametersScopeItemRelationship {
        pub fn builder() -> builder::CreateWebsetSearchParametersScopeItemRelationship {
            Default::default()
        }
    }
    ///`CreateWebsetSearchParametersScopeItemSource`
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
    pub enum CreateWebsetSearchParametersScopeItemSource {
        #[serde(rename = "import")]
        Import,
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for CreateWebsetSearchParametersScopeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for CreateWebsetSearchParametersScopeItemSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateWebsetSearchParametersScopeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateWebsetSearchParametersScopeItemSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CustomEntity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomEntity {
        pub description: CustomEntityDescription,
        #[serde(rename = "type")]
        pub type_: CustomEntityType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CustomEntity {
        pub fn builder() -> builder::CustomEntity {
            Default::default()
        }
    }
    ///`CustomEntityDescription`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct CustomEntityDescription(::std::string::String);
    impl ::std::ops::Deref for CustomEntityDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CustomEntityDescription> for ::std::string::String {
        fn from(value: CustomEntityDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CustomEntityDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomEntityDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomEntityDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomEntityDescription {
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
    ///`CustomEntityType`
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
    pub enum CustomEntityType {
        #[serde(rename = "custom")]
        Custom,
    }
    impl ::std::fmt::Display for CustomEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Custom => f.write_str("custom"),
            }
        }
    }
    impl ::std::str::FromStr for CustomEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "custom" => Ok(Self::Custom),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CustomEntityType {
        fn default() -> Self {
            CustomEntityType::Custom
        }
    }
    ///`EnrichmentResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EnrichmentResult {
        ///The id of the Enrichment that generated the result
        #[serde(rename = "enrichmentId")]
        pub enrichment_id: ::std::string::String,
        pub format: WebsetEnrichmentFormat,
        pub object: EnrichmentResultObject,
        ///The reasoning for the result when an Agent is used.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub reasoning: ::std::option::Option<::std::string::String>,
        ///The references used to generate the result.
        #[serde(default)]
        pub references: ::std::vec::Vec<EnrichmentResultReferencesItem>,
        ///The result of the enrichment.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub result: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The status of the enrichment result.
        pub status: EnrichmentResultStatus,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EnrichmentResult {
        pub fn builder() -> builder::EnrichmentResult {
            Default::default()
        }
    }
    ///`EnrichmentResultObject`
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
    pub enum EnrichmentResultObject {
        #[serde(rename = "enrichment_result")]
        EnrichmentResult,
    }
    impl ::std::fmt::Display for EnrichmentResultObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EnrichmentResult => f.write_str("enrichment_result"),
            }
        }
    }
    impl ::std::str::FromStr for EnrichmentResultObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "enrichment_result" => Ok(Self::EnrichmentResult),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EnrichmentResultObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EnrichmentResultObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for EnrichmentResultObject {
        fn default() -> Self {
            EnrichmentResultObject::EnrichmentResult
        }
    }
    ///`EnrichmentResultReferencesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EnrichmentResultReferencesItem {
        ///The relevant snippet of the reference content
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub snippet: ::std::option::Option<::std::string::String>,
        ///The title of the reference
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the reference
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EnrichmentResultReferencesItem {
        pub fn builder() -> builder::EnrichmentResultReferencesItem {
            Default::default()
        }
    }
    ///`Entity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum Entity {
        CompanyEntity(CompanyEntity),
        PersonEntity(PersonEntity),
        ArticleEntity(ArticleEntity),
        ResearchPaperEntity(ResearchPaperEntity),
        CustomEntity(CustomEntity),
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
    impl ::std::convert::From<ArticleEntity> for Entity {
        fn from(value: ArticleEntity) -> Self {
            Self::ArticleEntity(value)
        }
    }
    impl ::std::convert::From<ResearchPaperEntity> for Entity {
        fn from(value: ResearchPaperEntity) -> Self {
            Self::ResearchPaperEntity(value)
        }
    }
    impl ::std::convert::From<CustomEntity> for Entity {
        fn from(value: CustomEntity) -> Self {
            Self::CustomEntity(value)
        }
    }
    ///`Event`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(tag = "type")]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum Event {
        #[serde(rename = "webset.created")]
        WebsetCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Webset,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.deleted")]
        WebsetDeleted {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Webset,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.idle")]
        WebsetIdle {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Webset,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.paused")]
        WebsetPaused {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Webset,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.item.created")]
        WebsetItemCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetItem,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.item.enriched")]
        WebsetItemEnriched {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetItem,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.search.created")]
        WebsetSearchCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetSearch,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.search.updated")]
        WebsetSearchUpdated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetSearch,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.search.canceled")]
        WebsetSearchCanceled {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetSearch,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "webset.search.completed")]
        WebsetSearchCompleted {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: WebsetSearch,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "import.created")]
        ImportCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Import,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "import.completed")]
        ImportCompleted {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Import,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "monitor.created")]
        MonitorCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Monitor,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "monitor.updated")]
        MonitorUpdated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Monitor,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "monitor.deleted")]
        MonitorDeleted {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: Monitor,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "monitor.run.created")]
        MonitorRunCreated {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: MonitorRun,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
        #[serde(rename = "monitor.run.completed")]
        MonitorRunCompleted {
            ///The date and time the event was created
            #[serde(rename = "createdAt")]
            created_at: ::chrono::DateTime<::chrono::offset::Utc>,
            data: MonitorRun,
            ///The unique identifier for the event
            id: ::std::string::String,
            object: EventObject,
        },
    }
    ///`EventObject`
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
    pub enum EventObject {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for EventObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for EventObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EventObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for EventObject {
        fn default() -> Self {
            EventObject::Event
        }
    }
    ///`EventsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EventsListCursor(::std::string::String);
    impl ::std::ops::Deref for EventsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EventsListCursor> for ::std::string::String {
        fn from(value: EventsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for EventsListCursor {
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
    impl ::std::convert::TryFrom<&str> for EventsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EventsListCursor {
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
    ///`EventsListTypesItem`
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
    pub enum EventsListTypesItem {
        #[serde(rename = "webset.created")]
        WebsetCreated,
        #[serde(rename = "webset.deleted")]
        WebsetDeleted,
        #[serde(rename = "webset.paused")]
        WebsetPaused,
        #[serde(rename = "webset.idle")]
        WebsetIdle,
        #[serde(rename = "webset.search.created")]
        WebsetSearchCreated,
        #[serde(rename = "webset.search.canceled")]
        WebsetSearchCanceled,
        #[serde(rename = "webset.search.completed")]
        WebsetSearchCompleted,
        #[serde(rename = "webset.search.updated")]
        WebsetSearchUpdated,
        #[serde(rename = "import.created")]
        ImportCreated,
        #[serde(rename = "import.completed")]
        ImportCompleted,
        #[serde(rename = "webset.item.created")]
        WebsetItemCreated,
        #[serde(rename = "webset.item.enriched")]
        WebsetItemEnriched,
        #[serde(rename = "monitor.created")]
        MonitorCreated,
        #[serde(rename = "monitor.updated")]
        MonitorUpdated,
        #[serde(rename = "monitor.deleted")]
        MonitorDeleted,
        #[serde(rename = "monitor.run.created")]
        MonitorRunCreated,
        #[serde(rename = "monitor.run.completed")]
        MonitorRunCompleted,
        #[serde(rename = "webset.export.created")]
        WebsetExportCreated,
        #[serde(rename = "webset.export.completed")]
        WebsetExportCompleted,
    }
    impl ::std::fmt::Display for EventsListTypesItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebsetCreated => f.write_str("webset.created"),
                Self::WebsetDeleted => f.write_str("webset.deleted"),
                Self::WebsetPaused => f.write_str("webset.paused"),
                Self::WebsetIdle => f.write_str("webset.idle"),
                Self::WebsetSearchCreated => f.write_str("webset.search.created"),
                Self::WebsetSearchCanceled => f.write_str("webset.search.canceled"),
                Self::WebsetSearchCompleted => f.write_str("webset.search.completed"),
                Self::WebsetSearchUpdated => f.write_str("webset.search.updated"),
                Self::ImportCreated => f.write_str("import.created"),
                Self::ImportCompleted => f.write_str("import.completed"),
                Self::WebsetItemCreated => f.write_str("webset.item.created"),
                Self::WebsetItemEnriched => f.write_str("webset.item.enriched"),
                Self::MonitorCreated => f.write_str("monitor.created"),
                Self::MonitorUpdated => f.write_str("monitor.updated"),
                Self::MonitorDeleted => f.write_str("monitor.deleted"),
                Self::MonitorRunCreated => f.write_str("monitor.run.created"),
                Self::MonitorRunCompleted => f.write_str("monitor.run.completed"),
                Self::WebsetExportCreated => f.write_str("webset.export.created"),
                Self::WebsetExportCompleted => f.write_str("webset.export.completed"),
            }
        }
    }
    impl ::std::str::FromStr for EventsListTypesItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset.created" => Ok(Self::WebsetCreated),
                "webset.deleted" => Ok(Self::WebsetDeleted),
                "webset.paused" => Ok(Self::WebsetPaused),
                "webset.idle" => Ok(Self::WebsetIdle),
                "webset.search.created" => Ok(Self::WebsetSearchCreated),
                "webset.search.canceled" => Ok(Self::WebsetSearchCanceled),
                "webset.search.completed" => Ok(Self::WebsetSearchCompleted),
                "webset.search.updated" => Ok(Self::WebsetSearchUpdated),
                "import.created" => Ok(Self::ImportCreated),
                "import.completed" => Ok(Self::ImportCompleted),
                "webset.item.created" => Ok(Self::WebsetItemCreated),
                "webset.item.enriched" => Ok(Self::WebsetItemEnriched),
                "monitor.created" => Ok(Self::MonitorCreated),
                "monitor.updated" => Ok(Self::MonitorUpdated),
                "monitor.deleted" => Ok(Self::MonitorDeleted),
                "monitor.run.created" => Ok(Self::MonitorRunCreated),
                "monitor.run.completed" => Ok(Self::MonitorRunCompleted),
                "webset.export.created" => Ok(Self::WebsetExportCreated),
                "webset.export.completed" => Ok(Self::WebsetExportCompleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EventsListTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventsListTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetWebsetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetWebsetResponse {
        ///The date and time the webset was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
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
    impl GetWebsetResponse {
        pub fn builder() -> builder::GetWebsetResponse {
            Default::default()
        }
    }
    ///`GetWebsetResponseExcludesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetWebsetResponseExcludesItem {
        pub id: ::std::string::String,
        pub source: WebsetExcludesItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetWebsetResponseExcludesItem {
        pub fn builder() -> builder::GetWebsetResponseExcludesItem {
            Default::default()
        }
    }
    ///`GetWebsetResponseMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetWebsetResponseMetadataValue(::std::string::String);
    impl ::std::ops::Deref for GetWebsetResponseMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetWebsetResponseMetadataValue> for ::std::string::String {
        fn from(value: GetWebsetResponseMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetWebsetResponseMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for GetWebsetResponseMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetWebsetResponseMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetWebsetResponseMetadataValue {
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
    ///`GetWebsetResponseObject`
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
    pub enum GetWebsetResponseObject {
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for GetWebsetResponseObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for GetWebsetResponseObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetWebsetResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetWebsetResponseObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for GetWebsetResponseObject {
        fn default() -> Self {
            GetWebsetResponseObject::Webset
        }
    }
    ///`Import`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Import {
        ///The number of entities in the import
        pub count: f64,
        ///When the import was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The type of entity the import contains.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///When the import failed
        #[serde(
            rename = "failedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///A human readable message of the import failure
        #[serde(
            rename = "failedMessage",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_message: ::std::option::Option<::std::string::String>,
        ///The reason the import failed
        #[serde(
            rename = "failedReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_reason: ::std::option::Option<ImportFailedReason>,
        ///The format of the import.
        pub format: ImportFormat,
        ///The unique identifier for the Import
        pub id: ::std::string::String,
        ///Set of key-value pairs you want to associate with this object.
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ImportMetadataValue,
        >,
        ///The type of object
        pub object: ImportObject,
        ///The status of the Import
        pub status: ImportStatus,
        ///The title of the import
        pub title: ::std::string::String,
        ///When the import was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Import {
        pub fn builder() -> builder::Import {
            Default::default()
        }
    }
    ///`ImportMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ImportMetadataValue(::std::string::String);
    impl ::std::ops::Deref for ImportMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ImportMetadataValue> for ::std::string::String {
        fn from(value: ImportMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ImportMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for ImportMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ImportMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ImportMetadataValue {
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
    ///The type of object
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
    pub enum ImportObject {
        #[serde(rename = "import")]
        Import,
    }
    impl ::std::fmt::Display for ImportObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Import => f.write_str("import"),
            }
        }
    }
    impl ::std::str::FromStr for ImportObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "import" => Ok(Self::Import),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ImportObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ImportObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ImportsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ImportsListCursor(::std::string::String);
    impl ::std::ops::Deref for ImportsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ImportsListCursor> for ::std::string::String {
        fn from(value: ImportsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ImportsListCursor {
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
    impl ::std::convert::TryFrom<&str> for ImportsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ImportsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ImportsListCursor {
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
    ///`ListEventsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListEventsResponse {
        ///The list of events
        #[serde(default)]
        pub data: ::std::vec::Vec<Event>,
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
    impl ListEventsResponse {
        pub fn builder() -> builder::ListEventsResponse {
            Default::default()
        }
    }
    ///`ListImportsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListImportsResponse {
        ///The list of imports
        #[serde(default)]
        pub data: ::std::vec::Vec<Import>,
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
    impl ListImportsResponse {
        pub fn builder() -> builder::ListImportsResponse {
            Default::default()
        }
    }
    ///`ListMonitorRunsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListMonitorRunsResponse {
        ///The list of monitor runs
        #[serde(default)]
        pub data: ::std::vec::Vec<MonitorRun>,
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
    impl ListMonitorRunsResponse {
        pub fn builder() -> builder::ListMonitorRunsResponse {
            Default::default()
        }
    }
    ///`ListMonitorsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListMonitorsResponse {
        ///The list of monitors
        #[serde(default)]
        pub data: ::std::vec::Vec<Monitor>,
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
    impl ListMonitorsResponse {
        pub fn builder() -> builder::ListMonitorsResponse {
            Default::default()
        }
    }
    ///`ListWebhookAttemptsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListWebhookAttemptsResponse {
        ///The list of webhook attempts
        #[serde(default)]
        pub data: ::std::vec::Vec<WebhookAttempt>,
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
    impl ListWebhookAttemptsResponse {
        pub fn builder() -> builder::ListWebhookAttemptsResponse {
            Default::default()
        }
    }
    ///`ListWebhooksResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ListWebhooksResponse {
        ///The list of webhooks
        #[serde(default)]
        pub data: ::std::vec::Vec<Webhook>,
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
    impl ListWebhooksResponse {
        pub fn builder() -> builder::ListWebhooksResponse {
            Default::default()
        }
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
    impl ListWebsetItemResponse {
        pub fn builder() -> builder::ListWebsetItemResponse {
            Default::default()
        }
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
    impl ListWebsetsResponse {
        pub fn builder() -> builder::ListWebsetsResponse {
            Default::default()
        }
    }
    ///`Monitor`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Monitor {
        pub behavior: MonitorBehavior,
        pub cadence: MonitorCadence,
        ///When the monitor was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the Monitor
        pub id: ::std::string::String,
        ///The last run of the monitor
        #[serde(
            rename = "lastRun",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub last_run: ::std::option::Option<MonitorRun>,
        ///Set of key-value pairs you want to associate with this object.
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            MonitorMetadataValue,
        >,
        ///Date and time when the next run will occur in
        #[serde(
            rename = "nextRunAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub next_run_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The type of object
        pub object: MonitorObject,
        ///The status of the Monitor
        pub status: MonitorStatus,
        ///When the monitor was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The id of the Webset the Monitor belongs to
        #[serde(rename = "websetId")]
        pub webset_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Monitor {
        pub fn builder() -> builder::Monitor {
            Default::default()
        }
    }
    ///`MonitorBehavior`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorBehavior {
        pub config: MonitorBehaviorConfig,
        #[serde(rename = "type")]
        pub type_: MonitorBehaviorType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MonitorBehavior {
        pub fn builder() -> builder::MonitorBehavior {
            Default::default()
        }
    }
    /**Specify the search parameters for the Monitor.

By default, the search parameters (query, entity and criteria) from the last search are used when no parameters are provided.*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorBehaviorConfig {
        ///The behaviour of the Search when it is added to a Webset.
        #[serde(default = "defaults::monitor_behavior_config_behavior")]
        pub behavior: MonitorBehaviorConfigBehavior,
        ///The maximum number of results to find
        pub count: f64,
        ///The criteria to search for. By default, the criteria from the last search is used.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub criteria: ::std::vec::Vec<MonitorBehaviorConfigCriteriaItem>,
        ///The entity to search for. By default, the entity from the last search/import is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///The query to search for. By default, the query from the last search is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub query: ::std::option::Option<MonitorBehaviorConfigQuery>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MonitorBehaviorConfig {
        pub fn builder() -> builder::MonitorBehaviorConfig {
            Default::default()
        }
    }
    ///`MonitorBehaviorConfigCriteriaItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorBehaviorConfigCriteriaItem {
        pub description: MonitorBehaviorConfigCriteriaItemDescription,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MonitorBehaviorConfigCriteriaItem {
        pub fn builder() -> builder::MonitorBehaviorConfigCriteriaItem {
            Default::default()
        }
    }
    ///`MonitorBehaviorConfigCriteriaItemDescription`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorBehaviorConfigCriteriaItemDescription(::std::string::String);
    impl ::std::ops::Deref for MonitorBehaviorConfigCriteriaItemDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MonitorBehaviorConfigCriteriaItemDescription>
    for ::std::string::String {
        fn from(value: MonitorBehaviorConfigCriteriaItemDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MonitorBehaviorConfigCriteriaItemDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MonitorBehaviorConfigCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for MonitorBehaviorConfigCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for MonitorBehaviorConfigCriteriaItemDescription {
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
    ///The query to search for. By default, the query from the last search is used.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorBehaviorConfigQuery(::std::string::String);
    impl ::std::ops::Deref for MonitorBehaviorConfigQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MonitorBehaviorConfigQuery> for ::std::string::String {
        fn from(value: MonitorBehaviorConfigQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MonitorBehaviorConfigQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10000usize {
                return Err("longer than 10000 characters".into());
            }
            if value.chars().count() < 2usize {
                return Err("shorter than 2 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for MonitorBehaviorConfigQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorBehaviorConfigQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorBehaviorConfigQuery {
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
    ///`MonitorBehaviorType`
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
    pub enum MonitorBehaviorType {
        #[serde(rename = "search")]
        Search,
    }
    impl ::std::fmt::Display for MonitorBehaviorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Search => f.write_str("search"),
            }
        }
    }
    impl ::std::str::FromStr for MonitorBehaviorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "search" => Ok(Self::Search),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MonitorBehaviorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorBehaviorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for MonitorBehaviorType {
        fn default() -> Self {
            MonitorBehaviorType::Search
        }
    }
    ///`MonitorCadence`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorCadence {
        ///Cron expression for monitor cadence (must be a valid Unix cron with 5 fields). The schedule must trigger at most once per day.
        pub cron: ::std::string::String,
        ///IANA timezone (e.g., "America/New_York")
        #[serde(default = "defaults::monitor_cadence_timezone")]
        pub timezone: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MonitorCadence {
        pub fn builder() -> builder::MonitorCadence {
            Default::default()
        }
    }
    ///`MonitorMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorMetadataValue(::std::string::String);
    impl ::std::ops::Deref for MonitorMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MonitorMetadataValue> for ::std::string::String {
        fn from(value: MonitorMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MonitorMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for MonitorMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorMetadataValue {
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
    ///The type of object
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
    pub enum MonitorObject {
        #[serde(rename = "monitor")]
        Monitor,
    }
    impl ::std::fmt::Display for MonitorObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Monitor => f.write_str("monitor"),
            }
        }
    }
    impl ::std::str::FromStr for MonitorObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "monitor" => Ok(Self::Monitor),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MonitorObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`MonitorRun`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorRun {
        ///When the run was canceled
        #[serde(
            rename = "canceledAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub canceled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the run completed
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
        ///When the run failed
        #[serde(
            rename = "failedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The reason the run failed
        #[serde(
            rename = "failedReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub failed_reason: ::std::option::Option<::std::string::String>,
        ///The unique identifier for the Monitor Run
        pub id: ::std::string::String,
        ///The monitor that the run is associated with
        #[serde(rename = "monitorId")]
        pub monitor_id: ::std::string::String,
        ///The type of object
        pub object: MonitorRunObject,
        ///The status of the Monitor Run
        pub status: MonitorRunStatus,
        ///The type of the Monitor Run
        #[serde(rename = "type")]
        pub type_: MonitorRunType,
        ///When the run was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MonitorRun {
        pub fn builder() -> builder::MonitorRun {
            Default::default()
        }
    }
    ///The type of object
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
    pub enum MonitorRunObject {
        #[serde(rename = "monitor_run")]
        MonitorRun,
    }
    impl ::std::fmt::Display for MonitorRunObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::MonitorRun => f.write_str("monitor_run"),
            }
        }
    }
    impl ::std::str::FromStr for MonitorRunObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "monitor_run" => Ok(Self::MonitorRun),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MonitorRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorRunObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`MonitorsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct MonitorsListCursor(::std::string::String);
    impl ::std::ops::Deref for MonitorsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MonitorsListCursor> for ::std::string::String {
        fn from(value: MonitorsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MonitorsListCursor {
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
    impl ::std::convert::TryFrom<&str> for MonitorsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MonitorsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorsListCursor {
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
    ///`PersonEntity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PersonEntity {
        #[serde(rename = "type")]
        pub type_: PersonEntityType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PersonEntity {
        pub fn builder() -> builder::PersonEntity {
            Default::default()
        }
    }
    ///`PersonEntityType`
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
    impl ::std::default::Default for PersonEntityType {
        fn default() -> Self {
            PersonEntityType::Person
        }
    }
    ///`PreviewWebsetParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetParameters {
        pub search: PreviewWebsetParametersSearch,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetParameters {
        pub fn builder() -> builder::PreviewWebsetParameters {
            Default::default()
        }
    }
    ///`PreviewWebsetParametersSearch`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetParametersSearch {
        ///When query parameter search=true, the number of preview items to return.
        #[serde(default = "defaults::preview_webset_parameters_search_count")]
        pub count: f64,
        /**Entity used to inform the decomposition.

It is not required to provide it, we automatically detect the entity from all the information provided in the query. Only use this when you need more fine control.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.*/
        pub query: PreviewWebsetParametersSearchQuery,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetParametersSearch {
        pub fn builder() -> builder::PreviewWebsetParametersSearch {
            Default::default()
        }
    }
    /**Natural language search query describing what you are looking for.

Be specific and descriptive about your requirements, characteristics, and any constraints that help narrow down the results.*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetParametersSearchQuery(::std::string::String);
    impl ::std::ops::Deref for PreviewWebsetParametersSearchQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PreviewWebsetParametersSearchQuery>
    for ::std::string::String {
        fn from(value: PreviewWebsetParametersSearchQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PreviewWebsetParametersSearchQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PreviewWebsetParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PreviewWebsetParametersSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PreviewWebsetParametersSearchQuery {
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
    ///`PreviewWebsetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetResponse {
        ///Detected enrichments from the query.
        #[serde(default)]
        pub enrichments: ::std::vec::Vec<PreviewWebsetResponseEnrichmentsItem>,
        ///Preview items matching the search criteria.
        #[serde(default)]
        pub items: ::std::vec::Vec<WebsetItemPreview>,
        pub search: PreviewWebsetResponseSearch,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetResponse {
        pub fn builder() -> builder::PreviewWebsetResponse {
            Default::default()
        }
    }
    ///`PreviewWebsetResponseEnrichmentsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetResponseEnrichmentsItem {
        ///Description of the enrichment.
        pub description: ::std::string::String,
        ///Format of the enrichment.
        pub format: PreviewWebsetResponseEnrichmentsItemFormat,
        ///When format is options, the options detected from the query.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<PreviewWebsetResponseEnrichmentsItemOptionsItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetResponseEnrichmentsItem {
        pub fn builder() -> builder::PreviewWebsetResponseEnrichmentsItem {
            Default::default()
        }
    }
    ///`PreviewWebsetResponseEnrichmentsItemOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetResponseEnrichmentsItemOptionsItem {
        ///Label of the option.
        pub label: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetResponseEnrichmentsItemOptionsItem {
        pub fn builder() -> builder::PreviewWebsetResponseEnrichmentsItemOptionsItem {
            Default::default()
        }
    }
    ///`PreviewWebsetResponseSearch`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetResponseSearch {
        ///Detected criteria from the query.
        #[serde(default)]
        pub criteria: ::std::vec::Vec<PreviewWebsetResponseSearchCriteriaItem>,
        ///Detected entity from the query.
        pub entity: PreviewWebsetResponseSearchEntity,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetResponseSearch {
        pub fn builder() -> builder::PreviewWebsetResponseSearch {
            Default::default()
        }
    }
    ///`PreviewWebsetResponseSearchCriteriaItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PreviewWebsetResponseSearchCriteriaItem {
        pub description: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PreviewWebsetResponseSearchCriteriaItem {
        pub fn builder() -> builder::PreviewWebsetResponseSearchCriteriaItem {
            Default::default()
        }
    }
    ///Detected entity from the query.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum PreviewWebsetResponseSearchEntity {
        CompanyEntity(CompanyEntity),
        PersonEntity(PersonEntity),
        ArticleEntity(ArticleEntity),
        ResearchPaperEntity(ResearchPaperEntity),
        CustomEntity(CustomEntity),
    }
    impl ::std::convert::From<CompanyEntity> for PreviewWebsetResponseSearchEntity {
        fn from(value: CompanyEntity) -> Self {
            Self::CompanyEntity(value)
        }
    }
    impl ::std::convert::From<PersonEntity> for PreviewWebsetResponseSearchEntity {
        fn from(value: PersonEntity) -> Self {
            Self::PersonEntity(value)
        }
    }
    impl ::std::convert::From<ArticleEntity> for PreviewWebsetResponseSearchEntity {
        fn from(value: ArticleEntity) -> Self {
            Self::ArticleEntity(value)
        }
    }
    impl ::std::convert::From<ResearchPaperEntity>
    for PreviewWebsetResponseSearchEntity {
        fn from(value: ResearchPaperEntity) -> Self {
            Self::ResearchPaperEntity(value)
        }
    }
    impl ::std::convert::From<CustomEntity> for PreviewWebsetResponseSearchEntity {
        fn from(value: CustomEntity) -> Self {
            Self::CustomEntity(value)
        }
    }
    ///`ResearchPaperEntity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ResearchPaperEntity {
        #[serde(rename = "type")]
        pub type_: ResearchPaperEntityType,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ResearchPaperEntity {
        pub fn builder() -> builder::ResearchPaperEntity {
            Default::default()
        }
    }
    ///`ResearchPaperEntityType`
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
    pub enum ResearchPaperEntityType {
        #[serde(rename = "research_paper")]
        ResearchPaper,
    }
    impl ::std::fmt::Display for ResearchPaperEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResearchPaper => f.write_str("research_paper"),
            }
        }
    }
    impl ::std::str::FromStr for ResearchPaperEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "research_paper" => Ok(Self::ResearchPaper),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ResearchPaperEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResearchPaperEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ResearchPaperEntityType {
        fn default() -> Self {
            ResearchPaperEntityType::ResearchPaper
        }
    }
    ///`UpdateEnrichmentParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateEnrichmentParameters {
        ///Provide a description of the enrichment task you want to perform to each Webset Item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub description: ::std::option::Option<UpdateEnrichmentParametersDescription>,
        /**Format of the enrichment response.

We automatically select the best format based on the description. If you want to explicitly specify the format, you can do so here.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub format: ::std::option::Option<UpdateEnrichmentParametersFormat>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                UpdateEnrichmentParametersMetadataValue,
            >,
        >,
        ///When the format is options, the different options for the enrichment agent to choose from.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub options: ::std::vec::Vec<UpdateEnrichmentParametersOptionsItem>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateEnrichmentParameters {
        pub fn builder() -> builder::UpdateEnrichmentParameters {
            Default::default()
        }
    }
    ///Provide a description of the enrichment task you want to perform to each Webset Item.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateEnrichmentParametersDescription(::std::string::String);
    impl ::std::ops::Deref for UpdateEnrichmentParametersDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateEnrichmentParametersDescription>
    for ::std::string::String {
        fn from(value: UpdateEnrichmentParametersDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateEnrichmentParametersDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateEnrichmentParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateEnrichmentParametersDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateEnrichmentParametersDescription {
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
    /**Format of the enrichment response.

We automatically select the best format based on the description. If you want to explicitly specify the format, you can do so here.*/
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
    pub enum UpdateEnrichmentParametersFormat {
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "date")]
        Date,
        #[serde(rename = "number")]
        Number,
        #[serde(rename = "options")]
        Options,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "phone")]
        Phone,
        #[serde(rename = "url")]
        Url,
    }
    impl ::std::fmt::Display for UpdateEnrichmentParametersFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Text => f.write_str("text"),
                Self::Date => f.write_str("date"),
                Self::Number => f.write_str("number"),
                Self::Options => f.write_str("options"),
                Self::Email => f.write_str("email"),
                Self::Phone => f.write_str("phone"),
                Self::Url => f.write_str("url"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateEnrichmentParametersFormat {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "date" => Ok(Self::Date),
                "number" => Ok(Self::Number),
                "options" => Ok(Self::Options),
                "email" => Ok(Self::Email),
                "phone" => Ok(Self::Phone),
                "url" => Ok(Self::Url),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateEnrichmentParametersFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateEnrichmentParametersFormat {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UpdateEnrichmentParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateEnrichmentParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for UpdateEnrichmentParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateEnrichmentParametersMetadataValue>
    for ::std::string::String {
        fn from(value: UpdateEnrichmentParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateEnrichmentParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for UpdateEnrichmentParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateEnrichmentParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateEnrichmentParametersMetadataValue {
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
    ///`UpdateEnrichmentParametersOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateEnrichmentParametersOptionsItem {
        ///The label of the option
        pub label: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateEnrichmentParametersOptionsItem {
        pub fn builder() -> builder::UpdateEnrichmentParametersOptionsItem {
            Default::default()
        }
    }
    ///`UpdateImport`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateImport {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateImport {
        pub fn builder() -> builder::UpdateImport {
            Default::default()
        }
    }
    ///`UpdateMonitor`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateMonitor {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub behavior: ::std::option::Option<MonitorBehavior>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub cadence: ::std::option::Option<MonitorCadence>,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The status of the monitor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub status: ::std::option::Option<UpdateMonitorStatus>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateMonitor {
        pub fn builder() -> builder::UpdateMonitor {
            Default::default()
        }
    }
    ///The status of the monitor.
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
    pub enum UpdateMonitorStatus {
        #[serde(rename = "enabled")]
        Enabled,
        #[serde(rename = "disabled")]
        Disabled,
    }
    impl ::std::fmt::Display for UpdateMonitorStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Enabled => f.write_str("enabled"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateMonitorStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "enabled" => Ok(Self::Enabled),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateMonitorStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateMonitorStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UpdateWebhookParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateWebhookParameters {
        ///The events to trigger the webhook
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<EventType>,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            UpdateWebhookParametersMetadataValue,
        >,
        ///The URL to send the webhook to
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateWebhookParameters {
        pub fn builder() -> builder::UpdateWebhookParameters {
            Default::default()
        }
    }
    ///`UpdateWebhookParametersMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateWebhookParametersMetadataValue(::std::string::String);
    impl ::std::ops::Deref for UpdateWebhookParametersMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateWebhookParametersMetadataValue>
    for ::std::string::String {
        fn from(value: UpdateWebhookParametersMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateWebhookParametersMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for UpdateWebhookParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateWebhookParametersMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateWebhookParametersMetadataValue {
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
    ///`UpdateWebsetRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateWebsetRequest {
        ///Set of key-value pairs you want to associate with this object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                UpdateWebsetRequestMetadataValue,
            >,
        >,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UpdateWebsetRequest {
        pub fn builder() -> builder::UpdateWebsetRequest {
            Default::default()
        }
    }
    ///`UpdateWebsetRequestMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UpdateWebsetRequestMetadataValue(::std::string::String);
    impl ::std::ops::Deref for UpdateWebsetRequestMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateWebsetRequestMetadataValue>
    for ::std::string::String {
        fn from(value: UpdateWebsetRequestMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateWebsetRequestMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for UpdateWebsetRequestMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateWebsetRequestMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateWebsetRequestMetadataValue {
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
    ///`Webhook`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Webhook {
        ///The date and time the webhook was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The events to trigger the webhook
        #[serde(default)]
        pub events: ::std::vec::Vec<EventType>,
        ///The unique identifier for the webhook
        pub id: ::std::string::String,
        ///The metadata of the webhook
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            WebhookMetadataValue,
        >,
        pub object: WebhookObject,
        ///The secret to verify the webhook signature. Only returned on Webhook creation.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub secret: ::std::option::Option<::std::string::String>,
        ///The status of the webhook
        pub status: WebhookStatus,
        ///The date and time the webhook was last updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The URL to send the webhook to
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    ///`WebhookAttempt`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebhookAttempt {
        ///The attempt number of the webhook
        pub attempt: f64,
        ///The date and time the webhook attempt was made
        #[serde(rename = "attemptedAt")]
        pub attempted_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the event
        #[serde(rename = "eventId")]
        pub event_id: ::std::string::String,
        ///The type of event
        #[serde(rename = "eventType")]
        pub event_type: WebhookAttemptEventType,
        ///The unique identifier for the webhook attempt
        pub id: ::std::string::String,
        pub object: WebhookAttemptObject,
        ///The body of the response
        #[serde(
            rename = "responseBody",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub response_body: ::std::option::Option<::std::string::String>,
        ///The headers of the response
        #[serde(rename = "responseHeaders")]
        pub response_headers: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The status code of the response
        #[serde(rename = "responseStatusCode")]
        pub response_status_code: f64,
        ///Whether the attempt was successful
        pub successful: bool,
        ///The URL that was used during the attempt
        pub url: ::std::string::String,
        ///The unique identifier for the webhook
        #[serde(rename = "webhookId")]
        pub webhook_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookAttempt {
        pub fn builder() -> builder::WebhookAttempt {
            Default::default()
        }
    }
    ///`WebhookAttemptObject`
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
    pub enum WebhookAttemptObject {
        #[serde(rename = "webhook_attempt")]
        WebhookAttempt,
    }
    impl ::std::fmt::Display for WebhookAttemptObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebhookAttempt => f.write_str("webhook_attempt"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookAttemptObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webhook_attempt" => Ok(Self::WebhookAttempt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookAttemptObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookAttemptObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebhookAttemptObject {
        fn default() -> Self {
            WebhookAttemptObject::WebhookAttempt
        }
    }
    ///`WebhookMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebhookMetadataValue(::std::string::String);
    impl ::std::ops::Deref for WebhookMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookMetadataValue> for ::std::string::String {
        fn from(value: WebhookMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for WebhookMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookMetadataValue {
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
    ///`WebhookObject`
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
    pub enum WebhookObject {
        #[serde(rename = "webhook")]
        Webhook,
    }
    impl ::std::fmt::Display for WebhookObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Webhook => f.write_str("webhook"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webhook" => Ok(Self::Webhook),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebhookObject {
        fn default() -> Self {
            WebhookObject::Webhook
        }
    }
    ///`WebhooksAttemptsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebhooksAttemptsListCursor(::std::string::String);
    impl ::std::ops::Deref for WebhooksAttemptsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhooksAttemptsListCursor> for ::std::string::String {
        fn from(value: WebhooksAttemptsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhooksAttemptsListCursor {
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
    impl ::std::convert::TryFrom<&str> for WebhooksAttemptsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhooksAttemptsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhooksAttemptsListCursor {
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
    ///`WebhooksAttemptsListEventType`
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
    pub enum WebhooksAttemptsListEventType {
        #[serde(rename = "webset.created")]
        WebsetCreated,
        #[serde(rename = "webset.deleted")]
        WebsetDeleted,
        #[serde(rename = "webset.paused")]
        WebsetPaused,
        #[serde(rename = "webset.idle")]
        WebsetIdle,
        #[serde(rename = "webset.search.created")]
        WebsetSearchCreated,
        #[serde(rename = "webset.search.canceled")]
        WebsetSearchCanceled,
        #[serde(rename = "webset.search.completed")]
        WebsetSearchCompleted,
        #[serde(rename = "webset.search.updated")]
        WebsetSearchUpdated,
        #[serde(rename = "import.created")]
        ImportCreated,
        #[serde(rename = "import.completed")]
        ImportCompleted,
        #[serde(rename = "webset.item.created")]
        WebsetItemCreated,
        #[serde(rename = "webset.item.enriched")]
        WebsetItemEnriched,
        #[serde(rename = "monitor.created")]
        MonitorCreated,
        #[serde(rename = "monitor.updated")]
        MonitorUpdated,
        #[serde(rename = "monitor.deleted")]
        MonitorDeleted,
        #[serde(rename = "monitor.run.created")]
        MonitorRunCreated,
        #[serde(rename = "monitor.run.completed")]
        MonitorRunCompleted,
        #[serde(rename = "webset.export.created")]
        WebsetExportCreated,
        #[serde(rename = "webset.export.completed")]
        WebsetExportCompleted,
    }
    impl ::std::fmt::Display for WebhooksAttemptsListEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebsetCreated => f.write_str("webset.created"),
                Self::WebsetDeleted => f.write_str("webset.deleted"),
                Self::WebsetPaused => f.write_str("webset.paused"),
                Self::WebsetIdle => f.write_str("webset.idle"),
                Self::WebsetSearchCreated => f.write_str("webset.search.created"),
                Self::WebsetSearchCanceled => f.write_str("webset.search.canceled"),
                Self::WebsetSearchCompleted => f.write_str("webset.search.completed"),
                Self::WebsetSearchUpdated => f.write_str("webset.search.updated"),
                Self::ImportCreated => f.write_str("import.created"),
                Self::ImportCompleted => f.write_str("import.completed"),
                Self::WebsetItemCreated => f.write_str("webset.item.created"),
                Self::WebsetItemEnriched => f.write_str("webset.item.enriched"),
                Self::MonitorCreated => f.write_str("monitor.created"),
                Self::MonitorUpdated => f.write_str("monitor.updated"),
                Self::MonitorDeleted => f.write_str("monitor.deleted"),
                Self::MonitorRunCreated => f.write_str("monitor.run.created"),
                Self::MonitorRunCompleted => f.write_str("monitor.run.completed"),
                Self::WebsetExportCreated => f.write_str("webset.export.created"),
                Self::WebsetExportCompleted => f.write_str("webset.export.completed"),
            }
        }
    }
    impl ::std::str::FromStr for WebhooksAttemptsListEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset.created" => Ok(Self::WebsetCreated),
                "webset.deleted" => Ok(Self::WebsetDeleted),
                "webset.paused" => Ok(Self::WebsetPaused),
                "webset.idle" => Ok(Self::WebsetIdle),
                "webset.search.created" => Ok(Self::WebsetSearchCreated),
                "webset.search.canceled" => Ok(Self::WebsetSearchCanceled),
                "webset.search.completed" => Ok(Self::WebsetSearchCompleted),
                "webset.search.updated" => Ok(Self::WebsetSearchUpdated),
                "import.created" => Ok(Self::ImportCreated),
                "import.completed" => Ok(Self::ImportCompleted),
                "webset.item.created" => Ok(Self::WebsetItemCreated),
                "webset.item.enriched" => Ok(Self::WebsetItemEnriched),
                "monitor.created" => Ok(Self::MonitorCreated),
                "monitor.updated" => Ok(Self::MonitorUpdated),
                "monitor.deleted" => Ok(Self::MonitorDeleted),
                "monitor.run.created" => Ok(Self::MonitorRunCreated),
                "monitor.run.completed" => Ok(Self::MonitorRunCompleted),
                "webset.export.created" => Ok(Self::WebsetExportCreated),
                "webset.export.completed" => Ok(Self::WebsetExportCompleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhooksAttemptsListEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebhooksAttemptsListEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WebhooksListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebhooksListCursor(::std::string::String);
    impl ::std::ops::Deref for WebhooksListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhooksListCursor> for ::std::string::String {
        fn from(value: WebhooksListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhooksListCursor {
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
    impl ::std::convert::TryFrom<&str> for WebhooksListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhooksListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhooksListCursor {
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
    ///`Webset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Webset {
        ///The date and time the webset was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
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
    impl Webset {
        pub fn builder() -> builder::Webset {
            Default::default()
        }
    }
    ///`WebsetEnrichment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetEnrichment {
        ///The date and time the enrichment was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The description of the enrichment task provided during the creation of the enrichment.
        pub description: ::std::string::String,
        ///The format of the enrichment response.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub format: ::std::option::Option<WebsetEnrichmentFormat>,
        ///The unique identifier for the enrichment
        pub id: ::std::string::String,
        /**The instructions for the enrichment Agent.

This will be automatically generated based on the description and format.*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub instructions: ::std::option::Option<::std::string::String>,
        ///The metadata of the enrichment
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            WebsetEnrichmentMetadataValue,
        >,
        pub object: WebsetEnrichmentObject,
        ///When the format is options, the different options for the enrichment agent to choose from.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub options: ::std::option::Option<::std::vec::Vec<WebsetEnrichmentOptionsItem>>,
        ///The status of the enrichment
        pub status: WebsetEnrichmentStatus,
        /**The title of the enrichment.

This will be automatically generated based on the description and format.*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The date and time the enrichment was updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the Webset this enrichment belongs to.
        #[serde(rename = "websetId")]
        pub webset_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetEnrichment {
        pub fn builder() -> builder::WebsetEnrichment {
            Default::default()
        }
    }
    ///`WebsetEnrichmentMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetEnrichmentMetadataValue(::std::string::String);
    impl ::std::ops::Deref for WebsetEnrichmentMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetEnrichmentMetadataValue> for ::std::string::String {
        fn from(value: WebsetEnrichmentMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetEnrichmentMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for WebsetEnrichmentMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetEnrichmentMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetEnrichmentMetadataValue {
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
    ///`WebsetEnrichmentObject`
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
    pub enum WebsetEnrichmentObject {
        #[serde(rename = "webset_enrichment")]
        WebsetEnrichment,
    }
    impl ::std::fmt::Display for WebsetEnrichmentObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebsetEnrichment => f.write_str("webset_enrichment"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetEnrichmentObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset_enrichment" => Ok(Self::WebsetEnrichment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetEnrichmentObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetEnrichmentObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetEnrichmentObject {
        fn default() -> Self {
            WebsetEnrichmentObject::WebsetEnrichment
        }
    }
    ///`WebsetEnrichmentOptionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetEnrichmentOptionsItem {
        ///The label of the option
        pub label: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetEnrichmentOptionsItem {
        pub fn builder() -> builder::WebsetEnrichmentOptionsItem {
            Default::default()
        }
    }
    ///`WebsetExcludesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetExcludesItem {
        pub id: ::std::string::String,
        pub source: WebsetExcludesItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetExcludesItem {
        pub fn builder() -> builder::WebsetExcludesItem {
            Default::default()
        }
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
        ///The source of the Item
        pub source: WebsetItemSource,
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
    impl WebsetItem {
        pub fn builder() -> builder::WebsetItem {
            Default::default()
        }
    }
    ///`WebsetItemArticleProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemArticleProperties {
        pub article: WebsetItemArticlePropertiesArticle,
        ///The text content for the article
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub content: ::std::option::Option<::std::string::String>,
        ///Short description of the relevance of the article
        pub description: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: WebsetItemArticlePropertiesType,
        ///The URL of the article
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemArticleProperties {
        pub fn builder() -> builder::WebsetItemArticleProperties {
            Default::default()
        }
    }
    ///`WebsetItemArticlePropertiesArticle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemArticlePropertiesArticle {
        ///The author(s) of the article
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The date and time the article was published
        #[serde(
            rename = "publishedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub published_at: ::std::option::Option<::std::string::String>,
        ///The title of the article
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemArticlePropertiesArticle {
        pub fn builder() -> builder::WebsetItemArticlePropertiesArticle {
            Default::default()
        }
    }
    ///`WebsetItemArticlePropertiesType`
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
    pub enum WebsetItemArticlePropertiesType {
        #[serde(rename = "article")]
        Article,
    }
    impl ::std::fmt::Display for WebsetItemArticlePropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Article => f.write_str("article"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemArticlePropertiesType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "article" => Ok(Self::Article),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetItemArticlePropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetItemArticlePropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemArticlePropertiesType {
        fn default() -> Self {
            WebsetItemArticlePropertiesType::Article
        }
    }
    ///`WebsetItemCompanyProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemCompanyProperties {
        pub company: WebsetItemCompanyPropertiesCompany,
        ///The text content of the company website
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub content: ::std::option::Option<::std::string::String>,
        ///Short description of the relevance of the company
        pub description: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: WebsetItemCompanyPropertiesType,
        ///The URL of the company website
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemCompanyProperties {
        pub fn builder() -> builder::WebsetItemCompanyProperties {
            Default::default()
        }
    }
    ///`WebsetItemCompanyPropertiesCompany`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemCompanyPropertiesCompany {
        ///A short description of the company
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub about: ::std::option::Option<::std::string::String>,
        ///The number of employees of the company
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub employees: ::std::option::Option<f64>,
        ///The industry of the company
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub industry: ::std::option::Option<::std::string::String>,
        ///The main location of the company
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///The logo URL of the company
        #[serde(
            rename = "logoUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub logo_url: ::std::option::Option<::std::string::String>,
        ///The name of the company
        pub name: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemCompanyPropertiesCompany {
        pub fn builder() -> builder::WebsetItemCompanyPropertiesCompany {
            Default::default()
        }
    }
    ///`WebsetItemCompanyPropertiesType`
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
    pub enum WebsetItemCompanyPropertiesType {
        #[serde(rename = "company")]
        Company,
    }
    impl ::std::fmt::Display for WebsetItemCompanyPropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Company => f.write_str("company"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemCompanyPropertiesType {
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
    impl ::std::convert::TryFrom<&str> for WebsetItemCompanyPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetItemCompanyPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemCompanyPropertiesType {
        fn default() -> Self {
            WebsetItemCompanyPropertiesType::Company
        }
    }
    ///`WebsetItemCustomProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemCustomProperties {
        ///The text content of the Item
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub content: ::std::option::Option<::std::string::String>,
        pub custom: WebsetItemCustomPropertiesCustom,
        ///Short description of the Item
        pub description: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: WebsetItemCustomPropertiesType,
        ///The URL of the Item
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemCustomProperties {
        pub fn builder() -> builder::WebsetItemCustomProperties {
            Default::default()
        }
    }
    ///`WebsetItemCustomPropertiesCustom`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemCustomPropertiesCustom {
        ///The author(s) of the website
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The date and time the website was published
        #[serde(
            rename = "publishedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub published_at: ::std::option::Option<::std::string::String>,
        ///The title of the website
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemCustomPropertiesCustom {
        pub fn builder() -> builder::WebsetItemCustomPropertiesCustom {
            Default::default()
        }
    }
    ///`WebsetItemCustomPropertiesType`
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
    pub enum WebsetItemCustomPropertiesType {
        #[serde(rename = "custom")]
        Custom,
    }
    impl ::std::fmt::Display for WebsetItemCustomPropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Custom => f.write_str("custom"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemCustomPropertiesType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "custom" => Ok(Self::Custom),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetItemCustomPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetItemCustomPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemCustomPropertiesType {
        fn default() -> Self {
            WebsetItemCustomPropertiesType::Custom
        }
    }
    ///`WebsetItemEvaluation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemEvaluation {
        ///The description of the criterion
        pub criterion: ::std::string::String,
        ///The reasoning for the result of the evaluation
        pub reasoning: ::std::string::String,
        ///The references used to generate the result.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub references: ::std::vec::Vec<WebsetItemEvaluationReferencesItem>,
        ///The satisfaction of the criterion
        pub satisfied: WebsetItemEvaluationSatisfied,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemEvaluation {
        pub fn builder() -> builder::WebsetItemEvaluation {
            Default::default()
        }
    }
    ///`WebsetItemEvaluationReferencesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemEvaluationReferencesItem {
        ///The relevant snippet of the reference content
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub snippet: ::std::option::Option<::std::string::String>,
        ///The title of the reference
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        ///The URL of the reference
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemEvaluationReferencesItem {
        pub fn builder() -> builder::WebsetItemEvaluationReferencesItem {
            Default::default()
        }
    }
    ///`WebsetItemObject`
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
    pub enum WebsetItemObject {
        #[serde(rename = "webset_item")]
        WebsetItem,
    }
    impl ::std::fmt::Display for WebsetItemObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebsetItem => f.write_str("webset_item"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset_item" => Ok(Self::WebsetItem),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemObject {
        fn default() -> Self {
            WebsetItemObject::WebsetItem
        }
    }
    ///`WebsetItemPersonProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemPersonProperties {
        ///Short description of the relevance of the person
        pub description: ::std::string::String,
        pub person: WebsetItemPersonPropertiesPerson,
        #[serde(rename = "type")]
        pub type_: WebsetItemPersonPropertiesType,
        ///The URL of the person profile
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemPersonProperties {
        pub fn builder() -> builder::WebsetItemPersonProperties {
            Default::default()
        }
    }
    ///`WebsetItemPersonPropertiesPerson`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemPersonPropertiesPerson {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub company: ::std::option::Option<WebsetItemPersonPropertiesPersonCompany>,
        ///The location of the person
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///The name of the person
        pub name: ::std::string::String,
        ///The image URL of the person
        #[serde(
            rename = "pictureUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub picture_url: ::std::option::Option<::std::string::String>,
        ///The current work position of the person
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub position: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemPersonPropertiesPerson {
        pub fn builder() -> builder::WebsetItemPersonPropertiesPerson {
            Default::default()
        }
    }
    ///`WebsetItemPersonPropertiesPersonCompany`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemPersonPropertiesPersonCompany {
        ///The location the person is working at the company
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub location: ::std::option::Option<::std::string::String>,
        ///The name of the company
        pub name: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemPersonPropertiesPersonCompany {
        pub fn builder() -> builder::WebsetItemPersonPropertiesPersonCompany {
            Default::default()
        }
    }
    ///`WebsetItemPersonPropertiesType`
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
    pub enum WebsetItemPersonPropertiesType {
        #[serde(rename = "person")]
        Person,
    }
    impl ::std::fmt::Display for WebsetItemPersonPropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Person => f.write_str("person"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemPersonPropertiesType {
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
    impl ::std::convert::TryFrom<&str> for WebsetItemPersonPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetItemPersonPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemPersonPropertiesType {
        fn default() -> Self {
            WebsetItemPersonPropertiesType::Person
        }
    }
    ///`WebsetItemPreview`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemPreview {
        ///The date and time the preview was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the preview item
        pub id: ::std::string::String,
        ///The properties of the preview item
        pub properties: WebsetItemPreviewProperties,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemPreview {
        pub fn builder() -> builder::WebsetItemPreview {
            Default::default()
        }
    }
    ///The properties of the preview item
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum WebsetItemPreviewProperties {
        PersonProperties(WebsetItemPersonProperties),
        CompanyProperties(WebsetItemCompanyProperties),
        ArticleProperties(WebsetItemArticleProperties),
        ResearchPaperProperties(WebsetItemResearchPaperProperties),
        CustomProperties(WebsetItemCustomProperties),
    }
    impl ::std::convert::From<WebsetItemPersonProperties>
    for WebsetItemPreviewProperties {
        fn from(value: WebsetItemPersonProperties) -> Self {
            Self::PersonProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemCompanyProperties>
    for WebsetItemPreviewProperties {
        fn from(value: WebsetItemCompanyProperties) -> Self {
            Self::CompanyProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemArticleProperties>
    for WebsetItemPreviewProperties {
        fn from(value: WebsetItemArticleProperties) -> Self {
            Self::ArticleProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemResearchPaperProperties>
    for WebsetItemPreviewProperties {
        fn from(value: WebsetItemResearchPaperProperties) -> Self {
            Self::ResearchPaperProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemCustomProperties>
    for WebsetItemPreviewProperties {
        fn from(value: WebsetItemCustomProperties) -> Self {
            Self::CustomProperties(value)
        }
    }
    ///The properties of the Item
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum WebsetItemProperties {
        PersonProperties(WebsetItemPersonProperties),
        CompanyProperties(WebsetItemCompanyProperties),
        ArticleProperties(WebsetItemArticleProperties),
        ResearchPaperProperties(WebsetItemResearchPaperProperties),
        CustomProperties(WebsetItemCustomProperties),
    }
    impl ::std::convert::From<WebsetItemPersonProperties> for WebsetItemProperties {
        fn from(value: WebsetItemPersonProperties) -> Self {
            Self::PersonProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemCompanyProperties> for WebsetItemProperties {
        fn from(value: WebsetItemCompanyProperties) -> Self {
            Self::CompanyProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemArticleProperties> for WebsetItemProperties {
        fn from(value: WebsetItemArticleProperties) -> Self {
            Self::ArticleProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemResearchPaperProperties>
    for WebsetItemProperties {
        fn from(value: WebsetItemResearchPaperProperties) -> Self {
            Self::ResearchPaperProperties(value)
        }
    }
    impl ::std::convert::From<WebsetItemCustomProperties> for WebsetItemProperties {
        fn from(value: WebsetItemCustomProperties) -> Self {
            Self::CustomProperties(value)
        }
    }
    ///`WebsetItemResearchPaperProperties`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemResearchPaperProperties {
        ///The text content of the research paper
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub content: ::std::option::Option<::std::string::String>,
        ///Short description of the relevance of the research paper
        pub description: ::std::string::String,
        #[serde(rename = "researchPaper")]
        pub research_paper: WebsetItemResearchPaperPropertiesResearchPaper,
        #[serde(rename = "type")]
        pub type_: WebsetItemResearchPaperPropertiesType,
        ///The URL of the research paper
        pub url: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemResearchPaperProperties {
        pub fn builder() -> builder::WebsetItemResearchPaperProperties {
            Default::default()
        }
    }
    ///`WebsetItemResearchPaperPropertiesResearchPaper`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetItemResearchPaperPropertiesResearchPaper {
        ///The author(s) of the research paper
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub author: ::std::option::Option<::std::string::String>,
        ///The date and time the research paper was published
        #[serde(
            rename = "publishedAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub published_at: ::std::option::Option<::std::string::String>,
        ///The title of the research paper
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetItemResearchPaperPropertiesResearchPaper {
        pub fn builder() -> builder::WebsetItemResearchPaperPropertiesResearchPaper {
            Default::default()
        }
    }
    ///`WebsetItemResearchPaperPropertiesType`
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
    pub enum WebsetItemResearchPaperPropertiesType {
        #[serde(rename = "research_paper")]
        ResearchPaper,
    }
    impl ::std::fmt::Display for WebsetItemResearchPaperPropertiesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ResearchPaper => f.write_str("research_paper"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemResearchPaperPropertiesType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "research_paper" => Ok(Self::ResearchPaper),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetItemResearchPaperPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetItemResearchPaperPropertiesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetItemResearchPaperPropertiesType {
        fn default() -> Self {
            WebsetItemResearchPaperPropertiesType::ResearchPaper
        }
    }
    ///`WebsetMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetMetadataValue(::std::string::String);
    impl ::std::ops::Deref for WebsetMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetMetadataValue> for ::std::string::String {
        fn from(value: WebsetMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for WebsetMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetMetadataValue {
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
    ///`WebsetObject`
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
    pub enum WebsetObject {
        #[serde(rename = "webset")]
        Webset,
    }
    impl ::std::fmt::Display for WebsetObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Webset => f.write_str("webset"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset" => Ok(Self::Webset),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetObject {
        fn default() -> Self {
            WebsetObject::Webset
        }
    }
    ///`WebsetSearch`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearch {
        /**The behavior of the search when it is added to a Webset.

- `override`: the search will replace the existing Items found in the Webset and evaluate them against the new criteria. Any Items that don't match the new criteria will be discarded.
- `append`: the search will add the new Items found to the existing Webset. Any Items that don't match the new criteria will be discarded.*/
        #[serde(default = "defaults::webset_search_behavior")]
        pub behavior: WebsetSearchBehavior,
        ///The date and time the search was canceled
        #[serde(
            rename = "canceledAt",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub canceled_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The reason the search was canceled
        #[serde(
            rename = "canceledReason",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub canceled_reason: ::std::option::Option<WebsetSearchCanceledReason>,
        ///The number of results the search will attempt to find. The actual number of results may be less than this number depending on the search complexity.
        pub count: f64,
        ///The date and time the search was created
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The criteria the search will use to evaluate the results. If not provided, we will automatically generate them for you.
        #[serde(default)]
        pub criteria: ::std::vec::Vec<WebsetSearchCriteriaItem>,
        /**The entity the search will return results for.

When no entity is provided during creation, we will automatically select the best entity based on the query.*/
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub entity: ::std::option::Option<Entity>,
        ///Sources (existing imports or websets) used to omit certain results to be found during the search.
        #[serde(default)]
        pub exclude: ::std::vec::Vec<WebsetSearchExcludeItem>,
        ///The unique identifier for the search
        pub id: ::std::string::String,
        ///Set of key-value pairs you want to associate with this object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub metadata: ::std::collections::HashMap<
            ::std::string::String,
            WebsetSearchMetadataValue,
        >,
        pub object: WebsetSearchObject,
        pub progress: WebsetSearchProgress,
        ///The query used to create the search.
        pub query: WebsetSearchQuery,
        ///Recall metrics for the search, null if not yet computed or requested.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        #[serde(default)]
        pub recall: ::std::option::Option<WebsetSearchRecall>,
        /**The scope of the search. By default, there is no scope - thus searching the web.

If provided during creation, the search will only be performed on the sources provided.*/
        #[serde(default)]
        pub scope: ::std::vec::Vec<WebsetSearchScopeItem>,
        ///The status of the search
        pub status: WebsetSearchStatus,
        ///The date and time the search was updated
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The unique identifier for the Webset this search belongs to
        #[serde(rename = "websetId")]
        pub webset_id: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearch {
        pub fn builder() -> builder::WebsetSearch {
            Default::default()
        }
    }
    ///`WebsetSearchCriteriaItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchCriteriaItem {
        ///The description of the criterion
        pub description: WebsetSearchCriteriaItemDescription,
        ///Value between 0 and 100 representing the percentage of results that meet the criterion.
        #[serde(rename = "successRate")]
        pub success_rate: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchCriteriaItem {
        pub fn builder() -> builder::WebsetSearchCriteriaItem {
            Default::default()
        }
    }
    ///The description of the criterion
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchCriteriaItemDescription(::std::string::String);
    impl ::std::ops::Deref for WebsetSearchCriteriaItemDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetSearchCriteriaItemDescription>
    for ::std::string::String {
        fn from(value: WebsetSearchCriteriaItemDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetSearchCriteriaItemDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1000usize {
                return Err("longer than 1000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetSearchCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for WebsetSearchCriteriaItemDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchCriteriaItemDescription {
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
    ///`WebsetSearchExcludeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchExcludeItem {
        pub id: ::std::string::String,
        pub source: WebsetSearchExcludeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchExcludeItem {
        pub fn builder() -> builder::WebsetSearchExcludeItem {
            Default::default()
        }
    }
    ///`WebsetSearchMetadataValue`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchMetadataValue(::std::string::String);
    impl ::std::ops::Deref for WebsetSearchMetadataValue {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetSearchMetadataValue> for ::std::string::String {
        fn from(value: WebsetSearchMetadataValue) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetSearchMetadataValue {
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
    impl ::std::convert::TryFrom<&str> for WebsetSearchMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetSearchMetadataValue {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchMetadataValue {
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
    ///`WebsetSearchObject`
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
    pub enum WebsetSearchObject {
        #[serde(rename = "webset_search")]
        WebsetSearch,
    }
    impl ::std::fmt::Display for WebsetSearchObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebsetSearch => f.write_str("webset_search"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webset_search" => Ok(Self::WebsetSearch),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetSearchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetSearchObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for WebsetSearchObject {
        fn default() -> Self {
            WebsetSearchObject::WebsetSearch
        }
    }
    ///The progress of the search
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchProgress {
        ///The number of results analyzed so far
        pub analyzed: f64,
        ///The completion percentage of the search
        pub completion: f64,
        ///The number of results found so far
        pub found: f64,
        ///The estimated time remaining in seconds, null if unknown
        #[serde(
            rename = "timeLeft",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub time_left: ::std::option::Option<f64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchProgress {
        pub fn builder() -> builder::WebsetSearchProgress {
            Default::default()
        }
    }
    ///The query used to create the search.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchQuery(::std::string::String);
    impl ::std::ops::Deref for WebsetSearchQuery {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetSearchQuery> for ::std::string::String {
        fn from(value: WebsetSearchQuery) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetSearchQuery {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 5000usize {
                return Err("longer than 5000 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetSearchQuery {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchQuery {
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
    ///Recall metrics for the search, null if not yet computed or requested.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchRecall {
        pub expected: WebsetSearchRecallExpected,
        ///The reasoning for the estimate
        pub reasoning: ::std::string::String,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchRecall {
        pub fn builder() -> builder::WebsetSearchRecall {
            Default::default()
        }
    }
    ///`WebsetSearchRecallExpected`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchRecallExpected {
        pub bounds: WebsetSearchRecallExpectedBounds,
        ///The confidence in the estimate
        pub confidence: WebsetSearchRecallExpectedConfidence,
        ///The estimated total number of potential matches
        pub total: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchRecallExpected {
        pub fn builder() -> builder::WebsetSearchRecallExpected {
            Default::default()
        }
    }
    ///`WebsetSearchRecallExpectedBounds`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchRecallExpectedBounds {
        ///The maximum estimated total number of potential matches
        pub max: f64,
        ///The minimum estimated total number of potential matches
        pub min: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchRecallExpectedBounds {
        pub fn builder() -> builder::WebsetSearchRecallExpectedBounds {
            Default::default()
        }
    }
    ///`WebsetSearchScopeItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchScopeItem {
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        pub relationship: ::std::option::Option<WebsetSearchScopeItemRelationship>,
        pub source: WebsetSearchScopeItemSource,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchScopeItem {
        pub fn builder() -> builder::WebsetSearchScopeItem {
            Default::default()
        }
    }
    ///`WebsetSearchScopeItemRelationship`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetSearchScopeItemRelationship {
        ///What the relationship of the entities you hope to find is relative to the entities contained in the provided source.
        pub definition: ::std::string::String,
        pub limit: f64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetSearchScopeItemRelationship {
        pub fn builder() -> builder::WebsetSearchScopeItemRelationship {
            Default::default()
        }
    }
    ///`WebsetsGetExpandItem`
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
    pub enum WebsetsGetExpandItem {
        #[serde(rename = "items")]
        Items,
    }
    impl ::std::fmt::Display for WebsetsGetExpandItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Items => f.write_str("items"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetsGetExpandItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "items" => Ok(Self::Items),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetsGetExpandItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetsGetExpandItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`WebsetsItemsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetsItemsListCursor(::std::string::String);
    impl ::std::ops::Deref for WebsetsItemsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetsItemsListCursor> for ::std::string::String {
        fn from(value: WebsetsItemsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetsItemsListCursor {
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
    impl ::std::convert::TryFrom<&str> for WebsetsItemsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetsItemsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetsItemsListCursor {
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
    ///`WebsetsListCursor`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetsListCursor(::std::string::String);
    impl ::std::ops::Deref for WebsetsListCursor {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebsetsListCursor> for ::std::string::String {
        fn from(value: WebsetsListCursor) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebsetsListCursor {
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
    impl ::std::convert::TryFrom<&str> for WebsetsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetsListCursor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetsListCursor {
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ArticleEntity {
            type_: ::std::result::Result<
                super::ArticleEntityType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArticleEntity {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ArticleEntity {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ArticleEntityType>,
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
        impl ::std::convert::TryFrom<ArticleEntity> for super::ArticleEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArticleEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ArticleEntity> for ArticleEntity {
            fn from(value: super::ArticleEntity) -> Self {
                Self { type_: Ok(value.type_) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompanyEntity {
            type_: ::std::result::Result<
                super::CompanyEntityType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompanyEntity {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CompanyEntity {
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
        }
        impl ::std::convert::TryFrom<CompanyEntity> for super::CompanyEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CompanyEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CompanyEntity> for CompanyEntity {
            fn from(value: super::CompanyEntity) -> Self {
                Self { type_: Ok(value.type_) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateCriterionParameters {
            description: ::std::result::Result<
                super::CreateCriterionParametersDescription,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCriterionParameters {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                }
            }
        }
        impl CreateCriterionParameters {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateCriterionParametersDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCriterionParameters>
        for super::CreateCriterionParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCriterionParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateCriterionParameters>
        for CreateCriterionParameters {
            fn from(value: super::CreateCriterionParameters) -> Self {
                Self {
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEnrichmentParameters {
            description: ::std::result::Result<
                super::CreateEnrichmentParametersDescription,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                ::std::option::Option<super::CreateEnrichmentParametersFormat>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CreateEnrichmentParametersMetadataValue,
                >,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<super::CreateEnrichmentParametersOptionsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateEnrichmentParameters {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    format: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    options: Ok(Default::default()),
                }
            }
        }
        impl CreateEnrichmentParameters {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateEnrichmentParametersDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateEnrichmentParametersFormat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CreateEnrichmentParametersMetadataValue,
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
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateEnrichmentParametersOptionsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEnrichmentParameters>
        for super::CreateEnrichmentParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEnrichmentParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    format: value.format?,
                    metadata: value.metadata?,
                    options: value.options?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateEnrichmentParameters>
        for CreateEnrichmentParameters {
            fn from(value: super::CreateEnrichmentParameters) -> Self {
                Self {
                    description: Ok(value.description),
                    format: Ok(value.format),
                    metadata: Ok(value.metadata),
                    options: Ok(value.options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateEnrichmentParametersOptionsItem {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateEnrichmentParametersOptionsItem {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                }
            }
        }
        impl CreateEnrichmentParametersOptionsItem {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateEnrichmentParametersOptionsItem>
        for super::CreateEnrichmentParametersOptionsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateEnrichmentParametersOptionsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateEnrichmentParametersOptionsItem>
        for CreateEnrichmentParametersOptionsItem {
            fn from(value: super::CreateEnrichmentParametersOptionsItem) -> Self {
                Self { label: Ok(value.label) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateImportParametersCsv {
            identifier: ::std::result::Result<
                ::std::option::Option<u64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateImportParametersCsv {
            fn default() -> Self {
                Self {
                    identifier: Ok(Default::default()),
                }
            }
        }
        impl CreateImportParametersCsv {
            pub fn identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<u64>>,
                T::Error: ::std::fmt::Display,
            {
                self.identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identifier: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateImportParametersCsv>
        for super::CreateImportParametersCsv {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateImportParametersCsv,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    identifier: value.identifier?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateImportParametersCsv>
        for CreateImportParametersCsv {
            fn from(value: super::CreateImportParametersCsv) -> Self {
                Self {
                    identifier: Ok(value.identifier),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateImportResponse {
            count: ::std::result::Result<f64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            failed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            failed_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failed_reason: ::std::result::Result<
                ::std::option::Option<super::CreateImportResponseFailedReason>,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                super::CreateImportResponseFormat,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CreateImportResponseMetadataValue,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::CreateImportResponseObject,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::CreateImportResponseStatus,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            upload_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            upload_valid_until: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateImportResponse {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    entity: Err("no value supplied for entity".to_string()),
                    failed_at: Err("no value supplied for failed_at".to_string()),
                    failed_message: Err(
                        "no value supplied for failed_message".to_string(),
                    ),
                    failed_reason: Err(
                        "no value supplied for failed_reason".to_string(),
                    ),
                    format: Err("no value supplied for format".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    upload_url: Err("no value supplied for upload_url".to_string()),
                    upload_valid_until: Err(
                        "no value supplied for upload_valid_until".to_string(),
                    ),
                }
            }
        }
        impl CreateImportResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
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
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
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
            pub fn failed_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.failed_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failed_message: {e}"
                        )
                    });
                self
            }
            pub fn failed_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateImportResponseFailedReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.failed_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed_reason: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateImportResponseFormat>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
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
                        super::CreateImportResponseMetadataValue,
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
                T: ::std::convert::TryInto<super::CreateImportResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateImportResponseStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
            pub fn upload_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upload_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload_url: {e}")
                    });
                self
            }
            pub fn upload_valid_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.upload_valid_until = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for upload_valid_until: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateImportResponse>
        for super::CreateImportResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateImportResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    created_at: value.created_at?,
                    entity: value.entity?,
                    failed_at: value.failed_at?,
                    failed_message: value.failed_message?,
                    failed_reason: value.failed_reason?,
                    format: value.format?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                    status: value.status?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    upload_url: value.upload_url?,
                    upload_valid_until: value.upload_valid_until?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateImportResponse> for CreateImportResponse {
            fn from(value: super::CreateImportResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    created_at: Ok(value.created_at),
                    entity: Ok(value.entity),
                    failed_at: Ok(value.failed_at),
                    failed_message: Ok(value.failed_message),
                    failed_reason: Ok(value.failed_reason),
                    format: Ok(value.format),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                    upload_url: Ok(value.upload_url),
                    upload_valid_until: Ok(value.upload_valid_until),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMonitorParameters {
            behavior: ::std::result::Result<
                super::CreateMonitorParametersBehavior,
                ::std::string::String,
            >,
            cadence: ::std::result::Result<
                super::CreateMonitorParametersCadence,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            webset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMonitorParameters {
            fn default() -> Self {
                Self {
                    behavior: Err("no value supplied for behavior".to_string()),
                    cadence: Err("no value supplied for cadence".to_string()),
                    metadata: Ok(Default::default()),
                    webset_id: Err("no value supplied for webset_id".to_string()),
                }
            }
        }
        impl CreateMonitorParameters {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateMonitorParametersBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn cadence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateMonitorParametersCadence>,
                T::Error: ::std::fmt::Display,
            {
                self.cadence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cadence: {e}")
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
            pub fn webset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webset_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMonitorParameters>
        for super::CreateMonitorParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMonitorParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    cadence: value.cadence?,
                    metadata: value.metadata?,
                    webset_id: value.webset_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateMonitorParameters>
        for CreateMonitorParameters {
            fn from(value: super::CreateMonitorParameters) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    cadence: Ok(value.cadence),
                    metadata: Ok(value.metadata),
                    webset_id: Ok(value.webset_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMonitorParametersBehavior {
            config: ::std::result::Result<
                super::CreateMonitorParametersBehaviorConfig,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::CreateMonitorParametersBehaviorType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMonitorParametersBehavior {
            fn default() -> Self {
                Self {
                    config: Err("no value supplied for config".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CreateMonitorParametersBehavior {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateMonitorParametersBehaviorConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateMonitorParametersBehaviorType>,
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
        impl ::std::convert::TryFrom<CreateMonitorParametersBehavior>
        for super::CreateMonitorParametersBehavior {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMonitorParametersBehavior,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateMonitorParametersBehavior>
        for CreateMonitorParametersBehavior {
            fn from(value: super::CreateMonitorParametersBehavior) -> Self {
                Self {
                    config: Ok(value.config),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMonitorParametersBehaviorConfig {
            behavior: ::std::result::Result<
                super::CreateMonitorParametersBehaviorConfigBehavior,
                ::std::string::String,
            >,
            count: ::std::result::Result<f64, ::std::string::String>,
            criteria: ::std::result::Result<
                ::std::vec::Vec<
                    super::CreateMonitorParametersBehaviorConfigCriteriaItem,
                >,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::CreateMonitorParametersBehaviorConfigQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMonitorParametersBehaviorConfig {
            fn default() -> Self {
                Self {
                    behavior: Ok(
                        super::defaults::create_monitor_parameters_behavior_config_behavior(),
                    ),
                    count: Err("no value supplied for count".to_string()),
                    criteria: Ok(Default::default()),
                    entity: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }
        impl CreateMonitorParametersBehaviorConfig {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateMonitorParametersBehaviorConfigBehavior,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::CreateMonitorParametersBehaviorConfigCriteriaItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateMonitorParametersBehaviorConfigQuery,
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
        impl ::std::convert::TryFrom<CreateMonitorParametersBehaviorConfig>
        for super::CreateMonitorParametersBehaviorConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMonitorParametersBehaviorConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    count: value.count?,
                    criteria: value.criteria?,
                    entity: value.entity?,
                    query: value.query?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateMonitorParametersBehaviorConfig>
        for CreateMonitorParametersBehaviorConfig {
            fn from(value: super::CreateMonitorParametersBehaviorConfig) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    count: Ok(value.count),
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                    query: Ok(value.query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMonitorParametersBehaviorConfigCriteriaItem {
            description: ::std::result::Result<
                super::CreateMonitorParametersBehaviorConfigCriteriaItemDescription,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for CreateMonitorParametersBehaviorConfigCriteriaItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                }
            }
        }
        impl CreateMonitorParametersBehaviorConfigCriteriaItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateMonitorParametersBehaviorConfigCriteriaItemDescription,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMonitorParametersBehaviorConfigCriteriaItem>
        for super::CreateMonitorParametersBehaviorConfigCriteriaItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMonitorParametersBehaviorConfigCriteriaItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::CreateMonitorParametersBehaviorConfigCriteriaItem,
        > for CreateMonitorParametersBehaviorConfigCriteriaItem {
            fn from(
                value: super::CreateMonitorParametersBehaviorConfigCriteriaItem,
            ) -> Self {
                Self {
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMonitorParametersCadence {
            cron: ::std::result::Result<::std::string::String, ::std::string::String>,
            timezone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMonitorParametersCadence {
            fn default() -> Self {
                Self {
                    cron: Err("no value supplied for cron".to_string()),
                    timezone: Ok(
                        super::defaults::create_monitor_parameters_cadence_timezone(),
                    ),
                }
            }
        }
        impl CreateMonitorParametersCadence {
            pub fn cron<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMonitorParametersCadence>
        for super::CreateMonitorParametersCadence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMonitorParametersCadence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cron: value.cron?,
                    timezone: value.timezone?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateMonitorParametersCadence>
        for CreateMonitorParametersCadence {
            fn from(value: super::CreateMonitorParametersCadence) -> Self {
                Self {
                    cron: Ok(value.cron),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebhookParameters {
            events: ::std::result::Result<
                ::std::vec::Vec<super::EventType>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CreateWebhookParametersMetadataValue,
                >,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateWebhookParameters {
            fn default() -> Self {
                Self {
                    events: Err("no value supplied for events".to_string()),
                    metadata: Ok(Default::default()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CreateWebhookParameters {
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CreateWebhookParametersMetadataValue,
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
        impl ::std::convert::TryFrom<CreateWebhookParameters>
        for super::CreateWebhookParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    events: value.events?,
                    metadata: value.metadata?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookParameters>
        for CreateWebhookParameters {
            fn from(value: super::CreateWebhookParameters) -> Self {
                Self {
                    events: Ok(value.events),
                    metadata: Ok(value.metadata),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParameters {
            enrichments: ::std::result::Result<
                ::std::vec::Vec<super::CreateEnrichmentParameters>,
                ::std::string::String,
            >,
            exclude: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetParametersExcludeItem>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<super::CreateWebsetParametersExternalId>,
                ::std::string::String,
            >,
            import: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetParametersImportItem>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CreateWebsetParametersMetadataValue,
                >,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                ::std::option::Option<super::CreateWebsetParametersSearch>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParameters {
            fn default() -> Self {
                Self {
                    enrichments: Ok(Default::default()),
                    exclude: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    import: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    search: Ok(Default::default()),
                }
            }
        }
        impl CreateWebsetParameters {
            pub fn enrichments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateEnrichmentParameters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enrichments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichments: {e}")
                    });
                self
            }
            pub fn exclude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetParametersExcludeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateWebsetParametersExternalId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
                    });
                self
            }
            pub fn import<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetParametersImportItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.import = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for import: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CreateWebsetParametersMetadataValue,
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
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateWebsetParametersSearch>,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetParameters>
        for super::CreateWebsetParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enrichments: value.enrichments?,
                    exclude: value.exclude?,
                    external_id: value.external_id?,
                    import: value.import?,
                    metadata: value.metadata?,
                    search: value.search?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParameters>
        for CreateWebsetParameters {
            fn from(value: super::CreateWebsetParameters) -> Self {
                Self {
                    enrichments: Ok(value.enrichments),
                    exclude: Ok(value.exclude),
                    external_id: Ok(value.external_id),
                    import: Ok(value.import),
                    metadata: Ok(value.metadata),
                    search: Ok(value.search),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersExcludeItem {
            id: ::std::result::Result<
                super::CreateWebsetParametersExcludeItemId,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetParametersExcludeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParametersExcludeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetParametersExcludeItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebsetParametersExcludeItemId>,
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
                    super::CreateWebsetParametersExcludeItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetParametersExcludeItem>
        for super::CreateWebsetParametersExcludeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersExcludeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParametersExcludeItem>
        for CreateWebsetParametersExcludeItem {
            fn from(value: super::CreateWebsetParametersExcludeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersImportItem {
            id: ::std::result::Result<
                super::CreateWebsetParametersImportItemId,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetParametersImportItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParametersImportItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetParametersImportItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebsetParametersImportItemId>,
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
                    super::CreateWebsetParametersImportItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetParametersImportItem>
        for super::CreateWebsetParametersImportItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersImportItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParametersImportItem>
        for CreateWebsetParametersImportItem {
            fn from(value: super::CreateWebsetParametersImportItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersSearch {
            count: ::std::result::Result<f64, ::std::string::String>,
            criteria: ::std::result::Result<
                ::std::vec::Vec<super::CreateCriterionParameters>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            exclude: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetParametersSearchExcludeItem>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::CreateWebsetParametersSearchQuery,
                ::std::string::String,
            >,
            recall: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetParametersSearchScopeItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParametersSearch {
            fn default() -> Self {
                Self {
                    count: Ok(super::defaults::create_webset_parameters_search_count()),
                    criteria: Ok(Default::default()),
                    entity: Ok(Default::default()),
                    exclude: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    recall: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl CreateWebsetParametersSearch {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateCriterionParameters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn exclude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetParametersSearchExcludeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebsetParametersSearchQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn recall<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.recall = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recall: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetParametersSearchScopeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebsetParametersSearch>
        for super::CreateWebsetParametersSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    criteria: value.criteria?,
                    entity: value.entity?,
                    exclude: value.exclude?,
                    query: value.query?,
                    recall: value.recall?,
                    scope: value.scope?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParametersSearch>
        for CreateWebsetParametersSearch {
            fn from(value: super::CreateWebsetParametersSearch) -> Self {
                Self {
                    count: Ok(value.count),
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                    exclude: Ok(value.exclude),
                    query: Ok(value.query),
                    recall: Ok(value.recall),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersSearchExcludeItem {
            id: ::std::result::Result<
                super::CreateWebsetParametersSearchExcludeItemId,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetParametersSearchExcludeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParametersSearchExcludeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetParametersSearchExcludeItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetParametersSearchExcludeItemId,
                >,
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
                    super::CreateWebsetParametersSearchExcludeItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetParametersSearchExcludeItem>
        for super::CreateWebsetParametersSearchExcludeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersSearchExcludeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParametersSearchExcludeItem>
        for CreateWebsetParametersSearchExcludeItem {
            fn from(value: super::CreateWebsetParametersSearchExcludeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersSearchScopeItem {
            id: ::std::result::Result<
                super::CreateWebsetParametersSearchScopeItemId,
                ::std::string::String,
            >,
            relationship: ::std::result::Result<
                ::std::option::Option<
                    super::CreateWebsetParametersSearchScopeItemRelationship,
                >,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetParametersSearchScopeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetParametersSearchScopeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    relationship: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetParametersSearchScopeItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetParametersSearchScopeItemId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationship<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateWebsetParametersSearchScopeItemRelationship,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.relationship = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationship: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetParametersSearchScopeItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetParametersSearchScopeItem>
        for super::CreateWebsetParametersSearchScopeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersSearchScopeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    relationship: value.relationship?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetParametersSearchScopeItem>
        for CreateWebsetParametersSearchScopeItem {
            fn from(value: super::CreateWebsetParametersSearchScopeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    relationship: Ok(value.relationship),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetParametersSearchScopeItemRelationship {
            definition: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            limit: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default
        for CreateWebsetParametersSearchScopeItemRelationship {
            fn default() -> Self {
                Self {
                    definition: Err("no value supplied for definition".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                }
            }
        }
        impl CreateWebsetParametersSearchScopeItemRelationship {
            pub fn definition<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.definition = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for definition: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
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
        impl ::std::convert::TryFrom<CreateWebsetParametersSearchScopeItemRelationship>
        for super::CreateWebsetParametersSearchScopeItemRelationship {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetParametersSearchScopeItemRelationship,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    definition: value.definition?,
                    limit: value.limit?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::CreateWebsetParametersSearchScopeItemRelationship,
        > for CreateWebsetParametersSearchScopeItemRelationship {
            fn from(
                value: super::CreateWebsetParametersSearchScopeItemRelationship,
            ) -> Self {
                Self {
                    definition: Ok(value.definition),
                    limit: Ok(value.limit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetSearchParameters {
            behavior: ::std::result::Result<
                super::WebsetSearchBehavior,
                ::std::string::String,
            >,
            count: ::std::result::Result<f64, ::std::string::String>,
            criteria: ::std::result::Result<
                ::std::vec::Vec<super::CreateCriterionParameters>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            exclude: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetSearchParametersExcludeItem>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::CreateWebsetSearchParametersMetadataValue,
                >,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::CreateWebsetSearchParametersQuery,
                ::std::string::String,
            >,
            recall: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::vec::Vec<super::CreateWebsetSearchParametersScopeItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetSearchParameters {
            fn default() -> Self {
                Self {
                    behavior: Ok(
                        super::defaults::create_webset_search_parameters_behavior(),
                    ),
                    count: Err("no value supplied for count".to_string()),
                    criteria: Ok(Default::default()),
                    entity: Ok(Default::default()),
                    exclude: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                    recall: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl CreateWebsetSearchParameters {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateCriterionParameters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn exclude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetSearchParametersExcludeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::CreateWebsetSearchParametersMetadataValue,
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
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateWebsetSearchParametersQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn recall<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.recall = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recall: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CreateWebsetSearchParametersScopeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebsetSearchParameters>
        for super::CreateWebsetSearchParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetSearchParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    count: value.count?,
                    criteria: value.criteria?,
                    entity: value.entity?,
                    exclude: value.exclude?,
                    metadata: value.metadata?,
                    query: value.query?,
                    recall: value.recall?,
                    scope: value.scope?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetSearchParameters>
        for CreateWebsetSearchParameters {
            fn from(value: super::CreateWebsetSearchParameters) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    count: Ok(value.count),
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                    exclude: Ok(value.exclude),
                    metadata: Ok(value.metadata),
                    query: Ok(value.query),
                    recall: Ok(value.recall),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetSearchParametersExcludeItem {
            id: ::std::result::Result<
                super::CreateWebsetSearchParametersExcludeItemId,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetSearchParametersExcludeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetSearchParametersExcludeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetSearchParametersExcludeItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetSearchParametersExcludeItemId,
                >,
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
                    super::CreateWebsetSearchParametersExcludeItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetSearchParametersExcludeItem>
        for super::CreateWebsetSearchParametersExcludeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetSearchParametersExcludeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetSearchParametersExcludeItem>
        for CreateWebsetSearchParametersExcludeItem {
            fn from(value: super::CreateWebsetSearchParametersExcludeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetSearchParametersScopeItem {
            id: ::std::result::Result<
                super::CreateWebsetSearchParametersScopeItemId,
                ::std::string::String,
            >,
            relationship: ::std::result::Result<
                ::std::option::Option<
                    super::CreateWebsetSearchParametersScopeItemRelationship,
                >,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::CreateWebsetSearchParametersScopeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateWebsetSearchParametersScopeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    relationship: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl CreateWebsetSearchParametersScopeItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetSearchParametersScopeItemId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn relationship<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateWebsetSearchParametersScopeItemRelationship,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.relationship = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationship: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateWebsetSearchParametersScopeItemSource,
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
        }
        impl ::std::convert::TryFrom<CreateWebsetSearchParametersScopeItem>
        for super::CreateWebsetSearchParametersScopeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetSearchParametersScopeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    relationship: value.relationship?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CreateWebsetSearchParametersScopeItem>
        for CreateWebsetSearchParametersScopeItem {
            fn from(value: super::CreateWebsetSearchParametersScopeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    relationship: Ok(value.relationship),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebsetSearchParametersScopeItemRelationship {
            definition: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            limit: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default
        for CreateWebsetSearchParametersScopeItemRelationship {
            fn default() -> Self {
                Self {
                    definition: Err("no value supplied for definition".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                }
            }
        }
        impl CreateWebsetSearchParametersScopeItemRelationship {
            pub fn definition<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.definition = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for definition: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
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
        impl ::std::convert::TryFrom<CreateWebsetSearchParametersScopeItemRelationship>
        for super::CreateWebsetSearchParametersScopeItemRelationship {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebsetSearchParametersScopeItemRelationship,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    definition: value.definition?,
                    limit: value.limit?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<
            super::CreateWebsetSearchParametersScopeItemRelationship,
        > for CreateWebsetSearchParametersScopeItemRelationship {
            fn from(
                value: super::CreateWebsetSearchParametersScopeItemRelationship,
            ) -> Self {
                Self {
                    definition: Ok(value.definition),
                    limit: Ok(value.limit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomEntity {
            description: ::std::result::Result<
                super::CustomEntityDescription,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::CustomEntityType, ::std::string::String>,
        }
        impl ::std::default::Default for CustomEntity {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl CustomEntity {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomEntityDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomEntityType>,
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
        impl ::std::convert::TryFrom<CustomEntity> for super::CustomEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::CustomEntity> for CustomEntity {
            fn from(value: super::CustomEntity) -> Self {
                Self {
                    description: Ok(value.description),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnrichmentResult {
            enrichment_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                super::WebsetEnrichmentFormat,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::EnrichmentResultObject,
                ::std::string::String,
            >,
            reasoning: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::vec::Vec<super::EnrichmentResultReferencesItem>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::EnrichmentResultStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnrichmentResult {
            fn default() -> Self {
                Self {
                    enrichment_id: Err(
                        "no value supplied for enrichment_id".to_string(),
                    ),
                    format: Err("no value supplied for format".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    reasoning: Err("no value supplied for reasoning".to_string()),
                    references: Err("no value supplied for references".to_string()),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl EnrichmentResult {
            pub fn enrichment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.enrichment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichment_id: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetEnrichmentFormat>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EnrichmentResultObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn reasoning<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reasoning = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reasoning: {e}")
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::EnrichmentResultReferencesItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EnrichmentResultStatus>,
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
        impl ::std::convert::TryFrom<EnrichmentResult> for super::EnrichmentResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnrichmentResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enrichment_id: value.enrichment_id?,
                    format: value.format?,
                    object: value.object?,
                    reasoning: value.reasoning?,
                    references: value.references?,
                    result: value.result?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EnrichmentResult> for EnrichmentResult {
            fn from(value: super::EnrichmentResult) -> Self {
                Self {
                    enrichment_id: Ok(value.enrichment_id),
                    format: Ok(value.format),
                    object: Ok(value.object),
                    reasoning: Ok(value.reasoning),
                    references: Ok(value.references),
                    result: Ok(value.result),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnrichmentResultReferencesItem {
            snippet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EnrichmentResultReferencesItem {
            fn default() -> Self {
                Self {
                    snippet: Err("no value supplied for snippet".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl EnrichmentResultReferencesItem {
            pub fn snippet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<EnrichmentResultReferencesItem>
        for super::EnrichmentResultReferencesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnrichmentResultReferencesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    snippet: value.snippet?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::EnrichmentResultReferencesItem>
        for EnrichmentResultReferencesItem {
            fn from(value: super::EnrichmentResultReferencesItem) -> Self {
                Self {
                    snippet: Ok(value.snippet),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetWebsetResponse {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            enrichments: ::std::result::Result<
                ::std::vec::Vec<super::WebsetEnrichment>,
                ::std::string::String,
            >,
            excludes: ::std::result::Result<
                ::std::vec::Vec<super::GetWebsetResponseExcludesItem>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            imports: ::std::result::Result<
                ::std::vec::Vec<super::Import>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::WebsetItem>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::GetWebsetResponseMetadataValue,
                >,
                ::std::string::String,
            >,
            monitors: ::std::result::Result<
                ::std::vec::Vec<super::Monitor>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::GetWebsetResponseObject,
                ::std::string::String,
            >,
            searches: ::std::result::Result<
                ::std::vec::Vec<super::WebsetSearch>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::WebsetStatus, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetWebsetResponse {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    enrichments: Err("no value supplied for enrichments".to_string()),
                    excludes: Ok(Default::default()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    imports: Err("no value supplied for imports".to_string()),
                    items: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    monitors: Err("no value supplied for monitors".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    searches: Err("no value supplied for searches".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl GetWebsetResponse {
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
            pub fn enrichments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetEnrichment>>,
                T::Error: ::std::fmt::Display,
            {
                self.enrichments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichments: {e}")
                    });
                self
            }
            pub fn excludes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::GetWebsetResponseExcludesItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.excludes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for excludes: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
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
            pub fn imports<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Import>>,
                T::Error: ::std::fmt::Display,
            {
                self.imports = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for imports: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::GetWebsetResponseMetadataValue,
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
            pub fn monitors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Monitor>>,
                T::Error: ::std::fmt::Display,
            {
                self.monitors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for monitors: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetWebsetResponseObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn searches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetSearch>>,
                T::Error: ::std::fmt::Display,
            {
                self.searches = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for searches: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
        impl ::std::convert::TryFrom<GetWebsetResponse> for super::GetWebsetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetWebsetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    enrichments: value.enrichments?,
                    excludes: value.excludes?,
                    external_id: value.external_id?,
                    id: value.id?,
                    imports: value.imports?,
                    items: value.items?,
                    metadata: value.metadata?,
                    monitors: value.monitors?,
                    object: value.object?,
                    searches: value.searches?,
                    status: value.status?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetWebsetResponse> for GetWebsetResponse {
            fn from(value: super::GetWebsetResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    enrichments: Ok(value.enrichments),
                    excludes: Ok(value.excludes),
                    external_id: Ok(value.external_id),
                    id: Ok(value.id),
                    imports: Ok(value.imports),
                    items: Ok(value.items),
                    metadata: Ok(value.metadata),
                    monitors: Ok(value.monitors),
                    object: Ok(value.object),
                    searches: Ok(value.searches),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetWebsetResponseExcludesItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            source: ::std::result::Result<
                super::WebsetExcludesItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetWebsetResponseExcludesItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl GetWebsetResponseExcludesItem {
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
                T: ::std::convert::TryInto<super::WebsetExcludesItemSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetWebsetResponseExcludesItem>
        for super::GetWebsetResponseExcludesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetWebsetResponseExcludesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::GetWebsetResponseExcludesItem>
        for GetWebsetResponseExcludesItem {
            fn from(value: super::GetWebsetResponseExcludesItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Import {
            count: ::std::result::Result<f64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            failed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            failed_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failed_reason: ::std::result::Result<
                ::std::option::Option<super::ImportFailedReason>,
                ::std::string::String,
            >,
            format: ::std::result::Result<super::ImportFormat, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::ImportMetadataValue,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::ImportObject, ::std::string::String>,
            status: ::std::result::Result<super::ImportStatus, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Import {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    entity: Err("no value supplied for entity".to_string()),
                    failed_at: Err("no value supplied for failed_at".to_string()),
                    failed_message: Err(
                        "no value supplied for failed_message".to_string(),
                    ),
                    failed_reason: Err(
                        "no value supplied for failed_reason".to_string(),
                    ),
                    format: Err("no value supplied for format".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Import {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
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
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
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
            pub fn failed_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.failed_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for failed_message: {e}"
                        )
                    });
                self
            }
            pub fn failed_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ImportFailedReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.failed_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed_reason: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportFormat>,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
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
                        super::ImportMetadataValue,
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
                T: ::std::convert::TryInto<super::ImportObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ImportStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
        impl ::std::convert::TryFrom<Import> for super::Import {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Import,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    created_at: value.created_at?,
                    entity: value.entity?,
                    failed_at: value.failed_at?,
                    failed_message: value.failed_message?,
                    failed_reason: value.failed_reason?,
                    format: value.format?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                    status: value.status?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Import> for Import {
            fn from(value: super::Import) -> Self {
                Self {
                    count: Ok(value.count),
                    created_at: Ok(value.created_at),
                    entity: Ok(value.entity),
                    failed_at: Ok(value.failed_at),
                    failed_message: Ok(value.failed_message),
                    failed_reason: Ok(value.failed_reason),
                    format: Ok(value.format),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListEventsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Event>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListEventsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListEventsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Event>>,
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
        impl ::std::convert::TryFrom<ListEventsResponse> for super::ListEventsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListEventsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListEventsResponse> for ListEventsResponse {
            fn from(value: super::ListEventsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListImportsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Import>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListImportsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListImportsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Import>>,
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
        impl ::std::convert::TryFrom<ListImportsResponse>
        for super::ListImportsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListImportsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListImportsResponse> for ListImportsResponse {
            fn from(value: super::ListImportsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMonitorRunsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::MonitorRun>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMonitorRunsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListMonitorRunsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MonitorRun>>,
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
        impl ::std::convert::TryFrom<ListMonitorRunsResponse>
        for super::ListMonitorRunsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMonitorRunsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListMonitorRunsResponse>
        for ListMonitorRunsResponse {
            fn from(value: super::ListMonitorRunsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMonitorsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Monitor>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMonitorsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListMonitorsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Monitor>>,
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
        impl ::std::convert::TryFrom<ListMonitorsResponse>
        for super::ListMonitorsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMonitorsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListMonitorsResponse> for ListMonitorsResponse {
            fn from(value: super::ListMonitorsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListWebhookAttemptsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WebhookAttempt>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListWebhookAttemptsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListWebhookAttemptsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookAttempt>>,
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
        impl ::std::convert::TryFrom<ListWebhookAttemptsResponse>
        for super::ListWebhookAttemptsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListWebhookAttemptsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListWebhookAttemptsResponse>
        for ListWebhookAttemptsResponse {
            fn from(value: super::ListWebhookAttemptsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListWebhooksResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Webhook>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListWebhooksResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListWebhooksResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webhook>>,
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
        impl ::std::convert::TryFrom<ListWebhooksResponse>
        for super::ListWebhooksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListWebhooksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListWebhooksResponse> for ListWebhooksResponse {
            fn from(value: super::ListWebhooksResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListWebsetItemResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WebsetItem>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListWebsetItemResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListWebsetItemResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetItem>>,
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
        impl ::std::convert::TryFrom<ListWebsetItemResponse>
        for super::ListWebsetItemResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListWebsetItemResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListWebsetItemResponse>
        for ListWebsetItemResponse {
            fn from(value: super::ListWebsetItemResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListWebsetsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Webset>,
                ::std::string::String,
            >,
            has_more: ::std::result::Result<bool, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListWebsetsResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    has_more: Err("no value supplied for has_more".to_string()),
                    next_cursor: Err("no value supplied for next_cursor".to_string()),
                }
            }
        }
        impl ListWebsetsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webset>>,
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
        impl ::std::convert::TryFrom<ListWebsetsResponse>
        for super::ListWebsetsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListWebsetsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    has_more: value.has_more?,
                    next_cursor: value.next_cursor?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ListWebsetsResponse> for ListWebsetsResponse {
            fn from(value: super::ListWebsetsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    has_more: Ok(value.has_more),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Monitor {
            behavior: ::std::result::Result<
                super::MonitorBehavior,
                ::std::string::String,
            >,
            cadence: ::std::result::Result<super::MonitorCadence, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_run: ::std::result::Result<
                ::std::option::Option<super::MonitorRun>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::MonitorMetadataValue,
                >,
                ::std::string::String,
            >,
            next_run_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::MonitorObject, ::std::string::String>,
            status: ::std::result::Result<super::MonitorStatus, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Monitor {
            fn default() -> Self {
                Self {
                    behavior: Err("no value supplied for behavior".to_string()),
                    cadence: Err("no value supplied for cadence".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_run: Err("no value supplied for last_run".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    next_run_at: Err("no value supplied for next_run_at".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webset_id: Err("no value supplied for webset_id".to_string()),
                }
            }
        }
        impl Monitor {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn cadence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorCadence>,
                T::Error: ::std::fmt::Display,
            {
                self.cadence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cadence: {e}")
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_run<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MonitorRun>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_run = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_run: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::MonitorMetadataValue,
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
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorStatus>,
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
            pub fn webset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webset_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Monitor> for super::Monitor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Monitor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    cadence: value.cadence?,
                    created_at: value.created_at?,
                    id: value.id?,
                    last_run: value.last_run?,
                    metadata: value.metadata?,
                    next_run_at: value.next_run_at?,
                    object: value.object?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    webset_id: value.webset_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Monitor> for Monitor {
            fn from(value: super::Monitor) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    cadence: Ok(value.cadence),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    last_run: Ok(value.last_run),
                    metadata: Ok(value.metadata),
                    next_run_at: Ok(value.next_run_at),
                    object: Ok(value.object),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    webset_id: Ok(value.webset_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonitorBehavior {
            config: ::std::result::Result<
                super::MonitorBehaviorConfig,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::MonitorBehaviorType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MonitorBehavior {
            fn default() -> Self {
                Self {
                    config: Err("no value supplied for config".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl MonitorBehavior {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorBehaviorConfig>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorBehaviorType>,
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
        impl ::std::convert::TryFrom<MonitorBehavior> for super::MonitorBehavior {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonitorBehavior,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::MonitorBehavior> for MonitorBehavior {
            fn from(value: super::MonitorBehavior) -> Self {
                Self {
                    config: Ok(value.config),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonitorBehaviorConfig {
            behavior: ::std::result::Result<
                super::MonitorBehaviorConfigBehavior,
                ::std::string::String,
            >,
            count: ::std::result::Result<f64, ::std::string::String>,
            criteria: ::std::result::Result<
                ::std::vec::Vec<super::MonitorBehaviorConfigCriteriaItem>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::MonitorBehaviorConfigQuery>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MonitorBehaviorConfig {
            fn default() -> Self {
                Self {
                    behavior: Ok(super::defaults::monitor_behavior_config_behavior()),
                    count: Err("no value supplied for count".to_string()),
                    criteria: Ok(Default::default()),
                    entity: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }
        impl MonitorBehaviorConfig {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorBehaviorConfigBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::MonitorBehaviorConfigCriteriaItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MonitorBehaviorConfigQuery>,
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
        impl ::std::convert::TryFrom<MonitorBehaviorConfig>
        for super::MonitorBehaviorConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonitorBehaviorConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    count: value.count?,
                    criteria: value.criteria?,
                    entity: value.entity?,
                    query: value.query?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::MonitorBehaviorConfig>
        for MonitorBehaviorConfig {
            fn from(value: super::MonitorBehaviorConfig) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    count: Ok(value.count),
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                    query: Ok(value.query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonitorBehaviorConfigCriteriaItem {
            description: ::std::result::Result<
                super::MonitorBehaviorConfigCriteriaItemDescription,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MonitorBehaviorConfigCriteriaItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                }
            }
        }
        impl MonitorBehaviorConfigCriteriaItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::MonitorBehaviorConfigCriteriaItemDescription,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MonitorBehaviorConfigCriteriaItem>
        for super::MonitorBehaviorConfigCriteriaItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonitorBehaviorConfigCriteriaItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::MonitorBehaviorConfigCriteriaItem>
        for MonitorBehaviorConfigCriteriaItem {
            fn from(value: super::MonitorBehaviorConfigCriteriaItem) -> Self {
                Self {
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonitorCadence {
            cron: ::std::result::Result<::std::string::String, ::std::string::String>,
            timezone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MonitorCadence {
            fn default() -> Self {
                Self {
                    cron: Err("no value supplied for cron".to_string()),
                    timezone: Ok(super::defaults::monitor_cadence_timezone()),
                }
            }
        }
        impl MonitorCadence {
            pub fn cron<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cron = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cron: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MonitorCadence> for super::MonitorCadence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonitorCadence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cron: value.cron?,
                    timezone: value.timezone?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::MonitorCadence> for MonitorCadence {
            fn from(value: super::MonitorCadence) -> Self {
                Self {
                    cron: Ok(value.cron),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MonitorRun {
            canceled_at: ::std::result::Result<
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
            failed_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            failed_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            monitor_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::MonitorRunObject,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::MonitorRunStatus,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::MonitorRunType, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MonitorRun {
            fn default() -> Self {
                Self {
                    canceled_at: Err("no value supplied for canceled_at".to_string()),
                    completed_at: Err("no value supplied for completed_at".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    failed_at: Err("no value supplied for failed_at".to_string()),
                    failed_reason: Err(
                        "no value supplied for failed_reason".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    monitor_id: Err("no value supplied for monitor_id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl MonitorRun {
            pub fn canceled_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.canceled_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for canceled_at: {e}")
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
            pub fn failed_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.failed_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for failed_reason: {e}")
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
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorRunObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorRunStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MonitorRunType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<MonitorRun> for super::MonitorRun {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MonitorRun,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    canceled_at: value.canceled_at?,
                    completed_at: value.completed_at?,
                    created_at: value.created_at?,
                    failed_at: value.failed_at?,
                    failed_reason: value.failed_reason?,
                    id: value.id?,
                    monitor_id: value.monitor_id?,
                    object: value.object?,
                    status: value.status?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::MonitorRun> for MonitorRun {
            fn from(value: super::MonitorRun) -> Self {
                Self {
                    canceled_at: Ok(value.canceled_at),
                    completed_at: Ok(value.completed_at),
                    created_at: Ok(value.created_at),
                    failed_at: Ok(value.failed_at),
                    failed_reason: Ok(value.failed_reason),
                    id: Ok(value.id),
                    monitor_id: Ok(value.monitor_id),
                    object: Ok(value.object),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonEntity {
            type_: ::std::result::Result<super::PersonEntityType, ::std::string::String>,
        }
        impl ::std::default::Default for PersonEntity {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PersonEntity {
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
        }
        impl ::std::convert::TryFrom<PersonEntity> for super::PersonEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PersonEntity> for PersonEntity {
            fn from(value: super::PersonEntity) -> Self {
                Self { type_: Ok(value.type_) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetParameters {
            search: ::std::result::Result<
                super::PreviewWebsetParametersSearch,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetParameters {
            fn default() -> Self {
                Self {
                    search: Err("no value supplied for search".to_string()),
                }
            }
        }
        impl PreviewWebsetParameters {
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PreviewWebsetParametersSearch>,
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
        impl ::std::convert::TryFrom<PreviewWebsetParameters>
        for super::PreviewWebsetParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    search: value.search?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetParameters>
        for PreviewWebsetParameters {
            fn from(value: super::PreviewWebsetParameters) -> Self {
                Self { search: Ok(value.search) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetParametersSearch {
            count: ::std::result::Result<f64, ::std::string::String>,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::PreviewWebsetParametersSearchQuery,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetParametersSearch {
            fn default() -> Self {
                Self {
                    count: Ok(super::defaults::preview_webset_parameters_search_count()),
                    entity: Ok(Default::default()),
                    query: Err("no value supplied for query".to_string()),
                }
            }
        }
        impl PreviewWebsetParametersSearch {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PreviewWebsetParametersSearchQuery>,
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
        impl ::std::convert::TryFrom<PreviewWebsetParametersSearch>
        for super::PreviewWebsetParametersSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetParametersSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    entity: value.entity?,
                    query: value.query?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetParametersSearch>
        for PreviewWebsetParametersSearch {
            fn from(value: super::PreviewWebsetParametersSearch) -> Self {
                Self {
                    count: Ok(value.count),
                    entity: Ok(value.entity),
                    query: Ok(value.query),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetResponse {
            enrichments: ::std::result::Result<
                ::std::vec::Vec<super::PreviewWebsetResponseEnrichmentsItem>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::vec::Vec<super::WebsetItemPreview>,
                ::std::string::String,
            >,
            search: ::std::result::Result<
                super::PreviewWebsetResponseSearch,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetResponse {
            fn default() -> Self {
                Self {
                    enrichments: Err("no value supplied for enrichments".to_string()),
                    items: Err("no value supplied for items".to_string()),
                    search: Err("no value supplied for search".to_string()),
                }
            }
        }
        impl PreviewWebsetResponse {
            pub fn enrichments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PreviewWebsetResponseEnrichmentsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enrichments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichments: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetItemPreview>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn search<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PreviewWebsetResponseSearch>,
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
        impl ::std::convert::TryFrom<PreviewWebsetResponse>
        for super::PreviewWebsetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enrichments: value.enrichments?,
                    items: value.items?,
                    search: value.search?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetResponse>
        for PreviewWebsetResponse {
            fn from(value: super::PreviewWebsetResponse) -> Self {
                Self {
                    enrichments: Ok(value.enrichments),
                    items: Ok(value.items),
                    search: Ok(value.search),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetResponseEnrichmentsItem {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                super::PreviewWebsetResponseEnrichmentsItemFormat,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<super::PreviewWebsetResponseEnrichmentsItemOptionsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetResponseEnrichmentsItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    format: Err("no value supplied for format".to_string()),
                    options: Ok(Default::default()),
                }
            }
        }
        impl PreviewWebsetResponseEnrichmentsItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::PreviewWebsetResponseEnrichmentsItemFormat,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        super::PreviewWebsetResponseEnrichmentsItemOptionsItem,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PreviewWebsetResponseEnrichmentsItem>
        for super::PreviewWebsetResponseEnrichmentsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetResponseEnrichmentsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    format: value.format?,
                    options: value.options?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetResponseEnrichmentsItem>
        for PreviewWebsetResponseEnrichmentsItem {
            fn from(value: super::PreviewWebsetResponseEnrichmentsItem) -> Self {
                Self {
                    description: Ok(value.description),
                    format: Ok(value.format),
                    options: Ok(value.options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetResponseEnrichmentsItemOptionsItem {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default
        for PreviewWebsetResponseEnrichmentsItemOptionsItem {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                }
            }
        }
        impl PreviewWebsetResponseEnrichmentsItemOptionsItem {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PreviewWebsetResponseEnrichmentsItemOptionsItem>
        for super::PreviewWebsetResponseEnrichmentsItemOptionsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetResponseEnrichmentsItemOptionsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetResponseEnrichmentsItemOptionsItem>
        for PreviewWebsetResponseEnrichmentsItemOptionsItem {
            fn from(
                value: super::PreviewWebsetResponseEnrichmentsItemOptionsItem,
            ) -> Self {
                Self { label: Ok(value.label) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetResponseSearch {
            criteria: ::std::result::Result<
                ::std::vec::Vec<super::PreviewWebsetResponseSearchCriteriaItem>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                super::PreviewWebsetResponseSearchEntity,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetResponseSearch {
            fn default() -> Self {
                Self {
                    criteria: Err("no value supplied for criteria".to_string()),
                    entity: Err("no value supplied for entity".to_string()),
                }
            }
        }
        impl PreviewWebsetResponseSearch {
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::PreviewWebsetResponseSearchCriteriaItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PreviewWebsetResponseSearchEntity>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PreviewWebsetResponseSearch>
        for super::PreviewWebsetResponseSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetResponseSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    criteria: value.criteria?,
                    entity: value.entity?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetResponseSearch>
        for PreviewWebsetResponseSearch {
            fn from(value: super::PreviewWebsetResponseSearch) -> Self {
                Self {
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PreviewWebsetResponseSearchCriteriaItem {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PreviewWebsetResponseSearchCriteriaItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                }
            }
        }
        impl PreviewWebsetResponseSearchCriteriaItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PreviewWebsetResponseSearchCriteriaItem>
        for super::PreviewWebsetResponseSearchCriteriaItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PreviewWebsetResponseSearchCriteriaItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::PreviewWebsetResponseSearchCriteriaItem>
        for PreviewWebsetResponseSearchCriteriaItem {
            fn from(value: super::PreviewWebsetResponseSearchCriteriaItem) -> Self {
                Self {
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResearchPaperEntity {
            type_: ::std::result::Result<
                super::ResearchPaperEntityType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResearchPaperEntity {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ResearchPaperEntity {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResearchPaperEntityType>,
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
        impl ::std::convert::TryFrom<ResearchPaperEntity>
        for super::ResearchPaperEntity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResearchPaperEntity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::ResearchPaperEntity> for ResearchPaperEntity {
            fn from(value: super::ResearchPaperEntity) -> Self {
                Self { type_: Ok(value.type_) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEnrichmentParameters {
            description: ::std::result::Result<
                ::std::option::Option<super::UpdateEnrichmentParametersDescription>,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                ::std::option::Option<super::UpdateEnrichmentParametersFormat>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::UpdateEnrichmentParametersMetadataValue,
                    >,
                >,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<super::UpdateEnrichmentParametersOptionsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateEnrichmentParameters {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    format: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    options: Ok(Default::default()),
                }
            }
        }
        impl UpdateEnrichmentParameters {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateEnrichmentParametersDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateEnrichmentParametersFormat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::UpdateEnrichmentParametersMetadataValue,
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
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::UpdateEnrichmentParametersOptionsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateEnrichmentParameters>
        for super::UpdateEnrichmentParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEnrichmentParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    format: value.format?,
                    metadata: value.metadata?,
                    options: value.options?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateEnrichmentParameters>
        for UpdateEnrichmentParameters {
            fn from(value: super::UpdateEnrichmentParameters) -> Self {
                Self {
                    description: Ok(value.description),
                    format: Ok(value.format),
                    metadata: Ok(value.metadata),
                    options: Ok(value.options),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateEnrichmentParametersOptionsItem {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateEnrichmentParametersOptionsItem {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                }
            }
        }
        impl UpdateEnrichmentParametersOptionsItem {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateEnrichmentParametersOptionsItem>
        for super::UpdateEnrichmentParametersOptionsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateEnrichmentParametersOptionsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateEnrichmentParametersOptionsItem>
        for UpdateEnrichmentParametersOptionsItem {
            fn from(value: super::UpdateEnrichmentParametersOptionsItem) -> Self {
                Self { label: Ok(value.label) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateImport {
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateImport {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    title: Ok(Default::default()),
                }
            }
        }
        impl UpdateImport {
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
        impl ::std::convert::TryFrom<UpdateImport> for super::UpdateImport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateImport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    title: value.title?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateImport> for UpdateImport {
            fn from(value: super::UpdateImport) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMonitor {
            behavior: ::std::result::Result<
                ::std::option::Option<super::MonitorBehavior>,
                ::std::string::String,
            >,
            cadence: ::std::result::Result<
                ::std::option::Option<super::MonitorCadence>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::UpdateMonitorStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMonitor {
            fn default() -> Self {
                Self {
                    behavior: Ok(Default::default()),
                    cadence: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl UpdateMonitor {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MonitorBehavior>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn cadence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MonitorCadence>>,
                T::Error: ::std::fmt::Display,
            {
                self.cadence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cadence: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateMonitorStatus>,
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
        impl ::std::convert::TryFrom<UpdateMonitor> for super::UpdateMonitor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMonitor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    cadence: value.cadence?,
                    metadata: value.metadata?,
                    status: value.status?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateMonitor> for UpdateMonitor {
            fn from(value: super::UpdateMonitor) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    cadence: Ok(value.cadence),
                    metadata: Ok(value.metadata),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateWebhookParameters {
            events: ::std::result::Result<
                ::std::vec::Vec<super::EventType>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::UpdateWebhookParametersMetadataValue,
                >,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateWebhookParameters {
            fn default() -> Self {
                Self {
                    events: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl UpdateWebhookParameters {
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::UpdateWebhookParametersMetadataValue,
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
        impl ::std::convert::TryFrom<UpdateWebhookParameters>
        for super::UpdateWebhookParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebhookParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    events: value.events?,
                    metadata: value.metadata?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateWebhookParameters>
        for UpdateWebhookParameters {
            fn from(value: super::UpdateWebhookParameters) -> Self {
                Self {
                    events: Ok(value.events),
                    metadata: Ok(value.metadata),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateWebsetRequest {
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::UpdateWebsetRequestMetadataValue,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateWebsetRequest {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                }
            }
        }
        impl UpdateWebsetRequest {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            super::UpdateWebsetRequestMetadataValue,
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
        }
        impl ::std::convert::TryFrom<UpdateWebsetRequest>
        for super::UpdateWebsetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateWebsetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::UpdateWebsetRequest> for UpdateWebsetRequest {
            fn from(value: super::UpdateWebsetRequest) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webhook {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<super::EventType>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::WebhookMetadataValue,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::WebhookObject, ::std::string::String>,
            secret: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::WebhookStatus, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    events: Err("no value supplied for events".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Webhook {
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
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EventType>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
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
                        super::WebhookMetadataValue,
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
                T: ::std::convert::TryInto<super::WebhookObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookStatus>,
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
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    events: value.events?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                    secret: value.secret?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    events: Ok(value.events),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    secret: Ok(value.secret),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookAttempt {
            attempt: ::std::result::Result<f64, ::std::string::String>,
            attempted_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            event_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                super::WebhookAttemptEventType,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::WebhookAttemptObject,
                ::std::string::String,
            >,
            response_body: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            response_headers: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            response_status_code: ::std::result::Result<f64, ::std::string::String>,
            successful: ::std::result::Result<bool, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            webhook_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAttempt {
            fn default() -> Self {
                Self {
                    attempt: Err("no value supplied for attempt".to_string()),
                    attempted_at: Err("no value supplied for attempted_at".to_string()),
                    event_id: Err("no value supplied for event_id".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    response_body: Err(
                        "no value supplied for response_body".to_string(),
                    ),
                    response_headers: Err(
                        "no value supplied for response_headers".to_string(),
                    ),
                    response_status_code: Err(
                        "no value supplied for response_status_code".to_string(),
                    ),
                    successful: Err("no value supplied for successful".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    webhook_id: Err("no value supplied for webhook_id".to_string()),
                }
            }
        }
        impl WebhookAttempt {
            pub fn attempt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.attempt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempt: {e}")
                    });
                self
            }
            pub fn attempted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempted_at: {e}")
                    });
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_id: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookAttemptEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
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
                T: ::std::convert::TryInto<super::WebhookAttemptObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn response_body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response_body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_body: {e}")
                    });
                self
            }
            pub fn response_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.response_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_headers: {e}"
                        )
                    });
                self
            }
            pub fn response_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.response_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for response_status_code: {e}"
                        )
                    });
                self
            }
            pub fn successful<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.successful = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for successful: {e}")
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
            pub fn webhook_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webhook_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webhook_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAttempt> for super::WebhookAttempt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAttempt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempt: value.attempt?,
                    attempted_at: value.attempted_at?,
                    event_id: value.event_id?,
                    event_type: value.event_type?,
                    id: value.id?,
                    object: value.object?,
                    response_body: value.response_body?,
                    response_headers: value.response_headers?,
                    response_status_code: value.response_status_code?,
                    successful: value.successful?,
                    url: value.url?,
                    webhook_id: value.webhook_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebhookAttempt> for WebhookAttempt {
            fn from(value: super::WebhookAttempt) -> Self {
                Self {
                    attempt: Ok(value.attempt),
                    attempted_at: Ok(value.attempted_at),
                    event_id: Ok(value.event_id),
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    object: Ok(value.object),
                    response_body: Ok(value.response_body),
                    response_headers: Ok(value.response_headers),
                    response_status_code: Ok(value.response_status_code),
                    successful: Ok(value.successful),
                    url: Ok(value.url),
                    webhook_id: Ok(value.webhook_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webset {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            enrichments: ::std::result::Result<
                ::std::vec::Vec<super::WebsetEnrichment>,
                ::std::string::String,
            >,
            excludes: ::std::result::Result<
                ::std::vec::Vec<super::WebsetExcludesItem>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            imports: ::std::result::Result<
                ::std::vec::Vec<super::Import>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::WebsetMetadataValue,
                >,
                ::std::string::String,
            >,
            monitors: ::std::result::Result<
                ::std::vec::Vec<super::Monitor>,
                ::std::string::String,
            >,
            object: ::std::result::Result<super::WebsetObject, ::std::string::String>,
            searches: ::std::result::Result<
                ::std::vec::Vec<super::WebsetSearch>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::WebsetStatus, ::std::string::String>,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Webset {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    enrichments: Err("no value supplied for enrichments".to_string()),
                    excludes: Ok(Default::default()),
                    external_id: Err("no value supplied for external_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    imports: Err("no value supplied for imports".to_string()),
                    metadata: Ok(Default::default()),
                    monitors: Err("no value supplied for monitors".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    searches: Err("no value supplied for searches".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Webset {
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
            pub fn enrichments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetEnrichment>>,
                T::Error: ::std::fmt::Display,
            {
                self.enrichments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichments: {e}")
                    });
                self
            }
            pub fn excludes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetExcludesItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.excludes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for excludes: {e}")
                    });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_id: {e}")
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
            pub fn imports<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Import>>,
                T::Error: ::std::fmt::Display,
            {
                self.imports = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for imports: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebsetMetadataValue,
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
            pub fn monitors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Monitor>>,
                T::Error: ::std::fmt::Display,
            {
                self.monitors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for monitors: {e}")
                    });
                self
            }
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn searches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetSearch>>,
                T::Error: ::std::fmt::Display,
            {
                self.searches = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for searches: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
        impl ::std::convert::TryFrom<Webset> for super::Webset {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webset,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    enrichments: value.enrichments?,
                    excludes: value.excludes?,
                    external_id: value.external_id?,
                    id: value.id?,
                    imports: value.imports?,
                    metadata: value.metadata?,
                    monitors: value.monitors?,
                    object: value.object?,
                    searches: value.searches?,
                    status: value.status?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::Webset> for Webset {
            fn from(value: super::Webset) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    enrichments: Ok(value.enrichments),
                    excludes: Ok(value.excludes),
                    external_id: Ok(value.external_id),
                    id: Ok(value.id),
                    imports: Ok(value.imports),
                    metadata: Ok(value.metadata),
                    monitors: Ok(value.monitors),
                    object: Ok(value.object),
                    searches: Ok(value.searches),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetEnrichment {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            format: ::std::result::Result<
                ::std::option::Option<super::WebsetEnrichmentFormat>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            instructions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::WebsetEnrichmentMetadataValue,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::WebsetEnrichmentObject,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<super::WebsetEnrichmentOptionsItem>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::WebsetEnrichmentStatus,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetEnrichment {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    format: Err("no value supplied for format".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    instructions: Err("no value supplied for instructions".to_string()),
                    metadata: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    options: Err("no value supplied for options".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webset_id: Err("no value supplied for webset_id".to_string()),
                }
            }
        }
        impl WebsetEnrichment {
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebsetEnrichmentFormat>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for format: {e}")
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instructions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instructions: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::WebsetEnrichmentMetadataValue,
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
                T: ::std::convert::TryInto<super::WebsetEnrichmentObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::WebsetEnrichmentOptionsItem>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetEnrichmentStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
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
            pub fn webset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webset_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetEnrichment> for super::WebsetEnrichment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetEnrichment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    format: value.format?,
                    id: value.id?,
                    instructions: value.instructions?,
                    metadata: value.metadata?,
                    object: value.object?,
                    options: value.options?,
                    status: value.status?,
                    title: value.title?,
                    updated_at: value.updated_at?,
                    webset_id: value.webset_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetEnrichment> for WebsetEnrichment {
            fn from(value: super::WebsetEnrichment) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    format: Ok(value.format),
                    id: Ok(value.id),
                    instructions: Ok(value.instructions),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    options: Ok(value.options),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    updated_at: Ok(value.updated_at),
                    webset_id: Ok(value.webset_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetEnrichmentOptionsItem {
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetEnrichmentOptionsItem {
            fn default() -> Self {
                Self {
                    label: Err("no value supplied for label".to_string()),
                }
            }
        }
        impl WebsetEnrichmentOptionsItem {
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetEnrichmentOptionsItem>
        for super::WebsetEnrichmentOptionsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetEnrichmentOptionsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetEnrichmentOptionsItem>
        for WebsetEnrichmentOptionsItem {
            fn from(value: super::WebsetEnrichmentOptionsItem) -> Self {
                Self { label: Ok(value.label) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetExcludesItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            source: ::std::result::Result<
                super::WebsetExcludesItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetExcludesItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl WebsetExcludesItem {
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
                T: ::std::convert::TryInto<super::WebsetExcludesItemSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetExcludesItem> for super::WebsetExcludesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetExcludesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetExcludesItem> for WebsetExcludesItem {
            fn from(value: super::WebsetExcludesItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItem {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            enrichments: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::EnrichmentResult>>,
                ::std::string::String,
            >,
            evaluations: ::std::result::Result<
                ::std::vec::Vec<super::WebsetItemEvaluation>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::WebsetItemObject,
                ::std::string::String,
            >,
            properties: ::std::result::Result<
                super::WebsetItemProperties,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::WebsetItemSource,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItem {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    enrichments: Err("no value supplied for enrichments".to_string()),
                    evaluations: Err("no value supplied for evaluations".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    object: Err("no value supplied for object".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                    source: Err("no value supplied for source".to_string()),
                    source_id: Err("no value supplied for source_id".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webset_id: Err("no value supplied for webset_id".to_string()),
                }
            }
        }
        impl WebsetItem {
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
            pub fn enrichments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::EnrichmentResult>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.enrichments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrichments: {e}")
                    });
                self
            }
            pub fn evaluations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WebsetItemEvaluation>>,
                T::Error: ::std::fmt::Display,
            {
                self.evaluations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for evaluations: {e}")
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
                T: ::std::convert::TryInto<super::WebsetItemObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
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
            pub fn webset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webset_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetItem> for super::WebsetItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    enrichments: value.enrichments?,
                    evaluations: value.evaluations?,
                    id: value.id?,
                    object: value.object?,
                    properties: value.properties?,
                    source: value.source?,
                    source_id: value.source_id?,
                    updated_at: value.updated_at?,
                    webset_id: value.webset_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItem> for WebsetItem {
            fn from(value: super::WebsetItem) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    enrichments: Ok(value.enrichments),
                    evaluations: Ok(value.evaluations),
                    id: Ok(value.id),
                    object: Ok(value.object),
                    properties: Ok(value.properties),
                    source: Ok(value.source),
                    source_id: Ok(value.source_id),
                    updated_at: Ok(value.updated_at),
                    webset_id: Ok(value.webset_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemArticleProperties {
            article: ::std::result::Result<
                super::WebsetItemArticlePropertiesArticle,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::WebsetItemArticlePropertiesType,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemArticleProperties {
            fn default() -> Self {
                Self {
                    article: Err("no value supplied for article".to_string()),
                    content: Err("no value supplied for content".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemArticleProperties {
            pub fn article<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemArticlePropertiesArticle>,
                T::Error: ::std::fmt::Display,
            {
                self.article = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for article: {e}")
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemArticlePropertiesType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemArticleProperties>
        for super::WebsetItemArticleProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemArticleProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    article: value.article?,
                    content: value.content?,
                    description: value.description?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemArticleProperties>
        for WebsetItemArticleProperties {
            fn from(value: super::WebsetItemArticleProperties) -> Self {
                Self {
                    article: Ok(value.article),
                    content: Ok(value.content),
                    description: Ok(value.description),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemArticlePropertiesArticle {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemArticlePropertiesArticle {
            fn default() -> Self {
                Self {
                    author: Err("no value supplied for author".to_string()),
                    published_at: Err("no value supplied for published_at".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl WebsetItemArticlePropertiesArticle {
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
            pub fn published_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for published_at: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemArticlePropertiesArticle>
        for super::WebsetItemArticlePropertiesArticle {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemArticlePropertiesArticle,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    published_at: value.published_at?,
                    title: value.title?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemArticlePropertiesArticle>
        for WebsetItemArticlePropertiesArticle {
            fn from(value: super::WebsetItemArticlePropertiesArticle) -> Self {
                Self {
                    author: Ok(value.author),
                    published_at: Ok(value.published_at),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemCompanyProperties {
            company: ::std::result::Result<
                super::WebsetItemCompanyPropertiesCompany,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::WebsetItemCompanyPropertiesType,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemCompanyProperties {
            fn default() -> Self {
                Self {
                    company: Err("no value supplied for company".to_string()),
                    content: Err("no value supplied for content".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemCompanyProperties {
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemCompanyPropertiesCompany>,
                T::Error: ::std::fmt::Display,
            {
                self.company = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for company: {e}")
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemCompanyPropertiesType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemCompanyProperties>
        for super::WebsetItemCompanyProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemCompanyProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    company: value.company?,
                    content: value.content?,
                    description: value.description?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemCompanyProperties>
        for WebsetItemCompanyProperties {
            fn from(value: super::WebsetItemCompanyProperties) -> Self {
                Self {
                    company: Ok(value.company),
                    content: Ok(value.content),
                    description: Ok(value.description),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemCompanyPropertiesCompany {
            about: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            employees: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            industry: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            logo_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemCompanyPropertiesCompany {
            fn default() -> Self {
                Self {
                    about: Err("no value supplied for about".to_string()),
                    employees: Err("no value supplied for employees".to_string()),
                    industry: Err("no value supplied for industry".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    logo_url: Err("no value supplied for logo_url".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl WebsetItemCompanyPropertiesCompany {
            pub fn about<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.about = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for about: {e}")
                    });
                self
            }
            pub fn employees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.employees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for employees: {e}")
                    });
                self
            }
            pub fn industry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.industry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for industry: {e}")
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
            pub fn logo_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo_url: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<WebsetItemCompanyPropertiesCompany>
        for super::WebsetItemCompanyPropertiesCompany {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemCompanyPropertiesCompany,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    about: value.about?,
                    employees: value.employees?,
                    industry: value.industry?,
                    location: value.location?,
                    logo_url: value.logo_url?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemCompanyPropertiesCompany>
        for WebsetItemCompanyPropertiesCompany {
            fn from(value: super::WebsetItemCompanyPropertiesCompany) -> Self {
                Self {
                    about: Ok(value.about),
                    employees: Ok(value.employees),
                    industry: Ok(value.industry),
                    location: Ok(value.location),
                    logo_url: Ok(value.logo_url),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemCustomProperties {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom: ::std::result::Result<
                super::WebsetItemCustomPropertiesCustom,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::WebsetItemCustomPropertiesType,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemCustomProperties {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    custom: Err("no value supplied for custom".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemCustomProperties {
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
            pub fn custom<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemCustomPropertiesCustom>,
                T::Error: ::std::fmt::Display,
            {
                self.custom = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemCustomPropertiesType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemCustomProperties>
        for super::WebsetItemCustomProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemCustomProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    custom: value.custom?,
                    description: value.description?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemCustomProperties>
        for WebsetItemCustomProperties {
            fn from(value: super::WebsetItemCustomProperties) -> Self {
                Self {
                    content: Ok(value.content),
                    custom: Ok(value.custom),
                    description: Ok(value.description),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemCustomPropertiesCustom {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemCustomPropertiesCustom {
            fn default() -> Self {
                Self {
                    author: Err("no value supplied for author".to_string()),
                    published_at: Err("no value supplied for published_at".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl WebsetItemCustomPropertiesCustom {
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
            pub fn published_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for published_at: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemCustomPropertiesCustom>
        for super::WebsetItemCustomPropertiesCustom {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemCustomPropertiesCustom,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    published_at: value.published_at?,
                    title: value.title?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemCustomPropertiesCustom>
        for WebsetItemCustomPropertiesCustom {
            fn from(value: super::WebsetItemCustomPropertiesCustom) -> Self {
                Self {
                    author: Ok(value.author),
                    published_at: Ok(value.published_at),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemEvaluation {
            criterion: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            reasoning: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            references: ::std::result::Result<
                ::std::vec::Vec<super::WebsetItemEvaluationReferencesItem>,
                ::std::string::String,
            >,
            satisfied: ::std::result::Result<
                super::WebsetItemEvaluationSatisfied,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemEvaluation {
            fn default() -> Self {
                Self {
                    criterion: Err("no value supplied for criterion".to_string()),
                    reasoning: Err("no value supplied for reasoning".to_string()),
                    references: Ok(Default::default()),
                    satisfied: Err("no value supplied for satisfied".to_string()),
                }
            }
        }
        impl WebsetItemEvaluation {
            pub fn criterion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.criterion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criterion: {e}")
                    });
                self
            }
            pub fn reasoning<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reasoning = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reasoning: {e}")
                    });
                self
            }
            pub fn references<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::WebsetItemEvaluationReferencesItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.references = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for references: {e}")
                    });
                self
            }
            pub fn satisfied<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemEvaluationSatisfied>,
                T::Error: ::std::fmt::Display,
            {
                self.satisfied = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for satisfied: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetItemEvaluation>
        for super::WebsetItemEvaluation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemEvaluation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    criterion: value.criterion?,
                    reasoning: value.reasoning?,
                    references: value.references?,
                    satisfied: value.satisfied?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemEvaluation> for WebsetItemEvaluation {
            fn from(value: super::WebsetItemEvaluation) -> Self {
                Self {
                    criterion: Ok(value.criterion),
                    reasoning: Ok(value.reasoning),
                    references: Ok(value.references),
                    satisfied: Ok(value.satisfied),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemEvaluationReferencesItem {
            snippet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemEvaluationReferencesItem {
            fn default() -> Self {
                Self {
                    snippet: Err("no value supplied for snippet".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemEvaluationReferencesItem {
            pub fn snippet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<WebsetItemEvaluationReferencesItem>
        for super::WebsetItemEvaluationReferencesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemEvaluationReferencesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    snippet: value.snippet?,
                    title: value.title?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemEvaluationReferencesItem>
        for WebsetItemEvaluationReferencesItem {
            fn from(value: super::WebsetItemEvaluationReferencesItem) -> Self {
                Self {
                    snippet: Ok(value.snippet),
                    title: Ok(value.title),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemPersonProperties {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            person: ::std::result::Result<
                super::WebsetItemPersonPropertiesPerson,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::WebsetItemPersonPropertiesType,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemPersonProperties {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    person: Err("no value supplied for person".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemPersonProperties {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn person<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemPersonPropertiesPerson>,
                T::Error: ::std::fmt::Display,
            {
                self.person = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemPersonPropertiesType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemPersonProperties>
        for super::WebsetItemPersonProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemPersonProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    person: value.person?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemPersonProperties>
        for WebsetItemPersonProperties {
            fn from(value: super::WebsetItemPersonProperties) -> Self {
                Self {
                    description: Ok(value.description),
                    person: Ok(value.person),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemPersonPropertiesPerson {
            company: ::std::result::Result<
                ::std::option::Option<super::WebsetItemPersonPropertiesPersonCompany>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            picture_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemPersonPropertiesPerson {
            fn default() -> Self {
                Self {
                    company: Err("no value supplied for company".to_string()),
                    location: Err("no value supplied for location".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    picture_url: Err("no value supplied for picture_url".to_string()),
                    position: Err("no value supplied for position".to_string()),
                }
            }
        }
        impl WebsetItemPersonPropertiesPerson {
            pub fn company<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebsetItemPersonPropertiesPersonCompany>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn picture_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.picture_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for picture_url: {e}")
                    });
                self
            }
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetItemPersonPropertiesPerson>
        for super::WebsetItemPersonPropertiesPerson {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemPersonPropertiesPerson,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    company: value.company?,
                    location: value.location?,
                    name: value.name?,
                    picture_url: value.picture_url?,
                    position: value.position?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemPersonPropertiesPerson>
        for WebsetItemPersonPropertiesPerson {
            fn from(value: super::WebsetItemPersonPropertiesPerson) -> Self {
                Self {
                    company: Ok(value.company),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    picture_url: Ok(value.picture_url),
                    position: Ok(value.position),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemPersonPropertiesPersonCompany {
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemPersonPropertiesPersonCompany {
            fn default() -> Self {
                Self {
                    location: Err("no value supplied for location".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl WebsetItemPersonPropertiesPersonCompany {
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
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<WebsetItemPersonPropertiesPersonCompany>
        for super::WebsetItemPersonPropertiesPersonCompany {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemPersonPropertiesPersonCompany,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    location: value.location?,
                    name: value.name?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemPersonPropertiesPersonCompany>
        for WebsetItemPersonPropertiesPersonCompany {
            fn from(value: super::WebsetItemPersonPropertiesPersonCompany) -> Self {
                Self {
                    location: Ok(value.location),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemPreview {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            properties: ::std::result::Result<
                super::WebsetItemPreviewProperties,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemPreview {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    properties: Err("no value supplied for properties".to_string()),
                }
            }
        }
        impl WebsetItemPreview {
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
            pub fn properties<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemPreviewProperties>,
                T::Error: ::std::fmt::Display,
            {
                self.properties = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for properties: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetItemPreview> for super::WebsetItemPreview {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemPreview,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    properties: value.properties?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemPreview> for WebsetItemPreview {
            fn from(value: super::WebsetItemPreview) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    properties: Ok(value.properties),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemResearchPaperProperties {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            research_paper: ::std::result::Result<
                super::WebsetItemResearchPaperPropertiesResearchPaper,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::WebsetItemResearchPaperPropertiesType,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetItemResearchPaperProperties {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    research_paper: Err(
                        "no value supplied for research_paper".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl WebsetItemResearchPaperProperties {
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn research_paper<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::WebsetItemResearchPaperPropertiesResearchPaper,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.research_paper = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for research_paper: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetItemResearchPaperPropertiesType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemResearchPaperProperties>
        for super::WebsetItemResearchPaperProperties {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemResearchPaperProperties,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    description: value.description?,
                    research_paper: value.research_paper?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemResearchPaperProperties>
        for WebsetItemResearchPaperProperties {
            fn from(value: super::WebsetItemResearchPaperProperties) -> Self {
                Self {
                    content: Ok(value.content),
                    description: Ok(value.description),
                    research_paper: Ok(value.research_paper),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetItemResearchPaperPropertiesResearchPaper {
            author: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            published_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetItemResearchPaperPropertiesResearchPaper {
            fn default() -> Self {
                Self {
                    author: Err("no value supplied for author".to_string()),
                    published_at: Err("no value supplied for published_at".to_string()),
                    title: Err("no value supplied for title".to_string()),
                }
            }
        }
        impl WebsetItemResearchPaperPropertiesResearchPaper {
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
            pub fn published_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.published_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for published_at: {e}")
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
        impl ::std::convert::TryFrom<WebsetItemResearchPaperPropertiesResearchPaper>
        for super::WebsetItemResearchPaperPropertiesResearchPaper {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetItemResearchPaperPropertiesResearchPaper,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    author: value.author?,
                    published_at: value.published_at?,
                    title: value.title?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetItemResearchPaperPropertiesResearchPaper>
        for WebsetItemResearchPaperPropertiesResearchPaper {
            fn from(
                value: super::WebsetItemResearchPaperPropertiesResearchPaper,
            ) -> Self {
                Self {
                    author: Ok(value.author),
                    published_at: Ok(value.published_at),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearch {
            behavior: ::std::result::Result<
                super::WebsetSearchBehavior,
                ::std::string::String,
            >,
            canceled_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            canceled_reason: ::std::result::Result<
                ::std::option::Option<super::WebsetSearchCanceledReason>,
                ::std::string::String,
            >,
            count: ::std::result::Result<f64, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            criteria: ::std::result::Result<
                ::std::vec::Vec<super::WebsetSearchCriteriaItem>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<super::Entity>,
                ::std::string::String,
            >,
            exclude: ::std::result::Result<
                ::std::vec::Vec<super::WebsetSearchExcludeItem>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::WebsetSearchMetadataValue,
                >,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                super::WebsetSearchObject,
                ::std::string::String,
            >,
            progress: ::std::result::Result<
                super::WebsetSearchProgress,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                super::WebsetSearchQuery,
                ::std::string::String,
            >,
            recall: ::std::result::Result<
                ::std::option::Option<super::WebsetSearchRecall>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::vec::Vec<super::WebsetSearchScopeItem>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::WebsetSearchStatus,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            webset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetSearch {
            fn default() -> Self {
                Self {
                    behavior: Ok(super::defaults::webset_search_behavior()),
                    canceled_at: Err("no value supplied for canceled_at".to_string()),
                    canceled_reason: Err(
                        "no value supplied for canceled_reason".to_string(),
                    ),
                    count: Err("no value supplied for count".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    criteria: Err("no value supplied for criteria".to_string()),
                    entity: Err("no value supplied for entity".to_string()),
                    exclude: Err("no value supplied for exclude".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    object: Err("no value supplied for object".to_string()),
                    progress: Err("no value supplied for progress".to_string()),
                    query: Err("no value supplied for query".to_string()),
                    recall: Err("no value supplied for recall".to_string()),
                    scope: Err("no value supplied for scope".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    webset_id: Err("no value supplied for webset_id".to_string()),
                }
            }
        }
        impl WebsetSearch {
            pub fn behavior<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchBehavior>,
                T::Error: ::std::fmt::Display,
            {
                self.behavior = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behavior: {e}")
                    });
                self
            }
            pub fn canceled_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.canceled_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for canceled_at: {e}")
                    });
                self
            }
            pub fn canceled_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebsetSearchCanceledReason>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.canceled_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canceled_reason: {e}"
                        )
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
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
            pub fn criteria<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::WebsetSearchCriteriaItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.criteria = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for criteria: {e}")
                    });
                self
            }
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Entity>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            pub fn exclude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::WebsetSearchExcludeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.exclude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for exclude: {e}")
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
                        super::WebsetSearchMetadataValue,
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
                T: ::std::convert::TryInto<super::WebsetSearchObject>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchProgress>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
                    });
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchQuery>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for query: {e}")
                    });
                self
            }
            pub fn recall<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebsetSearchRecall>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recall = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recall: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::WebsetSearchScopeItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchStatus>,
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
            pub fn webset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.webset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for webset_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearch> for super::WebsetSearch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behavior: value.behavior?,
                    canceled_at: value.canceled_at?,
                    canceled_reason: value.canceled_reason?,
                    count: value.count?,
                    created_at: value.created_at?,
                    criteria: value.criteria?,
                    entity: value.entity?,
                    exclude: value.exclude?,
                    id: value.id?,
                    metadata: value.metadata?,
                    object: value.object?,
                    progress: value.progress?,
                    query: value.query?,
                    recall: value.recall?,
                    scope: value.scope?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    webset_id: value.webset_id?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearch> for WebsetSearch {
            fn from(value: super::WebsetSearch) -> Self {
                Self {
                    behavior: Ok(value.behavior),
                    canceled_at: Ok(value.canceled_at),
                    canceled_reason: Ok(value.canceled_reason),
                    count: Ok(value.count),
                    created_at: Ok(value.created_at),
                    criteria: Ok(value.criteria),
                    entity: Ok(value.entity),
                    exclude: Ok(value.exclude),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    object: Ok(value.object),
                    progress: Ok(value.progress),
                    query: Ok(value.query),
                    recall: Ok(value.recall),
                    scope: Ok(value.scope),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    webset_id: Ok(value.webset_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchCriteriaItem {
            description: ::std::result::Result<
                super::WebsetSearchCriteriaItemDescription,
                ::std::string::String,
            >,
            success_rate: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetSearchCriteriaItem {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    success_rate: Err("no value supplied for success_rate".to_string()),
                }
            }
        }
        impl WebsetSearchCriteriaItem {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchCriteriaItemDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn success_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.success_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_rate: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchCriteriaItem>
        for super::WebsetSearchCriteriaItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchCriteriaItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    success_rate: value.success_rate?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchCriteriaItem>
        for WebsetSearchCriteriaItem {
            fn from(value: super::WebsetSearchCriteriaItem) -> Self {
                Self {
                    description: Ok(value.description),
                    success_rate: Ok(value.success_rate),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchExcludeItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            source: ::std::result::Result<
                super::WebsetSearchExcludeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetSearchExcludeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl WebsetSearchExcludeItem {
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
                T: ::std::convert::TryInto<super::WebsetSearchExcludeItemSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchExcludeItem>
        for super::WebsetSearchExcludeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchExcludeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchExcludeItem>
        for WebsetSearchExcludeItem {
            fn from(value: super::WebsetSearchExcludeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchProgress {
            analyzed: ::std::result::Result<f64, ::std::string::String>,
            completion: ::std::result::Result<f64, ::std::string::String>,
            found: ::std::result::Result<f64, ::std::string::String>,
            time_left: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetSearchProgress {
            fn default() -> Self {
                Self {
                    analyzed: Err("no value supplied for analyzed".to_string()),
                    completion: Err("no value supplied for completion".to_string()),
                    found: Err("no value supplied for found".to_string()),
                    time_left: Err("no value supplied for time_left".to_string()),
                }
            }
        }
        impl WebsetSearchProgress {
            pub fn analyzed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.analyzed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for analyzed: {e}")
                    });
                self
            }
            pub fn completion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.completion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for completion: {e}")
                    });
                self
            }
            pub fn found<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.found = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for found: {e}")
                    });
                self
            }
            pub fn time_left<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_left = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_left: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchProgress>
        for super::WebsetSearchProgress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchProgress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analyzed: value.analyzed?,
                    completion: value.completion?,
                    found: value.found?,
                    time_left: value.time_left?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchProgress> for WebsetSearchProgress {
            fn from(value: super::WebsetSearchProgress) -> Self {
                Self {
                    analyzed: Ok(value.analyzed),
                    completion: Ok(value.completion),
                    found: Ok(value.found),
                    time_left: Ok(value.time_left),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchRecall {
            expected: ::std::result::Result<
                super::WebsetSearchRecallExpected,
                ::std::string::String,
            >,
            reasoning: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetSearchRecall {
            fn default() -> Self {
                Self {
                    expected: Err("no value supplied for expected".to_string()),
                    reasoning: Err("no value supplied for reasoning".to_string()),
                }
            }
        }
        impl WebsetSearchRecall {
            pub fn expected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchRecallExpected>,
                T::Error: ::std::fmt::Display,
            {
                self.expected = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expected: {e}")
                    });
                self
            }
            pub fn reasoning<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reasoning = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reasoning: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchRecall> for super::WebsetSearchRecall {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchRecall,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expected: value.expected?,
                    reasoning: value.reasoning?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchRecall> for WebsetSearchRecall {
            fn from(value: super::WebsetSearchRecall) -> Self {
                Self {
                    expected: Ok(value.expected),
                    reasoning: Ok(value.reasoning),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchRecallExpected {
            bounds: ::std::result::Result<
                super::WebsetSearchRecallExpectedBounds,
                ::std::string::String,
            >,
            confidence: ::std::result::Result<
                super::WebsetSearchRecallExpectedConfidence,
                ::std::string::String,
            >,
            total: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetSearchRecallExpected {
            fn default() -> Self {
                Self {
                    bounds: Err("no value supplied for bounds".to_string()),
                    confidence: Err("no value supplied for confidence".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl WebsetSearchRecallExpected {
            pub fn bounds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchRecallExpectedBounds>,
                T::Error: ::std::fmt::Display,
            {
                self.bounds = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bounds: {e}")
                    });
                self
            }
            pub fn confidence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchRecallExpectedConfidence>,
                T::Error: ::std::fmt::Display,
            {
                self.confidence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for confidence: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
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
        impl ::std::convert::TryFrom<WebsetSearchRecallExpected>
        for super::WebsetSearchRecallExpected {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchRecallExpected,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bounds: value.bounds?,
                    confidence: value.confidence?,
                    total: value.total?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchRecallExpected>
        for WebsetSearchRecallExpected {
            fn from(value: super::WebsetSearchRecallExpected) -> Self {
                Self {
                    bounds: Ok(value.bounds),
                    confidence: Ok(value.confidence),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchRecallExpectedBounds {
            max: ::std::result::Result<f64, ::std::string::String>,
            min: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetSearchRecallExpectedBounds {
            fn default() -> Self {
                Self {
                    max: Err("no value supplied for max".to_string()),
                    min: Err("no value supplied for min".to_string()),
                }
            }
        }
        impl WebsetSearchRecallExpectedBounds {
            pub fn max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max: {e}")
                    });
                self
            }
            pub fn min<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.min = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchRecallExpectedBounds>
        for super::WebsetSearchRecallExpectedBounds {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchRecallExpectedBounds,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max: value.max?,
                    min: value.min?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchRecallExpectedBounds>
        for WebsetSearchRecallExpectedBounds {
            fn from(value: super::WebsetSearchRecallExpectedBounds) -> Self {
                Self {
                    max: Ok(value.max),
                    min: Ok(value.min),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchScopeItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            relationship: ::std::result::Result<
                ::std::option::Option<super::WebsetSearchScopeItemRelationship>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::WebsetSearchScopeItemSource,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetSearchScopeItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    relationship: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl WebsetSearchScopeItem {
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
            pub fn relationship<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebsetSearchScopeItemRelationship>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.relationship = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for relationship: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetSearchScopeItemSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetSearchScopeItem>
        for super::WebsetSearchScopeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchScopeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    relationship: value.relationship?,
                    source: value.source?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchScopeItem>
        for WebsetSearchScopeItem {
            fn from(value: super::WebsetSearchScopeItem) -> Self {
                Self {
                    id: Ok(value.id),
                    relationship: Ok(value.relationship),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetSearchScopeItemRelationship {
            definition: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            limit: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetSearchScopeItemRelationship {
            fn default() -> Self {
                Self {
                    definition: Err("no value supplied for definition".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                }
            }
        }
        impl WebsetSearchScopeItemRelationship {
            pub fn definition<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.definition = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for definition: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
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
        impl ::std::convert::TryFrom<WebsetSearchScopeItemRelationship>
        for super::WebsetSearchScopeItemRelationship {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetSearchScopeItemRelationship,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    definition: value.definition?,
                    limit: value.limit?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetSearchScopeItemRelationship>
        for WebsetSearchScopeItemRelationship {
            fn from(value: super::WebsetSearchScopeItemRelationship) -> Self {
                Self {
                    definition: Ok(value.definition),
                    limit: Ok(value.limit),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_i64<T, const V: i64>() -> T
        where
            T: ::std::convert::TryFrom<i64>,
            <T as ::std::convert::TryFrom<i64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
        pub(super) fn create_monitor_parameters_behavior_config_behavior() -> super::CreateMonitorParametersBehaviorConfigBehavior {
            super::CreateMonitorParametersBehaviorConfigBehavior::Append
        }
        pub(super) fn create_monitor_parameters_cadence_timezone() -> ::std::string::String {
            "Etc/UTC".to_string()
        }
        pub(super) fn create_webset_parameters_search_count() -> f64 {
            10_f64
        }
        pub(super) fn create_webset_search_parameters_behavior() -> super::WebsetSearchBehavior {
            super::WebsetSearchBehavior::Override
        }
        pub(super) fn monitor_behavior_config_behavior() -> super::MonitorBehaviorConfigBehavior {
            super::MonitorBehaviorConfigBehavior::Append
        }
        pub(super) fn monitor_cadence_timezone() -> ::std::string::String {
            "Etc/UTC".to_string()
        }
        pub(super) fn preview_webset_parameters_search_count() -> f64 {
            10_f64
        }
        pub(super) fn webset_search_behavior() -> super::WebsetSearchBehavior {
            super::WebsetSearchBehavior::Override
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
    ///One of the documented values, or [`CreateImportResponseFailedReason::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum CreateImportResponseFailedReason {
        ///`invalid_format`
        InvalidFormat,
        ///`invalid_file_content`
        InvalidFileContent,
        ///`missing_identifier`
        MissingIdentifier,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl CreateImportResponseFailedReason {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvalidFormat => "invalid_format",
                Self::InvalidFileContent => "invalid_file_content",
                Self::MissingIdentifier => "missing_identifier",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CreateImportResponseFailedReason {
        fn from(value: &str) -> Self {
            match value {
                "invalid_format" => Self::InvalidFormat,
                "invalid_file_content" => Self::InvalidFileContent,
                "missing_identifier" => Self::MissingIdentifier,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for CreateImportResponseFailedReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreateImportResponseFailedReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreateImportResponseFailedReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateImportResponseFailedReason {
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
    impl ::schemars::JsonSchema for CreateImportResponseFailedReason {
        fn schema_name() -> ::std::string::String {
            "CreateImportResponseFailedReason".to_string()
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
                "One of: invalid_format, invalid_file_content, missing_identifier. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("invalid_format"),
                ::serde_json::Value::from("invalid_file_content"),
                ::serde_json::Value::from("missing_identifier")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`CreateImportResponseFormat::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum CreateImportResponseFormat {
        ///`csv`
        Csv,
        ///`webset`
        Webset,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl CreateImportResponseFormat {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Csv => "csv",
                Self::Webset => "webset",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CreateImportResponseFormat {
        fn from(value: &str) -> Self {
            match value {
                "csv" => Self::Csv,
                "webset" => Self::Webset,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for CreateImportResponseFormat {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreateImportResponseFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreateImportResponseFormat {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateImportResponseFormat {
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
    impl ::schemars::JsonSchema for CreateImportResponseFormat {
        fn schema_name() -> ::std::string::String {
            "CreateImportResponseFormat".to_string()
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
                "One of: csv, webset. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("csv"), ::serde_json::Value::from("webset")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`CreateImportResponseStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum CreateImportResponseStatus {
        ///`pending`
        Pending,
        ///`processing`
        Processing,
        ///`completed`
        Completed,
        ///`failed`
        Failed,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl CreateImportResponseStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Processing => "processing",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CreateImportResponseStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for CreateImportResponseStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreateImportResponseStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreateImportResponseStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateImportResponseStatus {
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
    impl ::schemars::JsonSchema for CreateImportResponseStatus {
        fn schema_name() -> ::std::string::String {
            "CreateImportResponseStatus".to_string()
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
                "One of: pending, processing, completed, failed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("processing"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("failed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`EnrichmentResultStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum EnrichmentResultStatus {
        ///`pending`
        Pending,
        ///`completed`
        Completed,
        ///`canceled`
        Canceled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl EnrichmentResultStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for EnrichmentResultStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for EnrichmentResultStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for EnrichmentResultStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for EnrichmentResultStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EnrichmentResultStatus {
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
    impl ::schemars::JsonSchema for EnrichmentResultStatus {
        fn schema_name() -> ::std::string::String {
            "EnrichmentResultStatus".to_string()
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
                "One of: pending, completed, canceled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("canceled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`EventType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum EventType {
        ///`webset.created`
        WebsetCreated,
        ///`webset.deleted`
        WebsetDeleted,
        ///`webset.paused`
        WebsetPaused,
        ///`webset.idle`
        WebsetIdle,
        ///`webset.search.created`
        WebsetSearchCreated,
        ///`webset.search.canceled`
        WebsetSearchCanceled,
        ///`webset.search.completed`
        WebsetSearchCompleted,
        ///`webset.search.updated`
        WebsetSearchUpdated,
        ///`import.created`
        ImportCreated,
        ///`import.completed`
        ImportCompleted,
        ///`webset.item.created`
        WebsetItemCreated,
        ///`webset.item.enriched`
        WebsetItemEnriched,
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
        ///`webset.export.created`
        WebsetExportCreated,
        ///`webset.export.completed`
        WebsetExportCompleted,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl EventType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::WebsetCreated => "webset.created",
                Self::WebsetDeleted => "webset.deleted",
                Self::WebsetPaused => "webset.paused",
                Self::WebsetIdle => "webset.idle",
                Self::WebsetSearchCreated => "webset.search.created",
                Self::WebsetSearchCanceled => "webset.search.canceled",
                Self::WebsetSearchCompleted => "webset.search.completed",
                Self::WebsetSearchUpdated => "webset.search.updated",
                Self::ImportCreated => "import.created",
                Self::ImportCompleted => "import.completed",
                Self::WebsetItemCreated => "webset.item.created",
                Self::WebsetItemEnriched => "webset.item.enriched",
                Self::MonitorCreated => "monitor.created",
                Self::MonitorUpdated => "monitor.updated",
                Self::MonitorDeleted => "monitor.deleted",
                Self::MonitorRunCreated => "monitor.run.created",
                Self::MonitorRunCompleted => "monitor.run.completed",
                Self::WebsetExportCreated => "webset.export.created",
                Self::WebsetExportCompleted => "webset.export.completed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for EventType {
        fn from(value: &str) -> Self {
            match value {
                "webset.created" => Self::WebsetCreated,
                "webset.deleted" => Self::WebsetDeleted,
                "webset.paused" => Self::WebsetPaused,
                "webset.idle" => Self::WebsetIdle,
                "webset.search.created" => Self::WebsetSearchCreated,
                "webset.search.canceled" => Self::WebsetSearchCanceled,
                "webset.search.completed" => Self::WebsetSearchCompleted,
                "webset.search.updated" => Self::WebsetSearchUpdated,
                "import.created" => Self::ImportCreated,
                "import.completed" => Self::ImportCompleted,
                "webset.item.created" => Self::WebsetItemCreated,
                "webset.item.enriched" => Self::WebsetItemEnriched,
                "monitor.created" => Self::MonitorCreated,
                "monitor.updated" => Self::MonitorUpdated,
                "monitor.deleted" => Self::MonitorDeleted,
                "monitor.run.created" => Self::MonitorRunCreated,
                "monitor.run.completed" => Self::MonitorRunCompleted,
                "webset.export.created" => Self::WebsetExportCreated,
                "webset.export.completed" => Self::WebsetExportCompleted,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for EventType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for EventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for EventType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EventType {
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
    impl ::schemars::JsonSchema for EventType {
        fn schema_name() -> ::std::string::String {
            "EventType".to_string()
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
                "One of: webset.created, webset.deleted, webset.paused, webset.idle, webset.search.created, webset.search.canceled, webset.search.completed, webset.search.updated, import.created, import.completed, webset.item.created, webset.item.enriched, monitor.created, monitor.updated, monitor.deleted, monitor.run.created, monitor.run.completed, webset.export.created, webset.export.completed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("webset.created"),
                ::serde_json::Value::from("webset.deleted"),
                ::serde_json::Value::from("webset.paused"),
                ::serde_json::Value::from("webset.idle"),
                ::serde_json::Value::from("webset.search.created"),
                ::serde_json::Value::from("webset.search.canceled"),
                ::serde_json::Value::from("webset.search.completed"),
                ::serde_json::Value::from("webset.search.updated"),
                ::serde_json::Value::from("import.created"),
                ::serde_json::Value::from("import.completed"),
                ::serde_json::Value::from("webset.item.created"),
                ::serde_json::Value::from("webset.item.enriched"),
                ::serde_json::Value::from("monitor.created"),
                ::serde_json::Value::from("monitor.updated"),
                ::serde_json::Value::from("monitor.deleted"),
                ::serde_json::Value::from("monitor.run.created"),
                ::serde_json::Value::from("monitor.run.completed"),
                ::serde_json::Value::from("webset.export.created"),
                ::serde_json::Value::from("webset.export.completed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`ImportFailedReason::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ImportFailedReason {
        ///`invalid_format`
        InvalidFormat,
        ///`invalid_file_content`
        InvalidFileContent,
        ///`missing_identifier`
        MissingIdentifier,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ImportFailedReason {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::InvalidFormat => "invalid_format",
                Self::InvalidFileContent => "invalid_file_content",
                Self::MissingIdentifier => "missing_identifier",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ImportFailedReason {
        fn from(value: &str) -> Self {
            match value {
                "invalid_format" => Self::InvalidFormat,
                "invalid_file_content" => Self::InvalidFileContent,
                "missing_identifier" => Self::MissingIdentifier,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ImportFailedReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ImportFailedReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ImportFailedReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ImportFailedReason {
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
    impl ::schemars::JsonSchema for ImportFailedReason {
        fn schema_name() -> ::std::string::String {
            "ImportFailedReason".to_string()
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
                "One of: invalid_format, invalid_file_content, missing_identifier. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("invalid_format"),
                ::serde_json::Value::from("invalid_file_content"),
                ::serde_json::Value::from("missing_identifier")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`ImportFormat::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ImportFormat {
        ///`csv`
        Csv,
        ///`webset`
        Webset,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ImportFormat {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Csv => "csv",
                Self::Webset => "webset",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ImportFormat {
        fn from(value: &str) -> Self {
            match value {
                "csv" => Self::Csv,
                "webset" => Self::Webset,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ImportFormat {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ImportFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ImportFormat {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ImportFormat {
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
    impl ::schemars::JsonSchema for ImportFormat {
        fn schema_name() -> ::std::string::String {
            "ImportFormat".to_string()
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
                "One of: csv, webset. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("csv"), ::serde_json::Value::from("webset")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`ImportStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ImportStatus {
        ///`pending`
        Pending,
        ///`processing`
        Processing,
        ///`completed`
        Completed,
        ///`failed`
        Failed,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl ImportStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Processing => "processing",
                Self::Completed => "completed",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ImportStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for ImportStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ImportStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ImportStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ImportStatus {
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
    impl ::schemars::JsonSchema for ImportStatus {
        fn schema_name() -> ::std::string::String {
            "ImportStatus".to_string()
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
                "One of: pending, processing, completed, failed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("processing"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("failed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`MonitorBehaviorConfigBehavior::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MonitorBehaviorConfigBehavior {
        ///`override`
        Override,
        ///`append`
        Append,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl MonitorBehaviorConfigBehavior {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Override => "override",
                Self::Append => "append",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for MonitorBehaviorConfigBehavior {
        fn from(value: &str) -> Self {
            match value {
                "override" => Self::Override,
                "append" => Self::Append,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for MonitorBehaviorConfigBehavior {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MonitorBehaviorConfigBehavior {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MonitorBehaviorConfigBehavior {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorBehaviorConfigBehavior {
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
    impl ::schemars::JsonSchema for MonitorBehaviorConfigBehavior {
        fn schema_name() -> ::std::string::String {
            "MonitorBehaviorConfigBehavior".to_string()
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
                "One of: override, append. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("override"),
                ::serde_json::Value::from("append")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`MonitorRunStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MonitorRunStatus {
        ///`created`
        Created,
        ///`running`
        Running,
        ///`completed`
        Completed,
        ///`canceled`
        Canceled,
        ///`failed`
        Failed,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl MonitorRunStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Failed => "failed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for MonitorRunStatus {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "running" => Self::Running,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                "failed" => Self::Failed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for MonitorRunStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MonitorRunStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MonitorRunStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorRunStatus {
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
    impl ::schemars::JsonSchema for MonitorRunStatus {
        fn schema_name() -> ::std::string::String {
            "MonitorRunStatus".to_string()
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
                "One of: created, running, completed, canceled, failed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("created"),
                ::serde_json::Value::from("running"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("canceled"),
                ::serde_json::Value::from("failed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`MonitorRunType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MonitorRunType {
        ///`search`
        Search,
        ///`refresh`
        Refresh,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl MonitorRunType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Search => "search",
                Self::Refresh => "refresh",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for MonitorRunType {
        fn from(value: &str) -> Self {
            match value {
                "search" => Self::Search,
                "refresh" => Self::Refresh,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for MonitorRunType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MonitorRunType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MonitorRunType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorRunType {
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
    impl ::schemars::JsonSchema for MonitorRunType {
        fn schema_name() -> ::std::string::String {
            "MonitorRunType".to_string()
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
                "One of: search, refresh. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("search"), ::serde_json::Value::from("refresh")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`MonitorStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum MonitorStatus {
        ///`enabled`
        Enabled,
        ///`disabled`
        Disabled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl MonitorStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Enabled => "enabled",
                Self::Disabled => "disabled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for MonitorStatus {
        fn from(value: &str) -> Self {
            match value {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for MonitorStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for MonitorStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for MonitorStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MonitorStatus {
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
    impl ::schemars::JsonSchema for MonitorStatus {
        fn schema_name() -> ::std::string::String {
            "MonitorStatus".to_string()
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
                "One of: enabled, disabled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("enabled"),
                ::serde_json::Value::from("disabled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`PreviewWebsetResponseEnrichmentsItemFormat::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PreviewWebsetResponseEnrichmentsItemFormat {
        ///`text`
        Text,
        ///`date`
        Date,
        ///`number`
        Number,
        ///`options`
        Options,
        ///`email`
        Email,
        ///`phone`
        Phone,
        ///`url`
        Url,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl PreviewWebsetResponseEnrichmentsItemFormat {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Text => "text",
                Self::Date => "date",
                Self::Number => "number",
                Self::Options => "options",
                Self::Email => "email",
                Self::Phone => "phone",
                Self::Url => "url",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PreviewWebsetResponseEnrichmentsItemFormat {
        fn from(value: &str) -> Self {
            match value {
                "text" => Self::Text,
                "date" => Self::Date,
                "number" => Self::Number,
                "options" => Self::Options,
                "email" => Self::Email,
                "phone" => Self::Phone,
                "url" => Self::Url,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for PreviewWebsetResponseEnrichmentsItemFormat {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PreviewWebsetResponseEnrichmentsItemFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PreviewWebsetResponseEnrichmentsItemFormat {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PreviewWebsetResponseEnrichmentsItemFormat {
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
    impl ::schemars::JsonSchema for PreviewWebsetResponseEnrichmentsItemFormat {
        fn schema_name() -> ::std::string::String {
            "PreviewWebsetResponseEnrichmentsItemFormat".to_string()
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
                "One of: text, date, number, options, email, phone, url. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("text"), ::serde_json::Value::from("date"),
                ::serde_json::Value::from("number"),
                ::serde_json::Value::from("options"), ::serde_json::Value::from("email"),
                ::serde_json::Value::from("phone"), ::serde_json::Value::from("url")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebhookAttemptEventType::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebhookAttemptEventType {
        ///`webset.created`
        WebsetCreated,
        ///`webset.deleted`
        WebsetDeleted,
        ///`webset.paused`
        WebsetPaused,
        ///`webset.idle`
        WebsetIdle,
        ///`webset.search.created`
        WebsetSearchCreated,
        ///`webset.search.canceled`
        WebsetSearchCanceled,
        ///`webset.search.completed`
        WebsetSearchCompleted,
        ///`webset.search.updated`
        WebsetSearchUpdated,
        ///`import.created`
        ImportCreated,
        ///`import.completed`
        ImportCompleted,
        ///`webset.item.created`
        WebsetItemCreated,
        ///`webset.item.enriched`
        WebsetItemEnriched,
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
        ///`webset.export.created`
        WebsetExportCreated,
        ///`webset.export.completed`
        WebsetExportCompleted,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebhookAttemptEventType {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::WebsetCreated => "webset.created",
                Self::WebsetDeleted => "webset.deleted",
                Self::WebsetPaused => "webset.paused",
                Self::WebsetIdle => "webset.idle",
                Self::WebsetSearchCreated => "webset.search.created",
                Self::WebsetSearchCanceled => "webset.search.canceled",
                Self::WebsetSearchCompleted => "webset.search.completed",
                Self::WebsetSearchUpdated => "webset.search.updated",
                Self::ImportCreated => "import.created",
                Self::ImportCompleted => "import.completed",
                Self::WebsetItemCreated => "webset.item.created",
                Self::WebsetItemEnriched => "webset.item.enriched",
                Self::MonitorCreated => "monitor.created",
                Self::MonitorUpdated => "monitor.updated",
                Self::MonitorDeleted => "monitor.deleted",
                Self::MonitorRunCreated => "monitor.run.created",
                Self::MonitorRunCompleted => "monitor.run.completed",
                Self::WebsetExportCreated => "webset.export.created",
                Self::WebsetExportCompleted => "webset.export.completed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookAttemptEventType {
        fn from(value: &str) -> Self {
            match value {
                "webset.created" => Self::WebsetCreated,
                "webset.deleted" => Self::WebsetDeleted,
                "webset.paused" => Self::WebsetPaused,
                "webset.idle" => Self::WebsetIdle,
                "webset.search.created" => Self::WebsetSearchCreated,
                "webset.search.canceled" => Self::WebsetSearchCanceled,
                "webset.search.completed" => Self::WebsetSearchCompleted,
                "webset.search.updated" => Self::WebsetSearchUpdated,
                "import.created" => Self::ImportCreated,
                "import.completed" => Self::ImportCompleted,
                "webset.item.created" => Self::WebsetItemCreated,
                "webset.item.enriched" => Self::WebsetItemEnriched,
                "monitor.created" => Self::MonitorCreated,
                "monitor.updated" => Self::MonitorUpdated,
                "monitor.deleted" => Self::MonitorDeleted,
                "monitor.run.created" => Self::MonitorRunCreated,
                "monitor.run.completed" => Self::MonitorRunCompleted,
                "webset.export.created" => Self::WebsetExportCreated,
                "webset.export.completed" => Self::WebsetExportCompleted,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebhookAttemptEventType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebhookAttemptEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookAttemptEventType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookAttemptEventType {
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
    impl ::schemars::JsonSchema for WebhookAttemptEventType {
        fn schema_name() -> ::std::string::String {
            "WebhookAttemptEventType".to_string()
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
                "One of: webset.created, webset.deleted, webset.paused, webset.idle, webset.search.created, webset.search.canceled, webset.search.completed, webset.search.updated, import.created, import.completed, webset.item.created, webset.item.enriched, monitor.created, monitor.updated, monitor.deleted, monitor.run.created, monitor.run.completed, webset.export.created, webset.export.completed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("webset.created"),
                ::serde_json::Value::from("webset.deleted"),
                ::serde_json::Value::from("webset.paused"),
                ::serde_json::Value::from("webset.idle"),
                ::serde_json::Value::from("webset.search.created"),
                ::serde_json::Value::from("webset.search.canceled"),
                ::serde_json::Value::from("webset.search.completed"),
                ::serde_json::Value::from("webset.search.updated"),
                ::serde_json::Value::from("import.created"),
                ::serde_json::Value::from("import.completed"),
                ::serde_json::Value::from("webset.item.created"),
                ::serde_json::Value::from("webset.item.enriched"),
                ::serde_json::Value::from("monitor.created"),
                ::serde_json::Value::from("monitor.updated"),
                ::serde_json::Value::from("monitor.deleted"),
                ::serde_json::Value::from("monitor.run.created"),
                ::serde_json::Value::from("monitor.run.completed"),
                ::serde_json::Value::from("webset.export.created"),
                ::serde_json::Value::from("webset.export.completed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebhookStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebhookStatus {
        ///`active`
        Active,
        ///`inactive`
        Inactive,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebhookStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "active",
                Self::Inactive => "inactive",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebhookStatus {
        fn from(value: &str) -> Self {
            match value {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebhookStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebhookStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebhookStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookStatus {
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
    impl ::schemars::JsonSchema for WebhookStatus {
        fn schema_name() -> ::std::string::String {
            "WebhookStatus".to_string()
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
                "One of: active, inactive. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("active"),
                ::serde_json::Value::from("inactive")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetEnrichmentFormat::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetEnrichmentFormat {
        ///`text`
        Text,
        ///`date`
        Date,
        ///`number`
        Number,
        ///`options`
        Options,
        ///`email`
        Email,
        ///`phone`
        Phone,
        ///`url`
        Url,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetEnrichmentFormat {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Text => "text",
                Self::Date => "date",
                Self::Number => "number",
                Self::Options => "options",
                Self::Email => "email",
                Self::Phone => "phone",
                Self::Url => "url",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetEnrichmentFormat {
        fn from(value: &str) -> Self {
            match value {
                "text" => Self::Text,
                "date" => Self::Date,
                "number" => Self::Number,
                "options" => Self::Options,
                "email" => Self::Email,
                "phone" => Self::Phone,
                "url" => Self::Url,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetEnrichmentFormat {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetEnrichmentFormat {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetEnrichmentFormat {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetEnrichmentFormat {
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
    impl ::schemars::JsonSchema for WebsetEnrichmentFormat {
        fn schema_name() -> ::std::string::String {
            "WebsetEnrichmentFormat".to_string()
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
                "One of: text, date, number, options, email, phone, url. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("text"), ::serde_json::Value::from("date"),
                ::serde_json::Value::from("number"),
                ::serde_json::Value::from("options"), ::serde_json::Value::from("email"),
                ::serde_json::Value::from("phone"), ::serde_json::Value::from("url")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetEnrichmentStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetEnrichmentStatus {
        ///`pending`
        Pending,
        ///`canceled`
        Canceled,
        ///`completed`
        Completed,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetEnrichmentStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Pending => "pending",
                Self::Canceled => "canceled",
                Self::Completed => "completed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetEnrichmentStatus {
        fn from(value: &str) -> Self {
            match value {
                "pending" => Self::Pending,
                "canceled" => Self::Canceled,
                "completed" => Self::Completed,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetEnrichmentStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetEnrichmentStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetEnrichmentStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetEnrichmentStatus {
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
    impl ::schemars::JsonSchema for WebsetEnrichmentStatus {
        fn schema_name() -> ::std::string::String {
            "WebsetEnrichmentStatus".to_string()
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
                "One of: pending, canceled, completed. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("canceled"),
                ::serde_json::Value::from("completed")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetExcludesItemSource::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetExcludesItemSource {
        ///`import`
        Import,
        ///`webset`
        Webset,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetExcludesItemSource {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Import => "import",
                Self::Webset => "webset",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetExcludesItemSource {
        fn from(value: &str) -> Self {
            match value {
                "import" => Self::Import,
                "webset" => Self::Webset,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetExcludesItemSource {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetExcludesItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetExcludesItemSource {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetExcludesItemSource {
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
    impl ::schemars::JsonSchema for WebsetExcludesItemSource {
        fn schema_name() -> ::std::string::String {
            "WebsetExcludesItemSource".to_string()
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
                "One of: import, webset. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("import"), ::serde_json::Value::from("webset")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetItemEvaluationSatisfied::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetItemEvaluationSatisfied {
        ///`yes`
        Yes,
        ///`no`
        No,
        ///`unclear`
        Unclear,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetItemEvaluationSatisfied {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Yes => "yes",
                Self::No => "no",
                Self::Unclear => "unclear",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetItemEvaluationSatisfied {
        fn from(value: &str) -> Self {
            match value {
                "yes" => Self::Yes,
                "no" => Self::No,
                "unclear" => Self::Unclear,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemEvaluationSatisfied {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetItemEvaluationSatisfied {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetItemEvaluationSatisfied {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetItemEvaluationSatisfied {
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
    impl ::schemars::JsonSchema for WebsetItemEvaluationSatisfied {
        fn schema_name() -> ::std::string::String {
            "WebsetItemEvaluationSatisfied".to_string()
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
                "One of: yes, no, unclear. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("yes"), ::serde_json::Value::from("no"),
                ::serde_json::Value::from("unclear")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetItemSource::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetItemSource {
        ///`search`
        Search,
        ///`import`
        Import,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetItemSource {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Search => "search",
                Self::Import => "import",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetItemSource {
        fn from(value: &str) -> Self {
            match value {
                "search" => Self::Search,
                "import" => Self::Import,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetItemSource {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetItemSource {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetItemSource {
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
    impl ::schemars::JsonSchema for WebsetItemSource {
        fn schema_name() -> ::std::string::String {
            "WebsetItemSource".to_string()
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
                "One of: search, import. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("search"), ::serde_json::Value::from("import")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchBehavior::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchBehavior {
        ///`override`
        Override,
        ///`append`
        Append,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchBehavior {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Override => "override",
                Self::Append => "append",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchBehavior {
        fn from(value: &str) -> Self {
            match value {
                "override" => Self::Override,
                "append" => Self::Append,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchBehavior {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchBehavior {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchBehavior {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchBehavior {
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
    impl ::schemars::JsonSchema for WebsetSearchBehavior {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchBehavior".to_string()
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
                "One of: override, append. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("override"),
                ::serde_json::Value::from("append")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchCanceledReason::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchCanceledReason {
        ///`webset_deleted`
        WebsetDeleted,
        ///`webset_canceled`
        WebsetCanceled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchCanceledReason {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::WebsetDeleted => "webset_deleted",
                Self::WebsetCanceled => "webset_canceled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchCanceledReason {
        fn from(value: &str) -> Self {
            match value {
                "webset_deleted" => Self::WebsetDeleted,
                "webset_canceled" => Self::WebsetCanceled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchCanceledReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchCanceledReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchCanceledReason {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchCanceledReason {
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
    impl ::schemars::JsonSchema for WebsetSearchCanceledReason {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchCanceledReason".to_string()
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
                "One of: webset_deleted, webset_canceled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("webset_deleted"),
                ::serde_json::Value::from("webset_canceled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchExcludeItemSource::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchExcludeItemSource {
        ///`import`
        Import,
        ///`webset`
        Webset,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchExcludeItemSource {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Import => "import",
                Self::Webset => "webset",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchExcludeItemSource {
        fn from(value: &str) -> Self {
            match value {
                "import" => Self::Import,
                "webset" => Self::Webset,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchExcludeItemSource {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchExcludeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchExcludeItemSource {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchExcludeItemSource {
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
    impl ::schemars::JsonSchema for WebsetSearchExcludeItemSource {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchExcludeItemSource".to_string()
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
                "One of: import, webset. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("import"), ::serde_json::Value::from("webset")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchRecallExpectedConfidence::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchRecallExpectedConfidence {
        ///`high`
        High,
        ///`medium`
        Medium,
        ///`low`
        Low,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchRecallExpectedConfidence {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::High => "high",
                Self::Medium => "medium",
                Self::Low => "low",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchRecallExpectedConfidence {
        fn from(value: &str) -> Self {
            match value {
                "high" => Self::High,
                "medium" => Self::Medium,
                "low" => Self::Low,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchRecallExpectedConfidence {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchRecallExpectedConfidence {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchRecallExpectedConfidence {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchRecallExpectedConfidence {
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
    impl ::schemars::JsonSchema for WebsetSearchRecallExpectedConfidence {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchRecallExpectedConfidence".to_string()
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
                "One of: high, medium, low. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("high"), ::serde_json::Value::from("medium"),
                ::serde_json::Value::from("low")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchScopeItemSource::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchScopeItemSource {
        ///`import`
        Import,
        ///`webset`
        Webset,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchScopeItemSource {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Import => "import",
                Self::Webset => "webset",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchScopeItemSource {
        fn from(value: &str) -> Self {
            match value {
                "import" => Self::Import,
                "webset" => Self::Webset,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchScopeItemSource {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchScopeItemSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchScopeItemSource {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchScopeItemSource {
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
    impl ::schemars::JsonSchema for WebsetSearchScopeItemSource {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchScopeItemSource".to_string()
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
                "One of: import, webset. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("import"), ::serde_json::Value::from("webset")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetSearchStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetSearchStatus {
        ///`created`
        Created,
        ///`pending`
        Pending,
        ///`running`
        Running,
        ///`completed`
        Completed,
        ///`canceled`
        Canceled,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetSearchStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Pending => "pending",
                Self::Running => "running",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetSearchStatus {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "pending" => Self::Pending,
                "running" => Self::Running,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetSearchStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetSearchStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetSearchStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetSearchStatus {
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
    impl ::schemars::JsonSchema for WebsetSearchStatus {
        fn schema_name() -> ::std::string::String {
            "WebsetSearchStatus".to_string()
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
                "One of: created, pending, running, completed, canceled. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("created"),
                ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("running"),
                ::serde_json::Value::from("completed"),
                ::serde_json::Value::from("canceled")
            ];
            schema.into()
        }
    }
    ///One of the documented values, or [`WebsetStatus::Unknown`] for a value added after this client was built.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum WebsetStatus {
        ///`idle`
        Idle,
        ///`pending`
        Pending,
        ///`running`
        Running,
        ///`paused`
        Paused,
        /// A value this client does not know yet, kept as sent.
        Unknown(::std::string::String),
    }
    impl WebsetStatus {
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Idle => "idle",
                Self::Pending => "pending",
                Self::Running => "running",
                Self::Paused => "paused",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for WebsetStatus {
        fn from(value: &str) -> Self {
            match value {
                "idle" => Self::Idle,
                "pending" => Self::Pending,
                "running" => Self::Running,
                "paused" => Self::Paused,
                other => Self::Unknown(other.to_string()),
            }
        }
    }
    impl ::std::str::FromStr for WebsetStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WebsetStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WebsetStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebsetStatus {
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
    impl ::schemars::JsonSchema for WebsetStatus {
        fn schema_name() -> ::std::string::String {
            "WebsetStatus".to_string()
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
                "One of: idle, pending, running, paused. Values added after this client was built are accepted too."
                    .to_string(),
            );
            metadata.examples = ::std::vec![
                ::serde_json::Value::from("idle"), ::serde_json::Value::from("pending"),
                ::serde_json::Value::from("running"), ::serde_json::Value::from("paused")
            ];
            schema.into()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Websets



Version: 0*/
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
        "0"
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
    /**List all Websets

Returns a list of Websets.

You can paginate through the results using the `cursor` parameter.

Sends a `GET` request to `/websets/v0/websets`

Arguments:
- `cursor`: The cursor to paginate through the results
- `limit`: The number of Websets to return
```ignore
let response = client.websets_list()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn websets_list(&self) -> builder::WebsetsList<'_> {
        builder::WebsetsList::new(self)
    }
    /**Create a Webset

Creates a new Webset with optional search, import, and enrichment configurations. The Webset will automatically begin processing once created.

You can specify an `externalId` to reference the Webset with your own identifiers for easier integration.

Sends a `POST` request to `/websets/v0/websets`

```ignore
let response = client.websets_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_create(&self) -> builder::WebsetsCreate<'_> {
        builder::WebsetsCreate::new(self)
    }
    /**Get a Webset

Sends a `GET` request to `/websets/v0/websets/{id}`

Arguments:
- `id`: The id or externalId of the Webset.
- `expand`: Expand the response with the specified resources
```ignore
let response = client.websets_get()
    .id(id)
    .expand(expand)
    .send()
    .await;
```*/
    pub fn websets_get(&self) -> builder::WebsetsGet<'_> {
        builder::WebsetsGet::new(self)
    }
    /**Update a Webset

Sends a `POST` request to `/websets/v0/websets/{id}`

Arguments:
- `id`: The id or externalId of the Webset
- `body`
```ignore
let response = client.websets_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_update(&self) -> builder::WebsetsUpdate<'_> {
        builder::WebsetsUpdate::new(self)
    }
    /**Delete a Webset

Deletes a Webset.

Once deleted, the Webset and all its Items will no longer be available.

Sends a `DELETE` request to `/websets/v0/websets/{id}`

Arguments:
- `id`: The id or externalId of the Webset
```ignore
let response = client.websets_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_delete(&self) -> builder::WebsetsDelete<'_> {
        builder::WebsetsDelete::new(self)
    }
    /**Cancel a running Webset

Cancels all operations being performed on a Webset.

Any enrichment or search will be stopped and the Webset will be marked as `idle`.

Sends a `POST` request to `/websets/v0/websets/{id}/cancel`

Arguments:
- `id`: The id or externalId of the Webset
```ignore
let response = client.websets_cancel()
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_cancel(&self) -> builder::WebsetsCancel<'_> {
        builder::WebsetsCancel::new(self)
    }
    /**Preview a webset

Preview how a search query will be decomposed before creating a webset. This endpoint performs the same query analysis that happens during webset creation, allowing you to see the detected entity type, generated search criteria, and available enrichment columns in advance.

Use this to help users understand how their search will be interpreted before committing to a full webset creation.

Sends a `POST` request to `/websets/v0/websets/preview`

Arguments:
- `body`: Search parameters
```ignore
let response = client.websets_preview()
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_preview(&self) -> builder::WebsetsPreview<'_> {
        builder::WebsetsPreview::new(self)
    }
    /**Get an Item

Returns a Webset Item.

Sends a `GET` request to `/websets/v0/websets/{webset}/items/{id}`

Arguments:
- `webset`: The id or externalId of the Webset
- `id`: The id of the Webset item
```ignore
let response = client.websets_items_get()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_items_get(&self) -> builder::WebsetsItemsGet<'_> {
        builder::WebsetsItemsGet::new(self)
    }
    /**Delete an Item

Deletes an Item from the Webset.

This will cancel any enrichment process for it.

Sends a `DELETE` request to `/websets/v0/websets/{webset}/items/{id}`

Arguments:
- `webset`: The id or externalId of the Webset
- `id`: The id of the Webset item
```ignore
let response = client.websets_items_delete()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_items_delete(&self) -> builder::WebsetsItemsDelete<'_> {
        builder::WebsetsItemsDelete::new(self)
    }
    /**List all Items for a Webset

Returns a list of Webset Items.

You can paginate through the Items using the `cursor` parameter.

Sends a `GET` request to `/websets/v0/websets/{webset}/items`

Arguments:
- `webset`: The id or externalId of the Webset
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
- `source_id`: The id of the source
```ignore
let response = client.websets_items_list()
    .webset(webset)
    .cursor(cursor)
    .limit(limit)
    .source_id(source_id)
    .send()
    .await;
```*/
    pub fn websets_items_list(&self) -> builder::WebsetsItemsList<'_> {
        builder::WebsetsItemsList::new(self)
    }
    /**Create an Enrichment

Create an Enrichment for a Webset.

Sends a `POST` request to `/websets/v0/websets/{webset}/enrichments`

Arguments:
- `webset`: The id or externalId of the Webset
- `body`
```ignore
let response = client.websets_enrichments_create()
    .webset(webset)
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_enrichments_create(&self) -> builder::WebsetsEnrichmentsCreate<'_> {
        builder::WebsetsEnrichmentsCreate::new(self)
    }
    /**Get an Enrichment

Sends a `GET` request to `/websets/v0/websets/{webset}/enrichments/{id}`

Arguments:
- `webset`: The id or externalId of the Webset
- `id`: The id of the Enrichment
```ignore
let response = client.websets_enrichments_get()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_enrichments_get(&self) -> builder::WebsetsEnrichmentsGet<'_> {
        builder::WebsetsEnrichmentsGet::new(self)
    }
    /**Delete an Enrichment

When deleting an Enrichment, any running enrichments will be canceled and all existing `enrichment_result` generated by this Enrichment will no longer be available.

Sends a `DELETE` request to `/websets/v0/websets/{webset}/enrichments/{id}`

Arguments:
- `webset`: The id or externalId of the Webset
- `id`: The id of the Enrichment
```ignore
let response = client.websets_enrichments_delete()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_enrichments_delete(&self) -> builder::WebsetsEnrichmentsDelete<'_> {
        builder::WebsetsEnrichmentsDelete::new(self)
    }
    /**Update an Enrichment

Update an Enrichment configuration for a Webset.

Sends a `PATCH` request to `/websets/v0/websets/{webset}/enrichments/{id}`

```ignore
let response = client.websets_enrichments_update()
    .webset(webset)
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_enrichments_update(&self) -> builder::WebsetsEnrichmentsUpdate<'_> {
        builder::WebsetsEnrichmentsUpdate::new(self)
    }
    /**Cancel a running Enrichment

All running enrichments will be canceled. You can not resume an Enrichment after it has been canceled.

Sends a `POST` request to `/websets/v0/websets/{webset}/enrichments/{id}/cancel`

Arguments:
- `webset`: The id or externalId of the Webset
- `id`: The id of the Enrichment
```ignore
let response = client.websets_enrichments_cancel()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_enrichments_cancel(&self) -> builder::WebsetsEnrichmentsCancel<'_> {
        builder::WebsetsEnrichmentsCancel::new(self)
    }
    /**List webhooks

Get a list of all webhooks in your account.
The results come in pages. Use `limit` to set how many webhooks to get per page (up to 200). Use `cursor` to get the next page of results.

Sends a `GET` request to `/websets/v0/webhooks`

Arguments:
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
```ignore
let response = client.webhooks_list()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn webhooks_list(&self) -> builder::WebhooksList<'_> {
        builder::WebhooksList::new(self)
    }
    /**Create a Webhook

Webhooks let you get notifications when things happen in your Websets. When you create a webhook, you choose which events you want to know about and where to send the notifications.

When an event happens, Exa sends an HTTP POST request to your webhook URL with:
- Event details (type, time, ID)
- Full data of what triggered the event
- A signature to verify the request came from Exa

The webhook starts as `active` and begins getting notifications right away. You'll get a secret key for checking webhook signatures - save this safely as it's only shown once when you create the webhook.

Sends a `POST` request to `/websets/v0/webhooks`

```ignore
let response = client.webhooks_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn webhooks_create(&self) -> builder::WebhooksCreate<'_> {
        builder::WebhooksCreate::new(self)
    }
    /**Get a Webhook

Get information about a webhook using its ID.
The webhook secret is not shown here for security - you only get it when you first create the webhook.

Sends a `GET` request to `/websets/v0/webhooks/{id}`

Arguments:
- `id`: The id of the webhook
```ignore
let response = client.webhooks_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn webhooks_get(&self) -> builder::WebhooksGet<'_> {
        builder::WebhooksGet::new(self)
    }
    /**Delete a Webhook

Remove a webhook from your account. Once deleted, the webhook stops getting notifications right away and cannot be brought back.

Important notes: - The webhook stops working as soon as you delete it - You cannot undo this - you'll need to create a new webhook if you want it back - Any notifications currently being sent may still complete

Sends a `DELETE` request to `/websets/v0/webhooks/{id}`

Arguments:
- `id`: The id of the webhook
```ignore
let response = client.webhooks_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn webhooks_delete(&self) -> builder::WebhooksDelete<'_> {
        builder::WebhooksDelete::new(self)
    }
    /**Update a Webhook

Change a webhook's settings. You can update:
- Events: Add or remove which events you want to hear about - URL: Change where notifications are sent - Metadata: Update custom data linked to the webhook

Changes happen right away. If you change the events list, the webhook will start or stop getting notifications for those events immediately.

The webhook keeps its current status (`active` or `inactive`) when you update it.

Sends a `PATCH` request to `/websets/v0/webhooks/{id}`

Arguments:
- `id`: The id of the webhook
- `body`
```ignore
let response = client.webhooks_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn webhooks_update(&self) -> builder::WebhooksUpdate<'_> {
        builder::WebhooksUpdate::new(self)
    }
    /**List webhook attempts

List all attempts made by a Webhook ordered in descending order.

Sends a `GET` request to `/websets/v0/webhooks/{id}/attempts`

Arguments:
- `id`: The ID of the webhook
- `cursor`: The cursor to paginate through the results
- `event_type`: The type of event to filter by
- `limit`: The number of results to return
- `successful`: Filter attempts by their success status
```ignore
let response = client.webhooks_attempts_list()
    .id(id)
    .cursor(cursor)
    .event_type(event_type)
    .limit(limit)
    .successful(successful)
    .send()
    .await;
```*/
    pub fn webhooks_attempts_list(&self) -> builder::WebhooksAttemptsList<'_> {
        builder::WebhooksAttemptsList::new(self)
    }
    /**List all Events

List all events that have occurred in the system.

You can paginate through the results using the `cursor` parameter.

Sends a `GET` request to `/websets/v0/events`

Arguments:
- `created_after`: Filter events created after or at this timestamp (inclusive). Must be a valid ISO 8601 datetime string. All times are in UTC.
- `created_before`: Filter events created before or at this timestamp (inclusive). Must be a valid ISO 8601 datetime string. All times are in UTC.
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
- `types`: The types of events to filter by
```ignore
let response = client.events_list()
    .created_after(created_after)
    .created_before(created_before)
    .cursor(cursor)
    .limit(limit)
    .types(types)
    .send()
    .await;
```*/
    pub fn events_list(&self) -> builder::EventsList<'_> {
        builder::EventsList::new(self)
    }
    /**Get an Event

Get a single Event by id.

You can subscribe to Events by creating a Webhook.

Sends a `GET` request to `/websets/v0/events/{id}`

Arguments:
- `id`: The id of the event
```ignore
let response = client.events_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn events_get(&self) -> builder::EventsGet<'_> {
        builder::EventsGet::new(self)
    }
    /**Create a Search

Creates a new Search for the Webset.

The default behavior is to reuse the previous Search results and evaluate them against the new criteria.

Sends a `POST` request to `/websets/v0/websets/{webset}/searches`

Arguments:
- `webset`: The id of the Webset
- `body`
```ignore
let response = client.websets_searches_create()
    .webset(webset)
    .body(body)
    .send()
    .await;
```*/
    pub fn websets_searches_create(&self) -> builder::WebsetsSearchesCreate<'_> {
        builder::WebsetsSearchesCreate::new(self)
    }
    /**Get a Search

Gets a Search by id

Sends a `GET` request to `/websets/v0/websets/{webset}/searches/{id}`

Arguments:
- `webset`: The id of the Webset
- `id`: The id of the Search
```ignore
let response = client.websets_searches_get()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_searches_get(&self) -> builder::WebsetsSearchesGet<'_> {
        builder::WebsetsSearchesGet::new(self)
    }
    /**Cancel a running Search

Cancels a currently running Search.

You can cancel all searches at once by using the `websets/:webset/cancel` endpoint.

Sends a `POST` request to `/websets/v0/websets/{webset}/searches/{id}/cancel`

Arguments:
- `webset`: The id of the Webset
- `id`: The id of the Search
```ignore
let response = client.websets_searches_cancel()
    .webset(webset)
    .id(id)
    .send()
    .await;
```*/
    pub fn websets_searches_cancel(&self) -> builder::WebsetsSearchesCancel<'_> {
        builder::WebsetsSearchesCancel::new(self)
    }
    /**List Monitors

Lists all monitors for the Webset.

Sends a `GET` request to `/websets/v0/monitors`

Arguments:
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
- `webset_id`: The id of the Webset to list monitors for
```ignore
let response = client.monitors_list()
    .cursor(cursor)
    .limit(limit)
    .webset_id(webset_id)
    .send()
    .await;
```*/
    pub fn monitors_list(&self) -> builder::MonitorsList<'_> {
        builder::MonitorsList::new(self)
    }
    /**Create a Monitor

Creates a new `Monitor` to continuously keep your Websets updated with fresh data.

Monitors automatically run on your defined schedule to ensure your Websets stay current without manual intervention:

- **Find new content**: Execute `search` operations to discover fresh items matching your criteria
- **Update existing content**: Run `refresh` operations to update items contents and enrichments
- **Automated scheduling**: Configure `cron` expressions and `timezone` for precise scheduling control

Sends a `POST` request to `/websets/v0/monitors`

```ignore
let response = client.monitors_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn monitors_create(&self) -> builder::MonitorsCreate<'_> {
        builder::MonitorsCreate::new(self)
    }
    /**Get Monitor

Gets a specific monitor.

Sends a `GET` request to `/websets/v0/monitors/{id}`

Arguments:
- `id`: The id of the Monitor
```ignore
let response = client.monitors_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn monitors_get(&self) -> builder::MonitorsGet<'_> {
        builder::MonitorsGet::new(self)
    }
    /**Delete Monitor

Deletes a monitor.

Sends a `DELETE` request to `/websets/v0/monitors/{id}`

Arguments:
- `id`: The id of the Monitor
```ignore
let response = client.monitors_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn monitors_delete(&self) -> builder::MonitorsDelete<'_> {
        builder::MonitorsDelete::new(self)
    }
    /**Update Monitor

Updates a monitor configuration.

Sends a `PATCH` request to `/websets/v0/monitors/{id}`

Arguments:
- `id`: The id of the Monitor
- `body`
```ignore
let response = client.monitors_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn monitors_update(&self) -> builder::MonitorsUpdate<'_> {
        builder::MonitorsUpdate::new(self)
    }
    /**List Monitor Runs

Lists all runs for the Monitor.

Sends a `GET` request to `/websets/v0/monitors/{monitor}/runs`

Arguments:
- `monitor`: The id of the Monitor to list runs for
```ignore
let response = client.monitors_runs_list()
    .monitor(monitor)
    .send()
    .await;
```*/
    pub fn monitors_runs_list(&self) -> builder::MonitorsRunsList<'_> {
        builder::MonitorsRunsList::new(self)
    }
    /**Get Monitor Run

Gets a specific monitor run.

Sends a `GET` request to `/websets/v0/monitors/{monitor}/runs/{id}`

Arguments:
- `monitor`: The id of the Monitor to get the run for
- `id`
```ignore
let response = client.monitors_runs_get()
    .monitor(monitor)
    .id(id)
    .send()
    .await;
```*/
    pub fn monitors_runs_get(&self) -> builder::MonitorsRunsGet<'_> {
        builder::MonitorsRunsGet::new(self)
    }
    /**List Imports

Lists all imports for the Webset.

Sends a `GET` request to `/websets/v0/imports`

Arguments:
- `cursor`: The cursor to paginate through the results
- `limit`: The number of results to return
```ignore
let response = client.imports_list()
    .cursor(cursor)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn imports_list(&self) -> builder::ImportsList<'_> {
        builder::ImportsList::new(self)
    }
    /**Create an Import

Creates a new import to upload your data into Websets. Imports can be used to:

- **Enrich**: Enhance your data with additional information using our AI-powered enrichment engine
- **Search**: Query your data using Websets' agentic search with natural language filters
- **Exclude**: Prevent duplicate or already known results from appearing in your searches

Once the import is created, you can upload your data to the returned `uploadUrl` until `uploadValidUntil` (by default 1 hour).

Sends a `POST` request to `/websets/v0/imports`

```ignore
let response = client.imports_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn imports_create(&self) -> builder::ImportsCreate<'_> {
        builder::ImportsCreate::new(self)
    }
    /**Get Import

Gets a specific import.

Sends a `GET` request to `/websets/v0/imports/{id}`

Arguments:
- `id`: The id of the Import
```ignore
let response = client.imports_get()
    .id(id)
    .send()
    .await;
```*/
    pub fn imports_get(&self) -> builder::ImportsGet<'_> {
        builder::ImportsGet::new(self)
    }
    /**Delete Import

Deletes a import.

Sends a `DELETE` request to `/websets/v0/imports/{id}`

Arguments:
- `id`: The id of the Import
```ignore
let response = client.imports_delete()
    .id(id)
    .send()
    .await;
```*/
    pub fn imports_delete(&self) -> builder::ImportsDelete<'_> {
        builder::ImportsDelete::new(self)
    }
    /**Update Import

Updates a import configuration.

Sends a `PATCH` request to `/websets/v0/imports/{id}`

Arguments:
- `id`: The id of the Import
- `body`
```ignore
let response = client.imports_update()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn imports_update(&self) -> builder::ImportsUpdate<'_> {
        builder::ImportsUpdate::new(self)
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
    /**Builder for [`Client::websets_list`]

[`Client::websets_list`]: super::Client::websets_list*/
    #[derive(Debug, Clone)]
    pub struct WebsetsList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::WebsetsListCursor>, String>,
        limit: Result<Option<f64>, String>,
    }
    impl<'a> WebsetsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebsetsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebsetsListCursor` for cursor failed".to_string()
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
        ///Sends a `GET` request to `/websets/v0/websets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListWebsetsResponse>, Error<()>> {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/websets", client.baseurl,);
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
                operation_id: "websets_list",
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
    /**Builder for [`Client::websets_create`]

[`Client::websets_create`]: super::Client::websets_create*/
    #[derive(Debug, Clone)]
    pub struct WebsetsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebsetParameters, String>,
    }
    impl<'a> WebsetsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebsetParameters>,
            <V as std::convert::TryInto<
                types::CreateWebsetParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebsetParameters` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebsetParameters,
            ) -> types::builder::CreateWebsetParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/websets`
        pub async fn send(self) -> Result<ResponseValue<types::Webset>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateWebsetParameters::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/websets", client.baseurl,);
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
                operation_id: "websets_create",
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
    /**Builder for [`Client::websets_get`]

[`Client::websets_get`]: super::Client::websets_get*/
    #[derive(Debug, Clone)]
    pub struct WebsetsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<types::WebsetsGetExpandItem>>, String>,
    }
    impl<'a> WebsetsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                expand: Ok(None),
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
        pub fn expand<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::WebsetsGetExpandItem>>,
        {
            self.expand = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < WebsetsGetExpandItem >` for expand failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/websets/v0/websets/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetWebsetResponse>, Error<()>> {
            let Self { client, id, expand } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                .query(&progenitor_client::QueryParam::new("expand", &expand))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_get",
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
    /**Builder for [`Client::websets_update`]

[`Client::websets_update`]: super::Client::websets_update*/
    #[derive(Debug, Clone)]
    pub struct WebsetsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebsetRequest, String>,
    }
    impl<'a> WebsetsUpdate<'a> {
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
            V: std::convert::TryInto<types::UpdateWebsetRequest>,
            <V as std::convert::TryInto<
                types::UpdateWebsetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateWebsetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebsetRequest,
            ) -> types::builder::UpdateWebsetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/websets/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Webset>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateWebsetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_update",
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
    /**Builder for [`Client::websets_delete`]

[`Client::websets_delete`]: super::Client::websets_delete*/
    #[derive(Debug, Clone)]
    pub struct WebsetsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsDelete<'a> {
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
        ///Sends a `DELETE` request to `/websets/v0/websets/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Webset>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "websets_delete",
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
    /**Builder for [`Client::websets_cancel`]

[`Client::websets_cancel`]: super::Client::websets_cancel*/
    #[derive(Debug, Clone)]
    pub struct WebsetsCancel<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsCancel<'a> {
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
        ///Sends a `POST` request to `/websets/v0/websets/{id}/cancel`
        pub async fn send(self) -> Result<ResponseValue<types::Webset>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/cancel", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "websets_cancel",
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
    /**Builder for [`Client::websets_preview`]

[`Client::websets_preview`]: super::Client::websets_preview*/
    #[derive(Debug, Clone)]
    pub struct WebsetsPreview<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PreviewWebsetParameters, String>,
    }
    impl<'a> WebsetsPreview<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PreviewWebsetParameters>,
            <V as std::convert::TryInto<
                types::PreviewWebsetParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PreviewWebsetParameters` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PreviewWebsetParameters,
            ) -> types::builder::PreviewWebsetParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/websets/preview`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PreviewWebsetResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PreviewWebsetParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/websets/preview", client.baseurl,);
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
                operation_id: "websets_preview",
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
    /**Builder for [`Client::websets_items_get`]

[`Client::websets_items_get`]: super::Client::websets_items_get*/
    #[derive(Debug, Clone)]
    pub struct WebsetsItemsGet<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsItemsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/websets/v0/websets/{webset}/items/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::WebsetItem>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/items/{}", client.baseurl, encode_path(& webset
                .to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_items_get",
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
    /**Builder for [`Client::websets_items_delete`]

[`Client::websets_items_delete`]: super::Client::websets_items_delete*/
    #[derive(Debug, Clone)]
    pub struct WebsetsItemsDelete<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsItemsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `DELETE` request to `/websets/v0/websets/{webset}/items/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::WebsetItem>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/items/{}", client.baseurl, encode_path(& webset
                .to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_items_delete",
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
    /**Builder for [`Client::websets_items_list`]

[`Client::websets_items_list`]: super::Client::websets_items_list*/
    #[derive(Debug, Clone)]
    pub struct WebsetsItemsList<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        cursor: Result<Option<types::WebsetsItemsListCursor>, String>,
        limit: Result<Option<f64>, String>,
        source_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> WebsetsItemsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                cursor: Ok(None),
                limit: Ok(None),
                source_id: Ok(None),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebsetsItemsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebsetsItemsListCursor` for cursor failed"
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
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.source_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for source_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/websets/v0/websets/{webset}/items`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListWebsetItemResponse>, Error<()>> {
            let Self { client, webset, cursor, limit, source_id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/items", client.baseurl, encode_path(& webset
                .to_string()),
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
                .query(&progenitor_client::QueryParam::new("sourceId", &source_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_items_list",
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
    /**Builder for [`Client::websets_enrichments_create`]

[`Client::websets_enrichments_create`]: super::Client::websets_enrichments_create*/
    #[derive(Debug, Clone)]
    pub struct WebsetsEnrichmentsCreate<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        body: Result<types::builder::CreateEnrichmentParameters, String>,
    }
    impl<'a> WebsetsEnrichmentsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateEnrichmentParameters>,
            <V as std::convert::TryInto<
                types::CreateEnrichmentParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateEnrichmentParameters` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateEnrichmentParameters,
            ) -> types::builder::CreateEnrichmentParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/websets/{webset}/enrichments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetEnrichment>, Error<()>> {
            let Self { client, webset, body } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateEnrichmentParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/enrichments", client.baseurl, encode_path(&
                webset.to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_enrichments_create",
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
    /**Builder for [`Client::websets_enrichments_get`]

[`Client::websets_enrichments_get`]: super::Client::websets_enrichments_get*/
    #[derive(Debug, Clone)]
    pub struct WebsetsEnrichmentsGet<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsEnrichmentsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/websets/v0/websets/{webset}/enrichments/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetEnrichment>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/enrichments/{}", client.baseurl, encode_path(&
                webset.to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_enrichments_get",
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
    /**Builder for [`Client::websets_enrichments_delete`]

[`Client::websets_enrichments_delete`]: super::Client::websets_enrichments_delete*/
    #[derive(Debug, Clone)]
    pub struct WebsetsEnrichmentsDelete<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsEnrichmentsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `DELETE` request to `/websets/v0/websets/{webset}/enrichments/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetEnrichment>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/enrichments/{}", client.baseurl, encode_path(&
                webset.to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_enrichments_delete",
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
    /**Builder for [`Client::websets_enrichments_update`]

[`Client::websets_enrichments_update`]: super::Client::websets_enrichments_update*/
    #[derive(Debug, Clone)]
    pub struct WebsetsEnrichmentsUpdate<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateEnrichmentParameters, String>,
    }
    impl<'a> WebsetsEnrichmentsUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
            V: std::convert::TryInto<types::UpdateEnrichmentParameters>,
            <V as std::convert::TryInto<
                types::UpdateEnrichmentParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateEnrichmentParameters` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateEnrichmentParameters,
            ) -> types::builder::UpdateEnrichmentParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/websets/v0/websets/{webset}/enrichments/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, webset, id, body } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateEnrichmentParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/enrichments/{}", client.baseurl, encode_path(&
                webset.to_string()), encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_enrichments_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::websets_enrichments_cancel`]

[`Client::websets_enrichments_cancel`]: super::Client::websets_enrichments_cancel*/
    #[derive(Debug, Clone)]
    pub struct WebsetsEnrichmentsCancel<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsEnrichmentsCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `POST` request to `/websets/v0/websets/{webset}/enrichments/{id}/cancel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetEnrichment>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/enrichments/{}/cancel", client.baseurl,
                encode_path(& webset.to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_enrichments_cancel",
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
    /**Builder for [`Client::webhooks_list`]

[`Client::webhooks_list`]: super::Client::webhooks_list*/
    #[derive(Debug, Clone)]
    pub struct WebhooksList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::WebhooksListCursor>, String>,
        limit: Result<Option<f64>, String>,
    }
    impl<'a> WebhooksList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhooksListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebhooksListCursor` for cursor failed".to_string()
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
        ///Sends a `GET` request to `/websets/v0/webhooks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListWebhooksResponse>, Error<()>> {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/webhooks", client.baseurl,);
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
                operation_id: "webhooks_list",
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
    /**Builder for [`Client::webhooks_create`]

[`Client::webhooks_create`]: super::Client::webhooks_create*/
    #[derive(Debug, Clone)]
    pub struct WebhooksCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebhookParameters, String>,
    }
    impl<'a> WebhooksCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookParameters>,
            <V as std::convert::TryInto<
                types::CreateWebhookParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebhookParameters` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookParameters,
            ) -> types::builder::CreateWebhookParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/webhooks`
        pub async fn send(self) -> Result<ResponseValue<types::Webhook>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateWebhookParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/webhooks", client.baseurl,);
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
                operation_id: "webhooks_create",
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
    /**Builder for [`Client::webhooks_get`]

[`Client::webhooks_get`]: super::Client::webhooks_get*/
    #[derive(Debug, Clone)]
    pub struct WebhooksGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebhooksGet<'a> {
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
        ///Sends a `GET` request to `/websets/v0/webhooks/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Webhook>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/webhooks/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "webhooks_get",
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
    /**Builder for [`Client::webhooks_delete`]

[`Client::webhooks_delete`]: super::Client::webhooks_delete*/
    #[derive(Debug, Clone)]
    pub struct WebhooksDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebhooksDelete<'a> {
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
        ///Sends a `DELETE` request to `/websets/v0/webhooks/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Webhook>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/webhooks/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "webhooks_delete",
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
    /**Builder for [`Client::webhooks_update`]

[`Client::webhooks_update`]: super::Client::webhooks_update*/
    #[derive(Debug, Clone)]
    pub struct WebhooksUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateWebhookParameters, String>,
    }
    impl<'a> WebhooksUpdate<'a> {
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
            V: std::convert::TryInto<types::UpdateWebhookParameters>,
            <V as std::convert::TryInto<
                types::UpdateWebhookParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateWebhookParameters` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateWebhookParameters,
            ) -> types::builder::UpdateWebhookParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/websets/v0/webhooks/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Webhook>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateWebhookParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/webhooks/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "webhooks_update",
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
    /**Builder for [`Client::webhooks_attempts_list`]

[`Client::webhooks_attempts_list`]: super::Client::webhooks_attempts_list*/
    #[derive(Debug, Clone)]
    pub struct WebhooksAttemptsList<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        cursor: Result<Option<types::WebhooksAttemptsListCursor>, String>,
        event_type: Result<Option<types::WebhooksAttemptsListEventType>, String>,
        limit: Result<Option<f64>, String>,
        successful: Result<Option<bool>, String>,
    }
    impl<'a> WebhooksAttemptsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                cursor: Ok(None),
                event_type: Ok(None),
                limit: Ok(None),
                successful: Ok(None),
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
            V: std::convert::TryInto<types::WebhooksAttemptsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebhooksAttemptsListCursor` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn event_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhooksAttemptsListEventType>,
        {
            self.event_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `WebhooksAttemptsListEventType` for event_type failed"
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
        pub fn successful<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.successful = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for successful failed".to_string());
            self
        }
        ///Sends a `GET` request to `/websets/v0/webhooks/{id}/attempts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListWebhookAttemptsResponse>, Error<()>> {
            let Self { client, id, cursor, event_type, limit, successful } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let event_type = event_type.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let successful = successful.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/webhooks/{}/attempts", client.baseurl, encode_path(& id
                .to_string()),
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
                .query(&progenitor_client::QueryParam::new("eventType", &event_type))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("successful", &successful))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "webhooks_attempts_list",
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
    /**Builder for [`Client::events_list`]

[`Client::events_list`]: super::Client::events_list*/
    #[derive(Debug, Clone)]
    pub struct EventsList<'a> {
        client: &'a super::Client,
        created_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        cursor: Result<Option<types::EventsListCursor>, String>,
        limit: Result<Option<f64>, String>,
        types: Result<Option<::std::vec::Vec<types::EventsListTypesItem>>, String>,
    }
    impl<'a> EventsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_after: Ok(None),
                created_before: Ok(None),
                cursor: Ok(None),
                limit: Ok(None),
                types: Ok(None),
            }
        }
        pub fn created_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_after failed"
                        .to_string()
                });
            self
        }
        pub fn created_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_before failed"
                        .to_string()
                });
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EventsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `EventsListCursor` for cursor failed".to_string()
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
        pub fn types<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::EventsListTypesItem>>,
        {
            self.types = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < EventsListTypesItem >` for types failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/websets/v0/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListEventsResponse>, Error<()>> {
            let Self { client, created_after, created_before, cursor, limit, types } = self;
            let created_after = created_after.map_err(Error::InvalidRequest)?;
            let created_before = created_before.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let types = types.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdAfter", &created_after),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdBefore", &created_before),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("types", &types))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "events_list",
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
    /**Builder for [`Client::events_get`]

[`Client::events_get`]: super::Client::events_get*/
    #[derive(Debug, Clone)]
    pub struct EventsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> EventsGet<'a> {
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
        ///Sends a `GET` request to `/websets/v0/events/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Event>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/events/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "events_get",
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
    /**Builder for [`Client::websets_searches_create`]

[`Client::websets_searches_create`]: super::Client::websets_searches_create*/
    #[derive(Debug, Clone)]
    pub struct WebsetsSearchesCreate<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        body: Result<types::builder::CreateWebsetSearchParameters, String>,
    }
    impl<'a> WebsetsSearchesCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebsetSearchParameters>,
            <V as std::convert::TryInto<
                types::CreateWebsetSearchParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebsetSearchParameters` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebsetSearchParameters,
            ) -> types::builder::CreateWebsetSearchParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/websets/{webset}/searches`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetSearch>, Error<()>> {
            let Self { client, webset, body } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateWebsetSearchParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/searches", client.baseurl, encode_path(& webset
                .to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "websets_searches_create",
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
    /**Builder for [`Client::websets_searches_get`]

[`Client::websets_searches_get`]: super::Client::websets_searches_get*/
    #[derive(Debug, Clone)]
    pub struct WebsetsSearchesGet<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsSearchesGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/websets/v0/websets/{webset}/searches/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetSearch>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/searches/{}", client.baseurl, encode_path(&
                webset.to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_searches_get",
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
    /**Builder for [`Client::websets_searches_cancel`]

[`Client::websets_searches_cancel`]: super::Client::websets_searches_cancel*/
    #[derive(Debug, Clone)]
    pub struct WebsetsSearchesCancel<'a> {
        client: &'a super::Client,
        webset: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> WebsetsSearchesCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webset: Err("webset was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn webset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset failed"
                        .to_string()
                });
            self
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
        ///Sends a `POST` request to `/websets/v0/websets/{webset}/searches/{id}/cancel`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetSearch>, Error<()>> {
            let Self { client, webset, id } = self;
            let webset = webset.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/websets/{}/searches/{}/cancel", client.baseurl,
                encode_path(& webset.to_string()), encode_path(& id.to_string()),
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
                operation_id: "websets_searches_cancel",
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
    /**Builder for [`Client::monitors_list`]

[`Client::monitors_list`]: super::Client::monitors_list*/
    #[derive(Debug, Clone)]
    pub struct MonitorsList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::MonitorsListCursor>, String>,
        limit: Result<Option<f64>, String>,
        webset_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> MonitorsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
                webset_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MonitorsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `MonitorsListCursor` for cursor failed".to_string()
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
        pub fn webset_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webset_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webset_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/websets/v0/monitors`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListMonitorsResponse>, Error<()>> {
            let Self { client, cursor, limit, webset_id } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let webset_id = webset_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/monitors", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("websetId", &webset_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "monitors_list",
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
    /**Builder for [`Client::monitors_create`]

[`Client::monitors_create`]: super::Client::monitors_create*/
    #[derive(Debug, Clone)]
    pub struct MonitorsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateMonitorParameters, String>,
    }
    impl<'a> MonitorsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMonitorParameters>,
            <V as std::convert::TryInto<
                types::CreateMonitorParameters,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateMonitorParameters` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMonitorParameters,
            ) -> types::builder::CreateMonitorParameters,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/websets/v0/monitors`
        pub async fn send(self) -> Result<ResponseValue<types::Monitor>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateMonitorParameters::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/monitors", client.baseurl,);
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
                operation_id: "monitors_create",
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
    /**Builder for [`Client::monitors_get`]

[`Client::monitors_get`]: super::Client::monitors_get*/
    #[derive(Debug, Clone)]
    pub struct MonitorsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> MonitorsGet<'a> {
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
        ///Sends a `GET` request to `/websets/v0/monitors/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Monitor>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/monitors/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "monitors_get",
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
    /**Builder for [`Client::monitors_delete`]

[`Client::monitors_delete`]: super::Client::monitors_delete*/
    #[derive(Debug, Clone)]
    pub struct MonitorsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> MonitorsDelete<'a> {
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
        ///Sends a `DELETE` request to `/websets/v0/monitors/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Monitor>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/monitors/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "monitors_delete",
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
    /**Builder for [`Client::monitors_update`]

[`Client::monitors_update`]: super::Client::monitors_update*/
    #[derive(Debug, Clone)]
    pub struct MonitorsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateMonitor, String>,
    }
    impl<'a> MonitorsUpdate<'a> {
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
            V: std::convert::TryInto<types::UpdateMonitor>,
            <V as std::convert::TryInto<types::UpdateMonitor>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateMonitor` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMonitor,
            ) -> types::builder::UpdateMonitor,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/websets/v0/monitors/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Monitor>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMonitor::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/monitors/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "monitors_update",
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
    /**Builder for [`Client::monitors_runs_list`]

[`Client::monitors_runs_list`]: super::Client::monitors_runs_list*/
    #[derive(Debug, Clone)]
    pub struct MonitorsRunsList<'a> {
        client: &'a super::Client,
        monitor: Result<::std::string::String, String>,
    }
    impl<'a> MonitorsRunsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                monitor: Err("monitor was not initialized".to_string()),
            }
        }
        pub fn monitor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.monitor = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for monitor failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/websets/v0/monitors/{monitor}/runs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListMonitorRunsResponse>, Error<()>> {
            let Self { client, monitor } = self;
            let monitor = monitor.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/monitors/{}/runs", client.baseurl, encode_path(& monitor
                .to_string()),
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
                operation_id: "monitors_runs_list",
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
    /**Builder for [`Client::monitors_runs_get`]

[`Client::monitors_runs_get`]: super::Client::monitors_runs_get*/
    #[derive(Debug, Clone)]
    pub struct MonitorsRunsGet<'a> {
        client: &'a super::Client,
        monitor: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> MonitorsRunsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                monitor: Err("monitor was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn monitor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.monitor = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for monitor failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/websets/v0/monitors/{monitor}/runs/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::MonitorRun>, Error<()>> {
            let Self { client, monitor, id } = self;
            let monitor = monitor.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/monitors/{}/runs/{}", client.baseurl, encode_path(&
                monitor.to_string()), encode_path(& id.to_string()),
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
                operation_id: "monitors_runs_get",
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
    /**Builder for [`Client::imports_list`]

[`Client::imports_list`]: super::Client::imports_list*/
    #[derive(Debug, Clone)]
    pub struct ImportsList<'a> {
        client: &'a super::Client,
        cursor: Result<Option<types::ImportsListCursor>, String>,
        limit: Result<Option<f64>, String>,
    }
    impl<'a> ImportsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ImportsListCursor>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ImportsListCursor` for cursor failed".to_string()
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
        ///Sends a `GET` request to `/websets/v0/imports`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListImportsResponse>, Error<()>> {
            let Self { client, cursor, limit } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/imports", client.baseurl,);
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
                operation_id: "imports_list",
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
    /**Builder for [`Client::imports_create`]

[`Client::imports_create`]: super::Client::imports_create*/
    #[derive(Debug, Clone)]
    pub struct ImportsCreate<'a> {
        client: &'a super::Client,
        body: Result<types::CreateImportParameters, String>,
    }
    impl<'a> ImportsCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateImportParameters>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CreateImportParameters` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/websets/v0/imports`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateImportResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/websets/v0/imports", client.baseurl,);
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
                operation_id: "imports_create",
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
    /**Builder for [`Client::imports_get`]

[`Client::imports_get`]: super::Client::imports_get*/
    #[derive(Debug, Clone)]
    pub struct ImportsGet<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ImportsGet<'a> {
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
        ///Sends a `GET` request to `/websets/v0/imports/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Import>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/imports/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "imports_get",
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
    /**Builder for [`Client::imports_delete`]

[`Client::imports_delete`]: super::Client::imports_delete*/
    #[derive(Debug, Clone)]
    pub struct ImportsDelete<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> ImportsDelete<'a> {
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
        ///Sends a `DELETE` request to `/websets/v0/imports/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Import>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/imports/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "imports_delete",
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
    /**Builder for [`Client::imports_update`]

[`Client::imports_update`]: super::Client::imports_update*/
    #[derive(Debug, Clone)]
    pub struct ImportsUpdate<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateImport, String>,
    }
    impl<'a> ImportsUpdate<'a> {
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
            V: std::convert::TryInto<types::UpdateImport>,
            <V as std::convert::TryInto<types::UpdateImport>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateImport` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateImport,
            ) -> types::builder::UpdateImport,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/websets/v0/imports/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Import>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateImport::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/websets/v0/imports/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "imports_update",
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
        module: "websets",
        file: "exa-websets.yaml",
        title: "Websets",
        beta_tokens: &[],
        default_server: Some("https://api.exa.ai/websets/"),
        operations: &[
            &WEBSETS_LIST,
            &WEBSETS_CREATE,
            &WEBSETS_GET,
            &WEBSETS_UPDATE,
            &WEBSETS_DELETE,
            &WEBSETS_CANCEL,
            &WEBSETS_PREVIEW,
            &WEBSETS_ITEMS_GET,
            &WEBSETS_ITEMS_DELETE,
            &WEBSETS_ITEMS_LIST,
            &WEBSETS_ENRICHMENTS_CREATE,
            &WEBSETS_ENRICHMENTS_GET,
            &WEBSETS_ENRICHMENTS_DELETE,
            &WEBSETS_ENRICHMENTS_UPDATE,
            &WEBSETS_ENRICHMENTS_CANCEL,
            &WEBHOOKS_LIST,
            &WEBHOOKS_CREATE,
            &WEBHOOKS_GET,
            &WEBHOOKS_DELETE,
            &WEBHOOKS_UPDATE,
            &WEBHOOKS_ATTEMPTS_LIST,
            &EVENTS_LIST,
            &EVENTS_GET,
            &WEBSETS_SEARCHES_CREATE,
            &WEBSETS_SEARCHES_GET,
            &WEBSETS_SEARCHES_CANCEL,
            &MONITORS_LIST,
            &MONITORS_CREATE,
            &MONITORS_GET,
            &MONITORS_DELETE,
            &MONITORS_UPDATE,
            &MONITORS_RUNS_LIST,
            &MONITORS_RUNS_GET,
            &IMPORTS_LIST,
            &IMPORTS_CREATE,
            &IMPORTS_GET,
            &IMPORTS_DELETE,
            &IMPORTS_UPDATE,
        ],
    };
    ///`GET /websets/v0/websets` (`websets-list`).
    pub static WEBSETS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "websets-list",
        rust_name: "websets_list",
        method: "GET",
        path: "/websets/v0/websets",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /websets/v0/websets` (`websets-create`).
    pub static WEBSETS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-create",
        rust_name: "websets_create",
        method: "POST",
        path: "/websets/v0/websets",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(409u16),
                schema: None,
            },
        ],
    };
    ///`GET /websets/v0/websets/{id}` (`websets-get`).
    pub static WEBSETS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "websets-get",
        rust_name: "websets_get",
        method: "GET",
        path: "/websets/v0/websets/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`POST /websets/v0/websets/{id}` (`websets-update`).
    pub static WEBSETS_UPDATE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-update",
        rust_name: "websets_update",
        method: "POST",
        path: "/websets/v0/websets/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`DELETE /websets/v0/websets/{id}` (`websets-delete`).
    pub static WEBSETS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-delete",
        rust_name: "websets_delete",
        method: "DELETE",
        path: "/websets/v0/websets/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`POST /websets/v0/websets/{id}/cancel` (`websets-cancel`).
    pub static WEBSETS_CANCEL: crate::spec::Operation = crate::spec::Operation {
        id: "websets-cancel",
        rust_name: "websets_cancel",
        method: "POST",
        path: "/websets/v0/websets/{id}/cancel",
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
    ///`POST /websets/v0/websets/preview` (`websets-preview`).
    pub static WEBSETS_PREVIEW: crate::spec::Operation = crate::spec::Operation {
        id: "websets-preview",
        rust_name: "websets_preview",
        method: "POST",
        path: "/websets/v0/websets/preview",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(422u16),
                schema: None,
            },
        ],
    };
    ///`GET /websets/v0/websets/{webset}/items/{id}` (`websets-items-get`).
    pub static WEBSETS_ITEMS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "websets-items-get",
        rust_name: "websets_items_get",
        method: "GET",
        path: "/websets/v0/websets/{webset}/items/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`DELETE /websets/v0/websets/{webset}/items/{id}` (`websets-items-delete`).
    pub static WEBSETS_ITEMS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-items-delete",
        rust_name: "websets_items_delete",
        method: "DELETE",
        path: "/websets/v0/websets/{webset}/items/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`GET /websets/v0/websets/{webset}/items` (`websets-items-list`).
    pub static WEBSETS_ITEMS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "websets-items-list",
        rust_name: "websets_items_list",
        method: "GET",
        path: "/websets/v0/websets/{webset}/items",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /websets/v0/websets/{webset}/enrichments` (`websets-enrichments-create`).
    pub static WEBSETS_ENRICHMENTS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-enrichments-create",
        rust_name: "websets_enrichments_create",
        method: "POST",
        path: "/websets/v0/websets/{webset}/enrichments",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/websets/{webset}/enrichments/{id}` (`websets-enrichments-get`).
    pub static WEBSETS_ENRICHMENTS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "websets-enrichments-get",
        rust_name: "websets_enrichments_get",
        method: "GET",
        path: "/websets/v0/websets/{webset}/enrichments/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`DELETE /websets/v0/websets/{webset}/enrichments/{id}` (`websets-enrichments-delete`).
    pub static WEBSETS_ENRICHMENTS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-enrichments-delete",
        rust_name: "websets_enrichments_delete",
        method: "DELETE",
        path: "/websets/v0/websets/{webset}/enrichments/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`PATCH /websets/v0/websets/{webset}/enrichments/{id}` (`websets-enrichments-update`).
    pub static WEBSETS_ENRICHMENTS_UPDATE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-enrichments-update",
        rust_name: "websets_enrichments_update",
        method: "PATCH",
        path: "/websets/v0/websets/{webset}/enrichments/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`POST /websets/v0/websets/{webset}/enrichments/{id}/cancel` (`websets-enrichments-cancel`).
    pub static WEBSETS_ENRICHMENTS_CANCEL: crate::spec::Operation = crate::spec::Operation {
        id: "websets-enrichments-cancel",
        rust_name: "websets_enrichments_cancel",
        method: "POST",
        path: "/websets/v0/websets/{webset}/enrichments/{id}/cancel",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`GET /websets/v0/webhooks` (`webhooks-list`).
    pub static WEBHOOKS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-list",
        rust_name: "webhooks_list",
        method: "GET",
        path: "/websets/v0/webhooks",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /websets/v0/webhooks` (`webhooks-create`).
    pub static WEBHOOKS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-create",
        rust_name: "webhooks_create",
        method: "POST",
        path: "/websets/v0/webhooks",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/webhooks/{id}` (`webhooks-get`).
    pub static WEBHOOKS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-get",
        rust_name: "webhooks_get",
        method: "GET",
        path: "/websets/v0/webhooks/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`DELETE /websets/v0/webhooks/{id}` (`webhooks-delete`).
    pub static WEBHOOKS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-delete",
        rust_name: "webhooks_delete",
        method: "DELETE",
        path: "/websets/v0/webhooks/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`PATCH /websets/v0/webhooks/{id}` (`webhooks-update`).
    pub static WEBHOOKS_UPDATE: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-update",
        rust_name: "webhooks_update",
        method: "PATCH",
        path: "/websets/v0/webhooks/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`GET /websets/v0/webhooks/{id}/attempts` (`webhooks-attempts-list`).
    pub static WEBHOOKS_ATTEMPTS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "webhooks-attempts-list",
        rust_name: "webhooks_attempts_list",
        method: "GET",
        path: "/websets/v0/webhooks/{id}/attempts",
        path_params: &[
            crate::spec::PathParam {
                name: "id",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/events` (`events-list`).
    pub static EVENTS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "events-list",
        rust_name: "events_list",
        method: "GET",
        path: "/websets/v0/events",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/events/{id}` (`events-get`).
    pub static EVENTS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "events-get",
        rust_name: "events_get",
        method: "GET",
        path: "/websets/v0/events/{id}",
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
        errors: &[
            crate::spec::ErrorBody {
                status: crate::spec::Status::Code(404u16),
                schema: None,
            },
        ],
    };
    ///`POST /websets/v0/websets/{webset}/searches` (`websets-searches-create`).
    pub static WEBSETS_SEARCHES_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "websets-searches-create",
        rust_name: "websets_searches_create",
        method: "POST",
        path: "/websets/v0/websets/{webset}/searches",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/websets/{webset}/searches/{id}` (`websets-searches-get`).
    pub static WEBSETS_SEARCHES_GET: crate::spec::Operation = crate::spec::Operation {
        id: "websets-searches-get",
        rust_name: "websets_searches_get",
        method: "GET",
        path: "/websets/v0/websets/{webset}/searches/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`POST /websets/v0/websets/{webset}/searches/{id}/cancel` (`websets-searches-cancel`).
    pub static WEBSETS_SEARCHES_CANCEL: crate::spec::Operation = crate::spec::Operation {
        id: "websets-searches-cancel",
        rust_name: "websets_searches_cancel",
        method: "POST",
        path: "/websets/v0/websets/{webset}/searches/{id}/cancel",
        path_params: &[
            crate::spec::PathParam {
                name: "webset",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`GET /websets/v0/monitors` (`monitors-list`).
    pub static MONITORS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-list",
        rust_name: "monitors_list",
        method: "GET",
        path: "/websets/v0/monitors",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /websets/v0/monitors` (`monitors-create`).
    pub static MONITORS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-create",
        rust_name: "monitors_create",
        method: "POST",
        path: "/websets/v0/monitors",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/monitors/{id}` (`monitors-get`).
    pub static MONITORS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-get",
        rust_name: "monitors_get",
        method: "GET",
        path: "/websets/v0/monitors/{id}",
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
    ///`DELETE /websets/v0/monitors/{id}` (`monitors-delete`).
    pub static MONITORS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-delete",
        rust_name: "monitors_delete",
        method: "DELETE",
        path: "/websets/v0/monitors/{id}",
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
    ///`PATCH /websets/v0/monitors/{id}` (`monitors-update`).
    pub static MONITORS_UPDATE: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-update",
        rust_name: "monitors_update",
        method: "PATCH",
        path: "/websets/v0/monitors/{id}",
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
    ///`GET /websets/v0/monitors/{monitor}/runs` (`monitors-runs-list`).
    pub static MONITORS_RUNS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-runs-list",
        rust_name: "monitors_runs_list",
        method: "GET",
        path: "/websets/v0/monitors/{monitor}/runs",
        path_params: &[
            crate::spec::PathParam {
                name: "monitor",
                pattern: None,
                min_length: None,
                max_length: None,
            },
        ],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/monitors/{monitor}/runs/{id}` (`monitors-runs-get`).
    pub static MONITORS_RUNS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "monitors-runs-get",
        rust_name: "monitors_runs_get",
        method: "GET",
        path: "/websets/v0/monitors/{monitor}/runs/{id}",
        path_params: &[
            crate::spec::PathParam {
                name: "monitor",
                pattern: None,
                min_length: None,
                max_length: None,
            },
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
    ///`GET /websets/v0/imports` (`imports-list`).
    pub static IMPORTS_LIST: crate::spec::Operation = crate::spec::Operation {
        id: "imports-list",
        rust_name: "imports_list",
        method: "GET",
        path: "/websets/v0/imports",
        path_params: &[],
        number_query: &["limit"],
        beta: false,
        errors: &[],
    };
    ///`POST /websets/v0/imports` (`imports-create`).
    pub static IMPORTS_CREATE: crate::spec::Operation = crate::spec::Operation {
        id: "imports-create",
        rust_name: "imports_create",
        method: "POST",
        path: "/websets/v0/imports",
        path_params: &[],
        number_query: &[],
        beta: false,
        errors: &[],
    };
    ///`GET /websets/v0/imports/{id}` (`imports-get`).
    pub static IMPORTS_GET: crate::spec::Operation = crate::spec::Operation {
        id: "imports-get",
        rust_name: "imports_get",
        method: "GET",
        path: "/websets/v0/imports/{id}",
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
    ///`DELETE /websets/v0/imports/{id}` (`imports-delete`).
    pub static IMPORTS_DELETE: crate::spec::Operation = crate::spec::Operation {
        id: "imports-delete",
        rust_name: "imports_delete",
        method: "DELETE",
        path: "/websets/v0/imports/{id}",
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
    ///`PATCH /websets/v0/imports/{id}` (`imports-update`).
    pub static IMPORTS_UPDATE: crate::spec::Operation = crate::spec::Operation {
        id: "imports-update",
        rust_name: "imports_update",
        method: "PATCH",
        path: "/websets/v0/imports/{id}",
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
