//! `GET /{lang}/organizations/{id}`: who an organization is and the services it offers.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use uuid::Uuid;

use super::locale::{self, Tr};
use super::service::{legal_badges, PhoneView};
use super::view::{self, Chrome};
use super::{html, not_found, server_error, Caching};
use crate::AppState;

/// Services listed on the page at most.
const MAX_SERVICES: usize = 100;

pub struct ServiceLink {
    pub href: String,
    pub name: String,
    pub summary: String,
    pub badges: Vec<String>,
}

#[derive(Template)]
#[template(path = "organization.html")]
pub struct OrganizationPage {
    pub chrome: Chrome,
    pub name: String,
    pub description: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phones: Vec<PhoneView>,
    pub services: Vec<ServiceLink>,
    pub legal: bool,
}

pub async fn page(State(state): State<AppState>, Path(id): Path<String>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let Ok(id) = Uuid::parse_str(&id) else {
        return not_found(locale);
    };
    let org = match state.store.organization(id).await {
        Ok(Some(o)) => o,
        Ok(None) => return not_found(locale),
        Err(e) => return server_error(locale, &e),
    };
    let mut ids = match state.store.organization_service_ids(id).await {
        Ok(ids) => ids,
        Err(e) => return server_error(locale, &e),
    };
    ids.truncate(MAX_SERVICES);
    let services = match state.store.full_services(&ids).await {
        Ok(s) => s,
        Err(e) => return server_error(locale, &e),
    };
    let tr = Tr::new(locale);
    let mut legal = false;
    let mut links: Vec<ServiceLink> = services
        .iter()
        .map(|s| {
            let badges = legal_badges(&tr, s);
            legal |= !badges.is_empty() || puerta_domain::legal::marks::is_legal_service(s);
            ServiceLink {
                href: format!("/{}/services/{}", locale.tag, s.id),
                name: s.name.as_str().to_owned(),
                summary: s
                    .description
                    .as_deref()
                    .map(|d| view::short(d, 160))
                    .unwrap_or_default(),
                badges,
            }
        })
        .collect();
    links.sort_by(|a, b| a.name.cmp(&b.name));
    let page = OrganizationPage {
        chrome: Chrome::for_uri(locale, &uri, org.name.as_str().to_owned()),
        name: org.name.as_str().to_owned(),
        description: org.description.as_str().to_owned(),
        website: org.website.as_ref().map(|u| u.as_str().to_owned()),
        email: org.email.as_ref().map(|e| e.as_str().to_owned()),
        phones: org
            .phones
            .iter()
            .map(|p| PhoneView {
                number: p.number.as_str().to_owned(),
                href: view::tel_href(p.number.as_str()),
                label: p.description.clone(),
            })
            .collect(),
        services: links,
        legal,
    };
    html(&page, StatusCode::OK, Caching::Short)
}
