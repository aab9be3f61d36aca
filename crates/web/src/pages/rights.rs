//! `GET /{lang}/rights` and `/{lang}/rights/{topic}`: know-your-rights pages in plain
//! language, written by the Puerta project (messages `rights-<topic>-title`,
//! `rights-<topic>-intro`, `rights-<topic>-point-1` … `-point-N`, `rights-<topic>-help`).
//! General information, not legal advice; every page warns against notario fraud.

use askama::Template;
use axum::extract::Path;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use jiff::civil::Date;

use super::locale::{self, Tr};
use super::view::{self, Chrome};
use super::{html, not_found, Caching};

/// When the Puerta team last reviewed the English text of these pages.
pub const REVIEWED: Date = jiff::civil::date(2026, 11, 20);

/// A topic: its id (URL and message prefix) and how many points it has.
pub struct Topic {
    pub id: &'static str,
    pub points: usize,
}

pub const TOPICS: &[Topic] = &[
    Topic {
        id: "home",
        points: 5,
    },
    Topic {
        id: "work",
        points: 5,
    },
    Topic {
        id: "police",
        points: 6,
    },
    Topic {
        id: "school",
        points: 5,
    },
    Topic {
        id: "notario",
        points: 5,
    },
];

pub struct TopicLink {
    pub href: String,
    pub title: String,
    pub intro: String,
}

#[derive(Template)]
#[template(path = "rights_index.html")]
pub struct RightsIndexPage {
    pub chrome: Chrome,
    pub topics: Vec<TopicLink>,
    pub reviewed: String,
}

#[derive(Template)]
#[template(path = "rights_topic.html")]
pub struct RightsTopicPage {
    pub chrome: Chrome,
    pub heading: String,
    pub intro: String,
    pub points: Vec<String>,
    pub help: String,
    pub reviewed: String,
    pub others: Vec<TopicLink>,
}

fn link(tr: &Tr, t: &Topic) -> TopicLink {
    TopicLink {
        href: format!("/{}/rights/{}", tr.locale.tag, t.id),
        title: tr.t(&format!("rights-{}-title", t.id)),
        intro: tr.t(&format!("rights-{}-intro", t.id)),
    }
}

pub async fn index(uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let page = RightsIndexPage {
        chrome: Chrome::for_uri(locale, &uri, tr.t("rights-title")),
        topics: TOPICS.iter().map(|t| link(&tr, t)).collect(),
        reviewed: view::date(&tr, REVIEWED),
    };
    html(&page, StatusCode::OK, Caching::Short)
}

pub async fn topic(Path(topic): Path<String>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let Some(t) = TOPICS.iter().find(|t| t.id == topic) else {
        return not_found(locale);
    };
    let tr = Tr::new(locale);
    let id = t.id;
    let page = RightsTopicPage {
        chrome: Chrome::for_uri(locale, &uri, tr.t(&format!("rights-{id}-title"))),
        heading: tr.t(&format!("rights-{id}-title")),
        intro: tr.t(&format!("rights-{id}-intro")),
        points: (1..=t.points)
            .map(|n| tr.t(&format!("rights-{id}-point-{n}")))
            .collect(),
        help: tr.t(&format!("rights-{id}-help")),
        reviewed: view::date(&tr, REVIEWED),
        others: TOPICS
            .iter()
            .filter(|o| o.id != id)
            .map(|o| link(&tr, o))
            .collect(),
    };
    html(&page, StatusCode::OK, Caching::Short)
}
