//! `POST /{lang}/services/{id}/report`: "report a problem" with a listing.
//!
//! Decision: reports are kept **in memory only**, in a bounded queue ([`ProblemReports`],
//! at most [`QUEUE_LIMIT`]; the oldest is dropped when full) for the staff tools to read and
//! clear. A report is the service id, a category, at most [`MAX_TEXT_CHARS`] characters of
//! free text and the day it arrived: no IP address, no time of day, no cookie, nothing about
//! the person. The form warns not to write personal data. The text is never logged; a
//! restart forgets all reports (said on the about page).

use std::collections::VecDeque;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::locale;
use super::not_found;
use crate::AppState;

/// Reports kept at most.
pub const QUEUE_LIMIT: usize = 1_000;
/// Longest free text kept (characters; longer text is cut).
pub const MAX_TEXT_CHARS: usize = 1_000;
/// Largest accepted form body.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// What is wrong with a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Closed,
    WrongPhone,
    WrongAddress,
    WrongHours,
    WrongLanguages,
    AskedForPayment,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Closed,
        Category::WrongPhone,
        Category::WrongAddress,
        Category::WrongHours,
        Category::WrongLanguages,
        Category::AskedForPayment,
        Category::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Closed => "closed",
            Category::WrongPhone => "wrong_phone",
            Category::WrongAddress => "wrong_address",
            Category::WrongHours => "wrong_hours",
            Category::WrongLanguages => "wrong_languages",
            Category::AskedForPayment => "asked_for_payment",
            Category::Other => "other",
        }
    }

    /// The message id of its label.
    pub fn message(self) -> &'static str {
        match self {
            Category::Closed => "report-closed",
            Category::WrongPhone => "report-wrong-phone",
            Category::WrongAddress => "report-wrong-address",
            Category::WrongHours => "report-wrong-hours",
            Category::WrongLanguages => "report-wrong-languages",
            Category::AskedForPayment => "report-asked-for-payment",
            Category::Other => "report-other",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One problem report.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemReport {
    pub service_id: Uuid,
    pub category: Category,
    pub text: String,
    /// The day (UTC) it arrived; no time of day.
    pub received: jiff::civil::Date,
}

/// The bounded in-memory queue of reports.
#[derive(Debug, Default)]
pub struct ProblemReports {
    queue: Mutex<VecDeque<ProblemReport>>,
}

impl ProblemReports {
    pub fn push(&self, report: ProblemReport) {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        if q.len() >= QUEUE_LIMIT {
            q.pop_front();
        }
        q.push_back(report);
    }

    /// The reports waiting, oldest first.
    pub fn list(&self) -> Vec<ProblemReport> {
        let q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.iter().cloned().collect()
    }

    /// Takes every waiting report (staff have read them).
    pub fn drain(&self) -> Vec<ProblemReport> {
        let mut q = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.drain(..).collect()
    }

    pub fn len(&self) -> usize {
        self.queue.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
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
    let category = form
        .category
        .as_deref()
        .and_then(Category::parse)
        .unwrap_or(Category::Other);
    let text: String = form
        .details
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .take(MAX_TEXT_CHARS)
        .collect();
    state.reports.push(ProblemReport {
        service_id: id,
        category,
        text,
        received: jiff::Timestamp::now()
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date(),
    });
    (
        StatusCode::SEE_OTHER,
        [(
            header::LOCATION,
            format!("/{}/services/{id}?reported=1#report", locale.tag),
        )],
    )
        .into_response()
}
