//! Queries over the aggregated events: a filtered list, or counts, mentions
//! and mean Goldstein grouped by time (`day`, `week`, `month`) and by who
//! (`actor`, `dyad`, `country`); and raw SQL for power users. Results come
//! back as a [`Table`] that prints as an aligned table, CSV or JSON lines.

use std::io::Write;

use duckdb::arrow::array::{Array, AsArray};
use duckdb::arrow::datatypes::{
    DataType, Date32Type, Decimal128Type, Float32Type, Float64Type, Int16Type, Int32Type,
    Int64Type, Int8Type, TimeUnit as ArrowTimeUnit, TimestampMicrosecondType,
    TimestampMillisecondType, TimestampNanosecondType, TimestampSecondType, UInt16Type, UInt32Type,
    UInt64Type, UInt8Type,
};
use duckdb::arrow::util::display::{ArrayFormatter, FormatOptions};
use serde::Serialize;

use crate::error::{Result, StoreError};
use crate::filter::Filter;
use crate::store::Store;

/// A grouping dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Day,
    Week,
    Month,
    /// Each actor code, on either side of an event.
    Actor,
    /// Source and target codes.
    Dyad,
    /// Each actor country, on either side.
    Country,
}

impl std::str::FromStr for GroupBy {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<GroupBy> {
        Ok(match s.trim() {
            "day" => GroupBy::Day,
            "week" => GroupBy::Week,
            "month" => GroupBy::Month,
            "actor" => GroupBy::Actor,
            "dyad" => GroupBy::Dyad,
            "country" => GroupBy::Country,
            other => {
                return Err(StoreError::Filter(format!(
                    "group by {other:?}: use day, week or month and/or actor, dyad or country"
                )))
            }
        })
    }
}

/// Parses `month,dyad`: at most one time and one who dimension.
pub fn parse_group_by(s: &str) -> Result<Vec<GroupBy>> {
    let dims: Vec<GroupBy> = s
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(str::parse)
        .collect::<Result<_>>()?;
    let time = dims
        .iter()
        .filter(|d| matches!(d, GroupBy::Day | GroupBy::Week | GroupBy::Month))
        .count();
    if time > 1 || dims.len() - time > 1 {
        return Err(StoreError::Filter(format!(
            "group by {s:?}: at most one of day, week, month and one of actor, dyad, country"
        )));
    }
    Ok(dims)
}

/// A query over the aggregated events.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub filter: Filter,
    /// Empty: list the events themselves.
    pub group_by: Vec<GroupBy>,
    /// At most this many rows (`None`: all).
    pub limit: Option<usize>,
    pub offset: usize,
}

/// A result: named columns and rows of JSON values.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
}

/// How to print a [`Table`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// Aligned columns for a terminal.
    Table,
    /// RFC 4180 CSV with a header.
    Csv,
    /// One JSON object per row.
    Json,
}

impl std::str::FromStr for TableFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "table" => Ok(TableFormat::Table),
            "csv" => Ok(TableFormat::Csv),
            "json" => Ok(TableFormat::Json),
            other => Err(format!("format {other:?}: use table, csv or json")),
        }
    }
}

/// The columns of an event listing.
const LIST_COLUMNS: &str = "id, day, source_code AS source, target_code AS target, cameo, \
    quad_class, round(goldstein, 1) AS goldstein, place_name AS place, lat, lon, \
    num_mentions AS mentions, num_sources AS sources, num_articles AS articles";

impl Query {
    /// The SQL this query runs.
    pub fn sql(&self) -> String {
        let cond = self.filter.sql();
        let page = match self.limit {
            Some(l) => format!(" LIMIT {l} OFFSET {}", self.offset),
            None if self.offset > 0 => format!(" OFFSET {}", self.offset),
            None => String::new(),
        };
        if self.group_by.is_empty() {
            return format!(
                "SELECT {LIST_COLUMNS} FROM events WHERE {cond} ORDER BY day, id{page}"
            );
        }
        // (grouping expression, output name, how the output shows it, `@` for
        // the grouped value): days are
        // grouped as dates and formatted once per group, not once per event.
        let mut keys: Vec<(&str, &str, &str)> = Vec::new();
        let mut from = format!("(SELECT * FROM events WHERE {cond})");
        for g in &self.group_by {
            match g {
                GroupBy::Day => keys.push(("day", "day", "strftime(@, '%Y-%m-%d')")),
                GroupBy::Week => {
                    keys.push(("date_trunc('week', day)", "week", "strftime(@, '%Y-%m-%d')"))
                }
                // An integer (202501) hashes and sorts faster than a date.
                GroupBy::Month => keys.push((
                    "year(day) * 100 + month(day)",
                    "month",
                    "printf('%04d-%02d', @ // 100, @ % 100)",
                )),
                GroupBy::Dyad => {
                    keys.push(("source_code", "source", "@"));
                    keys.push(("coalesce(target_code, '')", "target", "@"));
                }
                GroupBy::Actor | GroupBy::Country => {
                    let (a, b) = if *g == GroupBy::Actor {
                        ("source_code", "target_code")
                    } else {
                        ("source_country", "target_country")
                    };
                    // Each side once (list_distinct drops NULLs and a repeated code): an
                    // event between two actors counts for both.
                    from =
                        format!("(SELECT *, unnest(list_distinct([{a}, {b}])) AS who FROM {from})");
                    keys.push((
                        "who",
                        if *g == GroupBy::Actor {
                            "actor"
                        } else {
                            "country"
                        },
                        "@",
                    ));
                }
            }
        }
        let inner: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(i, (e, _, _))| format!("{e} AS k{i}"))
            .collect();
        let outer: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(i, (_, n, show))| format!("{} AS {n}", show.replace('@', &format!("k{i}"))))
            .collect();
        let names: Vec<String> = (0..keys.len()).map(|i| format!("k{i}")).collect();
        // Time ascending when grouped by time, then the biggest groups first.
        let order = match keys
            .iter()
            .position(|(_, n, _)| matches!(*n, "day" | "week" | "month"))
        {
            Some(t) => {
                let rest: Vec<&str> = (names.iter().enumerate())
                    .filter(|(i, _)| *i != t)
                    .map(|(_, n)| n.as_str())
                    .collect();
                format!("k{t}, events DESC, {}", rest.join(", "))
                    .trim_end_matches(", ")
                    .to_string()
            }
            None => format!("events DESC, {}", names.join(", ")),
        };
        format!(
            "SELECT {}, events, mentions, round(g, 3) AS goldstein_mean FROM (\
             SELECT {}, count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS g \
             FROM {from} GROUP BY ALL) ORDER BY {order}{page}",
            outer.join(", "),
            inner.join(", ")
        )
    }
}

impl Store {
    /// Runs a query.
    pub fn query(&self, q: &Query) -> Result<Table> {
        q.filter.check()?;
        self.sql(&q.sql())
    }

    /// Runs any SQL and returns its rows (for `--sql`). The rows come
    /// back as Arrow batches, converted a column at a time: a grouped query
    /// can return a million rows, and fetching them a value at a time took
    /// three times as long as DuckDB took to compute them.
    pub fn sql(&self, sql: &str) -> Result<Table> {
        let err = |cause| StoreError::Db {
            path: self.path.clone(),
            what: "query failed".into(),
            cause,
        };
        let mut st = self.conn.prepare(sql).map_err(err)?;
        let batches = st.stream_arrow([]).map_err(err)?;
        let columns: Vec<String> = batches
            .get_schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        let mut rows = Vec::new();
        for batch in batches {
            let batch = batch.map_err(err)?;
            let mut cols: Vec<std::vec::IntoIter<serde_json::Value>> = batch
                .columns()
                .iter()
                .map(|c| json_column(c.as_ref()).into_iter())
                .collect();
            for _ in 0..batch.num_rows() {
                rows.push(
                    cols.iter_mut()
                        .map(|c| c.next().unwrap_or(serde_json::Value::Null))
                        .collect(),
                );
            }
        }
        Ok(Table { columns, rows })
    }
}

/// The values of an Arrow column as JSON: dates as `YYYY-MM-DD`,
/// timestamps as RFC 3339, whole numbers as numbers, a blob by its size;
/// a type with no JSON counterpart as Arrow prints it.
fn json_column(a: &dyn Array) -> Vec<serde_json::Value> {
    use serde_json::Value as J;
    fn each<T>(a: &dyn Array, v: impl Fn(usize) -> T) -> Vec<J>
    where
        J: From<T>,
    {
        (0..a.len())
            .map(|i| if a.is_null(i) { J::Null } else { J::from(v(i)) })
            .collect()
    }
    fn float(f: f64) -> J {
        serde_json::Number::from_f64(f).map_or(J::Null, J::Number)
    }
    match a.data_type() {
        DataType::Null => vec![J::Null; a.len()],
        DataType::Boolean => each(a, |i| a.as_boolean().value(i)),
        DataType::Int8 => each(a, |i| a.as_primitive::<Int8Type>().value(i)),
        DataType::Int16 => each(a, |i| a.as_primitive::<Int16Type>().value(i)),
        DataType::Int32 => each(a, |i| a.as_primitive::<Int32Type>().value(i)),
        DataType::Int64 => each(a, |i| a.as_primitive::<Int64Type>().value(i)),
        DataType::UInt8 => each(a, |i| a.as_primitive::<UInt8Type>().value(i)),
        DataType::UInt16 => each(a, |i| a.as_primitive::<UInt16Type>().value(i)),
        DataType::UInt32 => each(a, |i| a.as_primitive::<UInt32Type>().value(i)),
        DataType::UInt64 => each(a, |i| a.as_primitive::<UInt64Type>().value(i)),
        // Through the shortest decimal that reads back as the f32, so that
        // 0.9 prints as 0.9 and not 0.8999999761581421.
        DataType::Float32 => each(a, |i| {
            let f = a.as_primitive::<Float32Type>().value(i);
            format!("{f}").parse::<f64>().map_or(J::Null, float)
        }),
        DataType::Float64 => each(a, |i| float(a.as_primitive::<Float64Type>().value(i))),
        // DuckDB's HUGEINT (a sum of integers) arrives as a decimal of scale 0.
        DataType::Decimal128(_, scale) => {
            let scale = *scale;
            each(a, |i| {
                let n = a.as_primitive::<Decimal128Type>().value(i);
                if scale == 0 {
                    i64::try_from(n).map_or_else(|_| J::String(n.to_string()), J::from)
                } else {
                    float(n as f64 / 10f64.powi(i32::from(scale)))
                }
            })
        }
        DataType::Utf8 => each(a, |i| a.as_string::<i32>().value(i).to_string()),
        DataType::LargeUtf8 => each(a, |i| a.as_string::<i64>().value(i).to_string()),
        DataType::Utf8View => each(a, |i| a.as_string_view().value(i).to_string()),
        DataType::Date32 => each(a, |i| date_of_days(a.as_primitive::<Date32Type>().value(i))),
        DataType::Timestamp(unit, _) => {
            let (values, per_second): (&[i64], i64) = match unit {
                ArrowTimeUnit::Second => (a.as_primitive::<TimestampSecondType>().values(), 1),
                ArrowTimeUnit::Millisecond => {
                    (a.as_primitive::<TimestampMillisecondType>().values(), 1_000)
                }
                ArrowTimeUnit::Microsecond => (
                    a.as_primitive::<TimestampMicrosecondType>().values(),
                    1_000_000,
                ),
                ArrowTimeUnit::Nanosecond => (
                    a.as_primitive::<TimestampNanosecondType>().values(),
                    1_000_000_000,
                ),
            };
            each(a, |i| rfc3339(values[i].div_euclid(per_second)))
        }
        DataType::Binary => each(a, |i| {
            format!("<{} bytes>", a.as_binary::<i32>().value(i).len())
        }),
        DataType::LargeBinary => each(a, |i| {
            format!("<{} bytes>", a.as_binary::<i64>().value(i).len())
        }),
        DataType::List(_) => {
            let l = a.as_list::<i32>();
            let values = json_column(l.values().as_ref());
            each(a, |i| {
                let o = l.value_offsets();
                J::Array(values[o[i] as usize..o[i + 1] as usize].to_vec())
            })
        }
        DataType::FixedSizeList(_, n) => {
            let l = a.as_fixed_size_list();
            let values = json_column(l.values().as_ref());
            let n = *n as usize;
            each(a, |i| J::Array(values[i * n..(i + 1) * n].to_vec()))
        }
        _ => match ArrayFormatter::try_new(a, &FormatOptions::default()) {
            Ok(f) => each(a, |i| f.value(i).to_string()),
            Err(e) => vec![J::String(format!("<{e}>")); a.len()],
        },
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` of seconds since 1970-01-01 UTC.
fn rfc3339(secs: i64) -> String {
    let day = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date_of_days(day as i32),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// `YYYY-MM-DD` of days since 1970-01-01.
fn date_of_days(z: i32) -> String {
    crate::filter::Day::from_epoch_days(z).to_string()
}

fn cell_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl Table {
    /// Prints the table.
    pub fn write(&self, format: TableFormat, out: &mut dyn Write) -> std::io::Result<()> {
        match format {
            TableFormat::Json => {
                for row in &self.rows {
                    let obj: serde_json::Map<String, serde_json::Value> = self
                        .columns
                        .iter()
                        .cloned()
                        .zip(row.iter().cloned())
                        .collect();
                    serde_json::to_writer(&mut *out, &obj)?;
                    out.write_all(b"\n")?;
                }
            }
            TableFormat::Csv => {
                let line = |cells: Vec<String>| {
                    cells
                        .into_iter()
                        .map(|c| {
                            if c.contains([',', '"', '\n', '\r']) {
                                format!("\"{}\"", c.replace('"', "\"\""))
                            } else {
                                c
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(",")
                };
                writeln!(out, "{}", line(self.columns.clone()))?;
                for row in &self.rows {
                    writeln!(out, "{}", line(row.iter().map(cell_text).collect()))?;
                }
            }
            TableFormat::Table => {
                let cells: Vec<Vec<String>> = self
                    .rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|c| cell_text(c).replace(['\n', '\t'], " "))
                            .collect()
                    })
                    .collect();
                let mut widths: Vec<usize> =
                    self.columns.iter().map(|c| c.chars().count()).collect();
                for r in &cells {
                    for (w, c) in widths.iter_mut().zip(r) {
                        *w = (*w).max(c.chars().count());
                    }
                }
                let numeric: Vec<bool> = (0..self.columns.len())
                    .map(|i| self.rows.iter().all(|r| r[i].is_number() || r[i].is_null()))
                    .collect();
                let print = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
                    let parts: Vec<String> = r
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let pad = widths[i].saturating_sub(c.chars().count());
                            if numeric[i] {
                                format!("{}{c}", " ".repeat(pad))
                            } else {
                                format!("{c}{}", " ".repeat(pad))
                            }
                        })
                        .collect();
                    writeln!(out, "{}", parts.join("  ").trim_end())
                };
                print(out, &self.columns)?;
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                writeln!(out, "{}", rule.join("  "))?;
                for r in &cells {
                    print(out, r)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_print_as_dates() {
        assert_eq!(date_of_days(0), "1970-01-01");
        assert_eq!(date_of_days(17_489), "2017-11-19");
        assert_eq!(date_of_days(-1), "1969-12-31");
    }

    #[test]
    fn group_by_takes_one_time_and_one_who() {
        assert_eq!(
            parse_group_by("month,dyad").unwrap(),
            vec![GroupBy::Month, GroupBy::Dyad]
        );
        assert!(parse_group_by("month,week").is_err());
        assert!(parse_group_by("actor,dyad").is_err());
        assert!(parse_group_by("year")
            .unwrap_err()
            .to_string()
            .contains("use day"));
    }
}
