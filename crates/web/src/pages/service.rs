//! `GET /{lang}/services/{id}`: one service: what, for whom, cost, hours (open now, next
//! opening, in the service's own time zone), languages, documents, places with directions,
//! phones, last verified, legal trust marks, and the "report a problem" form.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use jiff::Timestamp;
use puerta_domain::legal::marks::LegalMark;
use puerta_domain::report::ReportCategory;
use puerta_domain::schedule::{effective_schedules, OpeningHours, Status};
use puerta_domain::{Location, PlaceKind, Service};
use puerta_search::facts::{zone_of_location, ServiceFacts};
use uuid::Uuid;

use super::locale::{self, Tr};
use super::view::{self, Chrome};
use super::{html, not_found, server_error, Caching};
use crate::AppState;

/// A phone as shown.
pub struct PhoneView {
    pub number: String,
    pub href: String,
    pub label: Option<String>,
}

/// One place where the service is offered, with its hours.
pub struct PlaceView {
    pub name: Option<String>,
    pub address: Vec<String>,
    pub directions: Option<String>,
    /// "Open now · closes at 5:00 PM" / "Closed · opens Tuesday at 9:00 AM" / unknown.
    pub status: Option<String>,
    pub open: bool,
    pub week: Vec<(String, String)>,
    pub zone: Option<String>,
    pub phones: Vec<PhoneView>,
    pub transportation: Option<String>,
    pub is_virtual: bool,
}

#[derive(Template)]
#[template(path = "service.html")]
pub struct ServicePage {
    pub chrome: Chrome,
    pub id: Uuid,
    pub name: String,
    pub organization: Option<(String, String)>,
    pub description: Option<String>,
    pub alert: Option<String>,
    pub closed: bool,
    pub eligibility: Option<String>,
    pub ages: Option<String>,
    pub cost: Vec<String>,
    pub application: Option<String>,
    pub walk_in: Option<bool>,
    pub languages: Vec<String>,
    pub interpretation: Option<String>,
    pub documents: Vec<String>,
    pub no_id: bool,
    pub no_ssn: bool,
    pub places: Vec<PlaceView>,
    pub phones: Vec<PhoneView>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub verified: Option<String>,
    pub badges: Vec<String>,
    pub legal: bool,
    pub reported: bool,
    pub categories: Vec<(&'static str, String)>,
}

/// The trust marks of a legal service, in words: DOJ recognition and accreditation
/// (Puerta's legal-verification terms), or attorneys listed by the provider.
pub fn legal_badges(tr: &Tr, s: &Service) -> Vec<String> {
    let mut out = Vec::new();
    let has = |mark: LegalMark| {
        s.attributes.iter().any(|a| {
            a.taxonomy_term_id == Some(mark.term_id())
                || a.taxonomy_term
                    .as_ref()
                    .and_then(|t| t.code.as_ref())
                    .is_some_and(|c| c.as_str() == mark.code())
        })
    };
    if has(LegalMark::RecognizedOrganization) {
        out.push(tr.t("badge-doj-recognized"));
    }
    if has(LegalMark::AccreditedRepresentatives) {
        out.push(tr.t("badge-doj-accredited"));
    }
    if lists_attorneys(s) {
        out.push(tr.t("badge-attorney"));
    }
    out
}

/// The provider says attorneys (lawyers) work on the service.
fn lists_attorneys(s: &Service) -> bool {
    let mentions = |t: &str| {
        let t = t.to_lowercase();
        t.contains("attorney") || t.contains("lawyer")
    };
    s.accreditations.as_deref().is_some_and(mentions)
        || s.contacts
            .iter()
            .any(|c| c.title.as_deref().is_some_and(mentions))
}

pub async fn page(State(state): State<AppState>, Path(id): Path<String>, uri: Uri) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let Ok(id) = Uuid::parse_str(&id) else {
        return not_found(locale);
    };
    let service = match state.store.full_services(&[id]).await {
        Ok(mut list) if !list.is_empty() => list.swap_remove(0),
        Ok(_) => return not_found(locale),
        Err(e) => return server_error(locale, &e),
    };
    let tr = Tr::new(locale);
    let reported = uri
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == "reported=1"));
    let page = build(&tr, &service, Timestamp::now(), &uri, reported);
    html(&page, StatusCode::OK, Caching::Short)
}

fn text(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn build(tr: &Tr, s: &Service, now: Timestamp, uri: &Uri, reported: bool) -> ServicePage {
    let tag = tr.locale.tag;
    let facts = ServiceFacts::from_service(s);
    let mut cost = Vec::new();
    if facts.free() == Some(true) {
        cost.push(tr.t("service-free"));
    }
    if let Some(f) = text(&s.fees_description).or_else(|| text(&s.fees)) {
        cost.push(f);
    }
    for c in &s.cost_options {
        let mut line = c.option.as_deref().unwrap_or("").trim().to_owned();
        if let Some(a) = c.amount {
            let amount = format!("${a:.2}");
            line = if line.is_empty() {
                amount
            } else {
                format!("{line}: {amount}")
            };
        }
        if let Some(d) = c.amount_description.as_deref() {
            line = format!("{line} ({})", d.trim());
        }
        if !line.trim().is_empty() && !cost.contains(&line) {
            cost.push(line);
        }
    }
    let ages = match (s.minimum_age, s.maximum_age) {
        (Some(min), Some(max)) => Some(tr.targs(
            "service-ages-between",
            &[
                ("min", format!("{}", min.years())),
                ("max", format!("{}", max.years())),
            ],
        )),
        (Some(min), None) => Some(tr.t1("service-ages-from", "min", &format!("{}", min.years()))),
        (None, Some(max)) => Some(tr.t1("service-ages-to", "max", &format!("{}", max.years()))),
        (None, None) => None,
    };
    let places = places(tr, s, now);
    let badges = legal_badges(tr, s);
    let legal = !badges.is_empty() || puerta_domain::legal::marks::is_legal_service(s);
    ServicePage {
        chrome: Chrome::for_uri(tr.locale, uri, s.name.as_str().to_owned()),
        id: s.id,
        name: s.name.as_str().to_owned(),
        organization: s.organization.as_ref().map(|o| {
            (
                o.name.as_str().to_owned(),
                format!("/{tag}/organizations/{}", o.id),
            )
        }),
        description: text(&s.description),
        alert: text(&s.alert),
        closed: s.status != puerta_domain::ServiceStatus::Active,
        eligibility: text(&s.eligibility_description),
        ages,
        cost,
        application: text(&s.application_process),
        walk_in: facts.walk_in(),
        languages: view::language_names(tr, &s.languages),
        interpretation: text(&s.interpretation_services),
        documents: s
            .required_documents
            .iter()
            .filter_map(|d| text(&d.document))
            .collect(),
        no_id: facts.no_id_required() == Some(true),
        no_ssn: facts.no_ssn_required() == Some(true),
        places,
        phones: s.phones.iter().map(phone_view).collect(),
        website: s.url.as_ref().map(|u| u.as_str().to_owned()),
        email: s.email.as_ref().map(|e| e.as_str().to_owned()),
        verified: facts.verified().map(|d| view::date(tr, d)),
        badges,
        legal,
        reported,
        categories: ReportCategory::ALL
            .iter()
            .map(|c| (c.code(), tr.t(super::report::message(*c))))
            .collect(),
    }
}

pub(crate) fn phone_view(p: &puerta_domain::Phone) -> PhoneView {
    let number = match p.extension {
        Some(x) => format!("{} ext. {x}", p.number.as_str()),
        None => p.number.as_str().to_owned(),
    };
    PhoneView {
        href: view::tel_href(p.number.as_str()),
        number,
        label: text(&p.description),
    }
}

pub(crate) fn places(tr: &Tr, s: &Service, now: Timestamp) -> Vec<PlaceView> {
    let mut out = Vec::new();
    for sal in &s.service_at_locations {
        let location = sal.location.as_ref();
        let eff = effective_schedules(s, Some(sal), location);
        let zone = location.and_then(zone_of_location);
        let hours = OpeningHours::new(eff.schedules.iter().copied(), zone.clone(), &[]);
        let mut phones: Vec<PhoneView> = sal.phones.iter().map(phone_view).collect();
        if let Some(l) = location {
            phones.extend(l.phones.iter().map(phone_view));
        }
        out.push(place_view(
            tr,
            location,
            &hours,
            zone.is_some(),
            now,
            phones,
        ));
    }
    if out.is_empty() {
        let eff = effective_schedules(s, None, None);
        let hours = OpeningHours::new(eff.schedules.iter().copied(), None, &[]);
        if hours.is_known() {
            out.push(place_view(tr, None, &hours, false, now, Vec::new()));
        }
    }
    out
}

fn place_view(
    tr: &Tr,
    location: Option<&Location>,
    hours: &OpeningHours,
    zone_known: bool,
    now: Timestamp,
    phones: Vec<PhoneView>,
) -> PlaceView {
    let (status, open) = match hours.status_at(now) {
        Status::Open { closes_at: Some(c) } => (
            Some(tr.t1("status-open-closes", "time", &view::time(tr, c.time()))),
            true,
        ),
        Status::Open { closes_at: None } => (Some(tr.t("status-open")), true),
        Status::Closed { opens_at: Some(o) } => {
            let today = now.to_zoned(hours.zone().clone()).date();
            let when = if o.date() == today {
                tr.t1(
                    "status-closed-opens-today",
                    "time",
                    &view::time(tr, o.time()),
                )
            } else {
                tr.targs(
                    "status-closed-opens-on",
                    &[
                        ("day", view::jiff_weekday(tr, o.weekday())),
                        ("time", view::time(tr, o.time())),
                    ],
                )
            };
            (Some(when), false)
        }
        Status::Closed { opens_at: None } => (Some(tr.t("status-closed")), false),
        Status::Unknown => (None, false),
    };
    let today = now.to_zoned(hours.zone().clone()).date();
    let week = hours
        .regular_week(today)
        .groups()
        .into_iter()
        .map(|g| {
            let days = if g.first == g.last {
                view::weekday(tr, g.first)
            } else {
                tr.targs(
                    "days-range",
                    &[
                        ("first", view::weekday(tr, g.first)),
                        ("last", view::weekday(tr, g.last)),
                    ],
                )
            };
            let times = if g.hours.is_empty() {
                tr.t("hours-closed")
            } else if g.hours.iter().any(|h| h.is_all_day()) {
                tr.t("hours-all-day")
            } else {
                g.hours
                    .iter()
                    .map(|h| {
                        tr.targs(
                            "hours-range",
                            &[
                                ("opens", view::time(tr, h.opens)),
                                ("closes", view::time(tr, h.closes)),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            (days, times)
        })
        .collect::<Vec<_>>();
    let week = if week.iter().all(|(_, t)| *t == tr.t("hours-closed")) {
        Vec::new()
    } else {
        week
    };
    let (address, directions, is_virtual, name, transportation) = match location {
        Some(l) => {
            let addr = l
                .addresses
                .iter()
                .find(|a| a.address_type == PlaceKind::Physical)
                .or_else(|| l.addresses.first());
            let lines = addr
                .map(|a| {
                    let mut v = vec![a.address_1.as_str().to_owned()];
                    if let Some(a2) = a.address_2.as_deref() {
                        v.push(a2.to_owned());
                    }
                    v.push(format!(
                        "{}, {} {}",
                        a.city.as_str(),
                        a.state_province.as_str(),
                        a.postal_code.as_str()
                    ));
                    v
                })
                .unwrap_or_default();
            let directions = match (l.latitude, l.longitude) {
                (Some(lat), Some(lon)) if l.location_type == PlaceKind::Physical => Some(format!(
                    "https://www.openstreetmap.org/directions?route=%3B{:.5}%2C{:.5}",
                    lat.degrees(),
                    lon.degrees()
                )),
                _ => None,
            };
            (
                lines,
                directions,
                l.location_type == PlaceKind::Virtual,
                text(&l.name),
                text(&l.transportation),
            )
        }
        None => (Vec::new(), None, false, None, None),
    };
    PlaceView {
        name,
        address,
        directions,
        status,
        open,
        week,
        zone: zone_known.then(|| {
            tr.t1(
                "hours-zone",
                "zone",
                hours.zone().iana_name().unwrap_or("UTC"),
            )
        }),
        phones,
        transportation,
        is_virtual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::locale::by_tag;
    use puerta_domain::{Attribute, Name};

    #[test]
    fn doj_marks_and_attorneys_become_badges() {
        let tr = Tr::new(by_tag("en").unwrap());
        let mut s = Service::new(
            Uuid::nil(),
            Name::parse("Immigration consultations").unwrap(),
        );
        assert!(legal_badges(&tr, &s).is_empty());
        for mark in LegalMark::ALL {
            s.attributes.push(Attribute {
                id: Uuid::new_v4(),
                link_id: None,
                taxonomy_term_id: Some(mark.term_id()),
                link_type: None,
                link_entity: None,
                value: None,
                taxonomy_term: None,
                label: None,
                metadata: vec![],
            });
        }
        s.accreditations = Some("Staff attorney licensed in Ohio".to_owned());
        assert_eq!(
            legal_badges(&tr, &s),
            [
                "DOJ-recognized organization",
                "DOJ-accredited representatives",
                "Attorneys on staff"
            ]
        );
    }
}
