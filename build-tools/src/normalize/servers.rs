//! Servers: progenitor ignores `servers` and joins every path to the base URL it is given, so
//! an operation of a document served below a path (Websets: `https://api.exa.ai/websets/`)
//! would be sent to the bare origin. The path of the server each operation declares (its own,
//! its path item's, or the document's) is moved into its path key, and the client joins the
//! configured base URL (origin and any proxy prefix) to that.

use serde_json::{Map, Value};

use super::openapi::{METHODS, operations_of};
use super::{Notes, Operation};
use crate::pointer::join;

/// Prefixes each path with its server's path and updates the operations' table to match.
pub fn run(doc: &mut Value, operations: &mut [Operation], notes: &mut Notes) {
    let document_prefix = server_path(doc.get("servers"));
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let mut moved = Map::new();
    for (path, item) in std::mem::take(paths) {
        let item_prefix = server_path(item.get("servers")).or(document_prefix.clone());
        // Operations of one path item may name different servers: each prefix gets the
        // operations that use it, with the path item's other fields.
        let mut by_prefix: Vec<(String, Vec<&'static str>)> = Vec::new();
        for (method, op) in operations_of(&item) {
            let prefix = server_path(op.get("servers"))
                .or(item_prefix.clone())
                .unwrap_or_default();
            match by_prefix.iter_mut().find(|(p, _)| *p == prefix) {
                Some((_, methods)) => methods.push(method),
                None => by_prefix.push((prefix, vec![method])),
            }
        }
        if by_prefix.is_empty() {
            by_prefix.push((item_prefix.unwrap_or_default(), Vec::new()));
        }
        let single = by_prefix.len() == 1;
        for (prefix, methods) in by_prefix {
            let mut part = item.clone();
            if !single && let Some(map) = part.as_object_mut() {
                map.retain(|k, _| !METHODS.contains(&k.as_str()) || methods.contains(&k.as_str()));
            }
            let new_path = format!("{prefix}{path}");
            if !prefix.is_empty() {
                notes.rewrite(
                    &join("/paths", &path),
                    "server-path",
                    format!("sent to `{new_path}`: the path of its server `{prefix}` comes before the operation's"),
                );
                for op in operations.iter_mut().filter(|op| {
                    op.path == path && methods.contains(&op.method.to_ascii_lowercase().as_str())
                }) {
                    op.path = new_path.clone().into();
                }
            }
            moved.insert(new_path, part);
        }
    }
    *paths = moved;
}

/// The document as the client addresses it: each path prefixed with its server's path, for a
/// tool that ignores `servers` (a mock server given the document).
pub fn prefix_paths(doc: &mut Value) {
    run(doc, &mut [], &mut Notes::default());
}

/// The path of the first server in `servers`, without a trailing `/`, its variables set to
/// their defaults; `None` when there is no server.
fn server_path(servers: Option<&Value>) -> Option<String> {
    let server = servers?.as_array()?.first()?;
    let mut url = server.get("url")?.as_str()?.to_string();
    for (name, variable) in server
        .get("variables")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let value = variable
            .get("default")
            .and_then(Value::as_str)
            .unwrap_or_default();
        url = url.replace(&format!("{{{name}}}"), value);
    }
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => url.as_str(),
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    Some(path.trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    fn op(method: &str, path: &str) -> Operation {
        Operation {
            id: format!("{method}{path}").into(),
            method: method.to_ascii_uppercase().into(),
            path: path.to_string().into(),
            ..Operation::default()
        }
    }

    #[test]
    fn a_server_path_comes_before_every_operation_path() {
        let mut doc = yaml(
            "servers: [{url: 'https://api.exa.ai/websets/'}]
paths: {/v0/websets: {get: {}, post: {}}, '/v0/websets/{id}': {get: {}}}",
        );
        let mut ops = vec![op("get", "/v0/websets"), op("get", "/v0/websets/{id}")];
        let mut notes = Notes::default();
        run(&mut doc, &mut ops, &mut notes);
        let keys: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["/websets/v0/websets", "/websets/v0/websets/{id}"]);
        assert_eq!(ops[1].path, "/websets/v0/websets/{id}");
        assert_eq!(notes.rules(), ["server-path", "server-path"]);
    }

    #[test]
    fn an_origin_alone_changes_nothing() {
        let mut doc = yaml("servers: [{url: 'https://api.exa.ai'}]\npaths: {/search: {post: {}}}");
        let mut ops = vec![op("post", "/search")];
        let mut notes = Notes::default();
        run(&mut doc, &mut ops, &mut notes);
        assert!(doc.pointer("/paths/~1search/post").is_some());
        assert_eq!(ops[0].path, "/search");
        assert!(notes.rules().is_empty());
    }

    #[test]
    fn an_operation_server_wins_over_its_path_item_and_document() {
        let mut doc = yaml(
            "servers: [{url: 'https://{host}/{base}', variables: {host: {default: api.exa.ai}, base: {default: v1}}}]
paths:
  /teams/me:
    parameters: [{in: query, name: q}]
    servers: [{url: /websets}]
    get: {}
    post: {servers: [{url: 'https://other.example/x/'}]}
  /runs: {get: {}}",
        );
        let mut ops = vec![
            op("get", "/teams/me"),
            op("post", "/teams/me"),
            op("get", "/runs"),
        ];
        run(&mut doc, &mut ops, &mut Notes::default());
        let paths = doc["paths"].as_object().unwrap();
        assert_eq!(
            paths.keys().collect::<Vec<_>>(),
            ["/websets/teams/me", "/x/teams/me", "/v1/runs"]
        );
        assert!(paths["/websets/teams/me"].get("post").is_none());
        assert!(paths["/x/teams/me"].get("get").is_none());
        assert_eq!(paths["/x/teams/me"]["parameters"][0]["name"], "q");
        let sent: Vec<&str> = ops.iter().map(|o| o.path.as_ref()).collect();
        assert_eq!(sent, ["/websets/teams/me", "/x/teams/me", "/v1/runs"]);
    }
}
