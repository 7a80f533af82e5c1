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
    /// The position of column `name` (a store whose table lacks it is not one dyad made).
    pub(crate) fn index_of(&self, name: &str) -> Result<usize> {
        self.schema.index_of(name).map_err(|_| StoreError::Record {
            input: name.to_string(),
            why: format!("the store has no column {name}"),
        })
    }

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
    pub(crate) fn batch(&self, rows: &[Vec<Cell<'_>>]) -> std::result::Result<RecordBatch, String> {
        let n = rows.len();
        let fields = self.schema.fields();
        let mut columns = Vec::with_capacity(fields.len());
        for (i, field) in fields.iter().enumerate() {
            columns.push(match field.data_type() {
                DataType::Utf8 => {
                    let bytes = rows
                        .iter()
                        .map(|r| r.get(i).map_or(0, Cell::text_len))
                        .sum();
                    Column::Utf8(StringBuilder::with_capacity(n, bytes))
                }
                DataType::Int64 => Column::Int64(Int64Builder::with_capacity(n)),
                DataType::Int32 => Column::Int32(Int32Builder::with_capacity(n)),
                DataType::Int8 => Column::Int8(Int8Builder::with_capacity(n)),
                DataType::Float32 => Column::Float32(Float32Builder::with_capacity(n)),
                DataType::Float64 => Column::Float64(Float64Builder::with_capacity(n)),
                DataType::Boolean => Column::Boolean(BooleanBuilder::with_capacity(n)),
                DataType::Date32 => Column::Date32(Date32Builder::with_capacity(n)),
                DataType::Timestamp(..) => {
                    Column::Timestamp(TimestampMicrosecondBuilder::with_capacity(n))
                }
                other => return Err(format!("column {} has type {other}", field.name())),
            });
        }
        // Row by row: each row's cells are read once, while in cache.
        for row in rows {
            for (i, column) in columns.iter_mut().enumerate() {
                let cell = row.get(i).unwrap_or(&Cell::Null);
                if !column.push(cell) {
                    let field = &fields[i];
                    return Err(format!(
                        "column {} ({}) cannot hold {cell:?}",
                        field.name(),
                        field.data_type()
                    ));
                }
            }
        }
        let arrays = columns.into_iter().map(Column::finish).collect();
        RecordBatch::try_new(self.schema.clone(), arrays).map_err(|e| e.to_string())
    }
}

/// One value of a row, borrowed from the record where it can be: a row of
/// a mention is built and dropped by the thousands, and copying each
/// string twice (into the row, then into the batch) was most of its cost.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    Null,
    Str(&'a str),
    String(String),
    BigInt(i64),
    Int(i32),
    TinyInt(i8),
    Float(f32),
    Double(f64),
    Bool(bool),
    /// Days since 1970-01-01.
    Date32(i32),
    /// Microseconds since 1970-01-01 00:00 UTC.
    TimestampMicros(i64),
}

impl Cell<'_> {
    fn text_len(&self) -> usize {
        match self {
            Cell::Str(s) => s.len(),
            Cell::String(s) => s.len(),
            _ => 0,
        }
    }

    /// The value for a one-row append.
    pub(crate) fn into_value(self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Str(s) => Value::Text(s.to_string()),
            Cell::String(s) => Value::Text(s),
            Cell::BigInt(v) => Value::BigInt(v),
            Cell::Int(v) => Value::Int(v),
            Cell::TinyInt(v) => Value::TinyInt(v),
            Cell::Float(v) => Value::Float(v),
            Cell::Double(v) => Value::Double(v),
            Cell::Bool(v) => Value::Boolean(v),
            Cell::Date32(v) => Value::Date32(v),
            Cell::TimestampMicros(v) => Value::Timestamp(TimeUnit::Microsecond, v),
        }
    }
}

/// A row's cells as values for a one-row append.
pub(crate) fn cells_to_values(cells: Vec<Cell<'_>>) -> Vec<Value> {
    cells.into_iter().map(Cell::into_value).collect()
}

/// An Arrow builder of one column's type.
enum Column {
    Utf8(StringBuilder),
    Int64(Int64Builder),
    Int32(Int32Builder),
    Int8(Int8Builder),
    Float32(Float32Builder),
    Float64(Float64Builder),
    Boolean(BooleanBuilder),
    Date32(Date32Builder),
    Timestamp(TimestampMicrosecondBuilder),
}

impl Column {
    /// Appends `cell`; false when the column's type cannot hold it.
    fn push(&mut self, cell: &Cell<'_>) -> bool {
        match (self, cell) {
            (Column::Utf8(b), Cell::Null) => b.append_null(),
            (Column::Int64(b), Cell::Null) => b.append_null(),
            (Column::Int32(b), Cell::Null) => b.append_null(),
            (Column::Int8(b), Cell::Null) => b.append_null(),
            (Column::Float32(b), Cell::Null) => b.append_null(),
            (Column::Float64(b), Cell::Null) => b.append_null(),
            (Column::Boolean(b), Cell::Null) => b.append_null(),
            (Column::Date32(b), Cell::Null) => b.append_null(),
            (Column::Timestamp(b), Cell::Null) => b.append_null(),
            (Column::Utf8(b), Cell::Str(s)) => b.append_value(s),
            (Column::Utf8(b), Cell::String(s)) => b.append_value(s),
            (Column::Int64(b), Cell::BigInt(v)) => b.append_value(*v),
            (Column::Int32(b), Cell::Int(v)) => b.append_value(*v),
            (Column::Int8(b), Cell::TinyInt(v)) => b.append_value(*v),
            (Column::Float32(b), Cell::Float(v)) => b.append_value(*v),
            (Column::Float64(b), Cell::Double(v)) => b.append_value(*v),
            (Column::Boolean(b), Cell::Bool(v)) => b.append_value(*v),
            (Column::Date32(b), Cell::Date32(v)) => b.append_value(*v),
            (Column::Timestamp(b), Cell::TimestampMicros(v)) => b.append_value(*v),
            _ => return false,
        }
        true
    }

    fn finish(self) -> ArrayRef {
        match self {
            Column::Utf8(mut b) => Arc::new(b.finish()),
            Column::Int64(mut b) => Arc::new(b.finish()),
            Column::Int32(mut b) => Arc::new(b.finish()),
            Column::Int8(mut b) => Arc::new(b.finish()),
            Column::Float32(mut b) => Arc::new(b.finish()),
            Column::Float64(mut b) => Arc::new(b.finish()),
            Column::Boolean(mut b) => Arc::new(b.finish()),
            Column::Date32(mut b) => Arc::new(b.finish()),
            Column::Timestamp(mut b) => Arc::new(b.finish()),
        }
    }
}
