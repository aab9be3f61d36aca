//! The resident pages: server-rendered HTML (askama templates in `templates/`), in every
//! locale of [`locale::LOCALES`] (Fluent messages in `locales/<lang>/*.ftl`), with no
//! JavaScript, nothing from other sites (except map tiles from the one tile server a city may
//! configure), and strict security headers.
//!
//! Routes (each page a small handler in its own file):
//!
//! | route | handler |
//! |---|---|
//! | `/{lang}/` | [`home::page`] |
//! | `/{lang}/results?q=&need=&language=&free=&open_now=&walk_in=&near=&radius=&accessible=&no_id=&no_ssn=&page=&map=` | [`results::page`] (with a [`map`] when the city configures tiles) |
//! | `/{lang}/services/{id}` | [`service::page`] |
//! | `POST /{lang}/services/{id}/report` | [`report::submit`] |
//! | `/{lang}/organizations/{id}` | [`organization::page`] |
//! | `/{lang}/rights`, `/{lang}/rights/{topic}` | [`rights::index`], [`rights::topic`] |
//! | `/{lang}/about` | [`about::page`] |
//! | `/{lang}/plan?s=`, `/{lang}/plan/print?s=`, `/{lang}/plan/qr.svg?s=` | [`plan::page`], [`plan::print`], [`plan::qr`] |
//! | `POST /{lang}/plan/send` | [`plan::send`] (through [`crate::outbox`]) |
//! | `/{lang}/screener`, `/{lang}/screener/{step}?…`, `/{lang}/screener/results?…` | [`screener::intro`], [`screener::step`], [`screener::results`] |
//! | `/language/{lang}?next=` | [`locale::switch`] (sets the `lang` cookie) |
//! | `/static/puerta.{hash}.css`, `/static/favicon.{hash}.svg` | [`assets`] |
//!
//! Nothing a resident types is logged or stored, except a problem report's category and
//! text, kept in the store for staff for at most 180 days (see [`report`]). A resident's plan lives only in its URL
//! (see [`plan`]); pages pass it on in a `plan=` parameter of their links.

use askama::Template;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

pub mod about;
pub mod assets;
pub mod headers;
pub mod home;
pub mod locale;
pub mod map;
pub mod organization;
pub mod plan;
pub mod report;
pub mod results;
pub mod rights;
pub mod screener;
pub mod service;
pub mod view;

pub use headers::HttpsPolicy;
pub use locale::{Locale, Tr, LOCALES};
pub use map::{MapTiles, MapTilesError};

/// The page routes, before state and middleware (the security headers are layered here;
/// compression and tracing come from [`crate::app`]).
pub fn routes(state: AppState) -> Router<AppState> {
    let mut router = Router::new()
        .route("/language/{tag}", get(locale::switch))
        .route("/static/{file}", get(assets::file));
    // One set of routes per locale, so that paths without a known prefix stay the API's.
    for l in LOCALES {
        let tag = l.tag;
        router = router
            .route(
                &format!("/{tag}"),
                get(move || async move { Redirect::permanent(&format!("/{tag}/")) }),
            )
            .route(&format!("/{tag}/"), get(home::page))
            .route(
                &format!("/{tag}/results"),
                get(results::page).layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    crate::cache::layer,
                )),
            )
            .route(&format!("/{tag}/services/{{id}}"), get(service::page))
            .route(
                &format!("/{tag}/services/{{id}}/report"),
                post(report::submit).layer(DefaultBodyLimit::max(report::MAX_BODY_BYTES)),
            )
            .route(
                &format!("/{tag}/organizations/{{id}}"),
                get(organization::page),
            )
            .route(&format!("/{tag}/rights"), get(rights::index))
            .route(&format!("/{tag}/rights/{{topic}}"), get(rights::topic))
            .route(&format!("/{tag}/about"), get(about::page))
            .route(&format!("/{tag}/plan"), get(plan::page))
            .route(&format!("/{tag}/plan/print"), get(plan::print))
            .route(&format!("/{tag}/plan/qr.svg"), get(plan::qr))
            .route(
                &format!("/{tag}/plan/send"),
                post(plan::send).layer(DefaultBodyLimit::max(plan::MAX_BODY_BYTES)),
            )
            .route(&format!("/{tag}/screener"), get(screener::intro))
            .route(&format!("/{tag}/screener/results"), get(screener::results))
            .route(&format!("/{tag}/screener/{{step}}"), get(screener::step))
            .route(&format!("/{tag}/{{*rest}}"), get(not_found_here));
    }
    router.layer(axum::middleware::from_fn_with_state(
        state,
        headers::security,
    ))
}

/// Any other path under a locale prefix: the localized "not found" page.
async fn not_found_here(uri: Uri) -> Response {
    not_found(locale::of_path(uri.path()).unwrap_or(locale::SOURCE))
}

/// Cache policy of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// Directory content: may be cached briefly ("open now" changes).
    Short,
    /// Depends on what the resident typed: never stored by the browser or a proxy.
    NoStore,
}

/// A rendered page as a response (HTML, UTF-8), or the error page if rendering fails.
pub fn html(template: &impl Template, status: StatusCode, caching: Caching) -> Response {
    match template.render() {
        Ok(body) => {
            let mut res = (status, body).into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(match caching {
                    Caching::Short => "public, max-age=300",
                    Caching::NoStore => "no-store",
                }),
            );
            res
        }
        Err(e) => {
            tracing::error!(error = %e, "page template failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "Something went wrong on our side. Please try again later.",
            )
                .into_response()
        }
    }
}

/// The error page: the status, a sentence, and ways back.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: view::Chrome,
    pub heading: String,
    pub message: String,
}

/// The localized 404 page.
pub fn not_found(locale: &'static Locale) -> Response {
    let tr = Tr::new(locale);
    let page = ErrorPage {
        chrome: view::Chrome::new(locale, "/", tr.t("not-found-title")),
        heading: tr.t("not-found-title"),
        message: tr.t("not-found-body"),
    };
    html(&page, StatusCode::NOT_FOUND, Caching::NoStore)
}

/// The localized 500 page; the cause is logged (it names no person: store errors only).
pub fn server_error(locale: &'static Locale, cause: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %cause, "page failed");
    let tr = Tr::new(locale);
    let page = ErrorPage {
        chrome: view::Chrome::new(locale, "/", tr.t("error-title")),
        heading: tr.t("error-title"),
        message: tr.t("error-body"),
    };
    html(&page, StatusCode::INTERNAL_SERVER_ERROR, Caching::NoStore)
}
