//! ZIP code centroids, for "services within N metres of this postcode".
//!
//! The table ships with the binary (`data/geo/zcta-centroids.csv`, public-domain Census
//! data; see `data/geo/SOURCE.md`) and is parsed once at start-up.

use std::collections::HashMap;

use puerta_domain::{Latitude, Longitude};
use thiserror::Error;

/// The shipped table: `zip,lat,lon`, one US ZIP code tabulation area per line.
const SHIPPED_CSV: &str = include_str!("../../../data/geo/zcta-centroids.csv");

/// Why a centroid table could not be read.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ZipCentroidsError {
    #[error("ZIP centroid table: the first line must be `zip,lat,lon`, found {found:?}")]
    Header { found: String },
    #[error("ZIP centroid table, line {line}: {reason}")]
    Row { line: usize, reason: String },
    #[error("ZIP centroid table, line {line}: ZIP {zip} appears twice")]
    Duplicate { line: usize, zip: String },
}

/// A point on the map.
pub type Point = (Latitude, Longitude);

/// Map from 5-digit US ZIP code to the internal point of its area.
#[derive(Debug, Clone, Default)]
pub struct ZipCentroids {
    by_zip: HashMap<[u8; 5], Point>,
}

impl ZipCentroids {
    /// The table compiled into the binary.
    pub fn shipped() -> Result<Self, ZipCentroidsError> {
        Self::parse_csv(SHIPPED_CSV)
    }

    /// Parses `zip,lat,lon` text (header line first; LF or CRLF; blank lines ignored).
    pub fn parse_csv(text: &str) -> Result<Self, ZipCentroidsError> {
        let mut lines = text.lines().enumerate();
        let header = lines.next().map(|(_, l)| l.trim()).unwrap_or_default();
        if header != "zip,lat,lon" {
            return Err(ZipCentroidsError::Header {
                found: header.to_owned(),
            });
        }
        let mut by_zip = HashMap::new();
        for (index, raw) in lines {
            let line = index + 1;
            let row = raw.trim();
            if row.is_empty() {
                continue;
            }
            let bad = |reason: String| ZipCentroidsError::Row { line, reason };
            let mut cells = row.split(',').map(str::trim);
            let (Some(zip), Some(lat), Some(lon), None) =
                (cells.next(), cells.next(), cells.next(), cells.next())
            else {
                return Err(bad(format!("expected 3 cells zip,lat,lon, found {row:?}")));
            };
            let key = zip_key(zip).ok_or_else(|| bad(format!("{zip:?} is not a 5-digit ZIP")))?;
            let lat = lat
                .parse::<f64>()
                .map_err(|_| bad(format!("latitude {lat:?} is not a number")))
                .and_then(|v| Latitude::new(v).map_err(|e| bad(format!("latitude {e}"))))?;
            let lon = lon
                .parse::<f64>()
                .map_err(|_| bad(format!("longitude {lon:?} is not a number")))
                .and_then(|v| Longitude::new(v).map_err(|e| bad(format!("longitude {e}"))))?;
            if by_zip.insert(key, (lat, lon)).is_some() {
                return Err(ZipCentroidsError::Duplicate {
                    line,
                    zip: zip.to_owned(),
                });
            }
        }
        Ok(Self { by_zip })
    }

    /// The centroid of a US postcode: `33125`, `33125-1234` and ` 33125 ` all find 33125.
    pub fn get(&self, postcode: &str) -> Option<Point> {
        let p = postcode.trim();
        let five = match p.split_once('-') {
            Some((zip, plus4)) if plus4.len() == 4 && plus4.bytes().all(|b| b.is_ascii_digit()) => {
                zip
            }
            Some(_) => return None,
            None => p,
        };
        self.by_zip.get(&zip_key(five)?).copied()
    }

    pub fn len(&self) -> usize {
        self.by_zip.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_zip.is_empty()
    }
}

fn zip_key(zip: &str) -> Option<[u8; 5]> {
    let bytes: [u8; 5] = zip.as_bytes().try_into().ok()?;
    bytes.iter().all(u8::is_ascii_digit).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_finds_zips_in_the_forms_people_type_them() {
        let t = ZipCentroids::parse_csv(
            "zip,lat,lon\r\n00601,18.180555,-66.749961\r\n33125,25.783753,-80.237812\r\n\r\n",
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        let (lat, lon) = t.get("33125").unwrap();
        assert_eq!((lat.degrees(), lon.degrees()), (25.783753, -80.237812));
        assert_eq!(t.get(" 33125-0001 "), t.get("33125"));
        assert!(t.get("00601").is_some(), "leading zeros are kept");
        for miss in ["601", "3312", "331250", "33125-01", "M5V 2T6", "", "99999"] {
            assert_eq!(t.get(miss), None, "{miss:?}");
        }
    }

    #[test]
    fn rejects_malformed_tables_naming_the_line() {
        assert!(matches!(
            ZipCentroids::parse_csv("zip,lon,lat\n00601,-66.7,18.1\n"),
            Err(ZipCentroidsError::Header { .. })
        ));
        let row = |text: &str| match ZipCentroids::parse_csv(text) {
            Err(ZipCentroidsError::Row { line, reason }) => (line, reason),
            other => panic!("expected a row error, got {other:?}"),
        };
        assert_eq!(row("zip,lat,lon\n00601,18.1\n").0, 2);
        assert!(row("zip,lat,lon\n00601,18.1,-66.7\n6011,18.1,-66.7\n")
            .1
            .contains("5-digit"));
        assert!(row("zip,lat,lon\n00601,north,-66.7\n")
            .1
            .contains("latitude"));
        // Longitude first by mistake: -66.7 is no latitude problem, but 181 is no longitude.
        assert!(row("zip,lat,lon\n00601,18.1,181\n").1.contains("longitude"));
        assert!(matches!(
            ZipCentroids::parse_csv("zip,lat,lon\n00601,18.1,-66.7\n00601,18.2,-66.8\n"),
            Err(ZipCentroidsError::Duplicate { line: 3, .. })
        ));
    }

    #[test]
    fn the_shipped_table_covers_the_us_with_latitude_before_longitude() {
        let t = ZipCentroids::shipped().unwrap();
        assert_eq!(t.len(), 33_120);
        // Little Havana, Miami: north of the equator, west of Greenwich.
        let (lat, lon) = t.get("33125").unwrap();
        assert!((25.0..26.5).contains(&lat.degrees()), "{lat:?}");
        assert!((-81.0..-80.0).contains(&lon.degrees()), "{lon:?}");
        // Manhattan, Anchorage, San Juan.
        assert!((40.0..41.0).contains(&t.get("10001").unwrap().0.degrees()));
        assert!((61.0..62.0).contains(&t.get("99501").unwrap().0.degrees()));
        assert!((18.0..19.0).contains(&t.get("00901").unwrap().0.degrees()));
    }
}
