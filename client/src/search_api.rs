//! The Search document's helpers on [`Api`]`<search::Client>` (`exa.search()`), named as exa-py
//! names them, each only when the document has its operation (`cfg(exa_operation =
//! "search.<operationId>")`). A value the document refuses (an empty query, 101 results) or a
//! date that does not parse is an [`Error::InvalidRequest`] from `send`, before anything is
//! sent.
//!
//! Research (`/research/v0/tasks`, `/research/v1`) is retired: the API answers `410
//! RESEARCH_RETIRED`, and the document no longer has it. An Agent run
//! (`exa.agent().create(instructions).output_schema(schema)`, then `wait`) does what a
//! research task did.

use crate::sse::Events;

use crate::client::Api;
use crate::draft::Draft;
use crate::error::Error;
use crate::search::spec;
use crate::search::types;
use crate::search::Client;

/// A request of the Search document being built: setters for the common fields,
/// [`Request::with`] for the others, then `send` (or, for an answer, `stream`).
///
/// ```no_run
/// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
/// let found = exa.search().search("Latest research in LLMs").num_results(5).text(true).send().await?;
/// for result in found.results() {
///     println!("{:?} {:?}", result.title, result.url);
/// }
/// # Ok(()) }
/// ```
pub type Request<'a, B> = Draft<'a, Client, B>;

/// A request from the generated builder `built`, or the reason it cannot be one.
fn request<'a, B, Built>(api: &Api<'a, Client>, built: Built) -> Request<'a, B>
where
    B: TryFrom<Built>,
    B::Error: std::fmt::Display,
{
    Draft::built(*api, built)
}

#[cfg(exa_operation = "search.search")]
impl Request<'_, types::SearchRequest> {
    /// How many results, 1 to 100 (the server's default is 10).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust async").num_results(25).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn num_results(self, n: u64) -> Self {
        self.edit(|r| set(&mut r.num_results, checked_num_results(n).map(Some)))
    }

    /// The kind of search (`type`: `auto` by default, `fast`, `deep`, ...).
    ///
    /// ```no_run
    /// use exa_client::search::types::SearchRequestType;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust async").search_type(SearchRequestType::Fast).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn search_type(self, kind: types::SearchRequestType) -> Self {
        self.with(|r| r.type_ = Some(kind))
    }

    /// The kind of pages to look for (`news`, `research paper`, `company`, ...).
    ///
    /// ```no_run
    /// use exa_client::search::types::SearchRequestCategory;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust async").category(SearchRequestCategory::News).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn category(self, category: types::SearchRequestCategory) -> Self {
        self.with(|r| r.category = Some(category))
    }

    /// Only results from these domains.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("transformers").include_domains(["arxiv.org"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn include_domains(self, domains: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.with(|r| r.include_domains = Some(domains.into_iter().map(Into::into).collect()))
    }

    /// No results from these domains.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").exclude_domains(["reddit.com"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn exclude_domains(self, domains: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.with(|r| r.exclude_domains = Some(domains.into_iter().map(Into::into).collect()))
    }

    /// Only pages published after `date`: `2024-01-31` (midnight UTC) or an RFC 3339 time.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust 2024").start_published_date("2024-01-01").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn start_published_date(self, date: &str) -> Self {
        self.edit(|r| set(&mut r.start_published_date, parse_date(date).map(Some)))
    }

    /// Only pages published before `date` (as [`Request::start_published_date`]).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").end_published_date("2023-12-31T23:59:59Z").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn end_published_date(self, date: &str) -> Self {
        self.edit(|r| set(&mut r.end_published_date, parse_date(date).map(Some)))
    }

    /// Only pages Exa found after `date` (as [`Request::start_published_date`]).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").start_crawl_date("2024-06-01").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn start_crawl_date(self, date: &str) -> Self {
        self.edit(|r| set(&mut r.start_crawl_date, parse_date(date).map(Some)))
    }

    /// Only pages Exa found before `date` (as [`Request::start_published_date`]).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").end_crawl_date("2024-06-30").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn end_crawl_date(self, date: &str) -> Self {
        self.edit(|r| set(&mut r.end_crawl_date, parse_date(date).map(Some)))
    }

    /// Each result's full text (`contents.text`), as `search_and_contents(text=True)`.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").text(true).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn text(self, on: bool) -> Self {
        self.with(|r| contents(&mut r.contents).text = Some(on.into()))
    }

    /// Each result's most relevant snippets (`contents.highlights`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").highlights(true).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn highlights(self, on: bool) -> Self {
        self.with(|r| contents(&mut r.contents).highlights = Some(on.into()))
    }

    /// A summary of each result (`contents.summary`), guided by `query` when given.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("rust").summary(Some("Main developments")).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn summary(self, query: Option<&str>) -> Self {
        self.with(|r| {
            contents(&mut r.contents).summary = Some(types::ContentsOptionsSummary {
                query: query.map(String::from),
                ..Default::default()
            })
        })
    }

    /// Runs the search (`POST /search`) and returns its JSON response. It is sent again only
    /// when the server cannot have received it.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("Latest research in LLMs").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<types::SearchResponse, Error> {
        let (api, mut body) = self.into_parts()?;
        body.stream = None;
        api.call(async |api| api.search().body(body).send().await)
            .await
    }

    /// The search as server-sent events (`POST /search` with `stream: true`), each typed as
    /// the document's `SearchStreamChunk` (`text-delta`, `grounding`, `results`, `done`,
    /// `error`, ...), until `[DONE]` or the end of the body. The server streams only when an
    /// `outputSchema` is set; otherwise it answers one JSON response, which comes as one
    /// `results` chunk. A dropped connection is the last item
    /// ([`crate::StreamError::Dropped`]): a search is not resumed.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use exa_client::search::types::SearchStreamChunk;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let schema = serde_json::json!({"type": "text"});
    /// let mut chunks = exa
    ///     .search()
    ///     .search("Who founded Exa?")
    ///     .with(|r| r.output_schema = serde_json::from_value(schema).ok())
    ///     .stream()
    ///     .await?;
    /// while let Some(chunk) = chunks.try_next().await? {
    ///     if let SearchStreamChunk::TextDelta { delta, .. } = chunk {
    ///         print!("{delta}");
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn stream(self) -> Result<Events<'static, types::SearchStreamChunk>, Error> {
        let (api, mut body) = self.into_parts()?;
        body.stream = Some(true);
        let idle = crate::defaults::STREAM_IDLE_TIMEOUT;
        let response = api
            .open_stream(&spec::SEARCH, &[], idle, |b| b.json(&body))
            .await?;
        let is_events = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"));
        if is_events {
            return Ok(crate::sse::json_events(response, search_chunk));
        }
        // Without an output schema the server answers JSON: one chunk of its results.
        let body: types::SearchResponse = api.read_json(response).await?;
        let chunk = types::SearchStreamChunk::Results {
            request_id: body.request_id().map(String::from),
            results: body.results().to_vec(),
        };
        Ok(Box::pin(futures::stream::iter([Ok(chunk)])))
    }
}

/// A streamed search event's data, as the document's `SearchStreamChunk`.
#[cfg(exa_operation = "search.search")]
fn search_chunk(event: crate::sse::Event) -> Result<types::SearchStreamChunk, String> {
    serde_json::from_value(event.data).map_err(|e| e.to_string())
}

#[cfg(exa_operation = "search.search")]
impl types::SearchResponse {
    /// The results, whichever form the response has (with or without a synthesized
    /// `output`).
    pub fn results(&self) -> &[types::SearchResultOutput] {
        match self {
            Self::Variant0 { results, .. } | Self::Variant1 { results, .. } => results,
        }
    }

    /// The output synthesized for an `outputSchema`, when there is one.
    pub fn output(&self) -> Option<&types::SearchSynthesisOutputOutput> {
        match self {
            Self::Variant0 { output, .. } => Some(output),
            Self::Variant1 { .. } => None,
        }
    }

    /// The request's id, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Variant0 { request_id, .. } | Self::Variant1 { request_id, .. } => {
                request_id.as_deref()
            }
        }
    }
}

#[cfg(exa_operation = "search.findSimilar")]
impl Request<'_, types::FindSimilarBody> {
    /// How many results, 1 to 100 (the server's default is 10).
    pub fn num_results(self, n: u64) -> Self {
        self.edit(|r| set(&mut r.num_results, checked_num_results(n)))
    }

    /// Each result's full text (`contents.text`).
    pub fn text(self, on: bool) -> Self {
        self.with(|r| contents(&mut r.contents).text = Some(on.into()))
    }

    /// Finds the similar pages (`POST /findSimilar`).
    pub async fn send(self) -> Result<types::FindSimilarResponse, Error> {
        let (api, body) = self.into_parts()?;
        api.call(async |api| api.find_similar().body(body).send().await)
            .await
    }
}

#[cfg(exa_operation = "search.getContents")]
impl Request<'_, types::ContentsRequest> {
    /// Each page's full text.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let pages = exa.search().get_contents(["https://arxiv.org/abs/2307.06435"]).text(true).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn text(self, on: bool) -> Self {
        self.with(|r| match r {
            types::ContentsRequest::Variant0 { text, .. } => {
                *text = Some(types::ContentsRequestVariant0Text::Boolean(on))
            }
            types::ContentsRequest::Variant1 { text, .. } => {
                *text = Some(types::ContentsRequestVariant1Text::Boolean(on))
            }
        })
    }

    /// Fetches the pages (`POST /contents`); `statuses` tells which could not be fetched.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let pages = exa.search().get_contents(["https://arxiv.org/abs/2307.06435"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<types::ContentsResponse, Error> {
        let (api, body) = self.into_parts()?;
        api.call(async |api| api.get_contents().body(body).send().await)
            .await
    }
}

/// One piece of a streamed answer ([`Request::stream`]).
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
/// let mut chunks = exa.search().answer("Who founded Exa?").stream().await?;
/// while let Some(chunk) = chunks.try_next().await? {
///     print!("{}{}", chunk.text, if chunk.citations.is_empty() { "" } else { " [sources]" });
/// }
/// # Ok(()) }
/// ```
#[cfg(exa_operation = "search.answer")]
#[derive(Clone, Debug, Default)]
pub struct AnswerChunk {
    /// The next piece of the answer's text; empty in a chunk that carries only citations.
    pub text: String,
    /// The sources the answer cites, in the chunk that carries them.
    pub citations: Vec<types::AnswerResponseCitationsItem>,
}

/// A streamed event's data: the document's `answer`, or the `choices[0].delta.content` that
/// exa-py reads, and `citations`.
#[cfg(exa_operation = "search.answer")]
fn answer_chunk(event: crate::sse::Event) -> Result<AnswerChunk, String> {
    let mut data = event.data;
    let text = data
        .get("answer")
        .or_else(|| data.pointer("/choices/0/delta/content"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let citations = match data.get_mut("citations").map(serde_json::Value::take) {
        Some(list @ serde_json::Value::Array(_)) => {
            serde_json::from_value(list).map_err(|e| format!("citations: {e}"))?
        }
        _ => Vec::new(),
    };
    Ok(AnswerChunk { text, citations })
}

#[cfg(exa_operation = "search.answer")]
impl Request<'_, types::AnswerRequest> {
    /// The full text of the pages behind each citation.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let answer = exa.search().answer("What is the latest valuation of SpaceX?").text(true).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn text(self, on: bool) -> Self {
        self.with(|r| r.text = on)
    }

    /// The answer and its citations (`POST /answer`), as one JSON body.
    ///
    /// ```no_run
    /// use exa_client::search::types::AnswerResponseAnswer;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let answer = exa.search().answer("What is the latest valuation of SpaceX?").send().await?;
    /// if let AnswerResponseAnswer::String(text) = &answer.answer {
    ///     println!("{text} ({} sources)", answer.citations.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<types::AnswerResponse, Error> {
        let (api, mut body) = self.into_parts()?;
        body.stream = false;
        api.call(async |api| api.answer().body(body).send().await)
            .await
    }

    /// The answer as it is written (`POST /answer` with `stream: true`, read as server-sent
    /// events), as exa-py's `stream_answer`. The stream ends with the body; a dropped
    /// connection is its last item ([`crate::StreamError::Dropped`]): an answer is not
    /// resumed. The client's timeout bounds the whole answer. See [`AnswerChunk`].
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let chunks = exa.search().answer("Who founded Exa?").stream().await?;
    /// let text: String = chunks.map_ok(|chunk| chunk.text).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub async fn stream(self) -> Result<Events<'static, AnswerChunk>, Error> {
        let (api, mut body) = self.into_parts()?;
        body.stream = true;
        let idle = crate::defaults::STREAM_IDLE_TIMEOUT;
        let response = api
            .open_stream(&spec::ANSWER, &[], idle, |b| b.json(&body))
            .await?;
        Ok(crate::sse::json_events(response, answer_chunk))
    }
}

impl<'a> Api<'a, Client> {
    /// A search for `query` (`POST /search`), as exa-py's `search` and `search_and_contents`:
    /// whole with `send`, or as server-sent events with `stream`.
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let found = exa.search().search("Latest research in LLMs").include_domains(["arxiv.org"]).send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "search.search")]
    pub fn search(&self, query: impl Into<String>) -> Request<'a, types::SearchRequest> {
        request(self, types::SearchRequest::builder().query(query.into()))
    }

    /// Pages like the one at `url` (`POST /findSimilar`).
    #[cfg(exa_operation = "search.findSimilar")]
    #[deprecated(
        note = "no current Exa API reference documents /findSimilar; search with the page's topic as the query instead (`exa.search().search(topic)`)"
    )]
    pub fn find_similar(&self, url: impl Into<String>) -> Request<'a, types::FindSimilarBody> {
        request(self, types::FindSimilarBody::builder().url(url.into()))
    }

    /// The contents of pages by URL (`POST /contents`).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let pages = exa.search().get_contents(["https://arxiv.org/abs/2307.06435"]).text(true).send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "search.getContents")]
    pub fn get_contents(
        &self,
        urls: impl IntoIterator<Item = impl Into<String>>,
    ) -> Request<'a, types::ContentsRequest> {
        let urls: Vec<String> = urls.into_iter().map(Into::into).collect();
        // The body is "`ids` or `urls`" (a `oneOf`, without a builder): built from its JSON.
        let body = serde_json::from_value(serde_json::json!({ "urls": urls }))
            .map_err(|e| format!("urls: {e}"));
        Draft::new(*self, body)
    }

    /// An answer to `query` from search results, with citations (`POST /answer`): whole with
    /// [`Request::send`], or as it is written with [`Request::stream`]. An empty query is an
    /// [`Error::InvalidRequest`].
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let answer = exa.search().answer("What is the latest valuation of SpaceX?").send().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "search.answer")]
    pub fn answer(&self, query: impl Into<String>) -> Request<'a, types::AnswerRequest> {
        request(self, types::AnswerRequest::builder().query(query.into()))
    }
}

/// Sets `field` to `value`, or keeps the reason there is no value.
#[cfg(any(exa_operation = "search.search", exa_operation = "search.findSimilar"))]
fn set<T>(field: &mut T, value: Result<T, String>) -> Result<(), String> {
    *field = value?;
    Ok(())
}

/// The results field allows 1 to 100 (`numResults` in the document).
#[cfg(any(exa_operation = "search.search", exa_operation = "search.findSimilar"))]
fn checked_num_results(n: u64) -> Result<std::num::NonZeroU64, String> {
    std::num::NonZeroU64::new(n)
        .filter(|n| n.get() <= 100)
        .ok_or_else(|| format!("num_results must be between 1 and 100, not {n}"))
}

/// The `contents` object of a search, created on first use.
#[cfg(any(exa_operation = "search.search", exa_operation = "search.findSimilar"))]
fn contents(field: &mut Option<types::ContentsOptions>) -> &mut types::ContentsOptions {
    field.get_or_insert_with(Default::default)
}

/// `2024-01-31` (midnight UTC) or an RFC 3339 time: exa-py takes both.
#[cfg(exa_operation = "search.search")]
fn parse_date(date: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(date) {
        return Ok(time.to_utc());
    }
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map(|day| day.and_time(chrono::NaiveTime::MIN).and_utc())
        .map_err(|_| format!("{date:?} is neither a date (2024-01-31) nor an RFC 3339 time"))
}
