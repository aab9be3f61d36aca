//! `puerta legal verify` end to end on real data: the Miami 2-1-1 directory (2019) and the
//! DOJ/EOIR Florida roster (2026-08-30), with the real binary and a real SQLite database.

mod common;

use std::path::PathBuf;

use common::{miami, run, run_ok, shared_data};
use puerta_domain::legal::LegalMark;

fn roster() -> PathBuf {
    shared_data()
        .join("legal-services/eoir-roster-fl-2026/fl-accredited-representatives-2026-08-30.json")
}

/// The five Miami organizations that also appear in the roster (SOURCE.md of the roster).
const FIVE: [&str; 5] = [
    "AMERICANS FOR IMMIGRANT JUSTICE, INC.",
    "YOUTH CO-OP, INC.",
    "OPEN ARMS COMMUNITY CENTER, INC.",
    "CHURCH WORLD SERVICE, INC.",
    "CATHOLIC CHARITIES OF THE ARCHIDIOCESE OF MIAMI, INC.",
];

/// Other roster organizations present in the Miami directory (checked by hand).
const ALSO: [&str; 4] = [
    "AMIGOS CENTER, INC.",
    "COALITION OF FLORIDA FARMWORKER ORGANIZATIONS, INC.",
    "LUTHERAN SERVICES FLORIDA, INC.",
    "REDLANDS CHRISTIAN MIGRANT ASSOCIATION - MIAMI, INC.",
];

/// The lines of one section (`header: N` then indented lines).
fn section<'a>(out: &'a str, header: &str) -> (usize, Vec<&'a str>) {
    let mut lines = out.lines().skip_while(|l| !l.starts_with(header));
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no `{header}` in:\n{out}"));
    let n = first[header.len()..]
        .trim_start_matches(':')
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in `{first}`"));
    let body = lines.take_while(|l| l.starts_with("  ")).collect();
    (n, body)
}

fn verify(db: &str, extra: &[&str]) -> String {
    let roster = roster();
    let mut args = vec![
        "legal",
        "verify",
        "--roster",
        roster.to_str().unwrap(),
        "--as-of",
        "2026-08-30",
    ];
    args.extend_from_slice(extra);
    run_ok(db, &args)
}

async fn marked_services(db: &str) -> Vec<puerta_domain::Service> {
    let store = puerta_store::open(db).await.unwrap();
    let ids = store
        .service_ids(&puerta_store::ServiceFilter {
            taxonomy_id: Some(puerta_domain::legal::taxonomy_id()),
            ..Default::default()
        })
        .await
        .unwrap();
    let services = store.full_services(&ids).await.unwrap();
    store.close().await;
    services
}

#[tokio::test(flavor = "multi_thread")]
async fn the_five_miami_organizations_are_matched_marked_once_and_expiries_are_right() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("puerta.db");
    let db = db.to_str().unwrap();
    run_ok(db, &["import", miami().to_str().unwrap()]);

    // Dry run: reports, writes nothing.
    let out = verify(db, &[]);
    let (matched, lines) = section(&out, "matched");
    for name in FIVE {
        assert!(
            lines.iter().any(|l| l.to_uppercase().contains(name)),
            "{name} not matched:\n{out}"
        );
    }
    // Beyond the five, the full directory holds four more organizations of the roster: one
    // under its alternate name ("Amigos Center, Inc." a.k.a. "Amigos en Cristo"), one at the
    // very same address, two under the same name at another office of the organization.
    // Nothing else may match.
    for name in ALSO {
        assert!(
            lines.iter().any(|l| l.to_uppercase().contains(name)),
            "{name} not matched:\n{out}"
        );
    }
    assert_eq!(matched, FIVE.len() + ALSO.len(), "no other match:\n{out}");
    let (_, unmatched) = section(&out, "unmatched roster offices");
    assert!(unmatched
        .iter()
        .any(|l| l.contains("Bay Area Legal Services")));
    // The directory's "Open Arms Community Mental Health Center" is a different organization.
    assert!(
        !out.to_uppercase()
            .contains("OPEN ARMS COMMUNITY MENTAL HEALTH CENTER"),
        "{out}"
    );
    // SOURCE.md: 35 accreditations past their expiration date, all pending renewal.
    let (expired, _) = section(&out, "expired, not authorized");
    assert_eq!(expired, 0, "{out}");
    assert!(out.contains("(0 recognitions, 0 accreditations)"), "{out}");
    let (_, pending) = section(&out, "expired, renewal pending (still authorized)");
    let accreditations = pending
        .iter()
        .filter(|l| l.contains(" accreditation at "))
        .count();
    assert_eq!(accreditations, 35, "{out}");
    // Representatives are never named: the roster's first record is "Fombrun, Kristina".
    assert!(!out.contains("Fombrun") && !out.contains("Kristina"));
    assert!(
        marked_services(db).await.is_empty(),
        "a dry run writes nothing"
    );

    // Apply: the five organizations' legal services carry the marks.
    let out = verify(db, &["--apply"]);
    assert!(out.contains("applied:"), "{out}");
    let marked = marked_services(db).await;
    for name in FIVE {
        let services: Vec<_> = marked
            .iter()
            .filter(|s| {
                s.organization
                    .as_ref()
                    .is_some_and(|o| o.name.as_str().eq_ignore_ascii_case(name))
            })
            .collect();
        assert!(!services.is_empty(), "no marked service of {name}");
        for s in services {
            let recognized = s
                .attributes
                .iter()
                .find(|a| a.taxonomy_term_id == Some(LegalMark::RecognizedOrganization.term_id()))
                .unwrap_or_else(|| panic!("{} has no recognition mark", s.name));
            assert!(recognized
                .value
                .as_deref()
                .unwrap()
                .contains("Recognized since"));
            assert_eq!(
                recognized
                    .taxonomy_term
                    .as_ref()
                    .and_then(|t| t.code.as_ref())
                    .map(|c| c.as_str()),
                Some("doj-recognized-organization"),
                "the full service embeds the term"
            );
        }
    }
    // Legal services only: Catholic Charities' child care is not marked, its unaccompanied
    // minors program is; AIJ's detention program is.
    let names: Vec<String> = marked
        .iter()
        .map(|s| s.name.as_str().to_uppercase())
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    assert!(!names.contains(&"CHILD CARE"), "{names:?}");
    assert!(names.contains(&"UNACCOMPANIED MINORS PROGRAM"), "{names:?}");
    assert!(names.contains(&"DETENTION PROGRAMS"), "{names:?}");
    assert!(names.contains(&"IMMIGRATION AND NATURALIZATION LEGAL SERVICES"));
    // AIJ's office: 16 representatives, 11 of them pending renewal on 2026-08-30.
    let aij = marked
        .iter()
        .find(|s| s.name.as_str().eq_ignore_ascii_case("DETENTION PROGRAMS"))
        .unwrap();
    let reps = aij
        .attributes
        .iter()
        .find(|a| a.taxonomy_term_id == Some(LegalMark::AccreditedRepresentatives.term_id()))
        .unwrap();
    assert!(
        reps.value
            .as_deref()
            .unwrap()
            .starts_with("16 accredited representatives"),
        "{:?}",
        reps.value
    );

    // Ownership: marked services still belong to the Miami import.
    let store = puerta_store::open(db).await.unwrap();
    assert_eq!(
        store
            .source_of(puerta_store::Kind::Service, aij.id)
            .await
            .unwrap()
            .as_deref(),
        Some("miami-open211-2019")
    );
    let counts = store.counts().await.unwrap();
    store.close().await;

    // Second run: nothing changes.
    let out = verify(db, &["--apply"]);
    assert!(
        out.contains("0 changed, 0 unmarked; 0 written"),
        "second run must change nothing:\n{out}"
    );
    let again = marked_services(db).await;
    assert_eq!(
        again
            .iter()
            .map(|s| (&s.id, &s.attributes))
            .collect::<Vec<_>>(),
        marked
            .iter()
            .map(|s| (&s.id, &s.attributes))
            .collect::<Vec<_>>()
    );

    // The roster changes (Open Arms leaves it): its stale marks are removed, others stay.
    let open_arms = marked
        .iter()
        .filter(|s| {
            s.organization.as_ref().is_some_and(|o| {
                o.name
                    .as_str()
                    .eq_ignore_ascii_case("OPEN ARMS COMMUNITY CENTER, INC.")
            })
        })
        .count();
    assert!(open_arms >= 2);
    let smaller = dir.path().join("roster-without-open-arms-2026-08-30.json");
    let records: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(roster()).unwrap()).unwrap();
    let kept: Vec<_> = records
        .into_iter()
        .filter(|r| r["organization_name"] != "Open Arms Community Center")
        .collect();
    std::fs::write(&smaller, serde_json::to_string(&kept).unwrap()).unwrap();
    let out = run_ok(
        db,
        &[
            "legal",
            "verify",
            "--roster",
            smaller.to_str().unwrap(),
            "--as-of",
            "2026-08-30",
            "--apply",
        ],
    );
    assert!(out.contains("matched: 8"), "{out}");
    assert!(
        out.contains(&format!("{open_arms} changed, {open_arms} unmarked")),
        "only Open Arms' services change:\n{out}"
    );
    let after = marked_services(db).await;
    let before_others: Vec<_> = marked
        .iter()
        .filter(|s| !after.iter().all(|a| a.id != s.id))
        .map(|s| (s.id, s.attributes.clone()))
        .collect();
    let after_all: Vec<_> = after.iter().map(|s| (s.id, s.attributes.clone())).collect();
    assert_eq!(before_others, after_all, "the other marks are untouched");
    assert!(after
        .iter()
        .all(|s| s.organization.as_ref().is_none_or(|o| !o
            .name
            .as_str()
            .eq_ignore_ascii_case("OPEN ARMS COMMUNITY CENTER, INC."))));
    assert_eq!(
        after.len(),
        marked.len() - open_arms,
        "only Open Arms lost its marks"
    );
    let store = puerta_store::open(db).await.unwrap();
    assert_eq!(
        store.counts().await.unwrap(),
        counts,
        "no records added or lost"
    );
    store.close().await;
}

#[test]
fn a_broken_roster_names_file_index_and_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("puerta.db");
    let db = db.to_str().unwrap();
    run_ok(db, &["import", miami().to_str().unwrap()]);
    let mut records: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(roster()).unwrap()).unwrap();
    records[12]["accreditation_expiration"] = serde_json::json!("next spring");
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, serde_json::to_string_pretty(&records).unwrap()).unwrap();
    let before = std::fs::read(dir.path().join("puerta.db")).unwrap();
    let out = run(
        db,
        &[
            "legal",
            "verify",
            "--roster",
            broken.to_str().unwrap(),
            "--apply",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.json"), "{err}");
    assert!(err.contains("array index 12"), "{err}");
    assert!(err.contains("accreditation_expiration"), "{err}");
    assert!(err.contains("next spring"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("puerta.db")).unwrap(),
        before,
        "the database is untouched"
    );

    // A missing name is reported without echoing any personal data.
    records[12]["accreditation_expiration"] = serde_json::json!("2028-01-10");
    records[3]["representative_name"] = serde_json::json!(["Doe", "Kristina"]);
    std::fs::write(&broken, serde_json::to_string_pretty(&records).unwrap()).unwrap();
    let out = run(
        db,
        &["legal", "verify", "--roster", broken.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("array index 3") && err.contains("representative_name"),
        "{err}"
    );
    assert!(!err.contains("Kristina") && !err.contains("Doe"), "{err}");
}
