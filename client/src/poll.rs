//! Waiting for something to reach a state by asking again: runs, research tasks, websets.

use std::future::Future;
use std::time::{Duration, Instant};

use crate::error::Error;

/// Calls `fetch` every `interval` until `status` of what it returns is one of `done`, and
/// returns that; past `timeout`, [`Error::WaitTimedOut`] with the last status seen. An error of
/// `fetch` ends the wait.
pub(crate) async fn until<T, Fut>(
    interval: Duration,
    timeout: Duration,
    fetch: impl Fn() -> Fut,
    status: fn(&T) -> &str,
    done: &[&str],
) -> Result<T, Error>
where
    Fut: Future<Output = Result<T, Error>>,
{
    let started = Instant::now();
    loop {
        let value = fetch().await?;
        if done.contains(&status(&value)) {
            return Ok(value);
        }
        let waited = started.elapsed();
        if waited >= timeout {
            return Err(Error::WaitTimedOut {
                waited,
                status: status(&value).to_string(),
            });
        }
        tokio::time::sleep(interval.min(timeout - waited)).await;
    }
}
