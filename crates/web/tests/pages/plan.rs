//! "My plan": the plan lives in the URL only (encode/decode), add and remove, the QR code of
//! the share link, the print view, sending through the outbox (test sink / disabled), page
//! weight and security headers.

use std::io::Write;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use flate2::write::GzEncoder;
use flate2::Compression;
use proptest::prelude::*;
use puerta_domain::WebUrl;
use puerta_web::outbox::{Channel, TestSink};
use puerta_web::pages::headers::CONTENT_SECURITY_POLICY;
use puerta_web::pages::plan::{Plan, MAX_SERVICES};
use uuid::Uuid;

use super::helpers::{Page, PagesApp};

const PUBLIC: &str = "https://puerta.example.org";

async fn app_with_sink() -> (PagesApp, Arc<TestSink>) {
    let sink = Arc::new(TestSink::default());
    let outbox = sink.clone();
    let app = PagesApp::demo_with(move |s| {
        s.with_public_url(WebUrl::parse(PUBLIC).unwrap())
            .with_outbox(outbox)
    })
    .await;
    (app, sink)
}

async fn post_form(app: &PagesApp, uri: &str, form: &[(&str, &str)]) -> Page {
    let body = serde_urlencoded::to_string(form).unwrap();
    app.request(
        Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

fn plan_of(ids: &[String]) -> Plan {
    Plan::new(ids.iter().map(|i| i.parse::<Uuid>().unwrap()))
}

/// The value of `name="s"` in the add-to-plan form right before `data-testid`.
fn add_form_s(html: &str, testid: &str) -> String {
    let at = html
        .find(&format!("data-testid=\"{testid}\""))
        .expect("add-to-plan button");
    let before = &html[..at];
    let start = before.rfind("name=\"s\" value=\"").expect("hidden s") + 16;
    before[start..].split('"').next().unwrap().to_owned()
}

proptest! {
    #[test]
    fn any_plan_of_at_most_20_services_round_trips(raw in prop::collection::vec(any::<u128>(), 0..=MAX_SERVICES)) {
        let ids: Vec<Uuid> = raw.iter().map(|n| Uuid::from_u128(*n)).collect();
        let plan = Plan::new(ids.iter().copied());
        let mut expected: Vec<Uuid> = Vec::new();
        for id in &ids {
            if !expected.contains(id) {
                expected.push(*id);
            }
        }
        prop_assert_eq!(plan.ids(), &expected[..], "deduplicated, order kept");
        let s = plan.encode();
        prop_assert!(s.len() <= 23 * MAX_SERVICES);
        prop_assert!(s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')));
        prop_assert_eq!(Plan::decode(&s).unwrap(), plan.clone());
        prop_assert_eq!(Plan::decode_lenient(&s), (plan, false));
    }

    #[test]
    fn garbage_never_panics_and_keeps_what_it_can(s in "\\PC{0,600}") {
        let (plan, _) = Plan::decode_lenient(&s);
        prop_assert!(plan.len() <= MAX_SERVICES);
        if let Ok(p) = Plan::decode(&s) {
            prop_assert_eq!(Plan::decode(&p.encode()).unwrap(), p);
        }
    }
}

#[test]
fn plans_are_capped_and_bad_entries_are_reported() {
    let ids: Vec<Uuid> = (1..=25u128).map(Uuid::from_u128).collect();
    let full = Plan::new(ids.iter().copied());
    assert_eq!(full.len(), MAX_SERVICES);
    assert!(full.is_full());
    assert_eq!(full.with(ids[24]), full, "a full plan takes no more");
    let too_long =
        Plan::new(ids.iter().copied().take(20)).encode() + "." + &Plan::new([ids[24]]).encode();
    assert!(Plan::decode(&too_long).is_err());
    assert_eq!(Plan::decode_lenient(&too_long), (full.clone(), true));
    let one = Plan::new([ids[0]]);
    let (kept, damaged) = Plan::decode_lenient(&format!("{}.not-an-id", one.encode()));
    assert_eq!((kept, damaged), (one.clone(), true));
    assert_eq!(one.with(ids[0]), one, "no duplicates");
    assert!(one.without(ids[0]).is_empty());
}

#[tokio::test]
async fn garbage_plan_links_get_a_friendly_page() {
    let app = PagesApp::demo().await;
    for s in [
        "%00%01",
        "....",
        "AAAAAAAAAAAAAAAAAAAAAA.zzz",
        "%E2%9C%93%F0%9F%98%80",
        &"A".repeat(5000),
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ] {
        for path in ["/en/plan", "/es/plan/print"] {
            let res = app.get(&format!("{path}?s={s}")).await;
            assert!(
                res.status == StatusCode::OK || res.status == StatusCode::BAD_REQUEST,
                "{path}?s={s}: {}",
                res.status
            );
            assert_eq!(res.header("content-type"), "text/html; charset=utf-8");
            let html = res.text();
            assert!(!html.contains("<script>"), "{s} echoed");
            assert!(html.contains("<main id=\"main\""));
        }
        let qr = app.get(&format!("/en/plan/qr.svg?s={s}")).await;
        assert!(qr.status.is_success() || qr.status == StatusCode::NOT_FOUND);
    }
    let damaged = app.get("/es/plan?s=nope").await;
    assert_eq!(damaged.status, StatusCode::BAD_REQUEST);
    assert!(damaged
        .text()
        .contains("No pudimos leer una parte del enlace"));
}

#[tokio::test]
async fn add_to_plan_then_remove_keeps_everything_in_the_url() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("food%20pantry").await;
    let (a, b) = (&ids[0], &ids[1]);
    // The service page offers "add to plan" as a GET form to the plan page.
    let detail = app.get(&format!("/en/services/{a}")).await.html();
    assert!(
        detail.contains("<form class=\"add-plan no-print\" action=\"/en/plan\" method=\"get\">")
    );
    let s_a = add_form_s(&detail, "add-to-plan");
    assert_eq!(s_a, plan_of(std::slice::from_ref(a)).encode());
    assert!(!detail.contains("data-testid=\"plan-link\""), "no plan yet");
    // The plan page lists it, with its phone and a remove link; no cookie is set.
    let res = app.get(&format!("/en/plan?s={s_a}")).await;
    assert_eq!(res.header("set-cookie"), "");
    assert_eq!(res.header("cache-control"), "no-store");
    let plan_page = res.html();
    let service = app
        .store
        .full_services(&[a.parse().unwrap()])
        .await
        .unwrap()
        .remove(0);
    assert!(plan_page.contains(service.name.as_str()));
    assert!(plan_page.contains("href=\"tel:"), "a phone to call");
    assert!(plan_page.contains("data-testid=\"print-link\""));
    assert!(plan_page.contains(&format!("href=\"/en/plan/print?s={s_a}\"")));
    assert!(plan_page.contains(&format!("href=\"/en/services/{a}?plan={s_a}\"")));
    assert!(plan_page.contains("data-testid=\"remove-from-plan\""));
    assert!(plan_page.contains("href=\"/en/plan\" data-testid=\"remove-from-plan\""));
    // Another service page, reached with the plan, adds to it and links to the plan.
    let detail_b = app
        .get(&format!("/en/services/{b}?plan={s_a}"))
        .await
        .html();
    assert!(detail_b.contains(&format!(
        "href=\"/en/plan?s={s_a}\" data-testid=\"plan-link\""
    )));
    let s_ab = add_form_s(&detail_b, "add-to-plan");
    assert_eq!(s_ab, plan_of(&[a.clone(), b.clone()]).encode());
    let both = app.get(&format!("/en/plan?s={s_ab}")).await.html();
    assert_eq!(both.matches("data-testid=\"plan-item\"").count(), 2);
    // Removing `a` leaves `b`.
    let s_b = plan_of(std::slice::from_ref(b)).encode();
    assert!(both.contains(&format!(
        "href=\"/en/plan?s={s_b}\" data-testid=\"remove-from-plan\""
    )));
    // A service already in the plan says so instead of offering to add it again.
    let again = app
        .get(&format!("/en/services/{a}?plan={s_ab}"))
        .await
        .html();
    assert!(again.contains("In your plan"));
    assert!(!again.contains("data-testid=\"add-to-plan\""));
    // Results and the search form pass the plan on.
    let results = app
        .get(&format!("/en/results?q=food&plan={s_a}"))
        .await
        .html();
    assert!(
        results.contains(&format!("?plan={s_a}\"")),
        "hit links carry the plan"
    );
    assert!(results.contains(&format!(
        "<input type=\"hidden\" name=\"plan\" value=\"{s_a}\">"
    )));
    assert!(results.contains("data-testid=\"add-hit-to-plan\""));
    let home = app.get(&format!("/es/?plan={s_a}")).await.html();
    assert!(home.contains(&format!("href=\"/es/results?need=legal&#38;plan={s_a}\"")));
    assert!(home.contains("Mi plan (1)"));
}

#[tokio::test]
async fn the_plan_page_keeps_order_and_notes_services_no_longer_listed() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("lawyer").await;
    let gone = Uuid::from_u128(42).to_string();
    let plan = plan_of(&[ids[1].clone(), gone, ids[0].clone()]);
    let html = app
        .get(&format!("/en/plan?s={}", plan.encode()))
        .await
        .html();
    let first = html.find(&format!("/en/services/{}?plan", ids[1])).unwrap();
    let second = html.find(&format!("/en/services/{}?plan", ids[0])).unwrap();
    assert!(first < second, "the resident's order");
    assert!(html.contains("One service in this plan is no longer listed."));
    let empty = app.get("/en/plan").await.html();
    assert!(empty.contains("Your plan is empty."));
    assert!(!empty.contains("data-testid=\"plan-qr\""));
}

/// Dark modules drawn by the SVG path (`M{x} {y}h1v1H{x}V{y}` per module).
fn dark_cells(d: &str) -> Vec<(usize, usize)> {
    d.split('M')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let head = p.split('h').next().unwrap();
            let (x, y) = head.split_once(' ').unwrap();
            assert!(p.contains("h1v1H"), "one unit per module: {p}");
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn the_qr_code_encodes_the_share_link() {
    let (app, _) = app_with_sink().await;
    let ids = app.service_ids("lawyer").await;
    let s = plan_of(&ids[..3]).encode();
    let html = app.get(&format!("/es/plan?s={s}")).await.html();
    let share = format!("{PUBLIC}/es/plan?s={s}");
    assert!(html.contains(&format!("href=\"{share}\" data-testid=\"share-link\"")));
    assert!(html.contains(&format!("<img class=\"qr\" src=\"/es/plan/qr.svg?s={s}\"")));
    let res = app.get(&format!("/es/plan/qr.svg?s={s}")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), "image/svg+xml");
    assert_eq!(res.header("cache-control"), "no-store");
    assert_eq!(
        res.header("content-security-policy"),
        CONTENT_SECURITY_POLICY
    );
    let svg = res.text();
    assert!(
        !svg.contains("style"),
        "no style: the CSP forbids inline styles"
    );
    let doc = roxmltree::Document::parse(&svg).expect("the QR code is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    // The same data, encoded by the qrcode crate, has exactly these dark modules.
    let expected = qrcode::QrCode::new(share.as_bytes()).unwrap();
    let w = expected.width();
    let quiet = 4;
    assert_eq!(
        root.attribute("viewBox"),
        Some(format!("0 0 {0} {0}", w + 2 * quiet).as_str())
    );
    let path = root
        .children()
        .find(|n| n.has_tag_name("path"))
        .expect("<path>");
    assert_eq!(path.attribute("fill"), Some("#000"));
    let mut drawn = dark_cells(path.attribute("d").unwrap());
    drawn.sort_unstable();
    let colors = expected.to_colors();
    let mut want: Vec<(usize, usize)> = (0..w * w)
        .filter(|i| colors[*i] == qrcode::Color::Dark)
        .map(|i| (i % w + quiet, i / w + quiet))
        .collect();
    want.sort_unstable();
    assert_eq!(drawn, want, "the QR code encodes {share}");
    // No plan, no code.
    assert_eq!(
        app.get("/es/plan/qr.svg").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_print_view_has_print_only_markup_and_absolute_links() {
    let (app, _) = app_with_sink().await;
    let ids = app.service_ids("lawyer").await;
    let s = plan_of(&ids[..2]).encode();
    let html = app.get(&format!("/en/plan/print?s={s}")).await.html();
    assert!(html.contains("<div class=\"plan plan-print\">"));
    assert!(html.contains("class=\"print-only\" data-testid=\"print-only\""));
    assert!(html.contains("Printed on "));
    for id in &ids[..2] {
        assert!(html.contains(&format!(
            "<p class=\"print-only url\">{PUBLIC}/en/services/{id}</p>"
        )));
    }
    assert!(
        html.contains(&format!("href=\"/en/plan?s={s}\"")),
        "back to the plan"
    );
    assert!(!html.contains("/plan/send"), "no send form on paper");
    assert!(!html.contains("remove-from-plan"));
    assert!(html.contains("data-testid=\"plan-qr\""));
    let css = puerta_web::pages::assets::CSS;
    let print = &css[css.rfind("@media print").unwrap()..];
    assert!(print.contains(".print-only { display: block; }"));
    assert!(print.contains(".plan-print .plan-item + .plan-item { break-before: page; }"));
    assert!(print.contains("attr(href)"), "printed links show their URL");
    assert!(css.contains(".print-only { display: none; }"));
}

#[tokio::test]
async fn sending_delivers_exactly_one_message_and_keeps_nothing() {
    let (app, sink) = app_with_sink().await;
    let ids = app.service_ids("lawyer").await;
    let s = plan_of(&ids[..2]).encode();
    let res = post_form(
        &app,
        "/es/plan/send",
        &[("s", &s), ("to", "(937) 555-0101")],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let location = res.header("location").to_owned();
    assert_eq!(location, format!("/es/plan?s={s}&sent=sms"));
    assert_eq!(res.header("set-cookie"), "");
    assert_eq!(res.header("referrer-policy"), "no-referrer");
    let messages = sink.take();
    assert_eq!(messages.len(), 1, "exactly one message");
    let m = &messages[0];
    assert_eq!(m.channel, Channel::Sms);
    assert_eq!(m.recipient, "+19375550101");
    assert_eq!(
        m.body,
        format!("Su plan de Puerta: {PUBLIC}/es/plan?s={s}"),
        "localized, with the link"
    );
    // Nothing else keeps it: no report, the confirmation page does not show the number.
    let reports = app
        .store
        .list_reports(None, puerta_store::PageRequest::default())
        .await
        .expect("list reports");
    assert_eq!(reports.total, 0, "no problem report");
    let confirmed = app.get(&location).await.html();
    assert!(confirmed.contains("Enviamos el enlace por mensaje de texto."));
    assert!(!confirmed.contains("+19375550101") && !confirmed.contains("(937) 555-0101\""));
    // E-mail goes by e-mail.
    let res = post_form(
        &app,
        "/en/plan/send",
        &[("s", &s), ("to", "ana@example.org")],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let m = sink.take();
    assert_eq!((m.len(), m[0].channel), (1, Channel::Email));
    assert!(m[0].body.starts_with("Your plan from Puerta: https://"));
    // Bad recipients: a localized error on the plan page, nothing sent.
    for (to, says) in [
        ("555-0101", "Este número de teléfono no parece correcto."),
        ("ana@", "Este correo electrónico no parece correcto."),
        ("", "Escriba un número de teléfono o un correo electrónico."),
    ] {
        let res = post_form(&app, "/es/plan/send", &[("s", &s), ("to", to)]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{to}");
        let html = res.text();
        assert!(html.contains(says), "{to}");
        assert!(
            html.contains("data-testid=\"plan-item\""),
            "the plan is still shown"
        );
        assert_eq!(
            res.header("content-security-policy"),
            CONTENT_SECURITY_POLICY
        );
    }
    let res = post_form(
        &app,
        "/en/plan/send",
        &[("s", ""), ("to", "ana@example.org")],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(sink.messages().is_empty(), "nothing sent on errors");
}

#[tokio::test]
async fn without_a_provider_the_page_says_sending_is_not_set_up() {
    let app = PagesApp::demo().await; // AppState::new: DisabledOutbox, as `puerta serve`
    let ids = app.service_ids("lawyer").await;
    let s = plan_of(&ids[..1]).encode();
    let res = post_form(&app, "/es/plan/send", &[("s", &s), ("to", "9375550101")]).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    let html = res.text();
    assert!(html.contains("todavía no está disponible en esta ciudad"));
    assert!(!html.contains("9375550101"), "the number is not echoed");
    assert!(html.contains("<html lang=\"es\""));
    let en = post_form(&app, "/en/plan/send", &[("s", &s), ("to", "9375550101")]).await;
    assert!(en.text().contains("not set up in this city yet"));
}

fn gzip(bytes: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

#[tokio::test]
async fn plan_pages_fit_the_budget_with_no_script_and_strict_headers() {
    let app = PagesApp::demo().await;
    let mut ids = app.service_ids("food").await;
    ids.extend(app.service_ids("lawyer").await);
    let s = plan_of(&ids).encode();
    let css = gzip(puerta_web::pages::assets::CSS.as_bytes());
    for lang in ["en", "es", "ar"] {
        for uri in [
            format!("/{lang}/plan?s={s}"),
            format!("/{lang}/plan/print?s={s}"),
            format!("/{lang}/plan"),
        ] {
            let res = app.get(&uri).await;
            let html = res.html();
            assert!(
                gzip(html.as_bytes()) + css <= 30 * 1024,
                "{uri} is too heavy"
            );
            assert!(!html.contains("<script"), "{uri}");
            assert!(!html.contains("style=\""), "{uri}: inline style");
            assert_eq!(
                res.header("content-security-policy"),
                CONTENT_SECURITY_POLICY
            );
            assert_eq!(res.header("referrer-policy"), "no-referrer");
            assert_eq!(res.header("x-content-type-options"), "nosniff");
            assert_eq!(res.header("cache-control"), "no-store");
        }
    }
    let qr = app.get(&format!("/en/plan/qr.svg?s={s}")).await;
    assert_eq!(qr.header("referrer-policy"), "no-referrer");
}
