//! Stable identifiers for records that arrive without UUIDs.
//!
//! Legacy directories (HSDS 1.x 2-1-1 exports, Open Eligibility) use integer or string ids.
//! We derive UUID v5 values from `(source, kind, legacy id)` so that importing the same file
//! twice yields the same ids (idempotent upserts) and two sources never collide.

use uuid::Uuid;

/// Namespace of all Puerta-derived ids (a fixed random UUID; never change it).
pub const PUERTA_NAMESPACE: Uuid = Uuid::from_u128(0x6f1c_2b7e_93a4_4d0c_8e55_1f0a_b2c3_d4e5);

/// A stable id for the record `legacy_id` of type `kind` (e.g. `service`) from `source`.
pub fn stable_id(source: &str, kind: &str, legacy_id: &str) -> Uuid {
    let key = format!("{source}\u{1f}{kind}\u{1f}{}", legacy_id.trim());
    Uuid::new_v5(&PUERTA_NAMESPACE, key.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_scoped() {
        let a = stable_id("miami", "service", "136");
        assert_eq!(a, stable_id("miami", "service", " 136 "));
        assert_ne!(a, stable_id("miami", "organization", "136"));
        assert_ne!(a, stable_id("other", "service", "136"));
        assert_eq!(a.get_version_num(), 5);
    }
}
