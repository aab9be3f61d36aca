//! Security headers of the resident pages: a strict Content-Security-Policy (no script, no
//! inline style, nothing from other sites), no MIME sniffing, no referrer, no framing, and
//! HSTS only when the request really came over TLS.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// The pages' policy: our own stylesheet and images only, forms post to us, no scripts.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
    img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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

/// Adds the page security headers to a response.
pub fn apply(headers: &mut HeaderMap, tls: bool) {
    let set = |h: &mut HeaderMap, name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        CONTENT_SECURITY_POLICY,
    );
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
    apply(res.headers_mut(), tls);
    res
}
