//! The CAMEO codebook as project data: the 311 event codes (name, Goldstein
//! value, root, QuadClass, PLOVER type, mode and context) and the actor-code
//! scheme (countries and regions, role/sector types, known groups,
//! religions, ethnic groups). Both files are in dyad's record format under
//! `data/cameo/` and compiled into the library.

use crate::error::{DictError, Result};
use crate::record::read_records;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// `data/cameo/eventcodes.dict`, embedded.
pub const EVENTCODES_DICT: &str = include_str!("../data/cameo/eventcodes.dict");
/// `data/cameo/actorcodes.dict`, embedded.
pub const ACTORCODES_DICT: &str = include_str!("../data/cameo/actorcodes.dict");

/// PLOVER's reading of a CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plover {
    /// Event type (`AGREE`, `ASSAULT`, ...).
    pub event: String,
    /// Mode, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Context, when given (several are joined by `"; "`, as CAMEO2PLOVER
    /// writes them; the file writes them `a,b`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCode {
    /// `"043"`.
    pub code: String,
    /// Name as GDELT publishes it.
    pub name: String,
    /// Goldstein scale value (-10..10).
    pub goldstein: f32,
    /// The 2-digit root code.
    pub root: String,
    /// GDELT's QuadClass (1 verbal coop., 2 material coop., 3 verbal
    /// conflict, 4 material conflict).
    pub quad_class: u8,
    /// The Phoenix pipeline's class (0-4), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quad_phoenix: Option<u8>,
    /// PLOVER type, mode and context, when CAMEO2PLOVER maps it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plover: Option<Plover>,
}

/// GDELT's QuadClass of a root code (1-20): 01-05 -> 1, 06-09 -> 2,
/// 10-14 -> 3, 15-20 -> 4; `None` outside 1-20.
pub fn quad_class_of_root(root: u8) -> Option<u8> {
    match root {
        1..=5 => Some(1),
        6..=9 => Some(2),
        10..=14 => Some(3),
        15..=20 => Some(4),
        _ => None,
    }
}

/// The event codebook.
#[derive(Debug, Clone, Default)]
pub struct Codebook {
    /// Codes in file order.
    pub events: Vec<EventCode>,
    index: HashMap<String, usize>,
}

fn err(file: &str, line: u32, msg: impl Into<String>) -> DictError {
    DictError::syntax(file, line, msg)
}

impl Codebook {
    /// The codebook compiled into dyad.
    pub fn bundled() -> &'static Codebook {
        static CB: OnceLock<Codebook> = OnceLock::new();
        CB.get_or_init(|| {
            // The embedded file is tested; failing here is a build defect.
            Codebook::parse("bundled:eventcodes.dict", EVENTCODES_DICT).unwrap_or_default()
        })
    }

    /// Parses an event-code file; the first error names file and line.
    pub fn parse(file: &str, text: &str) -> Result<Codebook> {
        let mut problems = Vec::new();
        let recs = read_records(file, text, &mut problems);
        if let Some(p) = problems.into_iter().next() {
            return Err(DictError::Syntax(p));
        }
        let mut cb = Codebook::default();
        for r in recs {
            if r.kind != "event" {
                return Err(err(
                    file,
                    r.line,
                    format!("unknown record kind {:?} (event)", r.kind),
                ));
            }
            let (code, name) = r.head.split_once(' ').unwrap_or((r.head, ""));
            let valid_len = matches!(code.len(), 2..=4);
            if !valid_len || !code.bytes().all(|b| b.is_ascii_digit()) || name.trim().is_empty() {
                return Err(err(
                    file,
                    r.line,
                    "want `event CODE NAME` with a 2-4 digit code",
                ));
            }
            let root_n: u8 = code[..2].parse().unwrap_or(0);
            let expected_quad = quad_class_of_root(root_n)
                .ok_or_else(|| err(file, r.line, format!("root {} outside 01-20", &code[..2])))?;
            let mut ev = EventCode {
                code: code.to_string(),
                name: name.trim().to_string(),
                goldstein: f32::NAN,
                root: code[..2].to_string(),
                quad_class: 0,
                quad_phoenix: None,
                plover: None,
            };
            for a in &r.attrs {
                match a.key {
                    "goldstein" => {
                        ev.goldstein = a
                            .value
                            .parse()
                            .ok()
                            .filter(|g: &f32| (-10.0..=10.0).contains(g))
                            .ok_or_else(|| {
                                err(file, a.line, format!("bad Goldstein value {:?}", a.value))
                            })?
                    }
                    "quad" => {
                        ev.quad_class =
                            a.value.parse().map_err(|_| err(file, a.line, "bad quad"))?
                    }
                    "quad-phoenix" => {
                        ev.quad_phoenix = Some(
                            a.value
                                .parse()
                                .map_err(|_| err(file, a.line, "bad quad-phoenix"))?,
                        )
                    }
                    "plover" => {
                        let mut w = a.value.split_whitespace();
                        let event = w
                            .next()
                            .ok_or_else(|| err(file, a.line, "plover needs an event type"))?;
                        let mut p = Plover {
                            event: event.to_string(),
                            mode: None,
                            context: None,
                        };
                        for kv in w {
                            match kv.split_once('=') {
                                Some(("mode", v)) => p.mode = Some(v.to_string()),
                                Some(("context", v)) => {
                                    p.context = Some(v.split(',').collect::<Vec<_>>().join("; "))
                                }
                                _ => {
                                    return Err(err(
                                        file,
                                        a.line,
                                        format!("bad plover field {kv:?}"),
                                    ))
                                }
                            }
                        }
                        ev.plover = Some(p);
                    }
                    k => return Err(err(file, a.line, format!("unknown event attribute {k:?}"))),
                }
            }
            if ev.goldstein.is_nan() {
                return Err(err(file, r.line, "missing goldstein"));
            }
            if ev.quad_class != expected_quad {
                return Err(err(
                    file,
                    r.line,
                    format!(
                        "quad {} but root {} has QuadClass {expected_quad}",
                        ev.quad_class, ev.root
                    ),
                ));
            }
            if cb.index.insert(ev.code.clone(), cb.events.len()).is_some() {
                return Err(err(file, r.line, format!("duplicate code {}", ev.code)));
            }
            cb.events.push(ev);
        }
        Ok(cb)
    }

    /// The entry of a code.
    pub fn get(&self, code: &str) -> Option<&EventCode> {
        self.index.get(code).map(|&i| &self.events[i])
    }
}

/// The CAMEO actor-code scheme: `(code, label)` lists by kind.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActorCodes {
    /// Country and region codes (`AZE`, `AFR`).
    pub countries: Vec<(String, String)>,
    /// Role and sector codes (`GOV`, `MIL`, `REB`, ...).
    pub types: Vec<(String, String)>,
    /// Known groups (`UNO`, `NAT`, `SCE`, ...).
    pub groups: Vec<(String, String)>,
    /// Religions.
    pub religions: Vec<(String, String)>,
    /// Ethnic groups (lower case).
    pub ethnic: Vec<(String, String)>,
}

impl ActorCodes {
    /// Country codes dyad adds to GDELT's table: Kosovo, coded `KSV` by
    /// Phoenix and the World Bank, has no CAMEO code there.
    pub const NOT_IN_GDELT: &'static [&'static str] = &["KSV"];

    /// The scheme compiled into dyad.
    pub fn bundled() -> &'static ActorCodes {
        static AC: OnceLock<ActorCodes> = OnceLock::new();
        AC.get_or_init(|| {
            ActorCodes::parse("bundled:actorcodes.dict", ACTORCODES_DICT).unwrap_or_default()
        })
    }

    /// Parses an actor-code file.
    pub fn parse(file: &str, text: &str) -> Result<ActorCodes> {
        let mut problems = Vec::new();
        let recs = read_records(file, text, &mut problems);
        if let Some(p) = problems.into_iter().next() {
            return Err(DictError::Syntax(p));
        }
        let mut ac = ActorCodes::default();
        for r in recs {
            let list = match r.kind {
                "country" => &mut ac.countries,
                "type" => &mut ac.types,
                "group" => &mut ac.groups,
                "religion" => &mut ac.religions,
                "ethnic" => &mut ac.ethnic,
                k => {
                    return Err(err(
                        file,
                        r.line,
                        format!(
                            "unknown record kind {k:?} (country, type, group, religion, ethnic)"
                        ),
                    ))
                }
            };
            let (code, label) = r.head.split_once(' ').unwrap_or((r.head, ""));
            if code.is_empty() || label.trim().is_empty() || !r.attrs.is_empty() {
                return Err(err(file, r.line, "want `KIND CODE LABEL`"));
            }
            list.push((code.to_string(), label.trim().to_string()));
        }
        Ok(ac)
    }

    /// The label of a code of any kind.
    pub fn label(&self, code: &str) -> Option<&str> {
        [
            &self.countries,
            &self.types,
            &self.groups,
            &self.religions,
            &self.ethnic,
        ]
        .into_iter()
        .flat_map(|l| l.iter())
        .find(|(c, _)| c == code)
        .map(|(_, l)| l.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_files_parse() {
        Codebook::parse("e", EVENTCODES_DICT).unwrap();
        let ac = ActorCodes::parse("a", ACTORCODES_DICT).unwrap();
        assert_eq!(
            ac.label("SCE"),
            Some("Council of Security and Cooperation in Europe (OSCE)")
        );
        assert_eq!(ac.label("GOV"), Some("Government"));
    }

    #[test]
    fn codebook_errors() {
        for (text, line) in [
            ("event 01 X\n  goldstein 0\n  quad 2\n", 1),
            ("event 01 X\n  goldstein 11\n  quad 1\n", 2),
            ("event 21 X\n  goldstein 1\n", 1),
            ("event 0a X\n", 1),
            (
                "event 01 X\n  goldstein 1\n  quad 1\nevent 01 Y\n  goldstein 1\n  quad 1\n",
                4,
            ),
            ("foo\n", 1),
        ] {
            match Codebook::parse("f", text) {
                Err(DictError::Syntax(p)) => assert_eq!(p.line, line, "{text:?}: {p}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }
}
