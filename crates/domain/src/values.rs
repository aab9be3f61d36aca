//! Small value types that cannot hold invalid data ("parse, don't validate").
//!
//! Each type checks its invariant once, when it is built (or deserialized), so the rest of
//! Puerta can rely on it: a [`Name`] is never blank, an [`Email`] has a mailbox and a
//! domain, a [`WebUrl`] is an absolute URI, a [`ClockTime`] is a real time of day.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::FieldError;

macro_rules! string_value {
    ($(#[$doc:meta])* $name:ident, $check:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Parses `raw`, trimming surrounding white space.
            pub fn parse(raw: impl AsRef<str>) -> Result<Self, FieldError> {
                let trimmed = raw.as_ref().trim();
                $check(trimmed).map(|()| Self(trimmed.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

fn check_name(s: &str) -> Result<(), FieldError> {
    if s.is_empty() {
        return Err(FieldError::Blank);
    }
    if s.chars().count() > 1000 {
        return Err(FieldError::TooLong { max: 1000 });
    }
    Ok(())
}

/// Longest description accepted: far beyond any real one, short enough that a runaway cell
/// (a whole file pasted into one field) is rejected instead of stored.
pub const MAX_TEXT_CHARS: usize = 100_000;

fn check_text(s: &str) -> Result<(), FieldError> {
    if s.is_empty() {
        return Err(FieldError::Blank);
    }
    if s.chars().count() > MAX_TEXT_CHARS {
        return Err(FieldError::TooLong {
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

fn check_email(s: &str) -> Result<(), FieldError> {
    let bad = || FieldError::Invalid {
        expected: "an e-mail address like name@example.org",
        found: s.to_owned(),
    };
    let (local, domain) = s.split_once('@').ok_or_else(bad)?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
    if ok {
        Ok(())
    } else {
        Err(bad())
    }
}

fn check_url(s: &str) -> Result<(), FieldError> {
    let bad = || FieldError::Invalid {
        expected: "an absolute URL such as https://example.org",
        found: s.to_owned(),
    };
    let (scheme, rest) = s.split_once(':').ok_or_else(bad)?;
    let scheme_ok = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let rest_ok = !rest.is_empty()
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        });
    let host_ok = match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => rest
            .strip_prefix("//")
            .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""))
            .is_some_and(|host| !host.is_empty() && !host.starts_with('.')),
        _ => true,
    };
    if scheme_ok && rest_ok && host_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

fn check_code(s: &str) -> Result<(), FieldError> {
    if s.is_empty() {
        Err(FieldError::Blank)
    } else {
        Ok(())
    }
}

string_value!(
    /// A required, non-blank name or address line (at most 1,000 characters).
    Name,
    check_name
);
string_value!(
    /// A required, non-blank description (up to [`MAX_TEXT_CHARS`] characters).
    Text,
    check_text
);
string_value!(
    /// An e-mail address (mailbox `@` domain with a dot, no spaces).
    Email,
    check_email
);
string_value!(
    /// An absolute URI with a scheme (`https://…`, `mailto:…`); web URLs need a host.
    WebUrl,
    check_url
);
string_value!(
    /// A non-blank code or identifier (taxonomy code, identifier value).
    Code,
    check_code
);

impl WebUrl {
    /// Parses a URL as people type it in directories: `www.example.org` becomes
    /// `http://www.example.org`. Returns `None` for blank input.
    pub fn parse_lenient(raw: &str) -> Result<Option<Self>, FieldError> {
        let t = raw.trim().trim_end_matches(['.', ',', ';']);
        if t.is_empty() {
            return Ok(None);
        }
        let lower = t.to_ascii_lowercase();
        let has_scheme = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("mailto:")
            || lower.starts_with("ftp://");
        let candidate = if has_scheme {
            t.to_owned()
        } else {
            format!("http://{}", t.trim_start_matches('/'))
        };
        Self::parse(candidate).map(Some)
    }
}

/// A time of day (`HH:MM` or `HH:MM:SS`), serialized as `HH:MM:SS` as in the HSDS examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(jiff::civil::Time);

impl ClockTime {
    pub fn new(hour: i8, minute: i8) -> Result<Self, FieldError> {
        jiff::civil::Time::new(hour, minute, 0, 0)
            .map(Self)
            .map_err(|_| FieldError::Invalid {
                expected: "a time of day between 00:00 and 23:59",
                found: format!("{hour}:{minute}"),
            })
    }

    /// Parses `HH:MM`, `HH:MM:SS`, and also 12-hour forms like `9:00am` or `5:30 PM`
    /// found in 2-1-1 exports.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let bad = || FieldError::Invalid {
            expected: "a time of day like 09:00, 17:30:00 or 9:00am",
            found: raw.to_owned(),
        };
        let s = raw.trim().to_ascii_lowercase().replace('.', "");
        let (body, meridiem) = if let Some(b) = s.strip_suffix("am") {
            (b.trim(), Some(false))
        } else if let Some(b) = s.strip_suffix("pm") {
            (b.trim(), Some(true))
        } else if s == "noon" {
            ("12:00", None)
        } else if s == "midnight" {
            ("00:00", None)
        } else {
            (s.as_str(), None)
        };
        let mut parts = body.split(':');
        let h: i8 = parts
            .next()
            .and_then(|p| p.trim().parse().ok())
            .ok_or_else(bad)?;
        let m: i8 = match parts.next() {
            Some(p) => p.trim().parse().map_err(|_| bad())?,
            None if meridiem.is_some() => 0,
            None => return Err(bad()),
        };
        let sec: i8 = match parts.next() {
            Some(p) => p.trim().parse().map_err(|_| bad())?,
            None => 0,
        };
        if parts.next().is_some() {
            return Err(bad());
        }
        let h = match meridiem {
            Some(pm) => {
                if !(1..=12).contains(&h) {
                    return Err(bad());
                }
                match (pm, h) {
                    (false, 12) => 0,
                    (false, h) => h,
                    (true, 12) => 12,
                    (true, h) => h + 12,
                }
            }
            None => h,
        };
        jiff::civil::Time::new(h, m, sec, 0)
            .map(Self)
            .map_err(|_| bad())
    }

    pub fn time(self) -> jiff::civil::Time {
        self.0
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:02}:{:02}:{:02}",
            self.0.hour(),
            self.0.minute(),
            self.0.second()
        )
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A latitude in degrees, −90 to 90.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Latitude(f64);

/// A longitude in degrees, −180 to 180.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Longitude(f64);

impl Latitude {
    pub fn new(v: f64) -> Result<Self, FieldError> {
        if v.is_finite() && (-90.0..=90.0).contains(&v) {
            Ok(Self(v))
        } else {
            Err(FieldError::OutOfRange {
                min: -90.0,
                max: 90.0,
                found: v,
            })
        }
    }
    pub fn degrees(self) -> f64 {
        self.0
    }
}

impl Longitude {
    pub fn new(v: f64) -> Result<Self, FieldError> {
        if v.is_finite() && (-180.0..=180.0).contains(&v) {
            Ok(Self(v))
        } else {
            Err(FieldError::OutOfRange {
                min: -180.0,
                max: 180.0,
                found: v,
            })
        }
    }
    pub fn degrees(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Latitude {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::new(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Longitude {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::new(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A non-negative number of years (service age limits).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Age(f64);

impl Age {
    pub fn new(v: f64) -> Result<Self, FieldError> {
        if v.is_finite() && (0.0..=150.0).contains(&v) {
            Ok(Self(v))
        } else {
            Err(FieldError::OutOfRange {
                min: 0.0,
                max: 150.0,
                found: v,
            })
        }
    }
    pub fn years(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Age {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::new(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// Mean Earth radius in metres (the radius of the haversine distances here).
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A great-circle distance in metres between two points (haversine, mean Earth radius).
pub fn distance_m(a: (Latitude, Longitude), b: (Latitude, Longitude)) -> f64 {
    GeoPoint::new(a.0, a.1).distance_m(&GeoPoint::new(b.0, b.1))
}

/// A point on Earth prepared for many distance computations: latitude and longitude in
/// radians and the cosine of the latitude, computed once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    lat: f64,
    lon: f64,
    cos_lat: f64,
}

impl GeoPoint {
    pub fn new(lat: Latitude, lon: Longitude) -> Self {
        let lat = lat.0.to_radians();
        Self {
            lat,
            lon: lon.0.to_radians(),
            cos_lat: lat.cos(),
        }
    }

    /// Latitude in radians.
    pub fn lat_rad(&self) -> f64 {
        self.lat
    }

    /// Longitude in radians.
    pub fn lon_rad(&self) -> f64 {
        self.lon
    }

    /// Cosine of the latitude.
    pub fn cos_lat(&self) -> f64 {
        self.cos_lat
    }

    /// The haversine of the central angle to `other` (0 for the same point, 1 for the
    /// antipode); it grows with the distance, so comparing it with
    /// [`GeoPoint::haversine_of_distance`] tells "within a radius" without an arcsine.
    pub fn haversine(&self, other: &GeoPoint) -> f64 {
        ((other.lat - self.lat) / 2.0).sin().powi(2)
            + self.cos_lat * other.cos_lat * ((other.lon - self.lon) / 2.0).sin().powi(2)
    }

    /// The haversine of the central angle of a distance (see [`GeoPoint::haversine`]).
    pub fn haversine_of_distance(metres: f64) -> f64 {
        let angle = (metres / EARTH_RADIUS_M).min(std::f64::consts::PI);
        (angle / 2.0).sin().powi(2)
    }

    /// The distance in metres for a haversine value.
    pub fn distance_of_haversine(h: f64) -> f64 {
        2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
    }

    /// Great-circle distance to `other` in metres.
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        Self::distance_of_haversine(self.haversine(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_never_blank() {
        assert_eq!(Name::parse("  Legal Aid ").unwrap().as_str(), "Legal Aid");
        assert_eq!(Name::parse("   "), Err(FieldError::Blank));
    }

    #[test]
    fn emails_need_a_mailbox_and_a_domain() {
        assert!(Email::parse("help@example.org").is_ok());
        for bad in [
            "help",
            "help@",
            "@example.org",
            "a b@example.org",
            "x@localhost",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn urls_need_a_scheme_and_host_but_lenient_parse_adds_one() {
        assert!(WebUrl::parse("https://example.org/a?b=c").is_ok());
        assert!(WebUrl::parse("www.example.org").is_err());
        assert!(WebUrl::parse("http://").is_err());
        assert_eq!(
            WebUrl::parse_lenient("www.girlscoutsfl.org")
                .unwrap()
                .unwrap()
                .as_str(),
            "http://www.girlscoutsfl.org"
        );
        assert_eq!(WebUrl::parse_lenient("  ").unwrap(), None);
        assert!(WebUrl::parse_lenient("not a url").is_err());
    }

    #[test]
    fn clock_times_accept_24h_and_12h_forms() {
        assert_eq!(ClockTime::parse("9:00am").unwrap().to_string(), "09:00:00");
        assert_eq!(
            ClockTime::parse("12:00 PM").unwrap().to_string(),
            "12:00:00"
        );
        assert_eq!(ClockTime::parse("12:30am").unwrap().to_string(), "00:30:00");
        assert_eq!(ClockTime::parse("5:30pm").unwrap().to_string(), "17:30:00");
        assert_eq!(ClockTime::parse("17:45").unwrap().to_string(), "17:45:00");
        assert_eq!(
            ClockTime::parse("10:00:00").unwrap().to_string(),
            "10:00:00"
        );
        for bad in ["25:00", "13pm", "noonish", "", "9"] {
            assert!(ClockTime::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn coordinates_are_range_checked() {
        assert!(Latitude::new(25.76).is_ok());
        assert!(Latitude::new(91.0).is_err());
        assert!(Longitude::new(-181.0).is_err());
        assert!(Latitude::new(f64::NAN).is_err());
    }

    #[test]
    fn distance_miami_to_fort_lauderdale_is_about_40_km() {
        let miami = (
            Latitude::new(25.7617).unwrap(),
            Longitude::new(-80.1918).unwrap(),
        );
        let ftl = (
            Latitude::new(26.1224).unwrap(),
            Longitude::new(-80.1373).unwrap(),
        );
        let d = distance_m(miami, ftl);
        assert!((39_000.0..42_000.0).contains(&d), "{d}");
    }
}
