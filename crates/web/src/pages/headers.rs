//! Security headers of the resident pages: a strict Content-Security-Policy (no script, no
//! inline style, nothing from other sites but the map tile server a city may configure), no
//! MIME sniffing, no referrer, no framing, and HSTS only when the request really came over
//! TLS.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// The pages' policy: our own stylesheet and images only, forms post to us, no scripts.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
    img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The pages' policy when map tiles come from `tile_origin` (a checked `scheme://host[:port]`,
/// see [`super::map::MapTiles::origin`]): [`CONTENT_SECURITY_POLICY`] with that one origin
/// added to `img-src`, and [`CONTENT_SECURITY_POLICY`] itself without a map. Built once, with
/// the [`AppState`].
pub fn content_security_policy(tile_origin: Option<&str>) -> HeaderValue {
    let Some(origin) = tile_origin else {
        return HeaderValue::from_static(CONTENT_SECURITY_POLICY);
    };
    let policy = CONTENT_SECURITY_POLICY.replacen(
        "img-src 'self' data:;",
        &format!("img-src 'self' data: {origin};"),
        1,
    );
    // A checked origin is always a valid header value; were it not, tiles stay blocked
    // rather than the policy being lost.
    HeaderValue::from_str(&policy).unwrap_or(HeaderValue::from_static(CONTENT_SECURITY_POLICY))
}

/// Two years, the HSTS preload minimum.
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// When requests count as HTTPS (and get `Strict-Transport-Security`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HttpsPolicy {
    /// Plain HTTP (development): never send HSTS.
    #[default]
    Never,
    /// Behind a trusted TLS-terminating proxy: HTTPS when it sends `X-Forwarded-Proto: https`.
    /// Only set this when the proxy overwrites that header from clients.
    TrustForwardedProto,
    /// Every request arrives over TLS.
    Always,
}

/// Whether this request came over TLS, under the configured policy.
pub fn is_tls(state: &AppState, headers: &HeaderMap) -> bool {
    match state.https {
        HttpsPolicy::Never => false,
        HttpsPolicy::Always => true,
        HttpsPolicy::TrustForwardedProto => headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https")),
    }
}

/// Adds the page security headers to a response, with the policy `csp`.
pub fn apply(headers: &mut HeaderMap, csp: &HeaderValue, tls: bool) {
    let set = |h: &mut HeaderMap, name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, csp.clone());
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(
        headers,
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        headers,
        HeaderName::from_static("permissions-policy"),
        "geolocation=(), camera=(), microphone=(), interest-cohort=()",
    );
    if tls {
        set(headers, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
}

/// Middleware for the page routes.
pub async fn security(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let tls = is_tls(&state, req.headers());
    let mut res = next.run(req).await;
    apply(res.headers_mut(), state.content_security_policy(), tls);
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_map_the_policy_is_the_strict_constant() {
        assert_eq!(content_security_policy(None), CONTENT_SECURITY_POLICY);
    }

    #[test]
    fn a_map_adds_exactly_its_tile_origin_to_img_src() {
        let csp = content_security_policy(Some("https://tiles.example.org"));
        assert_eq!(
            csp,
            "default-src 'none'; style-src 'self'; img-src 'self' data: \
             https://tiles.example.org; form-action 'self'; base-uri 'none'; \
             frame-ancestors 'none'"
        );
    }
}
