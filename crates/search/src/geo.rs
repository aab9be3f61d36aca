//! Places for search: ZIP code centroids ("near 33125") and distances.
//!
//! The centroid table ships with the binary (`data/geo/zcta-centroids.csv`, public-domain
//! Census data; see `data/geo/SOURCE.md`) and is parsed once, at start-up. The table is kept
//! as a sorted array (ZIP as a number, coordinates) rather than a map: 33,120 rows in about
//! 800 KB, looked up by binary search.
//!
//! Distances are great-circle (haversine) distances, computed by
//! [`puerta_domain::distance_m`], the one home of that formula.

use puerta_domain::{GeoPoint, Latitude, Longitude, EARTH_RADIUS_M};
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

/// Map from 5-digit US ZIP code to the internal point (latitude, longitude in degrees) of
/// its area.
#[derive(Debug, Clone, Default)]
pub struct ZipCentroids {
    /// Sorted by ZIP (as a number: `00601` is 601), no duplicates.
    rows: Vec<(u32, f64, f64)>,
}

impl ZipCentroids {
    /// The table compiled into the binary.
    pub fn shipped() -> Result<Self, ZipCentroidsError> {
        Self::parse_csv(SHIPPED_CSV)
    }

    /// Parses `zip,lat,lon` text (header line first; LF or CRLF; blank lines ignored).
    /// Coordinates are checked to be on Earth, so that a table with latitude and longitude
    /// swapped is refused rather than placing Miami in Antarctica.
    pub fn parse_csv(text: &str) -> Result<Self, ZipCentroidsError> {
        let mut lines = text.lines().enumerate();
        let header = lines.next().map(|(_, l)| l.trim()).unwrap_or_default();
        if header != "zip,lat,lon" {
            return Err(ZipCentroidsError::Header {
                found: header.to_owned(),
            });
        }
        let mut rows: Vec<(u32, f64, f64)> = Vec::with_capacity(text.len() / 26);
        let mut line_of: Vec<usize> = Vec::with_capacity(text.len() / 26);
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
            rows.push((key, lat.degrees(), lon.degrees()));
            line_of.push(line);
        }
        // The shipped file is sorted; sort anyway (stable, so the first of twins stays first).
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| rows[i].0);
        for pair in order.windows(2) {
            if let [a, b] = *pair {
                if rows[a].0 == rows[b].0 {
                    return Err(ZipCentroidsError::Duplicate {
                        line: line_of.get(a.max(b)).copied().unwrap_or_default(),
                        zip: format!("{:05}", rows[a].0),
                    });
                }
            }
        }
        let rows = order.into_iter().map(|i| rows[i]).collect();
        Ok(Self { rows })
    }

    /// The centroid `(lat, lon)` of a US ZIP code: `33125`, `33125-1234` and ` 33125 ` all
    /// find 33125; anything else (`3312`, `M5V 2T6`, an unknown ZIP) finds nothing.
    pub fn lookup(&self, zip: &str) -> Option<(f64, f64)> {
        let p = zip.trim();
        let five = match p.split_once('-') {
            Some((zip, plus4)) if plus4.len() == 4 && plus4.bytes().all(|b| b.is_ascii_digit()) => {
                zip
            }
            Some(_) => return None,
            None => p,
        };
        let key = zip_key(five)?;
        let i = self.rows.binary_search_by_key(&key, |r| r.0).ok()?;
        self.rows.get(i).map(|&(_, lat, lon)| (lat, lon))
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// A 5-digit ZIP as a number (`00601` → 601); `None` unless exactly five ASCII digits.
fn zip_key(zip: &str) -> Option<u32> {
    let bytes: [u8; 5] = zip.as_bytes().try_into().ok()?;
    bytes.iter().try_fold(0u32, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

/// Great-circle distance in metres between two points given in degrees. Points that are
/// not on Earth (latitude beyond ±90°, longitude beyond ±180°, NaN) have no distance.
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    match (point(lat1, lon1), point(lat2, lon2)) {
        (Some(a), Some(b)) => puerta_domain::distance_m(a, b),
        _ => f64::NAN,
    }
}

fn point(lat: f64, lon: f64) -> Option<(Latitude, Longitude)> {
    Some((Latitude::new(lat).ok()?, Longitude::new(lon).ok()?))
}

/// A point on Earth given in degrees, prepared for distances; `None` if it is not on Earth.
pub fn geo_point(lat: f64, lon: f64) -> Option<GeoPoint> {
    point(lat, lon).map(|(lat, lon)| GeoPoint::new(lat, lon))
}

/// A search point (and radius) prepared for measuring the distance to many places: a
/// "within 8 km" search over 100,000 services rejects most places by comparing latitudes
/// and longitudes, computes trigonometry only near the point, and gives exactly
/// [`distance_m`]'s distances for the places it keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Origin {
    point: GeoPoint,
    radius: Option<Bounds>,
}

/// What "within the radius" means in cheap comparisons.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bounds {
    metres: f64,
    /// No place within the radius is farther in latitude (radians).
    max_dlat: f64,
    /// No place within the radius is farther in longitude (radians), when bounded.
    max_dlon: Option<f64>,
    /// Haversine at the radius, with a little slack for rounding (the exact distance
    /// decides at the edge).
    max_h: f64,
}

/// Relative slack of the cheap bounds: they only ever keep a place for the exact check.
const SLACK: f64 = 1e-9;

impl Origin {
    /// `None` if the point is not on Earth or the radius is negative or not a number.
    pub fn new(lat: f64, lon: f64, radius_m: Option<f64>) -> Option<Origin> {
        let point = geo_point(lat, lon)?;
        let radius = match radius_m {
            None => None,
            Some(r) if r.is_nan() || r < 0.0 => return None,
            Some(metres) => {
                let max_dlat = metres / EARTH_RADIUS_M * (1.0 + SLACK) + SLACK;
                let max_h = GeoPoint::haversine_of_distance(metres) * (1.0 + SLACK) + SLACK;
                // A place within the radius lies in the latitude band of ±max_dlat, where
                // the cosine of its latitude is at least `cos_band`; the haversine is at
                // least cos(lat0)·cos(lat)·sin²(Δlon/2), which bounds Δlon.
                let band_edge = (point.lat_rad().abs() + max_dlat).min(std::f64::consts::FRAC_PI_2);
                let cos_band = band_edge.cos();
                let denominator = point.cos_lat() * cos_band;
                let max_dlon = if denominator > 1e-6 {
                    let s = (max_h / denominator).sqrt();
                    (s < 1.0).then(|| 2.0 * s.asin() * (1.0 + SLACK) + SLACK)
                } else {
                    None
                };
                Some(Bounds {
                    metres,
                    max_dlat,
                    max_dlon,
                    max_h,
                })
            }
        };
        Some(Origin { point, radius })
    }

    /// The distance in metres to `place`, or `None` if a radius was given and the place
    /// lies beyond it.
    pub fn within(&self, place: &GeoPoint) -> Option<f64> {
        let Some(b) = &self.radius else {
            return Some(self.point.distance_m(place));
        };
        if (place.lat_rad() - self.point.lat_rad()).abs() > b.max_dlat {
            return None;
        }
        if let Some(max_dlon) = b.max_dlon {
            let mut dlon = (place.lon_rad() - self.point.lon_rad()).abs();
            if dlon > std::f64::consts::PI {
                dlon = std::f64::consts::TAU - dlon;
            }
            if dlon > max_dlon {
                return None;
            }
        }
        let h = self.point.haversine(place);
        if h > b.max_h {
            return None;
        }
        let d = GeoPoint::distance_of_haversine(h);
        (d <= b.metres).then_some(d)
    }

    /// The nearest of `places` (within the radius, if one was given) and its distance.
    pub fn nearest(&self, places: &[GeoPoint]) -> Option<f64> {
        places
            .iter()
            .filter_map(|p| self.within(p))
            .filter(|d| !d.is_nan())
            .min_by(f64::total_cmp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_finds_zips_in_the_forms_people_type_them() {
        let t = ZipCentroids::parse_csv(
            "zip,lat,lon\r\n33125,25.783753,-80.237812\r\n00601,18.180555,-66.749961\r\n\r\n",
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t.lookup("33125"), Some((25.783753, -80.237812)));
        assert_eq!(t.lookup(" 33125-1234 "), t.lookup("33125"));
        assert!(t.lookup("00601").is_some(), "leading zeros are kept");
        for miss in [
            "601", "3312", "331250", "33125-01", "M5V 2T6", "", "99999", "3312a",
        ] {
            assert_eq!(t.lookup(miss), None, "{miss:?}");
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
        assert!(row("zip,lat,lon\n00601,18.1,181\n").1.contains("longitude"));
        assert_eq!(
            ZipCentroids::parse_csv(
                "zip,lat,lon\n00601,18.1,-66.7\n\n00602,1,1\n00601,18.2,-66.8\n"
            )
            .unwrap_err(),
            ZipCentroidsError::Duplicate {
                line: 5,
                zip: "00601".into()
            }
        );
    }

    #[test]
    fn the_shipped_table_covers_the_us_with_latitude_before_longitude() {
        let t = ZipCentroids::shipped().unwrap();
        assert_eq!(t.len(), 33_120);
        // Little Havana, Miami: north of the equator, west of Greenwich.
        let (lat, lon) = t.lookup("33125").unwrap();
        assert!((25.0..26.5).contains(&lat), "{lat}");
        assert!((-81.0..-80.0).contains(&lon), "{lon}");
        // Manhattan, Anchorage, San Juan; the demo city's downtown (Dayton ZIPs).
        assert!((40.0..41.0).contains(&t.lookup("10001").unwrap().0));
        assert!((61.0..62.0).contains(&t.lookup("99501").unwrap().0));
        assert!((18.0..19.0).contains(&t.lookup("00901").unwrap().0));
        assert!((39.5..40.0).contains(&t.lookup("45402-0001").unwrap().0));
    }

    #[test]
    fn distances_are_haversine_metres_and_nan_off_earth() {
        // Miami to Fort Lauderdale: about 40 km.
        let d = distance_m(25.7617, -80.1918, 26.1224, -80.1373);
        assert!((39_000.0..42_000.0).contains(&d), "{d}");
        assert_eq!(distance_m(25.0, -80.0, 25.0, -80.0), 0.0);
        assert!(distance_m(100.0, 0.0, 0.0, 0.0).is_nan());
        assert!(distance_m(0.0, f64::NAN, 0.0, 0.0).is_nan());
    }

    proptest::proptest! {
        /// The prepared search point agrees exactly with the plain formula: same distance
        /// for every place it keeps, and it drops exactly the places beyond the radius —
        /// near the point, across the antimeridian and close to the poles.
        #[test]
        fn origin_agrees_with_the_haversine_formula(
            lat in -89.9f64..89.9,
            lon in -180.0f64..180.0,
            dlat in -0.5f64..0.5,
            dlon in -0.5f64..0.5,
            far in proptest::bool::ANY,
            radius_km in 0.0f64..60.0,
        ) {
            let scale = if far { 100.0 } else { 1.0 };
            let plat = (lat + dlat * scale).clamp(-90.0, 90.0);
            let mut plon = lon + dlon * scale;
            if plon > 180.0 { plon -= 360.0; }
            if plon < -180.0 { plon += 360.0; }
            let place = geo_point(plat, plon).unwrap();
            let exact = distance_m(lat, lon, plat, plon);
            let unbounded = Origin::new(lat, lon, None).unwrap();
            proptest::prop_assert_eq!(unbounded.within(&place), Some(exact));
            let radius = radius_km * 1_000.0;
            let bounded = Origin::new(lat, lon, Some(radius)).unwrap();
            let expected = (exact <= radius).then_some(exact);
            proptest::prop_assert_eq!(bounded.within(&place), expected);
        }
    }

    #[test]
    fn origin_keeps_the_edge_and_rejects_bad_input() {
        let here = geo_point(25.7617, -80.1918).unwrap();
        let there = geo_point(26.1224, -80.1373).unwrap();
        let d = here.distance_m(&there);
        let at_edge = Origin::new(25.7617, -80.1918, Some(d)).unwrap();
        assert_eq!(at_edge.within(&there), Some(d));
        let just_inside = Origin::new(25.7617, -80.1918, Some(d * (1.0 - 1e-12))).unwrap();
        assert_eq!(just_inside.within(&there), None);
        // Across the antimeridian: 179.9°E to 179.9°W is about 22 km at the equator.
        let east = Origin::new(0.0, 179.9, Some(25_000.0)).unwrap();
        assert!(east.within(&geo_point(0.0, -179.9).unwrap()).is_some());
        assert_eq!(Origin::new(91.0, 0.0, None), None);
        assert_eq!(Origin::new(0.0, 0.0, Some(-1.0)), None);
        assert_eq!(Origin::new(0.0, 0.0, Some(f64::NAN)), None);
        assert_eq!(
            at_edge.nearest(&[there, here]),
            Some(0.0),
            "the nearest place wins"
        );
    }
}
