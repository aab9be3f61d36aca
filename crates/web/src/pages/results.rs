//! `GET /{lang}/results`: the search results with a form of filters (plain GET, no script),
//! each hit with why it matched, paging, and an honest empty state. When the city configures
//! map tiles, a map of this page's hits comes first (drawn on the server, see [`super::map`]);
//! the numbered list stays the complete answer, and `map=0` hides the map.
//!
//! The query is searched, never logged; the page is `Cache-Control: no-store`.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use puerta_domain::Service;
use puerta_search::facts::ServiceFacts;
use puerta_search::SearchRequest;
use serde::Deserialize;
use uuid::Uuid;

use super::home::{need_by_id, NEEDS};
use super::locale::{self, Tr};
use super::map::{self, MapView};
use super::service::legal_badges;
use super::view::{self, Chrome};
use super::{html, server_error, Caching};
use crate::api::params::{self, FilterText};
use crate::error::ApiError;
use crate::AppState;

/// Hits per page: short pages load fast on slow phones.
pub const PER_PAGE: usize = 10;
/// Highest page number accepted.
const MAX_PAGE: usize = 100;
/// Radius choices, in miles.
pub const RADII: &[u32] = &[1, 3, 5, 10, 25, 50];

/// The form's fields (all text: whatever arrives, the page renders).
#[derive(Debug, Default, Deserialize)]
pub struct ResultsQuery {
    pub q: Option<String>,
    pub need: Option<String>,
    pub language: Option<String>,
    pub free: Option<String>,
    pub open_now: Option<String>,
    pub walk_in: Option<String>,
    pub near: Option<String>,
    pub radius: Option<String>,
    pub accessible: Option<String>,
    pub no_id: Option<String>,
    pub no_ssn: Option<String>,
    pub page: Option<String>,
    /// `0`: the resident hid the map.
    pub map: Option<String>,
}

fn on(v: &Option<String>) -> bool {
    matches!(v.as_deref().map(str::trim), Some("1" | "true" | "on"))
}

/// One hit as shown.
pub struct HitView {
    /// Position on this page (1, 2, …): the number of its marker on the map.
    pub number: usize,
    /// (latitude, longitude) of the place its marker stands for.
    pub place: Option<(f64, f64)>,
    pub id: Uuid,
    pub href: String,
    pub name: String,
    pub organization: Option<String>,
    pub organization_href: Option<String>,
    pub summary: String,
    pub distance: Option<String>,
    /// `Some(true)` open now, `Some(false)` closed now, `None` hours unknown.
    pub open_now: Option<bool>,
    pub languages: Vec<String>,
    pub why: Vec<String>,
    pub verified: Option<String>,
    pub badges: Vec<String>,
    pub free: bool,
}

/// A choice of the language filter.
pub struct LanguageOption {
    pub code: &'static str,
    pub name: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "results.html")]
pub struct ResultsPage {
    pub chrome: Chrome,
    pub q: String,
    pub need_label: Option<String>,
    pub need_id: String,
    pub near: String,
    /// (miles, label, selected)
    pub radius_options: Vec<(u32, String, bool)>,
    pub languages: Vec<LanguageOption>,
    pub free: bool,
    pub open_now: bool,
    pub walk_in: bool,
    pub accessible: bool,
    pub no_id: bool,
    pub no_ssn: bool,
    /// Some filter is set: show the filters unfolded.
    pub filters_open: bool,
    pub hits: Vec<HitView>,
    pub count_text: String,
    pub page_text: String,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    /// A filter we could not use, in words (e.g. an unknown ZIP code).
    pub problem: Option<String>,
    pub searched: bool,
    pub legal: bool,
    pub understood: Vec<String>,
    pub clear_filters_href: Option<String>,
    pub suggestions: Vec<(String, String)>,
    /// The map of this page's hits, when the city configured tiles and a hit has a place.
    pub map: Option<MapSection>,
    /// The map is drawn: the list shows the markers' numbers.
    pub numbered: bool,
    /// The resident hid the map: the filter form keeps it hidden.
    pub map_hidden: bool,
}

/// The map above the list, or the link that brings it back.
pub struct MapSection {
    /// `None` when the resident hid the map (`map=0`).
    pub view: Option<MapView>,
    /// What the map shows, for screen readers ("Map of 10 results on this page").
    pub label: String,
    /// The tile provider's credit.
    pub attribution: String,
    /// This page with the map hidden, or shown again.
    pub toggle_href: String,
}

/// Languages offered in the filter (codes as HSDS stores them); the resident's own first.
const FILTER_LANGUAGES: &[&str] = &[
    "es", "zh", "tl", "vi", "ar", "fr", "ht", "ko", "ru", "pt", "uk", "fa", "en",
];

pub async fn page(State(state): State<AppState>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let query: ResultsQuery = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let need = query.need.as_deref().and_then(need_by_id);
    let q_text = params::text(query.q.as_deref())
        .map(|s| s.chars().take(params::MAX_SEARCH_CHARS).collect::<String>());
    let search_text = q_text.clone().or_else(|| need.map(|n| n.query.to_owned()));
    let page_no = query
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<usize>().ok())
        .filter(|p| (1..=MAX_PAGE).contains(p))
        .unwrap_or(1);
    let near = params::text(query.near.as_deref()).map(|n| n.chars().take(10).collect::<String>());
    let radius = query
        .radius
        .as_deref()
        .and_then(|r| r.trim().parse::<u32>().ok())
        .filter(|r| RADII.contains(r))
        .unwrap_or(10);
    let language = params::text(query.language.as_deref())
        .filter(|l| FILTER_LANGUAGES.contains(l))
        .map(str::to_owned);
    let radius_km = format!("{:.3}", f64::from(radius) * 1.609_344);
    let flag = |b: bool| b.then_some("1");
    let filter_text = FilterText {
        taxonomy_term_id: None,
        language: language.as_deref(),
        free: flag(on(&query.free)),
        open_now: flag(on(&query.open_now)),
        open_at: None,
        walk_in: flag(on(&query.walk_in)),
        postcode: near.as_deref(),
        lat: None,
        lon: None,
        radius_km: near.as_ref().map(|_| radius_km.as_str()),
        proximity: None,
        accessible: flag(on(&query.accessible)),
        no_id: flag(on(&query.no_id)),
        no_ssn: flag(on(&query.no_ssn)),
    };
    let mut problem = None;
    let mut hits = Vec::new();
    let mut total = 0;
    let mut understood = Vec::new();
    let mut legal = need.is_some_and(|n| n.legal);
    let searched = search_text.is_some() || filter_text_is_set(&filter_text);
    match (&state.search, searched) {
        (_, false) => {}
        (None, true) => problem = Some(tr.t("results-search-unavailable")),
        (Some(index), true) => {
            let now = jiff::Timestamp::now();
            match params::search_filters(&state.zips, &filter_text, now) {
                Err(ApiError::UnknownPostcode(_)) => {
                    problem = Some(tr.t("results-unknown-zip"));
                }
                Err(_) => problem = Some(tr.t("results-bad-filter")),
                Ok((filters, now)) => {
                    // Where the search is centred, if anywhere: a hit's marker stands for
                    // its place nearest to it.
                    let centre = filters.near.map(|n| (n.lat, n.lon));
                    let request = SearchRequest {
                        text: search_text.clone(),
                        filters,
                        now,
                        offset: (page_no - 1) * PER_PAGE,
                        limit: PER_PAGE,
                        locale: Some(locale.tag.to_owned()),
                    };
                    match index.search(&request) {
                        Err(puerta_search::index::SearchError::BadQuery(_)) => {
                            problem = Some(tr.t("results-bad-filter"));
                        }
                        Err(e) => return server_error(locale, &e),
                        Ok(results) => {
                            total = results.total;
                            legal |= results
                                .expansion
                                .needs()
                                .iter()
                                .any(|n| n.starts_with("legal."));
                            if q_text.is_some() {
                                understood = results.expansion.english_terms.clone();
                            }
                            let ids: Vec<Uuid> =
                                results.hits.iter().map(|h| h.service_id).collect();
                            let services: HashMap<Uuid, Service> =
                                match state.store.full_services(&ids).await {
                                    Ok(list) => list.into_iter().map(|s| (s.id, s)).collect(),
                                    Err(e) => return server_error(locale, &e),
                                };
                            for hit in &results.hits {
                                if let Some(s) = services.get(&hit.service_id) {
                                    let view = hit_view(
                                        &tr,
                                        locale.tag,
                                        s,
                                        &hit.why,
                                        hits.len() + 1,
                                        centre,
                                    );
                                    legal |= !view.badges.is_empty()
                                        || puerta_domain::legal::marks::is_legal_service(s);
                                    hits.push(view);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let map = map_section(&state, &tr, locale.tag, &uri, &query, &hits);
    let link = |page: usize| results_href(locale.tag, &uri, &[("page", page.to_string())], &[]);
    let prev_href = (page_no > 1 && total > 0).then(|| link(page_no - 1));
    let next_href = (page_no * PER_PAGE < total).then(|| link(page_no + 1));
    let any_filter = filter_text_is_set(&filter_text);
    let clear_filters_href = (any_filter && search_text.is_some()).then(|| {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(q) = &q_text {
            pairs.push(("q", q.clone()));
        }
        if let Some(n) = need {
            pairs.push(("need", n.id.to_owned()));
        }
        format!(
            "/{}/results?{}",
            locale.tag,
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    });
    let suggestions = NEEDS
        .iter()
        .filter(|n| need.is_none_or(|m| m.id != n.id))
        .take(6)
        .map(|n| {
            (
                format!("/{}/results?need={}", locale.tag, n.id),
                tr.t(&format!("need-{}", n.id)),
            )
        })
        .collect();
    let languages = FILTER_LANGUAGES
        .iter()
        .map(|code| LanguageOption {
            code,
            name: view::language_name(&tr, code),
            selected: language.as_deref() == Some(*code),
        })
        .collect();
    let title = match (&q_text, need) {
        (Some(q), _) => tr.t1("results-title-for", "query", q),
        (None, Some(n)) => tr.t(&format!("need-{}", n.id)),
        (None, None) => tr.t("results-title"),
    };
    let page = ResultsPage {
        chrome: Chrome::for_uri(locale, &uri, title),
        q: q_text.unwrap_or_default(),
        need_label: need.map(|n| tr.t(&format!("need-{}", n.id))),
        need_id: need.map(|n| n.id.to_owned()).unwrap_or_default(),
        near: near.unwrap_or_default(),
        radius_options: RADII
            .iter()
            .map(|r| {
                (
                    *r,
                    tr.tn("filter-radius-miles", "miles", i64::from(*r)),
                    *r == radius,
                )
            })
            .collect(),
        languages,
        free: on(&query.free),
        open_now: on(&query.open_now),
        walk_in: on(&query.walk_in),
        accessible: on(&query.accessible),
        no_id: on(&query.no_id),
        no_ssn: on(&query.no_ssn),
        filters_open: any_filter,
        hits,
        count_text: tr.tn(
            "results-count",
            "count",
            i64::try_from(total).unwrap_or(i64::MAX),
        ),
        page_text: tr.tn("pager-page", "page", i64::try_from(page_no).unwrap_or(1)),
        prev_href,
        next_href,
        problem,
        searched,
        legal,
        understood,
        clear_filters_href,
        suggestions,
        numbered: map.as_ref().is_some_and(|m| m.view.is_some()),
        map_hidden: state.map.is_some() && map_off(&query),
        map,
    };
    html(&page, StatusCode::OK, Caching::NoStore)
}

fn filter_text_is_set(f: &FilterText<'_>) -> bool {
    f.language.is_some()
        || f.free.is_some()
        || f.open_now.is_some()
        || f.walk_in.is_some()
        || f.postcode.is_some()
        || f.accessible.is_some()
        || f.no_id.is_some()
        || f.no_ssn.is_some()
}

/// The resident asked for no map (`map=0`).
fn map_off(query: &ResultsQuery) -> bool {
    query.map.as_deref().map(str::trim) == Some("0")
}

/// The map of this page's hits with a place, when the city configured tiles.
fn map_section(
    state: &AppState,
    tr: &Tr,
    tag: &str,
    uri: &Uri,
    query: &ResultsQuery,
    hits: &[HitView],
) -> Option<MapSection> {
    let tiles = state.map.as_deref()?;
    let places: Vec<(usize, f64, f64)> = hits
        .iter()
        .filter_map(|h| h.place.map(|(lat, lon)| (h.number, lat, lon)))
        .collect();
    if places.is_empty() {
        return None;
    }
    let hidden = map_off(query);
    let toggle_href = if hidden {
        results_href(tag, uri, &[], &["map"])
    } else {
        results_href(tag, uri, &[("map", "0".to_owned())], &[])
    };
    Some(MapSection {
        view: if hidden {
            None
        } else {
            map::layout(tiles, &places)
        },
        label: tr.tn(
            "map-label",
            "count",
            i64::try_from(places.len()).unwrap_or(i64::MAX),
        ),
        attribution: tiles.attribution().to_owned(),
        toggle_href,
    })
}

/// This results URL with the parameters `set` (replacing any of the same name) and without
/// those named in `remove`; other parameters are kept as they came.
fn results_href(tag: &str, uri: &Uri, set: &[(&str, String)], remove: &[&str]) -> String {
    let mut pairs: Vec<(String, String)> = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| !remove.contains(&k.as_str()) && !set.iter().any(|(n, _)| n == k))
        .collect();
    pairs.extend(set.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    format!(
        "/{tag}/results?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

fn hit_view(
    tr: &Tr,
    tag: &str,
    s: &Service,
    why: &puerta_search::Why,
    number: usize,
    centre: Option<(f64, f64)>,
) -> HitView {
    let facts = ServiceFacts::from_service(s);
    let place = match centre {
        Some((lat, lon)) => facts.points().iter().copied().min_by(|a, b| {
            let d = |p: &(f64, f64)| puerta_search::geo::distance_m(lat, lon, p.0, p.1);
            d(a).total_cmp(&d(b))
        }),
        None => facts.points().first().copied(),
    };
    let mut reasons = Vec::new();
    if !why.matched_terms.is_empty() {
        reasons.push(tr.t1("why-words", "words", &why.matched_terms.join(", ")));
    }
    if !why.matched_taxonomy_terms.is_empty() {
        reasons.push(tr.t("why-category"));
    }
    let organization = s.organization.as_ref().map(|o| o.name.as_str().to_owned());
    let organization_href = s
        .organization
        .as_ref()
        .map(|o| format!("/{tag}/organizations/{}", o.id));
    HitView {
        number,
        place,
        id: s.id,
        href: format!("/{tag}/services/{}", s.id),
        name: s.name.as_str().to_owned(),
        organization,
        organization_href,
        summary: s
            .description
            .as_deref()
            .map(|d| view::short(d, 180))
            .unwrap_or_default(),
        distance: why.distance_m.map(|m| view::distance(tr, m)),
        open_now: why.open_now,
        languages: view::language_names(tr, &s.languages),
        why: reasons,
        verified: why.verified.map(|d| view::date(tr, d)),
        badges: legal_badges(tr, s),
        free: facts.free() == Some(true),
    }
}
