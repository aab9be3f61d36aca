//! The eligibility screener pages: the question flow in several languages, three-valued
//! results ("maybe" for skipped questions, never "you do not qualify"), answers carried in
//! the form (Back / Next / Skip), immigration facts only in the optional citizenship section,
//! and nothing stored or logged (the database file and the captured log are checked).

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use puerta_domain::rules::Fact;
use puerta_web::pages::screener::form::{IMMIGRATION_FACTS, STEPS};
use puerta_web::pages::screener::question_key;
use puerta_web::pages::screener::shipped::{shipped, SHIPPED_PROGRAMS};

use super::helpers::{capture_logs, PagesApp};

/// Answers of a resident who answers everything (values chosen to be easy to find in logs).
const FULL: &str = "state=OH&lives_in_city=yes&lives_in_county=yes&has_photo_identity_document=yes\
&has_proof_of_city_address=no&age=37&enrolled_in_high_school=no&household_size=3\
&m1.relationship=spouse&m1.age=35&m2.relationship=child&m2.age=9\
&household_annual_income=48213&receives_means_tested_benefit=no&m1.receives_means_tested_benefit=no\
&m2.receives_means_tested_benefit=yes&receives_snap_or_wic=no&extreme_financial_hardship=no\
&runs_or_plans_small_business=yes&military_service=no&facing_removal_proceedings=no\
&permanent_resident_since=2016-03-09&lives_in_state_since=2016-04-01&married=yes\
&spouse_is_us_citizen=no&days_outside_us_last_5y=41&longest_trip_days_last_5y=23";

fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("class=\"program program-{id}\""))
        .unwrap_or_else(|| panic!("program {id} missing"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// The HTML between the "Other programs" disclosure and its end (empty when absent).
fn others(html: &str) -> &str {
    match html.find("other-programs") {
        Some(i) => {
            let rest = &html[i..];
            &rest[..rest.find("</details>").unwrap_or(rest.len())]
        }
        None => "",
    }
}

#[test]
fn the_shipped_programs_load_and_have_messages_in_english_and_spanish() {
    let s = shipped().expect("shipped programs load");
    assert_eq!(s.programs.len(), SHIPPED_PROGRAMS.len());
    let en = puerta_web::pages::locale::by_tag("en").unwrap();
    let es = puerta_web::pages::locale::by_tag("es").unwrap();
    let (en, es) = (
        puerta_web::pages::Tr::new(en),
        puerta_web::pages::Tr::new(es),
    );
    let mut keys: Vec<String> = Vec::new();
    for (_, text) in SHIPPED_PROGRAMS {
        for part in text.split("message: ").skip(1) {
            keys.push(part.split_whitespace().next().unwrap_or("").to_owned());
        }
    }
    for k in [
        "rule-income-at-most-fpg-percent",
        "rule-physical-presence",
        "rule-continuous-residence",
    ] {
        keys.push(k.to_owned());
    }
    for f in Fact::ALL {
        keys.push(puerta_web::pages::screener::fact_label_key(*f));
    }
    for s in STEPS {
        for q in s.questions {
            keys.push(question_key(q.fact));
        }
    }
    for k in &keys {
        assert!(en.has(k), "locales/en lacks `{k}`");
        assert!(es.has(k), "locales/es lacks `{k}`");
    }
}

#[tokio::test]
async fn the_whole_flow_renders_in_english_spanish_and_arabic() {
    let app = PagesApp::demo().await;
    for (lang, dir, word) in [
        ("en", "ltr", "Likely"),
        ("es", "ltr", "Probable"),
        ("ar", "rtl", ""),
    ] {
        let intro = app.get(&format!("/{lang}/screener")).await.html();
        assert!(
            intro.contains(&format!("lang=\"{lang}\" dir=\"{dir}\"")),
            "{lang}"
        );
        assert!(intro.contains(&format!("action=\"/{lang}/screener/place\"")));
        let mut query = String::new();
        for (i, step) in STEPS.iter().enumerate() {
            let page = app
                .get(&format!("/{lang}/screener/{}?{query}", step.id))
                .await;
            let html = page.html();
            assert!(html.contains(&format!("lang=\"{lang}\"")));
            let next = STEPS.get(i + 1).map_or("results", |s| s.id);
            assert!(
                html.contains(&format!("action=\"/{lang}/screener/{next}\"")),
                "{lang}/{}: the form goes on to {next}",
                step.id
            );
            query = FULL.to_owned();
        }
        let res = app.get(&format!("/{lang}/screener/results?{FULL}")).await;
        let html = res.html();
        assert!(html.contains(word), "{lang}");
        // Every program appears once.
        assert_eq!(
            html.matches("class=\"program program-").count(),
            SHIPPED_PROGRAMS.len(),
            "{lang}"
        );
        // The city ID is less likely (no proof of address), with its reason, never phrased
        // as a refusal.
        assert!(
            others(&html).contains("program-sycamore-falls-city-id"),
            "{lang}"
        );
        assert!(!html.to_lowercase().contains("not eligible"));
        assert!(!html.to_lowercase().contains("do not qualify"));
        // Links into the directory and the plan.
        assert!(
            html.contains(&format!("href=\"/{lang}/services/")),
            "{lang}"
        );
        assert!(html.contains(&format!("href=\"/{lang}/plan?s=")), "{lang}");
    }
    let es = app
        .get(&format!("/es/screener/results?{FULL}"))
        .await
        .html();
    assert!(es.contains("Microsubvención") || es.contains("Otros programas"));
    assert!(es.contains("Según sus respuestas"));
}

#[tokio::test]
async fn skipping_everything_gives_maybe_never_unlikely() {
    let app = PagesApp::demo().await;
    // Skip every topic in turn, as the Skip buttons do.
    let mut uri = "/en/screener/place?".to_owned();
    for step in STEPS {
        let html = app.get(&uri).await.html();
        assert!(html.contains(&format!("name=\"skip\" value=\"{}\"", step.id)));
        uri = format!(
            "/en/screener/{}?skip={}",
            STEPS
                .iter()
                .skip_while(|s| s.id != step.id)
                .nth(1)
                .map_or("results", |s| s.id),
            step.id
        );
    }
    let html = app.get(&uri).await.html();
    assert_eq!(
        others(&html),
        "",
        "no program is 'less likely' without answers"
    );
    let maybe_start = html.find("id=\"maybe-title\"").expect("maybe group");
    assert_eq!(
        html[maybe_start..]
            .matches("class=\"program program-")
            .count(),
        SHIPPED_PROGRAMS.len(),
        "every program is maybe"
    );
    assert!(html.contains("We would need to know:"));
    assert!(html.contains("your household income"));
}

#[tokio::test]
async fn an_income_above_the_ceiling_makes_the_fee_waiver_less_likely_with_the_reason() {
    let app = PagesApp::demo().await;
    let html = app
        .get(
            "/en/screener/results?state=OH&household_size=1&household_annual_income=200000\
             &receives_means_tested_benefit=no&extreme_financial_hardship=no&military_service=no",
        )
        .await
        .html();
    let others = others(&html);
    assert!(others.contains("program-n400-fee-waiver"), "{html}");
    let waiver = section(&html, "n400-fee-waiver");
    assert!(waiver.contains("$200,000"), "{waiver}");
    assert!(waiver.contains("is above 150%"), "{waiver}");
    assert!(waiver.contains("Figure used:"), "the threshold is shown");
    assert!(waiver.contains("source:"), "with its source");
    assert!(waiver.contains("You do not receive a benefit based on income."));
    assert!(waiver.contains("less likely") || others.contains("less likely"));
    // The same household is likely to pay the full fee.
    let likely_start = html.find("id=\"likely-title\"").unwrap();
    let maybe_start = html.find("id=\"maybe-title\"").unwrap();
    assert!(html[likely_start..maybe_start].contains("program-n400-fee-full"));
}

#[tokio::test]
async fn answers_survive_back_next_and_skip_drops_only_its_topic() {
    let app = PagesApp::demo().await;
    let q = "household_size=3&age=40&household_annual_income=30000&m1.relationship=child";
    let income = app.get(&format!("/en/screener/income?{q}")).await.html();
    assert!(income.contains("type=\"hidden\" name=\"household_size\" value=\"3\""));
    assert!(income.contains("type=\"hidden\" name=\"age\" value=\"40\""));
    assert!(income.contains("name=\"household_annual_income\" value=\"30000\""));
    assert!(!income.contains("type=\"hidden\" name=\"household_annual_income\""));
    assert!(
        income.contains("formaction=\"/en/screener/household\""),
        "Back"
    );
    assert!(income.contains("action=\"/en/screener/work\""), "Next");
    // Person 1 is asked about benefits too.
    assert!(income.contains("name=\"m1.receives_means_tested_benefit\""));
    // Back: the household page shows what was typed, and carries the income.
    let household = app.get(&format!("/en/screener/household?{q}")).await.html();
    assert!(household.contains("name=\"age\" value=\"40\""));
    assert!(household.contains("<option value=\"child\" selected>"));
    assert!(household.contains("type=\"hidden\" name=\"household_annual_income\" value=\"30000\""));
    // Skip on the income page: income is forgotten, the rest kept.
    let work = app
        .get(&format!("/en/screener/work?{q}&skip=income"))
        .await
        .html();
    assert!(!work.contains("30000"));
    assert!(work.contains("type=\"hidden\" name=\"age\" value=\"40\""));
    // Unknown fields are never echoed.
    let html = app
        .get("/en/screener/work?name=Maria+Lopez&age=40")
        .await
        .html();
    assert!(!html.contains("Maria"));
}

#[tokio::test]
async fn immigration_questions_appear_only_in_the_optional_citizenship_section() {
    let app = PagesApp::demo().await;
    let en = puerta_web::pages::Tr::new(puerta_web::pages::locale::by_tag("en").unwrap());
    let mut pages = vec![
        ("intro".to_owned(), app.get("/en/screener").await.html()),
        (
            "results".to_owned(),
            app.get("/en/screener/results").await.html(),
        ),
    ];
    for step in STEPS.iter().filter(|s| !s.optional_section) {
        pages.push((
            step.id.to_owned(),
            app.get(&format!("/en/screener/{}", step.id)).await.html(),
        ));
    }
    for (id, html) in &pages {
        for f in IMMIGRATION_FACTS {
            assert!(
                !html.contains(&format!("name=\"{}\"", f.id())),
                "{id} asks {f}"
            );
            let question = en.t(&question_key(*f));
            assert!(!html.contains(&question), "{id} asks `{question}`");
        }
        assert!(!html.contains("green card holders)</") || id == "intro");
    }
    let citizenship = app.get("/en/screener/citizenship").await.html();
    for f in IMMIGRATION_FACTS.iter().filter(|f| !f.is_derived()) {
        assert!(citizenship.contains(&format!("name=\"{}\"", f.id())), "{f}");
    }
    assert!(citizenship.contains("Optional"));
    assert!(
        citizenship.contains("href=\"/en/screener/results\""),
        "skip-all link"
    );
}

fn gzip(bytes: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

#[tokio::test]
async fn screener_pages_are_private_light_and_script_free() {
    let app = PagesApp::demo().await;
    let mut uris = vec![
        "/en/screener".to_owned(),
        format!("/en/screener/results?{FULL}"),
        "/ar/screener/results".to_owned(),
    ];
    uris.extend(
        STEPS
            .iter()
            .map(|s| format!("/es/screener/{}?{FULL}", s.id)),
    );
    for uri in &uris {
        let res = app.get(uri).await;
        let html = res.html();
        assert!(!html.contains("<script"), "{uri}");
        assert!(!html.contains("style="), "{uri}");
        let size = gzip(html.as_bytes());
        assert!(size <= 30 * 1024, "{uri}: {size} bytes gzipped");
        assert_eq!(res.header("cache-control"), "no-store", "{uri}");
        assert_eq!(res.header("referrer-policy"), "no-referrer", "{uri}");
        assert_eq!(
            res.header("content-security-policy"),
            puerta_web::pages::headers::CONTENT_SECURITY_POLICY,
            "{uri}"
        );
    }
    assert_eq!(app.get("/en/screener/nope").await.status, 404);
}

fn file_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

#[tokio::test]
async fn a_screening_stores_and_logs_nothing_the_resident_typed() {
    let app = PagesApp::demo().await;
    let store = app.store.clone();
    let db = app.database();
    let wal = db.with_file_name("puerta.db-wal");
    let before = (
        file_bytes(&db),
        file_bytes(&wal),
        store.counts().await.unwrap(),
    );
    let changes_before = store.changes_since(0, 1_000_000).await.unwrap().len();

    let (log, _guard) = capture_logs();

    let mut uris = vec!["/en/screener".to_owned()];
    uris.extend(
        STEPS
            .iter()
            .map(|s| format!("/en/screener/{}?{FULL}", s.id)),
    );
    uris.push(format!("/en/screener/results?{FULL}"));
    uris.push(format!("/es/screener/results?{FULL}"));
    for uri in &uris {
        assert_eq!(app.get(uri).await.status, 200, "{uri}");
    }
    drop(_guard);

    let after = (
        file_bytes(&db),
        file_bytes(&wal),
        store.counts().await.unwrap(),
    );
    assert!(before.0 == after.0, "the database file changed");
    assert!(before.1 == after.1, "the write-ahead log changed");
    assert_eq!(before.2, after.2);
    assert_eq!(
        store.changes_since(0, 1_000_000).await.unwrap().len(),
        changes_before
    );

    let log = log.text();
    assert!(
        log.contains("served"),
        "the request log was captured: {log}"
    );
    assert!(
        log.contains("/en/screener/{step}"),
        "routes are logged as templates"
    );
    for typed in [
        "48213",
        "2016-03-09",
        "household_annual_income",
        "spouse",
        "OH&",
    ] {
        assert!(!log.contains(typed), "the log contains `{typed}`:\n{log}");
    }
}
