pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::websets::*;
    pub struct WebsetsListWhen(::httpmock::When);
    impl WebsetsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/websets$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::WebsetsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<f64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
    }
    pub struct WebsetsListThen(::httpmock::Then);
    impl WebsetsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWebsetsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsCreateWhen(::httpmock::When);
    impl WebsetsCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/websets/v0/websets$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateWebsetParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsCreateThen(::httpmock::Then);
    impl WebsetsCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Webset) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self) -> Self {
            Self(self.0.status(409u16))
        }
    }
    pub struct WebsetsGetWhen(::httpmock::When);
    impl WebsetsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn expand<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::WebsetsGetExpandItem>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    if value.is_empty() {
                        self.0.query_param_missing("expand")
                    } else {
                        value
                            .iter()
                            .fold(
                                self.0,
                                |when, item| when.query_param("expand", item.to_string()),
                            )
                    },
                )
            } else {
                Self(self.0.query_param_missing("expand"))
            }
        }
    }
    pub struct WebsetsGetThen(::httpmock::Then);
    impl WebsetsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetWebsetResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebsetsUpdateWhen(::httpmock::When);
    impl WebsetsUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateWebsetRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsUpdateThen(::httpmock::Then);
    impl WebsetsUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webset) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebsetsDeleteWhen(::httpmock::When);
    impl WebsetsDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsDeleteThen(::httpmock::Then);
    impl WebsetsDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webset) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebsetsCancelWhen(::httpmock::When);
    impl WebsetsCancelWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsCancelThen(::httpmock::Then);
    impl WebsetsCancelThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webset) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsPreviewWhen(::httpmock::When);
    impl WebsetsPreviewWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/preview$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn search<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("search", value.to_string()))
            } else {
                Self(self.0.query_param_missing("search"))
            }
        }
        pub fn body(self, value: &types::PreviewWebsetParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsPreviewThen(::httpmock::Then);
    impl WebsetsPreviewThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PreviewWebsetResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self) -> Self {
            Self(self.0.status(422u16))
        }
    }
    pub struct WebsetsItemsGetWhen(::httpmock::When);
    impl WebsetsItemsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/items/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/items/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/.*/items/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsItemsGetThen(::httpmock::Then);
    impl WebsetsItemsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsItemsDeleteWhen(::httpmock::When);
    impl WebsetsItemsDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/items/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/items/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/.*/items/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsItemsDeleteThen(::httpmock::Then);
    impl WebsetsItemsDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetItem) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsItemsListWhen(::httpmock::When);
    impl WebsetsItemsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/items$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/items$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::WebsetsItemsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn source_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("sourceId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("sourceId"))
            }
        }
    }
    pub struct WebsetsItemsListThen(::httpmock::Then);
    impl WebsetsItemsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWebsetItemResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsEnrichmentsCreateWhen(::httpmock::When);
    impl WebsetsEnrichmentsCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/enrichments$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/enrichments$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateEnrichmentParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsEnrichmentsCreateThen(::httpmock::Then);
    impl WebsetsEnrichmentsCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetEnrichment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsEnrichmentsGetWhen(::httpmock::When);
    impl WebsetsEnrichmentsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/websets/v0/websets/[^/]*/enrichments/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/{}/enrichments/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/.*/enrichments/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsEnrichmentsGetThen(::httpmock::Then);
    impl WebsetsEnrichmentsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetEnrichment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsEnrichmentsDeleteWhen(::httpmock::When);
    impl WebsetsEnrichmentsDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/websets/v0/websets/[^/]*/enrichments/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/{}/enrichments/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/.*/enrichments/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsEnrichmentsDeleteThen(::httpmock::Then);
    impl WebsetsEnrichmentsDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetEnrichment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsEnrichmentsUpdateWhen(::httpmock::When);
    impl WebsetsEnrichmentsUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/websets/v0/websets/[^/]*/enrichments/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/{}/enrichments/.*$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/.*/enrichments/{}$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateEnrichmentParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsEnrichmentsUpdateThen(::httpmock::Then);
    impl WebsetsEnrichmentsUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self) -> Self {
            Self(self.0.status(200u16))
        }
    }
    pub struct WebsetsEnrichmentsCancelWhen(::httpmock::When);
    impl WebsetsEnrichmentsCancelWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/websets/v0/websets/[^/]*/enrichments/[^/]*/cancel$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/{}/enrichments/.*/cancel$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/.*/enrichments/{}/cancel$", value
                        .to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsEnrichmentsCancelThen(::httpmock::Then);
    impl WebsetsEnrichmentsCancelThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetEnrichment) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebhooksListWhen(::httpmock::When);
    impl WebhooksListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/webhooks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::WebhooksListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<f64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
    }
    pub struct WebhooksListThen(::httpmock::Then);
    impl WebhooksListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWebhooksResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebhooksCreateWhen(::httpmock::When);
    impl WebhooksCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/websets/v0/webhooks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateWebhookParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebhooksCreateThen(::httpmock::Then);
    impl WebhooksCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webhook) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebhooksGetWhen(::httpmock::When);
    impl WebhooksGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/webhooks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/webhooks/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebhooksGetThen(::httpmock::Then);
    impl WebhooksGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webhook) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebhooksDeleteWhen(::httpmock::When);
    impl WebhooksDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/webhooks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/webhooks/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebhooksDeleteThen(::httpmock::Then);
    impl WebhooksDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webhook) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebhooksUpdateWhen(::httpmock::When);
    impl WebhooksUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/webhooks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/webhooks/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateWebhookParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebhooksUpdateThen(::httpmock::Then);
    impl WebhooksUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Webhook) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebhooksAttemptsListWhen(::httpmock::When);
    impl WebhooksAttemptsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/webhooks/[^/]*/attempts$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/webhooks/{}/attempts$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::WebhooksAttemptsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn event_type<T>(self, value: T) -> Self
        where
            T: Into<Option<types::WebhooksAttemptsListEventType>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("eventType", value.to_string()))
            } else {
                Self(self.0.query_param_missing("eventType"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn successful<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("successful", value.to_string()))
            } else {
                Self(self.0.query_param_missing("successful"))
            }
        }
    }
    pub struct WebhooksAttemptsListThen(::httpmock::Then);
    impl WebhooksAttemptsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListWebhookAttemptsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct EventsListWhen(::httpmock::When);
    impl EventsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/events$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn created_after<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("createdAfter", value.to_string()))
            } else {
                Self(self.0.query_param_missing("createdAfter"))
            }
        }
        pub fn created_before<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("createdBefore", value.to_string()))
            } else {
                Self(self.0.query_param_missing("createdBefore"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::EventsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<f64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn types<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<types::EventsListTypesItem>>>,
        {
            if let Some(value) = value.into() {
                Self(
                    if value.is_empty() {
                        self.0.query_param_missing("types")
                    } else {
                        value
                            .iter()
                            .fold(
                                self.0,
                                |when, item| when.query_param("types", item.to_string()),
                            )
                    },
                )
            } else {
                Self(self.0.query_param_missing("types"))
            }
        }
    }
    pub struct EventsListThen(::httpmock::Then);
    impl EventsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListEventsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct EventsGetWhen(::httpmock::When);
    impl EventsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/events/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/events/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct EventsGetThen(::httpmock::Then);
    impl EventsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Event) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self) -> Self {
            Self(self.0.status(404u16))
        }
    }
    pub struct WebsetsSearchesCreateWhen(::httpmock::When);
    impl WebsetsSearchesCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/searches$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/searches$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CreateWebsetSearchParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct WebsetsSearchesCreateThen(::httpmock::Then);
    impl WebsetsSearchesCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetSearch) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsSearchesGetWhen(::httpmock::When);
    impl WebsetsSearchesGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/websets/[^/]*/searches/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/{}/searches/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/websets/.*/searches/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsSearchesGetThen(::httpmock::Then);
    impl WebsetsSearchesGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetSearch) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct WebsetsSearchesCancelWhen(::httpmock::When);
    impl WebsetsSearchesCancelWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/websets/v0/websets/[^/]*/searches/[^/]*/cancel$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn webset(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/{}/searches/.*/cancel$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/websets/v0/websets/.*/searches/{}/cancel$", value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct WebsetsSearchesCancelThen(::httpmock::Then);
    impl WebsetsSearchesCancelThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetSearch) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsListWhen(::httpmock::When);
    impl MonitorsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/monitors$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::MonitorsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<f64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
        pub fn webset_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("websetId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("websetId"))
            }
        }
    }
    pub struct MonitorsListThen(::httpmock::Then);
    impl MonitorsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListMonitorsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsCreateWhen(::httpmock::When);
    impl MonitorsCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/websets/v0/monitors$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateMonitorParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct MonitorsCreateThen(::httpmock::Then);
    impl MonitorsCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::Monitor) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsGetWhen(::httpmock::When);
    impl MonitorsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/monitors/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct MonitorsGetThen(::httpmock::Then);
    impl MonitorsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Monitor) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsDeleteWhen(::httpmock::When);
    impl MonitorsDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/monitors/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct MonitorsDeleteThen(::httpmock::Then);
    impl MonitorsDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Monitor) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsUpdateWhen(::httpmock::When);
    impl MonitorsUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/monitors/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateMonitor) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct MonitorsUpdateThen(::httpmock::Then);
    impl MonitorsUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Monitor) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsRunsListWhen(::httpmock::When);
    impl MonitorsRunsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/monitors/[^/]*/runs$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn monitor(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/{}/runs$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct MonitorsRunsListThen(::httpmock::Then);
    impl MonitorsRunsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListMonitorRunsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct MonitorsRunsGetWhen(::httpmock::When);
    impl MonitorsRunsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/monitors/[^/]*/runs/[^/]*$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn monitor(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/{}/runs/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/monitors/.*/runs/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct MonitorsRunsGetThen(::httpmock::Then);
    impl MonitorsRunsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MonitorRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ImportsListWhen(::httpmock::When);
    impl ImportsListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/imports$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ImportsListCursor>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn limit<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("limit", value.to_string()))
            } else {
                Self(self.0.query_param_missing("limit"))
            }
        }
    }
    pub struct ImportsListThen(::httpmock::Then);
    impl ImportsListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListImportsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ImportsCreateWhen(::httpmock::When);
    impl ImportsCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/websets/v0/imports$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateImportParameters) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ImportsCreateThen(::httpmock::Then);
    impl ImportsCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateImportResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ImportsGetWhen(::httpmock::When);
    impl ImportsGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/imports/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/imports/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ImportsGetThen(::httpmock::Then);
    impl ImportsGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Import) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ImportsDeleteWhen(::httpmock::When);
    impl ImportsDeleteWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/imports/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/imports/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ImportsDeleteThen(::httpmock::Then);
    impl ImportsDeleteThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Import) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ImportsUpdateWhen(::httpmock::When);
    impl ImportsUpdateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/websets/v0/imports/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/websets/v0/imports/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::UpdateImport) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ImportsUpdateThen(::httpmock::Then);
    impl ImportsUpdateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Import) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn websets_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsListWhen, operations::WebsetsListThen);
    fn websets_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsCreateWhen, operations::WebsetsCreateThen);
    fn websets_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsGetWhen, operations::WebsetsGetThen);
    fn websets_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsUpdateWhen, operations::WebsetsUpdateThen);
    fn websets_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsDeleteWhen, operations::WebsetsDeleteThen);
    fn websets_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsCancelWhen, operations::WebsetsCancelThen);
    fn websets_preview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsPreviewWhen, operations::WebsetsPreviewThen);
    fn websets_items_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsItemsGetWhen, operations::WebsetsItemsGetThen);
    fn websets_items_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsItemsDeleteWhen,
            operations::WebsetsItemsDeleteThen,
        );
    fn websets_items_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsItemsListWhen, operations::WebsetsItemsListThen);
    fn websets_enrichments_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsCreateWhen,
            operations::WebsetsEnrichmentsCreateThen,
        );
    fn websets_enrichments_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsGetWhen,
            operations::WebsetsEnrichmentsGetThen,
        );
    fn websets_enrichments_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsDeleteWhen,
            operations::WebsetsEnrichmentsDeleteThen,
        );
    fn websets_enrichments_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsUpdateWhen,
            operations::WebsetsEnrichmentsUpdateThen,
        );
    fn websets_enrichments_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsCancelWhen,
            operations::WebsetsEnrichmentsCancelThen,
        );
    fn webhooks_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksListWhen, operations::WebhooksListThen);
    fn webhooks_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksCreateWhen, operations::WebhooksCreateThen);
    fn webhooks_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksGetWhen, operations::WebhooksGetThen);
    fn webhooks_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksDeleteWhen, operations::WebhooksDeleteThen);
    fn webhooks_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksUpdateWhen, operations::WebhooksUpdateThen);
    fn webhooks_attempts_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebhooksAttemptsListWhen,
            operations::WebhooksAttemptsListThen,
        );
    fn events_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EventsListWhen, operations::EventsListThen);
    fn events_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EventsGetWhen, operations::EventsGetThen);
    fn websets_searches_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesCreateWhen,
            operations::WebsetsSearchesCreateThen,
        );
    fn websets_searches_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesGetWhen,
            operations::WebsetsSearchesGetThen,
        );
    fn websets_searches_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesCancelWhen,
            operations::WebsetsSearchesCancelThen,
        );
    fn monitors_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsListWhen, operations::MonitorsListThen);
    fn monitors_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsCreateWhen, operations::MonitorsCreateThen);
    fn monitors_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsGetWhen, operations::MonitorsGetThen);
    fn monitors_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsDeleteWhen, operations::MonitorsDeleteThen);
    fn monitors_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsUpdateWhen, operations::MonitorsUpdateThen);
    fn monitors_runs_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsRunsListWhen, operations::MonitorsRunsListThen);
    fn monitors_runs_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsRunsGetWhen, operations::MonitorsRunsGetThen);
    fn imports_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsListWhen, operations::ImportsListThen);
    fn imports_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsCreateWhen, operations::ImportsCreateThen);
    fn imports_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsGetWhen, operations::ImportsGetThen);
    fn imports_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsDeleteWhen, operations::ImportsDeleteThen);
    fn imports_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsUpdateWhen, operations::ImportsUpdateThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn websets_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsListWhen, operations::WebsetsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsListWhen::new(when),
                operations::WebsetsListThen::new(then),
            )
        })
    }
    fn websets_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsCreateWhen, operations::WebsetsCreateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsCreateWhen::new(when),
                operations::WebsetsCreateThen::new(then),
            )
        })
    }
    fn websets_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsGetWhen, operations::WebsetsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsGetWhen::new(when),
                operations::WebsetsGetThen::new(then),
            )
        })
    }
    fn websets_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsUpdateWhen, operations::WebsetsUpdateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsUpdateWhen::new(when),
                operations::WebsetsUpdateThen::new(then),
            )
        })
    }
    fn websets_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsDeleteWhen, operations::WebsetsDeleteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsDeleteWhen::new(when),
                operations::WebsetsDeleteThen::new(then),
            )
        })
    }
    fn websets_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsCancelWhen, operations::WebsetsCancelThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsCancelWhen::new(when),
                operations::WebsetsCancelThen::new(then),
            )
        })
    }
    fn websets_preview<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsPreviewWhen, operations::WebsetsPreviewThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsPreviewWhen::new(when),
                operations::WebsetsPreviewThen::new(then),
            )
        })
    }
    fn websets_items_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsItemsGetWhen, operations::WebsetsItemsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsItemsGetWhen::new(when),
                operations::WebsetsItemsGetThen::new(then),
            )
        })
    }
    fn websets_items_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsItemsDeleteWhen,
            operations::WebsetsItemsDeleteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsItemsDeleteWhen::new(when),
                operations::WebsetsItemsDeleteThen::new(then),
            )
        })
    }
    fn websets_items_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebsetsItemsListWhen, operations::WebsetsItemsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsItemsListWhen::new(when),
                operations::WebsetsItemsListThen::new(then),
            )
        })
    }
    fn websets_enrichments_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsCreateWhen,
            operations::WebsetsEnrichmentsCreateThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsEnrichmentsCreateWhen::new(when),
                operations::WebsetsEnrichmentsCreateThen::new(then),
            )
        })
    }
    fn websets_enrichments_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsGetWhen,
            operations::WebsetsEnrichmentsGetThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsEnrichmentsGetWhen::new(when),
                operations::WebsetsEnrichmentsGetThen::new(then),
            )
        })
    }
    fn websets_enrichments_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsDeleteWhen,
            operations::WebsetsEnrichmentsDeleteThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsEnrichmentsDeleteWhen::new(when),
                operations::WebsetsEnrichmentsDeleteThen::new(then),
            )
        })
    }
    fn websets_enrichments_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsUpdateWhen,
            operations::WebsetsEnrichmentsUpdateThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsEnrichmentsUpdateWhen::new(when),
                operations::WebsetsEnrichmentsUpdateThen::new(then),
            )
        })
    }
    fn websets_enrichments_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsEnrichmentsCancelWhen,
            operations::WebsetsEnrichmentsCancelThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsEnrichmentsCancelWhen::new(when),
                operations::WebsetsEnrichmentsCancelThen::new(then),
            )
        })
    }
    fn webhooks_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksListWhen, operations::WebhooksListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksListWhen::new(when),
                operations::WebhooksListThen::new(then),
            )
        })
    }
    fn webhooks_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksCreateWhen, operations::WebhooksCreateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksCreateWhen::new(when),
                operations::WebhooksCreateThen::new(then),
            )
        })
    }
    fn webhooks_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksGetWhen, operations::WebhooksGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksGetWhen::new(when),
                operations::WebhooksGetThen::new(then),
            )
        })
    }
    fn webhooks_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksDeleteWhen, operations::WebhooksDeleteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksDeleteWhen::new(when),
                operations::WebhooksDeleteThen::new(then),
            )
        })
    }
    fn webhooks_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::WebhooksUpdateWhen, operations::WebhooksUpdateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksUpdateWhen::new(when),
                operations::WebhooksUpdateThen::new(then),
            )
        })
    }
    fn webhooks_attempts_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebhooksAttemptsListWhen,
            operations::WebhooksAttemptsListThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebhooksAttemptsListWhen::new(when),
                operations::WebhooksAttemptsListThen::new(then),
            )
        })
    }
    fn events_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EventsListWhen, operations::EventsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::EventsListWhen::new(when),
                operations::EventsListThen::new(then),
            )
        })
    }
    fn events_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::EventsGetWhen, operations::EventsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::EventsGetWhen::new(when),
                operations::EventsGetThen::new(then),
            )
        })
    }
    fn websets_searches_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesCreateWhen,
            operations::WebsetsSearchesCreateThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsSearchesCreateWhen::new(when),
                operations::WebsetsSearchesCreateThen::new(then),
            )
        })
    }
    fn websets_searches_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesGetWhen,
            operations::WebsetsSearchesGetThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsSearchesGetWhen::new(when),
                operations::WebsetsSearchesGetThen::new(then),
            )
        })
    }
    fn websets_searches_cancel<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::WebsetsSearchesCancelWhen,
            operations::WebsetsSearchesCancelThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::WebsetsSearchesCancelWhen::new(when),
                operations::WebsetsSearchesCancelThen::new(then),
            )
        })
    }
    fn monitors_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsListWhen, operations::MonitorsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsListWhen::new(when),
                operations::MonitorsListThen::new(then),
            )
        })
    }
    fn monitors_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsCreateWhen, operations::MonitorsCreateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsCreateWhen::new(when),
                operations::MonitorsCreateThen::new(then),
            )
        })
    }
    fn monitors_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsGetWhen, operations::MonitorsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsGetWhen::new(when),
                operations::MonitorsGetThen::new(then),
            )
        })
    }
    fn monitors_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsDeleteWhen, operations::MonitorsDeleteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsDeleteWhen::new(when),
                operations::MonitorsDeleteThen::new(then),
            )
        })
    }
    fn monitors_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsUpdateWhen, operations::MonitorsUpdateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsUpdateWhen::new(when),
                operations::MonitorsUpdateThen::new(then),
            )
        })
    }
    fn monitors_runs_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsRunsListWhen, operations::MonitorsRunsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsRunsListWhen::new(when),
                operations::MonitorsRunsListThen::new(then),
            )
        })
    }
    fn monitors_runs_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::MonitorsRunsGetWhen, operations::MonitorsRunsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::MonitorsRunsGetWhen::new(when),
                operations::MonitorsRunsGetThen::new(then),
            )
        })
    }
    fn imports_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsListWhen, operations::ImportsListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ImportsListWhen::new(when),
                operations::ImportsListThen::new(then),
            )
        })
    }
    fn imports_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsCreateWhen, operations::ImportsCreateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ImportsCreateWhen::new(when),
                operations::ImportsCreateThen::new(then),
            )
        })
    }
    fn imports_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsGetWhen, operations::ImportsGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ImportsGetWhen::new(when),
                operations::ImportsGetThen::new(then),
            )
        })
    }
    fn imports_delete<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsDeleteWhen, operations::ImportsDeleteThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ImportsDeleteWhen::new(when),
                operations::ImportsDeleteThen::new(then),
            )
        })
    }
    fn imports_update<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ImportsUpdateWhen, operations::ImportsUpdateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ImportsUpdateWhen::new(when),
                operations::ImportsUpdateThen::new(then),
            )
        })
    }
}
