//! What the request hook fixes on the wire for every operation, beside auth and betas: how a
//! number is written in a query, the length of a request without a body, and which origin a
//! redirect may lead to.

use reqwest::redirect::{Attempt, Policy};
use url::Url;

/// Redirects followed at most, as reqwest's default policy.
const MAX_REDIRECTS: usize = 10;

/// Writes each value of the query parameters `names` that is a whole number without its
/// fraction, as the official SDKs do: the generated code serializes a `number` as `2.0`, and a
/// server that parses an integer refuses it. Other values stay as they were written.
pub(crate) fn whole_numbers(url: &mut Url, names: &[impl AsRef<str>]) {
    if url.query().is_none_or(|q| !q.contains('.')) {
        return;
    }
    let mut changed = false;
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| {
            let whole = names
                .iter()
                .any(|n| n.as_ref() == name)
                .then(|| whole_number(&value))
                .flatten();
            changed |= whole.is_some();
            (
                name.into_owned(),
                whole.unwrap_or_else(|| value.into_owned()),
            )
        })
        .collect();
    if changed {
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
}

/// `2.0` as `2`; `None` for anything that is not a whole number a double holds exactly.
fn whole_number(value: &str) -> Option<String> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    let number: f64 = value.parse().ok()?;
    (number.fract() == 0.0 && number.abs() <= EXACT && value.contains('.'))
        .then(|| format!("{}", number as i64))
}

/// The redirect policy of the client this crate builds: a redirect to the same origin (scheme,
/// host and port) is followed, as reqwest would, and one to another origin is refused, since it
/// would carry the API key (`x-api-key` is a header reqwest does not strip) to a host nobody
/// configured. A caller's own `reqwest::Client` should use it too.
///
/// ```
/// let http = reqwest::Client::builder()
///     .redirect(exa_client::redirect_policy())
///     .build()
///     .unwrap();
/// let exa = exa_client::Exa::builder().api_key("key").http_client(http).build();
/// assert!(exa.is_ok());
/// ```
pub fn redirect_policy() -> Policy {
    Policy::custom(|attempt: Attempt| {
        let first = attempt.previous().first();
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
        }
        match first {
            Some(first) if first.origin() != attempt.url().origin() => {
                let to = attempt.url().origin().ascii_serialization();
                attempt.error(format!(
                    "redirect to another origin ({to}) refused: the API key is sent to the configured origin only"
                ))
            }
            _ => attempt.follow(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_lose_their_fraction_and_nothing_else_changes() {
        let cases = [
            ("limit=2.0&cursor=a.b", &["limit"][..], "limit=2&cursor=a.b"),
            ("limit=2.5", &["limit"], "limit=2.5"),
            ("limit=-3.0&limit=4.0", &["limit"], "limit=-3&limit=4"),
            ("q=2.0", &["limit"], "q=2.0"),
            ("limit=1e300", &["limit"], "limit=1e300"),
            (
                "limit=9007199254740994.0",
                &["limit"],
                "limit=9007199254740994.0",
            ),
            ("limit=2", &["limit"], "limit=2"),
            ("cursor=x+y&limit=10.0", &["limit"], "cursor=x+y&limit=10"),
        ];
        for (query, names, expected) in cases {
            let mut url = Url::parse(&format!("http://h/p?{query}")).unwrap();
            whole_numbers(&mut url, names);
            assert_eq!(url.query(), Some(expected), "{query}");
        }
    }
}
