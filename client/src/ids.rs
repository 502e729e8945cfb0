//! Path parameters are checked before any I/O.
//!
//! Generated code percent-encodes path parameters but leaves `.`, `..` and `\` as they are, and
//! the `url` crate then normalizes the path: with a bare generated call, an id of `..` deletes
//! `/agent/` and `.` deletes the collection. The request hook compares every request's path with
//! its operation's template from the document's table ([`crate::spec::Operation`]) and checks
//! each parameter against the document's constraints, so every operation a new document adds is
//! covered.

use std::fmt;
use std::sync::LazyLock;

use percent_encoding::percent_decode_str;

use crate::spec::{Operation, PathParam, Text};

pub use crate::documents::DEFAULT_PATTERN;
/// The longest id accepted where the spec gives no `maxLength`.
pub const DEFAULT_MAX_LENGTH: u64 = 200;

/// The rule a path parameter broke.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdRule {
    /// Empty: the request would address the collection.
    Empty,
    /// `.` or `..`: the URL would be normalized to another path.
    DotSegment,
    /// Shorter than the spec's `minLength`.
    TooShort {
        /// The minimum, in characters.
        min: u64,
    },
    /// Longer than the spec's `maxLength` (or 200 characters).
    TooLong {
        /// The maximum, in characters.
        max: u64,
    },
    /// Does not match the spec's `pattern` (or `^[A-Za-z0-9_.:-]+$`).
    Pattern {
        /// The pattern.
        pattern: Text,
    },
    /// The request path no longer matches the operation's template.
    PathChanged {
        /// The template, e.g. `/agent/runs/{id}`.
        template: Text,
    },
}

impl fmt::Display for IdRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("must not be empty"),
            Self::DotSegment => f.write_str("must not be `.` or `..`"),
            Self::TooShort { min } => write!(f, "must be at least {min} characters long"),
            Self::TooLong { max } => write!(f, "must be at most {max} characters long"),
            Self::Pattern { pattern } => write!(f, "must match `{pattern}`"),
            Self::PathChanged { template } => {
                write!(f, "would change the request path away from `{template}`")
            }
        }
    }
}

/// A path parameter that would not be sent: which one, and the rule it broke.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid path parameter `{parameter}` ({value:?}): {rule}")]
pub struct InvalidId {
    /// The parameter's name in the path template.
    pub parameter: String,
    /// The value, cut to 64 characters.
    pub value: String,
    /// The rule it broke.
    pub rule: IdRule,
}

impl InvalidId {
    fn new(parameter: &str, value: &str, rule: IdRule) -> Self {
        Self {
            parameter: parameter.to_string(),
            value: value.chars().take(64).collect(),
            rule,
        }
    }
}

/// A compiled `pattern` of the spec.
enum Matcher {
    /// `^[...]+$` with ASCII literals and ranges only, the shape id patterns take: a table
    /// lookup per byte, a fraction of what the regex engine costs on every request.
    Class(Box<[bool; 128]>),
    /// Any other pattern, with ECMAScript semantics as the spec means them.
    Regex(regress::Regex),
}

impl Matcher {
    fn new(pattern: &str) -> Option<Self> {
        match char_class(pattern) {
            Some(table) => Some(Self::Class(table)),
            None => regress::Regex::new(pattern).ok().map(Self::Regex),
        }
    }

    fn matches(&self, value: &str) -> bool {
        match self {
            Self::Class(table) => {
                !value.is_empty()
                    && value
                        .bytes()
                        .all(|b| table.get(usize::from(b)) == Some(&true))
            }
            Self::Regex(re) => re.find(value).is_some(),
        }
    }
}

/// The byte table of `^[...]+$` when the class holds only ASCII literals and `a-z` ranges.
fn char_class(pattern: &str) -> Option<Box<[bool; 128]>> {
    let class = pattern.strip_prefix("^[")?.strip_suffix("]+$")?.as_bytes();
    if class.is_empty() || class[0] == b'^' {
        return None;
    }
    let mut table = Box::new([false; 128]);
    let mut i = 0;
    while i < class.len() {
        let first = class[i];
        if !first.is_ascii() || matches!(first, b'\\' | b'[' | b']') {
            return None;
        }
        // `x-y` is a range unless the `-` ends the class, where it is a literal.
        let last = match class.get(i + 1..i + 3) {
            Some([b'-', end]) => {
                if !end.is_ascii() || matches!(end, b'\\' | b'[' | b']') || *end < first {
                    return None;
                }
                i += 3;
                *end
            }
            _ => {
                i += 1;
                first
            }
        };
        for b in first..=last {
            table[usize::from(b)] = true;
        }
    }
    Some(table)
}

/// Every pattern of the spec's path parameters, compiled once.
static PATTERNS: LazyLock<Vec<(&'static str, Matcher)>> = LazyLock::new(|| {
    crate::documents::DOCUMENTS
        .iter()
        .flat_map(|doc| doc.operations.iter())
        .flat_map(|op| op.path_params.iter().filter_map(|p| p.pattern.as_deref()))
        .chain([DEFAULT_PATTERN])
        .filter_map(|p| Some((p, Matcher::new(p)?)))
        .collect()
});

/// Checks a value before it is put in the path: not empty, not `.` or `..`, and within the
/// document's constraints on `param` (the default rule, `^[A-Za-z0-9_.:-]+$` and at most 200
/// characters, where the document gives none).
///
/// ```
/// # #[cfg(exa_operation = "agent.deleteAgentRun")] {
/// use exa_client::check_value;
/// let id = &exa_client::agent::spec::DELETE_AGENT_RUN.path_params[0];
/// assert!(check_value(id, "agent_run_01j7x9v0m2n4p6q8r0s2t4v6w8").is_ok());
/// assert!(check_value(id, "..").is_err());
/// assert!(check_value(id, "a/b").is_err());
/// # }
/// ```
pub fn check_value(param: &PathParam, value: &str) -> Result<(), InvalidId> {
    check(value, param).map_err(|rule| InvalidId::new(&param.name, value, rule))
}

/// Checks one decoded path parameter value.
pub(crate) fn check(value: &str, param: &PathParam) -> Result<(), IdRule> {
    if value.is_empty() {
        return Err(IdRule::Empty);
    }
    if value == "." || value == ".." {
        return Err(IdRule::DotSegment);
    }
    let unconstrained =
        param.pattern.is_none() && param.min_length.is_none() && param.max_length.is_none();
    let chars = value.chars().count() as u64;
    if let Some(min) = param.min_length.filter(|min| chars < *min) {
        return Err(IdRule::TooShort { min });
    }
    let max = param
        .max_length
        .or(unconstrained.then_some(DEFAULT_MAX_LENGTH));
    if let Some(max) = max.filter(|max| chars > *max) {
        return Err(IdRule::TooLong { max });
    }
    let pattern =
        (param.pattern.clone()).or(unconstrained.then_some(Text::Borrowed(DEFAULT_PATTERN)));
    if let Some(pattern) = pattern {
        // A pattern regress cannot compile is not enforced; the server still checks it.
        let matches = PATTERNS
            .iter()
            .find(|(p, _)| *p == pattern.as_ref())
            .is_none_or(|(_, matcher)| matcher.matches(value));
        if !matches {
            return Err(IdRule::Pattern { pattern });
        }
    }
    Ok(())
}

/// Checks a request's final path against its operation's template, after the base URL's own
/// path. `values_checked`: the caller checked each value by its rule before the URL was built
/// ([`check_value`]), so only the path's shape is compared here (a value the URL would
/// turn into another path, such as `\`, still changes the number of segments).
pub(crate) fn check_path(
    op: &Operation,
    base_path: &str,
    path: &str,
    values_checked: bool,
) -> Result<(), InvalidId> {
    let changed = || {
        InvalidId::new(
            op.path_params.first().map_or("path", |p| &p.name),
            path,
            IdRule::PathChanged {
                template: op.path.clone(),
            },
        )
    };
    let rest = path
        .strip_prefix(base_path.trim_end_matches('/'))
        .ok_or_else(changed)?;
    let (mut actual, mut template) = (rest.split('/'), op.path.split('/'));
    loop {
        let (segment, expected) = match (actual.next(), template.next()) {
            (None, None) => return Ok(()),
            (Some(segment), Some(expected)) => (segment, expected),
            _ => return Err(changed()),
        };
        let name = expected.strip_prefix('{').and_then(|s| s.strip_suffix('}'));
        match name.and_then(|n| op.path_params.iter().find(|p| p.name == n)) {
            Some(_) if values_checked && !segment.is_empty() => {}
            Some(param) => {
                let decoded = percent_decode_str(segment).decode_utf8_lossy();
                check(&decoded, param)
                    .map_err(|rule| InvalidId::new(&param.name, &decoded, rule))?;
            }
            None if expected.contains('{') => {}
            None if segment != expected => return Err(changed()),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::borrow::Cow::Borrowed;

    const RUN: PathParam = PathParam {
        name: Borrowed("id"),
        pattern: Some(Borrowed(DEFAULT_PATTERN)),
        min_length: Some(1),
        max_length: Some(200),
    };
    const OP: Operation = Operation {
        id: Borrowed("deleteAgentRun"),
        rust_name: Borrowed("delete_agent_run"),
        method: Borrowed("DELETE"),
        path: Borrowed("/agent/runs/{id}"),
        path_params: Borrowed(&[RUN]),
        number_query: Borrowed(&[]),
        beta: true,
        errors: Borrowed(&[]),
    };

    #[test]
    fn values_and_the_rule_they_break() {
        let long = "a".repeat(201);
        let table: &[(&str, Result<(), IdRule>)] = &[
            ("agent_run_01j7x9", Ok(())),
            ("a.b:c-d_e", Ok(())),
            ("", Err(IdRule::Empty)),
            (".", Err(IdRule::DotSegment)),
            ("..", Err(IdRule::DotSegment)),
            ("...", Ok(())),
            (&long, Err(IdRule::TooLong { max: 200 })),
            (
                "a/b",
                Err(IdRule::Pattern {
                    pattern: Borrowed(DEFAULT_PATTERN),
                }),
            ),
            (
                "..\\..\\admin",
                Err(IdRule::Pattern {
                    pattern: Borrowed(DEFAULT_PATTERN),
                }),
            ),
            (
                "x?y=1",
                Err(IdRule::Pattern {
                    pattern: Borrowed(DEFAULT_PATTERN),
                }),
            ),
            (
                "é",
                Err(IdRule::Pattern {
                    pattern: Borrowed(DEFAULT_PATTERN),
                }),
            ),
        ];
        for (value, expected) in table {
            assert_eq!(&check(value, &RUN), expected, "{value:?}");
        }
    }

    #[test]
    fn unconstrained_parameters_get_the_default_rule() {
        let free = PathParam {
            name: Borrowed("x"),
            pattern: None,
            min_length: None,
            max_length: None,
        };
        assert_eq!(
            check(&"a".repeat(201), &free),
            Err(IdRule::TooLong { max: 200 })
        );
        assert_eq!(
            check("a b", &free),
            Err(IdRule::Pattern {
                pattern: Borrowed(DEFAULT_PATTERN)
            })
        );
        let spec_pattern = PathParam {
            name: Borrowed("x"),
            pattern: Some(Borrowed("^[a-z ]+$")),
            min_length: None,
            max_length: None,
        };
        assert_eq!(check("a b", &spec_pattern), Ok(()));
    }

    #[test]
    fn normalized_paths_no_longer_match_their_template() {
        assert!(check_path(&OP, "", "/agent/runs/abc", false).is_ok());
        assert!(check_path(&OP, "/v1", "/v1/agent/runs/abc", false).is_ok());
        for path in [
            "/agent/",
            "/agent/runs/",
            "/admin",
            "/v1/agent/runs/abc",
            "/agent/runs/a/b",
        ] {
            assert!(check_path(&OP, "", path, false).is_err(), "{path}");
            assert!(check_path(&OP, "", path, true).is_err(), "{path}");
        }
        // Values checked before the URL was built are not checked again; the shape still is.
        assert!(check_path(&OP, "", "/agent/runs/a%20b", true).is_ok());
        let err = check_path(&OP, "", "/agent/runs/a%20b", false).unwrap_err();
        assert_eq!(err.value, "a b");
    }

    #[test]
    fn simple_classes_become_byte_tables_and_agree_with_the_regex_engine() {
        assert!(char_class(DEFAULT_PATTERN).is_some());
        for other in [
            "^[^a]+$",
            "^[a-z]*$",
            "^[\\w]+$",
            "^[a-z]+[0-9]+$",
            "^[z-a]+$",
            "^[é]+$",
        ] {
            assert!(char_class(other).is_none(), "{other}");
        }
        let samples = [
            "",
            "a",
            "agent_run_01j7",
            "a.b:c-d_e",
            "-",
            "a-",
            "a b",
            "a/b",
            "é",
            "a\n",
            "ABC",
            "..",
            "[",
            "]",
            "^",
            "a\\b",
            "\u{7f}",
            "z",
            "Z",
            "0",
            "9",
            ":",
            "+",
        ];
        for pattern in [DEFAULT_PATTERN, "^[a-c-]+$", "^[-x]+$", "^[A-F0-9]+$"] {
            let fast = Matcher::new(pattern).unwrap();
            assert!(matches!(fast, Matcher::Class(_)), "{pattern}");
            let slow = regress::Regex::new(pattern).unwrap();
            for sample in samples {
                assert_eq!(
                    fast.matches(sample),
                    slow.find(sample).is_some(),
                    "{pattern} on {sample:?}"
                );
            }
        }
    }
}
