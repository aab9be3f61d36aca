//! The stylesheet and the icon, embedded in the binary and served under names that carry a
//! hash of their contents, so that browsers may keep them for a year (`immutable`): a new
//! release changes the name. Compression comes from the app's gzip layer.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The whole stylesheet of the pages (hand-written; USWDS-like tokens).
pub const CSS: &str = include_str!("../../static/puerta.css");
/// The favicon.
pub const ICON: &str = include_str!("../../static/favicon.svg");

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// FNV-1a, 64 bits: stable across builds and platforms (unlike `DefaultHasher`), which is
/// all a cache-busting name needs.
fn fnv(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:012x}", h >> 16)
}

static CSS_NAME: LazyLock<String> = LazyLock::new(|| format!("puerta.{}.css", fnv(CSS.as_bytes())));
static ICON_NAME: LazyLock<String> =
    LazyLock::new(|| format!("favicon.{}.svg", fnv(ICON.as_bytes())));

/// `/static/puerta.<hash>.css`
pub fn css_path() -> String {
    format!("/static/{}", *CSS_NAME)
}

/// `/static/favicon.<hash>.svg`
pub fn icon_path() -> String {
    format!("/static/{}", *ICON_NAME)
}

/// `GET /static/{file}`: the current stylesheet or icon; other names are 404.
pub async fn file(Path(file): Path<String>) -> Response {
    let (body, kind) = if file == *CSS_NAME {
        (CSS, "text/css; charset=utf-8")
    } else if file == *ICON_NAME {
        (ICON, "image/svg+xml")
    } else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "not found",
        )
            .into_response();
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, IMMUTABLE),
        ],
        body,
    )
        .into_response()
}
