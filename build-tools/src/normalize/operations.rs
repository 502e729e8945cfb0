//! Operation rules: shapes progenitor asserts on or leaves as `todo!()`, rewritten where the
//! intent is clear, and the table of path constraints the facade checks before sending. The
//! rules live by kind in [`parameters`](super::parameters), [`bodies`](super::bodies) and
//! [`paths`](super::paths).

use serde_json::{Value, json};

use super::bodies::{request_body, responses};
use super::openapi::{operations_of, paths_and_components};
use super::parameters::{number_query_parameters, unsendable_parameters};
use super::paths::{drop_path_patterns, path_parameters};
use super::{Notes, Operation};
use crate::pointer::join;

/// Applies the operation rules to every operation and returns the operations' table.
pub fn run(doc: &mut Value, notes: &mut Notes) -> Vec<Operation> {
    let mut table = Vec::new();
    let (Some(paths), components) = paths_and_components(doc) else {
        return table;
    };
    for (path, item) in paths.iter_mut() {
        let item_ptr = join("/paths", path);
        if let Some(params) = item.get_mut("parameters") {
            unsendable_parameters(params, components, &join(&item_ptr, "parameters"), notes);
        }
        let shared = item.get("parameters").cloned().unwrap_or(json!([]));
        let methods: Vec<&str> = operations_of(item).map(|(m, _)| m).collect();
        for method in methods {
            let ptr = join(&item_ptr, method);
            let Some(op) = item.get_mut(method).and_then(Value::as_object_mut) else {
                continue;
            };
            if !request_body(op, components, &ptr, notes) {
                item.as_object_mut().map(|i| i.remove(method));
                continue;
            }
            if let Some(params) = op.get_mut("parameters") {
                unsendable_parameters(params, components, &join(&ptr, "parameters"), notes);
            }
            if !op.contains_key("responses") {
                op.insert(
                    "responses".into(),
                    json!({"default": {"description": "any response"}}),
                );
                notes.rewrite(
                    &ptr,
                    "responses",
                    "no `responses` (optional in 3.1): any 2xx is a success, its body not read",
                );
            }
            let path_params = path_parameters(op, &shared, path, components, &ptr, notes);
            let number_query = number_query_parameters(op, &shared, components);
            responses(op, components, &ptr, notes);
            table.push(Operation {
                id: op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
                    .into(),
                method: method.to_ascii_uppercase().into(),
                path: path.clone().into(),
                path_params: path_params.into(),
                number_query: number_query.into_iter().map(Into::into).collect(),
                ..Operation::default()
            });
        }
    }
    drop_path_patterns(doc, notes);
    table
}

#[cfg(test)]
mod tests {
    use super::super::test_support::yaml;
    use super::*;

    #[test]
    fn path_patterns_move_from_the_schemas_to_the_table() {
        let mut doc = yaml(
            "paths:
  /runs/{id}/{sub}:
    get:
      parameters:
        - {in: path, name: id, required: true, schema: {$ref: '#/components/schemas/Id'}}
        - {in: path, name: sub, required: true, schema: {allOf: [{type: string, pattern: '^[0-9]+$'}]}}
        - {in: query, name: q, schema: {type: string, pattern: '^q$'}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Id: {type: string, pattern: '^[a-z]+$', maxLength: 9}",
        );
        let mut notes = Notes::default();
        let table = run(&mut doc, &mut notes);
        let params = &table[0].path_params;
        assert_eq!(params[0].pattern.as_deref(), Some("^[a-z]+$"));
        assert_eq!(params[1].pattern.as_deref(), Some("^[0-9]+$"));
        assert_eq!(
            doc["components"]["schemas"]["Id"],
            yaml("{type: string, maxLength: 9}")
        );
        let get = &doc["paths"]["/runs/{id}/{sub}"]["get"]["parameters"];
        assert_eq!(get[1]["schema"], yaml("allOf: [{type: string}]"));
        assert_eq!(
            get[2]["schema"]["pattern"], "^q$",
            "a query parameter keeps its pattern"
        );
        assert_eq!(notes.rules(), ["path-pattern"; 2]);
    }

    #[test]
    fn cookies_and_optional_objects_are_dropped_required_objects_reported_and_responses_supplied() {
        let mut doc = yaml(
            "paths:
  /a:
    parameters: [{in: cookie, name: session, schema: {type: string}}]
    get:
      operationId: getA
      parameters:
        - {in: query, name: filter, required: true, schema: {$ref: '#/components/schemas/Filter'}}
        - {in: query, name: page, schema: {type: integer}}
        - {in: header, name: X-Sort, schema: {type: object}}
components:
  schemas:
    Filter: {type: object, properties: {a: {type: string}}}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        assert_eq!(doc["paths"]["/a"]["parameters"], json!([]));
        assert_eq!(
            doc["paths"]["/a"]["get"]["parameters"]
                .as_array()
                .map(Vec::len),
            Some(2)
        );
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"],
            yaml("default: {description: any response}")
        );
        assert_eq!(
            notes.rules(),
            [
                "cookie-parameter",
                "object-parameter",
                "object-parameter",
                "responses"
            ]
        );
        // The optional one is dropped, the required one reported.
        assert_eq!(notes.0[2].severity, super::super::Severity::Dropped);
        let error = notes
            .0
            .iter()
            .find(|n| n.rule == "object-parameter")
            .unwrap();
        assert_eq!(error.pointer, "/paths/~1a/get/parameters/0");
        assert_eq!(error.severity, super::super::Severity::Error);
    }

    #[test]
    fn arrays_in_paths_and_headers_become_strings_and_named_arrays_in_queries_are_inlined() {
        let mut doc = yaml(
            "paths:
  /a/{tags}:
    get:
      operationId: getA
      parameters:
        - {in: path, name: tags, required: true, schema: {type: array, items: {type: string}}}
        - {$ref: '#/components/parameters/Langs'}
        - {in: query, name: ids, schema: {type: array, items: {type: string}}}
        - {in: query, name: langs, schema: {$ref: '#/components/schemas/Langs'}}
        - {in: query, name: filter, schema: {allOf: [{$ref: '#/components/schemas/Filter'}]}}
      responses: {'204': {description: done}}
components:
  parameters:
    Langs: {in: header, name: X-Langs, schema: {$ref: '#/components/schemas/Langs'}}
  schemas:
    Langs: {items: {type: string}}
    Filter: {type: object}",
        );
        let mut notes = Notes::default();
        let table = run(&mut doc, &mut notes);
        let params = &doc["paths"]["/a/{tags}"]["get"]["parameters"];
        // The pattern moves to the table of what the client checks.
        assert_eq!(params[0]["schema"], json!({"type": "string"}));
        assert_eq!(
            table[0].path_params[0].pattern.as_deref(),
            Some("^[A-Za-z0-9_.:-]+(,[A-Za-z0-9_.:-]+)*$")
        );
        assert_eq!(
            params[1],
            yaml("{in: header, name: X-Langs, schema: {type: string}}")
        );
        assert_eq!(params[2]["schema"]["type"], "array");
        assert_eq!(params[3]["schema"], yaml("items: {type: string}"));
        // The component keeps its shape for any other use.
        assert_eq!(
            doc["components"]["parameters"]["Langs"]["schema"],
            yaml("$ref: '#/components/schemas/Langs'")
        );
        assert_eq!(
            notes.rules(),
            [
                "array-parameter",
                "array-parameter",
                "array-parameter",
                "object-parameter",
                "path-pattern"
            ]
        );
        let pointers: Vec<&str> = notes.0.iter().map(|n| n.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/paths/~1a~1{tags}/get/parameters/0",
                "/paths/~1a~1{tags}/get/parameters/1",
                "/paths/~1a~1{tags}/get/parameters/3",
                "/paths/~1a~1{tags}/get/parameters/4",
                "/paths/~1a~1{tags}/get/parameters/0/schema"
            ]
        );
    }

    #[test]
    fn query_arrays_sent_as_one_value_become_strings_and_other_styles_are_reported() {
        let mut doc = yaml(
            "paths:
  /a/{id}:
    get:
      operationId: getA
      parameters:
        - {in: path, name: id, required: true, style: matrix, schema: {type: string}}
        - {in: query, name: csv, style: form, explode: false, schema: {type: array, items: {type: integer}}}
        - {in: query, name: words, style: spaceDelimited, schema: {type: array, items: {type: string}}}
        - {in: query, name: alts, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {in: query, name: each, style: form, explode: true, schema: {type: array, items: {type: string}}}
        - {in: query, name: deep, style: deepObject, schema: {type: string}}
        - {in: query, name: filter, content: {application/json: {schema: {type: object}}}}
        - {in: query, name: status, schema: {anyOf: [{$ref: '#/S'}, {type: array, items: {$ref: '#/S'}}]}}
        - {in: header, name: X-Last, schema: {type: string, nullable: true}}
      responses: {'204': {description: done}}",
        );
        let mut notes = Notes::default();
        run(&mut doc, &mut notes);
        let params = &doc["paths"]["/a/{id}"]["get"]["parameters"];
        for (i, name) in [(1, "csv"), (2, "words"), (3, "alts")] {
            assert_eq!(
                params[i],
                json!({"in": "query", "name": name, "schema": {"type": "string"}})
            );
        }
        assert_eq!(params[4]["schema"]["type"], "array");
        assert_eq!(
            params[5],
            json!({"in": "query", "name": "filter", "schema": {"type": "string"}})
        );
        assert_eq!(
            params[6]["schema"],
            yaml("{type: array, items: {$ref: '#/S'}}")
        );
        assert_eq!(params[7]["schema"], yaml("{type: string}"));
        // What the caller joins with, or the style refused.
        let found: Vec<(&str, &str)> = notes
            .0
            .iter()
            .map(|n| {
                let tail = n
                    .message
                    .rsplit_once(" with ")
                    .or(n.message.split_once(" style "));
                (n.rule, tail.map_or("", |(_, t)| t))
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "parameter-style",
                    "`matrix`, which the generator cannot send"
                ),
                ("array-parameter", "`,`"),
                ("array-parameter", "` `"),
                ("array-parameter", "`|`"),
                (
                    "parameter-style",
                    "`deepObject`, which the generator cannot send; optional, dropped"
                ),
                ("parameter-content", ""),
                ("one-or-many", ""),
                ("nullable-parameter", ""),
            ]
        );
        assert_eq!(notes.0[0].severity, super::super::Severity::Error);
    }
}
