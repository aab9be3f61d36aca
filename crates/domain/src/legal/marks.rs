//! The marks a verified legal provider's services carry: HSDS attributes linking to terms
//! of Puerta's own "legal verification" taxonomy.
//!
//! Which services: an organization's *legal* services ([`is_legal_service`]: an AIRS code
//! under `FT` "Legal Services", or words such as legal / immigration / naturalization /
//! asylum / deportation in the name or description). DOJ recognition authorizes an
//! organization to give immigration legal help, not its child care or housing, so only
//! those services say so. When a recognized organization lists no such service, all its
//! services are marked: the recognition is a fact about the organization, and the
//! directory entry is then the only place a resident can find it.
//!
//! Ids are derived from (service, term, office), so computing the marks twice yields the
//! same attributes and writing them twice changes nothing.

use jiff::civil::Date;

use super::roster::{Office, OfficeStatus, Standing};
use crate::ids::stable_id;
use crate::{Attribute, Code, Name, Service, Taxonomy, TaxonomyTerm, Text};

/// Namespace of the ids below (the "source" argument of [`stable_id`]).
const ID_SOURCE: &str = "puerta";
/// Code of Puerta's legal-verification taxonomy.
pub const LEGAL_TAXONOMY_CODE: &str = "puerta-legal-verification";

/// One kind of mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalMark {
    /// Offered by an organization the DOJ (EOIR) recognizes.
    RecognizedOrganization,
    /// The office has DOJ-accredited representatives who may practice.
    AccreditedRepresentatives,
}

impl LegalMark {
    pub const ALL: [LegalMark; 2] = [
        LegalMark::RecognizedOrganization,
        LegalMark::AccreditedRepresentatives,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LegalMark::RecognizedOrganization => "doj-recognized-organization",
            LegalMark::AccreditedRepresentatives => "doj-accredited-representative",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            LegalMark::RecognizedOrganization => "DOJ-recognized organization",
            LegalMark::AccreditedRepresentatives => "DOJ-accredited representatives",
        }
    }

    fn description(self) -> &'static str {
        match self {
            LegalMark::RecognizedOrganization => {
                "The service is offered by an organization that the US Department of Justice \
                 (EOIR) recognizes to give immigration legal help, according to the EOIR roster \
                 of recognized organizations and accredited representatives. The value says \
                 which office and until when."
            }
            LegalMark::AccreditedRepresentatives => {
                "The recognized office has representatives accredited by the US Department of \
                 Justice (EOIR) who may practice now (accreditation current or renewal \
                 pending). Full accreditation also allows appearing before immigration courts \
                 and the BIA; partial accreditation allows appearing before DHS only."
            }
        }
    }

    pub fn term_id(self) -> uuid::Uuid {
        stable_id(ID_SOURCE, "taxonomy_term", self.code())
    }

    /// The taxonomy term of this mark.
    pub fn term(self) -> Result<TaxonomyTerm, crate::FieldError> {
        Ok(TaxonomyTerm {
            id: self.term_id(),
            code: Some(Code::parse(self.code())?),
            name: Name::parse(self.name())?,
            description: Text::parse(self.description())?,
            parent_id: None,
            taxonomy: Some(taxonomy_name().to_owned()),
            taxonomy_detail: None,
            language: Some("en".to_owned()),
            taxonomy_id: Some(taxonomy_id()),
            term_uri: None,
            metadata: vec![],
        })
    }

    pub fn from_term_id(id: uuid::Uuid) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.term_id() == id)
    }
}

fn taxonomy_name() -> &'static str {
    "Puerta legal-provider verification"
}

pub fn taxonomy_id() -> uuid::Uuid {
    stable_id(ID_SOURCE, "taxonomy", LEGAL_TAXONOMY_CODE)
}

/// Puerta's legal-verification taxonomy.
pub fn taxonomy() -> Result<Taxonomy, crate::FieldError> {
    Ok(Taxonomy {
        id: taxonomy_id(),
        name: Name::parse(taxonomy_name())?,
        description: Text::parse(
            "Marks that Puerta derives from public registers to show that a provider is \
             authorized to give immigration legal help (see `puerta legal verify`).",
        )?,
        uri: None,
        version: Some("1".to_owned()),
        metadata: vec![],
    })
}

/// Whether an attribute is one of these marks.
pub fn is_mark(attribute: &Attribute) -> bool {
    attribute
        .taxonomy_term_id
        .or(attribute.taxonomy_term.as_ref().map(|t| t.id))
        .and_then(LegalMark::from_term_id)
        .is_some()
}

const LEGAL_WORDS: &[&str] = &[
    "legal",
    "immigration",
    "immigrant",
    "naturalization",
    "citizenship",
    "asylum",
    "deportation",
    "detention",
    "attorney",
    "lawyer",
    "daca",
    "visa",
    "refugee",
];

/// Whether a service is a legal service: classified under an AIRS code of "Legal
/// Services" (`FT…`), or its name or description speaks of legal or immigration help.
pub fn is_legal_service(service: &Service) -> bool {
    let airs_legal = service.attributes.iter().any(|a| {
        a.link_type.as_deref() == Some("taxonomy_code")
            && a.value
                .as_deref()
                .is_some_and(|v| v.trim().to_ascii_uppercase().starts_with("FT"))
    });
    if airs_legal {
        return true;
    }
    let text = format!(
        "{} {}",
        service.name.as_str(),
        service.description.as_deref().unwrap_or("")
    )
    .to_lowercase();
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| LEGAL_WORDS.contains(&w))
}

fn recognition_value(office: &Office, standing: Standing) -> String {
    let mut v = String::new();
    if let Some(d) = office.recognized_on {
        v.push_str(&format!("Recognized since {d}; "));
    }
    match (standing, office.recognition_expires) {
        (Standing::Current, Some(d)) => v.push_str(&format!("recognition valid until {d}")),
        (Standing::PendingRenewal, Some(d)) => v.push_str(&format!(
            "recognition expired {d}, renewal pending (still authorized)"
        )),
        (_, _) => v.push_str("recognition has no expiration date on the roster"),
    }
    v.push_str(" - ");
    v.push_str(office.office_type.as_deref().unwrap_or("office"));
    if let Some(street) = &office.street_address {
        v.push_str(&format!(", {street}"));
    }
    let place = office.place();
    if !place.is_empty() {
        v.push_str(&format!(", {place}"));
    }
    v
}

fn representatives_value(status: &OfficeStatus) -> String {
    let n = status.authorized();
    let mut v = format!(
        "{n} accredited representative{} at this office: {} full, {} partial (DHS only)",
        if n == 1 { "" } else { "s" },
        status.full,
        status.partial
    );
    if status.pending_renewal > 0 {
        v.push_str(&format!(
            "; {} with accreditation expired and renewal pending",
            status.pending_renewal
        ));
    }
    v
}

/// The marks of one service for one matched office on `as_of` (none when the
/// recognition no longer authorizes practice). `roster_date` names the roster edition in
/// the labels.
pub fn service_marks(
    service_id: uuid::Uuid,
    office: &Office,
    as_of: Date,
    roster_date: &str,
) -> Vec<Attribute> {
    let recognition = office.recognition(as_of);
    if !(recognition.authorizes() || recognition == Standing::Unknown) {
        return vec![];
    }
    let status = office.status(as_of);
    let attribute = |mark: LegalMark, value: String| Attribute {
        id: stable_id(
            ID_SOURCE,
            "service_attribute",
            &format!("{service_id}/{}/{}", mark.code(), office.key),
        ),
        link_id: Some(service_id),
        taxonomy_term_id: Some(mark.term_id()),
        link_type: Some(mark.code().to_owned()),
        link_entity: Some("service".to_owned()),
        value: Some(value),
        taxonomy_term: None,
        label: Some(format!("{} (EOIR roster {roster_date})", mark.name())),
        metadata: vec![],
    };
    let mut out = vec![attribute(
        LegalMark::RecognizedOrganization,
        recognition_value(office, recognition),
    )];
    if status.authorized() > 0 {
        out.push(attribute(
            LegalMark::AccreditedRepresentatives,
            representatives_value(&status),
        ));
    }
    out
}

/// `service` with its marks replaced by `marks` (other attributes kept in order, marks
/// appended in a fixed order); `None` when that changes nothing.
pub fn with_marks(service: &Service, mut marks: Vec<Attribute>) -> Option<Service> {
    marks.sort_by_key(|a| a.id);
    marks.dedup_by_key(|a| a.id);
    let mut attributes: Vec<Attribute> = service
        .attributes
        .iter()
        .filter(|a| !is_mark(a))
        .cloned()
        .collect();
    attributes.extend(marks);
    if attributes == service.attributes {
        return None;
    }
    let mut updated = service.clone();
    updated.attributes = attributes;
    Some(updated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::roster::{Accreditation, Office};

    fn office() -> Office {
        Office {
            key: "k".into(),
            organization_name: "Open Arms Community Center".into(),
            office_type: Some("Principal Office".into()),
            street_address: Some("5556 SW 8th Street".into()),
            city: Some("Coral Gables".into()),
            state: Some("FL".into()),
            zip: Some("33134".into()),
            phone: None,
            organization_active: true,
            recognized_on: Some(Date::constant(2015, 10, 20)),
            recognition_expires: Some(Date::constant(2026, 3, 1)),
            recognition_pending_renewal: true,
            first_index: 0,
            accreditations: vec![
                Accreditation {
                    index: 0,
                    full: Some(true),
                    expires: Some(Date::constant(2027, 1, 1)),
                    pending_renewal: false,
                },
                Accreditation {
                    index: 1,
                    full: Some(false),
                    expires: Some(Date::constant(2025, 1, 1)),
                    pending_renewal: false,
                },
            ],
        }
    }

    #[test]
    fn marks_say_what_the_roster_says_and_are_replaced_not_added() {
        let as_of = Date::constant(2026, 8, 30);
        let id = uuid::Uuid::nil();
        let marks = service_marks(id, &office(), as_of, "2026-08-30");
        assert_eq!(marks.len(), 2);
        let value = marks[0].value.as_deref().unwrap();
        assert!(value.contains("renewal pending"), "{value}");
        let value = marks[1].value.as_deref().unwrap();
        assert!(
            value.starts_with("1 accredited representative at"),
            "{value}"
        );
        let service = Service::new(id, Name::parse("Immigration legal services").unwrap());
        assert!(is_legal_service(&service));
        let marked = with_marks(&service, marks.clone()).unwrap();
        assert_eq!(marked.attributes.len(), 2);
        assert_eq!(with_marks(&marked, marks), None, "idempotent");
        let unmarked = with_marks(&marked, vec![]).unwrap();
        assert!(unmarked.attributes.is_empty(), "stale marks are removed");
    }

    #[test]
    fn expired_recognition_gives_no_marks() {
        let mut o = office();
        o.recognition_pending_renewal = false;
        assert!(service_marks(uuid::Uuid::nil(), &o, Date::constant(2026, 8, 30), "x").is_empty());
    }

    #[test]
    fn child_care_is_not_a_legal_service() {
        let s = Service::new(uuid::Uuid::nil(), Name::parse("CHILD CARE").unwrap());
        assert!(!is_legal_service(&s));
        assert!(LegalMark::RecognizedOrganization.term().is_ok());
        assert!(taxonomy().is_ok());
    }
}
