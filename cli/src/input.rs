//! Where run ids come from: the command line, or a file or stdin read lazily line by line, so
//! that a file of millions of ids never sits in memory.

use std::io;
use std::path::Path;

use futures::stream::{self, BoxStream, StreamExt};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};

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
    let lines = BufReader::with_capacity(64 * 1024, input).split(b'\n');
    let lines = stream::unfold(Some(lines), |lines| async move {
        let mut lines = lines?;
        match lines.next_segment().await {
            Ok(Some(line)) => Some((Ok(line), Some(lines))),
            Ok(None) => None,
            // Nothing after a read error can be trusted to be the rest of the file.
            Err(error) => Some((Err(error), None)),
        }
    });
    Ok(lines
        .filter_map(|line| {
            futures::future::ready(match line {
                Ok(line) => id_on_line(&line).map(Ok),
                Err(error) => Some(Err(error)),
            })
        })
        .boxed())
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
}
