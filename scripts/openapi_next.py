#!/usr/bin/env python3
"""Builds client/openapi/exa-{agent,search,websets,monitors,batches,teams}.yaml.

    python3 scripts/openapi_next.py EXA_PUBLIC_API_DIR

EXA_PUBLIC_API_DIR holds the official per-endpoint fragments assembled per area
(`by-area/*.yaml`, written by its `assemble.py`). Each document starts from its area's
assembled file, gains the operations the docs describe without a fragment (taken from the
documents in client/openapi/ or written from the official SDKs' types), and gets the
patches listed in client/openapi/README.md. Running it again gives the same bytes.
"""

import copy
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "client" / "openapi"
OUT = ROOT / "client" / "openapi"
WEBSETS_SERVER = "https://api.exa.ai/websets"
API_SERVER = "https://api.exa.ai"
OLD_SEARCH_SOURCE = "openapi-spec@57d9178 exa-openapi-spec.yaml (client/openapi/exa-search.yaml)"
OLD_WEBSETS_SOURCE = "openapi-spec@57d9178 exa-websets-spec.yaml (client/openapi/exa-websets.yaml)"
OLD_AGENT_SOURCE = "api-evangelist/exa-ai@a3174a3 exa-agent-api-openapi.yml (client/openapi/exa-agent.yaml)"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def pointer_get(doc, pointer):
    node = doc
    for part in pointer.strip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)] if part.isdigit() and int(part) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
        if node is None:
            return None
    return node


def pointer_set(doc, pointer, value):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(parts[-1])] = value
    else:
        node[parts[-1]] = value


def esc(segment):
    return segment.replace("~", "~0").replace("/", "~1")


def operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)
    return found


def rename_refs(node, mapping):
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key == "$ref" and value in mapping:
                node[key] = mapping[value]
            else:
                rename_refs(value, mapping)
    elif isinstance(node, list):
        for value in node:
            rename_refs(value, mapping)


def import_operation(new, old, path, method, source, mapping=None, drop_params=()):
    """Copies one operation of `old` into `new`, with every component it needs that `new`
    lacks. A component `new` already has is not copied: the newer definition wins. `mapping`
    renames references first (old name -> new name) where the two documents use one name
    for different things."""
    mapping = mapping or {}
    op = copy.deepcopy(old["paths"][path][method])
    op.pop("security", None)
    op["parameters"] = [
        p for p in op.get("parameters", []) if p.get("$ref") not in drop_params
    ]
    if not op["parameters"]:
        del op["parameters"]
    rename_refs(op, mapping)
    todo = sorted(refs(op, set()))
    seen = set()
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        _, _, kind, name = ref.split("/")
        if name in new.setdefault("components", {}).setdefault(kind, {}):
            continue
        schema = copy.deepcopy(old["components"][kind][name])
        rename_refs(schema, mapping)
        new["components"][kind][name] = schema
        todo.extend(sorted(refs(schema, set())))
    op["x-exa-source"] = source
    new["paths"].setdefault(path, {})[method] = op
    return op


# --- Translations -------------------------------------------------------------------------

FOREIGN = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff08\uff09]")

# Text of translated pages with no English counterpart at the same place in the older
# documents: translated here. Keyed by JSON pointer in the area's document.
TRANSLATIONS = {
    "batches": {
        "/paths/~1batches~1{id}/delete/summary": "Delete a batch",
        "/paths/~1batches~1{id}/delete/description": "Soft-delete a batch that is in a terminal status.",
        "/paths/~1batches~1{id}/delete/parameters/0/description": "Batch ID.",
        "/paths/~1batches~1{id}/delete/parameters/0/schema/description": "Batch ID.",
        "/components/schemas/DeletedBatch/properties/id/description": "ID of the deleted batch.",
        "/components/schemas/DeletedBatch/properties/object/description": "The object type, always `batch.deleted`.",
        "/components/schemas/DeletedBatch/properties/deleted/description": "Always `true` when the deletion succeeded.",
        "/components/responses/ConflictResponse/description": "The request conflicts with the current state of the resource.",
    },
    "agent": {
        "/paths/~1agent~1runs~1{id}/get/summary": "Get a run",
        "/paths/~1agent~1runs~1{id}/get/description": "Get one Agent run by ID.",
        "/paths/~1agent~1runs~1{id}/get/responses/404/description": "Run not found.",
        "/paths/~1agent~1runs~1{id}/get/responses/429/description": "Agent run concurrency limit reached.",
        "/paths/~1agent~1runs~1{id}/get/responses/500/description": "Server error or run timeout.",
    },
    "websets": {
        "/paths/~1v0~1monitors~1{id}/get/summary": "Get Monitor",
        "/paths/~1v0~1monitors~1{id}/get/description": "Gets a specific monitor.",
        "/paths/~1v0~1monitors~1{id}/get/parameters/0/description": "The id of the Monitor",
        "/paths/~1v0~1monitors~1{id}/get/responses/200/description": "Monitor details",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/summary": "Delete an Enrichment",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/description": "When deleting an Enrichment, any running enrichments will be canceled and all existing `enrichment_result` generated by this Enrichment will no longer be available.",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/parameters/0/description": "The id or externalId of the Webset",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/parameters/1/description": "The id of the Enrichment",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/responses/200/description": "Enrichment deleted",
        "/components/schemas/CreateCriterionParameters/properties/description/description": "The description of the criterion",
        "/paths/~1v0~1websets~1{id}~1cancel/post/summary": "Cancel a running Webset",
        "/paths/~1v0~1websets~1{id}~1cancel/post/description": "Cancels all operations being performed on a Webset.\n\nAny enrichment or search will be stopped and the Webset will be marked as `idle`.",
        "/paths/~1v0~1websets~1{id}~1cancel/post/parameters/0/description": "The id or externalId of the Webset",
        "/paths/~1v0~1websets~1{id}~1cancel/post/responses/200/description": "Webset canceled",
    },
}
# Text that is not English although it has no character outside Latin script.
LATIN_FOREIGN = {
    "batches": list(TRANSLATIONS["batches"]),
    "websets": [
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/summary",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/description",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/parameters/0/description",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/parameters/1/description",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/responses/200/description",
        "/paths/~1v0~1websets~1{webset}~1enrichments~1{id}/delete/responses/200/headers/X-Request-Id/description",
        "/components/schemas/CreateCriterionParameters/properties/description/description",
    ],
}
REQUEST_ID = "Unique identifier for the request."


def strings(node, pointer, found):
    if isinstance(node, dict):
        for key, value in node.items():
            strings(value, f"{pointer}/{esc(str(key))}", found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            strings(value, f"{pointer}/{i}", found)
    elif isinstance(node, str):
        found.append(pointer)
    return found


def translate(doc, area, old):
    """Every non-English text becomes English: the older document's text at the same place
    when it has one, else this file's translation. Returns the pointers changed."""
    table = TRANSLATIONS.get(area, {})
    changed = []
    for pointer in strings(doc, "", []):
        text = pointer_get(doc, pointer)
        if not (FOREIGN.search(text) or pointer in LATIN_FOREIGN.get(area, ())):
            continue
        if pointer in table:
            english = table[pointer]
        elif pointer.endswith("/headers/X-Request-Id/description"):
            english = REQUEST_ID
        else:
            english = pointer_get(old, pointer) if old is not None else None
            if not isinstance(english, str) or FOREIGN.search(english):
                sys.exit(f"{area}: no English text for {pointer}: {text!r}")
        pointer_set(doc, pointer, english)
        changed.append(pointer)
    return changed


# --- Patches --------------------------------------------------------------------------------


def nullable_to_31(node):
    """`nullable` is an OpenAPI 3.0 keyword; a 3.1 schema says `null` in its type (and in its
    enum), or as an `anyOf` branch beside a `$ref`. Returns how many it rewrote."""
    count = 0
    if isinstance(node, dict):
        for value in node.values():
            count += nullable_to_31(value)
        if "nullable" in node:
            flag = node.pop("nullable")
            count += 1
            if flag is True:
                if "$ref" in node:
                    ref = node.pop("$ref")
                    node["anyOf"] = [{"$ref": ref}, {"type": "null"}]
                elif isinstance(node.get("type"), str):
                    node["type"] = [node["type"], "null"]
                elif isinstance(node.get("type"), list) and "null" not in node["type"]:
                    node["type"] = node["type"] + ["null"]
                else:
                    sys.exit(f"nullable without a type or $ref: {node}")
                if "enum" in node and None not in node["enum"]:
                    node["enum"] = node["enum"] + [None]
    elif isinstance(node, list):
        for value in node:
            count += nullable_to_31(value)
    return count


PAGES = {}  # fragment source id -> (fragment file, page title), from fragments/INDEX.tsv


def read_index(spec):
    with open(spec / "fragments" / "INDEX.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    header = rows[0]
    for row in rows[1:]:
        record = dict(zip(header, row))
        PAGES[record["source_id"]] = (record["file"], record["page_title"])


def source_of(op):
    fragment = op.pop("x-exa-source-fragment", None)
    language = op.pop("x-exa-source-language", None)
    if "x-exa-source" in op:
        return
    file, title = PAGES[fragment]
    english = re.search(r"\(([^()]*)\)$", title)
    if language and english:
        title = english.group(1)  # a translated page's title carries the English one
    text = f"exa.ai docs page '{title}', fragment {fragment} ({file})"
    if language:
        text += f"; page in {language}, descriptions translated to English"
    op["x-exa-source"] = text


def finish(doc, area, title, description, server):
    for _, _, op in operations(doc):
        source_of(op)
    doc["info"] = {"title": title, "version": "2.0.0", "description": description}
    doc["servers"] = [{"url": server}]
    ordered = {k: doc[k] for k in ("openapi", "info", "servers", "security", "tags", "paths", "components") if k in doc}
    ordered.update({k: v for k, v in doc.items() if k not in ordered})
    return ordered


def write(area, doc):
    OUT.mkdir(exist_ok=True)

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper, value):
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    Dumper.ignore_aliases = lambda *_: True
    with open(OUT / f"exa-{area}.yaml", "w", encoding="utf-8") as f:
        f.write(f"# Generated by scripts/openapi_next.py; see README.md for sources and patches.\n")
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


# --- Areas ----------------------------------------------------------------------------------


def agent(spec):
    doc = load(spec / "by-area" / "agent-runs.yaml")
    old = load(OLD / "exa-agent.yaml")
    translate(doc, "agent", old)
    import_operation(doc, old, "/agent/runs", "get", OLD_AGENT_SOURCE,
                     drop_params=("#/components/parameters/ExaBetaHeader",))
    # Keep the collection's two operations together, in the older document's order.
    item = doc["paths"]["/agent/runs"]
    doc["paths"]["/agent/runs"] = {k: item[k] for k in ("post", "get") if k in item} | {
        k: v for k, v in item.items() if k not in ("post", "get")}
    schemas = doc["components"]["schemas"]
    # Both official SDKs (exa-js 2.23, exa-py 2.27) know `ultra` effort and its duration cap,
    # which the fragments (stop: "ultra effort only") name but do not list.
    if "ultra" not in schemas["AgentEffort"]["enum"]:
        schemas["AgentEffort"]["enum"].insert(schemas["AgentEffort"]["enum"].index("max"), "ultra")
    duration = {
        "type": "integer",
        "minimum": 300,
        "maximum": 10800,
        "description": "Soft wall-clock ceiling in seconds (300-10,800). Only accepted for `ultra` effort.",
    }
    for name in ("AgentBudget", "AgentBudgetOutput"):
        schemas[name]["properties"].setdefault("maxDurationSeconds", copy.deepcopy(duration))
    # exa-js 2.23 declares every field of `AgentUsage` and `AgentCostDollars` optional, and its
    # own fixtures send a usage of two fields and a cost with its total alone; the fragments
    # require all five, which would fail the whole run on such a body.
    for name in ("AgentUsage", "AgentCostDollars"):
        schemas[name].pop("required", None)
    return finish(doc, "agent", "Exa Agent API",
                  "Agent runs (/agent/runs) of the Exa Public API 2.0.0.", API_SERVER)


def search(spec):
    doc = load(spec / "by-area" / "search.yaml")
    old = load(OLD / "exa-search.yaml")
    translate(doc, "search", old)
    # The older document's `ContentsRequest` is the contents options (the newer
    # `ContentsOptions`); the newer `ContentsRequest` is the /contents body.
    mapping = {
        "#/components/schemas/ContentsRequest": "#/components/schemas/ContentsOptions",
        "#/components/schemas/CommonRequest": "#/components/schemas/FindSimilarCommonRequest",
    }
    old = copy.deepcopy(old)
    old["components"]["schemas"]["FindSimilarCommonRequest"] = old["components"]["schemas"]["CommonRequest"]
    op = import_operation(doc, old, "/findSimilar", "post", OLD_SEARCH_SOURCE, mapping)
    # Its response is the search result list of the newer document, not the older `Result`.
    op["responses"] = {
        "200": {
            "description": "OK",
            "content": {"application/json": {"schema": {
                "type": "object",
                "properties": {
                    "requestId": {"type": "string", "description": "Unique identifier for the request"},
                    "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResultOutput"},
                                "description": "A list of similar pages, with contents when requested."},
                    "context": {"type": "string", "deprecated": True,
                                "description": "Deprecated. Combined context string from the results. Use highlights or text instead."},
                    "costDollars": {"$ref": "#/components/schemas/CostDollarsOutput"},
                },
            }}},
        }
    }
    op["deprecated"] = True
    op["description"] = (
        "Find pages similar to the link provided. Optionally get contents.\n\n"
        "Deprecated: no current Exa Public API page documents this endpoint (it is in the older "
        "published spec and both official SDKs still call it); prefer `search` with the page's "
        "topic as the query."
    )
    drop_unused(doc)
    order_paths(doc, load(OLD / "exa-search.yaml"))
    return finish(doc, "search", "Exa Search API",
                  "Search, contents, answer and findSimilar of the Exa Public API 2.0.0. Research "
                  "(/research) is retired (410 RESEARCH_RETIRED) and left out.", API_SERVER)


def drop_unused(doc):
    """Removes components nothing references any more (after an operation's body changed)."""
    while True:
        used = refs(doc["paths"], set())
        for kind, items in doc["components"].items():
            for name, value in items.items():
                if f"#/components/{kind}/{name}" in used:
                    refs(value, used)
        # A fixed point needs the references of what was found on the way.
        again = set(used)
        for ref in list(used):
            _, _, kind, name = ref.split("/")
            refs(doc["components"].get(kind, {}).get(name), again)
        if again == used:
            break
    removed = []
    for kind, items in doc["components"].items():
        if kind == "securitySchemes":
            continue
        for name in list(items):
            if f"#/components/{kind}/{name}" not in used:
                del items[name]
                removed.append(f"{kind}/{name}")
    return removed


WEBSETS_IMPORTS = [
    ("/v0/websets", "post"),
    ("/v0/websets", "get"),
    ("/v0/websets/{id}", "delete"),
    ("/v0/websets/{webset}/searches/{id}", "get"),
    ("/v0/websets/{webset}/enrichments/{id}", "get"),
    ("/v0/webhooks", "get"),
    ("/v0/webhooks/{id}", "delete"),
    ("/v0/events", "get"),
    ("/v0/imports/{id}", "get"),
    ("/v0/monitors", "get"),
]


def websets(spec):
    doc = load(spec / "by-area" / "websets.yaml")
    old = load(OLD / "exa-websets.yaml")
    translate(doc, "websets", old)
    for path, method in WEBSETS_IMPORTS:
        import_operation(doc, old, path, method, OLD_WEBSETS_SOURCE)
    preview = doc["paths"]["/v0/websets/preview"]["post"]
    for param in preview.get("parameters", []):
        if param.get("name") == "search" and param.get("in") == "path":
            param["in"] = "query"
            param["description"] = "Whether to also search for a preview list of items."
    nullable_to_31(doc)
    order_paths(doc, load(OLD / "exa-websets.yaml"))
    for item in doc["paths"].values():
        item["servers"] = [{"url": WEBSETS_SERVER}]
    return finish(doc, "websets", "Exa Websets API",
                  "Websets (/v0/...) of the Exa Public API 2.0.0.", WEBSETS_SERVER)


def order_paths(doc, old):
    """The older document's path order, then the new paths in the fragments' order."""
    order = [p for p in old["paths"] if p in doc["paths"]]
    order += [p for p in doc["paths"] if p not in order]
    doc["paths"] = {p: {m: doc["paths"][p][m] for m in sorted(doc["paths"][p], key=method_rank)} for p in order}


def method_rank(key):
    return ("servers", "parameters", "post", "get", "patch", "put", "delete").index(key) if key in (
        "servers", "parameters", "post", "get", "patch", "put", "delete") else 99


EXA_PY_MONITORS = "exa-py 2.27 exa_py/monitors/client.py + types.py; docs 'Monitors API guide for coding agents'"


def monitors(spec):
    doc = load(spec / "by-area" / "search-monitors.yaml")
    translate(doc, "monitors", None)
    schemas = doc["components"]["schemas"]
    errors = {
        "400": {"$ref": "#/components/responses/BadRequestResponse"},
        "401": {"$ref": "#/components/responses/UnauthorizedResponse"},
        "500": {"$ref": "#/components/responses/InternalServerErrorResponse"},
    }
    with_404 = dict(errors) | {"404": {"$ref": "#/components/responses/NotFoundResponse"}}
    ok_headers = {"x-request-id": {"$ref": "#/components/headers/XRequestId"}}
    monitor_id = {
        "name": "id", "in": "path", "required": True,
        "description": "The unique identifier of the monitor.",
        "schema": {"type": "string"},
    }
    # The request bodies reuse the official response components for the same objects
    # (`SearchMonitorSearchOutput`, ...): the docs describe one shape for both directions.
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}
    partial_search = copy.deepcopy(schemas["SearchMonitorSearchOutput"])
    partial_search.pop("required", None)
    # A field left out keeps its value, so a partial search has no defaults: a generated client
    # would send them (`numResults: 10`) and reset what the update does not name.
    for field in partial_search["properties"].values():
        field.pop("default", None)
    partial_search["description"] = "The fields of the monitor's search to change; the others keep their values."
    metadata = {"type": "object", "additionalProperties": {"type": "string"},
                "description": "Optional key-value metadata, echoed back in webhook deliveries."}
    schemas["CreateSearchMonitorParameters"] = {
        "type": "object",
        "required": ["search", "webhook"],
        "properties": {
            "name": {"type": "string", "description": "An optional name for the monitor."},
            "search": ref("SearchMonitorSearchOutput"),
            "trigger": ref("SearchMonitorTriggerOutput"),
            "outputSchema": ref("SearchMonitorOutputSchemaOutput"),
            "metadata": metadata,
            "webhook": ref("SearchMonitorWebhookOutput"),
        },
    }
    schemas["UpdateSearchMonitorParameters"] = {
        "type": "object",
        "description": "Only the fields sent change. `trigger: null` removes the schedule.",
        "properties": {
            "name": {"type": "string", "description": "The monitor's new name."},
            "status": {"type": "string", "enum": ["active", "paused"], "description": "Pause or resume the monitor."},
            "search": partial_search,
            "trigger": {"anyOf": [ref("SearchMonitorTriggerOutput"), {"type": "null"}],
                        "description": "The new schedule, or `null` to remove it."},
            "outputSchema": ref("SearchMonitorOutputSchemaOutput"),
            "metadata": copy.deepcopy(metadata),
            "webhook": ref("SearchMonitorWebhookOutput"),
        },
    }
    doc["components"].setdefault("parameters", {})["ExaBetaHeader"] = {
        "in": "header",
        "name": "Exa-Beta",
        "required": False,
        "description": "Comma-separated beta feature tokens. `dynamic-highlights-2026-08-28` is required "
                       "when `search.contents.highlights` sets `verbosity` or `dynamic`.",
        "schema": {"type": "string", "description": "Comma-separated beta feature tokens."},
    }
    beta = {"$ref": "#/components/parameters/ExaBetaHeader"}
    schemas["CreateSearchMonitorResponse"] = {
        "allOf": [
            {"$ref": "#/components/schemas/SearchMonitor"},
            {"type": "object", "required": ["webhookSecret"], "properties": {"webhookSecret": {
                "type": "string",
                "description": "The secret that signs webhook deliveries. Only returned at creation: store it."}}},
        ],
    }
    # The same page shape as the official run list.
    listed = copy.deepcopy(schemas["ListSearchMonitorRunsResponse"])
    listed["properties"]["data"] = {"type": "array", "items": ref("SearchMonitor"), "description": "The list of monitors"}
    schemas["ListSearchMonitorsResponse"] = listed
    json_body = lambda ref: {"required": True, "content": {"application/json": {"schema": {"$ref": ref}}}}
    ok = lambda desc, ref, status="200": {status: {"description": desc, "headers": ok_headers, "content": {
        "application/json": {"schema": {"$ref": ref}}}}}
    create = {
        "tags": ["Monitors"], "summary": "Create a Monitor", "operationId": "createMonitor",
        "description": "Creates a Monitor that runs an Exa search on a schedule and delivers new results to a webhook.\n\n"
                       "The response includes a `webhookSecret` that is only returned once, at creation time.",
        "parameters": [beta],
        "requestBody": json_body("#/components/schemas/CreateSearchMonitorParameters"),
        "responses": ok("The created monitor with its webhook secret", "#/components/schemas/CreateSearchMonitorResponse", "201") | errors,
        "x-exa-source": EXA_PY_MONITORS + " (the docs page 'Create a Monitor' has a fragment that is not stored)",
    }
    listing = {
        "tags": ["Monitors"], "summary": "List Monitors", "operationId": "listMonitors",
        "description": "Lists the team's monitors, newest first, a page at a time.",
        "parameters": [
            {"name": "status", "in": "query", "required": False, "description": "Only monitors with this status.",
             "schema": {"type": "string", "enum": ["active", "paused", "disabled"]}},
            {"name": "cursor", "in": "query", "required": False, "description": "The `nextCursor` of the previous page.",
             "schema": {"type": "string"}},
            {"name": "limit", "in": "query", "required": False, "description": "Results per page.",
             "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}},
        ],
        "responses": ok("A page of monitors", "#/components/schemas/ListSearchMonitorsResponse") | errors,
        "x-exa-source": EXA_PY_MONITORS,
    }
    update = {
        "tags": ["Monitors"], "summary": "Update a Monitor", "operationId": "updateMonitor",
        "description": "Updates a monitor. Only the fields sent change; `search` may be partial; `trigger: null` removes the schedule.",
        "parameters": [monitor_id, copy.deepcopy(beta)],
        "requestBody": json_body("#/components/schemas/UpdateSearchMonitorParameters"),
        "responses": ok("The updated monitor", "#/components/schemas/SearchMonitor") | with_404,
        "x-exa-source": EXA_PY_MONITORS,
    }
    delete = {
        "tags": ["Monitors"], "summary": "Delete a Monitor", "operationId": "deleteMonitor",
        "description": "Deletes a monitor; it runs no more.",
        "parameters": [copy.deepcopy(monitor_id)],
        "responses": ok("The deleted monitor", "#/components/schemas/SearchMonitor") | with_404,
        "x-exa-source": EXA_PY_MONITORS,
    }
    paths = doc["paths"]
    paths["/monitors"] = {"post": create, "get": listing}
    item = paths["/monitors/{id}"]
    paths["/monitors/{id}"] = {"get": item["get"], "patch": update, "delete": delete}
    order = ["/monitors", "/monitors/{id}", "/monitors/{id}/trigger", "/monitors/{id}/runs",
             "/monitors/{id}/runs/{runId}", "/monitors/batch"]
    doc["paths"] = {p: paths[p] for p in order if p in paths} | {p: v for p, v in paths.items() if p not in order}
    return finish(doc, "monitors", "Exa Monitors API",
                  "Search monitors (/monitors) of the Exa Public API 2.0.0: scheduled searches that "
                  "deliver new results to a webhook.", API_SERVER)


def batches(spec):
    doc = load(spec / "by-area" / "batches.yaml")
    translate(doc, "batches", None)
    get = doc["paths"]["/batches/{id}"]["get"]
    cancel = {
        "tags": ["Batches"],
        "summary": "Cancel a batch",
        "operationId": "cancelBatch",
        "description": "Cancels a batch that has not finished. The batch moves to `cancelling`, then "
                       "`cancelled`; requests already completed keep their results.",
        "parameters": copy.deepcopy(get["parameters"]),
        "responses": {
            "200": copy.deepcopy(get["responses"]["200"]),
            "400": {"$ref": "#/components/responses/BadRequestResponse"},
            "401": {"$ref": "#/components/responses/UnauthorizedResponse"},
            "404": {"$ref": "#/components/responses/NotFoundResponse"},
            "409": {"$ref": "#/components/responses/ConflictResponse"},
            "500": {"$ref": "#/components/responses/InternalServerErrorResponse"},
        },
        "x-exa-source": "exa.ai docs 'Cancel a batch' (listed in the docs index; no fragment stored): "
                        "shape from the batch fragments (Batch, BatchStatus `cancelling`, ConflictResponse)",
    }
    cancel["responses"]["200"].pop("content", None)
    cancel["responses"]["200"]["description"] = "The batch, now cancelling or cancelled"
    cancel["responses"]["200"]["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}}
    doc["paths"]["/batches/{id}/cancel"] = {"post": cancel}
    return finish(doc, "batches", "Exa Batches API",
                  "Batches (/batches) of the Exa Public API 2.0.0. Every operation needs the beta "
                  "token `batches-2026-06-06`.", API_SERVER)


def teams(spec):
    doc = load(spec / "by-area" / "teams.yaml")
    translate(doc, "teams", None)
    for item in doc["paths"].values():
        item["servers"] = [{"url": WEBSETS_SERVER}]
    return finish(doc, "teams", "Exa Teams API",
                  "The team of the API key (/v0/teams/me), served beside Websets.", WEBSETS_SERVER)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    spec = Path(sys.argv[1])
    read_index(spec)
    for area, build in (("agent", agent), ("search", search), ("websets", websets),
                        ("monitors", monitors), ("batches", batches), ("teams", teams)):
        write(area, build(spec))


if __name__ == "__main__":
    main()
