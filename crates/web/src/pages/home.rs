//! `GET /{lang}/`: the search box and the "what do you need help with?" tiles.

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use super::locale::{self, Tr};
use super::view::Chrome;
use super::{html, Caching};

/// A need a resident can start from. `id` names its messages (`need-<id>`,
/// `need-<id>-hint`) and is the `need` parameter of the results page, which searches for
/// `query`: English words the cross-lingual lexicon knows (so every locale finds the same).
pub struct Need {
    pub id: &'static str,
    pub query: &'static str,
    /// Legal help: the results warn against notario fraud.
    pub legal: bool,
}

const fn need(id: &'static str, query: &'static str, legal: bool) -> Need {
    Need { id, query, legal }
}

/// The home page tiles, in display order.
pub const NEEDS: &[Need] = &[
    need("legal", "legal aid", true),
    need("health", "clinic", false),
    need("food", "food", false),
    need("housing", "housing assistance", false),
    need("english", "english classes", false),
    need("jobs", "jobs", false),
    need("business", "small business", false),
    need("money", "bank account", false),
    need("citizenship", "citizenship", true),
    need("id", "id card", false),
    need("family", "school enrollment", false),
    need("emergency", "emergency", false),
];

/// A need by id.
pub fn need_by_id(id: &str) -> Option<&'static Need> {
    NEEDS.iter().find(|n| n.id == id)
}

pub struct Tile {
    pub href: String,
    pub label: String,
    pub hint: String,
    pub id: &'static str,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    pub tiles: Vec<Tile>,
}

pub async fn page(uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let tiles = NEEDS
        .iter()
        .map(|n| Tile {
            href: format!("/{}/results?need={}", locale.tag, n.id),
            label: tr.t(&format!("need-{}", n.id)),
            hint: tr.t(&format!("need-{}-hint", n.id)),
            id: n.id,
        })
        .collect();
    let page = HomePage {
        chrome: Chrome::for_uri(locale, &uri, tr.t("home-title")),
        tiles,
    };
    html(&page, StatusCode::OK, Caching::Short)
}
