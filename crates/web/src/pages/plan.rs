//! "My plan": services a resident chose, with a printable view, a share link, a QR code and
//! an optional "send by SMS/e-mail", **stored nowhere on the server**: the plan lives in the
//! URL (`/{lang}/plan?s=<id>.<id>…`), each service id a UUID as 22 characters of base64url,
//! at most [`MAX_SERVICES`], without duplicates, in the resident's order.
//!
//! Other pages pass the plan on in a `plan=` parameter of their links ([`carry`], used
//! through `Chrome::carry` in the templates); "add to plan" is a GET form to the plan page.
//!
//! | route | handler |
//! |---|---|
//! | `/{lang}/plan?s=&sent=` | [`page`] |
//! | `/{lang}/plan/print?s=` | [`print`] |
//! | `/{lang}/plan/qr.svg?s=` | [`qr`] (the share link as a QR code, `image/svg+xml`) |
//! | `POST /{lang}/plan/send` (`s`, `to`) | [`send`] (through [`crate::outbox::Outbox`]) |
//!
//! Plan pages are `no-store`; the recipient typed in the send form is never logged or kept.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jiff::Timestamp;
use puerta_domain::Service;
use serde::Deserialize;
use uuid::Uuid;

use super::locale::{self, Tr};
use super::service::{phone_view, places, PhoneView, PlaceView};
use super::view::Chrome;
use super::{html, server_error, Caching};
use crate::outbox::{parse_recipient, Channel, OutboundMessage, OutboxError, RecipientError};
use crate::AppState;

/// Services a plan holds at most (a QR code of the link stays easy to scan).
pub const MAX_SERVICES: usize = 20;
/// Largest accepted send form.
pub const MAX_BODY_BYTES: usize = 4 * 1024;
/// Characters of one encoded id.
const ID_CHARS: usize = 22;
/// Separator of encoded ids (not in the base64url alphabet, safe in URLs).
const SEP: char = '.';

/// The services of a plan, in order, without duplicates, at most [`MAX_SERVICES`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    ids: Vec<Uuid>,
}

/// A plan parameter that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("a plan entry is not a service id")]
    BadId,
    #[error("a plan holds at most {MAX_SERVICES} services")]
    TooLong,
}

impl Plan {
    /// A plan of `ids`: duplicates dropped (first kept), cut at [`MAX_SERVICES`].
    pub fn new(ids: impl IntoIterator<Item = Uuid>) -> Self {
        let mut plan = Self::default();
        for id in ids {
            if plan.ids.len() == MAX_SERVICES {
                break;
            }
            if !plan.ids.contains(&id) {
                plan.ids.push(id);
            }
        }
        plan
    }

    pub fn ids(&self) -> &[Uuid] {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.ids.len() >= MAX_SERVICES
    }

    pub fn contains(&self, id: &Uuid) -> bool {
        self.ids.contains(id)
    }

    /// This plan with `id` added at the end (unchanged if present or full).
    pub fn with(&self, id: Uuid) -> Self {
        Self::new(self.ids.iter().copied().chain([id]))
    }

    /// This plan without `id`.
    pub fn without(&self, id: Uuid) -> Self {
        Self::new(self.ids.iter().copied().filter(|i| *i != id))
    }

    /// The `s` value: ids as base64url (22 characters each) joined by `.`.
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.ids.len() * (ID_CHARS + 1));
        for (i, id) in self.ids.iter().enumerate() {
            if i > 0 {
                out.push(SEP);
            }
            out.push_str(&URL_SAFE_NO_PAD.encode(id.as_bytes()));
        }
        out
    }

    /// For templates: the `s` value of this plan plus `id`.
    pub fn adding(&self, id: &Uuid) -> String {
        self.with(*id).encode()
    }

    /// Reads an `s` value exactly: every entry a service id, at most [`MAX_SERVICES`]
    /// different ones (repeats are dropped). Empty text is the empty plan.
    pub fn decode(s: &str) -> Result<Self, PlanError> {
        let s = s.trim();
        let mut plan = Self::default();
        if s.is_empty() {
            return Ok(plan);
        }
        for (i, part) in s.split(SEP).enumerate() {
            if i >= 4 * MAX_SERVICES {
                return Err(PlanError::TooLong);
            }
            let id = decode_id(part).ok_or(PlanError::BadId)?;
            if !plan.ids.contains(&id) {
                if plan.is_full() {
                    return Err(PlanError::TooLong);
                }
                plan.ids.push(id);
            }
        }
        Ok(plan)
    }

    /// Reads what can be read of an `s` value; `true` when some of it was damaged (an entry
    /// that is not an id, or more than [`MAX_SERVICES`] services).
    pub fn decode_lenient(s: &str) -> (Self, bool) {
        match Self::decode(s) {
            Ok(plan) => (plan, false),
            Err(_) => {
                let ids = s
                    .trim()
                    .split(SEP)
                    .take(4 * MAX_SERVICES)
                    .filter_map(decode_id);
                (Self::new(ids), true)
            }
        }
    }

    /// The plan a page URL carries: `s=` on the plan pages, `plan=` elsewhere; `true` when
    /// it was damaged.
    pub fn of_uri(uri: &Uri) -> (Self, bool) {
        let key = if is_plan_path(uri.path()) {
            "s"
        } else {
            "plan"
        };
        match query_value(uri.query(), key) {
            Some(v) => Self::decode_lenient(&v),
            None => (Self::default(), false),
        }
    }
}

fn decode_id(part: &str) -> Option<Uuid> {
    if part.len() != ID_CHARS {
        return None;
    }
    let bytes = URL_SAFE_NO_PAD.decode(part).ok()?;
    let bytes: [u8; 16] = bytes.try_into().ok()?;
    Some(Uuid::from_bytes(bytes))
}

fn is_plan_path(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let _locale = parts.next();
    matches!(parts.next(), Some("plan" | "plan/print" | "plan/qr.svg"))
}

/// One parameter of a query string (the first with this name).
fn query_value(query: Option<&str>, key: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query?)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `href` (a path on this site) with `plan=<s>` added, so that the next page keeps the plan;
/// unchanged when the plan is empty.
pub fn carry(href: &str, plan: &Plan) -> String {
    if plan.is_empty() {
        return href.to_owned();
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let sep = if path.contains('?') { '&' } else { '?' };
    let mut out = format!("{path}{sep}plan={}", plan.encode());
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The plan page of `plan` in locale `tag` (`/{tag}/plan` when empty).
pub fn plan_href(tag: &str, plan: &Plan) -> String {
    format!("/{tag}{}", plan_rest(plan))
}

/// The plan page's path and query without the locale prefix.
fn plan_rest(plan: &Plan) -> String {
    if plan.is_empty() {
        "/plan".to_owned()
    } else {
        format!("/plan?s={}", plan.encode())
    }
}

/// The absolute link to the plan page (configured public URL, else the request's host).
pub fn share_url(state: &AppState, headers: &HeaderMap, tag: &str, plan: &Plan) -> String {
    format!(
        "{}{}",
        crate::api::root::base_url(state, headers),
        plan_href(tag, plan)
    )
}

/// The plan link as a QR code: SVG with one unit per module and a 4-module quiet zone,
/// drawn with `<rect>`/`<path>` and `fill` attributes only (no `style`, allowed by the CSP).
pub fn qr_svg(url: &str) -> Result<String, qrcode::types::QrError> {
    let code = qrcode::QrCode::new(url.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .module_dimensions(1, 1)
        .build())
}

/// One service of the plan as shown.
pub struct PlanItem {
    pub href: String,
    /// The service page's absolute address (printed under its name).
    pub url: String,
    pub remove_href: String,
    pub name: String,
    pub organization: Option<String>,
    pub places: Vec<PlaceView>,
    pub phones: Vec<PhoneView>,
}

#[derive(Template)]
#[template(path = "plan.html")]
pub struct PlanPage {
    pub chrome: Chrome,
    /// The print view (`/plan/print`).
    pub print: bool,
    pub items: Vec<PlanItem>,
    /// The plan's `s` value.
    pub s: String,
    pub share_url: String,
    pub qr_src: String,
    pub print_href: String,
    pub back_href: String,
    pub find_more_href: String,
    /// Part of the link could not be read.
    pub damaged: bool,
    /// "n services are no longer listed".
    pub missing: Option<String>,
    /// A confirmation after sending.
    pub sent: Option<String>,
    /// Why the send form was refused, or that sending is not available.
    pub send_problem: Option<String>,
    /// What the resident typed in the send form (shown again after an error only).
    pub to: String,
    pub printed_on: String,
}

/// Query of the plan pages.
#[derive(Debug, Default, Deserialize)]
struct PlanQuery {
    s: Option<String>,
    sent: Option<String>,
}

/// `GET /{lang}/plan`
pub async fn page(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    show(&state, &headers, &uri, false).await
}

/// `GET /{lang}/plan/print`
pub async fn print(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    show(&state, &headers, &uri, true).await
}

async fn show(state: &AppState, headers: &HeaderMap, uri: &Uri, print: bool) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let query: PlanQuery = uri
        .query()
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let (plan, damaged) = Plan::decode_lenient(query.s.as_deref().unwrap_or(""));
    let sent = query
        .sent
        .as_deref()
        .and_then(Channel::parse)
        .map(|c| tr.t(&format!("plan-sent-{}", c.code())));
    let title = tr.t(if print {
        "plan-print-title"
    } else {
        "plan-title"
    });
    let mut chrome = Chrome::for_uri(locale, uri, title);
    chrome.plan = plan.clone();
    let status = if damaged {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    match build(state, headers, chrome, &plan, print).await {
        Ok(mut page) => {
            page.damaged = damaged;
            page.sent = sent;
            html(&page, status, Caching::NoStore)
        }
        Err(e) => server_error(locale, &e),
    }
}

async fn build(
    state: &AppState,
    headers: &HeaderMap,
    chrome: Chrome,
    plan: &Plan,
    print: bool,
) -> Result<PlanPage, puerta_store::StoreError> {
    let tr = chrome.tr;
    let tag = chrome.locale.tag;
    let base = crate::api::root::base_url(state, headers);
    let services: HashMap<Uuid, Service> = if plan.is_empty() {
        HashMap::new()
    } else {
        state
            .store
            .full_services(plan.ids())
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect()
    };
    let now = Timestamp::now();
    let mut items = Vec::new();
    for id in plan.ids() {
        let Some(s) = services.get(id) else { continue };
        let path = format!("/{tag}/services/{id}");
        items.push(PlanItem {
            href: carry(&path, plan),
            url: format!("{base}{path}"),
            remove_href: plan_href(tag, &plan.without(*id)),
            name: s.name.as_str().to_owned(),
            organization: s.organization.as_ref().map(|o| o.name.as_str().to_owned()),
            places: places(&tr, s, now),
            phones: s.phones.iter().map(phone_view).collect(),
        });
    }
    let missing = plan.len() - items.len();
    let s = plan.encode();
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    Ok(PlanPage {
        print,
        missing: (missing > 0)
            .then(|| tr.tn("plan-missing", "count", i64::try_from(missing).unwrap_or(0))),
        share_url: format!("{base}{}", plan_href(tag, plan)),
        qr_src: format!("/{tag}/plan/qr.svg?s={s}"),
        print_href: format!("/{tag}/plan/print?s={s}"),
        back_href: plan_href(tag, plan),
        find_more_href: carry(&format!("/{tag}/"), plan),
        items,
        s,
        damaged: false,
        sent: None,
        send_problem: None,
        to: String::new(),
        printed_on: super::view::date(&tr, today),
        chrome,
    })
}

/// `GET /{lang}/plan/qr.svg?s=`: the plan's share link as a QR code.
pub async fn qr(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    let tag = locale::of_path(uri.path()).unwrap_or(locale::SOURCE).tag;
    let (plan, _) = Plan::decode_lenient(&query_value(uri.query(), "s").unwrap_or_default());
    let not_found = || {
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no plan",
        )
            .into_response()
    };
    if plan.is_empty() {
        return not_found();
    }
    match qr_svg(&share_url(&state, &headers, tag, &plan)) {
        Ok(svg) => (
            [
                (header::CONTENT_TYPE, "image/svg+xml"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            svg,
        )
            .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "plan QR code not drawn");
            not_found()
        }
    }
}

#[derive(Debug, Default, Deserialize)]
struct SendForm {
    s: Option<String>,
    to: Option<String>,
}

/// `POST /{lang}/plan/send` (`s`, `to`): sends the plan link through the outbox, then back
/// to the plan page (`sent=sms|email`); on a problem, the plan page with the reason.
pub async fn send(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let tr = Tr::new(locale);
    let form: SendForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let (plan, _) = Plan::decode_lenient(form.s.as_deref().unwrap_or(""));
    let typed = form.to.unwrap_or_default();
    let problem = |key: &str, status: StatusCode, keep_typed: bool| {
        let mut chrome = Chrome::new(locale, &plan_rest(&plan), tr.t("plan-title"));
        chrome.plan = plan.clone();
        let state = state.clone();
        let headers = headers.clone();
        let plan = plan.clone();
        let key = key.to_owned();
        let typed = if keep_typed {
            typed.chars().take(254).collect()
        } else {
            String::new()
        };
        async move {
            match build(&state, &headers, chrome, &plan, false).await {
                Ok(mut page) => {
                    page.send_problem = Some(tr.t(&key));
                    page.to = typed;
                    html(&page, status, Caching::NoStore)
                }
                Err(e) => server_error(locale, &e),
            }
        }
    };
    if !state.outbox.is_enabled() {
        return problem("plan-send-disabled", StatusCode::SERVICE_UNAVAILABLE, false).await;
    }
    if plan.is_empty() {
        return problem(
            "plan-send-empty-plan",
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
        )
        .await;
    }
    let (channel, recipient) = match parse_recipient(&typed) {
        Ok(r) => r,
        Err(e) => {
            let key = match e {
                RecipientError::Empty => "plan-send-empty",
                RecipientError::BadPhone => "plan-send-bad-phone",
                RecipientError::BadEmail => "plan-send-bad-email",
            };
            return problem(key, StatusCode::UNPROCESSABLE_ENTITY, true).await;
        }
    };
    let link = share_url(&state, &headers, locale.tag, &plan);
    let message = OutboundMessage {
        channel,
        recipient,
        body: tr.targs(
            "plan-message",
            &[("site", tr.t("site-name")), ("link", link)],
        ),
    };
    match state.outbox.send(message) {
        Ok(()) => (
            StatusCode::SEE_OTHER,
            [(
                header::LOCATION,
                format!("{}&sent={}", plan_href(locale.tag, &plan), channel.code()),
            )],
        )
            .into_response(),
        Err(OutboxError::NotConfigured) => {
            problem("plan-send-disabled", StatusCode::SERVICE_UNAVAILABLE, false).await
        }
        Err(OutboxError::Provider(_)) => {
            // The provider's words are not logged: they might quote the recipient.
            tracing::warn!(channel = channel.code(), "plan message not sent");
            problem("plan-send-failed", StatusCode::BAD_GATEWAY, false).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carry_adds_the_plan_before_the_fragment() {
        let id = Uuid::from_u128(1);
        let plan = Plan::new([id]);
        let s = plan.encode();
        assert_eq!(s.len(), ID_CHARS);
        assert_eq!(carry("/en/", &plan), format!("/en/?plan={s}"));
        assert_eq!(
            carry("/en/results?q=a#x", &plan),
            format!("/en/results?q=a&plan={s}#x")
        );
        assert_eq!(carry("/en/", &Plan::default()), "/en/");
    }

    #[test]
    fn plan_paths_read_s_and_other_pages_read_plan() {
        assert!(is_plan_path("/es/plan"));
        assert!(is_plan_path("/zh-Hant/plan/print"));
        assert!(!is_plan_path("/es/planes"));
        assert!(!is_plan_path("/es/results"));
    }
}
