use serde_json::{Map, Value};

use super::Notes;

/// Parses a YAML snippet for a rule's test.
pub fn yaml(text: &str) -> Value {
    serde_norway::from_str(text).expect("test YAML parses")
}

/// Runs a single-node schema rule on a YAML snippet; returns the result and the rules noted.
pub fn apply(
    rule: fn(&mut Map<String, Value>, &str, &mut Notes),
    text: &str,
) -> (Value, Vec<&'static str>) {
    let mut value = yaml(text);
    let mut notes = Notes::default();
    rule(value.as_object_mut().expect("a mapping"), "/s", &mut notes);
    (value, notes.rules())
}
