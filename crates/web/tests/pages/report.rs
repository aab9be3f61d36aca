//! "Report a problem": a report goes to the store for staff (category, text, day — nothing
//! about the person), its text never reaches the log, and the public form's limits hold.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use puerta_domain::report::{ProblemReport, ReportCategory, ReportLimits, ReportText};
use puerta_store::PageRequest;
use sqlx::Connection;

use super::helpers::{capture_logs, Page, PagesApp};

async fn post_report(app: &PagesApp, lang: &str, id: &str, form: &str) -> Page {
    app.request(
        Request::builder()
            .method(Method::POST)
            .uri(format!("/{lang}/services/{id}/report"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form.to_owned()))
            .expect("request"),
    )
    .await
}

async fn stored(app: &PagesApp) -> Vec<ProblemReport> {
    let page = PageRequest {
        page: 1,
        per_page: PageRequest::MAX_PER_PAGE,
    };
    let listed = app.store.list_reports(None, page).await.expect("reports");
    assert_eq!(listed.total, listed.items.len() as u64);
    listed.items
}

/// Words easy to find in a log, in the report text (URL-encoded in the form).
const TYPED: &str = "Zanahoria morada: el teléfono 555-0199 ya no funciona";
const TYPED_FORM: &str = "Zanahoria+morada%3A+el+tel%C3%A9fono+555-0199+ya+no+funciona";

#[tokio::test]
async fn a_report_is_kept_in_the_store_and_its_text_is_never_logged() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("food").await;
    let id = &ids[0];
    let changes_before = app.store.changes_since(0, 1_000_000).await.expect("feed");

    let (log, guard) = capture_logs();

    let res = post_report(
        &app,
        "es",
        id,
        &format!("category=wrong_phone&details={TYPED_FORM}"),
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text());
    assert_eq!(
        res.header("location"),
        format!("/es/services/{id}?reported=1#report")
    );
    assert!(res.header("set-cookie").is_empty(), "no cookie");

    // Kept in the store: service, category, text and the day (UTC), nothing else.
    let reports = stored(&app).await;
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(r.service_id.to_string(), *id);
    assert_eq!(r.category, ReportCategory::WrongPhone);
    assert_eq!(r.text.as_str(), TYPED);
    assert_eq!(r.received, puerta_web::pages::report::today_utc());
    // Not a directory change: the search index is not refreshed for it.
    assert_eq!(
        app.store.changes_since(0, 1_000_000).await.expect("feed"),
        changes_before
    );
    let thanks = app
        .get(&format!("/es/services/{id}?reported=1"))
        .await
        .html();
    assert!(thanks.contains("Gracias. Nuestro equipo revisará"));

    // An unknown category still reaches staff, as "other"; over-long text is cut.
    let long = "a".repeat(ReportText::MAX_CHARS + 50);
    let res = post_report(&app, "en", id, &format!("category=spam&details={long}")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let reports = stored(&app).await;
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[1].category, ReportCategory::Other);
    assert_eq!(reports[1].text.as_str().len(), ReportText::MAX_CHARS);

    // Unknown service: nothing kept.
    let res = post_report(
        &app,
        "en",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "category=other&details=x",
    )
    .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(stored(&app).await.len(), 2);

    // When the store fails, the resident gets the localized error page and the log names
    // the failure, still without the text.
    let url = format!("sqlite:{}", app.database().display());
    let mut conn = sqlx::SqliteConnection::connect(&url)
        .await
        .expect("open the database beside the app");
    sqlx::query("DROP TABLE problem_reports")
        .execute(&mut conn)
        .await
        .expect("drop the reports table");
    conn.close().await.expect("close");
    let res = post_report(
        &app,
        "es",
        id,
        &format!("category=closed&details={TYPED_FORM}"),
    )
    .await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(res.header("content-type"), "text/html; charset=utf-8");
    assert!(res.text().contains("Algo salió mal"), "{}", res.text());
    drop(guard);

    let log = log.text();
    assert!(
        log.contains("served"),
        "the request log was captured: {log}"
    );
    assert!(
        log.contains("/es/services/{id}/report"),
        "routes are logged as templates: {log}"
    );
    assert!(
        log.contains("page failed"),
        "the store failure is logged: {log}"
    );
    for typed in [TYPED, "Zanahoria", "morada", "555-0199", "Zanahoria+morada"] {
        assert!(!log.contains(typed), "the log contains `{typed}`:\n{log}");
    }
    assert!(
        !log.contains(id.as_str()),
        "the log names the service id:\n{log}"
    );
}

#[tokio::test]
async fn reports_beyond_the_daily_limit_of_a_service_get_429_and_are_not_kept() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("food").await;
    let (first, second) = (&ids[0], &ids[1]);
    let limit = ReportLimits::default().per_service_per_day;
    assert_eq!(limit, 20);
    for n in 0..limit {
        let res = post_report(&app, "es", first, &format!("category=closed&details=n{n}")).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "report {n}");
    }
    let res = post_report(&app, "es", first, "category=closed&details=one+more").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(res.header("cache-control"), "no-store");
    let text = res.text();
    assert!(
        text.contains("No pudimos recibir su reporte en este momento"),
        "localized: {text}"
    );
    assert!(text.contains("<html lang=\"es\""), "{text}");
    let reports = stored(&app).await;
    assert_eq!(reports.len(), limit as usize, "nothing written");
    assert!(reports.iter().all(|r| r.text.as_str() != "one more"));
    // Another service's reports are still taken.
    let res = post_report(&app, "en", second, "category=closed&details=").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(&app).await.len(), limit as usize + 1);
}

#[tokio::test]
async fn reports_beyond_the_stored_limit_get_429_and_are_not_kept() {
    let limits = ReportLimits {
        stored: 2,
        ..ReportLimits::default()
    };
    let app = PagesApp::demo_with(|s| s.with_report_limits(limits)).await;
    let ids = app.service_ids("food").await;
    for id in &ids[..2] {
        let res = post_report(&app, "en", id, "category=wrong_hours&details=x").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
    }
    let res = post_report(&app, "ar", &ids[2], "category=wrong_hours&details=x").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().contains("لم نتمكن من استلام بلاغك الآن"));
    assert_eq!(stored(&app).await.len(), 2, "nothing written");
}

#[tokio::test]
async fn the_about_page_and_the_form_say_what_is_kept_and_for_how_long() {
    let app = PagesApp::demo().await;
    let about = app.get("/en/about").await.html();
    assert!(
        about.contains("the day you sent it (not the time) in our database"),
        "what is kept"
    );
    assert!(about.contains("Only the staff who keep this directory up to date read reports"));
    assert!(about.contains("deleted after 180 days at the latest"));
    assert!(
        !about.contains("in memory only"),
        "reports are no longer in memory only"
    );
    let id = &app.service_ids("food").await[0];
    for l in puerta_web::pages::LOCALES {
        let about = app.get(&format!("/{}/about", l.tag)).await.html();
        let form = app.get(&format!("/{}/services/{id}", l.tag)).await.html();
        for (what, page) in [("about", &about), ("service", &form)] {
            assert!(
                page.contains("180"),
                "{}: the {what} page states 180 days",
                l.tag
            );
        }
    }
}
