//! The tests that run in this process alone, against loopback servers, Prism or fixtures:
//! the wire, streams, faults, decoding, typed mocks, documents, properties, contract and exa-js conformance tests.
//! One test binary for all of them, so that the client and the helpers are compiled and linked
//! once; a test that depends on being alone in its process (it measures the process's memory,
//! installs a global subscriber or changes the environment) is a binary of its own in
//! `tests/tests/`.

mod agent_wire;
mod api_wire;
mod batches;
mod conformance;
mod contract;
mod contract_documents;
mod documents;
mod faults;
mod mocks;
mod monitors;
mod official_fixtures;
mod open_enums;
mod properties;
mod schema;
mod search_websets;
mod wire;
