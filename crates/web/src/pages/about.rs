//! `GET /{lang}/about`: about Puerta and privacy: exactly what is and is not stored, and
//! the review state of each translation (from its files' `# review-state:` comment).

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use super::locale::{self, review_state, Tr, LOCALES};
use super::view::Chrome;
use super::{html, Caching};

pub struct LocaleState {
    pub tag: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub state: String,
}

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub chrome: Chrome,
    pub locales: Vec<LocaleState>,
}

pub async fn page(uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let locales = LOCALES
        .iter()
        .map(|l| {
            let state = review_state(l.tag);
            let key = format!("review-state-{state}");
            LocaleState {
                tag: l.tag,
                name: l.name,
                dir: l.dir(),
                state: if tr.has(&key) || Tr::new(locale::SOURCE).has(&key) {
                    tr.t(&key)
                } else {
                    state
                },
            }
        })
        .collect();
    let page = AboutPage {
        chrome: Chrome::for_uri(locale, &uri, tr.t("about-title")),
        locales,
    };
    html(&page, StatusCode::OK, Caching::Short)
}
