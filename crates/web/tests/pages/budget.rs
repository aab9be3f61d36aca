//! Security headers, page weight (≤ 30 KB gzipped HTML + CSS), no script, and the CSS
//! budget (≤ 15 KB gzipped) with year-long immutable caching.

use std::io::Write;

use axum::http::StatusCode;
use flate2::write::GzEncoder;
use flate2::Compression;
use puerta_web::pages::headers::CONTENT_SECURITY_POLICY;
use puerta_web::pages::HttpsPolicy;

use super::helpers::PagesApp;

const PAGE_BUDGET: usize = 30 * 1024;
const CSS_BUDGET: usize = 15 * 1024;

fn gzip(bytes: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

#[test]
fn the_stylesheet_fits_its_budget_and_uses_logical_properties() {
    let css = puerta_web::pages::assets::CSS;
    let size = gzip(css.as_bytes());
    assert!(size <= CSS_BUDGET, "CSS is {size} bytes gzipped");
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
        "float:",
        "border-left",
        "border-right",
        " left:",
        " right:",
    ] {
        assert!(
            !css.contains(physical),
            "physical property `{physical}`: use logical ones"
        );
    }
    assert!(css.contains(":focus-visible"), "visible focus");
    assert!(css.contains("@media print"), "print styles");
    assert!(
        !css.contains("@import") && !css.contains("url("),
        "nothing loaded from elsewhere"
    );
}

async fn transferred(app: &PagesApp, uri: &str) -> (usize, String) {
    let res = app.get_with(uri, &[("accept-encoding", "gzip")]).await;
    assert_eq!(res.status, StatusCode::OK, "{uri}");
    assert_eq!(
        res.header("content-encoding"),
        "gzip",
        "{uri} is compressed"
    );
    let mut d = flate2::read::GzDecoder::new(&res.body[..]);
    let mut html = String::new();
    std::io::Read::read_to_string(&mut d, &mut html).unwrap();
    (res.body.len(), html)
}

#[tokio::test]
async fn every_page_type_fits_the_budget_with_no_script() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("lawyer").await;
    let service = &ids[0];
    let org = app
        .store
        .full_services(&[service.parse().unwrap()])
        .await
        .unwrap()[0]
        .organization
        .as_ref()
        .unwrap()
        .id;
    let css_path = puerta_web::pages::assets::css_path();
    let (css_bytes, _) = transferred(&app, &css_path).await;
    for lang in ["en", "es", "ar"] {
        for uri in [
            format!("/{lang}/"),
            format!("/{lang}/results?q=food"),
            format!("/{lang}/results?need=legal&free=1&open_now=1"),
            format!("/{lang}/services/{service}"),
            format!("/{lang}/organizations/{org}"),
            format!("/{lang}/rights"),
            format!("/{lang}/rights/notario"),
            format!("/{lang}/about"),
        ] {
            let (bytes, html) = transferred(&app, &uri).await;
            assert!(
                bytes + css_bytes <= PAGE_BUDGET,
                "{uri}: {bytes} + {css_bytes} CSS bytes"
            );
            assert!(!html.contains("<script"), "{uri} has a script");
            assert!(
                html.contains(&css_path),
                "{uri} links the hashed stylesheet"
            );
            // Nothing from other sites is loaded (links to them are fine).
            for attr in ["src=\"http", "href=\"//", "rel=\"stylesheet\" href=\"http"] {
                assert!(!html.contains(attr), "{uri}: third-party resource `{attr}`");
            }
        }
    }
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let app = PagesApp::demo().await;
    for uri in ["/en/", "/es/results?q=food", "/ar/about", "/en/nothing"] {
        let res = app.get(uri).await;
        assert_eq!(
            res.header("content-security-policy"),
            CONTENT_SECURITY_POLICY,
            "{uri}"
        );
        assert!(CONTENT_SECURITY_POLICY.contains("default-src 'none'"));
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assert_eq!(res.header("x-content-type-options"), "nosniff");
        assert_eq!(res.header("referrer-policy"), "no-referrer");
        assert_eq!(
            res.header("strict-transport-security"),
            "",
            "no HSTS over plain HTTP"
        );
    }
    assert_eq!(
        app.get("/es/results?q=food").await.header("cache-control"),
        "no-store"
    );
    // HSTS: only for requests that came over TLS through a trusted proxy.
    let app = PagesApp::demo_with(|s| s.with_https(HttpsPolicy::TrustForwardedProto)).await;
    let tls = app
        .get_with("/en/", &[("x-forwarded-proto", "https")])
        .await;
    assert!(tls
        .header("strict-transport-security")
        .starts_with("max-age="));
    let plain = app.get_with("/en/", &[("x-forwarded-proto", "http")]).await;
    assert_eq!(plain.header("strict-transport-security"), "");
    let secure_cookie = app
        .get_with("/language/es?next=/", &[("x-forwarded-proto", "https")])
        .await;
    assert!(secure_cookie.header("set-cookie").contains("; Secure"));
}

#[tokio::test]
async fn assets_are_immutable_and_hashed() {
    let app = PagesApp::demo().await;
    let css = app.get(&puerta_web::pages::assets::css_path()).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    let icon = app.get(&puerta_web::pages::assets::icon_path()).await;
    assert_eq!(icon.header("content-type"), "image/svg+xml");
    assert_eq!(
        app.get("/static/puerta.0000.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_results_page_with_its_map_fits_the_budget() {
    let tiles = puerta_web::MapTiles::parse(
        "https://tiles.example.org/{z}/{x}/{y}.png",
        "© OpenStreetMap contributors",
    )
    .unwrap();
    let app = PagesApp::demo_with(|s| s.with_map_tiles(tiles)).await;
    let (css_bytes, _) = transferred(&app, &puerta_web::pages::assets::css_path()).await;
    for lang in ["en", "es", "ar"] {
        for uri in [
            format!("/{lang}/results?q=food"),
            format!("/{lang}/results?q=help"),
            format!("/{lang}/results?need=legal&near=45402&radius=50"),
        ] {
            let (bytes, html) = transferred(&app, &uri).await;
            assert!(html.contains("<svg"), "{uri} draws its map");
            assert!(
                bytes + css_bytes <= PAGE_BUDGET,
                "{uri} with its map: {bytes} + {css_bytes} CSS bytes"
            );
            assert!(!html.contains("<script"), "{uri} has a script");
        }
    }
}
