//! Each page type renders in English, Spanish and Arabic (right to left), with real demo
//! data; the filters work; unknown ids get the localized 404 page.

use axum::http::StatusCode;

use super::helpers::PagesApp;

fn assert_frame(html: &str, lang: &str, dir: &str) {
    assert!(
        html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
        "no <html lang={lang} dir={dir}>: {}",
        &html[..html.len().min(300)]
    );
    assert!(!html.contains("<script"), "pages ship no script");
    assert!(!html.contains("style=\""), "no inline style (CSP)");
    assert!(html.contains("<main id=\"main\""));
}

#[tokio::test]
async fn every_page_type_renders_in_en_es_and_ar() {
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
    for (lang, dir, home_heading) in [
        ("en", "ltr", "Find help near you"),
        ("es", "ltr", "Encuentre ayuda cerca de usted"),
        ("ar", "rtl", "ابحث عن مساعدة قريبة منك"),
    ] {
        let home = app.get(&format!("/{lang}/")).await.html();
        assert_frame(&home, lang, dir);
        assert!(home.contains(home_heading), "{lang} home");
        assert!(home.contains(&format!("href=\"/{lang}/results?need=legal\"")));
        let results = app.get(&format!("/{lang}/results?q=lawyer")).await.html();
        assert_frame(&results, lang, dir);
        assert!(results.contains(&format!("href=\"/{lang}/services/{service}\"")));
        let detail = app.get(&format!("/{lang}/services/{service}")).await.html();
        assert_frame(&detail, lang, dir);
        assert!(detail.contains(&format!("action=\"/{lang}/services/{service}/report\"")));
        let organization = app
            .get(&format!("/{lang}/organizations/{org}"))
            .await
            .html();
        assert_frame(&organization, lang, dir);
        assert!(organization.contains(&format!("/{lang}/services/{service}")));
        for path in [
            "rights",
            "rights/home",
            "rights/work",
            "rights/police",
            "rights/school",
            "rights/notario",
            "about",
        ] {
            let page = app.get(&format!("/{lang}/{path}")).await.html();
            assert_frame(&page, lang, dir);
        }
    }
    let es = app.get(&format!("/es/services/{service}")).await.html();
    assert!(
        es.contains("Cuidado con el fraude de notarios"),
        "legal services warn in Spanish"
    );
    assert!(es.contains("Reportar un problema"));
}

#[tokio::test]
async fn service_page_shows_hours_languages_phone_and_directions() {
    let app = PagesApp::demo().await;
    let ids = app.service_ids("food%20pantry").await;
    let html = app.get(&format!("/en/services/{}", ids[0])).await.html();
    assert!(html.contains("Opening hours"), "a weekly table of hours");
    assert!(
        html.contains("Open now") || html.contains("Closed now"),
        "open-now status in the service's zone"
    );
    assert!(html.contains("America/New_York"), "the zone is named");
    assert!(html.contains("href=\"tel:937555"), "tel: links");
    assert!(html.contains("https://www.openstreetmap.org/directions?route="));
    assert!(html.contains("Information checked on") || html.contains("We do not know when"));
    let es = app.get(&format!("/es/services/{}", ids[0])).await.html();
    assert!(es.contains("Horario"));
    assert!(
        es.contains("español") || es.contains("inglés"),
        "language names in Spanish"
    );
}

#[tokio::test]
async fn legal_pages_warn_against_notario_fraud() {
    let app = PagesApp::demo().await;
    let legal = app.get("/en/results?need=legal").await.html();
    assert!(legal.contains("Beware of notario fraud"));
    let food = app.get("/en/results?need=food").await.html();
    assert!(
        !food.contains("Beware of notario fraud"),
        "only legal pages warn"
    );
    let rights = app.get("/es/rights/police").await.html();
    assert!(rights.contains("no consejo legal"), "not legal advice");
    assert!(rights.contains("Cuidado con el fraude de notarios"));
}

#[tokio::test]
async fn every_home_tile_finds_services() {
    let app = PagesApp::demo().await;
    for need in puerta_web::pages::home::NEEDS {
        let html = app
            .get(&format!("/en/results?need={}", need.id))
            .await
            .html();
        assert!(
            html.contains("class=\"hit\""),
            "the {} tile finds nothing in the demo directory",
            need.id
        );
    }
}

#[tokio::test]
async fn results_filters_narrow_the_list() {
    let app = PagesApp::demo().await;
    let count = |html: &str| html.matches("class=\"hit\"").count();
    let all = app.get("/en/results?q=food").await.html();
    let spanish = app.get("/en/results?q=food&language=es").await.html();
    assert!(count(&all) > 0);
    assert!(
        spanish.contains("<option value=\"es\" selected>"),
        "the form keeps the choice"
    );
    let free = app.get("/en/results?q=lawyer&free=1").await.html();
    assert!(free.contains("id=\"free\" name=\"free\" value=\"1\" checked"));
    // Near a demo ZIP code, each hit says how far it is.
    let near = app
        .get("/en/results?q=food&near=45402&radius=25")
        .await
        .html();
    assert!(count(&near) > 0);
    assert!(near.contains(" km)<"), "distances in miles and kilometres");
    assert!(near.contains(" mi ("), "distances in miles and kilometres");
    // An unknown ZIP code is explained, not an error page.
    let unknown = app.get("/en/results?q=food&near=00000").await.html();
    assert!(unknown.contains("We do not know this ZIP code"));
    // Nothing matches: an honest empty state with a way out.
    let none = app.get("/en/results?q=zzqxv%20blorf&free=1").await.html();
    assert!(none.contains("We did not find services for this search"));
    assert!(none.contains("Search again without filters"));
    assert!(none.contains("/en/results?q=zzqxv+blorf"));
    // Paging keeps the query.
    let page1 = app.get("/en/results?need=food").await.html();
    if page1.contains("rel=\"next\"") {
        assert!(page1.contains("need=food&amp;page=2"));
    }
}

#[tokio::test]
async fn unknown_ids_get_a_localized_html_404() {
    let app = PagesApp::demo().await;
    for (uri, text) in [
        (
            "/es/services/3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "Página no encontrada",
        ),
        ("/es/services/not-a-uuid", "Página no encontrada"),
        (
            "/en/organizations/3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "Page not found",
        ),
        ("/ar/nothing/here", "لم نجد الصفحة"),
        ("/es/rights/nothing", "Página no encontrada"),
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
        assert!(page.text().contains(text), "{uri}");
        assert_eq!(page.header("x-content-type-options"), "nosniff");
    }
    // Paths outside the locales stay the API's JSON errors.
    let api = app.get("/nothing/here").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.header("content-type"), "application/json");
}
