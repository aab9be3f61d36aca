//! The EOIR roster: one record per accredited representative, each naming the recognized
//! organization office it works from. Records are grouped into [`Office`]s; the status rules
//! ([`Standing`]) say whether a recognition or accreditation still authorizes practice on a
//! given day.
//!
//! The published roster (a PDF parsed into JSON) has quirks that reading tolerates: text cells
//! holding the literal `"null"` (or JSON `null`, or blanks), line breaks (`\r\n`) and runs of
//! spaces inside cells, the organization's recognition date written `MM/DD/YY` while the other
//! dates are ISO `YYYY-MM-DD`, and booleans sometimes written as text.

use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;
use serde::de::{self, Deserializer};
use serde::Deserialize;

/// Why a roster could not be turned into offices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("the roster holds no records")]
    Empty,
}

/// One roster record as published. The representative's name is required to be present
/// (a record without one is malformed) but is not kept: see the module docs of
/// [`crate::legal`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RepresentativeRecord {
    #[serde(rename = "representative_name", deserialize_with = "name_present")]
    pub has_name: bool,
    /// `true`: partial accreditation (may appear before DHS only); `false`: full
    /// accreditation (also immigration courts and the BIA).
    #[serde(default, deserialize_with = "flag")]
    pub representative_status_dhs_only: Option<bool>,
    #[serde(deserialize_with = "date")]
    pub accreditation_expiration: Option<Date>,
    #[serde(default, deserialize_with = "flag")]
    pub accreditation_pending_renewal: Option<bool>,
    #[serde(deserialize_with = "required_text")]
    pub organization_name: String,
    #[serde(default, deserialize_with = "text")]
    pub organization_status: Option<String>,
    #[serde(default, deserialize_with = "date")]
    pub organization_recognized_date: Option<Date>,
    #[serde(default, deserialize_with = "date")]
    pub organization_recognition_expiration: Option<Date>,
    #[serde(default, deserialize_with = "flag")]
    pub organization_recognition_pending_renewal: Option<bool>,
    #[serde(default, deserialize_with = "text")]
    pub office_type: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub street_address: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub city_state_zip: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub phone: Option<String>,
}

/// Whether a recognition or accreditation authorizes practice on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    /// Not past its expiration date.
    Current,
    /// Past its expiration date, but a renewal request is pending: EOIR lets the
    /// organization or representative keep practicing until it is decided.
    PendingRenewal,
    /// Past its expiration date with no renewal pending (or the organization is not
    /// active): no longer authorized.
    Expired,
    /// The roster gives no expiration date.
    Unknown,
}

impl Standing {
    /// The rule: valid through the expiration date; afterwards still authorized only while
    /// a renewal is pending.
    pub fn on(as_of: Date, expires: Option<Date>, pending_renewal: bool) -> Self {
        match expires {
            None => Standing::Unknown,
            Some(d) if as_of <= d => Standing::Current,
            Some(_) if pending_renewal => Standing::PendingRenewal,
            Some(_) => Standing::Expired,
        }
    }

    /// Whether practice is authorized (current, or expired with renewal pending).
    pub fn authorizes(self) -> bool {
        matches!(self, Standing::Current | Standing::PendingRenewal)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Current => "current",
            Standing::PendingRenewal => "expired, renewal pending",
            Standing::Expired => "expired",
            Standing::Unknown => "no expiration date",
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One representative's accreditation, without the person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accreditation {
    /// 0-based index of the record in the roster array (to look it up in the source).
    pub index: usize,
    /// `Some(true)`: full accreditation; `Some(false)`: partial (DHS only).
    pub full: Option<bool>,
    pub expires: Option<Date>,
    pub pending_renewal: bool,
}

impl Accreditation {
    pub fn standing(&self, as_of: Date) -> Standing {
        Standing::on(as_of, self.expires, self.pending_renewal)
    }

    pub fn kind(&self) -> &'static str {
        match self.full {
            Some(true) => "full",
            Some(false) => "partial (DHS only)",
            None => "unknown scope",
        }
    }
}

/// A recognized organization's office and the accreditations attached to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// Stable key of the office (normalized name and address), used for record ids.
    pub key: String,
    pub organization_name: String,
    pub office_type: Option<String>,
    pub street_address: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
    pub phone: Option<String>,
    /// `organization_status` is "Active" (or absent).
    pub organization_active: bool,
    pub recognized_on: Option<Date>,
    pub recognition_expires: Option<Date>,
    pub recognition_pending_renewal: bool,
    /// 0-based index of the first record naming this office.
    pub first_index: usize,
    pub accreditations: Vec<Accreditation>,
}

/// Counts of an office's accreditations on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OfficeStatus {
    pub recognition: Option<Standing>,
    pub full: u32,
    pub partial: u32,
    pub current: u32,
    pub pending_renewal: u32,
    pub expired: u32,
    pub unknown: u32,
}

impl OfficeStatus {
    /// Representatives still authorized (current or pending renewal).
    pub fn authorized(&self) -> u32 {
        self.current + self.pending_renewal
    }
}

impl Office {
    /// The recognition's standing: an organization that is not active is expired whatever
    /// its dates say.
    pub fn recognition(&self, as_of: Date) -> Standing {
        if !self.organization_active {
            return Standing::Expired;
        }
        Standing::on(
            as_of,
            self.recognition_expires,
            self.recognition_pending_renewal,
        )
    }

    pub fn status(&self, as_of: Date) -> OfficeStatus {
        let mut s = OfficeStatus {
            recognition: Some(self.recognition(as_of)),
            ..OfficeStatus::default()
        };
        for a in &self.accreditations {
            match a.standing(as_of) {
                Standing::Current => s.current += 1,
                Standing::PendingRenewal => s.pending_renewal += 1,
                Standing::Expired => s.expired += 1,
                Standing::Unknown => s.unknown += 1,
            }
            if a.standing(as_of).authorizes() {
                match a.full {
                    Some(true) => s.full += 1,
                    Some(false) => s.partial += 1,
                    None => {}
                }
            }
        }
        s
    }

    /// "Miami, FL 33166" style place, from the parts that are known.
    pub fn place(&self) -> String {
        let mut out = String::new();
        if let Some(city) = &self.city {
            out.push_str(city);
        }
        if let Some(state) = &self.state {
            if !out.is_empty() {
                out.push_str(", ");
            }
            out.push_str(state);
        }
        if let Some(zip) = &self.zip {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(zip);
        }
        out
    }
}

/// The roster grouped into offices, in order of first appearance.
#[derive(Debug, Clone, PartialEq)]
pub struct Roster {
    pub offices: Vec<Office>,
    /// Number of representative records read.
    pub records: usize,
}

impl Roster {
    pub fn from_records(records: Vec<RepresentativeRecord>) -> Result<Self, RosterError> {
        if records.is_empty() {
            return Err(RosterError::Empty);
        }
        let total = records.len();
        let mut offices: Vec<Office> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for (index, r) in records.into_iter().enumerate() {
            let (city, state, zip) = split_city_state_zip(r.city_state_zip.as_deref());
            let key = format!(
                "{}|{}|{}",
                super::matching::normalize_name(&r.organization_name).join(" "),
                r.street_address.as_deref().unwrap_or("").to_lowercase(),
                zip.as_deref().unwrap_or("")
            );
            let at = match by_key.get(&key) {
                Some(&i) => i,
                None => {
                    offices.push(Office {
                        key: key.clone(),
                        organization_name: r.organization_name.clone(),
                        office_type: r.office_type.clone(),
                        street_address: r.street_address.clone(),
                        city,
                        state,
                        zip,
                        phone: r.phone.clone(),
                        organization_active: r
                            .organization_status
                            .as_deref()
                            .is_none_or(|s| s.eq_ignore_ascii_case("active")),
                        recognized_on: r.organization_recognized_date,
                        recognition_expires: r.organization_recognition_expiration,
                        recognition_pending_renewal: r
                            .organization_recognition_pending_renewal
                            .unwrap_or(false),
                        first_index: index,
                        accreditations: Vec::new(),
                    });
                    by_key.insert(key, offices.len() - 1);
                    offices.len() - 1
                }
            };
            offices[at].accreditations.push(Accreditation {
                index,
                full: r.representative_status_dhs_only.map(|dhs_only| !dhs_only),
                expires: r.accreditation_expiration,
                pending_renewal: r.accreditation_pending_renewal.unwrap_or(false),
            });
        }
        Ok(Self {
            offices,
            records: total,
        })
    }

    /// Every accreditation with its office, in roster order.
    pub fn accreditations(&self) -> impl Iterator<Item = (&Office, &Accreditation)> {
        let mut all: Vec<(&Office, &Accreditation)> = self
            .offices
            .iter()
            .flat_map(|o| o.accreditations.iter().map(move |a| (o, a)))
            .collect();
        all.sort_by_key(|(_, a)| a.index);
        all.into_iter()
    }
}

/// Splits "Miami, FL 33166" (also "Ft. Walton Beach, FL 32548-1234", "Miami FL 33166").
pub fn split_city_state_zip(raw: Option<&str>) -> (Option<String>, Option<String>, Option<String>) {
    let Some(raw) = raw else {
        return (None, None, None);
    };
    let mut words: Vec<&str> = raw.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let zip = match words.last() {
        Some(w) if w.len() >= 5 && w.chars().take(5).all(|c| c.is_ascii_digit()) => {
            let z = w[..5].to_owned();
            words.pop();
            Some(z)
        }
        _ => None,
    };
    let state = match words.last() {
        Some(w) if w.len() == 2 && w.chars().all(|c| c.is_ascii_alphabetic()) => {
            let s = w.to_ascii_uppercase();
            words.pop();
            Some(s)
        }
        _ => None,
    };
    let city = Some(words.join(" ")).filter(|c| !c.is_empty());
    (city, state, zip)
}

/// Text with line breaks and runs of whitespace collapsed to one space; `None` for blank
/// cells and the literal `null` / `none` / `n/a` the PDF parse leaves behind.
pub fn clean_text(raw: &str) -> Option<String> {
    let cleaned = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = cleaned.to_ascii_lowercase();
    if cleaned.is_empty() || matches!(lower.as_str(), "null" | "none" | "n/a" | "na" | "-") {
        None
    } else {
        Some(cleaned)
    }
}

/// A date as ISO `YYYY-MM-DD`, `MM/DD/YYYY` or `MM/DD/YY` (years 70–99 are 19xx, the rest
/// 20xx: EOIR began recognizing organizations long before 2000, and no roster date lies
/// beyond 2069).
pub fn parse_date(raw: &str) -> Result<Date, String> {
    let s = raw.trim();
    if let Ok(d) = s.parse::<Date>() {
        return Ok(d);
    }
    let parts: Vec<&str> = s.split('/').collect();
    if let [m, d, y] = parts.as_slice() {
        let num = |p: &str| p.trim().parse::<i16>().map_err(|_| ());
        if let (Ok(m), Ok(d), Ok(y)) = (num(m), num(d), num(y)) {
            let year = match y {
                0..=69 => 2000 + y,
                70..=99 => 1900 + y,
                _ => y,
            };
            if let (Ok(m), Ok(d)) = (i8::try_from(m), i8::try_from(d)) {
                if let Ok(date) = Date::new(year, m, d) {
                    return Ok(date);
                }
            }
        }
    }
    Err(format!(
        "`{s}` is not a date (expected YYYY-MM-DD or MM/DD/YY)"
    ))
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Cell {
    Text(String),
    Bool(bool),
    Other(serde_json::Value),
}

fn cell<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cell>, D::Error> {
    Option::<Cell>::deserialize(d)
}

fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match cell(d)? {
        None => Ok(None),
        Some(Cell::Text(s)) => Ok(clean_text(&s)),
        Some(Cell::Bool(b)) => Err(de::Error::custom(format!("expected text, found {b}"))),
        Some(Cell::Other(v)) if v.is_null() => Ok(None),
        Some(Cell::Other(v)) => Err(de::Error::custom(format!("expected text, found {v}"))),
    }
}

fn required_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    text(d)?.ok_or_else(|| de::Error::custom("is missing or blank"))
}

fn name_present<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    // The name is personal data: only its presence is checked, and error messages never
    // repeat it.
    match text(d) {
        Ok(Some(_)) => Ok(true),
        Ok(None) => Err(de::Error::custom("is missing or blank")),
        Err(_) => Err(de::Error::custom("is not text")),
    }
}

fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    match cell(d)? {
        None => Ok(None),
        Some(Cell::Bool(b)) => Ok(Some(b)),
        Some(Cell::Text(s)) => match clean_text(&s).map(|s| s.to_ascii_lowercase()).as_deref() {
            None => Ok(None),
            Some("true" | "yes" | "y" | "1") => Ok(Some(true)),
            Some("false" | "no" | "n" | "0") => Ok(Some(false)),
            Some(other) => Err(de::Error::custom(format!("`{other}` is not true or false"))),
        },
        Some(Cell::Other(v)) if v.is_null() => Ok(None),
        Some(Cell::Other(v)) => Err(de::Error::custom(format!(
            "expected true or false, found {v}"
        ))),
    }
}

fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    match text(d)? {
        None => Ok(None),
        Some(s) => parse_date(&s).map(Some).map_err(de::Error::custom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    #[test]
    fn dates_in_both_formats() {
        assert_eq!(date("07/15/98"), Date::constant(1998, 7, 15));
        assert_eq!(date("02/10/26"), Date::constant(2026, 2, 10));
        assert_eq!(date("2031-12-01"), Date::constant(2031, 12, 1));
        assert_eq!(date(" 12/18/2024 "), Date::constant(2024, 12, 18));
        assert!(parse_date("13/45/20").is_err());
        assert!(parse_date("soon").is_err());
    }

    #[test]
    fn standing_rules() {
        let as_of = Date::constant(2026, 8, 30);
        let past = Some(Date::constant(2026, 3, 1));
        let future = Some(Date::constant(2028, 1, 10));
        assert_eq!(Standing::on(as_of, future, false), Standing::Current);
        assert_eq!(Standing::on(as_of, Some(as_of), false), Standing::Current);
        assert_eq!(Standing::on(as_of, past, true), Standing::PendingRenewal);
        assert!(Standing::PendingRenewal.authorizes());
        assert_eq!(Standing::on(as_of, past, false), Standing::Expired);
        assert!(!Standing::Expired.authorizes());
        assert_eq!(Standing::on(as_of, None, false), Standing::Unknown);
    }

    #[test]
    fn quirky_record_reads() {
        let json = r#"{
            "representative_name": "Doe,\r\n Jane",
            "representative_status_dhs_only": "false",
            "accreditation_expiration": "2026-03-01",
            "accreditation_pending_renewal": "null",
            "organization_name": "  Open Arms\r\nCommunity   Center ",
            "organization_status": "Active",
            "organization_recognized_date": "07/15/98",
            "organization_recognition_expiration": "null",
            "organization_recognition_pending_renewal": null,
            "office_type": "Principal Office",
            "street_address": "5556 SW 8th Street",
            "city_state_zip": "Coral Gables, FL 33134",
            "phone": "null"
        }"#;
        let r: RepresentativeRecord = serde_json::from_str(json).unwrap();
        assert!(r.has_name);
        assert_eq!(r.organization_name, "Open Arms Community Center");
        assert_eq!(r.representative_status_dhs_only, Some(false));
        assert_eq!(r.accreditation_pending_renewal, None);
        assert_eq!(r.organization_recognition_expiration, None);
        assert_eq!(r.phone, None);
        assert_eq!(
            r.organization_recognized_date,
            Some(Date::constant(1998, 7, 15))
        );
        let roster = Roster::from_records(vec![r]).unwrap();
        let office = &roster.offices[0];
        assert_eq!(office.city.as_deref(), Some("Coral Gables"));
        assert_eq!(office.zip.as_deref(), Some("33134"));
        assert_eq!(office.accreditations[0].full, Some(true));
    }

    #[test]
    fn missing_name_is_an_error_that_does_not_echo_data() {
        let json = r#"{"representative_name": "null", "accreditation_expiration": "2026-03-01",
                       "organization_name": "X"}"#;
        let e = serde_json::from_str::<RepresentativeRecord>(json)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing or blank"), "{e}");
        let json = r#"{"representative_name": "Doe, Jane", "accreditation_expiration": "someday",
                       "organization_name": "X"}"#;
        let e = serde_json::from_str::<RepresentativeRecord>(json)
            .unwrap_err()
            .to_string();
        assert!(e.contains("someday") && !e.contains("Doe"), "{e}");
    }

    #[test]
    fn city_state_zip_forms() {
        assert_eq!(
            split_city_state_zip(Some("Ft. Walton Beach, FL 32548-1234")),
            (
                Some("Ft. Walton Beach".into()),
                Some("FL".into()),
                Some("32548".into())
            )
        );
        assert_eq!(
            split_city_state_zip(Some("Miami")),
            (Some("Miami".into()), None, None)
        );
    }
}
