//! The "validate" step, the same for every catalog: each cell is checked and typed by its
//! column's [`Kind`], then the keys, the rules across cells, the references and the order are
//! checked across rows. Every problem is collected, located at its cell.
//!
//! A validated cell keeps its position, so a check across rows names the cell it is about
//! without searching the table again. The checks of one cell are in `cell.rs`, those across
//! rows in `rows.rs`.

use std::collections::HashMap;

use super::describe::{
    Catalog, Column, IdentRule, IntType, Item, Key, Kind, Order, Rule, Vocabulary,
};
use super::markup::{self, Markup};
use super::table::{At, DataError, Table};

mod cell;
mod rows;

use cell::*;
use rows::*;

/// A typed cell.
#[derive(Clone, Debug)]
pub enum Value {
    /// An empty optional cell.
    Empty,
    /// Text of any text-like kind (text, date, source document, URL).
    Text(String),
    /// A variant name: as the vendor spells it, and the identifier it becomes.
    Ident {
        name: String,
        ident: String,
    },
    /// A `;` list.
    List(Vec<String>),
    Markup {
        raw: String,
        markup: Markup,
    },
    Int(i64),
    Bool(bool),
    Item(&'static Item),
    Grade(char, &'static Item),
    Set(Vec<&'static Item>),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        matches!(self, Value::Empty)
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            Value::Ident { name, .. } => Some(name),
            Value::Markup { raw, .. } => Some(raw),
            _ => None,
        }
    }

    pub fn int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
}

/// A validated cell: its value and where it stands.
#[derive(Clone, Debug)]
pub struct Cell {
    pub value: Value,
    /// The cell's text as written.
    pub raw: String,
    pub line: u64,
    pub column: usize,
}

/// A validated row: one cell per column, in the description's order.
#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<Cell>,
}

/// A validated catalog.
pub struct Valid {
    pub catalog: &'static Catalog,
    pub rows: Vec<Row>,
    /// The index of the variant column, found once: every step asks for each row's variant.
    variant: Option<usize>,
}

impl std::fmt::Debug for Valid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Valid")
            .field("file", &self.catalog.file)
            .field("rows", &self.rows)
            .finish()
    }
}

impl Valid {
    /// The cell of `row` in the column named `name`.
    pub fn cell<'a>(&self, row: &'a Row, name: &str) -> Option<&'a Cell> {
        let (index, _) = self.catalog.column(name)?;
        row.cells.get(index)
    }

    /// The value of `row` in the column named `name` ([`Value::Empty`] for a column the
    /// catalog does not have).
    pub fn value<'a>(&self, row: &'a Row, name: &str) -> &'a Value {
        const EMPTY: &Value = &Value::Empty;
        self.cell(row, name).map_or(EMPTY, |c| &c.value)
    }

    /// The identifier of the row's variant.
    pub fn ident<'a>(&self, row: &'a Row) -> &'a str {
        match self
            .variant
            .and_then(|i| row.cells.get(i))
            .map(|c| &c.value)
        {
            Some(Value::Ident { ident, .. }) => ident,
            _ => "",
        }
    }
}

/// Collects every error instead of stopping at the first.
#[derive(Default)]
struct Errors(Vec<DataError>);

impl Errors {
    fn take<T>(&mut self, result: Result<T, DataError>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }
}

/// Runs the step on a table read by `table::read` with the catalog's header.
pub fn validate(catalog: &'static Catalog, table: Table) -> Result<Valid, Vec<DataError>> {
    // The table's cells are moved into the validated rows, not copied.
    let Table {
        file,
        rows: records,
    } = table;
    let mut errors = Errors::default();
    if records.is_empty() {
        errors.0.push(DataError {
            file: file.clone(),
            line: 1,
            column: None,
            column_name: None,
            problem: "the table has no rows".to_owned(),
            expected: "at least one row after the header".to_owned(),
        });
    }
    let mut rows = Vec::new();
    for record in records {
        let mut cells = Vec::new();
        let mut complete = true;
        let mut texts = record.cells.into_iter();
        for (index, column) in catalog.columns.iter().enumerate() {
            let at = At {
                file: &file,
                line: record.line,
                column: index + 1,
                name: column.name,
            };
            let text = texts.next().unwrap_or_default();
            // A cell is typed by its text and column alone, so one that repeats the cell above
            // (a source, a date, a class) takes its value rather than being checked again.
            let above = rows
                .last()
                .and_then(|row: &Row| row.cells.get(index))
                .filter(|above| above.raw == text);
            let value = match above {
                Some(above) => Some(above.value.clone()),
                None => errors.take(cell(catalog, column, &text, &at)),
            };
            match value {
                Some(value) => cells.push(Cell {
                    value,
                    raw: text,
                    line: record.line,
                    column: index + 1,
                }),
                None => complete = false,
            }
        }
        if complete {
            rows.push(Row { cells });
        }
    }
    let variant = catalog.column(catalog.variant).map(|(i, _)| i);
    let valid = Valid {
        catalog,
        rows,
        variant,
    };
    let at = |cell: &Cell| At {
        file: &file,
        line: cell.line,
        column: cell.column,
        name: catalog.columns[cell.column - 1].name,
    };
    keys(&valid, &at, &mut errors);
    for rule in catalog.rules {
        for row in &valid.rows {
            errors.take(check_rule(&valid, rule, row, &at));
        }
    }
    references(&valid, &at, &mut errors);
    if let Order::Ascending(name) = catalog.order {
        for pair in valid.rows.windows(2) {
            let (Some(a), Some(b)) = (valid.cell(&pair[0], name), valid.cell(&pair[1], name))
            else {
                continue;
            };
            if let (Some(x), Some(y)) = (a.value.int(), b.value.int()) {
                // Equal numbers are reported as duplicates.
                if y < x {
                    errors.0.push(at(b).error(
                        format!("{name} {y} comes after {x}"),
                        format!("rows in ascending order of {name}"),
                    ));
                }
            }
        }
    }
    if errors.0.is_empty() {
        Ok(valid)
    } else {
        errors.0.sort_by_key(|e| (e.line, e.column));
        Err(errors.0)
    }
}
