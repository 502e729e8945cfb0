//! The Batches document's helpers on [`Api`]`<batches::Client>` (`exa.batches()`): create (from
//! typed requests or a JSONL file), get, list, cancel, delete, wait, and the results file. Each
//! exists only when the document has its operation (`cfg(exa_operation =
//! "batches.<operationId>")`). Every request carries `Exa-Beta: batches-2026-06-06`, the token
//! the document requires.
//!
//! The results file is at `resultsUrl`, a short-lived presigned object-store URL: it is fetched
//! with a plain HTTP client that carries neither the API key nor any header of the facade.

use futures::Stream;
use serde::de::DeserializeOwned;

use crate::batches::spec;
use crate::batches::types;
use crate::batches::Client;
use crate::client::Api;
use crate::draft::Draft;
use crate::error::{Error, StreamError};
use crate::pages::{Limit, Page};
use crate::poll::{Ends, WaitOptions};
use crate::sse::Events;

/// The longest results line read (a line is one batched response; a longer one is an error
/// instead of unbounded memory).
pub const MAX_RESULT_LINE_BYTES: usize = 64 * 1024 * 1024;

/// A batch to create: its requests, then `send`.
#[cfg(exa_operation = "batches.createBatch")]
pub type CreateBatch<'a> = Draft<'a, Client, types::CreateBatchRequest>;

#[cfg(exa_operation = "batches.createBatch")]
impl Draft<'_, Client, types::CreateBatchRequest> {
    /// A metadata entry stored with the batch.
    pub fn metadata(self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(|r| {
            r.metadata.insert(key.into(), value.into());
        })
    }

    /// Creates the batch (`POST /batches`). Never sent twice when the server may have received
    /// it: a failure then is [`Error::OutcomeUnknown`] (list the batches to see).
    ///
    /// ```no_run
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let lines = "{\"customId\":\"row-1\",\"method\":\"POST\",\"url\":\"/search\",\"body\":{\"query\":\"rust\"}}\n";
    /// let batch = exa.batches().create_from_jsonl(lines.as_bytes()).send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<types::Batch, Error> {
        let (api, body) = self.into_parts()?;
        if body.requests.is_empty() {
            return Err(Error::InvalidRequest(
                "a batch needs at least one request".into(),
            ));
        }
        api.call(async |api| api.create_batch().body(body).send().await)
            .await
    }
}

#[cfg(exa_operation = "batches.getBatch")]
impl Ends for types::Batch {
    fn status(&self) -> &str {
        self.status.as_str()
    }

    fn has_ended(&self) -> bool {
        matches!(self.status.as_str(), "completed" | "cancelled" | "expired")
    }
}

#[cfg(exa_operation = "batches.listBatches")]
impl Page for types::BatchList {
    type Item = types::Batch;
    fn into_parts(self) -> (Vec<types::Batch>, bool, Option<String>) {
        (self.data, self.has_more, self.next_cursor)
    }
}

/// One line of a batch's results file: the request's `customId`, and the rest of the line
/// (the batched response or its error) as sent.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct BatchResult {
    /// The `customId` of the request this line answers.
    #[serde(rename = "customId")]
    pub custom_id: String,
    /// Every other field of the line.
    #[serde(flatten)]
    pub rest: serde_json::Map<String, serde_json::Value>,
}

impl<'a> Api<'a, Client> {
    /// A batch of `requests` (each a `customId`, `POST`, `/search` or `/agent/runs`, and a body).
    #[cfg(exa_operation = "batches.createBatch")]
    pub fn create(
        &self,
        requests: impl IntoIterator<Item = types::BatchRequestItem>,
    ) -> CreateBatch<'a> {
        let requests: Vec<_> = requests.into_iter().collect();
        Draft::built(
            *self,
            types::CreateBatchRequest::builder().requests(requests),
        )
    }

    /// A batch of the requests in a JSONL file (one request object a line; blank lines
    /// skipped). A line that is not a request is an [`Error::InvalidRequest`] naming its number.
    #[cfg(exa_operation = "batches.createBatch")]
    pub fn create_from_jsonl(&self, reader: impl std::io::BufRead) -> CreateBatch<'a> {
        let mut requests = Vec::new();
        for (n, line) in reader.lines().enumerate() {
            let parsed = line
                .map_err(|e| e.to_string())
                .and_then(|line| match line.trim() {
                    "" => Ok(None),
                    text => serde_json::from_str(text)
                        .map(Some)
                        .map_err(|e| e.to_string()),
                });
            match parsed {
                Ok(Some(request)) => requests.push(request),
                Ok(None) => {}
                Err(e) => return Draft::new(*self, Err(format!("JSONL line {}: {e}", n + 1))),
            }
        }
        self.create(requests)
    }

    /// A batch (`GET /batches/{id}`).
    #[cfg(exa_operation = "batches.getBatch")]
    pub async fn get(&self, id: &str) -> Result<types::Batch, Error> {
        self.call_checked(&spec::GET_BATCH, &[id], None, async |api| {
            api.get_batch().id(id).send().await
        })
        .await
    }

    /// Cancels a batch (`POST /batches/{id}/cancel`); retried like a GET.
    #[cfg(exa_operation = "batches.cancelBatch")]
    pub async fn cancel(&self, id: &str) -> Result<types::Batch, Error> {
        self.call_checked(&spec::CANCEL_BATCH, &[id], Some(true), async |api| {
            api.cancel_batch().id(id).send().await
        })
        .await
    }

    /// Deletes a batch (`DELETE /batches/{id}`).
    #[cfg(exa_operation = "batches.deleteBatch")]
    pub async fn delete(&self, id: &str) -> Result<types::DeletedBatch, Error> {
        self.call_checked(&spec::DELETE_BATCH, &[id], None, async |api| {
            api.delete_batch().id(id).send().await
        })
        .await
    }

    /// One page of batches (`GET /batches`): `limit` at least 1 (the server's default is 100).
    #[cfg(exa_operation = "batches.listBatches")]
    pub async fn list_page(
        &self,
        limit: Option<u64>,
        cursor: Option<&str>,
    ) -> Result<types::BatchList, Error> {
        let limit = Limit::checked(limit, u64::MAX)?;
        self.call(async |api| {
            let mut request = api.list_batches();
            if let Some(limit) = limit {
                request = request.limit(limit.non_zero());
            }
            if let Some(cursor) = cursor {
                request = request.cursor(cursor);
            }
            request.send().await
        })
        .await
    }

    /// Every batch, page after page, one page in memory at a time.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let batches: Vec<_> = exa.batches().list(Some(50)).try_collect().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "batches.listBatches")]
    pub fn list(&self, limit: Option<u64>) -> Events<'a, types::Batch> {
        let api = *self;
        crate::pages::follow(move |cursor: Option<String>| async move {
            api.list_page(limit, cursor.as_deref()).await
        })
    }

    /// Polls a batch until it is `completed`, `cancelled` or `expired`.
    #[cfg(exa_operation = "batches.getBatch")]
    pub async fn wait(&self, id: &str, options: WaitOptions) -> Result<types::Batch, Error> {
        crate::poll::until(options, || self.get(id)).await
    }

    /// The lines of a batch's results file, typed as [`BatchResult`], read as they arrive (one
    /// line in memory at a time). The file is fetched from `batch.resultsUrl` with a plain
    /// HTTP client: neither the API key nor any header of the facade goes to the object store.
    /// A batch without a `resultsUrl` yet is an [`Error::InvalidRequest`]; an expired URL
    /// answers with its status ([`Error::UnexpectedStatus`]): get the batch again for a fresh
    /// one.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn run(exa: exa_client::Exa) -> Result<(), exa_client::Error> {
    /// let batch = exa.batches().wait("batch_abc", Default::default()).await?;
    /// let mut lines = exa.batches().results(&batch).await?;
    /// while let Some(line) = lines.try_next().await? {
    ///     println!("{}", line.custom_id);
    /// }
    /// # Ok(()) }
    /// ```
    #[cfg(exa_operation = "batches.getBatch")]
    pub async fn results(
        &self,
        batch: &types::Batch,
    ) -> Result<Events<'static, BatchResult>, Error> {
        results_from(batch.results_url.as_deref()).await
    }
}

/// The results at `url`, fetched without the facade.
async fn results_from(url: Option<&str>) -> Result<Events<'static, BatchResult>, Error> {
    let url = url.ok_or_else(|| {
        Error::InvalidRequest("the batch has no resultsUrl yet (it has not completed)".into())
    })?;
    let url =
        reqwest::Url::parse(url).map_err(|e| Error::InvalidRequest(format!("resultsUrl: {e}")))?;
    // A client of its own: the facade's client may carry the caller's default headers, and its
    // hooks add the key.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(crate::defaults::CONNECT_TIMEOUT)
        .build()
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    let response = plain.get(url).send().await.map_err(|e| {
        Error::Stream(StreamError::Dropped {
            reconnects: 0,
            reason: e.to_string(),
        })
    })?;
    let status = response.status();
    if !status.is_success() {
        // The object store's error body is XML about the signature: not worth keeping.
        return Err(Error::UnexpectedStatus {
            status,
            body_prefix: String::new(),
        });
    }
    Ok(Box::pin(json_lines(response, MAX_RESULT_LINE_BYTES)))
}

/// Each line of `response` as `T`, read chunk by chunk; the first error ends the stream.
pub(crate) fn json_lines<T: DeserializeOwned + Send + 'static>(
    response: reqwest::Response,
    max_line: usize,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static {
    struct State {
        response: Option<reqwest::Response>,
        buffer: Vec<u8>,
        line: usize,
    }
    let state = State {
        response: Some(response),
        buffer: Vec::new(),
        line: 0,
    };
    futures::stream::unfold(state, move |mut state| async move {
        loop {
            if let Some(end) = state.buffer.iter().position(|b| *b == b'\n') {
                let rest = state.buffer.split_off(end + 1);
                let line = std::mem::replace(&mut state.buffer, rest);
                state.line += 1;
                let text = line.trim_ascii();
                if text.is_empty() {
                    continue;
                }
                return Some((decode_line(text, state.line), state));
            }
            if state.buffer.len() > max_line {
                state.response = None;
                let error = malformed(state.line + 1, format!("a line past {max_line} bytes"));
                state.buffer.clear();
                return Some((Err(error), state));
            }
            let Some(response) = state.response.as_mut() else {
                // The body ended: a last line without a newline.
                let line = std::mem::take(&mut state.buffer);
                let text = line.trim_ascii();
                if text.is_empty() {
                    return None;
                }
                state.line += 1;
                return Some((decode_line(text, state.line), state));
            };
            match response.chunk().await {
                Ok(Some(chunk)) => state.buffer.extend_from_slice(&chunk),
                Ok(None) => state.response = None,
                Err(e) => {
                    state.response = None;
                    state.buffer.clear();
                    let error = Error::Stream(StreamError::Dropped {
                        reconnects: 0,
                        reason: e.to_string(),
                    });
                    return Some((Err(error), state));
                }
            }
        }
    })
}

fn decode_line<T: DeserializeOwned>(text: &[u8], line: usize) -> Result<T, Error> {
    serde_json::from_slice(text).map_err(|e| malformed(line, e.to_string()))
}

fn malformed(line: usize, message: String) -> Error {
    Error::Stream(StreamError::Malformed {
        id: Some(format!("line {line}")),
        message,
    })
}
