//! `/`: what this API is (HSDS version, profile, where its OpenAPI document lives), and
//! `/openapi.json`: that document.

use axum::extract::State;
use axum::http::header::HOST;
use axum::http::HeaderMap;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;

/// The HSDS version this API serves.
pub const HSDS_VERSION: &str = "3.1";

/// Information about this API and its relation to HSDS.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ApiInfo {
    /// HSDS version of this API.
    #[schema(example = "3.1")]
    pub version: String,
    /// URL of the HSDS profile this API follows.
    #[schema(format = "uri")]
    pub profile: String,
    /// URL of the OpenAPI document of this API.
    #[schema(format = "uri")]
    pub openapi_url: String,
}

/// Information about this API: HSDS version, profile, and the URL of its OpenAPI document.
#[utoipa::path(
    get,
    path = "/",
    operation_id = "getAPIMetaInformation",
    tag = "meta",
    responses((status = 200, description = "Information about this API", body = ApiInfo))
)]
pub async fn root(State(state): State<AppState>, headers: HeaderMap) -> Json<ApiInfo> {
    Json(ApiInfo {
        version: HSDS_VERSION.to_owned(),
        profile: state.profile_url.to_string(),
        openapi_url: format!("{}/openapi.json", base_url(&state, &headers)),
    })
}

/// The OpenAPI 3.1 document of this API.
pub async fn openapi_json() -> Json<&'static utoipa::openapi::OpenApi> {
    Json(super::openapi())
}

/// The absolute URL this API is served from, without a trailing slash: the configured
/// public URL, else the request's `Host` (with `X-Forwarded-Proto` when a proxy sets it).
pub(crate) fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.public_url {
        return url.as_str().trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| is_plain_host(h))
        .unwrap_or("localhost");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .map(str::trim)
    {
        Some(p) if p.eq_ignore_ascii_case("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}

/// A host name or address with an optional port, and nothing that could turn the URL into
/// something else (no `/`, `@`, spaces…).
fn is_plain_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 255
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_hosts_are_echoed() {
        assert!(is_plain_host("127.0.0.1:8080"));
        assert!(is_plain_host("[::1]:3000"));
        assert!(is_plain_host("puerta.example.org"));
        assert!(!is_plain_host("evil.example/x?"));
        assert!(!is_plain_host("user@host"));
        assert!(!is_plain_host(""));
    }
}
