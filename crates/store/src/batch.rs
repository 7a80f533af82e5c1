//! Rows gathered into Arrow record batches, so that the appender takes a
//! chunk of rows at a time instead of one value at a time (a mention row has
//! 44 values: binding them one by one was most of a bulk load).

use std::path::Path;
use std::sync::Arc;

use duckdb::arrow::array::{
    ArrayRef, BooleanBuilder, Date32Builder, Float32Builder, Float64Builder, Int32Builder,
    Int64Builder, Int8Builder, StringBuilder, TimestampMicrosecondBuilder,
};
use duckdb::arrow::datatypes::{DataType, Field, Schema, TimeUnit as ArrowTimeUnit};
use duckdb::arrow::record_batch::RecordBatch;
use duckdb::types::{TimeUnit, Value};
use duckdb::Connection;

use crate::error::{Result, StoreError};

/// The Arrow types of a table's columns, in order.
#[derive(Clone, Debug)]
pub(crate) struct RowLayout {
    schema: Arc<Schema>,
}

impl RowLayout {
    /// Reads the layout of `table`; a column type the batches do not carry
    /// is an error (a migration that adds one must teach [`RowLayout::batch`]).
    pub(crate) fn of(conn: &Connection, path: &Path, table: &str) -> Result<RowLayout> {
        let db = |cause| StoreError::Db {
            path: path.to_path_buf(),
            what: format!("cannot read the layout of {table}"),
            cause,
        };
        let mut st = conn
            .prepare(
                "SELECT column_name, data_type FROM information_schema.columns \
             WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            )
            .map_err(db)?;
        let cols = st
            .query_map([table], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(db)?;
        let mut fields = Vec::new();
        for c in cols {
            let (name, ty) = c.map_err(db)?;
            let ty = match ty.as_str() {
                "VARCHAR" => DataType::Utf8,
                "BIGINT" => DataType::Int64,
                "INTEGER" => DataType::Int32,
                "TINYINT" => DataType::Int8,
                "FLOAT" => DataType::Float32,
                "DOUBLE" => DataType::Float64,
                "BOOLEAN" => DataType::Boolean,
                "DATE" => DataType::Date32,
                "TIMESTAMP" => DataType::Timestamp(ArrowTimeUnit::Microsecond, None),
                other => {
                    return Err(StoreError::Record {
                        input: path.display().to_string(),
                        why: format!("{table}.{name} has type {other}, which batches do not carry"),
                    })
                }
            };
            fields.push(Field::new(name, ty, true));
        }
        Ok(RowLayout {
            schema: Arc::new(Schema::new(fields)),
        })
    }

    /// The rows as one record batch; an error names a value that does not
    /// fit its column.
    pub(crate) fn batch(&self, rows: &[Vec<Value>]) -> std::result::Result<RecordBatch, String> {
        let n = rows.len();
        let mut columns: Vec<ArrayRef> = Vec::with_capacity(self.schema.fields().len());
        for (i, field) in self.schema.fields().iter().enumerate() {
            let wrong = |v: &Value| {
                format!(
                    "column {} ({}) cannot hold {v:?}",
                    field.name(),
                    field.data_type()
                )
            };
            macro_rules! column {
                ($builder:expr, $($pat:pat => $val:expr),+) => {{
                    let mut b = $builder;
                    for row in rows {
                        match row.get(i).unwrap_or(&Value::Null) {
                            Value::Null => b.append_null(),
                            $($pat => b.append_value($val),)+
                            other => return Err(wrong(other)),
                        }
                    }
                    Arc::new(b.finish()) as ArrayRef
                }};
            }
            columns.push(match field.data_type() {
                DataType::Utf8 => {
                    let bytes = rows
                        .iter()
                        .map(|r| match r.get(i) {
                            Some(Value::Text(s)) => s.len(),
                            _ => 0,
                        })
                        .sum();
                    column!(StringBuilder::with_capacity(n, bytes), Value::Text(s) => s)
                }
                DataType::Int64 => column!(Int64Builder::with_capacity(n), Value::BigInt(v) => *v),
                DataType::Int32 => column!(Int32Builder::with_capacity(n), Value::Int(v) => *v),
                DataType::Int8 => column!(Int8Builder::with_capacity(n), Value::TinyInt(v) => *v),
                DataType::Float32 => {
                    column!(Float32Builder::with_capacity(n), Value::Float(v) => *v)
                }
                DataType::Float64 => {
                    column!(Float64Builder::with_capacity(n), Value::Double(v) => *v)
                }
                DataType::Boolean => {
                    column!(BooleanBuilder::with_capacity(n), Value::Boolean(v) => *v)
                }
                DataType::Date32 => {
                    column!(Date32Builder::with_capacity(n), Value::Date32(v) => *v)
                }
                DataType::Timestamp(..) => column!(
                    TimestampMicrosecondBuilder::with_capacity(n),
                    Value::Timestamp(TimeUnit::Microsecond, v) => *v
                ),
                other => return Err(format!("column {} has type {other}", field.name())),
            });
        }
        RecordBatch::try_new(self.schema.clone(), columns).map_err(|e| e.to_string())
    }
}
