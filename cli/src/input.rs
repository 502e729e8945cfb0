//! Where run ids come from: the command line, or a file or stdin read lazily line by line, so
//! that a file of millions of ids never sits in memory.

use std::io;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures::stream::{self, BoxStream, Stream, StreamExt};
use tokio::io::{AsyncBufRead, AsyncRead, BufReader};

/// Ids in the order they are given; an input error ends the stream after being yielded.
pub type Ids = BoxStream<'static, io::Result<String>>;

/// The ids given as arguments, exactly as given (an empty or padded id is reported as
/// invalid rather than silently fixed).
pub fn from_args(ids: Vec<String>) -> Ids {
    stream::iter(ids.into_iter().map(Ok)).boxed()
}

/// The ids of `path` (`-` for stdin), read as they are needed. Fails only if the file cannot
/// be opened; read errors come through the stream.
pub async fn from_file(path: &Path) -> io::Result<Ids> {
    let input: Box<dyn AsyncRead + Send + Unpin> = if path == Path::new("-") {
        Box::new(tokio::io::stdin())
    } else {
        Box::new(tokio::fs::File::open(path).await?)
    };
    Ok(IdLines {
        input: Some(BufReader::with_capacity(64 * 1024, input)),
        partial: Vec::new(),
    }
    .boxed())
}

/// The ids of a reader, one a line, taken straight from its buffer: a line costs the id's
/// own allocation and no more (a line that spans two reads is gathered in `partial`).
struct IdLines {
    /// `None` once the input ended or failed.
    input: Option<BufReader<Box<dyn AsyncRead + Send + Unpin>>>,
    partial: Vec<u8>,
}

impl Stream for IdLines {
    type Item = io::Result<String>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let Some(input) = &mut this.input else {
                return Poll::Ready(None);
            };
            let buffered = match ready!(Pin::new(&mut *input).poll_fill_buf(cx)) {
                Ok(buffered) => buffered,
                Err(error) => {
                    // Nothing after a read error can be trusted to be the rest of the file.
                    this.input = None;
                    return Poll::Ready(Some(Err(error)));
                }
            };
            if buffered.is_empty() {
                this.input = None;
                let last = std::mem::take(&mut this.partial);
                match id_on_line(&last) {
                    Some(id) => return Poll::Ready(Some(Ok(id))),
                    None => return Poll::Ready(None),
                }
            }
            let Some(end) = buffered.iter().position(|&b| b == b'\n') else {
                this.partial.extend_from_slice(buffered);
                let read = buffered.len();
                Pin::new(input).consume(read);
                continue;
            };
            let id = if this.partial.is_empty() {
                id_on_line(&buffered[..end])
            } else {
                this.partial.extend_from_slice(&buffered[..end]);
                let id = id_on_line(&this.partial);
                this.partial.clear();
                id
            };
            Pin::new(input).consume(end + 1);
            if let Some(id) = id {
                return Poll::Ready(Some(Ok(id)));
            }
        }
    }
}

/// The id on a line, trimmed; `None` for a blank line or a `#` comment. Bytes that are not
/// UTF-8 become U+FFFD, so such a line is reported as an invalid id instead of vanishing.
fn id_on_line(line: &[u8]) -> Option<String> {
    let line = String::from_utf8_lossy(line);
    let id = line.trim();
    (!id.is_empty() && !id.starts_with('#')).then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_blanks_and_comments_skipped() {
        assert_eq!(
            id_on_line(b"  agent_run_a \r").as_deref(),
            Some("agent_run_a")
        );
        assert_eq!(id_on_line(b"\t\r"), None);
        assert_eq!(id_on_line(b""), None);
        assert_eq!(id_on_line(b"  # a comment"), None);
        assert_eq!(id_on_line(b"a\xffb").as_deref(), Some("a\u{FFFD}b"));
    }

    /// The ids of `input` read through a buffer of `capacity` bytes, and the error if any.
    fn read(input: impl AsyncRead + Send + Unpin + 'static, capacity: usize) -> Vec<String> {
        let lines = IdLines {
            input: Some(BufReader::with_capacity(capacity, Box::new(input))),
            partial: Vec::new(),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(
            lines
                .map(|line| line.unwrap_or_else(|e| format!("error: {e}")))
                .collect(),
        )
    }

    #[test]
    fn lines_longer_than_a_read_and_a_last_line_without_newline_are_whole() {
        let text = b"agent_run_one\r\n\n# skip\n  agent_run_two  \nagent_run_three";
        for capacity in [1, 2, 3, 5, 64] {
            assert_eq!(
                read(&text[..], capacity),
                ["agent_run_one", "agent_run_two", "agent_run_three"],
                "{capacity}"
            );
        }
        assert!(read(&b""[..], 4).is_empty());
        assert!(read(&b"\n\n#\n"[..], 4).is_empty());
    }

    #[test]
    fn a_read_error_ends_the_ids_after_those_before_it() {
        let failing = tokio::io::AsyncReadExt::chain(&b"a\nb"[..], failing_reader());
        assert_eq!(read(failing, 2), ["a", "error: broken"]);
    }

    /// A reader whose every read fails.
    fn failing_reader() -> impl AsyncRead + Send + Unpin + 'static {
        struct Failing;
        impl AsyncRead for Failing {
            fn poll_read(
                self: Pin<&mut Self>,
                _: &mut Context<'_>,
                _: &mut tokio::io::ReadBuf<'_>,
            ) -> Poll<io::Result<()>> {
                Poll::Ready(Err(io::Error::other("broken")))
            }
        }
        Failing
    }
}
