// The exa-js side of the conformance test (tests/tests/conformance.rs): makes one call per
// helper that exa-client also has, in the order the test lists them, against the recording
// server at argv[2], and prints one JSON line per call: {"call", "ok", "error"?}.
import Exa from "exa-js";

const exa = new Exa("conformance-key", process.argv[2]);
const URL_A = "https://a.example";
const HOOK = "https://example.com/hook";

// A streamed call has decoded its answer only if the text the server streamed came out.
const streamed = async (chunks) => {
  let text = "";
  for await (const chunk of chunks) text += chunk.content ?? "";
  if (text !== "Exa") throw new Error(`streamed text ${JSON.stringify(text)}, not "Exa"`);
  return text;
};

const calls = {
  search_bare: () => exa.search("llms"),
  search: () => exa.search("llms", { numResults: 3, contents: { text: true } }),
  find_similar: () => exa.findSimilar(URL_A, { numResults: 3, contents: { text: true } }),
  contents: () => exa.getContents([URL_A], { text: true }),
  answer: () => exa.answer("Who founded Exa?"),
  answer_stream: () => streamed(exa.streamAnswer("Who founded Exa?")),
  search_stream: () =>
    streamed(
      exa.streamSearch("llms", {
        numResults: 3,
        contents: { text: true },
        outputSchema: { type: "text" },
      }),
    ),
  websets_create: () => exa.websets.create({ search: { query: "AI labs", count: 5 } }),
  websets_get: () => exa.websets.get("ws_1"),
  websets_list: () => exa.websets.list({ limit: 2 }),
  websets_items: () => exa.websets.items.list("ws_1", { limit: 2 }),
  websets_cancel: () => exa.websets.cancel("ws_1"),
  websets_delete: () => exa.websets.delete("ws_1"),
  agent_create: () => exa.agent.runs.create({ query: "Find AI labs" }),
  agent_get: () => exa.agent.runs.get("agent_run_1"),
  agent_list: () => exa.agent.runs.list({ limit: 10 }),
  agent_cancel: () => exa.agent.runs.cancel("agent_run_1"),
  agent_delete: () => exa.agent.runs.delete("agent_run_1"),
  agent_events: () => exa.agent.runs.events.list("agent_run_1"),
  agent_create_stream: async () => {
    const kinds = [];
    for await (const event of await exa.agent.runs.create({ query: "Find AI labs", stream: true }))
      kinds.push(event.event);
    if (kinds.at(-1) !== "agent_run.completed") throw new Error(`the run's events: ${kinds}`);
  },
  agent_stop: () => exa.agent.runs.stop("agent_run_1"),
  agent_stop_beta: () => exa.beta.agent.runs.stop("agent_run_1"),
  monitors_create: () =>
    exa.monitors.create({ search: { query: "AI funding rounds" }, webhook: { url: HOOK }, name: "funding" }),
  monitors_get: () => exa.monitors.get("mon_1"),
  monitors_list: () => exa.monitors.list({ limit: 2 }),
  monitors_update: () => exa.monitors.update("mon_1", { status: "paused", search: { query: "AI funding news" } }),
  monitors_trigger: () => exa.monitors.trigger("mon_1"),
  monitors_delete: () => exa.monitors.delete("mon_1"),
  monitors_runs: () => exa.monitors.runs.list("mon_1", { limit: 2 }),
  monitors_run_get: () => exa.monitors.runs.get("mon_1", "run_1"),
};

for (const name of process.argv.slice(3)) {
  try {
    await calls[name]();
    console.log(JSON.stringify({ call: name, ok: true }));
  } catch (error) {
    console.log(JSON.stringify({ call: name, ok: false, error: String(error?.message ?? error) }));
  }
}
