pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::teams::*;
    pub struct TeamsMeGetWhen(::httpmock::When);
    impl TeamsMeGetWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/websets/v0/teams/me$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct TeamsMeGetThen(::httpmock::Then);
    impl TeamsMeGetThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::WebsetsTeamInfo) -> Self {
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
    fn teams_me_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TeamsMeGetWhen, operations::TeamsMeGetThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn teams_me_get<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::TeamsMeGetWhen, operations::TeamsMeGetThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::TeamsMeGetWhen::new(when),
                operations::TeamsMeGetThen::new(then),
            )
        })
    }
}
