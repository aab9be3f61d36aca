//! The search index over real stores: the shipped demo directory (SQLite and PostgreSQL),
//! the Miami 2-1-1 package when the shared data is present.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;
use puerta_ingest::{Format, ImportOptions};
use puerta_search::filter::{Filters, Near};
use puerta_search::index::{SearchError, SearchIndex};
use puerta_search::{SearchRequest, SearchResults};
use puerta_store::Store;
use uuid::Uuid;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

async fn import(store: &dyn Store, path: &Path, format: Format, source: &str) {
    let options = ImportOptions {
        format,
        replace: true,
        source: Some(source.to_owned()),
        progress: false,
    };
    puerta_ingest::import(store, path, &options)
        .await
        .unwrap_or_else(|e| panic!("import of {} failed: {e}", path.display()));
}

async fn load_demo(store: &dyn Store) {
    import(
        store,
        &repo().join("data/taxonomies/open-eligibility/taxonomy.csv"),
        Format::OpenEligibility,
        "open-eligibility",
    )
    .await;
    import(
        store,
        &repo().join("data/demo/services.json"),
        Format::Hsds3Json,
        "demo",
    )
    .await;
}

async fn demo_sqlite() -> (tempfile::TempDir, Arc<dyn Store>) {
    let (dir, path) = puerta_testkit::fresh_sqlite_path();
    let store = puerta_store::open(path.to_str().expect("utf-8 path"))
        .await
        .expect("open SQLite store");
    load_demo(&*store).await;
    (dir, store)
}

fn request(text: &str) -> SearchRequest {
    SearchRequest {
        text: Some(text.to_owned()),
        filters: Filters::default(),
        now: "2026-11-18T15:00:00Z"
            .parse::<Timestamp>()
            .expect("timestamp"),
        offset: 0,
        limit: 20,
        locale: None,
    }
}

/// Names of the hits, in order.
async fn names(store: &dyn Store, results: &SearchResults) -> Vec<String> {
    let ids: Vec<Uuid> = results.hits.iter().map(|h| h.service_id).collect();
    let services = store.full_services(&ids).await.expect("services");
    ids.iter()
        .map(|id| {
            services
                .iter()
                .find(|s| s.id == *id)
                .map(|s| s.name.as_str().to_owned())
                .unwrap_or_default()
        })
        .collect()
}

fn position(names: &[String], name: &str) -> Option<usize> {
    names.iter().position(|n| n == name)
}

#[tokio::test]
async fn demo_directory_is_indexed_and_searchable() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    assert_eq!(index.len(), 58, "every demo service is indexed");

    let results = index.search(&request("dental")).expect("search");
    let found = names(&*store, &results).await;
    assert_eq!(
        found.first().map(String::as_str),
        Some("Community Dental Clinic"),
        "{found:?}"
    );
    assert!(results.hits[0]
        .why
        .matched_terms
        .contains(&"dental".to_owned()));
    assert_eq!(results.total, results.hits.len());

    let results = index
        .search(&request("immigration lawyer"))
        .expect("search");
    let found = names(&*store, &results).await;
    let legal = [
        "Free Immigration Legal Consultations",
        "Pro Bono Immigration Attorney Referral",
        "Ask-a-Lawyer Evening Clinic",
    ];
    for name in legal {
        assert!(
            position(&found, name).is_some_and(|p| p < 10),
            "{name} should be in the top 10 for 'immigration lawyer': {found:?}"
        );
    }
    // Scores are ordered, and "why" names the words that matched.
    assert!(results.hits.windows(2).all(|w| w[0].score >= w[1].score));
    let top = &results.hits[0].why.matched_terms;
    assert!(
        top.iter().any(|t| t == "immigration" || t == "lawyer"),
        "{top:?}"
    );
}

#[tokio::test]
async fn an_exact_name_ranks_above_description_matches() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    for name in [
        "Mobile Food Pantry",
        "Evening ESL Classes",
        "Sycamore Falls City ID",
        "Free Tax Preparation (VITA)",
    ] {
        let results = index.search(&request(name)).expect("search");
        let found = names(&*store, &results).await;
        assert_eq!(found.first().map(String::as_str), Some(name), "{found:?}");
    }
    // "pantry" is in two names and in other services' descriptions.
    let results = index.search(&request("pantry")).expect("search");
    let found = names(&*store, &results).await;
    let in_name: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(_, n)| n.to_lowercase().contains("pantry"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(in_name, vec![0, 1], "{found:?}");
}

#[tokio::test]
async fn typos_in_words_still_find_services() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    let results = index.search(&request("imigration lawyer")).expect("search");
    let found = names(&*store, &results).await;
    assert!(
        position(&found, "Free Immigration Legal Consultations").is_some_and(|p| p < 10),
        "{found:?}"
    );
    let why: Vec<&String> = results
        .hits
        .iter()
        .flat_map(|h| h.why.matched_terms.iter())
        .collect();
    assert!(
        why.iter().any(|t| *t == "immigration"),
        "the corrected word is shown: {why:?}"
    );

    let results = index.search(&request("citizenshp")).expect("search");
    let found = names(&*store, &results).await;
    assert!(
        found.iter().take(5).any(|n| n.contains("Citizenship")),
        "{found:?}"
    );
    // Short words are not fuzzed: "ID" must not match everything within one edit.
    let results = index.search(&request("zzzz")).expect("search");
    assert_eq!(results.total, 0);
}

#[tokio::test]
async fn paging_is_stable_and_totals_are_exact() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    let mut all = request("help classes family");
    all.limit = 100;
    let everything = index.search(&all).expect("search");
    assert!(everything.total > 5, "{}", everything.total);
    assert_eq!(everything.total, everything.hits.len());
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let mut r = request("help classes family");
        r.offset = offset;
        r.limit = 3;
        let page = index.search(&r).expect("search");
        assert_eq!(page.total, everything.total);
        if page.hits.is_empty() {
            break;
        }
        paged.extend(page.hits.into_iter().map(|h| h.service_id));
        offset += 3;
    }
    let want: Vec<Uuid> = everything.hits.iter().map(|h| h.service_id).collect();
    assert_eq!(paged, want);

    // No text, no filters: every service, by name.
    let mut r = request("");
    r.limit = 1000;
    let listed = index.search(&r).expect("search");
    assert_eq!(listed.total, 58);
    let found = names(&*store, &listed).await;
    let mut sorted = found.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(found, sorted);

    // Bad requests are refused.
    let mut r = request(&"x".repeat(600));
    assert!(matches!(index.search(&r), Err(SearchError::BadQuery(_))));
    r = request("food");
    r.limit = 5000;
    assert!(matches!(index.search(&r), Err(SearchError::BadQuery(_))));
}

#[tokio::test]
async fn filters_combine_with_text_and_nearer_ranks_higher() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    // The Westwood Community Center (Mobile Food Pantry's first stop).
    let westwood = (39.73702, -84.28104);
    let mut r = request("food pantry");
    r.filters = Filters {
        near: Some(Near {
            lat: westwood.0,
            lon: westwood.1,
            radius_m: Some(50_000.0),
        }),
        ..Filters::default()
    };
    let results = index.search(&r).expect("search");
    let found = names(&*store, &results).await;
    assert_eq!(
        found.first().map(String::as_str),
        Some("Mobile Food Pantry"),
        "{found:?}"
    );
    let top = &results.hits[0];
    assert!(
        top.why.distance_m.is_some_and(|d| d < 50.0),
        "{:?}",
        top.why
    );

    // A tiny radius keeps only what is there; the total counts only those.
    r.filters.near = Some(Near {
        lat: westwood.0,
        lon: westwood.1,
        radius_m: Some(200.0),
    });
    let results = index.search(&r).expect("search");
    assert!(results.total >= 1);
    assert!(results
        .hits
        .iter()
        .all(|h| h.why.distance_m.is_some_and(|d| d <= 200.0)));

    // Filters only: nearest first.
    let mut r = request("");
    r.limit = 100;
    r.filters.near = Some(Near {
        lat: westwood.0,
        lon: westwood.1,
        radius_m: Some(100_000.0),
    });
    let results = index.search(&r).expect("search");
    let distances: Vec<f64> = results
        .hits
        .iter()
        .map(|h| h.why.distance_m.unwrap_or(f64::INFINITY))
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
}

/// Two services that differ only in where they are.
fn twins_json(suffix: &str, near_name: &str) -> String {
    let twin = |n: u32, name: &str, lat: f64, lon: f64| {
        let sid = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            format!("twin-{suffix}-{n}").as_bytes(),
        );
        let lid = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            format!("twin-loc-{suffix}-{n}").as_bytes(),
        );
        let salid = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            format!("twin-sal-{suffix}-{n}").as_bytes(),
        );
        serde_json::json!({
            "id": sid,
            "name": name,
            "description": "Quokka grooming advice for newcomer families.",
            "status": "active",
            "service_at_locations": [{
                "id": salid,
                "service_id": sid,
                "location_id": lid,
                "location": {
                    "id": lid,
                    "location_type": "physical",
                    "name": format!("Twin place {n}"),
                    "latitude": lat,
                    "longitude": lon
                }
            }]
        })
    };
    serde_json::to_string(&serde_json::json!([
        twin(1, "Quokka Help Desk Far", 39.95, -84.00),
        twin(2, near_name, 39.74, -84.28),
    ]))
    .expect("json")
}

async fn refresh_picks_up_inserts_updates_and_deletes(store: Arc<dyn Store>) {
    let index = SearchIndex::build(&*store).await.expect("build");
    let before = index.len();
    assert_eq!(
        index.refresh(&*store).await.expect("refresh"),
        0,
        "nothing changed yet"
    );
    assert!(index
        .search(&request("quokka"))
        .expect("search")
        .hits
        .is_empty());
    // A misspelling: the dictionary words near it are remembered per searcher, so after
    // every refresh below it must find what the new dictionary holds.
    let typo = |index: &SearchIndex| index.search(&request("wombax")).expect("search").total;
    assert_eq!(typo(&index), 0);

    // Insert.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("twins.json");
    std::fs::write(&file, twins_json("a", "Quokka Help Desk Near")).expect("write");
    import(&*store, &file, Format::Hsds3Json, "twins").await;
    assert!(index.refresh(&*store).await.expect("refresh") >= 2);
    assert_eq!(index.len(), before + 2);
    assert_eq!(typo(&index), 0, "no word is a typo away yet");
    let mut r = request("quokka");
    r.filters.near = Some(Near {
        lat: 39.73702,
        lon: -84.28104,
        radius_m: Some(100_000.0),
    });
    let results = index.search(&r).expect("search");
    let found = names(&*store, &results).await;
    assert_eq!(
        found,
        vec!["Quokka Help Desk Near", "Quokka Help Desk Far"],
        "nearer first"
    );

    // Update: a new name is found, the old one is gone.
    std::fs::write(&file, twins_json("a", "Wombat Help Desk Near")).expect("write");
    import(&*store, &file, Format::Hsds3Json, "twins").await;
    assert!(index.refresh(&*store).await.expect("refresh") >= 1);
    assert_eq!(index.len(), before + 2);
    let found = names(&*store, &index.search(&request("wombat")).expect("search")).await;
    assert_eq!(found, vec!["Wombat Help Desk Near"]);
    assert_eq!(typo(&index), 1, "the new name is a typo away");
    let results = index
        .search(&request("quokka help desk near"))
        .expect("search");
    let found = names(&*store, &results).await;
    assert_ne!(
        found.first().map(String::as_str),
        Some("Quokka Help Desk Near")
    );

    // Delete.
    let mut tx = store.begin_write("twins").await.expect("begin");
    tx.delete_source().await.expect("delete");
    tx.commit().await.expect("commit");
    assert!(index.refresh(&*store).await.expect("refresh") >= 2);
    assert_eq!(index.len(), before);
    assert_eq!(
        index
            .search(&request("quokka wombat"))
            .expect("search")
            .total,
        0
    );
    assert_eq!(typo(&index), 0);
}

#[tokio::test]
async fn refresh_follows_the_change_feed_on_sqlite() {
    let (_dir, store) = demo_sqlite().await;
    refresh_picks_up_inserts_updates_and_deletes(store).await;
}

#[tokio::test]
async fn refresh_follows_the_change_feed_on_postgres() {
    let url = puerta_testkit::fresh_postgres_database().await;
    let store = puerta_store::open(&url)
        .await
        .expect("open PostgreSQL store");
    load_demo(&*store).await;
    refresh_picks_up_inserts_updates_and_deletes(store).await;
}

#[tokio::test]
async fn the_refresher_task_applies_imports_without_a_call() {
    let (_dir, store) = demo_sqlite().await;
    let index = Arc::new(SearchIndex::build(&*store).await.expect("build"));
    let task = puerta_search::index::spawn_refresher(
        index.clone(),
        store.clone(),
        std::time::Duration::from_millis(50),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("twins.json");
    std::fs::write(&file, twins_json("b", "Quokka Help Desk Near")).expect("write");
    import(&*store, &file, Format::Hsds3Json, "twins").await;
    let mut found = 0;
    for _ in 0..100 {
        found = index.search(&request("quokka")).expect("search").total;
        if found == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    task.abort();
    assert_eq!(found, 2);
}

#[tokio::test]
async fn queries_in_residents_languages_find_english_services() {
    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    for (query, locale, expected) in [
        (
            "abogado de inmigración gratis",
            "es",
            "Free Immigration Legal Consultations",
        ),
        (
            "移民律师",
            "zh-Hans",
            "Free Immigration Legal Consultations",
        ),
        ("محامي هجرة", "ar", "Free Immigration Legal Consultations"),
        (
            "avoka imigrasyon",
            "ht",
            "Free Immigration Legal Consultations",
        ),
        ("comida gratis", "es", "Mobile Food Pantry"),
        ("clases de inglés", "es", "Evening ESL Classes"),
    ] {
        let mut r = request(query);
        r.locale = Some(locale.to_owned());
        let results = index.search(&r).expect("search");
        let found = names(&*store, &results).await;
        assert!(
            position(&found, expected).is_some_and(|p| p < 10),
            "{query} ({locale}) should find {expected}: {found:?} (expansion {:?})",
            results.expansion
        );
    }
}

#[tokio::test]
async fn miami_package_is_indexed() {
    let shared = std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/data"));
    let miami = shared.join("hsds/datasets/miami-open211-2019");
    if !miami.is_dir() {
        println!("skipped: the Miami package is not at {}", miami.display());
        return;
    }
    let (_dir, path) = puerta_testkit::fresh_sqlite_path();
    let store = puerta_store::open(path.to_str().expect("utf-8"))
        .await
        .expect("open");
    import(&*store, &miami, Format::Hsds1Datapackage, "miami").await;
    let count = store.counts().await.expect("counts").services as usize;
    let index = SearchIndex::build(&*store).await.expect("build");
    assert_eq!(index.len(), count);
    let results = index.search(&request("food pantry")).expect("search");
    assert!(results.total > 10, "{}", results.total);
    let found = names(&*store, &results).await;
    assert!(
        found.iter().take(5).any(|n| {
            let n = n.to_lowercase();
            n.contains("food") || n.contains("pantry")
        }),
        "{found:?}"
    );
    let results = index.search(&request("imigration")).expect("search");
    assert!(results.total > 0);
}

/// The index checks filters on its compact per-service table (yes/no bits, language bits,
/// prepared places, "open now" remembered per minute); the oracle is
/// `Filters::check` on each service's own facts. Every combination, at instants that
/// open and close services (the same minute twice, the next minute, another day), must give
/// exactly the same services.
#[tokio::test]
async fn indexed_filters_agree_with_checking_every_service() {
    use puerta_search::facts::ServiceFacts;
    use puerta_search::filter::OpenFilter;
    use std::collections::HashSet;

    let (_dir, store) = demo_sqlite().await;
    let index = SearchIndex::build(&*store).await.expect("build");
    let ids = store
        .service_ids(&puerta_store::ServiceFilter::default())
        .await
        .expect("ids");
    let facts: Vec<ServiceFacts> = store
        .full_services(&ids)
        .await
        .expect("services")
        .iter()
        .map(ServiceFacts::from_service)
        .collect();
    let downtown = (39.7589, -84.1916);
    let filter_sets: Vec<Filters> = vec![
        Filters {
            languages: vec!["es".into()],
            ..Filters::default()
        },
        Filters {
            languages: vec!["ar".into(), "zh-Hant".into()],
            ..Filters::default()
        },
        Filters {
            languages: vec!["xx".into()],
            ..Filters::default()
        },
        Filters {
            languages: vec!["??".into()],
            ..Filters::default()
        },
        Filters {
            free: true,
            walk_in: true,
            ..Filters::default()
        },
        Filters {
            open: Some(OpenFilter::Now),
            ..Filters::default()
        },
        Filters {
            open: Some(OpenFilter::Now),
            languages: vec!["es".into()],
            free: true,
            ..Filters::default()
        },
        Filters {
            near: Some(Near {
                lat: downtown.0,
                lon: downtown.1,
                radius_m: Some(3_000.0),
            }),
            open: Some(OpenFilter::Now),
            ..Filters::default()
        },
        Filters {
            accessible: true,
            no_id_required: true,
            ..Filters::default()
        },
    ];
    // Weekday morning, the same minute again, the next minute, evening, Sunday (UTC;
    // the demo city is in New York's zone).
    let instants = [
        "2026-11-18T14:30:05Z",
        "2026-11-18T14:30:55Z",
        "2026-11-18T14:31:00Z",
        "2026-11-18T23:59:30Z",
        "2026-11-22T16:00:00Z",
    ];
    let mut some_open_counts = HashSet::new();
    for filters in &filter_sets {
        for instant in instants {
            let now: Timestamp = instant.parse().expect("timestamp");
            let expected: HashSet<Uuid> = facts
                .iter()
                .filter(|f| {
                    filters
                        .check(f, &std::collections::HashSet::new(), now)
                        .is_some()
                })
                .map(ServiceFacts::service_id)
                .collect();
            let results = index
                .search(&SearchRequest {
                    text: None,
                    filters: filters.clone(),
                    now,
                    offset: 0,
                    limit: 1_000,
                    locale: None,
                })
                .expect("search");
            let got: HashSet<Uuid> = results.hits.iter().map(|h| h.service_id).collect();
            assert_eq!(got, expected, "{filters:?} at {instant}");
            assert_eq!(results.total, expected.len(), "{filters:?} at {instant}");
            if filters.open.is_some() {
                some_open_counts.insert(expected.len());
            }
        }
    }
    assert!(
        some_open_counts.len() > 1,
        "the instants must open and close different services: {some_open_counts:?}"
    );
}
