//! The HSDS 3.1 object model.
//!
//! One Rust type per HSDS object, with the spec's field names so that `serde_json` reads and
//! writes HSDS JSON directly. Required fields use types that cannot be blank or malformed
//! (see [`crate::values`]); optional text that is blank in the input is read as absent, so
//! exported JSON never carries `""` where the schema expects a format.
//!
//! Relations follow the HSDS "full" objects: a [`Service`] embeds its organization, program
//! and service-at-locations (each with its location) when it is returned in full; the store
//! keeps each aggregate separately and reattaches them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::values::{Age, ClockTime, Code, Email, Latitude, Longitude, Name, Text, WebUrl};

/// Reads an optional value, treating `null`, a missing field and blank text as absent.
pub(crate) mod blank {
    use serde::de::{Deserialize, Deserializer, IntoDeserializer};

    pub fn as_none<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Other(serde_json::Value),
        }
        match Option::<Raw>::deserialize(d)? {
            None => Ok(None),
            Some(Raw::Text(s)) if s.trim().is_empty() => Ok(None),
            Some(Raw::Text(s)) => {
                let de: serde::de::value::StringDeserializer<D::Error> = s.into_deserializer();
                T::deserialize(de).map(Some)
            }
            Some(Raw::Other(v)) => T::deserialize(v)
                .map(Some)
                .map_err(serde::de::Error::custom),
        }
    }
}

macro_rules! hsds_object {
    ($(#[$doc:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name { $($body)* }
    };
}

/// Text that may be blank in the input; blank reads as `None`.
type OptText = Option<String>;

hsds_object! {
    /// A change record kept for provenance.
    pub struct Metadata {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resource_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub resource_type: OptText,
        pub last_action_date: jiff::civil::Date,
        pub last_action_type: String,
        pub field_name: String,
        pub previous_value: String,
        pub replacement_value: String,
        pub updated_by: String,
    }
}

hsds_object! {
    /// A taxonomy (vocabulary) such as Open Eligibility.
    pub struct Taxonomy {
        pub id: Uuid,
        pub name: Name,
        pub description: Text,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub uri: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub version: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// One term of a taxonomy, possibly nested under a parent term.
    pub struct TaxonomyTerm {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub code: Option<Code>,
        pub name: Name,
        pub description: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent_id: Option<Uuid>,
        /// Free-text name of the taxonomy (HSDS 3.0 style).
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub taxonomy: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub taxonomy_detail: Option<Taxonomy>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub language: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub taxonomy_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub term_uri: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A typed property of any object, usually a taxonomy term (HSDS links terms through attributes).
    pub struct Attribute {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub link_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub taxonomy_term_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub link_type: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub link_entity: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub value: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub taxonomy_term: Option<TaxonomyTerm>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub label: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A language in which a service, location or phone line is offered.
    pub struct Language {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub name: OptText,
        /// ISO 639 code (639-1 where one exists, else 639-3).
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub code: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub note: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A telephone number.
    pub struct Phone {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_at_location_id: Option<Uuid>,
        pub number: Name,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub extension: Option<u32>,
        #[serde(default, rename = "type", skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub phone_type: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub languages: Vec<Language>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A person or role to contact.
    pub struct Contact {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_at_location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub name: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub title: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub department: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub email: Option<Email>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<Phone>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

/// Whether an address or location is physical, postal or virtual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Physical,
    Postal,
    Virtual,
}

hsds_object! {
    /// A street or postal address of a location.
    pub struct Address {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub attention: OptText,
        pub address_1: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub address_2: OptText,
        pub city: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub region: OptText,
        pub state_province: Name,
        pub postal_code: Name,
        /// ISO 3166-1 alpha-2 country code.
        pub country: Name,
        pub address_type: PlaceKind,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// Physical accessibility of a location.
    pub struct Accessibility {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub details: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub url: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

/// Day of week as an RFC 5545 two-letter code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weekday {
    MO,
    TU,
    WE,
    TH,
    FR,
    SA,
    SU,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::MO,
        Weekday::TU,
        Weekday::WE,
        Weekday::TH,
        Weekday::FR,
        Weekday::SA,
        Weekday::SU,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Weekday::MO => "MO",
            Weekday::TU => "TU",
            Weekday::WE => "WE",
            Weekday::TH => "TH",
            Weekday::FR => "FR",
            Weekday::SA => "SA",
            Weekday::SU => "SU",
        }
    }

    /// Reads English day names and abbreviations (`Monday`, `mon`, `MO`).
    pub fn from_name(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase();
        let key = s.get(..2)?;
        Some(match key {
            "mo" => Weekday::MO,
            "tu" => Weekday::TU,
            "we" => Weekday::WE,
            "th" => Weekday::TH,
            "fr" => Weekday::FR,
            "sa" => Weekday::SA,
            "su" => Weekday::SU,
            _ => return None,
        })
    }

    pub fn to_jiff(self) -> jiff::civil::Weekday {
        match self {
            Weekday::MO => jiff::civil::Weekday::Monday,
            Weekday::TU => jiff::civil::Weekday::Tuesday,
            Weekday::WE => jiff::civil::Weekday::Wednesday,
            Weekday::TH => jiff::civil::Weekday::Thursday,
            Weekday::FR => jiff::civil::Weekday::Friday,
            Weekday::SA => jiff::civil::Weekday::Saturday,
            Weekday::SU => jiff::civil::Weekday::Sunday,
        }
    }
}

/// How often a schedule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Frequency {
    Weekly,
    Monthly,
}

hsds_object! {
    /// When a service, location or service-at-location is open (RFC 5545 recurrence fields).
    pub struct Schedule {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_at_location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub valid_from: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub valid_to: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub dtstart: Option<jiff::civil::Date>,
        /// UTC offset in hours (HSDS keeps a number here, not a zone name).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timezone: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub until: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wkst: Option<Weekday>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub freq: Option<Frequency>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub interval: Option<u32>,
        /// Comma-separated RFC 5545 BYDAY list, e.g. `MO,TU` or `1SA,-1FR`.
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub byday: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub byweekno: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub bymonthday: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub byyearday: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub opens_at: Option<ClockTime>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub closes_at: Option<ClockTime>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub schedule_link: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub attending_type: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub notes: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A source of funding.
    pub struct Funding {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub source: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// The geographic area a service covers.
    pub struct ServiceArea {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_at_location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub name: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub extent: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub extent_type: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub uri: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A document a resident must bring.
    pub struct RequiredDocument {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub document: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub uri: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A price or a "free" option for a service.
    pub struct CostOption {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub valid_from: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub valid_to: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub option: OptText,
        /// ISO 4217 code.
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub currency: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub amount_description: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// An extra web address of a service or organization (HSDS 3.1).
    pub struct Url {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub label: OptText,
        pub url: WebUrl,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A unit of measure for a capacity (HSDS 3.1).
    pub struct Unit {
        pub id: Uuid,
        pub name: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub scheme: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub identifier: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub uri: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// Available capacity of a service, e.g. beds or appointment slots (HSDS 3.1).
    pub struct ServiceCapacity {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        pub unit: Unit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub unit_id: Option<Uuid>,
        pub available: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub maximum: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        pub updated: jiff::Timestamp,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// An identifier of an organization in another register (charity number, EOIR id, 2-1-1 id).
    pub struct OrganizationIdentifier {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub identifier_scheme: OptText,
        pub identifier_type: Name,
        pub identifier: Code,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A program grouping services of an organization.
    pub struct Program {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        pub name: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub alternate_name: OptText,
        pub description: Text,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A place where services are delivered (or a postal / virtual location).
    pub struct Location {
        pub id: Uuid,
        pub location_type: PlaceKind,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub url: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub name: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub alternate_name: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub transportation: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub latitude: Option<Latitude>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub longitude: Option<Longitude>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub external_identifier: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub external_identifier_type: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub languages: Vec<Language>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub addresses: Vec<Address>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub contacts: Vec<Contact>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub accessibility: Vec<Accessibility>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<Phone>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub schedules: Vec<Schedule>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// An organization that delivers services.
    pub struct Organization {
        pub id: Uuid,
        pub name: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub alternate_name: OptText,
        pub description: Text,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub email: Option<Email>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub website: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub additional_websites: Vec<Url>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub tax_status: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub tax_id: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub year_incorporated: Option<u16>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub legal_status: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub logo: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub uri: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent_organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub funding: Vec<Funding>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub contacts: Vec<Contact>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<Phone>,
        /// Filled only in full responses; the store keeps locations as their own aggregate.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub locations: Vec<Location>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub programs: Vec<Program>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub organization_identifiers: Vec<OrganizationIdentifier>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

hsds_object! {
    /// A service delivered at a particular location.
    pub struct ServiceAtLocation {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub service_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub service_areas: Vec<ServiceArea>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub contacts: Vec<Contact>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<Phone>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub schedules: Vec<Schedule>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location: Option<Location>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

/// Whether a service is currently offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ServiceStatus {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "inactive")]
    Inactive,
    #[serde(rename = "defunct")]
    Defunct,
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

hsds_object! {
    /// A service: what a resident can get, from whom, where and when.
    pub struct Service {
        pub id: Uuid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_id: Option<Uuid>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub program_id: Option<Uuid>,
        pub name: Name,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub alternate_name: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub url: Option<WebUrl>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub additional_urls: Vec<Url>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub email: Option<Email>,
        pub status: ServiceStatus,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub interpretation_services: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub application_process: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub fees_description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub wait_time: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub fees: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub accreditations: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub eligibility_description: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub minimum_age: Option<Age>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub maximum_age: Option<Age>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub assured_date: Option<jiff::civil::Date>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub assurer_email: Option<Email>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub licenses: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "blank::as_none")]
        pub alert: OptText,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_modified: Option<jiff::Timestamp>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub phones: Vec<Phone>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub schedules: Vec<Schedule>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub service_areas: Vec<ServiceArea>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub service_at_locations: Vec<ServiceAtLocation>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub languages: Vec<Language>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization: Option<Box<Organization>>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub funding: Vec<Funding>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub cost_options: Vec<CostOption>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub program: Option<Program>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub required_documents: Vec<RequiredDocument>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub contacts: Vec<Contact>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub capacities: Vec<ServiceCapacity>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub attributes: Vec<Attribute>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub metadata: Vec<Metadata>,
    }
}

impl Service {
    /// A new active service with only the required fields set.
    pub fn new(id: Uuid, name: Name) -> Self {
        Self {
            id,
            organization_id: None,
            program_id: None,
            name,
            alternate_name: None,
            description: None,
            url: None,
            additional_urls: vec![],
            email: None,
            status: ServiceStatus::Active,
            interpretation_services: None,
            application_process: None,
            fees_description: None,
            wait_time: None,
            fees: None,
            accreditations: None,
            eligibility_description: None,
            minimum_age: None,
            maximum_age: None,
            assured_date: None,
            assurer_email: None,
            licenses: None,
            alert: None,
            last_modified: None,
            phones: vec![],
            schedules: vec![],
            service_areas: vec![],
            service_at_locations: vec![],
            languages: vec![],
            organization: None,
            funding: vec![],
            cost_options: vec![],
            program: None,
            required_documents: vec![],
            contacts: vec![],
            capacities: vec![],
            attributes: vec![],
            metadata: vec![],
        }
    }

    /// Checks rules that span several fields; field-level rules are enforced by the types.
    pub fn check(&self) -> Result<(), crate::RecordError> {
        if let (Some(min), Some(max)) = (self.minimum_age, self.maximum_age) {
            if min.years() > max.years() {
                return Err(crate::RecordError::new(
                    "service",
                    "minimum_age",
                    crate::FieldError::Invalid {
                        expected: "minimum_age not above maximum_age",
                        found: format!("{} > {}", min.years(), max.years()),
                    },
                ));
            }
        }
        if let Some(org) = &self.organization {
            if self.organization_id.is_some_and(|id| id != org.id) {
                return Err(crate::RecordError::new(
                    "service",
                    "organization_id",
                    crate::FieldError::Invalid {
                        expected: "the id of the embedded organization",
                        found: self
                            .organization_id
                            .map(|u| u.to_string())
                            .unwrap_or_default(),
                    },
                ));
            }
        }
        for (i, s) in self.schedules.iter().enumerate() {
            s.check().map_err(|e| {
                crate::RecordError::new("service", format!("schedules[{i}].{}", e.field), e.error)
            })?;
        }
        for (i, sal) in self.service_at_locations.iter().enumerate() {
            let own: Vec<&Schedule> = sal.schedules.iter().collect();
            let at_location: Vec<&Schedule> =
                sal.location.iter().flat_map(|l| &l.schedules).collect();
            for (path, group) in [("schedules", own), ("location.schedules", at_location)] {
                for (j, s) in group.iter().enumerate() {
                    s.check().map_err(|e| {
                        crate::RecordError::new(
                            "service",
                            format!("service_at_locations[{i}].{path}[{j}].{}", e.field),
                            e.error,
                        )
                    })?;
                }
            }
        }
        Ok(())
    }

    /// Ids of the taxonomy terms this service is classified under (through its attributes).
    pub fn taxonomy_term_ids(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.attributes.iter().filter_map(|a| {
            a.taxonomy_term_id
                .or_else(|| a.taxonomy_term.as_ref().map(|t| t.id))
        })
    }
}

impl Organization {
    /// A new organization with only the required fields set.
    pub fn new(id: Uuid, name: Name, description: Text) -> Self {
        Self {
            id,
            name,
            alternate_name: None,
            description,
            email: None,
            website: None,
            additional_websites: vec![],
            tax_status: None,
            tax_id: None,
            year_incorporated: None,
            legal_status: None,
            logo: None,
            uri: None,
            parent_organization_id: None,
            funding: vec![],
            contacts: vec![],
            phones: vec![],
            locations: vec![],
            programs: vec![],
            organization_identifiers: vec![],
            attributes: vec![],
            metadata: vec![],
        }
    }
}

impl Location {
    /// A new location with only the required fields set.
    pub fn new(id: Uuid, location_type: PlaceKind) -> Self {
        Self {
            id,
            location_type,
            url: None,
            organization_id: None,
            name: None,
            alternate_name: None,
            description: None,
            transportation: None,
            latitude: None,
            longitude: None,
            external_identifier: None,
            external_identifier_type: None,
            languages: vec![],
            addresses: vec![],
            contacts: vec![],
            accessibility: vec![],
            phones: vec![],
            schedules: vec![],
            attributes: vec![],
            metadata: vec![],
        }
    }

    /// The point of this location, when both coordinates are known.
    pub fn point(&self) -> Option<(Latitude, Longitude)> {
        Some((self.latitude?, self.longitude?))
    }

    /// The postal code of the first physical address (else the first address).
    pub fn postal_code(&self) -> Option<&str> {
        self.addresses
            .iter()
            .find(|a| a.address_type == PlaceKind::Physical)
            .or_else(|| self.addresses.first())
            .map(|a| a.postal_code.as_str())
    }
}

impl Schedule {
    /// A new empty schedule record.
    pub fn new(id: Uuid) -> Self {
        Self {
            id,
            service_id: None,
            location_id: None,
            service_at_location_id: None,
            valid_from: None,
            valid_to: None,
            dtstart: None,
            timezone: None,
            until: None,
            count: None,
            wkst: None,
            freq: None,
            interval: None,
            byday: None,
            byweekno: None,
            bymonthday: None,
            byyearday: None,
            description: None,
            opens_at: None,
            closes_at: None,
            schedule_link: None,
            attending_type: None,
            notes: None,
            attributes: vec![],
            metadata: vec![],
        }
    }

    /// Checks the recurrence fields: BYDAY tokens, validity range.
    pub fn check(&self) -> Result<(), crate::RecordError> {
        if let Some(byday) = &self.byday {
            for token in byday.split(',') {
                let t = token.trim();
                let day =
                    t.trim_start_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
                let ordinal = &t[..t.len() - day.len()];
                let ordinal_ok = ordinal.is_empty()
                    || ordinal
                        .trim_start_matches(['-', '+'])
                        .parse::<u8>()
                        .is_ok_and(|n| (1..=5).contains(&n));
                let day_ok = matches!(day, "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU");
                if !(ordinal_ok && day_ok) {
                    return Err(crate::RecordError::new(
                        "schedule",
                        "byday",
                        crate::FieldError::Invalid {
                            expected: "comma-separated RFC 5545 days like MO,TU or 1SA",
                            found: byday.clone(),
                        },
                    ));
                }
            }
        }
        if let (Some(from), Some(to)) = (self.valid_from, self.valid_to) {
            if from > to {
                return Err(crate::RecordError::new(
                    "schedule",
                    "valid_to",
                    crate::FieldError::Invalid {
                        expected: "valid_to on or after valid_from",
                        found: to.to_string(),
                    },
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The official full-service example, read from the shared data at run time
    /// (`PUERTA_SHARED_DATA`, else `../shared/data` beside the workspace).
    fn official_example() -> String {
        let root = std::env::var_os("PUERTA_SHARED_DATA")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
            });
        let path = root.join("hsds/spec-3.1/examples/service_full.json");
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    #[test]
    fn the_official_full_service_example_round_trips() {
        // The official example places its location at latitude 100, which is not on Earth:
        // parsing must say so, and the example with a real latitude must parse.
        let example = official_example();
        let err = serde_json::from_str::<Service>(&example).unwrap_err();
        assert!(err.to_string().contains("between -90 and 90"), "{err}");
        let fixed = example.replace("\"latitude\": 100", "\"latitude\": 51.5");
        let s: Service = serde_json::from_str(&fixed).expect("official example parses");
        assert_eq!(s.name.as_str(), "Community Counselling");
        assert_eq!(s.status, ServiceStatus::Active);
        assert!(s.organization.is_some());
        assert!(!s.service_at_locations.is_empty());
        let again: Service = serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
        assert_eq!(s, again);
    }

    #[test]
    fn blank_names_and_bad_emails_are_rejected_when_parsing() {
        let id = uuid::Uuid::nil();
        let blank = format!(r#"{{"id":"{id}","name":"  ","status":"active"}}"#);
        let err = serde_json::from_str::<Service>(&blank).unwrap_err();
        assert!(err.to_string().contains("blank"), "{err}");
        let bad_email =
            format!(r#"{{"id":"{id}","name":"X","status":"active","email":"not-an-email"}}"#);
        assert!(serde_json::from_str::<Service>(&bad_email).is_err());
        let bad_status = format!(r#"{{"id":"{id}","name":"X","status":"open"}}"#);
        assert!(serde_json::from_str::<Service>(&bad_status).is_err());
        let not_uuid = r#"{"id":"42","name":"X","status":"active"}"#;
        assert!(serde_json::from_str::<Service>(not_uuid).is_err());
    }

    #[test]
    fn blank_optional_text_reads_as_absent() {
        let id = uuid::Uuid::nil();
        let s: Service = serde_json::from_str(&format!(
            r#"{{"id":"{id}","name":"X","status":"active","email":"","url":"  ","alternate_name":""}}"#
        ))
        .unwrap();
        assert_eq!(s.email, None);
        assert_eq!(s.url, None);
        assert_eq!(s.alternate_name, None);
        let json = serde_json::to_string(&s).unwrap();
        assert!(!json.contains("email"), "{json}");
    }

    #[test]
    fn cross_field_rules_are_checked() {
        let mut s = Service::new(Uuid::nil(), Name::parse("X").unwrap());
        s.minimum_age = Some(Age::new(18.0).unwrap());
        s.maximum_age = Some(Age::new(5.0).unwrap());
        assert_eq!(s.check().unwrap_err().field, "minimum_age");
        let mut sched = Schedule::new(Uuid::nil());
        sched.byday = Some("MO,XX".into());
        s.maximum_age = None;
        s.schedules.push(sched);
        assert_eq!(s.check().unwrap_err().field, "schedules[0].byday");
        s.schedules[0].byday = Some("MO,1SA,-1FR".into());
        assert!(s.check().is_ok());
        let mut location = Location::new(Uuid::nil(), PlaceKind::Physical);
        let mut bad = Schedule::new(Uuid::nil());
        bad.byday = Some("2XX".into());
        location.schedules.push(bad);
        let mut sal: ServiceAtLocation =
            serde_json::from_str(r#"{"id":"00000000-0000-0000-0000-000000000000"}"#).unwrap();
        sal.location = Some(location);
        s.service_at_locations.push(sal);
        assert_eq!(
            s.check().unwrap_err().field,
            "service_at_locations[0].location.schedules[0].byday"
        );
    }
}
