//! Cursor pagination as a stream of items: one page in memory at a time.

use std::future::Future;

use futures::Stream;

use crate::error::Error;

/// The items of every page: `fetch(cursor)` returns a page's items, whether more follow, and
/// the cursor of the next page. The stream ends after a page without more, or without a cursor
/// (a server that says `hasMore` but gives no cursor would otherwise be asked for the first page
/// again forever), and after the first error.
pub(crate) fn items<T, F, Fut>(fetch: F) -> impl Stream<Item = Result<T, Error>>
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
            match fetch(cursor).await {
                Ok((items, more, cursor)) => {
                    let next = match cursor {
                        Some(cursor) if more => Next::Page(Some(cursor)),
                        _ => Next::Done,
                    };
                    let items: Vec<Result<T, Error>> = items.into_iter().map(Ok).collect();
                    Some((futures::stream::iter(items), next))
                }
                Err(e) => Some((futures::stream::iter(vec![Err(e)]), Next::Done)),
            }
        }
    });
    futures::StreamExt::flatten(pages)
}
