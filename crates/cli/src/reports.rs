//! `puerta reports`: the staff side of "report a problem". List what residents reported,
//! resolve (delete) reports once the listing is checked, purge old ones. The store does the
//! work (`puerta_store::Store::list_reports` and the methods after it); this file parses
//! arguments and prints.
//!
//! Report text is what a resident typed: it is printed for staff on standard output, never
//! logged.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use puerta_domain::report::{days_before, ProblemReport, ReportId};
use puerta_store::{PageRequest, ResolvedReports, Store};
use uuid::Uuid;

#[derive(Debug, Subcommand)]
pub enum ReportsCommand {
    /// List the problem reports residents sent, oldest first.
    List {
        /// Only the reports about this service (its id).
        #[arg(long, value_name = "ID")]
        service: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Resolve reports: delete them, once the listing is checked. If any number is unknown,
    /// nothing is deleted.
    Resolve {
        /// Report numbers, as `reports list` shows them.
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Delete the reports received more than DAYS days ago (reports older than 180 days are
    /// deleted automatically).
    Purge {
        #[arg(long, value_name = "DAYS")]
        older_than: u16,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns, the service's name next to its id, the text below.
    Table,
    /// One row per report, with a header row (text that a spreadsheet would take for a
    /// formula gets a leading `'`).
    Csv,
    /// A JSON array of report objects.
    Json,
}

pub async fn run(db: &str, command: ReportsCommand) -> anyhow::Result<()> {
    match command {
        ReportsCommand::List { service, format } => {
            // Bad arguments are refused before the database is opened.
            let service = service.as_deref().map(parse_service_id).transpose()?;
            let store = super::open(db).await?;
            let result = list(&*store, service, format).await;
            store.close().await;
            print!("{}", result?);
            Ok(())
        }
        ReportsCommand::Resolve { ids } => {
            let ids = ids
                .iter()
                .map(|raw| ReportId::parse(raw).map_err(|e| anyhow::anyhow!("resolve: {e}")))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let store = super::open(db).await?;
            let result = store.resolve_reports(&ids).await;
            store.close().await;
            match result.context("cannot resolve the reports")? {
                ResolvedReports::Deleted(n) => {
                    println!("resolved {}", plural(n, "report"));
                    Ok(())
                }
                ResolvedReports::Unknown(unknown) => {
                    let list: Vec<String> = unknown.iter().map(ToString::to_string).collect();
                    anyhow::bail!(
                        "no report numbered {} (nothing was deleted)",
                        list.join(", ")
                    )
                }
            }
        }
        ReportsCommand::Purge { older_than } => {
            let before = days_before(puerta_web::pages::report::today_utc(), older_than);
            let store = super::open(db).await?;
            let result = store.delete_reports_received_before(before).await;
            store.close().await;
            let n = result.context("cannot delete the old reports")?;
            println!("deleted {} received before {before}", plural(n, "report"));
            Ok(())
        }
    }
}

fn parse_service_id(raw: &str) -> anyhow::Result<Uuid> {
    Uuid::parse_str(raw.trim())
        .map_err(|_| anyhow::anyhow!("--service: expected a service id (a UUID), found {raw:?}"))
}

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Every report (of one service), oldest first, printed in `format`.
async fn list(
    store: &dyn Store,
    service: Option<Uuid>,
    format: ListFormat,
) -> anyhow::Result<String> {
    let mut reports: Vec<ProblemReport> = Vec::new();
    let mut page = PageRequest {
        page: 1,
        per_page: PageRequest::MAX_PER_PAGE,
    };
    loop {
        let got = store
            .list_reports(service, page)
            .await
            .context("cannot list the reports")?;
        let done = got.items.is_empty() || page.page as u64 >= got.total_pages();
        reports.extend(got.items);
        if done {
            break;
        }
        page.page += 1;
    }
    let mut names: HashMap<Uuid, Option<String>> = HashMap::new();
    for r in &reports {
        if let Entry::Vacant(slot) = names.entry(r.service_id) {
            let service = store
                .service(r.service_id)
                .await
                .context("cannot read a reported service")?;
            slot.insert(service.map(|s| s.name.as_str().to_owned()));
        }
    }
    let name_of = |id: &Uuid| names.get(id).cloned().flatten();
    match format {
        ListFormat::Table => Ok(table(&reports, name_of)),
        ListFormat::Csv => csv_text(&reports, name_of),
        ListFormat::Json => {
            let rows: Vec<serde_json::Value> = reports
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id.get(),
                        "received": r.received.to_string(),
                        "category": r.category.code(),
                        "service_id": r.service_id,
                        "service_name": name_of(&r.service_id),
                        "text": r.text.as_str(),
                    })
                })
                .collect();
            Ok(serde_json::to_string_pretty(&rows)? + "\n")
        }
    }
}

/// Shown instead of the name of a service no longer in the directory.
const GONE: &str = "(no longer in the directory)";

fn table(reports: &[ProblemReport], name_of: impl Fn(&Uuid) -> Option<String>) -> String {
    if reports.is_empty() {
        return "no reports\n".to_owned();
    }
    let id_width = reports
        .iter()
        .map(|r| r.id.to_string().len())
        .max()
        .unwrap_or(1)
        .max(1);
    let category_width = reports
        .iter()
        .map(|r| r.category.code().len())
        .max()
        .unwrap_or(8)
        .max("category".len());
    let mut out = format!(
        "{:<id_width$}  {:<10}  {:<category_width$}  service\n",
        "#", "received", "category"
    );
    for r in reports {
        let name = name_of(&r.service_id).unwrap_or_else(|| GONE.to_owned());
        out.push_str(&format!(
            "{:<id_width$}  {:<10}  {:<category_width$}  {}  {name}\n",
            r.id,
            r.received.to_string(),
            r.category.code(),
            r.service_id,
        ));
        for line in r.text.as_str().lines() {
            out.push_str(&format!("{:id_width$}  > {line}\n", ""));
        }
    }
    out.push_str(&format!("{}\n", plural(reports.len() as u64, "report")));
    out
}

fn csv_text(
    reports: &[ProblemReport],
    name_of: impl Fn(&Uuid) -> Option<String>,
) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "received",
        "category",
        "service_id",
        "service_name",
        "text",
    ])?;
    for r in reports {
        w.write_record([
            r.id.to_string(),
            r.received.to_string(),
            r.category.code().to_owned(),
            r.service_id.to_string(),
            name_of(&r.service_id).unwrap_or_default(),
            spreadsheet_safe(r.text.as_str()),
        ])?;
    }
    let bytes = w.into_inner().context("cannot write CSV")?;
    Ok(String::from_utf8(bytes)?)
}

/// `text` as a CSV cell that a spreadsheet will not run: the text comes from a public form,
/// and a cell starting with `=`, `+`, `-`, `@` (or a tab or carriage return) would be read
/// as a formula, so such text gets a leading `'`.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}
