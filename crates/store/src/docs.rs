//! How aggregates become stored rows and how stored rows become aggregates again, the same
//! for both backends: which embedded relations are stripped before storing, which columns
//! are derived (lower-cased names and search text, coordinates, postcode, taxonomy links),
//! how a full service is reassembled, and the geometry of `near` searches.

use std::collections::HashMap;

use puerta_domain::{
    distance_m, Latitude, Location, Longitude, Organization, Service, ServiceAtLocation, Taxonomy,
    TaxonomyTerm,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

use crate::{Near, Result, StoreError};

/// Rows are written in multi-row statements of at most this many rows: at most 8 bound
/// values a row keeps a statement far below SQLite's 32766-parameter limit.
pub(crate) const BATCH_ROWS: usize = 500;

/// Ids are looked up in chunks of this many (IN lists / `= ANY($1)`).
pub(crate) const ID_CHUNK: usize = 500;

pub(crate) struct OrganizationRow {
    pub id: Uuid,
    pub sort_name: String,
    pub search_text: String,
    pub doc: String,
}

pub(crate) struct LocationRow {
    pub id: Uuid,
    pub organization_id: Option<Uuid>,
    pub sort_name: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub postcode: Option<String>,
    pub search_text: String,
    pub doc: String,
}

pub(crate) struct ServiceRow {
    pub id: Uuid,
    pub organization_id: Option<Uuid>,
    pub program_id: Option<Uuid>,
    pub sort_name: String,
    pub search_text: String,
    pub doc: String,
    /// Distinct, sorted ids of the terms the service is classified under.
    pub term_ids: Vec<Uuid>,
}

pub(crate) struct ServiceAtLocationRow {
    pub id: Uuid,
    pub service_id: Option<Uuid>,
    pub location_id: Option<Uuid>,
    pub search_text: String,
    pub doc: String,
}

pub(crate) struct TaxonomyRow {
    pub id: Uuid,
    pub sort_name: String,
    pub search_text: String,
    pub doc: String,
}

pub(crate) struct TaxonomyTermRow {
    pub id: Uuid,
    pub taxonomy_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    pub code: Option<String>,
    pub sort_name: String,
    pub search_text: String,
    pub doc: String,
}

fn to_json<T: Serialize>(kind: &str, id: Uuid, value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Invalid(format!("cannot serialize {kind} {id}: {e}")))
}

/// Reads a stored document back.
pub(crate) fn from_json<T: DeserializeOwned>(kind: &'static str, id: Uuid, doc: &str) -> Result<T> {
    serde_json::from_str(doc).map_err(|e| StoreError::Corrupt {
        kind,
        id: id.to_string(),
        reason: e.to_string(),
    })
}

/// Lower-cased text for word search: the given parts joined by newlines.
fn search_text<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    let mut out = String::new();
    for part in parts.into_iter().flatten() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&part.to_lowercase());
    }
    out
}

pub(crate) fn organization_row(o: &Organization) -> Result<OrganizationRow> {
    // Locations are their own aggregate; never store them inside the organization.
    let doc = if o.locations.is_empty() {
        to_json("organization", o.id, o)?
    } else {
        let mut bare = o.clone();
        bare.locations.clear();
        to_json("organization", o.id, &bare)?
    };
    Ok(OrganizationRow {
        id: o.id,
        sort_name: o.name.as_str().to_lowercase(),
        search_text: search_text([
            Some(o.name.as_str()),
            o.alternate_name.as_deref(),
            Some(o.description.as_str()),
        ]),
        doc,
    })
}

pub(crate) fn location_row(l: &Location) -> Result<LocationRow> {
    let mut parts = vec![
        l.name.as_deref(),
        l.alternate_name.as_deref(),
        l.description.as_deref(),
    ];
    for a in &l.addresses {
        parts.extend([
            Some(a.address_1.as_str()),
            a.address_2.as_deref(),
            Some(a.city.as_str()),
            a.region.as_deref(),
            Some(a.state_province.as_str()),
            Some(a.postal_code.as_str()),
        ]);
    }
    Ok(LocationRow {
        id: l.id,
        organization_id: l.organization_id,
        sort_name: l.name.as_deref().unwrap_or_default().to_lowercase(),
        latitude: l.latitude.map(Latitude::degrees),
        longitude: l.longitude.map(Longitude::degrees),
        postcode: l.postal_code().map(str::to_owned),
        search_text: search_text(parts),
        doc: to_json("location", l.id, l)?,
    })
}

pub(crate) fn service_row(s: &Service) -> Result<ServiceRow> {
    // The embedded organization and program are stored elsewhere; keep the link to them.
    let organization_id = s.organization_id.or(s.organization.as_ref().map(|o| o.id));
    let program_id = s.program_id.or(s.program.as_ref().map(|p| p.id));
    let strip = s.organization.is_some()
        || s.program.is_some()
        || !s.service_at_locations.is_empty()
        || organization_id != s.organization_id
        || program_id != s.program_id;
    let doc = if strip {
        let bare = Service {
            organization_id,
            program_id,
            organization: None,
            program: None,
            service_at_locations: Vec::new(),
            ..s.clone()
        };
        to_json("service", s.id, &bare)?
    } else {
        to_json("service", s.id, s)?
    };
    let mut term_ids: Vec<Uuid> = s.taxonomy_term_ids().collect();
    term_ids.sort_unstable();
    term_ids.dedup();
    Ok(ServiceRow {
        id: s.id,
        organization_id,
        program_id,
        sort_name: s.name.as_str().to_lowercase(),
        search_text: search_text([
            Some(s.name.as_str()),
            s.alternate_name.as_deref(),
            s.description.as_deref(),
        ]),
        doc,
        term_ids,
    })
}

pub(crate) fn service_at_location_row(sal: &ServiceAtLocation) -> Result<ServiceAtLocationRow> {
    let doc = if sal.location.is_none() {
        to_json("service_at_location", sal.id, sal)?
    } else {
        let mut bare = sal.clone();
        bare.location = None;
        to_json("service_at_location", sal.id, &bare)?
    };
    Ok(ServiceAtLocationRow {
        id: sal.id,
        service_id: sal.service_id,
        location_id: sal.location_id,
        search_text: search_text([sal.description.as_deref()]),
        doc,
    })
}

pub(crate) fn taxonomy_row(t: &Taxonomy) -> Result<TaxonomyRow> {
    Ok(TaxonomyRow {
        id: t.id,
        sort_name: t.name.as_str().to_lowercase(),
        search_text: search_text([Some(t.name.as_str()), Some(t.description.as_str())]),
        doc: to_json("taxonomy", t.id, t)?,
    })
}

pub(crate) fn taxonomy_term_row(t: &TaxonomyTerm) -> Result<TaxonomyTermRow> {
    Ok(TaxonomyTermRow {
        id: t.id,
        taxonomy_id: t.taxonomy_id.or(t.taxonomy_detail.as_ref().map(|d| d.id)),
        parent_id: t.parent_id,
        code: t.code.as_ref().map(|c| c.as_str().to_owned()),
        sort_name: t.name.as_str().to_lowercase(),
        search_text: search_text([
            t.code.as_ref().map(|c| c.as_str()),
            Some(t.name.as_str()),
            Some(t.description.as_str()),
        ]),
        doc: to_json("taxonomy_term", t.id, t)?,
    })
}

/// A stored service with `last_modified` filled from the store's modification time when
/// the document has none.
pub(crate) fn read_service(id: Uuid, doc: &str, modified_us: i64) -> Result<Service> {
    let mut s: Service = from_json("service", id, doc)?;
    if s.last_modified.is_none() {
        s.last_modified = jiff::Timestamp::from_microsecond(modified_us).ok();
    }
    Ok(s)
}

/// Attaches the relations of a stored service as in the HSDS full service object.
pub(crate) fn assemble_service(
    mut s: Service,
    organizations: &HashMap<Uuid, Organization>,
    service_at_locations: &HashMap<Uuid, Vec<ServiceAtLocation>>,
    locations: &HashMap<Uuid, Location>,
    terms: &HashMap<Uuid, TaxonomyTerm>,
) -> Service {
    let organization = s.organization_id.and_then(|id| organizations.get(&id));
    s.program = match (s.program_id, organization) {
        (Some(pid), Some(o)) => o.programs.iter().find(|p| p.id == pid).cloned(),
        _ => None,
    };
    s.organization = organization.cloned().map(Box::new);
    s.service_at_locations = service_at_locations
        .get(&s.id)
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut sal| {
            sal.location = sal.location_id.and_then(|id| locations.get(&id)).cloned();
            sal
        })
        .collect();
    for a in &mut s.attributes {
        let id = a
            .taxonomy_term_id
            .or_else(|| a.taxonomy_term.as_ref().map(|t| t.id));
        if let Some(term) = id.and_then(|id| terms.get(&id)) {
            a.taxonomy_term = Some(term.clone());
        }
    }
    s
}

/// `LIKE` patterns (escape character `\`) for the words of a search: every word must occur.
pub(crate) fn like_patterns(search: Option<&str>) -> Vec<String> {
    search
        .unwrap_or_default()
        .split_whitespace()
        .map(|w| {
            let w = w
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{w}%")
        })
        .collect()
}

/// The SQL pre-filter of a circle: a latitude range and one or two longitude ranges (two
/// when the circle crosses the antimeridian). Slightly larger than the circle; the exact
/// distance is checked afterwards with [`distance_m`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BoundingBox {
    pub latitude: (f64, f64),
    pub longitudes: Vec<(f64, f64)>,
}

const EARTH_RADIUS_M: f64 = 6_371_008.8;

pub(crate) fn bounding_box(near: &Near) -> Result<BoundingBox> {
    center(near)?;
    if !(near.radius_m.is_finite() && near.radius_m >= 0.0) {
        return Err(StoreError::Invalid(format!(
            "a search radius must be a non-negative number of metres, not {}",
            near.radius_m
        )));
    }
    use std::f64::consts::{FRAC_PI_2, PI};
    // A small margin keeps points on the circle's edge despite rounding.
    let angle = near.radius_m / EARTH_RADIUS_M * 1.000_001 + 1e-9;
    let lat = near.latitude.to_radians();
    let lon = near.longitude.to_radians();
    let (min_lat, max_lat) = (lat - angle, lat + angle);
    if min_lat <= -FRAC_PI_2 || max_lat >= FRAC_PI_2 || angle >= PI {
        // A pole lies inside the circle: every longitude qualifies.
        return Ok(BoundingBox {
            latitude: (
                min_lat.max(-FRAC_PI_2).to_degrees(),
                max_lat.min(FRAC_PI_2).to_degrees(),
            ),
            longitudes: vec![(-180.0, 180.0)],
        });
    }
    let delta = (angle.sin() / lat.cos()).min(1.0).asin();
    let (min_lon, max_lon) = (lon - delta, lon + delta);
    let longitudes = if min_lon < -PI {
        vec![
            ((min_lon + 2.0 * PI).to_degrees(), 180.0),
            (-180.0, max_lon.to_degrees()),
        ]
    } else if max_lon > PI {
        vec![
            (min_lon.to_degrees(), 180.0),
            (-180.0, (max_lon - 2.0 * PI).to_degrees()),
        ]
    } else {
        vec![(min_lon.to_degrees(), max_lon.to_degrees())]
    };
    Ok(BoundingBox {
        latitude: (min_lat.to_degrees(), max_lat.to_degrees()),
        longitudes,
    })
}

fn center(near: &Near) -> Result<(Latitude, Longitude)> {
    let lat = Latitude::new(near.latitude)
        .map_err(|e| StoreError::Invalid(format!("search latitude: {e}")))?;
    let lon = Longitude::new(near.longitude)
        .map_err(|e| StoreError::Invalid(format!("search longitude: {e}")))?;
    Ok((lat, lon))
}

/// Keeps the candidates `(id, latitude, longitude)` that lie within the circle, nearest
/// first (ties by id).
pub(crate) fn within(near: &Near, candidates: Vec<(Uuid, f64, f64)>) -> Result<Vec<Uuid>> {
    let c = center(near)?;
    let mut hits: Vec<(f64, Uuid)> = candidates
        .into_iter()
        .filter_map(|(id, lat, lon)| {
            let p = (Latitude::new(lat).ok()?, Longitude::new(lon).ok()?);
            let d = distance_m(c, p);
            (d <= near.radius_m).then_some((d, id))
        })
        .collect();
    hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    Ok(hits.into_iter().map(|(_, id)| id).collect())
}

/// Puts records fetched by id into the order of `ids`, skipping unknown ids (an id asked
/// for twice appears twice).
pub(crate) fn in_order<T: Clone>(ids: &[Uuid], mut found: HashMap<Uuid, T>) -> Vec<T> {
    let mut remaining: HashMap<Uuid, usize> = HashMap::with_capacity(found.len());
    for id in ids {
        *remaining.entry(*id).or_default() += 1;
    }
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let left = remaining.get_mut(id).map_or(0, |n| {
            *n -= 1;
            *n
        });
        // The last request for an id takes the value; earlier ones clone it.
        let item = if left > 0 {
            found.get(id).cloned()
        } else {
            found.remove(id)
        };
        out.extend(item);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(lat: f64, lon: f64, r: f64) -> Near {
        Near {
            latitude: lat,
            longitude: lon,
            radius_m: r,
        }
    }

    #[test]
    fn search_words_become_escaped_like_patterns() {
        assert_eq!(
            like_patterns(Some("  Legal  AID_50% ")),
            vec!["%legal%".to_string(), "%aid\\_50\\%%".to_string()]
        );
        assert!(like_patterns(Some("   ")).is_empty());
        assert!(like_patterns(None).is_empty());
    }

    #[test]
    fn bounding_box_contains_the_circle() {
        let b = bounding_box(&near(25.76, -80.19, 10_000.0)).unwrap();
        // 10 km is about 0.09 degrees of latitude.
        assert!((b.latitude.1 - 25.76 - 0.0899).abs() < 0.001, "{b:?}");
        assert_eq!(b.longitudes.len(), 1);
        assert!(
            b.longitudes[0].0 < -80.28 && b.longitudes[0].1 > -80.10,
            "{b:?}"
        );
    }

    #[test]
    fn bounding_box_wraps_at_the_antimeridian_and_opens_at_the_poles() {
        let b = bounding_box(&near(0.0, 179.99, 5_000.0)).unwrap();
        assert_eq!(b.longitudes.len(), 2, "{b:?}");
        assert_eq!(b.longitudes[0].1, 180.0);
        assert!(b.longitudes[1].1 > -180.0 && b.longitudes[1].1 < -179.9);
        let p = bounding_box(&near(89.99, 0.0, 5_000.0)).unwrap();
        assert_eq!(p.longitudes, vec![(-180.0, 180.0)]);
        assert!(bounding_box(&near(91.0, 0.0, 1.0)).is_err());
        assert!(bounding_box(&near(0.0, 0.0, -1.0)).is_err());
    }

    #[test]
    fn within_keeps_the_circle_nearest_first() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let c = Uuid::from_u128(3);
        let hits = within(
            &near(0.0, 0.0, 50_000.0),
            vec![(a, 0.3, 0.0), (b, 0.1, 0.0), (c, 1.0, 0.0)],
        )
        .unwrap();
        assert_eq!(hits, vec![b, a]);
    }

    #[test]
    fn in_order_follows_the_request() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let found = HashMap::from([(a, "a"), (b, "b")]);
        let missing = Uuid::from_u128(9);
        assert_eq!(in_order(&[b, missing, a, b], found), vec!["b", "a", "b"]);
    }
}
