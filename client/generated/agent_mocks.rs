pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::agent::*;
    pub struct ListAgentRunsWhen(::httpmock::When);
    impl ListAgentRunsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::AgentRunId>>,
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
    pub struct ListAgentRunsThen(::httpmock::Then);
    impl ListAgentRunsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRunList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateAgentRunWhen(::httpmock::When);
    impl CreateAgentRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/runs$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn accept<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CreateAgentRunAccept>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Accept", value.to_string()))
            } else {
                Self(self.0.header_missing("Accept"))
            }
        }
        pub fn body(self, value: &types::CreateAgentRunRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateAgentRunThen(::httpmock::Then);
    impl CreateAgentRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetAgentRunWhen(::httpmock::When);
    impl GetAgentRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/agent/runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::AgentRunId) -> Self {
            let re = regex::Regex::new(&format!("^/agent/runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetAgentRunThen(::httpmock::Then);
    impl GetAgentRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteAgentRunWhen(::httpmock::When);
    impl DeleteAgentRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/agent/runs/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::AgentRunId) -> Self {
            let re = regex::Regex::new(&format!("^/agent/runs/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteAgentRunThen(::httpmock::Then);
    impl DeleteAgentRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteAgentRunResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CancelAgentRunWhen(::httpmock::When);
    impl CancelAgentRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/cancel$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::AgentRunId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/agent/runs/{}/cancel$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CancelAgentRunThen(::httpmock::Then);
    impl CancelAgentRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListAgentRunEventsWhen(::httpmock::When);
    impl ListAgentRunEventsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/agent/runs/[^/]*/events$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::AgentRunId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/agent/runs/{}/events$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
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
        pub fn accept<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListAgentRunEventsAccept>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Accept", value.to_string()))
            } else {
                Self(self.0.header_missing("Accept"))
            }
        }
        pub fn last_event_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Last-Event-ID", value.to_string()))
            } else {
                Self(self.0.header_missing("Last-Event-ID"))
            }
        }
    }
    pub struct ListAgentRunEventsThen(::httpmock::Then);
    impl ListAgentRunEventsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRunEventList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct StopAgentRunWhen(::httpmock::When);
    impl StopAgentRunWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/agent/runs/[^/]*/stop$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::AgentRunId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/agent/runs/{}/stop$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct StopAgentRunThen(::httpmock::Then);
    impl StopAgentRunThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AgentRun) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::AgentErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::AgentErrorResponse) -> Self {
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
    fn list_agent_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentRunsWhen, operations::ListAgentRunsThen);
    fn create_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentRunWhen, operations::CreateAgentRunThen);
    fn get_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentRunWhen, operations::GetAgentRunThen);
    fn delete_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentRunWhen, operations::DeleteAgentRunThen);
    fn cancel_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelAgentRunWhen, operations::CancelAgentRunThen);
    fn list_agent_run_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentRunEventsWhen,
            operations::ListAgentRunEventsThen,
        );
    fn stop_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StopAgentRunWhen, operations::StopAgentRunThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_agent_runs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListAgentRunsWhen, operations::ListAgentRunsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentRunsWhen::new(when),
                operations::ListAgentRunsThen::new(then),
            )
        })
    }
    fn create_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateAgentRunWhen, operations::CreateAgentRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateAgentRunWhen::new(when),
                operations::CreateAgentRunThen::new(then),
            )
        })
    }
    fn get_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetAgentRunWhen, operations::GetAgentRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetAgentRunWhen::new(when),
                operations::GetAgentRunThen::new(then),
            )
        })
    }
    fn delete_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteAgentRunWhen, operations::DeleteAgentRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteAgentRunWhen::new(when),
                operations::DeleteAgentRunThen::new(then),
            )
        })
    }
    fn cancel_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CancelAgentRunWhen, operations::CancelAgentRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CancelAgentRunWhen::new(when),
                operations::CancelAgentRunThen::new(then),
            )
        })
    }
    fn list_agent_run_events<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentRunEventsWhen,
            operations::ListAgentRunEventsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentRunEventsWhen::new(when),
                operations::ListAgentRunEventsThen::new(then),
            )
        })
    }
    fn stop_agent_run<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StopAgentRunWhen, operations::StopAgentRunThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StopAgentRunWhen::new(when),
                operations::StopAgentRunThen::new(then),
            )
        })
    }
}
