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
        pub fn body(self, value: &types::SearchBody) -> Self {
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
        pub fn body(self, value: &types::GetContentsBody) -> Self {
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
        pub fn ok(self, value: &types::GetContentsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
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
        pub fn body(self, value: &types::AnswerBody) -> Self {
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
    }
    pub struct ResearchTasksListWhen(::httpmock::When);
    impl ResearchTasksListWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/research/v0/tasks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ResearchTasksListCursor>>,
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
    pub struct ResearchTasksListThen(::httpmock::Then);
    impl ResearchTasksListThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ResearchTasksListResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ResearchTasksCreateWhen(::httpmock::When);
    impl ResearchTasksCreateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/research/v0/tasks$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ResearchTasksCreateBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ResearchTasksCreateThen(::httpmock::Then);
    impl ResearchTasksCreateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::ResearchTasksCreateResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ResearchControllerV0GetResearchTaskWhen(::httpmock::When);
    impl ResearchControllerV0GetResearchTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/research/v0/tasks/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &str) -> Self {
            let re = regex::Regex::new(
                    &format!("^/research/v0/tasks/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct ResearchControllerV0GetResearchTaskThen(::httpmock::Then);
    impl ResearchControllerV0GetResearchTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ResearchTaskDto) -> Self {
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
    fn research_tasks_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ResearchTasksListWhen, operations::ResearchTasksListThen);
    fn research_tasks_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResearchTasksCreateWhen,
            operations::ResearchTasksCreateThen,
        );
    fn research_controller_v0_get_research_task<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResearchControllerV0GetResearchTaskWhen,
            operations::ResearchControllerV0GetResearchTaskThen,
        );
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
    fn research_tasks_list<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ResearchTasksListWhen, operations::ResearchTasksListThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResearchTasksListWhen::new(when),
                operations::ResearchTasksListThen::new(then),
            )
        })
    }
    fn research_tasks_create<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResearchTasksCreateWhen,
            operations::ResearchTasksCreateThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResearchTasksCreateWhen::new(when),
                operations::ResearchTasksCreateThen::new(then),
            )
        })
    }
    fn research_controller_v0_get_research_task<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResearchControllerV0GetResearchTaskWhen,
            operations::ResearchControllerV0GetResearchTaskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResearchControllerV0GetResearchTaskWhen::new(when),
                operations::ResearchControllerV0GetResearchTaskThen::new(then),
            )
        })
    }
}
