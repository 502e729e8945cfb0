use std::fmt;
use std::path::Path;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::Error;

/// Reads a spec file as YAML (a superset of JSON) into a JSON value, keeping key order so that
/// generated code follows the document.
pub fn load(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text).map_err(|message| Error::Parse {
        path: path.to_path_buf(),
        message,
    })
}

fn parse(text: &str) -> Result<Value, String> {
    let Json(value) = serde_norway::from_str(text).map_err(|e| e.to_string())?;
    if value.is_object() {
        Ok(value)
    } else {
        Err("the top level is not a mapping".to_string())
    }
}

/// A JSON value read from YAML, where an integer beyond 64 bits (`maximum: 18446744073709552000`,
/// written by tools that print `u64::MAX` as a double) becomes the nearest float, as a
/// JavaScript parser reads it, instead of failing the whole document.
struct Json(Value);

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor).map(Json)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| float(v as f64), Value::from))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Json::deserialize(d).map(|Json(v)| v)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Json(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some((key, Json(value))) = map.next_entry::<String, Json>()? {
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// JSON has no NaN or infinity: YAML's `.nan` and `.inf` become `null`.
fn float(v: f64) -> Value {
    Number::from_f64(v).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn yaml_and_json_parse_alike() {
        let yaml = parse("openapi: 3.1.0\ninfo: {title: t}\n").unwrap();
        let json = parse(r#"{"openapi": "3.1.0", "info": {"title": "t"}}"#).unwrap();
        assert_eq!(yaml, json);
    }

    #[test]
    fn a_scalar_document_is_refused() {
        assert!(parse("just a string").is_err());
    }

    #[test]
    fn broken_yaml_reports_a_position() {
        let err = parse("openapi: [3.1.0\n").unwrap_err();
        assert!(err.contains("line"), "{err}");
    }

    #[test]
    fn integers_beyond_64_bits_become_floats() {
        let doc = parse("max: 18446744073709552000\nmin: -9223372036854776000\nn: 7\n").unwrap();
        assert_eq!(doc["max"].as_f64(), Some(18_446_744_073_709_552_000.0));
        assert_eq!(doc["min"].as_f64(), Some(-9_223_372_036_854_776_000.0));
        assert_eq!(doc["n"].as_u64(), Some(7));
    }
}
