/// The rule a path parameter must follow where its document gives no constraints (the
/// Agent API's run id); an array path parameter's items follow it too, joined with `,`.
pub const DEFAULT_PATTERN: &str = "^[A-Za-z0-9_.:-]+$";

crate::declare::documents! {
    #[cfg(exa_document = "agent")] agent "exa-agent.yaml",
    #[cfg(exa_document = "batches")] batches "exa-batches.yaml",
    #[cfg(exa_document = "monitors")] monitors "exa-monitors.yaml",
    #[cfg(exa_document = "search")] search "exa-search.yaml",
    #[cfg(exa_document = "teams")] teams "exa-teams.yaml",
    #[cfg(exa_document = "websets")] websets "exa-websets.yaml",
}
