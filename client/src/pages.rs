//! Cursor pagination, one shape for every list: a typed [`Limit`], one page at a time
//! ([`Page`]), and every item of every page as an `Unpin` stream (`follow`).

use std::future::Future;

use futures::Stream;

use crate::error::Error;
use crate::sse::Events;

/// Items per page, checked against the operation's maximum before anything is sent.
///
/// ```
/// use exa_client::pages::Limit;
/// assert_eq!(Limit::new(20, 100).unwrap().get(), 20);
/// assert!(Limit::new(0, 100).is_err());
/// assert!(Limit::new(101, 100).unwrap_err().to_string().contains("1 to 100"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit(u64);

impl Limit {
    /// `n` when it is 1 to `max`.
    pub fn new(n: u64, max: u64) -> Result<Self, Error> {
        match n {
            1.. if n <= max => Ok(Self(n)),
            _ => Err(Error::InvalidRequest(format!(
                "limit must be 1 to {max}, not {n}"
            ))),
        }
    }

    /// The number.
    pub fn get(self) -> u64 {
        self.0
    }

    /// The number as the type of a `limit` parameter with `minimum: 1`.
    pub fn non_zero(self) -> std::num::NonZeroU64 {
        std::num::NonZeroU64::new(self.0).unwrap_or(std::num::NonZeroU64::MIN)
    }

    /// `limit` checked, when there is one.
    pub(crate) fn checked(limit: Option<u64>, max: u64) -> Result<Option<Self>, Error> {
        limit.map(|n| Self::new(n, max)).transpose()
    }
}

/// One page of a list as the API sends it: its items, whether more follow, and the cursor of
/// the next page. Each document's helpers implement it for their list types.
pub trait Page {
    /// What the page lists.
    type Item;
    /// The items, whether more follow, and the next page's cursor.
    fn into_parts(self) -> (Vec<Self::Item>, bool, Option<String>);
}

/// Every item of every page: `fetch(cursor)` gets one page (no cursor for the first). One page
/// is in memory at a time; a page that names its own cursor as the next ends the stream with
/// an error instead of looping.
pub(crate) fn follow<'a, P, F, Fut>(fetch: F) -> Events<'a, P::Item>
where
    P: Page + 'a,
    P::Item: Send + 'a,
    F: Fn(Option<String>) -> Fut + Clone + Send + 'a,
    Fut: Future<Output = Result<P, Error>> + Send + 'a,
{
    Box::pin(items(move |cursor| {
        let page = fetch(cursor);
        async move { page.await.map(Page::into_parts) }
    }))
}

/// The items of every page: `fetch(cursor)` returns a page's items, whether more follow, and
/// the cursor of the next page. The stream ends after a page without more, or without a cursor
/// (a server that says `hasMore` but gives no cursor would otherwise be asked for the first page
/// again forever), and after the first error. A page that names its own cursor as the next one
/// would be fetched forever: its items are not delivered, and the stream ends with
/// [`Error::PageLoop`].
fn items<T, F, Fut>(fetch: F) -> impl Stream<Item = Result<T, Error>>
where
    F: Fn(Option<String>) -> Fut + Clone,
    Fut: Future<Output = Result<(Vec<T>, bool, Option<String>), Error>>,
{
    enum Next {
        Page(Option<String>),
        Done,
    }
    let pages = futures::stream::unfold(Next::Page(None), move |next| {
        let fetch = fetch.clone();
        async move {
            let Next::Page(cursor) = next else {
                return None;
            };
            match fetch(cursor.clone()).await {
                Ok((items, more, next)) => {
                    let mut items: Vec<Result<T, Error>> = items.into_iter().map(Ok).collect();
                    let next = match next {
                        Some(next) if more && Some(&next) == cursor.as_ref() => {
                            // A page that names its own cursor as the next one is not to be
                            // trusted: a mock server answers every page alike, so its items
                            // repeat the previous page's and would be printed twice.
                            items.clear();
                            items.push(Err(Error::PageLoop { cursor: next }));
                            Next::Done
                        }
                        Some(next) if more => Next::Page(Some(next)),
                        _ => Next::Done,
                    };
                    Some((futures::stream::iter(items), next))
                }
                Err(e) => Some((futures::stream::iter(vec![Err(e)]), Next::Done)),
            }
        }
    });
    futures::StreamExt::flatten(pages)
}

#[cfg(test)]
mod tests {
    use futures::StreamExt;

    use super::*;

    /// Pages of two items; `next(page)` is what page `page` names as the next cursor.
    async fn collect(next: fn(u32) -> (bool, Option<String>)) -> Vec<Result<u32, String>> {
        let fetch = move |cursor: Option<String>| async move {
            let page: u32 = cursor.map_or(0, |c| c.parse().unwrap());
            let (more, cursor) = next(page);
            Ok((vec![page * 10, page * 10 + 1], more, cursor))
        };
        items(fetch)
            .take(20)
            .map(|item| item.map_err(|e| e.to_string()))
            .collect()
            .await
    }

    #[tokio::test]
    async fn pages_are_followed_until_none_follows() {
        let all = collect(|page| (page < 2, Some((page + 1).to_string()))).await;
        assert_eq!(all, [0, 1, 10, 11, 20, 21].map(Ok));
    }

    #[tokio::test]
    async fn more_without_a_cursor_ends_the_stream() {
        let all = collect(|_| (true, None)).await;
        assert_eq!(all, [0, 1].map(Ok));
    }

    #[tokio::test]
    async fn a_page_naming_its_own_cursor_ends_with_a_page_loop_and_no_item_twice() {
        // Page 0 names cursor 1; page 1 names cursor 1 again, as a mock server does.
        let all = collect(|page| (true, Some((page + 1).min(1).to_string()))).await;
        assert_eq!(all[..2], [0, 1].map(Ok));
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(
            all[2].as_ref().unwrap_err(),
            "the server's pagination repeats itself: the page after cursor \"1\" names the same cursor again, so the list stops here"
        );
    }
}
