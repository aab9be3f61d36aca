//! What search needs to know about one service beyond its text: where it is, when it is
//! open, which languages its staff speak, whether it is free, whether one can walk in, and
//! whether it asks for ID or a Social Security number.
//!
//! [`ServiceFacts`] is computed once per service when the index is built (from a full HSDS
//! service) and kept in memory, so it is compact: ids and codes in boxed slices, yes/no/unknown
//! answers in one small bit set, and the opening hours already parsed by the domain's schedule
//! engine ([`puerta_domain::schedule::OpeningHours`], the one place where hours are computed).
//!
//! # Being conservative
//!
//! Every yes/no fact is three-valued: *yes*, *no* or *unknown*. Filters only keep *yes*. A
//! fact is *yes* only when the data says so and nothing in the data says the opposite: a
//! service whose documents list "photo ID" is never "no ID required", even if an attribute
//! claims it. An empty `required_documents` list is *unknown*, not "nothing required".
//!
//! Facts come from, in order of strength:
//! 1. Puerta attribute codes (see [`codes`]) on the service, its service-at-locations, its
//!    locations or their accessibility records (`attribute.value`, or the code of the
//!    attribute's taxonomy term);
//! 2. structured HSDS fields (`cost_options`, `required_documents`, `accessibility`);
//! 3. careful cues in text (`application_process`, `eligibility_description`, `fees`,
//!    `description`, schedule `attending_type`), written for the phrasing of real
//!    directories (the Miami Open211 export) and tested on negatives.
//!
//! # Time zones
//!
//! HSDS has no time zone field on services. The zone of each place is taken from its
//! physical address (US state or territory → IANA zone; states split between two zones use
//! the zone of most of their people), else from [`FactsContext::default_zone`] (the city's
//! zone), else the schedule engine's own fallback (the schedules' numeric offset, else UTC).

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use puerta_domain::schedule::{effective_schedules, Closure, Days, OpeningHours, Status};
use puerta_domain::{
    language, Accessibility, Attribute, GeoPoint, Location, PlaceKind, Schedule, Service,
    TaxonomyTerm,
};
use uuid::Uuid;

/// Puerta's attribute codes: the `value` of an HSDS attribute (any `link_type`; the demo
/// uses `requirement` and `access`), or the `code` of the attribute's taxonomy term. Lower
/// case, `_` between words (`-` and spaces are read as `_`).
pub mod codes {
    /// One can come without an appointment.
    pub const WALK_IN: &str = "walk_in";
    /// An appointment is needed (walk-ins are not seen).
    pub const APPOINTMENT_REQUIRED: &str = "appointment_required";
    /// No identity document is asked for.
    pub const NO_ID_REQUIRED: &str = "no_id_required";
    /// An identity document is asked for.
    pub const ID_REQUIRED: &str = "id_required";
    /// No Social Security number is asked for.
    pub const NO_SSN_REQUIRED: &str = "no_ssn_required";
    /// A Social Security number is asked for.
    pub const SSN_REQUIRED: &str = "ssn_required";
    /// The place can be entered and used in a wheelchair.
    pub const WHEELCHAIR_ACCESSIBLE: &str = "wheelchair_accessible";
    /// The place cannot be entered or used in a wheelchair.
    pub const NOT_WHEELCHAIR_ACCESSIBLE: &str = "not_wheelchair_accessible";
    /// The service is free.
    pub const FREE: &str = "free";
    /// The service charges a fee.
    pub const FEE_CHARGED: &str = "fee_charged";
}

/// Settings that apply to every service of a directory.
#[derive(Debug, Clone, Default)]
pub struct FactsContext {
    /// The directory's time zone, for places whose address gives none.
    pub default_zone: Option<TimeZone>,
    /// Days on which every place is closed (city holidays).
    pub closures: Vec<Closure>,
}

/// A language code: the primary ISO 639 subtag, lower case, at most 3 letters, padded with
/// zero bytes. `es-MX`, `ES` and `spa` are all `es`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangCode([u8; 3]);

impl LangCode {
    /// Reads a code as written in HSDS or by a resident (`es`, `es-MX`, `zh-Hant`, `spa`).
    pub fn parse(raw: &str) -> Option<Self> {
        let code = language::normalise_code(raw)?;
        let bytes = code.as_bytes();
        if !(2..=3).contains(&bytes.len()) {
            return None;
        }
        let mut out = [0u8; 3];
        out[..bytes.len()].copy_from_slice(bytes);
        Some(Self(out))
    }

    pub fn as_str(&self) -> &str {
        let len = self.0.iter().position(|b| *b == 0).unwrap_or(3);
        std::str::from_utf8(&self.0[..len]).unwrap_or("")
    }
}

/// A three-valued fact, two bits per fact in [`ServiceFacts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fact {
    Free = 0,
    WalkIn = 1,
    Accessible = 2,
    NoId = 3,
    NoSsn = 4,
}

/// The known/yes bits of the five facts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Flags(u16);

impl Flags {
    fn set(&mut self, fact: Fact, value: Option<bool>) {
        let known = 1u16 << (2 * fact as u16);
        let yes = known << 1;
        self.0 &= !(known | yes);
        match value {
            Some(true) => self.0 |= known | yes,
            Some(false) => self.0 |= known,
            None => {}
        }
    }

    fn get(self, fact: Fact) -> Option<bool> {
        let known = 1u16 << (2 * fact as u16);
        (self.0 & known != 0).then_some(self.0 & (known << 1) != 0)
    }
}

/// The hours of the service at one place (or of the service itself, without places).
#[derive(Debug, Clone)]
struct PlaceHours {
    hours: OpeningHours,
    /// Bit `h` of `maybe_open[d]` (d: Monday = 0): the place may be open at some moment of
    /// local hour `h` of weekday `d`. A superset (hours widened by two hours on each side for
    /// DST shifts), so that a clear bit answers "closed" without asking the engine.
    maybe_open: [u32; 7],
}

/// Slack around opening hours in [`PlaceHours::maybe_open`]: DST moves a local time by at
/// most an hour (two in some historical rules).
const MAYBE_OPEN_SLACK_MIN: i32 = 120;

impl PlaceHours {
    fn new(hours: OpeningHours) -> Self {
        let maybe_open = maybe_open_mask(&hours);
        Self { hours, maybe_open }
    }

    /// Open at `now`, as [`OpeningHours::status_at`] says, without computing the next
    /// opening or closing time.
    fn open_at(&self, now: Timestamp) -> Option<bool> {
        if !self.hours.is_known() {
            // No hours: unknown, unless a closure covers today (cheap: no rules to walk).
            return match self.hours.status_at(now) {
                Status::Unknown => None,
                s => Some(s.is_open()),
            };
        }
        let zone = self.hours.zone();
        let local = zone.to_datetime(now);
        let day = local.weekday().to_monday_zero_offset();
        let bits = self.maybe_open[usize::try_from(day).unwrap_or(0) % 7];
        if bits & (1 << local.hour()) == 0 {
            return Some(false);
        }
        match zone.to_timestamp(local) {
            // The usual case: the local time names exactly this instant.
            Ok(t) if t == now => Some(self.hours.is_open_at_local(local)),
            // The second pass through a repeated fall-back hour: ask for the instant itself.
            _ => Some(self.hours.status_at(now).is_open()),
        }
    }
}

/// Which local hours of the week some rule's period may touch (see [`PlaceHours`]).
fn maybe_open_mask(hours: &OpeningHours) -> [u32; 7] {
    let mut mask = [0u32; 7];
    for line in hours.lines() {
        let days: u8 = match &line.days {
            Days::Weekly { days, .. } => weekday_bits(days.iter().copied()),
            Days::Monthly {
                days,
                nth,
                month_days,
                ..
            } if month_days.is_empty() => {
                weekday_bits(days.iter().copied().chain(nth.iter().map(|n| n.day)))
            }
            Days::Once { date } => 1 << date.weekday().to_monday_zero_offset(),
            Days::Monthly { .. } | Days::Daily | Days::Other => 0x7f,
        };
        let days = if days == 0 { 0x7f } else { days };
        let minutes = |t: Time| i32::from(t.hour()) * 60 + i32::from(t.minute());
        let start = minutes(line.hours.opens) - MAYBE_OPEN_SLACK_MIN;
        let mut end = minutes(line.hours.closes);
        if line.hours.closes_next_day || end <= minutes(line.hours.opens) {
            end += 24 * 60;
        }
        end += MAYBE_OPEN_SLACK_MIN;
        for d in 0..7i32 {
            if days & (1 << d) == 0 {
                continue;
            }
            let first = (d * 24 * 60 + start).div_euclid(60);
            let last = (d * 24 * 60 + end - 1).div_euclid(60);
            for h in first..=last {
                let h = h.rem_euclid(7 * 24);
                if let (Ok(day), Ok(hour)) = (usize::try_from(h / 24), u32::try_from(h % 24)) {
                    if let Some(m) = mask.get_mut(day) {
                        *m |= 1 << hour;
                    }
                }
            }
        }
    }
    mask
}

fn weekday_bits(days: impl Iterator<Item = puerta_domain::Weekday>) -> u8 {
    days.fold(0u8, |acc, w| acc | 1 << w.to_jiff().to_monday_zero_offset())
}

/// Everything search needs to know about one service beyond its text, compact (100k of
/// these live in memory; about 1 KB each on average, most of it the parsed hours).
#[derive(Debug, Clone)]
pub struct ServiceFacts {
    id: Uuid,
    /// Sorted, without duplicates.
    term_ids: Box<[Uuid]>,
    /// Sorted, without duplicates.
    languages: Box<[LangCode]>,
    /// (latitude, longitude) in degrees of each place with coordinates, without duplicates.
    points: Box<[(f64, f64)]>,
    /// The same places prepared for distances (see [`crate::geo::Origin`]).
    places: Box<[GeoPoint]>,
    /// One per distinct set of hours (the same hours at two places are kept once).
    hours: Box<[PlaceHours]>,
    verified: Option<Date>,
    flags: Flags,
}

impl ServiceFacts {
    /// The facts of a full service (with its service-at-locations and their locations), in
    /// the time zones of its addresses (UTC or the schedules' offsets where none is known).
    pub fn from_service(s: &Service) -> Self {
        Self::from_service_in(s, &FactsContext::default())
    }

    /// The facts of a full service, with the directory's default zone and holidays.
    pub fn from_service_in(s: &Service, ctx: &FactsContext) -> Self {
        let locations: Vec<&Location> = s
            .service_at_locations
            .iter()
            .filter_map(|sal| sal.location.as_ref())
            .collect();

        let mut term_ids: Vec<Uuid> = s.taxonomy_term_ids().collect();
        term_ids.sort_unstable();
        term_ids.dedup();

        let mut languages: Vec<LangCode> = s
            .languages
            .iter()
            .chain(locations.iter().flat_map(|l| l.languages.iter()))
            .flat_map(|l| {
                let by_code = l.code.as_deref().and_then(LangCode::parse);
                let by_name = match (&by_code, l.name.as_deref()) {
                    (None, Some(name)) => language::recognise(name)
                        .into_iter()
                        .filter_map(|m| LangCode::parse(m.code))
                        .collect(),
                    _ => Vec::new(),
                };
                by_code.into_iter().chain(by_name)
            })
            .collect();
        languages.sort_unstable();
        languages.dedup();

        let mut points: Vec<(f64, f64)> = Vec::new();
        for l in &locations {
            if let Some((lat, lon)) = l.point() {
                let p = (lat.degrees(), lon.degrees());
                if !points.contains(&p) {
                    points.push(p);
                }
            }
        }

        let mut flags = Flags::default();
        let attrs = AttributeCodes::of(s);
        flags.set(
            Fact::Free,
            attrs.decide(codes::FREE, codes::FEE_CHARGED, is_free(s)),
        );
        flags.set(
            Fact::WalkIn,
            attrs.decide(codes::WALK_IN, codes::APPOINTMENT_REQUIRED, walk_in(s)),
        );
        flags.set(
            Fact::NoId,
            attrs.decide(codes::NO_ID_REQUIRED, codes::ID_REQUIRED, no_id_required(s)),
        );
        flags.set(
            Fact::NoSsn,
            attrs.decide(
                codes::NO_SSN_REQUIRED,
                codes::SSN_REQUIRED,
                no_ssn_required(s),
            ),
        );
        flags.set(Fact::Accessible, accessible(s));

        let places: Vec<GeoPoint> = points
            .iter()
            .filter_map(|&(lat, lon)| crate::geo::geo_point(lat, lon))
            .collect();
        Self {
            id: s.id,
            term_ids: term_ids.into(),
            languages: languages.into(),
            points: points.into(),
            places: places.into(),
            hours: place_hours(s, ctx).into(),
            verified: verified_date(s),
            flags,
        }
    }

    pub fn service_id(&self) -> Uuid {
        self.id
    }

    /// Open at `now`: `Some(true)` if open at any of its places, `Some(false)` if the hours
    /// say closed everywhere (or a closure covers today), `None` if no hours are published.
    pub fn open_now(&self, now: Timestamp) -> Option<bool> {
        let mut answer = None;
        for h in self.hours.iter() {
            match h.open_at(now) {
                Some(true) => return Some(true),
                Some(false) => answer = Some(false),
                None => {}
            }
        }
        answer
    }

    /// Whether the regular hours cover `time` on `weekday` at some place, in each place's
    /// own zone (validity periods and closures are not considered: no date is given).
    /// `None` if no hours are published.
    pub fn open_at_weekly(&self, weekday: jiff::civil::Weekday, time: Time) -> Option<bool> {
        let day = puerta_domain::Weekday::ALL
            .get(usize::try_from(weekday.to_monday_zero_offset()).unwrap_or(0))
            .copied()?;
        let mut answer = None;
        for h in self.hours.iter().filter(|h| h.hours.is_known()) {
            if h.hours.is_open_at(day, time) {
                return Some(true);
            }
            answer = Some(false);
        }
        answer
    }

    /// Whether some place is open at a local date and time (in each place's own zone;
    /// closures and validity periods apply). `None` if no hours are published.
    pub fn open_at_local(&self, when: DateTime) -> Option<bool> {
        let mut answer = None;
        for h in self.hours.iter() {
            if h.hours.is_known() {
                if h.hours.is_open_at_local(when) {
                    return Some(true);
                }
                answer = Some(false);
            } else if h.hours.closure_on(when.date()).is_some() {
                answer = Some(false);
            }
        }
        answer
    }

    /// The parsed hours of each place (one entry per distinct set of hours), e.g. to show
    /// the next opening of a result.
    pub fn opening_hours(&self) -> impl Iterator<Item = &OpeningHours> {
        self.hours.iter().map(|h| &h.hours)
    }

    /// Distance in metres from a point to the nearest place of the service with
    /// coordinates; `None` if it has none (or the point is not on Earth).
    pub fn nearest_m(&self, lat: f64, lon: f64) -> Option<f64> {
        crate::geo::Origin::new(lat, lon, None)?.nearest(&self.places)
    }

    /// The service's places with coordinates, prepared for [`crate::geo::Origin`].
    pub fn places(&self) -> &[GeoPoint] {
        &self.places
    }

    /// When the information was last checked: HSDS `assured_date`, else the date (UTC) of
    /// `last_modified`, else the latest change recorded in the service's `metadata`.
    pub fn verified(&self) -> Option<Date> {
        self.verified
    }

    /// (latitude, longitude) in degrees of the service's places with coordinates.
    pub fn points(&self) -> &[(f64, f64)] {
        &self.points
    }

    /// Ids of the taxonomy terms the service is classified under (sorted).
    pub fn term_ids(&self) -> &[Uuid] {
        &self.term_ids
    }

    /// Languages spoken (service and location `languages`), as primary ISO 639 codes.
    pub fn languages(&self) -> &[LangCode] {
        &self.languages
    }

    /// Whether staff speak `code` (`es`, `es-MX`, `spa` are the same; `zh-Hant` is `zh`).
    pub fn speaks(&self, code: &str) -> bool {
        LangCode::parse(code).is_some_and(|c| self.speaks_code(c))
    }

    pub fn speaks_code(&self, code: LangCode) -> bool {
        self.languages.binary_search(&code).is_ok()
    }

    /// Known to be free (`Some(true)`), known to cost something (`Some(false)`), or unknown.
    pub fn free(&self) -> Option<bool> {
        self.flags.get(Fact::Free)
    }

    /// Walk-ins seen (`Some(true)`), appointment needed (`Some(false)`), or unknown.
    pub fn walk_in(&self) -> Option<bool> {
        self.flags.get(Fact::WalkIn)
    }

    /// Some place is wheelchair accessible (`Some(true)`), none is (`Some(false)`), unknown.
    pub fn accessible(&self) -> Option<bool> {
        self.flags.get(Fact::Accessible)
    }

    /// No identity document asked (`Some(true)`), one is asked (`Some(false)`), unknown.
    pub fn no_id_required(&self) -> Option<bool> {
        self.flags.get(Fact::NoId)
    }

    /// No SSN asked (`Some(true)`), an SSN is asked (`Some(false)`), unknown.
    pub fn no_ssn_required(&self) -> Option<bool> {
        self.flags.get(Fact::NoSsn)
    }

    /// Whether the service publishes any usable hours.
    pub fn has_hours(&self) -> bool {
        self.hours.iter().any(|h| h.hours.is_known())
    }
}

/// The date of the latest verification (see [`ServiceFacts::verified`]).
fn verified_date(s: &Service) -> Option<Date> {
    s.assured_date
        .or_else(|| s.last_modified.map(|t| t.to_zoned(TimeZone::UTC).date()))
        .or_else(|| s.metadata.iter().map(|m| m.last_action_date).max())
}

/// The hours of each place of the service (see [`effective_schedules`]), deduplicated.
fn place_hours(s: &Service, ctx: &FactsContext) -> Vec<PlaceHours> {
    let mut out: Vec<PlaceHours> = Vec::new();
    let mut seen: HashSet<(Vec<Uuid>, String)> = HashSet::new();
    let mut add = |schedules: Vec<&Schedule>, zone: Option<TimeZone>| {
        if schedules.is_empty() && ctx.closures.is_empty() {
            return;
        }
        let mut ids: Vec<Uuid> = schedules.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        let zone_key = zone
            .as_ref()
            .map(|z| z.iana_name().unwrap_or("fixed").to_owned() + &format!("{z:?}"))
            .unwrap_or_default();
        if !seen.insert((ids, zone_key)) {
            return;
        }
        // Search never shows the reasons or descriptions: drop them to keep facts small.
        let lean: Vec<Schedule> = schedules
            .iter()
            .map(|s| Schedule {
                description: None,
                notes: None,
                attributes: Vec::new(),
                metadata: Vec::new(),
                schedule_link: None,
                attending_type: None,
                ..(*s).clone()
            })
            .collect();
        out.push(PlaceHours::new(OpeningHours::new(
            &lean,
            zone,
            &ctx.closures,
        )));
    };
    if s.service_at_locations.is_empty() {
        let eff = effective_schedules(s, None, None);
        add(eff.schedules, ctx.default_zone.clone());
    } else {
        for sal in &s.service_at_locations {
            let eff = effective_schedules(s, Some(sal), None);
            let zone = sal
                .location
                .as_ref()
                .and_then(zone_of_location)
                .or_else(|| ctx.default_zone.clone());
            add(eff.schedules, zone);
        }
    }
    // Places without any hours add nothing; a service whose only "hours" are closures keeps
    // them (so that "closed today" can be said).
    out
}

/// The IANA zone of a location, from the state or territory of its (physical) address.
pub fn zone_of_location(l: &Location) -> Option<TimeZone> {
    let a = l
        .addresses
        .iter()
        .find(|a| a.address_type == PlaceKind::Physical)
        .or_else(|| l.addresses.first())?;
    let country = a.country.as_str().trim().to_ascii_uppercase();
    if !matches!(country.as_str(), "US" | "USA" | "UNITED STATES") {
        return None;
    }
    let name = us_zone_name(a.state_province.as_str())?;
    TimeZone::get(name).ok()
}

/// The IANA zone of most people of a US state or territory (two-letter code or name).
pub fn us_zone_name(state: &str) -> Option<&'static str> {
    let s = state.trim().to_ascii_uppercase().replace('.', "");
    const EASTERN: &str = "America/New_York";
    const CENTRAL: &str = "America/Chicago";
    const MOUNTAIN: &str = "America/Denver";
    const PACIFIC: &str = "America/Los_Angeles";
    Some(match s.as_str() {
        "CT"
        | "CONNECTICUT"
        | "DE"
        | "DELAWARE"
        | "DC"
        | "DISTRICT OF COLUMBIA"
        | "FL"
        | "FLORIDA"
        | "GA"
        | "GEORGIA"
        | "ME"
        | "MAINE"
        | "MD"
        | "MARYLAND"
        | "MA"
        | "MASSACHUSETTS"
        | "NH"
        | "NEW HAMPSHIRE"
        | "NJ"
        | "NEW JERSEY"
        | "NY"
        | "NEW YORK"
        | "NC"
        | "NORTH CAROLINA"
        | "OH"
        | "OHIO"
        | "PA"
        | "PENNSYLVANIA"
        | "RI"
        | "RHODE ISLAND"
        | "SC"
        | "SOUTH CAROLINA"
        | "VT"
        | "VERMONT"
        | "VA"
        | "VIRGINIA"
        | "WV"
        | "WEST VIRGINIA"
        | "KY"
        | "KENTUCKY" => EASTERN,
        "MI" | "MICHIGAN" => "America/Detroit",
        "IN" | "INDIANA" => "America/Indiana/Indianapolis",
        "AL" | "ALABAMA" | "AR" | "ARKANSAS" | "IL" | "ILLINOIS" | "IA" | "IOWA" | "KS"
        | "KANSAS" | "LA" | "LOUISIANA" | "MN" | "MINNESOTA" | "MS" | "MISSISSIPPI" | "MO"
        | "MISSOURI" | "NE" | "NEBRASKA" | "ND" | "NORTH DAKOTA" | "OK" | "OKLAHOMA" | "SD"
        | "SOUTH DAKOTA" | "TN" | "TENNESSEE" | "TX" | "TEXAS" | "WI" | "WISCONSIN" => CENTRAL,
        "CO" | "COLORADO" | "MT" | "MONTANA" | "NM" | "NEW MEXICO" | "UT" | "UTAH" | "WY"
        | "WYOMING" => MOUNTAIN,
        "ID" | "IDAHO" => "America/Boise",
        "AZ" | "ARIZONA" => "America/Phoenix",
        "CA" | "CALIFORNIA" | "NV" | "NEVADA" | "OR" | "OREGON" | "WA" | "WASHINGTON" => PACIFIC,
        "AK" | "ALASKA" => "America/Anchorage",
        "HI" | "HAWAII" => "Pacific/Honolulu",
        "PR" | "PUERTO RICO" => "America/Puerto_Rico",
        "VI" | "US VIRGIN ISLANDS" | "VIRGIN ISLANDS" => "America/St_Thomas",
        "GU" | "GUAM" => "Pacific/Guam",
        "AS" | "AMERICAN SAMOA" => "Pacific/Pago_Pago",
        "MP" | "NORTHERN MARIANA ISLANDS" => "Pacific/Saipan",
        _ => return None,
    })
}

/// The term tree of a taxonomy (or several), for "this term or any narrower one".
#[derive(Debug, Clone, Default)]
pub struct TermTree {
    children: HashMap<Uuid, Vec<Uuid>>,
    parent: HashMap<Uuid, Uuid>,
}

impl TermTree {
    pub fn from_terms(terms: &[TaxonomyTerm]) -> Self {
        let mut tree = Self::default();
        for t in terms {
            if let Some(p) = t.parent_id.filter(|p| *p != t.id) {
                tree.children.entry(p).or_default().push(t.id);
                tree.parent.insert(t.id, p);
            }
        }
        tree
    }

    /// `ids` and all their descendants. Safe on cycles (each term is visited once).
    pub fn expand(&self, ids: &[Uuid]) -> HashSet<Uuid> {
        let mut out: HashSet<Uuid> = HashSet::with_capacity(ids.len() * 4);
        let mut stack: Vec<Uuid> = ids.to_vec();
        while let Some(id) = stack.pop() {
            if out.insert(id) {
                if let Some(kids) = self.children.get(&id) {
                    stack.extend(kids.iter().copied());
                }
            }
        }
        out
    }

    /// The parent, grandparent, … of a term, nearest first. Safe on cycles.
    pub fn ancestors(&self, id: Uuid) -> Vec<Uuid> {
        let mut out = Vec::new();
        let mut seen = HashSet::from([id]);
        let mut current = id;
        while let Some(&p) = self.parent.get(&current) {
            if !seen.insert(p) {
                break;
            }
            out.push(p);
            current = p;
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Attribute codes

/// The Puerta codes found in the attributes of a service and of its places.
struct AttributeCodes(Vec<String>);

impl AttributeCodes {
    fn of(s: &Service) -> Self {
        let mut attrs: Vec<&Attribute> = s.attributes.iter().collect();
        for sal in &s.service_at_locations {
            attrs.extend(&sal.attributes);
            if let Some(l) = &sal.location {
                attrs.extend(&l.attributes);
                attrs.extend(l.accessibility.iter().flat_map(|a| &a.attributes));
            }
        }
        for r in &s.required_documents {
            attrs.extend(&r.attributes);
        }
        Self(attrs.into_iter().flat_map(attribute_codes).collect())
    }

    fn has(&self, code: &str) -> bool {
        self.0.iter().any(|c| c == code)
    }

    /// Combines the attribute codes for yes/no with what the rest of the data says: any
    /// "no" wins, then any "yes".
    fn decide(&self, yes: &str, no: &str, other: Option<bool>) -> Option<bool> {
        if self.has(no) || other == Some(false) {
            Some(false)
        } else if self.has(yes) || other == Some(true) {
            Some(true)
        } else {
            None
        }
    }
}

fn attribute_codes(a: &Attribute) -> impl Iterator<Item = String> + '_ {
    let term_code = a
        .taxonomy_term
        .as_ref()
        .and_then(|t| t.code.as_ref())
        .map(|c| c.as_str());
    a.value
        .as_deref()
        .into_iter()
        .chain(term_code)
        .map(|v| v.trim().to_ascii_lowercase().replace(['-', ' '], "_"))
}

// ---------------------------------------------------------------------------------------
// Text cues

/// Text split into lower-case words, with `|` between sentences (at `.;:()!?*•` and line
/// breaks) and `,` between parts of a sentence, so that a cue never reaches into the next
/// part. Apostrophes are dropped (`don't` → `dont`), `$` is a word of its own.
struct Words(Vec<String>);

fn is_break(w: &str) -> bool {
    w == "|" || w == ","
}

impl Words {
    fn new(text: &str) -> Self {
        let mut out: Vec<String> = Vec::new();
        let mut word = String::new();
        let flush = |w: &mut String, out: &mut Vec<String>| {
            if !w.is_empty() {
                out.push(std::mem::take(w));
            }
        };
        for c in text.chars() {
            match c {
                '\'' | '’' | '‘' => {}
                c if c.is_alphanumeric() => word.extend(c.to_lowercase()),
                '$' => {
                    flush(&mut word, &mut out);
                    out.push("$".to_owned());
                }
                ',' => {
                    flush(&mut word, &mut out);
                    if out.last().is_some_and(|w| !is_break(w)) {
                        out.push(",".to_owned());
                    }
                }
                '.' | ';' | ':' | '(' | ')' | '!' | '?' | '\n' | '\r' | '*' | '•' => {
                    flush(&mut word, &mut out);
                    match out.last_mut() {
                        Some(last) if last == "," => *last = "|".to_owned(),
                        Some(last) if last != "|" => out.push("|".to_owned()),
                        _ => {}
                    }
                }
                _ => flush(&mut word, &mut out),
            }
        }
        flush(&mut word, &mut out);
        Self(out)
    }

    /// Start indices of `phrase` (words).
    fn find<'a>(&'a self, phrase: &'a [&'a str]) -> impl Iterator<Item = usize> + 'a {
        let n = phrase.len();
        (0..self.0.len().saturating_sub(n.saturating_sub(1)))
            .filter(move |&i| n > 0 && self.0[i..i + n].iter().zip(phrase).all(|(a, b)| a == b))
    }

    fn has(&self, phrase: &[&str]) -> bool {
        self.find(phrase).next().is_some()
    }

    /// The part of a sentence (between `|` or `,` marks) around word `i`.
    fn clause(&self, i: usize) -> &[String] {
        self.span(i, is_break)
    }

    /// The sentence (between `|` marks) around word `i`.
    fn sentence(&self, i: usize) -> &[String] {
        self.span(i, |w| w == "|")
    }

    fn span(&self, i: usize, stop: impl Fn(&str) -> bool) -> &[String] {
        let start = self.0[..i]
            .iter()
            .rposition(|w| stop(w))
            .map_or(0, |p| p + 1);
        let end = self.0[i..]
            .iter()
            .position(|w| stop(w))
            .map_or(self.0.len(), |p| i + p);
        &self.0[start..end]
    }

    /// Whether one of `words` is among the `n` words before `i`, within the clause.
    fn before(&self, i: usize, n: usize, words: &[&str]) -> bool {
        self.0[i.saturating_sub(n)..i]
            .iter()
            .rev()
            .take_while(|w| !is_break(w))
            .any(|w| words.contains(&w.as_str()))
    }

    /// Whether `phrase` starts among the `n` words after the phrase of length `len` at `i`,
    /// within the sentence (across commas: "tuition, exam fees and … are paid by a grant").
    fn after_phrase(&self, i: usize, len: usize, n: usize, phrase: &[&str]) -> bool {
        let from = i + len;
        let to = (from + n).min(self.0.len());
        (from..to).take_while(|&j| self.0[j] != "|").any(|j| {
            self.0.len() >= j + phrase.len()
                && self.0[j..j + phrase.len()]
                    .iter()
                    .zip(phrase)
                    .all(|(a, b)| a == b)
        })
    }

    /// Whether one of `words` is among the `n` words after the phrase of length `len` at `i`.
    fn after(&self, i: usize, len: usize, n: usize, words: &[&str]) -> bool {
        self.0
            .iter()
            .skip(i + len)
            .take(n)
            .take_while(|w| !is_break(w))
            .any(|w| words.contains(&w.as_str()))
    }
}

const NEGATIONS: &[&str] = &["no", "not", "without", "dont", "doesnt", "never", "nor"];

fn clause_has(clause: &[String], words: &[&str]) -> bool {
    clause.iter().any(|w| words.contains(&w.as_str()))
}

fn clause_has_phrase(clause: &[String], phrase: &[&str]) -> bool {
    clause
        .windows(phrase.len())
        .any(|win| win.iter().zip(phrase).all(|(a, b)| a == b))
}

/// Merges three-valued answers conservatively: any "no" wins, then any "yes".
fn merge(answers: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut out = None;
    for a in answers {
        match a {
            Some(false) => return Some(false),
            Some(true) => out = Some(true),
            None => {}
        }
    }
    out
}

// --- cost ---

/// Whether a service is free, from its `cost_options` and its fee texts (`fees_description`,
/// the HSDS 1 `fees`), plus a few unmistakable phrases of its description and application
/// process ("free of charge", "at no cost"). Anything that costs money — a fee, a sliding
/// scale, tuition, a deposit, an amount in dollars — makes it not free, even next to a free
/// option; a voluntary donation does not.
pub fn is_free(s: &Service) -> Option<bool> {
    let options = s.cost_options.iter().map(|o| {
        let text = [o.option.as_deref(), o.amount_description.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ");
        cost_option_is_free(&text, o.amount)
    });
    let fee_texts = [s.fees_description.as_deref(), s.fees.as_deref()]
        .into_iter()
        .flatten()
        .map(fee_text_is_free);
    let other_texts = [s.application_process.as_deref(), s.description.as_deref()]
        .into_iter()
        .flatten()
        .map(|t| {
            let w = Words::new(t);
            if text_charges(&w, false) {
                Some(false)
            } else if free_phrase(&w, false) {
                Some(true)
            } else {
                None
            }
        });
    merge(options.chain(fee_texts).chain(other_texts))
}

/// One HSDS `cost_option`: its text (option and amount description) and amount.
pub fn cost_option_is_free(text: &str, amount: Option<f64>) -> Option<bool> {
    let w = Words::new(text);
    if w.has(&["donation"]) || w.has(&["donations"]) {
        // A suggested donation is not a price.
        return None;
    }
    if amount.is_some_and(|a| a > 0.0) || text_charges(&w, true) {
        return Some(false);
    }
    if free_phrase(&w, true) || (amount == Some(0.0) && w.0.is_empty()) {
        return Some(true);
    }
    if amount == Some(0.0) {
        // An amount of 0 under a name that is neither free nor a charge ("Insurance
        // accepted", "Sliding scale" is caught above): not enough to say free.
        return None;
    }
    None
}

/// A fee text (`fees_description`, HSDS 1 `fees`).
pub fn fee_text_is_free(text: &str) -> Option<bool> {
    let w = Words::new(text);
    if text_charges(&w, true) {
        Some(false)
    } else if free_phrase(&w, true) {
        Some(true)
    } else {
        None
    }
}

/// Words for money asked. `fee`, `cost`, `charge`, `tuition` count unless negated ("no fee",
/// "at no cost", "fees are waived", "fees are paid by a grant"). `about_cost`: the text is a
/// fee field or cost option; in other text (a description) only fees, tuition, co-pays and
/// sliding scales count, since "pay", "insurance" or "$54,000" there need not be a price.
fn text_charges(w: &Words, about_cost: bool) -> bool {
    const ALWAYS: &[&[&str]] = &[
        &["sliding"],
        &["copay"],
        &["copays"],
        &["co", "pay"],
        &["co", "pays"],
    ];
    const ALWAYS_ABOUT_COST: &[&[&str]] = &[
        &["deposit"],
        &["membership"],
        &["interest"],
        &["insurance"],
        &["medicaid"],
        &["medicare"],
        &["low", "cost"],
        &["reduced"],
        &["per", "hour"],
        &["per", "session"],
        &["per", "visit"],
        &["per", "month"],
        &["per", "class"],
        &["per", "credit"],
    ];
    const NEGATABLE: &[&str] = &["fee", "fees", "tuition"];
    const NEGATABLE_ABOUT_COST: &[&str] = &[
        "cost", "costs", "charge", "charges", "charged", "price", "pay", "payment",
    ];
    if ALWAYS.iter().any(|p| w.has(p)) {
        return true;
    }
    if about_cost {
        if ALWAYS_ABOUT_COST.iter().any(|p| w.has(p)) {
            return true;
        }
        // An amount in dollars other than $0.
        for i in w.find(&["$"]) {
            if let Some(next) = w.0.get(i + 1) {
                if next.chars().all(|c| c.is_ascii_digit()) && next.chars().any(|c| c != '0') {
                    return true;
                }
            }
        }
    }
    for (i, word) in w.0.iter().enumerate() {
        let word = word.as_str();
        if !(NEGATABLE.contains(&word) || about_cost && NEGATABLE_ABOUT_COST.contains(&word)) {
            continue;
        }
        let negated = w.before(i, 3, &["no", "without", "free", "zero", "not", "nor"])
            || [
                &["waived"][..],
                &["covered"],
                &["paid", "by"],
                &["paid", "for", "by"],
                &["is", "free"],
                &["are", "free"],
                &["included"],
                &["none"],
            ]
            .iter()
            .any(|p| w.after_phrase(i, 1, 10, p));
        let unable = word == "pay"
            && (w.before(i, 3, &["unable", "inability", "cannot", "cant"])
                || w.after(i, 1, 1, &["nothing"]));
        if !negated && !unable {
            return true;
        }
    }
    false
}

/// Phrases that say free. `loose`: the text is about cost (a fee field or cost option), so
/// "free" alone counts; otherwise only unmistakable phrases count ("free play" is no price).
fn free_phrase(w: &Words, loose: bool) -> bool {
    const STRICT: &[&[&str]] = &[
        &["free", "of", "charge"],
        &["at", "no", "cost"],
        &["at", "no", "charge"],
        &["no", "cost", "to"],
        &["there", "is", "no", "cost"],
        &["there", "is", "no", "charge"],
        &["there", "is", "no", "fee"],
        &["services", "are", "free"],
        &["service", "is", "free"],
        &["all", "services", "are", "free"],
        &["free", "and", "confidential"],
    ];
    const LOOSE: &[&[&str]] = &[
        &["free"],
        &["no", "cost"],
        &["no", "charge"],
        &["no", "fee"],
        &["no", "fees"],
        &["gratis"],
        &["gratuito"],
        &["gratuita"],
        &["gratuit"],
        &["none"],
    ];
    STRICT.iter().any(|p| w.has(p)) || (loose && LOOSE.iter().any(|p| w.has(p)))
}

// --- walk-in ---

/// Whether one can come without an appointment, from the application process, the
/// eligibility and description texts and the schedules' `attending_type`.
pub fn walk_in(s: &Service) -> Option<bool> {
    let mut texts: Vec<&str> = [
        s.application_process.as_deref(),
        s.eligibility_description.as_deref(),
        s.description.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let schedules = s.schedules.iter().chain(
        s.service_at_locations
            .iter()
            .flat_map(|sal| sal.schedules.iter()),
    );
    texts.extend(schedules.filter_map(|sc| sc.attending_type.as_deref()));
    merge(texts.into_iter().map(walk_in_text))
}

/// One text: `Some(true)` "walk-in", `Some(false)` "appointment required" / "no walk-ins".
pub fn walk_in_text(text: &str) -> Option<bool> {
    let w = Words::new(text);
    const WALK: &[&[&str]] = &[
        &["walk", "in"],
        &["walk", "ins"],
        &["walkin"],
        &["walkins"],
        &["drop", "in"],
        &["drop", "ins"],
    ];
    // "walk-in freezer" is not a way in.
    const THINGS: &[&str] = &[
        "freezer",
        "freezers",
        "cooler",
        "coolers",
        "closet",
        "closets",
        "refrigerator",
        "fridge",
        "shower",
        "showers",
        "tub",
        "bathtub",
    ];
    let mut yes = false;
    for p in WALK {
        for i in w.find(p) {
            if w.after(i, p.len(), 1, THINGS) {
                continue;
            }
            let refused = w.before(i, 2, &["no", "not"])
                || w.after(i, p.len(), 4, &["not", "no", "never"])
                || clause_has_phrase(w.clause(i), &["do", "not", "accept"])
                || clause_has_phrase(w.clause(i), &["does", "not", "accept"]);
            if refused {
                return Some(false);
            }
            yes = true;
        }
    }
    const NO_APPOINTMENT: &[&[&str]] = &[
        &["no", "appointment"],
        &["no", "appointments"],
        &["without", "an", "appointment"],
        &["without", "appointment"],
        &["appointment", "not", "required"],
        &["appointment", "not", "needed"],
        &["appointment", "is", "not", "required"],
        &["appointments", "not", "required"],
        &["appointments", "are", "not", "required"],
    ];
    yes |= NO_APPOINTMENT.iter().any(|p| w.has(p));
    const APPOINTMENT_NEEDED: &[&[&str]] = &[
        &["appointment", "required"],
        &["appointments", "required"],
        &["appointment", "is", "required"],
        &["appointments", "are", "required"],
        &["appointment", "only"],
        &["appointments", "only"],
        &["appointment", "needed"],
        &["appointment", "is", "needed"],
        &["appointment", "necessary"],
        &["must", "make", "an", "appointment"],
        &["must", "call", "to", "make", "an", "appointment"],
        &["must", "call", "for", "an", "appointment"],
        &["must", "call", "to", "schedule"],
        &["must", "call", "for", "appointment"],
        &["must", "call", "first"],
        &["must", "schedule"],
        &["must", "have", "an", "appointment"],
        &["requires", "an", "appointment"],
        &["require", "an", "appointment"],
    ];
    for p in APPOINTMENT_NEEDED {
        for i in w.find(p) {
            // "no appointment required" says the opposite.
            if !w.before(i, 1, &["no", "not"]) {
                return Some(false);
            }
        }
    }
    yes.then_some(true)
}

// --- documents ---

/// Words that name an identity document.
const ID_NOUNS: &[&[&str]] = &[
    &["id"],
    &["ids"],
    &["identification"],
    &["identity"],
    &["passport"],
    &["passports"],
    &["license"],
    &["licence"],
    &["green", "card"],
    &["id", "card"],
];

/// Words that name a Social Security number or card.
const SSN_NOUNS: &[&[&str]] = &[
    &["ssn"],
    &["ssns"],
    &["social", "security", "number"],
    &["social", "security", "numbers"],
    &["social", "security", "card"],
    &["social", "security", "cards"],
    &["social", "security", "no"],
];

/// Words that make a mention of a document a demand (in description text, where a mention
/// alone proves nothing).
const DEMANDS: &[&str] = &[
    "bring",
    "must",
    "required",
    "require",
    "requires",
    "requirement",
    "requirements",
    "need",
    "needed",
    "needs",
    "necessary",
    "present",
    "show",
    "provide",
    "proof",
    "valid",
    "submit",
    "copy",
    "copies",
    "original",
];

/// Marks of an optional document ("if you have one").
fn optional(clause: &[String]) -> bool {
    clause_has_phrase(clause, &["if", "you", "have"])
        || clause_has_phrase(clause, &["if", "available"])
        || clause_has_phrase(clause, &["if", "any"])
        || clause_has(clause, &["optional", "recommended"])
}

/// How one text speaks of a kind of document: `Some(true)` "not required", `Some(false)`
/// asked for. `listed`: the text is itself a list of documents to bring
/// (`required_documents`, application process, eligibility), so a plain mention is a demand.
fn document_text(
    text: &str,
    nouns: &[&[&str]],
    listed: bool,
    accepted_instead: &[&str],
) -> Option<bool> {
    let w = Words::new(text);
    let mut answer = None;
    for noun in nouns {
        for i in w.find(noun) {
            // "identification number" (ITIN) and "student id number" are numbers, not
            // identity documents, for the ID question.
            if noun == &["identification"] && w.after(i, 1, 1, &["number"]) {
                continue;
            }
            let clause = w.clause(i);
            let negated = w.before(i, 4, NEGATIONS)
                || w.after(i, noun.len(), 3, &["not", "never"])
                || clause_has(clause, &["dont", "doesnt"]);
            if negated {
                answer = answer.or(Some(true));
                continue;
            }
            if optional(w.sentence(i)) || clause_has(w.sentence(i), accepted_instead) {
                continue;
            }
            if listed || clause_has(clause, DEMANDS) {
                return Some(false);
            }
        }
    }
    answer
}

fn document_texts(s: &Service) -> impl Iterator<Item = (&str, bool)> {
    let listed = s
        .required_documents
        .iter()
        .filter_map(|d| d.document.as_deref())
        .chain(s.application_process.as_deref())
        .chain(s.eligibility_description.as_deref())
        .map(|t| (t, true));
    listed.chain(s.description.as_deref().map(|t| (t, false)))
}

/// Whether the service asks for no identity document (see [`document_text`]).
pub fn no_id_required(s: &Service) -> Option<bool> {
    merge(document_texts(s).map(|(t, listed)| id_text(t, listed)))
}

/// One text, for the ID question.
pub fn id_text(text: &str, listed: bool) -> Option<bool> {
    document_text(text, ID_NOUNS, listed, &[])
}

/// Whether the service asks for no Social Security number (an ITIN accepted instead
/// counts as not asking).
pub fn no_ssn_required(s: &Service) -> Option<bool> {
    merge(document_texts(s).map(|(t, listed)| ssn_text(t, listed)))
}

/// One text, for the SSN question.
pub fn ssn_text(text: &str, listed: bool) -> Option<bool> {
    document_text(text, SSN_NOUNS, listed, &["itin", "itins"])
}

// --- accessibility ---

/// Whether some place of the service is wheelchair accessible: Puerta attribute codes, and
/// HSDS `accessibility` records (Miami's "Handicap accessible").
pub fn accessible(s: &Service) -> Option<bool> {
    let mut any_no = false;
    let service_codes: Vec<String> = s.attributes.iter().flat_map(attribute_codes).collect();
    let service_no = service_codes
        .iter()
        .any(|c| c == codes::NOT_WHEELCHAIR_ACCESSIBLE);
    let service_yes = service_codes
        .iter()
        .any(|c| c == codes::WHEELCHAIR_ACCESSIBLE);
    if service_no {
        return Some(false);
    }
    let mut any_yes = false;
    for sal in &s.service_at_locations {
        let Some(l) = &sal.location else { continue };
        let place_codes: Vec<String> = sal
            .attributes
            .iter()
            .chain(&l.attributes)
            .chain(l.accessibility.iter().flat_map(|a| &a.attributes))
            .flat_map(attribute_codes)
            .collect();
        let coded_no = place_codes
            .iter()
            .any(|c| c == codes::NOT_WHEELCHAIR_ACCESSIBLE);
        let coded_yes = place_codes
            .iter()
            .any(|c| c == codes::WHEELCHAIR_ACCESSIBLE);
        let text = merge(l.accessibility.iter().map(accessibility_record));
        match (
            coded_no || text == Some(false),
            coded_yes || text == Some(true),
        ) {
            (true, _) => any_no = true,
            (false, true) => any_yes = true,
            (false, false) => {}
        }
    }
    if any_yes || (service_yes && !any_no) {
        Some(true)
    } else if any_no {
        Some(false)
    } else {
        None
    }
}

/// One HSDS accessibility record (description and details).
pub fn accessibility_record(a: &Accessibility) -> Option<bool> {
    let text = [a.description.as_deref(), a.details.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(". ");
    accessibility_text(&text)
}

/// One accessibility text: `Some(true)` step-free / wheelchair access, `Some(false)` not.
pub fn accessibility_text(text: &str) -> Option<bool> {
    let w = Words::new(text);
    const NOT: &[&[&str]] = &[
        &["not", "accessible"],
        &["not", "wheelchair"],
        &["not", "handicap"],
        &["not", "ada"],
        &["inaccessible"],
        &["no", "wheelchair"],
        &["no", "elevator"],
        &["no", "elevators"],
        &["no", "ramp"],
        &["no", "lift"],
        &["no", "step", "free"],
        &["no", "handicap"],
        &["no", "accessible"],
        &["stairs", "only"],
        &["only", "by", "stairs"],
        &["only", "stairs"],
        &["steps", "at", "the", "entrance"],
        &["steps", "to", "the", "entrance"],
        &["up", "a", "flight"],
        &["flight", "of", "stairs"],
        &["flights", "of", "stairs"],
        &["is", "not", "accessible"],
        &["are", "not", "accessible"],
        &["limited", "accessibility"],
        &["limited", "access"],
        &["elevator", "is", "out"],
        &["elevator", "out", "of", "service"],
    ];
    if NOT.iter().any(|p| w.has(p)) {
        return Some(false);
    }
    const YES: &[&[&str]] = &[
        &["accessible"],
        &["wheelchair"],
        &["wheelchairs"],
        &["step", "free"],
        &["stepfree"],
        &["no", "steps"],
        &["no", "stairs"],
        &["ramp"],
        &["ramps"],
        &["elevator"],
        &["elevators"],
        &["lift"],
        &["ground", "floor"],
        &["single", "level"],
        &["one", "level"],
        &["level", "entrance"],
        &["ada"],
        &["handicap"],
        &["handicapped"],
    ];
    YES.iter().any(|p| w.has(p)).then_some(true)
}
