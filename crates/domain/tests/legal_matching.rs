//! Properties of roster ↔ directory name matching, and the real EOIR roster read as data.

use proptest::prelude::*;
use puerta_domain::legal::{name_similarity, RepresentativeRecord, Roster, Standing};

const NAMES: &[&str] = &[
    "Americans for Immigrant Justice",
    "Catholic Charities Legal Services, Archdiocese of Miami, Inc.",
    "CATHOLIC CHARITIES OF THE ARCHIDIOCESE OF MIAMI, INC.",
    "Church World Service, South Florida Immigration Legal Program",
    "Youth Co-Op, Inc.",
    "OPEN ARMS COMMUNITY MENTAL HEALTH CENTER",
    "New Hope Presbyterian Church Inc. dba New Hope Office of Immigration Services",
    "Christians United Against Sexual Violence and Homophobia in Haiti (CUASVAHH INC.)",
];

/// Changes case and punctuation only. Commas are left alone: in roster names they separate
/// the organization from its program ("Church World Service, South Florida Immigration
/// Legal Program"), and matching reads each part as a name.
fn disguise(name: &str, upper: bool, punct: usize) -> String {
    let cased = if upper {
        name.to_uppercase()
    } else {
        name.to_lowercase()
    };
    let p = [".", ";", "", " -", "!"][punct % 5];
    cased.split(' ').collect::<Vec<_>>().join(&format!("{p} "))
}

proptest! {
    #[test]
    fn matching_ignores_case_and_punctuation(
        a in 0..NAMES.len(), b in 0..NAMES.len(), upper: bool, punct in 0usize..5
    ) {
        let plain = name_similarity(NAMES[a], NAMES[b]);
        let disguised = name_similarity(&disguise(NAMES[a], upper, punct), NAMES[b]);
        prop_assert!((plain - disguised).abs() < 1e-9, "{plain} vs {disguised}");
        let swapped = name_similarity(NAMES[b], NAMES[a]);
        prop_assert!((plain - swapped).abs() < 1e-9, "not symmetric: {plain} vs {swapped}");
    }
}

#[test]
fn the_real_roster_reads_into_fifty_offices_with_the_documented_expiries() {
    let shared = std::env::var_os("PUERTA_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
        });
    let path = shared
        .join("legal-services/eoir-roster-fl-2026/fl-accredited-representatives-2026-08-30.json");
    let text = std::fs::read_to_string(&path).expect("the shared roster is present");
    let records: Vec<RepresentativeRecord> = serde_json::from_str(&text).unwrap();
    let roster = Roster::from_records(records).unwrap();
    assert_eq!(roster.records, 98);
    assert_eq!(roster.offices.len(), 50);
    let as_of = jiff::civil::Date::constant(2026, 8, 30);
    let all: Vec<_> = roster.accreditations().collect();
    let partial = all.iter().filter(|(_, a)| a.full == Some(false)).count();
    assert_eq!(partial, 73);
    let pending = all
        .iter()
        .filter(|(_, a)| a.standing(as_of) == Standing::PendingRenewal)
        .count();
    let expired = all
        .iter()
        .filter(|(_, a)| a.standing(as_of) == Standing::Expired)
        .count();
    assert_eq!((pending, expired), (35, 0));
    let miami = roster
        .offices
        .iter()
        .find(|o| o.organization_name == "Americans for Immigrant Justice")
        .unwrap();
    assert_eq!(miami.accreditations.len(), 16);
    assert_eq!(
        miami.recognized_on,
        Some(jiff::civil::Date::constant(1998, 7, 15))
    );
}
