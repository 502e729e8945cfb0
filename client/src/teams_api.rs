//! The Teams document's helper on [`Api`]`<teams::Client>` (`exa.teams()`): the team the key
//! belongs to, only when the document has the operation (`cfg(exa_operation =
//! "teams.teams-me-get")`).

use crate::client::Api;
use crate::error::Error;
use crate::teams::types;
use crate::teams::Client;

impl Api<'_, Client> {
    /// The key's team: its id, name, limits and concurrency (`GET /websets/v0/teams/me`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let team = exa.teams().me().await?;
    /// println!("{:?}", team);
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "teams.teams-me-get")]
    pub async fn me(&self) -> Result<types::WebsetsTeamInfo, Error> {
        self.call(async |api| api.teams_me_get().send().await).await
    }
}
