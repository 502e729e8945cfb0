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
}
