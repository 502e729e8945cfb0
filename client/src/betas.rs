//! Which `Exa-Beta` tokens go to which request.
//!
//! The rule, for a request of operation `op` of document `doc`:
//! 1. if `op` declares the `Exa-Beta` header, `doc`'s default token (the first its schema
//!    allows), or the tokens given to [`crate::ExaBuilder::betas`] in its place;
//! 2. then every token of [`crate::ExaBuilder::beta`], on every request;
//! 3. then every token of [`crate::ExaBuilder::document_beta`] for `doc`.
//!
//! The tokens are joined with `,` into one header, each once, in that order; with none, no header
//! is sent. An operation that declares no beta header therefore gets none unless the caller
//! asked for one.

use std::fmt;

use reqwest::header::HeaderValue;

use crate::error::ConfigError;
use crate::spec::Document;

/// The tokens a caller chose; see the module docs for where each applies.
#[derive(Clone, Debug, Default)]
pub(crate) struct BetaChoice {
    /// In place of each document's default, for the operations that declare the header.
    pub(crate) defaults: Option<Vec<String>>,
    /// On every request.
    pub(crate) everywhere: Vec<String>,
    /// On the requests of one document, by module name.
    pub(crate) documents: Vec<(String, String)>,
}

/// The header each document's requests get, worked out once when the client is built.
pub(crate) struct Betas {
    /// (document, header for the operations that declare it, header for the others).
    headers: Vec<(&'static str, Option<HeaderValue>, Option<HeaderValue>)>,
}

impl fmt::Debug for Betas {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.headers
                    .iter()
                    .map(|(doc, declared, other)| (doc, (declared, other))),
            )
            .finish()
    }
}

impl Betas {
    /// Checks every token and works out each document's headers.
    pub(crate) fn new(
        choice: &BetaChoice,
        documents: &[&'static Document],
    ) -> Result<Self, ConfigError> {
        for (module, _) in &choice.documents {
            if !documents.iter().any(|d| d.module == module.as_str()) {
                return Err(ConfigError::UnknownDocument(module.clone()));
            }
        }
        let headers = documents
            .iter()
            .map(|doc| {
                let own: Vec<&str> = choice
                    .documents
                    .iter()
                    .filter(|(module, _)| *module == doc.module)
                    .map(|(_, token)| token.as_str())
                    .collect();
                let extra = choice.everywhere.iter().map(String::as_str).chain(own);
                let defaults: Vec<&str> = match &choice.defaults {
                    Some(tokens) => tokens.iter().map(String::as_str).collect(),
                    None => doc.default_beta().into_iter().collect(),
                };
                let declared = header(defaults.into_iter().chain(extra.clone()))?;
                let other = header(extra)?;
                Ok((doc.module.as_ref(), declared, other))
            })
            .collect::<Result<_, ConfigError>>()?;
        Ok(Self { headers })
    }

    /// The header for an operation of `document`, by whether it declares `Exa-Beta`.
    pub(crate) fn header(&self, document: &Document, declared: bool) -> Option<&HeaderValue> {
        let (_, with, without) = self.headers.iter().find(|(m, ..)| *m == document.module)?;
        if declared {
            with.as_ref()
        } else {
            without.as_ref()
        }
    }
}

/// One header of the tokens, each once, in order; empty entries are dropped.
fn header<'a>(tokens: impl Iterator<Item = &'a str>) -> Result<Option<HeaderValue>, ConfigError> {
    let mut kept: Vec<&str> = Vec::new();
    for token in tokens.map(str::trim).filter(|t| !t.is_empty()) {
        if !token.bytes().all(|b| b.is_ascii_graphic() && b != b',') {
            return Err(ConfigError::InvalidBeta(token.to_string()));
        }
        if !kept.contains(&token) {
            kept.push(token);
        }
    }
    if kept.is_empty() {
        return Ok(None);
    }
    HeaderValue::from_str(&kept.join(","))
        .map(Some)
        .map_err(|_| ConfigError::InvalidBeta(kept.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{Document, Text};
    use std::borrow::Cow::Borrowed;

    const fn document(module: &'static str, beta_tokens: &'static [Text]) -> Document {
        Document {
            module: Borrowed(module),
            file: Borrowed(""),
            title: Borrowed(""),
            beta_tokens: Borrowed(beta_tokens),
            default_server: None,
            operations: Borrowed(&[]),
        }
    }
    static AGENT: Document = document("agent", &[Borrowed("agent-2026-05-07")]);
    static SEARCH: Document = document("search", &[]);

    fn shown(betas: &Betas, doc: &Document, declared: bool) -> Option<String> {
        betas
            .header(doc, declared)
            .map(|v| v.to_str().unwrap().to_string())
    }

    #[test]
    fn declared_operations_get_their_documents_default_and_others_only_what_was_asked() {
        let docs = [&AGENT, &SEARCH];
        let betas = Betas::new(&BetaChoice::default(), &docs).unwrap();
        assert_eq!(
            shown(&betas, &AGENT, true).as_deref(),
            Some("agent-2026-05-07")
        );
        assert_eq!(shown(&betas, &AGENT, false), None);
        assert_eq!(shown(&betas, &SEARCH, false), None);

        let choice = BetaChoice {
            defaults: None,
            everywhere: vec!["all-1".into(), " ".into()],
            documents: vec![
                ("search".into(), "s-1".into()),
                ("agent".into(), "a-1".into()),
            ],
        };
        let betas = Betas::new(&choice, &docs).unwrap();
        assert_eq!(
            shown(&betas, &AGENT, true).as_deref(),
            Some("agent-2026-05-07,all-1,a-1")
        );
        assert_eq!(shown(&betas, &AGENT, false).as_deref(), Some("all-1,a-1"));
        assert_eq!(shown(&betas, &SEARCH, false).as_deref(), Some("all-1,s-1"));
    }

    #[test]
    fn chosen_defaults_replace_the_documents_and_an_empty_list_sends_none() {
        let docs = [&AGENT];
        let choice = |defaults: Vec<&str>| BetaChoice {
            defaults: Some(defaults.into_iter().map(String::from).collect()),
            ..BetaChoice::default()
        };
        let betas = Betas::new(&choice(vec!["new", "agent-2026-05-07", "new"]), &docs).unwrap();
        assert_eq!(
            shown(&betas, &AGENT, true).as_deref(),
            Some("new,agent-2026-05-07")
        );
        let betas = Betas::new(&choice(vec![]), &docs).unwrap();
        assert_eq!(shown(&betas, &AGENT, true), None);
    }

    #[test]
    fn bad_tokens_and_unknown_documents_are_refused() {
        for bad in ["a\r\nx: y", "a b", "é", "a,b"] {
            let choice = BetaChoice {
                everywhere: vec![bad.into()],
                ..BetaChoice::default()
            };
            assert!(
                matches!(
                    Betas::new(&choice, &[&AGENT]),
                    Err(ConfigError::InvalidBeta(_))
                ),
                "{bad:?}"
            );
        }
        let choice = BetaChoice {
            documents: vec![("nope".into(), "x".into())],
            ..BetaChoice::default()
        };
        assert!(matches!(
            Betas::new(&choice, &[&AGENT]),
            Err(ConfigError::UnknownDocument(_))
        ));
    }
}
