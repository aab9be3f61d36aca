//! `puerta reports list | resolve | purge`, run as the real binary over a real SQLite
//! database holding the demo directory and four problem reports (one about a service that is
//! no longer in the directory). Reports never reach an HSDS export.

mod common;

use std::path::Path;

use common::{run, run_ok};
use puerta_domain::report::{
    days_before, NewProblemReport, ReportCategory, ReportLimits, ReportText,
};
use puerta_store::{ReportOutcome, ServiceFilter};
use uuid::Uuid;

const GONE: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const PHONE_TEXT: &str = "El teléfono no contesta";
const FORMULA_TEXT: &str = "=HYPERLINK(\"http://example.invalid\")";

struct Given {
    /// (id, name) of the two reported demo services.
    a: (Uuid, String),
    b: (Uuid, String),
    /// Report numbers, in the order added: r1 (a, today), r2 (a, 10 days ago, a formula),
    /// r3 (b, 10 days ago, two lines), r4 (a gone service, 200 days ago, no text).
    ids: [i64; 4],
    today: jiff::civil::Date,
}

async fn given(db: &str) -> Given {
    run_ok(db, &["demo"]);
    let store = puerta_store::open(db).await.unwrap();
    let service_ids = store.service_ids(&ServiceFilter::default()).await.unwrap();
    let mut named = Vec::new();
    for id in &service_ids[..2] {
        let s = store.service(*id).await.unwrap().unwrap();
        named.push((*id, s.name.as_str().to_owned()));
    }
    let today = puerta_web::pages::report::today_utc();
    let reports = [
        (named[0].0, ReportCategory::WrongPhone, PHONE_TEXT, 0),
        (named[0].0, ReportCategory::Closed, FORMULA_TEXT, 10),
        (named[1].0, ReportCategory::Other, "Line one\nLine two", 10),
        (
            Uuid::parse_str(GONE).unwrap(),
            ReportCategory::WrongHours,
            "",
            200,
        ),
    ];
    let mut ids = [0; 4];
    for (n, (service_id, category, text, days_ago)) in reports.into_iter().enumerate() {
        let report = NewProblemReport {
            service_id,
            category,
            text: ReportText::parse(text).unwrap(),
            received: days_before(today, days_ago),
        };
        match store
            .add_report(&report, ReportLimits::default())
            .await
            .unwrap()
        {
            ReportOutcome::Added(r) => ids[n] = r.id.get(),
            other => panic!("not kept: {other:?}"),
        }
    }
    store.close().await;
    let mut named = named.into_iter();
    Given {
        a: named.next().unwrap(),
        b: named.next().unwrap(),
        ids,
        today,
    }
}

fn json_ids(db: &str) -> Vec<i64> {
    let out = run_ok(db, &["reports", "list", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

/// Runs and asserts failure with exit code 1 and one line on standard error; returns it.
fn fails(db: &str, args: &[&str]) -> String {
    let out = run(db, args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "puerta {args:?} should fail:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

fn all_files_text(dir: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text.push_str(&all_files_text(&path));
        } else {
            text.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
        }
    }
    text
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_list_resolve_and_purge_problem_reports() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("puerta.db");
    let db = db_path.to_str().unwrap();
    let g = given(db).await;
    let [r1, r2, r3, r4] = g.ids;

    // Table: oldest first, the service's name next to its id, the text below.
    let table = run_ok(db, &["reports", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("#"), "{table}");
    assert!(lines[0].contains("received") && lines[0].contains("service"));
    let first_of = |id: i64| {
        lines
            .iter()
            .position(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no row for report {id}:\n{table}"))
    };
    let rows = [first_of(r4), first_of(r2), first_of(r3), first_of(r1)];
    assert!(
        rows.windows(2).all(|w| w[0] < w[1]),
        "oldest first:\n{table}"
    );
    let row1 = lines[first_of(r1)];
    assert!(row1.contains(&g.today.to_string()), "{row1}");
    assert!(row1.contains("wrong_phone"), "{row1}");
    assert!(
        row1.contains(&format!("{}  {}", g.a.0, g.a.1)),
        "name next to the id: {row1}"
    );
    assert!(table.contains(&format!("> {PHONE_TEXT}")), "{table}");
    assert!(
        table.contains("> Line one\n") && table.contains("> Line two\n"),
        "{table}"
    );
    assert!(
        lines[first_of(r4)].contains(&format!("{GONE}  (no longer in the directory)")),
        "{table}"
    );
    assert!(table.trim_end().ends_with("4 reports"), "{table}");

    // One service, as CSV (a formula is not left for a spreadsheet to run).
    let a_id = g.a.0.to_string();
    let csv_out = run_ok(
        db,
        &["reports", "list", "--service", &a_id, "--format", "csv"],
    );
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "id",
            "received",
            "category",
            "service_id",
            "service_name",
            "text"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2, "{csv_out}");
    assert_eq!(&records[0][0], r2.to_string());
    assert_eq!(&records[0][2], "closed");
    assert_eq!(&records[0][3], a_id);
    assert_eq!(&records[0][4], g.a.1);
    assert_eq!(&records[0][5], format!("'{FORMULA_TEXT}"));
    assert_eq!(&records[1][0], r1.to_string());
    assert_eq!(&records[1][5], PHONE_TEXT);

    // JSON.
    let out = run_ok(db, &["reports", "list", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(list[2]["id"], r3);
    assert_eq!(list[2]["service_id"], g.b.0.to_string());
    assert_eq!(list[2]["service_name"], g.b.1);
    assert_eq!(list[2]["category"], "other");
    assert_eq!(list[2]["text"], "Line one\nLine two");
    assert_eq!(list[0]["service_name"], serde_json::Value::Null);
    assert_eq!(list[0]["received"], days_before(g.today, 200).to_string());

    // Reports are not HSDS records: the export does not carry them.
    let export = dir.path().join("export");
    run_ok(db, &["export", export.to_str().unwrap()]);
    let exported = all_files_text(&export);
    assert!(exported.contains(&g.a.1), "the export has the services");
    for text in [PHONE_TEXT, "HYPERLINK", "Line one", "wrong_phone"] {
        assert!(!exported.contains(text), "the export carries `{text}`");
    }

    // Resolving with an unknown number: exit 1, naming it, nothing deleted.
    let err = fails(db, &["reports", "resolve", &r2.to_string(), "999999"]);
    assert!(err.contains("999999"), "{err}");
    assert!(err.contains("nothing was deleted"), "{err}");
    assert_eq!(json_ids(db), vec![r4, r2, r3, r1]);
    let err = fails(db, &["reports", "resolve", "abc"]);
    assert!(err.contains("\"abc\""), "{err}");
    let err = fails(db, &["reports", "list", "--service", "not-a-uuid"]);
    assert!(err.contains("not-a-uuid"), "{err}");

    // Resolving known numbers deletes them.
    let out = run_ok(
        db,
        &["reports", "resolve", &r2.to_string(), &format!("#{r3}")],
    );
    assert_eq!(out.trim(), "resolved 2 reports");
    assert_eq!(json_ids(db), vec![r4, r1]);
    let err = fails(db, &["reports", "resolve", &r2.to_string()]);
    assert!(err.contains(&r2.to_string()), "{err}");

    // Purge: received more than 180 days ago.
    let out = run_ok(db, &["reports", "purge", "--older-than", "180"]);
    assert_eq!(
        out.trim(),
        format!(
            "deleted 1 report received before {}",
            days_before(g.today, 180)
        )
    );
    assert_eq!(json_ids(db), vec![r1]);
    let out = run_ok(db, &["reports", "purge", "--older-than", "0"]);
    assert!(out.starts_with("deleted 0 reports"), "{out}");
    assert_eq!(json_ids(db), vec![r1]);
    let out = run_ok(db, &["reports", "list", "--service", &g.b.0.to_string()]);
    assert_eq!(out, "no reports\n");
}
