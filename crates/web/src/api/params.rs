//! Reading requests: query strings, search-by-POST bodies, path ids, and the parameter
//! values every list shares (paging, ids, flags, dates).
//!
//! Our own extractors replace axum's `Query`/`Path`/`Json` so that every malformed request
//! gets the JSON error body of [`ApiError`] (axum's rejections are `text/plain`).
//! Parameters arrive as text and are checked here one by one, so that an error names the
//! parameter and says what was expected.

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::request::Parts;
use puerta_store::PageRequest;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::error::ApiError;

/// The most text a search-by-POST body may hold.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// Longest accepted `search` text.
pub const MAX_SEARCH_CHARS: usize = 500;

/// Query-string parameters, read into `T` (a struct of optional text fields).
#[derive(Debug, Clone, Default)]
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let pairs = query_pairs(parts.uri.query())?;
        decode(pairs).map(ApiQuery)
    }
}

/// Parameters of a search-by-POST: the query string plus an optional JSON object or
/// form-encoded body with the same names (body values win).
#[derive(Debug, Clone, Default)]
pub struct SearchParams<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for SearchParams<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let mut pairs = query_pairs(parts.uri.query())?;
        let declared_len = parts
            .headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared_len.is_some_and(|n| n > MAX_BODY_BYTES as u64) {
            return Err(ApiError::BodyTooLarge {
                limit: MAX_BODY_BYTES,
            });
        }
        let bytes = read_body(body).await?;
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            let media_type = parts
                .headers
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(|v| {
                    v.split(';')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase()
                });
            let body_pairs = match media_type.as_deref() {
                Some("application/x-www-form-urlencoded") => form_pairs(&bytes)?,
                Some(t) if t == "application/json" || t.ends_with("+json") => json_pairs(&bytes)?,
                // Clients that send no type usually send JSON (curl -d sends a form type).
                None => json_pairs(&bytes)?,
                Some(_) => return Err(ApiError::UnsupportedMediaType),
            };
            pairs.retain(|(k, _)| !body_pairs.iter().any(|(bk, _)| bk == k));
            pairs.extend(body_pairs);
        }
        decode(pairs).map(SearchParams)
    }
}

async fn read_body(body: Body) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|e| {
            let too_large = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            if too_large {
                ApiError::BodyTooLarge {
                    limit: MAX_BODY_BYTES,
                }
            } else {
                ApiError::InvalidRequest("the request body could not be read".to_owned())
            }
        })
}

fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|e| ApiError::InvalidRequest(format!("the query string cannot be read: {e}")))
}

fn form_pairs(bytes: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_bytes(bytes)
        .map_err(|e| ApiError::InvalidRequest(format!("the form body cannot be read: {e}")))
}

/// Reads a JSON object of parameters; numbers and booleans become their text.
fn json_pairs(bytes: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::InvalidRequest(format!("the JSON body cannot be read: {e}")))?;
    let serde_json::Value::Object(map) = value else {
        return Err(ApiError::InvalidRequest(
            "the JSON body must be an object of parameters, e.g. {\"search\": \"food\"}".to_owned(),
        ));
    };
    let mut pairs = Vec::with_capacity(map.len());
    for (key, value) in map {
        let text = match value {
            serde_json::Value::Null => continue,
            serde_json::Value::String(s) => s,
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                return Err(ApiError::invalid(
                    key,
                    "expected a single value, not a list or object",
                ))
            }
        };
        pairs.push((key, text));
    }
    Ok(pairs)
}

fn decode<T: DeserializeOwned>(pairs: Vec<(String, String)>) -> Result<T, ApiError> {
    for (i, (key, _)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(k, _)| k == key) {
            return Err(ApiError::invalid(key.as_str(), "given more than once"));
        }
    }
    let encoded = serde_urlencoded::to_string(&pairs)
        .map_err(|e| ApiError::InvalidRequest(format!("the parameters cannot be read: {e}")))?;
    serde_urlencoded::from_str(&encoded)
        .map_err(|e| ApiError::InvalidRequest(format!("the parameters cannot be read: {e}")))
}

/// The `{id}` of a path such as `/services/{id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdPath(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for IdPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::InvalidId("(unreadable)".to_owned()))?;
        let trimmed = raw.trim();
        if trimmed.len() != 36 {
            return Err(ApiError::InvalidId(shorten(trimmed)));
        }
        Uuid::parse_str(trimmed)
            .map(IdPath)
            .map_err(|_| ApiError::InvalidId(shorten(trimmed)))
    }
}

/// Echoes at most 64 characters of a bad value back to the client.
fn shorten(s: &str) -> String {
    if s.chars().count() <= 64 {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(64).collect();
        t.push('…');
        t
    }
}

/// Non-blank text, trimmed; blank means "not given".
pub fn text(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|s| !s.is_empty())
}

/// The `search` parameter.
pub fn search(raw: Option<&str>) -> Result<Option<String>, ApiError> {
    match text(raw) {
        Some(s) if s.chars().count() > MAX_SEARCH_CHARS => Err(ApiError::invalid(
            "search",
            format!("is longer than {MAX_SEARCH_CHARS} characters"),
        )),
        other => Ok(other.map(str::to_owned)),
    }
}

/// `page` (from 1, default 1) and `per_page` (1 to 1000, default 50).
pub fn page(page: Option<&str>, per_page: Option<&str>) -> Result<PageRequest, ApiError> {
    let default = PageRequest::default();
    let number = |name: &str, raw: Option<&str>, fallback: u32, max: u32| match text(raw) {
        None => Ok(fallback),
        Some(t) => t
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| {
                ApiError::invalid(
                    name,
                    format!(
                        "expected a whole number from 1 to {max}, found {:?}",
                        shorten(t)
                    ),
                )
            }),
    };
    Ok(PageRequest {
        page: number("page", page, default.page, i32::MAX as u32)?,
        per_page: number(
            "per_page",
            per_page,
            default.per_page,
            PageRequest::MAX_PER_PAGE,
        )?,
    })
}

/// An optional id parameter such as `organization_id`.
pub fn id(name: &str, raw: Option<&str>) -> Result<Option<Uuid>, ApiError> {
    let Some(t) = text(raw) else {
        return Ok(None);
    };
    match Uuid::parse_str(t) {
        Ok(id) if t.len() == 36 => Ok(Some(id)),
        _ => Err(ApiError::invalid(
            name,
            format!("expected a UUID, found {:?}", shorten(t)),
        )),
    }
}

/// A boolean flag such as `full`: `true`/`false` (also `1`/`0`); absent means false.
pub fn flag(name: &str, raw: Option<&str>) -> Result<bool, ApiError> {
    match text(raw).map(str::to_ascii_lowercase).as_deref() {
        None | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") => Ok(true),
        Some(other) => Err(ApiError::invalid(
            name,
            format!("expected true or false, found {:?}", shorten(other)),
        )),
    }
}

/// The search filter parameters of `/services` and `/search`, declared once: both query
/// structs flatten this one (and list it in their operations' `params`).
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[into_params(parameter_in = Query)]
pub struct SearchFilterParams {
    /// Only services classified under this taxonomy term or a narrower one.
    #[param(value_type = Option<Uuid>)]
    #[schema(value_type = Option<Uuid>)]
    pub taxonomy_term_id: Option<String>,
    /// Only services offered in one of these languages (ISO 639 codes, comma-separated:
    /// `es,ht`).
    #[param(max_length = 200)]
    #[schema(max_length = 200)]
    pub language: Option<String>,
    /// Only services known to be free.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub free: Option<String>,
    /// Only services open now.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub open_now: Option<String>,
    /// Only services open at: `mon 14:00` (a weekday and local time, by regular hours),
    /// `2026-05-01T14:00` (a local date and time, closures apply), or an RFC 3339
    /// date-time with an offset (as `open_now` at that instant).
    #[param(max_length = 40)]
    #[schema(max_length = 40)]
    pub open_at: Option<String>,
    /// Only services that take walk-ins (no appointment needed).
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub walk_in: Option<String>,
    /// Search near this US ZIP code's centroid (not with `lat`/`lon`).
    #[param(max_length = 20)]
    #[schema(max_length = 20)]
    pub postcode: Option<String>,
    /// Search near this latitude (with `lon`).
    #[param(value_type = Option<f64>, minimum = -90, maximum = 90)]
    #[schema(value_type = Option<f64>, minimum = -90, maximum = 90)]
    pub lat: Option<String>,
    /// Search near this longitude (with `lat`).
    #[param(value_type = Option<f64>, minimum = -180, maximum = 180)]
    #[schema(value_type = Option<f64>, minimum = -180, maximum = 180)]
    pub lon: Option<String>,
    /// Only services with a place within this many kilometres of the search place.
    #[param(value_type = Option<f64>, minimum = 0, maximum = 1000)]
    #[schema(value_type = Option<f64>, minimum = 0, maximum = 1000)]
    pub radius_km: Option<String>,
    /// Like `radius_km`, in metres (not with `radius_km`).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 1000000)]
    #[schema(value_type = Option<f64>, minimum = 0, maximum = 1000000)]
    pub proximity: Option<String>,
    /// Only services with a wheelchair-accessible place.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub accessible: Option<String>,
    /// Only services known not to ask for an identity document.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub no_id: Option<String>,
    /// Only services known not to ask for a Social Security number.
    #[param(value_type = Option<bool>)]
    #[schema(value_type = Option<bool>)]
    pub no_ssn: Option<String>,
}

impl SearchFilterParams {
    /// The filters as text, for [`search_filters`].
    pub fn text(&self) -> FilterText<'_> {
        FilterText {
            taxonomy_term_id: self.taxonomy_term_id.as_deref(),
            language: self.language.as_deref(),
            free: self.free.as_deref(),
            open_now: self.open_now.as_deref(),
            open_at: self.open_at.as_deref(),
            walk_in: self.walk_in.as_deref(),
            postcode: self.postcode.as_deref(),
            lat: self.lat.as_deref(),
            lon: self.lon.as_deref(),
            radius_km: self.radius_km.as_deref(),
            proximity: self.proximity.as_deref(),
            accessible: self.accessible.as_deref(),
            no_id: self.no_id.as_deref(),
            no_ssn: self.no_ssn.as_deref(),
        }
    }
}

/// The search filters as they arrive (text), shared by `/services` and `/search`.
#[derive(Debug, Clone, Copy, Default)]
pub struct FilterText<'a> {
    pub taxonomy_term_id: Option<&'a str>,
    pub language: Option<&'a str>,
    pub free: Option<&'a str>,
    pub open_now: Option<&'a str>,
    pub open_at: Option<&'a str>,
    pub walk_in: Option<&'a str>,
    pub postcode: Option<&'a str>,
    pub lat: Option<&'a str>,
    pub lon: Option<&'a str>,
    pub radius_km: Option<&'a str>,
    pub proximity: Option<&'a str>,
    pub accessible: Option<&'a str>,
    pub no_id: Option<&'a str>,
    pub no_ssn: Option<&'a str>,
}

/// The widest search radius, in metres.
pub const MAX_RADIUS_M: f64 = 1_000_000.0;

/// Reads the search filters; also returns the moment "open" refers to (`open_at` with an
/// offset moves it; otherwise `now`).
pub fn search_filters(
    zips: &crate::ZipCentroids,
    f: &FilterText<'_>,
    now: jiff::Timestamp,
) -> Result<(puerta_search::filter::Filters, jiff::Timestamp), ApiError> {
    use puerta_search::filter::{Filters, Near, OpenFilter};
    let mut filters = Filters {
        taxonomy_term_ids: id("taxonomy_term_id", f.taxonomy_term_id)?
            .into_iter()
            .collect(),
        languages: Vec::new(),
        free: flag("free", f.free)?,
        open: None,
        walk_in: flag("walk_in", f.walk_in)?,
        near: None,
        accessible: flag("accessible", f.accessible)?,
        no_id_required: flag("no_id", f.no_id)?,
        no_ssn_required: flag("no_ssn", f.no_ssn)?,
    };
    if let Some(t) = text(f.language) {
        for code in t.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let ok = code.len() <= 35
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && code.chars().take_while(char::is_ascii_alphabetic).count() >= 2;
            if !ok {
                return Err(ApiError::invalid(
                    "language",
                    format!(
                        "expected language codes such as es or ht, separated by commas, found {:?}",
                        shorten(code)
                    ),
                ));
            }
            filters.languages.push(code.to_owned());
        }
    }
    let mut at = now;
    let open_now = flag("open_now", f.open_now)?;
    match (open_now, text(f.open_at)) {
        (true, Some(_)) => {
            return Err(ApiError::invalid(
                "open_at",
                "cannot be combined with open_now=true",
            ))
        }
        (true, None) => filters.open = Some(OpenFilter::Now),
        (false, None) => {}
        (false, Some(t)) => {
            let (open, instant) = open_at(t)?;
            filters.open = Some(open);
            if let Some(instant) = instant {
                at = instant;
            }
        }
    }
    let number =
        |name: &str, raw: Option<&str>, lo: f64, hi: f64| -> Result<Option<f64>, ApiError> {
            match text(raw) {
                None => Ok(None),
                Some(t) => t
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && (lo..=hi).contains(v))
                    .map(Some)
                    .ok_or_else(|| {
                        ApiError::invalid(
                            name,
                            format!(
                                "expected a number from {lo} to {hi}, found {:?}",
                                shorten(t)
                            ),
                        )
                    }),
            }
        };
    let lat = number("lat", f.lat, -90.0, 90.0)?;
    let lon = number("lon", f.lon, -180.0, 180.0)?;
    let radius_km = number("radius_km", f.radius_km, 0.0, MAX_RADIUS_M / 1000.0)?;
    let proximity = number("proximity", f.proximity, 0.0, MAX_RADIUS_M)?;
    let radius_m = match (radius_km, proximity) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "proximity",
                "give either radius_km or proximity (metres), not both",
            ))
        }
        (Some(km), None) => Some(km * 1000.0),
        (None, m) => m,
    };
    let postcode = text(f.postcode);
    if postcode.is_some_and(|p| p.chars().count() > 20) {
        return Err(ApiError::invalid(
            "postcode",
            "is longer than 20 characters",
        ));
    }
    let point = match (postcode, lat, lon) {
        (None, None, None) => None,
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
            return Err(ApiError::invalid(
                "postcode",
                "give either a postcode or lat and lon, not both",
            ))
        }
        (None, Some(_), None) => return Err(ApiError::invalid("lon", "is needed with lat")),
        (None, None, Some(_)) => return Err(ApiError::invalid("lat", "is needed with lon")),
        (None, Some(lat), Some(lon)) => Some((lat, lon)),
        (Some(p), None, None) => Some(
            zips.lookup(p)
                .ok_or_else(|| ApiError::UnknownPostcode(p.to_owned()))?,
        ),
    };
    match (point, radius_m) {
        (None, Some(_)) => {
            return Err(ApiError::invalid(
                if radius_km.is_some() {
                    "radius_km"
                } else {
                    "proximity"
                },
                "needs a place: postcode, or lat and lon",
            ))
        }
        (Some((lat, lon)), radius_m) => filters.near = Some(Near { lat, lon, radius_m }),
        (None, None) => {}
    }
    Ok((filters, at))
}

/// `open_at`: `mon 14:00` (a weekday and a local time, each service in its own time zone,
/// regular hours), `2026-05-01T14:00` (a local date and time: closures apply), or an
/// RFC 3339 instant with an offset (`2026-05-01T14:00:00-04:00`: as `open_now` at that
/// instant).
pub fn open_at(
    t: &str,
) -> Result<(puerta_search::filter::OpenFilter, Option<jiff::Timestamp>), ApiError> {
    use jiff::civil::Weekday;
    use puerta_search::filter::OpenFilter;
    let bad = || {
        ApiError::invalid(
            "open_at",
            format!(
                "expected a weekday and time such as `mon 14:00`, a local date-time such as \
                 `2026-05-01T14:00`, or an RFC 3339 date-time, found {:?}",
                shorten(t)
            ),
        )
    };
    let weekday_form = t
        .split_once([' ', '+'])
        .filter(|(day, _)| day.chars().all(|c| c.is_ascii_alphabetic()));
    if let Some((day, time)) = weekday_form {
        let weekday = match day.trim().to_ascii_lowercase().get(..3) {
            Some("mon") => Weekday::Monday,
            Some("tue") => Weekday::Tuesday,
            Some("wed") => Weekday::Wednesday,
            Some("thu") => Weekday::Thursday,
            Some("fri") => Weekday::Friday,
            Some("sat") => Weekday::Saturday,
            Some("sun") => Weekday::Sunday,
            _ => return Err(bad()),
        };
        let time: jiff::civil::Time = time.trim().parse().map_err(|_| bad())?;
        return Ok((OpenFilter::At { weekday, time }, None));
    }
    // A `+` offset arrives as a space when the query string was not encoded.
    if let Ok(instant) = t.replace(' ', "+").parse::<jiff::Timestamp>() {
        return Ok((OpenFilter::Now, Some(instant)));
    }
    let local: jiff::civil::DateTime = t.parse().map_err(|_| bad())?;
    Ok((OpenFilter::AtLocal(local), None))
}

/// A search failure as an API error: a bad query is the client's (400), the rest ours.
pub fn search_error(e: puerta_search::index::SearchError) -> ApiError {
    match e {
        puerta_search::index::SearchError::BadQuery(reason) => ApiError::invalid("search", reason),
        other => ApiError::Internal(other.to_string()),
    }
}

/// `modified_after`: an RFC 3339 date-time (`2024-05-01T12:00:00Z`) or a date (`2024-05-01`,
/// meaning midnight UTC). Returns the instant from which records count, inclusive.
pub fn since(name: &str, raw: Option<&str>) -> Result<Option<jiff::Timestamp>, ApiError> {
    let Some(t) = text(raw) else {
        return Ok(None);
    };
    let parse = |s: &str| {
        s.parse::<jiff::Timestamp>().ok().or_else(|| {
            s.parse::<jiff::civil::Date>()
                .ok()
                .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
                .map(|z| z.timestamp())
        })
    };
    // An unencoded `+02:00` offset arrives as ` 02:00` (a `+` in a query string is a space).
    parse(t)
        .or_else(|| t.contains(' ').then(|| parse(&t.replace(' ', "+"))).flatten())
        .map(Some)
        .ok_or_else(|| {
            ApiError::invalid(
                name,
                format!(
                    "expected an RFC 3339 date-time such as 2024-05-01T12:00:00Z or a date such as 2024-05-01, found {:?}",
                    shorten(t)
                ),
            )
        })
}

/// How a list is returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One page in the paging envelope.
    Json,
    /// Every match, one JSON object per line, streamed without paging.
    Ndjson,
}

/// The `format` parameter; `ndjson` only where `allow_ndjson`.
pub fn format(raw: Option<&str>, allow_ndjson: bool) -> Result<Format, ApiError> {
    match text(raw).map(str::to_ascii_lowercase).as_deref() {
        None | Some("json") => Ok(Format::Json),
        Some("ndjson") if allow_ndjson => Ok(Format::Ndjson),
        Some("ndjson") => Err(ApiError::invalid(
            "format",
            "ndjson is offered by /services only; use json here",
        )),
        Some(other) => Err(ApiError::invalid(
            "format",
            format!(
                "expected {}, found {:?}",
                if allow_ndjson {
                    "json or ndjson"
                } else {
                    "json"
                },
                shorten(other)
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parameter_of(e: ApiError) -> String {
        match e {
            ApiError::InvalidParameter { parameter, .. } => parameter,
            other => panic!("expected an invalid parameter, got {other:?}"),
        }
    }

    #[test]
    fn paging_has_defaults_and_bounds() {
        assert_eq!(
            page(None, None).unwrap(),
            PageRequest {
                page: 1,
                per_page: 50
            }
        );
        assert_eq!(
            page(Some("3"), Some("1000")).unwrap(),
            PageRequest {
                page: 3,
                per_page: 1000
            }
        );
        assert_eq!(page(Some(" "), Some("")).unwrap(), PageRequest::default());
        for (p, pp, bad) in [
            ("0", "10", "page"),
            ("-1", "10", "page"),
            ("x", "10", "page"),
            ("99999999999", "10", "page"),
            ("1", "0", "per_page"),
            ("1", "1001", "per_page"),
            ("1", "2.5", "per_page"),
        ] {
            assert_eq!(
                parameter_of(page(Some(p), Some(pp)).unwrap_err()),
                bad,
                "{p} {pp}"
            );
        }
    }

    #[test]
    fn ids_flags_and_formats_are_strict_but_blank_means_absent() {
        let u = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        assert_eq!(
            id("organization_id", Some(u)).unwrap(),
            Some(u.parse().unwrap())
        );
        assert_eq!(id("organization_id", Some("")).unwrap(), None);
        assert_eq!(
            parameter_of(id("taxonomy_id", Some("42")).unwrap_err()),
            "taxonomy_id"
        );
        // The unhyphenated form is valid for the uuid crate but not an HSDS id.
        assert!(id("x", Some("3fa85f6457174562b3fc2c963f66afa6")).is_err());
        assert!(flag("full", Some("TRUE")).unwrap());
        assert!(!flag("full", None).unwrap());
        assert!(!flag("full", Some("0")).unwrap());
        assert_eq!(
            parameter_of(flag("full", Some("yes please")).unwrap_err()),
            "full"
        );
        assert_eq!(format(Some("NDJSON"), true).unwrap(), Format::Ndjson);
        assert!(format(Some("ndjson"), false).is_err());
        assert!(format(Some("xml"), true).is_err());
    }

    #[test]
    fn modified_after_takes_date_times_dates_and_unencoded_offsets() {
        let utc = since("m", Some("2024-05-01T12:00:00Z")).unwrap().unwrap();
        assert_eq!(utc.to_string(), "2024-05-01T12:00:00Z");
        let offset = since("m", Some("2024-05-01T14:00:00 02:00"))
            .unwrap()
            .unwrap();
        assert_eq!(offset, utc);
        let date = since("m", Some("2024-05-01")).unwrap().unwrap();
        assert_eq!(date.to_string(), "2024-05-01T00:00:00Z");
        assert_eq!(since("m", None).unwrap(), None);
        assert_eq!(
            parameter_of(since("modified_after", Some("yesterday")).unwrap_err()),
            "modified_after"
        );
    }

    #[test]
    fn json_bodies_become_parameters() {
        let mut pairs =
            json_pairs(br#"{"page": 2, "full": true, "search": "food", "x": null}"#).unwrap();
        pairs.sort();
        assert_eq!(
            pairs,
            vec![
                ("full".to_owned(), "true".to_owned()),
                ("page".to_owned(), "2".to_owned()),
                ("search".to_owned(), "food".to_owned()),
            ]
        );
        assert!(json_pairs(b"[1,2]").is_err());
        assert!(json_pairs(br#"{"page": [1]}"#).is_err());
        let dup: Result<std::collections::HashMap<String, String>, _> =
            decode(vec![("a".into(), "1".into()), ("a".into(), "2".into())]);
        assert!(dup.is_err());
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let long = "x".repeat(1000);
        let msg = id("organization_id", Some(&long)).unwrap_err().to_string();
        assert!(msg.len() < 200, "{msg}");
    }
}
