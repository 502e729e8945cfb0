//! Waiting, one shape for every document: ask again every [`WaitOptions::interval`] until the
//! value has ended ([`Ends`]) or [`WaitOptions::timeout`] has passed.

use std::future::Future;
use std::time::{Duration, Instant};

use crate::error::Error;

/// How a `wait` polls.
///
/// ```
/// use std::time::Duration;
/// let options = exa_client::WaitOptions { interval: Duration::from_secs(5), ..Default::default() };
/// assert_eq!(options.timeout, Duration::from_secs(65 * 60));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct WaitOptions {
    /// The time between two requests. Default 2 s.
    pub interval: Duration,
    /// The longest wait before [`Error::WaitTimedOut`]. Default 65 minutes (an Agent run stops
    /// after an hour).
    pub timeout: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(2),
            timeout: Duration::from_secs(65 * 60),
        }
    }
}

/// What a wait polls: its status as the API writes it, and whether it has ended. Each
/// document's helpers implement it for the values they wait on.
pub trait Ends {
    /// The status, for [`Error::WaitTimedOut`].
    fn status(&self) -> &str;
    /// Whether polling can stop.
    fn has_ended(&self) -> bool;
}

/// Polls `fetch` until its value has ended.
pub(crate) async fn until<T: Ends, Fut>(
    options: WaitOptions,
    fetch: impl Fn() -> Fut,
) -> Result<T, Error>
where
    Fut: Future<Output = Result<T, Error>>,
{
    let started = Instant::now();
    loop {
        let value = fetch().await?;
        if value.has_ended() {
            return Ok(value);
        }
        let waited = started.elapsed();
        if waited >= options.timeout {
            return Err(Error::WaitTimedOut {
                waited,
                status: value.status().to_string(),
            });
        }
        tokio::time::sleep(options.interval.min(options.timeout - waited)).await;
    }
}
