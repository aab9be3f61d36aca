//! Legal-provider verification against the DOJ/EOIR roster of recognized organizations and
//! accredited representatives: the roster's record types and status rules ([`roster`]),
//! matching roster offices to directory organizations ([`matching`]), and the marks that
//! verified services carry ([`marks`]). Pure: reading the file and writing the store live in
//! `puerta-ingest` (`eoir.rs`).
//!
//! Privacy by design: a representative's name is checked to be present while the roster is
//! read and then dropped. What Puerta keeps per office is counts (full / partial
//! accreditation, current / pending renewal / expired), which is all the directory shows.

pub mod marks;
pub mod matching;
pub mod roster;

pub use marks::{
    is_legal_service, is_mark, service_marks, taxonomy, taxonomy_id, with_marks, LegalMark,
    LEGAL_TAXONOMY_CODE,
};
pub use matching::{
    address_similarity, combine, match_offices, name_similarity, normalize_name, Candidate,
    DirectoryAddress, DirectoryOrganization, MatchOutcome, OfficeMatch, MATCH_THRESHOLD,
    REVIEW_THRESHOLD,
};
pub use roster::{
    Accreditation, Office, OfficeStatus, RepresentativeRecord, Roster, RosterError, Standing,
};
