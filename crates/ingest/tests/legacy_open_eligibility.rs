//! The Open Eligibility importer against the real taxonomy files, into a real SQLite store.

mod legacy_support;

use legacy_support::{assert_names, copy_dir, dataset, edit_csv, run, snapshot, sqlite};
use puerta_ingest::open_eligibility::{taxonomy_id, term_id, TAXONOMY_ID};
use puerta_store::TaxonomyTermFilter;

const DATASET: &str = "open-eligibility-taxonomy";

#[tokio::test(flavor = "multi_thread")]
async fn open_eligibility_imports_289_terms_with_paths_and_reimports_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;

    // Given the taxonomy folder, when it is imported,
    let report = run(&store, &dataset(DATASET)).await.expect("OE imports");
    assert_eq!(report.format, "open-eligibility");
    assert_eq!((report.taxonomies, report.taxonomy_terms), (1, 289));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let counts = store.counts().await.unwrap();
    assert_eq!((counts.taxonomies, counts.taxonomy_terms), (1, 289));

    // then the taxonomy and its terms are linked by stable ids.
    assert_eq!(TAXONOMY_ID, taxonomy_id());
    let t = store
        .taxonomy(TAXONOMY_ID)
        .await
        .unwrap()
        .expect("the taxonomy");
    assert_eq!(t.name.as_str(), "Open Eligibility");
    assert_eq!(
        t.uri.as_ref().map(|u| u.as_str()),
        Some("https://openeligibility.org")
    );
    assert!(t.version.is_some());

    let term = store
        .taxonomy_term(term_id("1381"))
        .await
        .unwrap()
        .expect("term 1381");
    assert_eq!(term.name.as_str(), "Citizenship & Immigration");
    assert_eq!(term.code.as_ref().map(|c| c.as_str()), Some("1381"));
    assert_eq!(
        term.description.as_str(),
        "Legal > Advocacy & Legal Aid > Citizenship & Immigration"
    );
    assert_eq!(term.parent_id, Some(term_id("1375")));
    assert_eq!(term.taxonomy_id, Some(TAXONOMY_ID));
    assert_eq!(term.language.as_deref(), Some("en"));

    // The same name under another branch is told apart by its path.
    let other = store
        .taxonomy_term(term_id("1346"))
        .await
        .unwrap()
        .expect("term 1346");
    assert_eq!(other.name.as_str(), "Citizenship & Immigration");
    assert!(other
        .description
        .as_str()
        .ends_with("Screening & Exams > Citizenship & Immigration"));

    let legal = store
        .taxonomy_term(term_id("1111"))
        .await
        .unwrap()
        .expect("Legal");
    assert_eq!(
        (legal.parent_id, legal.description.as_str()),
        (None, "Legal")
    );
    let top = store
        .list_taxonomy_terms(
            &TaxonomyTermFilter {
                taxonomy_id: Some(TAXONOMY_ID),
                top_only: true,
                ..Default::default()
            },
            puerta_store::PageRequest {
                page: 1,
                per_page: 100,
            },
        )
        .await
        .unwrap();
    assert_eq!(top.total, 11);

    // When imported again, from the CSV file itself and from taxonomy.json, nothing changes.
    let before = snapshot(&store).await;
    for path in [
        dataset(DATASET).join("taxonomy.csv"),
        dataset(DATASET).join("taxonomy.json"),
    ] {
        let opts = puerta_ingest::ImportOptions {
            format: puerta_ingest::Format::OpenEligibility,
            ..Default::default()
        };
        let again = puerta_ingest::import(&*store, &path, &opts)
            .await
            .expect("re-import");
        assert_eq!(
            (again.store.written, again.store.unchanged),
            (0, 290),
            "{}",
            path.display()
        );
    }
    assert_eq!(snapshot(&store).await, before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_taxonomy_fails_naming_file_row_and_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = sqlite(dir.path()).await;
    run(&store, &dataset(DATASET)).await.expect("OE imports");
    let before = snapshot(&store).await;

    // Without a parent_id column.
    let copy = dir.path().join("no-parent-column");
    copy_dir(&dataset(DATASET), &copy);
    edit_csv(&copy.join("taxonomy.csv"), |headers, rows| {
        let i = headers.iter().position(|h| h == "parent_id").unwrap();
        headers.remove(i);
        rows.iter_mut().for_each(|r| {
            r.remove(i);
        });
    });
    let err = run(&store, &copy).await.unwrap_err();
    assert_names(&err, "taxonomy.csv", 1, "parent_id");
    assert_eq!(snapshot(&store).await, before);

    // A term (the 13th data row, Disaster Response) whose parent does not exist.
    let copy = dir.path().join("missing-parent");
    copy_dir(&dataset(DATASET), &copy);
    edit_csv(&copy.join("taxonomy.csv"), |headers, rows| {
        let i = headers.iter().position(|h| h == "parent_id").unwrap();
        assert_eq!(rows[11][0], "1112");
        rows[11][i] = "9999".to_owned();
    });
    let err = run(&store, &copy).await.unwrap_err();
    assert_names(&err, "taxonomy.csv", 13, "parent_id");
    assert!(err.message.contains("9999"), "{err}");
    assert_eq!(snapshot(&store).await, before);

    // A truncated file.
    let copy = dir.path().join("truncated");
    copy_dir(&dataset(DATASET), &copy);
    let file = copy.join("taxonomy.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    let cut = text.find("1200,").unwrap() + 8;
    std::fs::write(&file, &text[..cut]).unwrap();
    let err = run(&store, &copy).await.unwrap_err();
    assert_eq!(
        err.file.file_name().and_then(|n| n.to_str()),
        Some("taxonomy.csv")
    );
    assert!(err.row.is_some() && err.field.is_some(), "{err}");
    assert_eq!(snapshot(&store).await, before);
}
