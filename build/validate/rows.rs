use super::*;

/// Keys must be unique: variant identifiers and string keys ignoring ASCII case (the
/// ignore-case lookups must find one entry), numbers exactly.
pub(super) fn keys<'a>(valid: &'a Valid, at: &dyn Fn(&'a Cell) -> At<'a>, errors: &mut Errors) {
    let catalog = valid.catalog;
    let mut check = |what: &str,
                     seen: &mut HashMap<String, (String, u64)>,
                     key: String,
                     folded: String,
                     cell: &'a Cell| {
        match seen.get(&folded) {
            Some((first, line)) if *first == key => errors.0.push(at(cell).error(
                format!("duplicate {what} `{key}` (first on line {line})"),
                format!("each {what} once in the table"),
            )),
            Some((first, line)) => errors.0.push(at(cell).error(
                format!("{what} `{key}` differs from `{first}` (line {line}) only in ASCII case"),
                format!("each {what} once in the table, ignoring ASCII case"),
            )),
            None => {
                seen.insert(folded, (key, cell.line));
            }
        }
    };
    let mut idents = HashMap::new();
    // The variant names and the further names looked up with them share one namespace, named
    // after the variant column and the first further column: "name or alias".
    let what = catalog
        .keys
        .iter()
        .find_map(|k| match k {
            Key::Str { column, also, .. } if *column == catalog.variant => also.first(),
            _ => None,
        })
        .map_or_else(
            || catalog.variant.replace('_', " "),
            |also| {
                format!(
                    "{} or {}",
                    catalog.variant.replace('_', " "),
                    singular(also)
                )
            },
        );
    for row in &valid.rows {
        if let Some(cell) = valid.cell(row, catalog.variant) {
            if let Value::Ident { name, ident } = &cell.value {
                check(
                    &what,
                    &mut idents,
                    name.clone(),
                    ident.to_ascii_lowercase(),
                    cell,
                );
            }
        }
    }
    let former_names: Vec<&str> = catalog
        .columns
        .iter()
        .filter(|c| matches!(c.kind, Kind::FormerNames))
        .map(|c| c.name)
        .collect();
    for key in catalog.keys {
        match *key {
            Key::Str { also, .. } if !also.is_empty() => {
                // The names go with the variant identifiers checked above (same namespace).
                for row in &valid.rows {
                    for &also in also.iter().filter(|a| !former_names.contains(a)) {
                        if let (Some(cell), Value::List(items)) =
                            (valid.cell(row, also), valid.value(row, also))
                        {
                            for item in items {
                                check(
                                    &what,
                                    &mut idents,
                                    item.clone(),
                                    item.to_ascii_lowercase(),
                                    cell,
                                );
                            }
                        }
                    }
                }
            }
            Key::Str { column, .. } if column != catalog.variant => {
                let mut seen = HashMap::new();
                for row in &valid.rows {
                    if let Some(cell) = valid.cell(row, column) {
                        if let Some(text) = cell.value.text() {
                            check(
                                column,
                                &mut seen,
                                text.to_owned(),
                                text.to_ascii_lowercase(),
                                cell,
                            );
                        }
                    }
                }
            }
            Key::Str { .. } => {}
            Key::Number { column, .. } => {
                let mut seen = HashMap::new();
                for row in &valid.rows {
                    if let Some(cell) = valid.cell(row, column) {
                        if let Some(n) = cell.value.int() {
                            let what = if column == "code" { "code" } else { column };
                            check(what, &mut seen, n.to_string(), n.to_string(), cell);
                        }
                    }
                }
            }
        }
    }
    // Former names become associated constants of the enum beside the variants, whether or
    // not a lookup reads them: one namespace with the variant names, checked last.
    for row in &valid.rows {
        for &name in &former_names {
            if let (Some(cell), Value::List(items)) =
                (valid.cell(row, name), valid.value(row, name))
            {
                for item in items {
                    check(
                        &what,
                        &mut idents,
                        item.clone(),
                        item.to_ascii_lowercase(),
                        cell,
                    );
                }
            }
        }
    }
    // A variant identifier derived from a name (CapitalizeFirst) must not collide with
    // another name's identifier: checked above, ignoring case, on the identifiers.
}

/// `aliases` -> `alias`, `former_codes` -> `former code`.
pub(super) fn singular(column: &str) -> String {
    let words = column.replace('_', " ");
    if let Some(stem) = words.strip_suffix("ses") {
        format!("{stem}s")
    } else {
        words.strip_suffix('s').unwrap_or(&words).to_owned()
    }
}

pub(super) fn check_rule<'a>(
    valid: &'a Valid,
    rule: &Rule,
    row: &'a Row,
    at: &dyn Fn(&'a Cell) -> At<'a>,
) -> Result<(), DataError> {
    let cell = |name: &str| valid.cell(row, name);
    match *rule {
        Rule::Needs { column, needs } => {
            if let (Some(c), Some(n)) = (cell(column), cell(needs)) {
                if !c.value.is_empty() && n.value.is_empty() {
                    return Err(at(c).error(
                        format!("`{column}` is filled but `{needs}` is empty"),
                        format!("`{column}` only where `{needs}` is filled"),
                    ));
                }
            }
        }
        Rule::After { later, earlier } => {
            if let (Some(l), Some(e)) = (cell(later), cell(earlier)) {
                if let (Some(l_date), Some(e_date)) = (l.value.text(), e.value.text()) {
                    if l_date <= e_date {
                        return Err(at(l).error(
                            format!("`{later}` {l_date} is not after `{earlier}` {e_date}"),
                            format!("a date after `{earlier}`"),
                        ));
                    }
                }
            }
        }
        Rule::StatedBy { column, text } => {
            let (Some(c), Some(t)) = (cell(column), cell(text)) else {
                return Ok(());
            };
            let Kind::Vocab(vocab) = valid.catalog.columns[c.column - 1].kind else {
                return Ok(());
            };
            let plain = match &t.value {
                Value::Markup { markup, .. } => markup.plain(),
                other => other.text().unwrap_or_default(),
            };
            let stated = vocab
                .items
                .iter()
                .find(|i| i.sentence.is_some_and(|s| plain.starts_with(s)));
            let given = match c.value {
                Value::Item(i) => Some(i),
                _ => None,
            };
            if stated.map(|i| i.name) != given.map(|i| i.name) {
                let sentences: Vec<&str> = vocab.items.iter().filter_map(|i| i.sentence).collect();
                return Err(at(c).error(
                    format!(
                        "the {column} is `{}` but the {text} {}",
                        given.map_or("", |i| i.name),
                        match stated {
                            Some(s) => format!("states `{}`", s.name),
                            None => format!("states no {column}"),
                        }
                    ),
                    format!(
                        "the {column} that the {text}'s first sentence states ({}), or empty",
                        quoted(sentences.iter())
                    ),
                ));
            }
        }
        Rule::Quotes { column, texts } => {
            let Some(c) = cell(column) else {
                return Ok(());
            };
            let Some(text) = c.value.text() else {
                return Ok(());
            };
            // Only an error names them.
            let named = || {
                texts
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            let parts: Vec<&str> = text.split('"').collect();
            if parts.len() % 2 == 0 {
                return Err(at(c).error(
                    "a double quote is never closed",
                    format!("quotes of {} in pairs of double quotes", named()),
                ));
            }
            let plain: Vec<&str> = texts
                .iter()
                .filter_map(|t| cell(t))
                .map(|t| match &t.value {
                    Value::Markup { markup, .. } => markup.plain(),
                    other => other.text().unwrap_or_default(),
                })
                .collect();
            for phrase in parts.iter().skip(1).step_by(2) {
                if phrase.is_empty() || !plain.iter().any(|p| p.contains(phrase)) {
                    return Err(at(c).error(
                        format!("the quote \"{phrase}\" is not in {}", named()),
                        format!(
                            "quotes copied exactly from the plain text of {} of the same row",
                            named()
                        ),
                    ));
                }
            }
        }
        Rule::SameNumber { hex, decimal } => {
            if let (Some(h), Some(d)) = (cell(hex), cell(decimal)) {
                if let (Some(h_n), Some(d_n)) = (h.value.int(), d.value.int()) {
                    // The signed reading of the 32 bits.
                    let signed = i64::from(h_n as u32 as i32);
                    if signed != d_n {
                        return Err(at(d).error(
                            format!("{d_n} is not the signed 32-bit reading of `{hex}` ({signed})"),
                            format!("the number of `{hex}`, read as a signed 32-bit integer"),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// `RefList` cells name other rows' variants.
pub(super) fn references<'a>(
    valid: &'a Valid,
    at: &dyn Fn(&'a Cell) -> At<'a>,
    errors: &mut Errors,
) {
    // Every row's identifier, so that each reference is one set lookup, not a scan.
    let idents: std::collections::HashSet<&str> =
        valid.rows.iter().map(|r| valid.ident(r)).collect();
    for (index, column) in valid.catalog.columns.iter().enumerate() {
        if !matches!(column.kind, Kind::RefList) {
            continue;
        }
        for row in &valid.rows {
            let cell = &row.cells[index];
            let Value::List(targets) = &cell.value else {
                continue;
            };
            let own = valid.ident(row);
            for target in targets {
                if target == own {
                    errors.0.push(at(cell).error(
                        format!("`{target}` refers to its own row"),
                        "other rows of this table",
                    ));
                } else if !idents.contains(target.as_str()) {
                    errors.0.push(at(cell).error(
                        format!("`{target}` is no {} of this table", valid.catalog.variant),
                        format!("a {} that has its own row", valid.catalog.variant),
                    ));
                }
            }
        }
    }
}
