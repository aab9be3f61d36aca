//! The shipped demo directory, `data/demo/services.json` (the fictional city of Sycamore
//! Falls, Ohio): it must parse into the domain types, link only to shipped Open Eligibility
//! terms, cover every theme Puerta is built for, and use only fictional contact details.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use puerta_domain::ids::stable_id;
use puerta_domain::{
    distance_m, Frequency, Latitude, Longitude, PlaceKind, Schedule, Service, ServiceStatus,
};
use serde_json::Value;
use uuid::Uuid;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn demo_text() -> String {
    std::fs::read_to_string(repo().join("data/demo/services.json")).expect("demo services")
}

fn demo_json() -> Vec<Value> {
    serde_json::from_str(&demo_text()).expect("demo services are a JSON array")
}

fn services() -> Vec<Service> {
    let text = demo_text();
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de)
        .unwrap_or_else(|e| panic!("data/demo/services.json at {}: {}", e.path(), e.inner()))
}

/// Open Eligibility terms shipped in `data/taxonomies/open-eligibility/taxonomy.csv`, by the
/// UUID Puerta gives them: (integer id, name).
fn open_eligibility() -> HashMap<Uuid, (u32, String)> {
    let path = repo().join("data/taxonomies/open-eligibility/taxonomy.csv");
    let mut reader = csv::Reader::from_path(&path).expect("taxonomy.csv");
    let mut terms = HashMap::new();
    for row in reader.records() {
        let row = row.expect("taxonomy.csv row");
        let code: u32 = row[0].parse().expect("integer id");
        let id = stable_id("open-eligibility", "taxonomy_term", &row[0]);
        terms.insert(id, (code, row[1].to_owned()));
    }
    assert_eq!(terms.len(), 289, "the shipped taxonomy has 289 terms");
    terms
}

/// The Open Eligibility codes a service is linked to.
fn codes(s: &Service, terms: &HashMap<Uuid, (u32, String)>) -> BTreeSet<u32> {
    s.taxonomy_term_ids()
        .filter_map(|id| terms.get(&id).map(|(c, _)| *c))
        .collect()
}

/// Every schedule of a service: its own and those of its service-at-locations.
fn schedules(s: &Service) -> Vec<&Schedule> {
    s.schedules
        .iter()
        .chain(
            s.service_at_locations
                .iter()
                .flat_map(|sal| sal.schedules.iter()),
        )
        .collect()
}

fn days(s: &Schedule) -> Vec<String> {
    s.byday
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(|t| {
            t.trim()
                .trim_start_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit())
                .to_owned()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

fn has_requirement(s: &Service, value: &str) -> bool {
    s.attributes
        .iter()
        .any(|a| a.link_type.as_deref() == Some("requirement") && a.value.as_deref() == Some(value))
}

fn is_free(s: &Service) -> bool {
    s.cost_options
        .iter()
        .any(|c| c.option.as_deref() == Some("Free") && c.amount == Some(0.0))
}

fn has_cost_option(s: &Service, option: &str) -> bool {
    s.cost_options
        .iter()
        .any(|c| c.option.as_deref() == Some(option))
}

#[test]
fn every_demo_service_parses_and_passes_the_domain_checks() {
    let all = services();
    assert!(
        (45..=60).contains(&all.len()),
        "expected 45 to 60 demo services, found {}",
        all.len()
    );
    for s in &all {
        s.check()
            .unwrap_or_else(|e| panic!("service {:?}: {e}", s.name.as_str()));
        let org = s
            .organization
            .as_ref()
            .expect("every demo service embeds its organization");
        assert_eq!(s.organization_id, Some(org.id), "{}", s.name);
        if let Some(p) = &s.program {
            assert_eq!(s.program_id, Some(p.id), "{}", s.name);
            assert_eq!(p.organization_id, Some(org.id), "{}", s.name);
        }
        let description = s.description.as_deref().unwrap_or("");
        assert!(
            (80..=700).contains(&description.len()),
            "{}: description should be a few plain sentences",
            s.name
        );
        assert!(
            s.url.is_some() && s.email.is_some(),
            "{}: url and email",
            s.name
        );
        assert!(!s.languages.is_empty(), "{}: languages", s.name);
        assert!(!s.cost_options.is_empty(), "{}: cost options", s.name);
        assert!(!s.phones.is_empty(), "{}: phones", s.name);
        assert!(
            s.application_process.is_some(),
            "{}: application process",
            s.name
        );
        let year = |d: jiff::civil::Date| d.year();
        assert_eq!(s.assured_date.map(year), Some(2026), "{}", s.name);
        let modified = s.last_modified.expect("last_modified");
        assert!(modified.to_string().starts_with("2026-"), "{}", s.name);
        for sal in &s.service_at_locations {
            assert_eq!(sal.service_id, Some(s.id));
            let loc = sal.location.as_ref().expect("embedded location");
            assert_eq!(sal.location_id, Some(loc.id));
        }
        // `Service::check` covers the service's own schedules; check the others too.
        let location_schedules = s
            .service_at_locations
            .iter()
            .filter_map(|sal| sal.location.as_ref())
            .flat_map(|l| l.schedules.iter());
        for sched in schedules(s).into_iter().chain(location_schedules) {
            sched.check().unwrap_or_else(|e| {
                panic!("service {:?}: schedule {}: {e}", s.name.as_str(), sched.id)
            });
        }
        for sched in schedules(s) {
            // Times are local to the city (README: America/New_York); no offsets.
            assert_eq!(sched.timezone, None, "{}", s.name);
            let (Some(open), Some(close)) = (sched.opens_at, sched.closes_at) else {
                panic!("{}: every schedule has opening hours", s.name);
            };
            assert!(open < close, "{}: opens before it closes", s.name);
            assert!(sched.freq.is_some() && sched.byday.is_some(), "{}", s.name);
        }
    }
}

#[test]
fn physical_locations_are_complete_and_match_their_zip_code() {
    let centroids: HashMap<String, (f64, f64)> =
        std::fs::read_to_string(repo().join("data/geo/zcta-centroids.csv"))
            .expect("zcta centroids")
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split(',');
                let zip = f.next()?.to_owned();
                let lat = f.next()?.parse().ok()?;
                let lon = f.next()?.parse().ok()?;
                Some((zip, (lat, lon)))
            })
            .collect();
    let all = services();
    let mut locations = HashSet::new();
    for s in &all {
        for loc in s
            .service_at_locations
            .iter()
            .filter_map(|sal| sal.location.as_ref())
        {
            locations.insert(loc.id);
            if loc.location_type != PlaceKind::Physical {
                assert!(loc.url.is_some(), "a virtual location has a URL");
                continue;
            }
            let name = loc.name.as_deref().unwrap_or("?");
            let addr = loc.addresses.first().expect("an address");
            assert_eq!(addr.city.as_str(), "Sycamore Falls", "{name}");
            assert_eq!(addr.state_province.as_str(), "OH", "{name}");
            assert_eq!(addr.country.as_str(), "US", "{name}");
            assert!(!loc.accessibility.is_empty(), "{name}: accessibility");
            let point = loc.point().expect("coordinates");
            let (lat, lon) = centroids
                .get(addr.postal_code.as_str())
                .unwrap_or_else(|| panic!("{name}: ZIP {} has no centroid", addr.postal_code));
            let centroid = (Latitude::new(*lat).unwrap(), Longitude::new(*lon).unwrap());
            // Postcode search measures from the ZIP centroid: keep places inside their ZIP.
            let d = distance_m(point, centroid);
            assert!(
                d < 6_000.0,
                "{name} is {d:.0} m from the centroid of its ZIP"
            );
        }
    }
    assert!(locations.len() >= 20, "{} locations", locations.len());
}

#[test]
fn taxonomy_links_use_the_shipped_open_eligibility_ids() {
    // The formula in the data (UUIDv5 over the Puerta namespace) is `stable_id`.
    let namespace = Uuid::parse_str("6f1c2b7e-93a4-4d0c-8e55-1f0ab2c3d4e5").unwrap();
    assert_eq!(
        Uuid::new_v5(&namespace, b"open-eligibility\x1ftaxonomy_term\x1f1381"),
        stable_id("open-eligibility", "taxonomy_term", "1381")
    );
    let terms = open_eligibility();
    for s in services() {
        let links: Vec<_> = s
            .attributes
            .iter()
            .filter(|a| a.link_type.as_deref() == Some("taxonomy"))
            .collect();
        assert!(
            (1..=3).contains(&links.len()),
            "{}: {} taxonomy links",
            s.name,
            links.len()
        );
        let labels: HashSet<_> = links.iter().map(|a| a.label.as_deref()).collect();
        assert_eq!(
            labels.len(),
            links.len(),
            "{}: two links with one label",
            s.name
        );
        for a in &links {
            let id = a.taxonomy_term_id.expect("taxonomy_term_id");
            let (code, name) = terms
                .get(&id)
                .unwrap_or_else(|| panic!("{}: term {id} is not in taxonomy.csv", s.name));
            assert_eq!(
                a.label.as_deref(),
                Some(name.as_str()),
                "{}: term {code}",
                s.name
            );
            assert_eq!(a.link_id, Some(s.id), "{}", s.name);
        }
        // Every attribute that names a term names a shipped one.
        for id in s.taxonomy_term_ids() {
            assert!(terms.contains_key(&id), "{}: term {id}", s.name);
        }
    }
}

struct Theme {
    name: &'static str,
    /// Open Eligibility codes, any of which counts (empty: any service).
    terms: &'static [u32],
    /// Words (lower case), any of which must appear in the service's name, alternate name,
    /// organization name or accreditations (empty: no word needed).
    words: &'static [&'static str],
    /// A cost option the service must have.
    cost: Option<&'static str>,
}

const fn theme(
    name: &'static str,
    terms: &'static [u32],
    words: &'static [&'static str],
    cost: Option<&'static str>,
) -> Theme {
    Theme {
        name,
        terms,
        words,
        cost,
    }
}

const THEMES: &[Theme] = &[
    theme(
        "free immigration legal aid",
        &[1381, 1389],
        &[],
        Some("Free"),
    ),
    theme(
        "DOJ-recognized organization",
        &[1381, 1389],
        &["doj-recognized"],
        None,
    ),
    theme(
        "law school clinic",
        &[1381, 1389],
        &["school of law", "law school"],
        None,
    ),
    theme(
        "pro bono bar program",
        &[1381, 1389],
        &["bar association", "pro bono"],
        None,
    ),
    theme(
        "legal screening clinic",
        &[1381, 1375],
        &["screening"],
        None,
    ),
    theme(
        "know your rights workshops",
        &[1382],
        &["know your rights"],
        None,
    ),
    theme("ESL classes", &[1326, 1348], &[], None),
    theme(
        "health clinic with sliding scale",
        &[1206, 1201],
        &[],
        Some("Sliding scale"),
    ),
    theme("free clinic", &[1206, 1210], &["free clinic"], Some("Free")),
    theme("mental health", &[1220, 1304, 1214, 1312, 1340], &[], None),
    theme("food pantry", &[1130], &["pantry"], None),
    theme(
        "mobile food distribution",
        &[1130, 1128, 1120],
        &["mobile"],
        None,
    ),
    theme("job help", &[1357, 1358, 1353, 1354], &[], None),
    theme(
        "credential recognition",
        &[1371, 1372, 1356],
        &["credential"],
        None,
    ),
    theme("small business microloans", &[], &["microloan"], None),
    theme("business licensing help", &[], &["licens"], None),
    theme("street vendor support", &[], &["vendor"], None),
    theme("ITIN-friendly accounts", &[1266, 1262], &["itin"], None),
    theme("financial coaching", &[1262, 1263], &["coaching"], None),
    theme("VITA tax preparation", &[1270], &["vita"], Some("Free")),
    theme("N-400 help", &[1381, 1293, 1346], &["n-400"], None),
    theme(
        "citizenship fee waiver help",
        &[1293, 1381],
        &["fee waiver"],
        None,
    ),
    theme("civics classes", &[1346], &["civics"], None),
    theme(
        "municipal ID",
        &[1384, 1385],
        &["city id", "municipal id"],
        None,
    ),
    theme("civic leadership academy", &[], &["leadership"], None),
    theme(
        "housing help",
        &[1136, 1142, 1135, 1121, 1137, 1116],
        &[],
        None,
    ),
    theme(
        "family services",
        &[1195, 1337, 1315, 1281, 1155, 1157],
        &[],
        None,
    ),
    theme(
        "emergency help",
        &[1124, 1121, 1135, 1305, 1120, 1113],
        &[],
        None,
    ),
    theme("interpretation", &[1390], &[], None),
];

#[test]
fn every_seed_theme_is_covered() {
    let terms = open_eligibility();
    let all = services();
    let mut missing = Vec::new();
    for t in THEMES {
        let covered = all.iter().any(|s| {
            let linked = codes(s, &terms);
            let text = [
                Some(s.name.as_str()),
                s.alternate_name.as_deref(),
                s.organization.as_ref().map(|o| o.name.as_str()),
                s.accreditations.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
            (t.terms.is_empty() || t.terms.iter().any(|c| linked.contains(c)))
                && (t.words.is_empty() || t.words.iter().any(|w| text.contains(w)))
                && t.cost.is_none_or(|c| has_cost_option(s, c))
        });
        if !covered {
            missing.push(t.name);
        }
    }
    assert!(
        missing.is_empty(),
        "themes without a demo service: {missing:?}"
    );

    // Mental health care in several languages besides English.
    assert!(all.iter().any(|s| {
        let mh = codes(s, &terms)
            .iter()
            .any(|c| [1220, 1304, 1214].contains(c));
        let other = s
            .languages
            .iter()
            .filter(|l| l.code.as_deref() != Some("en"))
            .count();
        mh && other >= 5
    }));

    // ESL in the day, in the evening, at the weekend and online.
    let esl: Vec<&Service> = all
        .iter()
        .filter(|s| codes(s, &terms).iter().any(|c| [1326, 1348].contains(c)))
        .filter(|s| s.status == ServiceStatus::Active)
        .collect();
    let any_schedule =
        |f: &dyn Fn(&Schedule) -> bool| esl.iter().any(|s| schedules(s).into_iter().any(f));
    let hour = |t: Option<puerta_domain::ClockTime>| t.map(|t| t.time().hour()).unwrap_or(-1);
    let weekday = |s: &Schedule| {
        days(s)
            .iter()
            .any(|d| ["MO", "TU", "WE", "TH", "FR"].contains(&d.as_str()))
    };
    assert!(
        any_schedule(&|s| weekday(s) && hour(s.opens_at) < 12),
        "daytime ESL"
    );
    assert!(
        any_schedule(&|s| weekday(s) && hour(s.opens_at) >= 17),
        "evening ESL"
    );
    assert!(
        any_schedule(&|s| days(s).iter().any(|d| d == "SA" || d == "SU")),
        "weekend ESL"
    );
    assert!(
        esl.iter()
            .any(|s| s.service_at_locations.iter().any(|sal| sal
                .location
                .as_ref()
                .is_some_and(|l| l.location_type == PlaceKind::Virtual))),
        "online ESL"
    );
}

#[test]
fn languages_costs_access_and_schedules_vary() {
    let all = services();
    let languages: BTreeSet<&str> = all
        .iter()
        .flat_map(|s| s.languages.iter().filter_map(|l| l.code.as_deref()))
        .collect();
    assert!(languages.len() >= 10, "only {languages:?}");
    for code in [
        "es", "zh", "vi", "ar", "ht", "fr", "tl", "ko", "ru", "pt", "uk", "fa", "so",
    ] {
        assert!(languages.contains(code), "no service in {code}");
    }
    for s in &all {
        for l in &s.languages {
            assert!(l.name.is_some(), "{}: language names", s.name);
        }
    }

    assert!(all.iter().any(is_free), "a free service");
    assert!(all.iter().any(|s| has_cost_option(s, "Sliding scale")));
    assert!(all.iter().any(|s| s
        .cost_options
        .iter()
        .any(|c| c.amount.is_some_and(|a| a > 0.0))));
    assert!(all.iter().any(|s| has_requirement(s, "no_id_required")));
    assert!(all.iter().any(|s| has_requirement(s, "no_ssn_required")));
    // A requirement attribute is also spelled out in the required documents.
    for s in &all {
        for (value, text) in [
            ("no_id_required", "No ID required"),
            ("no_ssn_required", "No Social Security number required"),
        ] {
            if has_requirement(s, value) {
                assert!(
                    s.required_documents
                        .iter()
                        .any(|d| d.document.as_deref() == Some(text)),
                    "{}: {text}",
                    s.name
                );
            }
        }
    }
    let process = |s: &Service, w: &str| {
        s.application_process
            .as_deref()
            .is_some_and(|p| p.to_lowercase().contains(w))
    };
    assert!(
        all.iter().any(|s| process(s, "walk-in")),
        "a walk-in service"
    );
    assert!(
        all.iter().any(|s| process(s, "appointment")),
        "an appointment service"
    );
    assert!(
        all.iter().any(|s| s.status == ServiceStatus::Active
            && schedules(s)
                .iter()
                .any(|x| days(x).iter().any(|d| d == "SA"))),
        "a service open on Saturday"
    );
    assert!(
        all.iter().any(|s| is_free(s)
            && has_requirement(s, "no_id_required")
            && process(s, "walk-in")
            && schedules(s)
                .iter()
                .any(|x| days(x).iter().any(|d| d == "SA"))),
        "a free, walk-in, no-ID service open on Saturday"
    );

    // A monthly event on an ordinal weekday, e.g. the second Saturday.
    assert!(all.iter().any(|s| schedules(s)
        .iter()
        .any(|x| x.freq == Some(Frequency::Monthly)
            && x.byday
                .as_deref()
                .is_some_and(|b| b.starts_with(|c: char| c.is_ascii_digit() || c == '-')))));
    // A seasonal schedule.
    assert!(all.iter().any(|s| schedules(s)
        .iter()
        .any(|x| x.valid_from.is_some() && x.valid_to.is_some())));
    // Two opening periods on the same day (e.g. 09:00-12:00 and 13:00-17:00).
    assert!(all.iter().any(|s| {
        let sch = schedules(s);
        sch.iter().enumerate().any(|(i, a)| {
            sch.iter().skip(i + 1).any(|b| {
                days(a).iter().any(|d| days(b).contains(d))
                    && (a.closes_at <= b.opens_at || b.closes_at <= a.opens_at)
            })
        })
    }));
    // One temporarily closed service that says why.
    let closed: Vec<_> = all
        .iter()
        .filter(|s| s.status == ServiceStatus::TemporarilyClosed)
        .collect();
    assert!(!closed.is_empty() && closed.iter().all(|s| s.alert.is_some()));
}

/// Calls `f(key, value)` for every member of every object in `v`.
fn visit<'a>(v: &'a Value, f: &mut dyn FnMut(&'a str, &'a Value)) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                f(k, x);
                visit(x, f);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| visit(x, f)),
        _ => {}
    }
}

fn fictional_domain(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    ["example.org", "example.com"].contains(&host.as_str())
        || host.ends_with(".example")
        || host.ends_with(".example.org")
        || host.ends_with(".example.com")
}

#[test]
fn contact_details_are_fictional() {
    let demo = demo_json();
    let (mut phones, mut emails, mut urls, mut contacts) = (0, 0, 0, 0);
    for s in &demo {
        visit(s, &mut |k, v| match (k, v) {
            ("phones", Value::Array(items)) => {
                for p in items {
                    let number = p["number"].as_str().expect("phone number");
                    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                    let digits = digits
                        .strip_prefix('1')
                        .filter(|_| digits.len() == 11)
                        .unwrap_or(&digits);
                    assert!(
                        digits.len() == 10 && &digits[3..8] == "55501",
                        "{number} is not a fictional 555-01xx number"
                    );
                    phones += 1;
                }
            }
            ("email" | "assurer_email", Value::String(e)) => {
                let domain = e.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
                assert!(fictional_domain(domain), "{e}");
                emails += 1;
            }
            ("url" | "website" | "schedule_link" | "uri" | "term_uri", Value::String(u)) => {
                let host = u
                    .split_once("://")
                    .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
                    .unwrap_or("");
                assert!(fictional_domain(host), "{u}");
                urls += 1;
            }
            ("contacts", Value::Array(items)) => {
                for c in items {
                    // Roles only: no people, real or invented.
                    assert!(c.get("name").is_none(), "contact with a name: {c}");
                    assert!(c.get("title").is_some(), "contact without a role: {c}");
                    contacts += 1;
                }
            }
            _ => {}
        });
    }
    assert!(phones > 100 && emails > 100 && urls > 50 && contacts > 20);
}

#[test]
fn ids_are_unique_and_shared_records_are_identical() {
    /// Records embedded in several services: the same id must carry the same content.
    const SHARED: [&str; 3] = ["organization", "location", "program"];

    fn walk(v: &Value, shared: bool, seen: &mut HashMap<String, (bool, String)>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(id)) = m.get("id") {
                    let parsed = Uuid::parse_str(id).unwrap_or_else(|_| panic!("{id}"));
                    assert_eq!(parsed.get_version_num(), 5, "{id} is not a UUIDv5");
                    let text = v.to_string();
                    match seen.get(id) {
                        Some((was_shared, first)) => {
                            assert!(shared && *was_shared, "id {id} is used twice");
                            assert_eq!(first, &text, "shared record {id} differs");
                            return;
                        }
                        None => {
                            seen.insert(id.clone(), (shared, text));
                        }
                    }
                }
                for (k, x) in m {
                    walk(x, shared || SHARED.contains(&k.as_str()), seen);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, shared, seen)),
            _ => {}
        }
    }

    let demo = demo_json();
    let mut seen = HashMap::new();
    for s in &demo {
        walk(s, false, &mut seen);
    }
    let all = services();
    let ids: HashSet<Uuid> = all.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), all.len(), "service ids are unique");
    let orgs: HashSet<Uuid> = all.iter().filter_map(|s| s.organization_id).collect();
    assert!(
        (18..=26).contains(&orgs.len()),
        "{} organizations",
        orgs.len()
    );
}
