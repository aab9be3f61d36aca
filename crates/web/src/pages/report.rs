//! `POST /{lang}/services/{id}/report`: "report a problem" with a listing.
//!
//! Reports are kept in the store (see `puerta_store::Store::add_report`) for the staff who
//! keep the directory current; they read and resolve them with `puerta reports`. A report is
//! the service id, a category, at most [`ReportText::MAX_CHARS`] characters of free text
//! (longer text is cut) and the day (UTC) it arrived: no IP address, no time of day, no
//! cookie, nothing about the person. The form warns not to write personal data. The text is
//! never logged, not even when the store fails.
//!
//! The form is public and unauthenticated, so the store takes at most
//! [`ReportLimits::per_service_per_day`] reports per service per day and
//! [`ReportLimits::stored`] in all; beyond that the resident gets a localized "could not
//! take your report right now" page (429) and nothing is written. Reports older than
//! [`ReportLimits::keep_days`] days are deleted on every new report and by
//! [`spawn_retention`] (at `puerta serve` start-up, then daily), so the about page's
//! "at most 180 days" holds even when no report arrives.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use puerta_domain::report::{NewProblemReport, ReportCategory, ReportLimits, ReportText};
use puerta_store::{ReportOutcome, Store};
use serde::Deserialize;
use uuid::Uuid;

use super::{html, locale, not_found, view, Caching, ErrorPage, Tr};
use crate::AppState;

/// Largest accepted form body.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The message id of a category's label on the form.
pub fn message(category: ReportCategory) -> &'static str {
    match category {
        ReportCategory::Closed => "report-closed",
        ReportCategory::WrongPhone => "report-wrong-phone",
        ReportCategory::WrongAddress => "report-wrong-address",
        ReportCategory::WrongHours => "report-wrong-hours",
        ReportCategory::WrongLanguages => "report-wrong-languages",
        ReportCategory::AskedForPayment => "report-asked-for-payment",
        ReportCategory::Other => "report-other",
    }
}

/// Today in UTC: the calendar reports are dated in (a day only, so that a report's date
/// cannot be matched to the time of a visit).
pub fn today_utc() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

#[derive(Debug, Default, Deserialize)]
struct ReportForm {
    category: Option<String>,
    details: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    uri: Uri,
    body: Bytes,
) -> Response {
    let locale = locale::of_path(uri.path()).unwrap_or(locale::SOURCE);
    let Ok(id) = Uuid::parse_str(&id) else {
        return not_found(locale);
    };
    match state.store.service(id).await {
        Ok(Some(_)) => {}
        Ok(None) => return not_found(locale),
        Err(e) => return super::server_error(locale, &e),
    }
    let form: ReportForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    // The form's select only sends known codes; anything else still reaches staff as
    // "other" rather than losing the resident's text.
    let category = form
        .category
        .as_deref()
        .and_then(|c| ReportCategory::parse(c).ok())
        .unwrap_or(ReportCategory::Other);
    let report = NewProblemReport {
        service_id: id,
        category,
        text: ReportText::cut(form.details.as_deref().unwrap_or_default()),
        received: today_utc(),
    };
    // A store error names no report content (the text is only ever bound as a parameter).
    match state.store.add_report(&report, state.report_limits).await {
        Ok(ReportOutcome::Added(_)) => (
            StatusCode::SEE_OTHER,
            [(
                header::LOCATION,
                format!("/{}/services/{id}?reported=1#report", locale.tag),
            )],
        )
            .into_response(),
        Ok(ReportOutcome::ServiceDayFull | ReportOutcome::StoreFull) => not_taken(locale),
        Err(e) => super::server_error(locale, &e),
    }
}

/// The localized 429 page: the report could not be taken right now.
fn not_taken(locale: &'static locale::Locale) -> Response {
    let tr = Tr::new(locale);
    let page = ErrorPage {
        chrome: view::Chrome::new(locale, "/", tr.t("report-not-taken-title")),
        heading: tr.t("report-not-taken-title"),
        message: tr.t("report-not-taken-body"),
    };
    html(&page, StatusCode::TOO_MANY_REQUESTS, Caching::NoStore)
}

/// Deletes reports older than `limits.keep_days` now and then once a day, for as long as
/// the returned task runs (abort it at shutdown). A failure is logged and retried the next
/// day.
pub fn spawn_retention(store: Arc<dyn Store>, limits: ReportLimits) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut daily = tokio::time::interval(Duration::from_secs(24 * 60 * 60));
        daily.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            daily.tick().await;
            let before = limits.keep_from(today_utc());
            match store.delete_reports_received_before(before).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    deleted = n,
                    "problem reports older than the retention period deleted"
                ),
                Err(e) => tracing::warn!(error = %e, "cannot delete old problem reports"),
            }
        }
    })
}
