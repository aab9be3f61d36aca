//! Puerta's HTTP layer: the HSDS 3.1 API (read side) with its OpenAPI document.
//!
//! [`app`] builds the whole router from an [`AppState`]; the CLI serves it:
//!
//! ```no_run
//! # async fn serve(store: std::sync::Arc<dyn puerta_store::Store>) -> Result<(), Box<dyn std::error::Error>> {
//! let state = puerta_web::AppState::new(store)?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, puerta_web::app(state)).await?;
//! # Ok(()) }
//! ```

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderValue, Method};
use axum::response::{IntoResponse, Response};
use axum::Router;
use puerta_domain::WebUrl;
use puerta_search::index::SearchIndex;
use puerta_store::Store;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{Any, CorsLayer};
use tower_http::trace::TraceLayer;

pub mod api;
pub mod cache;
pub mod error;
pub mod outbox;
pub mod pages;

pub use api::ApiDoc;
pub use error::{ApiError, ErrorCode};
pub use pages::{MapTiles, MapTilesError};
/// ZIP code centroids live in the search crate (one table for the API, pages and search).
pub use puerta_search::geo::{ZipCentroids, ZipCentroidsError};

/// Where the `profile` of `GET /` points by default: HSDS itself, as we add no profile.
pub const DEFAULT_PROFILE_URL: &str = "https://docs.openreferral.org/en/latest/hsds/";

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// ZIP centroids for postcode + proximity search.
    pub zips: Arc<ZipCentroids>,
    /// The public base URL (e.g. `https://puerta.example.org`), used for absolute links such
    /// as `openapi_url`. When unset, links are built from the request's `Host`.
    pub public_url: Option<WebUrl>,
    /// The HSDS profile this API declares on `GET /` (an absolute URL).
    pub profile_url: Arc<str>,
    /// The full-text search index. When present, `/services?search=` is ranked by it and
    /// the search filters (`language`, `free`, `open_now`, …) and `GET /search` work.
    pub search: Option<Arc<SearchIndex>>,
    /// When page requests count as HTTPS (for `Strict-Transport-Security`).
    pub https: pages::HttpsPolicy,
    /// Bounds on the "report a problem" reports the store takes (see [`pages::report`]).
    pub report_limits: puerta_domain::report::ReportLimits,
    /// Where "send my plan by SMS/e-mail" goes; [`outbox::DisabledOutbox`] unless a city
    /// sets up a provider.
    pub outbox: Arc<dyn outbox::Outbox>,
    /// Answers of the search-backed endpoints kept for reuse (see [`cache`]); off unless set.
    pub response_cache: Option<Arc<cache::ResponseCache>>,
    /// The city's map tile server, when it has one: the results page then draws a map.
    pub map: Option<Arc<pages::MapTiles>>,
    /// The pages' Content-Security-Policy, built once from `map` (see
    /// [`pages::headers::content_security_policy`]).
    csp: HeaderValue,
}

impl AppState {
    /// State over `store`, with the ZIP centroids shipped in the binary.
    pub fn new(store: Arc<dyn Store>) -> Result<Self, ZipCentroidsError> {
        Ok(Self {
            store,
            zips: Arc::new(ZipCentroids::shipped()?),
            public_url: None,
            profile_url: Arc::from(DEFAULT_PROFILE_URL),
            search: None,
            https: pages::HttpsPolicy::default(),
            report_limits: puerta_domain::report::ReportLimits::DEFAULT,
            outbox: Arc::new(outbox::DisabledOutbox),
            response_cache: None,
            map: None,
            csp: pages::headers::content_security_policy(None),
        })
    }

    /// Draws maps on the results page from `tiles` (`--map-tiles`), and lets the pages'
    /// Content-Security-Policy load images from its origin (and only that one).
    pub fn with_map_tiles(mut self, tiles: pages::MapTiles) -> Self {
        self.csp = pages::headers::content_security_policy(Some(tiles.origin()));
        self.map = Some(Arc::new(tiles));
        self
    }

    /// The Content-Security-Policy of the pages under this state.
    pub fn content_security_policy(&self) -> &HeaderValue {
        &self.csp
    }

    /// Uses `index` for ranked search and the search filters.
    pub fn with_search(mut self, index: Arc<SearchIndex>) -> Self {
        self.search = Some(index);
        self
    }

    /// Sets the public base URL (`--public-url`), for links behind a proxy.
    pub fn with_public_url(mut self, url: WebUrl) -> Self {
        self.public_url = Some(url);
        self
    }

    /// Says when requests arrive over TLS (HSTS on the pages).
    pub fn with_https(mut self, policy: pages::HttpsPolicy) -> Self {
        self.https = policy;
        self
    }

    /// Takes problem reports within `limits` instead of the shipped ones (tests use small
    /// limits).
    pub fn with_report_limits(mut self, limits: puerta_domain::report::ReportLimits) -> Self {
        self.report_limits = limits;
        self
    }

    /// Sends plan messages through `outbox` (tests use [`outbox::TestSink`]).
    pub fn with_outbox(mut self, outbox: Arc<dyn outbox::Outbox>) -> Self {
        self.outbox = outbox;
        self
    }

    /// Keeps answers of the search-backed endpoints in a cache of at most `bytes` bytes
    /// (0: no cache). It needs the search index (see [`AppState::with_search`]) to know when
    /// answers go stale.
    pub fn with_response_cache(mut self, bytes: u64) -> Self {
        self.response_cache = (bytes > 0).then(|| Arc::new(cache::ResponseCache::new(bytes)));
        self
    }

    /// Declares the HSDS profile this API follows.
    pub fn with_profile_url(mut self, url: WebUrl) -> Self {
        self.profile_url = Arc::from(url.as_str());
        self
    }
}

/// The whole HTTP application: the API routes with JSON fallbacks, CORS for any origin,
/// gzip, and request tracing (method, route template, status, latency: never query strings,
/// ids or bodies, which may describe a person's situation).
pub fn app(state: AppState) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST, Method::HEAD, Method::OPTIONS])
        .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
        .max_age(Duration::from_secs(24 * 60 * 60));
    let trace = TraceLayer::new_for_http()
        .make_span_with(|req: &Request| {
            let route = req
                .extensions()
                .get::<MatchedPath>()
                .map_or("(no route)", MatchedPath::as_str);
            tracing::info_span!("http", method = %req.method(), route)
        })
        .on_request(())
        .on_response(|res: &Response, latency: Duration, _span: &tracing::Span| {
            tracing::info!(
                status = res.status().as_u16(),
                ms = latency.as_millis() as u64,
                "served"
            );
        });
    api::routes(state.clone())
        .merge(pages::routes(state.clone()))
        .fallback(no_route)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .layer(axum::middleware::from_fn(
            pages::locale::browser_root_redirect,
        ))
        .layer(CompressionLayer::new())
        .layer(cors)
        .layer(trace)
}

async fn no_route() -> Response {
    ApiError::NoRoute.into_response()
}

async fn method_not_allowed(method: Method) -> Response {
    ApiError::MethodNotAllowed(method.to_string()).into_response()
}
