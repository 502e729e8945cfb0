pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::search::*;
    pub struct SearchWhen(::httpmock::When);
    impl SearchWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/search$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SearchRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SearchThen(::httpmock::Then);
    impl SearchThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::SearchResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self) -> Self {
            Self(self.0.status(402u16))
        }
    }
    pub struct FindSimilarWhen(::httpmock::When);
    impl FindSimilarWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/findSimilar$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::FindSimilarBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct FindSimilarThen(::httpmock::Then);
    impl FindSimilarThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::FindSimilarResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetContentsWhen(::httpmock::When);
    impl GetContentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/contents$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ContentsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct GetContentsThen(::httpmock::Then);
    impl GetContentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ContentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self) -> Self {
            Self(self.0.status(402u16))
        }
    }
    pub struct AnswerWhen(::httpmock::When);
    impl AnswerWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/answer$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AnswerRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AnswerThen(::httpmock::Then);
    impl AnswerThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AnswerResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
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
    fn search<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchWhen, operations::SearchThen);
    fn find_similar<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::FindSimilarWhen, operations::FindSimilarThen);
    fn get_contents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetContentsWhen, operations::GetContentsThen);
    fn answer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AnswerWhen, operations::AnswerThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn search<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SearchWhen, operations::SearchThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SearchWhen::new(when),
                operations::SearchThen::new(then),
            )
        })
    }
    fn find_similar<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::FindSimilarWhen, operations::FindSimilarThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::FindSimilarWhen::new(when),
                operations::FindSimilarThen::new(then),
            )
        })
    }
    fn get_contents<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetContentsWhen, operations::GetContentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetContentsWhen::new(when),
                operations::GetContentsThen::new(then),
            )
        })
    }
    fn answer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AnswerWhen, operations::AnswerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AnswerWhen::new(when),
                operations::AnswerThen::new(then),
            )
        })
    }
}
