//! The table each generated module carries of its document (`<module>::spec::DOCUMENT`): what
//! the hooks need to know of an operation without per-operation code. The types are those of
//! the `exa-spec` crate, which the generator fills and writes out as these statics.
//!
//! ```
//! # #[cfg(feature = "agent")] {
//! let delete = &exa_client::agent::spec::DELETE_AGENT_RUN;
//! assert_eq!((delete.method.as_ref(), delete.path.as_ref()), ("DELETE", "/agent/runs/{id}"));
//! assert!(delete.is_idempotent());
//! # }
//! ```

#[doc(inline)]
pub use exa_spec::{Document, ErrorBody, List, Operation, PathParam, Status, Text};
