//! The page languages: the one list of supported locales, their Fluent messages (embedded
//! from `locales/<lang>/*.ftl` at build time), how a request's locale is chosen, and the
//! language switcher's cookie.
//!
//! Order of choice: the URL prefix (`/es/...`) on every page; for `GET /` and other
//! prefix-less entries, the `lang` cookie, then `Accept-Language`, then English. A message
//! missing from a locale falls back to English, so a locale whose files are not written yet
//! still renders (in English) and never fails.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::AppState;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

pub use embedded::FTL_FILES;

/// A page language.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, also the URL prefix and the folder under `locales/`.
    pub tag: &'static str,
    /// The language's name in itself, for the switcher.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

impl Locale {
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

const fn l(tag: &'static str, name: &'static str, rtl: bool) -> Locale {
    Locale { tag, name, rtl }
}

/// Every locale the pages are served in: the single list. English is the source and the
/// fallback of every message.
pub const LOCALES: &[Locale] = &[
    l("en", "English", false),
    l("es", "Español", false),
    l("zh-Hans", "简体中文", false),
    l("zh-Hant", "繁體中文", false),
    l("tl", "Tagalog", false),
    l("vi", "Tiếng Việt", false),
    l("ar", "العربية", true),
    l("fr", "Français", false),
    l("ht", "Kreyòl ayisyen", false),
    l("ko", "한국어", false),
    l("ru", "Русский", false),
    l("pt", "Português", false),
    l("uk", "Українська", false),
    l("fa", "فارسی", true),
];

/// The source locale.
pub const SOURCE: &Locale = &LOCALES[0];

/// The only cookie Puerta sets: the chosen page language.
pub const COOKIE: &str = "lang";

/// A locale by its tag (exact, case-insensitive).
pub fn by_tag(tag: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// How far a locale's translation has been checked, from its files' `# review-state:`
/// comment (`source`, `reviewed`, `draft`, `machine`, …); `missing` when it has no files.
pub fn review_state(tag: &str) -> String {
    let mut any_file = false;
    for (folder, _, text) in FTL_FILES.iter().filter(|(f, _, _)| *f == tag) {
        any_file = true;
        let _ = folder;
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("# review-state:") {
                let state = rest.trim();
                if !state.is_empty() {
                    return state.to_owned();
                }
            }
        }
    }
    if any_file { "unknown" } else { "missing" }.to_owned()
}

struct Catalog {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for locale in LOCALES {
        let id: LanguageIdentifier = locale.tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Values are numbers and names inside sentences; the page sets `dir` itself.
        bundle.set_use_isolating(false);
        for (_, file, text) in FTL_FILES.iter().filter(|(f, _, _)| *f == locale.tag) {
            let resource = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    tracing::warn!(
                        locale = locale.tag,
                        file,
                        errors = errors.len(),
                        "Fluent syntax errors; the readable messages are used"
                    );
                    r
                }
            };
            // Duplicate ids keep the first definition (a translator's slip must not crash).
            if bundle.add_resource(resource).is_err() {
                tracing::warn!(locale = locale.tag, file, "duplicate Fluent message ids");
            }
        }
        bundles.insert(locale.tag, bundle);
    }
    Catalog { bundles }
});

/// Messages of one locale, with English behind every missing one.
#[derive(Clone, Copy)]
pub struct Tr {
    pub locale: &'static Locale,
}

impl Tr {
    pub fn new(locale: &'static Locale) -> Self {
        Self { locale }
    }

    /// The message `key` with no arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.format(key, Some(&args))
    }

    /// The message `key` with a number argument (for plurals).
    pub fn tn(&self, key: &str, name: &str, value: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value));
        self.format(key, Some(&args))
    }

    /// The message `key` with any arguments.
    pub fn targs(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            fa.set((*name).to_owned(), FluentValue::from(value.clone()));
        }
        self.format(key, Some(&fa))
    }

    /// Whether this locale (not its English fallback) has the message.
    pub fn has(&self, key: &str) -> bool {
        CATALOG
            .bundles
            .get(self.locale.tag)
            .is_some_and(|b| b.has_message(key))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for tag in [self.locale.tag, SOURCE.tag] {
            let Some(bundle) = CATALOG.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return text.into_owned();
        }
        // A key the source lacks is a bug caught by the locale tests; show the key.
        key.to_owned()
    }
}

/// The locale a request asks for without a URL prefix: cookie, then `Accept-Language`.
pub fn negotiate(headers: &HeaderMap) -> &'static Locale {
    from_cookie(headers)
        .or_else(|| from_accept_language(headers))
        .unwrap_or(SOURCE)
}

/// The `lang` cookie, when it names a supported locale.
pub fn from_cookie(headers: &HeaderMap) -> Option<&'static Locale> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| by_tag(value.trim()))
}

/// The best supported locale in `Accept-Language` (quality order; `es-MX` → `es`,
/// `zh-TW` → `zh-Hant`, `zh-CN` → `zh-Hans`, `fil` → `tl`).
pub fn from_accept_language(headers: &HeaderMap) -> Option<&'static Locale> {
    let raw = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut ranges: Vec<(f32, usize, &str)> = raw
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
        })
        .take(32)
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, tag)| match_tag(tag))
}

fn match_tag(tag: &str) -> Option<&'static Locale> {
    if let Some(l) = by_tag(tag) {
        return Some(l);
    }
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    match primary {
        "zh" => {
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            by_tag(if traditional { "zh-Hant" } else { "zh-Hans" })
        }
        "fil" => by_tag("tl"),
        "pes" | "prs" => by_tag("fa"),
        other => by_tag(other),
    }
}

/// The locale of a page path (`/es/results` → `es`).
pub fn of_path(path: &str) -> Option<&'static Locale> {
    let first = path.trim_start_matches('/').split('/').next()?;
    LOCALES.iter().find(|l| l.tag == first)
}

/// `GET /` from a browser (Accept prefers HTML, not JSON): 303 to the resident home page in
/// the negotiated locale. API clients keep getting the API root document.
pub async fn browser_root_redirect(req: Request, next: Next) -> Response {
    let is_root =
        req.uri().path() == "/" && (req.method() == Method::GET || req.method() == Method::HEAD);
    if is_root && prefers_html(req.headers()) {
        let locale = negotiate(req.headers());
        let mut res = Redirect::to(&format!("/{}/", locale.tag)).into_response();
        res.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Accept, Accept-Language, Cookie"),
        );
        return res;
    }
    let mut res = next.run(req).await;
    if is_root {
        res.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Accept, Accept-Language, Cookie"),
        );
    }
    res
}

/// Whether `Accept` ranks `text/html` above `application/json` (and asks for HTML at all).
pub fn prefers_html(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mut html: Option<f32> = None;
    let mut json: Option<f32> = None;
    for part in accept.split(',') {
        let mut it = part.split(';');
        let media = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        match media.as_str() {
            "text/html" | "application/xhtml+xml" => html = Some(html.map_or(q, |h| h.max(q))),
            "application/json" => json = Some(json.map_or(q, |j| j.max(q))),
            _ => {}
        }
    }
    match (html, json) {
        (Some(h), None) => h > 0.0,
        (Some(h), Some(j)) => h > j,
        _ => false,
    }
}

/// Query of `GET /language/{tag}`.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SwitchQuery {
    /// The page to return to, without its locale prefix (`/results?q=food`).
    next: Option<String>,
}

/// `GET /language/{tag}?next=/results?q=...`: the switcher's links. Remembers the choice in
/// the `lang` cookie and returns to the same page in the new language.
pub async fn switch(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    let Some(locale) = by_tag(&tag) else {
        return super::not_found(SOURCE);
    };
    let query: SwitchQuery = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let next = query
        .next
        .filter(|n| is_local_rest(n))
        .unwrap_or_else(|| "/".to_owned());
    let secure = super::headers::is_tls(&state, &headers);
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{}",
        locale.tag,
        if secure { "; Secure" } else { "" }
    );
    let mut res = (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, format!("/{}{}", locale.tag, next))],
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// A path inside the site, safe to redirect to: starts with one `/`, no backslash, no
/// control characters (so never `//evil.example`).
fn is_local_rest(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && next.len() <= 2048
        && !next.chars().any(|c| c == '\\' || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(name: header::HeaderName, value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn accept_language_picks_the_best_supported_locale() {
        let pick =
            |v: &str| from_accept_language(&headers(header::ACCEPT_LANGUAGE, v)).map(|l| l.tag);
        assert_eq!(pick("es-MX,es;q=0.9,en;q=0.8"), Some("es"));
        assert_eq!(pick("de;q=1, zh-TW;q=0.5"), Some("zh-Hant"));
        assert_eq!(pick("zh-CN"), Some("zh-Hans"));
        assert_eq!(pick("en;q=0.2, ar;q=0.9"), Some("ar"));
        assert_eq!(pick("fil-PH"), Some("tl"));
        assert_eq!(pick("de, ja"), None);
        assert_eq!(pick("es;q=0"), None);
    }

    #[test]
    fn cookie_must_name_a_supported_locale() {
        assert_eq!(
            from_cookie(&headers(header::COOKIE, "a=b; lang=fa")).map(|l| l.tag),
            Some("fa")
        );
        assert_eq!(from_cookie(&headers(header::COOKIE, "lang=xx")), None);
    }

    #[test]
    fn html_preference() {
        let p = |v: &str| prefers_html(&headers(header::ACCEPT, v));
        assert!(p(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        ));
        assert!(!p("application/json"));
        assert!(!p("*/*"));
        assert!(!p("application/json, text/html"));
        assert!(p("text/html, application/json;q=0.5"));
    }

    #[test]
    fn redirect_targets_stay_on_site() {
        assert!(is_local_rest("/results?q=food"));
        assert!(!is_local_rest("//evil.example/"));
        assert!(!is_local_rest("https://evil.example/"));
        assert!(!is_local_rest("/\\evil.example"));
    }

    #[test]
    fn missing_messages_fall_back_to_english() {
        let fa = Tr::new(by_tag("fa").unwrap());
        assert_eq!(fa.t("site-name"), Tr::new(SOURCE).t("site-name"));
        assert_eq!(fa.t("no-such-message-anywhere"), "no-such-message-anywhere");
    }
}
