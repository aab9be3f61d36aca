//! The optional map of the results page: given the demo directory and a city that configured
//! a tile server, the results page draws this page's located hits as numbered markers on
//! tiles from that server (and the CSP allows that one origin); without configuration the
//! page and its policy are exactly as before; `map=0` hides the map.

use puerta_web::pages::headers::CONTENT_SECURITY_POLICY;
use puerta_web::pages::map::{tile_of, MAX_ZOOM};
use puerta_web::MapTiles;
use uuid::Uuid;

use super::helpers::PagesApp;

const TILES: &str = "https://tiles.example.org/osm/{z}/{x}/{y}.png?key=k&v=1";
const CREDIT: &str = "© OpenStreetMap contributors";

async fn app_with_map() -> PagesApp {
    PagesApp::demo_with(|s| s.with_map_tiles(MapTiles::parse(TILES, CREDIT).unwrap())).await
}

/// The service ids of the hits listed on a results page, in order.
fn listed_ids(html: &str, lang: &str) -> Vec<Uuid> {
    html.split("<li class=\"hit\">")
        .skip(1)
        .map(|item| {
            let at = item.find(&format!("/{lang}/services/")).expect("hit link") + lang.len() + 11;
            item[at..at + 36].parse().expect("service id")
        })
        .collect()
}

/// For each listed hit, in order: its (latitude, longitude) places.
async fn places(app: &PagesApp, ids: &[Uuid]) -> Vec<Vec<(f64, f64)>> {
    let services = app.store.full_services(ids).await.unwrap();
    ids.iter()
        .map(|id| {
            let s = services.iter().find(|s| s.id == *id).unwrap();
            s.service_at_locations
                .iter()
                .filter_map(|sal| sal.location.as_ref()?.point())
                .map(|(la, lo)| (la.degrees(), lo.degrees()))
                .collect()
        })
        .collect()
}

/// The map's `<svg>…</svg>`, parsed, or None.
fn map_svg(html: &str) -> Option<String> {
    let start = html.find("<svg")?;
    let end = html[start..].find("</svg>")? + start + "</svg>".len();
    Some(html[start..end].to_owned())
}

#[tokio::test]
async fn a_configured_map_shows_each_located_hit_of_the_page_on_tiles_from_the_city_server() {
    let app = app_with_map().await;
    // "english classes" finds the online class too, which has no place to mark.
    for query in ["food", "english%20classes", "lawyer"] {
        let uri = format!("/en/results?q={query}");
        let res = app.get(&uri).await;
        let html = res.html();
        assert_eq!(
            res.header("content-security-policy"),
            "default-src 'none'; style-src 'self'; img-src 'self' data: \
             https://tiles.example.org; form-action 'self'; base-uri 'none'; \
             frame-ancestors 'none'",
            "{uri}: the CSP allows the tile origin and nothing else"
        );
        let ids = listed_ids(&html, "en");
        assert!(!ids.is_empty(), "{uri} lists hits");
        let places = places(&app, &ids).await;
        let located: Vec<usize> = (1..=ids.len())
            .filter(|n| !places[n - 1].is_empty())
            .collect();
        assert!(!located.is_empty(), "{uri}: the demo services have places");

        let svg = map_svg(&html).unwrap_or_else(|| panic!("{uri}: no map"));
        assert!(
            html.find("<svg").unwrap() < html.find("<ol class=\"hits\"").unwrap(),
            "{uri}: the map comes before the list"
        );
        let doc = roxmltree::Document::parse(&svg).expect("the map is well-formed SVG");
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("viewBox"), Some("0 0 640 400"));
        assert_eq!(
            root.attribute("aria-label").unwrap(),
            if located.len() == 1 {
                "Map of 1 result on this page".to_owned()
            } else {
                format!("Map of {} results on this page", located.len())
            }
        );
        // One numbered marker per located hit, numbered as the list.
        let numbers: Vec<usize> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap().parse().unwrap())
            .collect();
        assert_eq!(numbers, located, "{uri}: markers");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("circle"))
                .count(),
            located.len()
        );
        for n in 1..=ids.len() {
            assert!(
                html.contains(&format!(
                    "<span class=\"hit-number\" aria-hidden=\"true\">{n}</span>"
                )),
                "{uri}: list item {n} shows its number"
            );
        }
        // Tiles: from the template, at one sane zoom, inside the pyramid, at most 4 × 3.
        let zoom: u8 = root.attribute("data-zoom").unwrap().parse().unwrap();
        assert!(zoom <= MAX_ZOOM);
        let hrefs: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("image"))
            .map(|n| n.attribute("href").unwrap())
            .collect();
        assert!(
            (1..=12).contains(&hrefs.len()),
            "{uri}: {} tiles",
            hrefs.len()
        );
        for href in &hrefs {
            let zxy = href
                .strip_prefix("https://tiles.example.org/osm/")
                .and_then(|r| r.strip_suffix(".png?key=k&v=1"))
                .unwrap_or_else(|| panic!("{uri}: tile {href} is not from the template"));
            let parts: Vec<u32> = zxy.split('/').map(|p| p.parse().unwrap()).collect();
            assert_eq!(parts.len(), 3, "{href}");
            assert_eq!(parts[0], u32::from(zoom), "{href}");
            assert!(parts[1] < 1 << zoom && parts[2] < 1 << zoom, "{href}");
        }
        // Every located hit's tile is drawn (the first place of each, no search centre).
        for p in places.iter().filter_map(|p| p.first()) {
            let t = tile_of(p.0, p.1, zoom);
            let href = format!(
                "https://tiles.example.org/osm/{}/{}/{}.png?key=k&v=1",
                t.z, t.x, t.y
            );
            assert!(hrefs.contains(&href.as_str()), "{uri}: {href} missing");
        }
        // The credit, and a way to hide the map that keeps the search.
        assert!(html.contains(&format!("<p class=\"map-credit\"><bdi>{CREDIT}</bdi></p>")));
        assert!(
            html.contains(&format!(
                "<a href=\"/en/results?q={}&#38;map=0\">Hide map</a>",
                query.replace("%20", "+")
            )),
            "{uri}: hide link"
        );
    }
}

#[tokio::test]
async fn map_0_hides_the_map_and_offers_it_back_keeping_the_choice_across_pages() {
    let app = app_with_map().await;
    let res = app.get("/en/results?q=help&map=0").await;
    let html = res.html();
    assert!(map_svg(&html).is_none(), "the map is hidden");
    assert!(!html.contains("tiles.example.org"), "no tile is requested");
    assert!(!html.contains("hit-number"), "no numbers without the map");
    assert!(html.contains("<a href=\"/en/results?q=help\">Show map</a>"));
    assert!(html.contains("<input type=\"hidden\" name=\"map\" value=\"0\">"));
    assert!(
        html.contains("map=0&#38;page=2"),
        "the next page keeps the map hidden"
    );
    // The second page draws its own hits, numbered from 1 again.
    let page2 = app.get("/en/results?q=help&page=2").await.html();
    let svg = map_svg(&page2).expect("map on page 2");
    assert!(svg.contains(">1</text>"));
}

#[tokio::test]
async fn the_map_is_localized_and_uses_the_nearest_place_to_the_searched_zip() {
    let app = app_with_map().await;
    for (lang, label, hide) in [
        ("es", "Mapa de ", "Ocultar el mapa"),
        ("ar", "خريطة ", "إخفاء الخريطة"),
        ("zh-Hans", "本页 ", "隐藏地图"),
    ] {
        let html = app
            .get(&format!("/{lang}/results?q=food&near=45402&radius=25"))
            .await
            .html();
        let svg = map_svg(&html).unwrap_or_else(|| panic!("{lang}: no map"));
        assert!(
            svg.contains(&format!("aria-label=\"{label}")),
            "{lang}: {svg:.300}"
        );
        assert!(html.contains(hide), "{lang}");
        assert!(html.contains(CREDIT));
    }
}

#[tokio::test]
async fn without_tiles_the_results_page_and_its_policy_are_unchanged() {
    let app = PagesApp::demo().await;
    for uri in ["/en/results?q=food", "/ar/results?q=food&map=0"] {
        let res = app.get(uri).await;
        let html = res.html();
        assert_eq!(
            res.header("content-security-policy"),
            CONTENT_SECURITY_POLICY
        );
        assert!(!html.contains("<svg"), "{uri}: no map");
        assert!(!html.contains("map-"), "{uri}: no map links or credit");
        assert!(!html.contains("hit-number"), "{uri}: no marker numbers");
        assert!(!html.contains("name=\"map\""), "{uri}");
    }
    assert_eq!(
        app.state.content_security_policy(),
        CONTENT_SECURITY_POLICY,
        "the state's policy is the constant itself"
    );
}

#[tokio::test]
async fn no_map_is_drawn_when_no_hit_has_a_place() {
    let app = app_with_map().await;
    // The demo helpline and online services have no address.
    let html = app.get("/en/results?q=telehealth").await.html();
    let ids = listed_ids(&html, "en");
    assert!(!ids.is_empty(), "telehealth is found");
    let places = places(&app, &ids).await;
    assert!(
        places.iter().all(Vec::is_empty),
        "expected only unlocated hits"
    );
    assert!(map_svg(&html).is_none());
    assert!(!html.contains("map-toggle"), "nothing to show or hide");
    // And an empty result draws nothing either.
    let none = app.get("/en/results?q=zzzzqqqq").await.html();
    assert!(map_svg(&none).is_none());
}
