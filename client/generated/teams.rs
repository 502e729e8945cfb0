#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`WebsetsTeamInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetsTeamInfo {
        pub concurrency: WebsetsTeamInfoConcurrency,
        ///Unique identifier for the team.
        pub id: ::std::string::String,
        pub limits: WebsetsTeamInfoLimits,
        ///Name of the team.
        pub name: ::std::string::String,
        ///The object type, always `"team"`.
        pub object: WebsetsTeamInfoObject,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetsTeamInfo {
        pub fn builder() -> builder::WebsetsTeamInfo {
            Default::default()
        }
    }
    ///Current concurrency usage.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetsTeamInfoConcurrency {
        ///Number of requests currently being processed.
        pub active: i64,
        ///Number of requests currently queued.
        pub queued: i64,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetsTeamInfoConcurrency {
        pub fn builder() -> builder::WebsetsTeamInfoConcurrency {
            Default::default()
        }
    }
    ///Concurrency limits for the team.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct WebsetsTeamInfoLimits {
        ///Maximum number of concurrent requests allowed. Null means unlimited.
        #[serde(
            rename = "maxConcurrent",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub max_concurrent: ::std::option::Option<i64>,
        ///Maximum number of queued requests allowed. Null means unlimited.
        #[serde(
            rename = "maxQueued",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        #[serde(default)]
        pub max_queued: ::std::option::Option<i64>,
        /// Fields the document does not declare, as the server sent them.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebsetsTeamInfoLimits {
        pub fn builder() -> builder::WebsetsTeamInfoLimits {
            Default::default()
        }
    }
    ///The object type, always `"team"`.
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
    pub enum WebsetsTeamInfoObject {
        #[serde(rename = "team")]
        Team,
    }
    impl ::std::fmt::Display for WebsetsTeamInfoObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Team => f.write_str("team"),
            }
        }
    }
    impl ::std::str::FromStr for WebsetsTeamInfoObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "team" => Ok(Self::Team),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebsetsTeamInfoObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebsetsTeamInfoObject {
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
        pub struct WebsetsTeamInfo {
            concurrency: ::std::result::Result<
                super::WebsetsTeamInfoConcurrency,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            limits: ::std::result::Result<
                super::WebsetsTeamInfoLimits,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            object: ::std::result::Result<
                super::WebsetsTeamInfoObject,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetsTeamInfo {
            fn default() -> Self {
                Self {
                    concurrency: Err("no value supplied for concurrency".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    limits: Err("no value supplied for limits".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    object: Err("no value supplied for object".to_string()),
                }
            }
        }
        impl WebsetsTeamInfo {
            pub fn concurrency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetsTeamInfoConcurrency>,
                T::Error: ::std::fmt::Display,
            {
                self.concurrency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for concurrency: {e}")
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
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetsTeamInfoLimits>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits: {e}")
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
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebsetsTeamInfoObject>,
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
        impl ::std::convert::TryFrom<WebsetsTeamInfo> for super::WebsetsTeamInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetsTeamInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    concurrency: value.concurrency?,
                    id: value.id?,
                    limits: value.limits?,
                    name: value.name?,
                    object: value.object?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetsTeamInfo> for WebsetsTeamInfo {
            fn from(value: super::WebsetsTeamInfo) -> Self {
                Self {
                    concurrency: Ok(value.concurrency),
                    id: Ok(value.id),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    object: Ok(value.object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetsTeamInfoConcurrency {
            active: ::std::result::Result<i64, ::std::string::String>,
            queued: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for WebsetsTeamInfoConcurrency {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    queued: Err("no value supplied for queued".to_string()),
                }
            }
        }
        impl WebsetsTeamInfoConcurrency {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn queued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.queued = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queued: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetsTeamInfoConcurrency>
        for super::WebsetsTeamInfoConcurrency {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetsTeamInfoConcurrency,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    queued: value.queued?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetsTeamInfoConcurrency>
        for WebsetsTeamInfoConcurrency {
            fn from(value: super::WebsetsTeamInfoConcurrency) -> Self {
                Self {
                    active: Ok(value.active),
                    queued: Ok(value.queued),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebsetsTeamInfoLimits {
            max_concurrent: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_queued: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebsetsTeamInfoLimits {
            fn default() -> Self {
                Self {
                    max_concurrent: Err(
                        "no value supplied for max_concurrent".to_string(),
                    ),
                    max_queued: Err("no value supplied for max_queued".to_string()),
                }
            }
        }
        impl WebsetsTeamInfoLimits {
            pub fn max_concurrent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_concurrent = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_concurrent: {e}"
                        )
                    });
                self
            }
            pub fn max_queued<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_queued = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_queued: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebsetsTeamInfoLimits>
        for super::WebsetsTeamInfoLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebsetsTeamInfoLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_concurrent: value.max_concurrent?,
                    max_queued: value.max_queued?,
                    extra: ::std::default::Default::default(),
                })
            }
        }
        impl ::std::convert::From<super::WebsetsTeamInfoLimits>
        for WebsetsTeamInfoLimits {
            fn from(value: super::WebsetsTeamInfoLimits) -> Self {
                Self {
                    max_concurrent: Ok(value.max_concurrent),
                    max_queued: Ok(value.max_queued),
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
}
#[derive(Clone, Debug)]
/**Client for Exa Teams API

The team of the API key (/v0/teams/me), served beside Websets.

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
    /**Get Team Info

Returns information about the authenticated team, including current concurrency usage and limits.

Sends a `GET` request to `/websets/v0/teams/me`

```ignore
let response = client.teams_me_get()
    .send()
    .await;
```*/
    pub fn teams_me_get(&self) -> builder::TeamsMeGet<'_> {
        builder::TeamsMeGet::new(self)
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
    /**Builder for [`Client::teams_me_get`]

[`Client::teams_me_get`]: super::Client::teams_me_get*/
    #[derive(Debug, Clone)]
    pub struct TeamsMeGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> TeamsMeGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/websets/v0/teams/me`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebsetsTeamInfo>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/websets/v0/teams/me", client.baseurl,);
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
                operation_id: "teams_me_get",
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
        module: Borrowed("teams"),
        file: Borrowed("exa-teams.yaml"),
        title: Borrowed("Exa Teams API"),
        beta_tokens: Borrowed(&[]),
        default_server: Some(Borrowed("https://api.exa.ai/websets")),
        operations: Borrowed(&[&TEAMS_ME_GET]),
    };
    ///`GET /websets/v0/teams/me` (`teams-me-get`).
    pub static TEAMS_ME_GET: ::exa_spec::Operation = ::exa_spec::Operation {
        id: Borrowed("teams-me-get"),
        rust_name: Borrowed("teams_me_get"),
        method: Borrowed("GET"),
        path: Borrowed("/websets/v0/teams/me"),
        path_params: Borrowed(&[]),
        number_query: Borrowed(&[]),
        beta: false,
        errors: Borrowed(&[]),
    };
}
