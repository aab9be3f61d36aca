//! Dated parameters: every threshold a rule compares against (poverty guidelines, fees,
//! durations), each row with the date it starts to apply and the sources it comes from.
//!
//! Rules never hold numbers; they name a parameter, and evaluation picks the row in force on
//! the screening date ("as of"), never "the latest row". Two inputs build a [`ParameterSet`]:
//!
//! - the compiled public facts file (`data/rules/facts-2025.yaml`): HHS poverty guidelines by
//!   year and region, the USCIS 2024 fee rule, N-400 periods, and the source table;
//! - optional generic parameter files (`data/rules/parameters.yaml`) for values the facts
//!   file states only in prose, and for new rows (e.g. a new fee rule) without editing it.
//!
//! Values flagged `unverified` are refused; `single_source` values load and carry the flag
//! into every explanation that uses them. Proposed changes (status `proposed`) are not loaded.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::dates::span_days_range;
use super::facts::CodeSet;
use super::tree::CompareOp;

/// What a parameter's value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Whole US dollars.
    Usd,
    Percent,
    Years,
    Months,
    Days,
    /// A number of things (people).
    Count,
}

impl Unit {
    pub fn name(self) -> &'static str {
        match self {
            Unit::Usd => "usd",
            Unit::Percent => "percent",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Days => "days",
            Unit::Count => "count",
        }
    }

    /// Years, months and days: usable as a period of time.
    pub fn is_duration(self) -> bool {
        matches!(self, Unit::Years | Unit::Months | Unit::Days)
    }
}

/// One entry of the source table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(skip_deserializing)]
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The issuing agency's own text.
    #[serde(default)]
    pub primary: bool,
    /// `Some(false)`: the official text was found but its body was not readable.
    #[serde(default)]
    pub primary_seen: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One dated value of a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParamRow {
    pub value: i64,
    /// First day the value applies; `None` when the sources give no start date (long-standing
    /// statute or regulation), which makes the row apply to every date before the next row.
    pub effective_from: Option<Date>,
    /// Ids in the source table.
    pub sources: Vec<String>,
    pub single_source: bool,
    pub unverified: bool,
    /// The comparison the source prescribes (`<=` for "at or below"), when it says one; rules
    /// comparing against this parameter must use it.
    pub comparison: Option<CompareOp>,
    /// A value exactly at the threshold is a borderline case to check with a legal provider.
    pub borderline_at_threshold: bool,
    pub note: Option<String>,
    /// For durations: the shortest and longest span in days (6 months = 181..=184).
    #[serde(skip)]
    pub(crate) span_days: (i64, i64),
}

/// A named, dated threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parameter {
    pub id: String,
    pub unit: Unit,
    /// Sorted by `effective_from` (rows without a date first).
    pub rows: Vec<ParamRow>,
}

impl Parameter {
    /// The row in force on `as_of`: the last row whose `effective_from` is on or before it.
    pub fn in_force(&self, as_of: Date) -> Option<&ParamRow> {
        self.rows
            .iter()
            .rev()
            .find(|r| r.effective_from.is_none_or(|d| d <= as_of))
    }
}

/// HHS poverty guideline regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Contiguous48AndDc,
    Alaska,
    Hawaii,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::Contiguous48AndDc, Region::Alaska, Region::Hawaii];

    /// The key used in the facts file.
    pub fn id(self) -> &'static str {
        match self {
            Region::Contiguous48AndDc => "contiguous_48_and_dc",
            Region::Alaska => "alaska",
            Region::Hawaii => "hawaii",
        }
    }

    fn from_id(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// A sourced amount of a poverty guideline table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub value: i64,
    pub sources: Vec<String>,
    pub single_source: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionGuideline {
    pub first_person: Amount,
    pub each_additional_person: Amount,
}

/// One year's HHS poverty guidelines. `guideline(n) = first_person + each_additional * (n-1)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PovertyGuidelines {
    pub year: i16,
    pub effective_from: Date,
    pub citation: String,
    pub sources: Vec<String>,
    /// Indexed like [`Region::ALL`].
    pub regions: [RegionGuideline; 3],
}

impl PovertyGuidelines {
    pub fn region(&self, region: Region) -> &RegionGuideline {
        &self.regions[region as usize]
    }

    /// The 100% guideline in whole dollars for a household of `size` (at least 1).
    pub fn guideline(&self, region: Region, size: i64) -> i64 {
        let r = self.region(region);
        r.first_person.value + r.each_additional_person.value * (size.max(1) - 1)
    }

    /// Whether the amounts used for `region` include a single-source value.
    pub fn single_source(&self, region: Region, size: i64) -> bool {
        let r = self.region(region);
        r.first_person.single_source || (size > 1 && r.each_additional_person.single_source)
    }
}

/// Why a parameter file was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParamError {
    #[error("cannot read the file: {0}")]
    Syntax(String),
    #[error("unsupported schema_version {0} (expected 1)")]
    SchemaVersion(u32),
    #[error("{at}: unknown source `{source_id}` (not in the sources table)")]
    UnknownSource { at: String, source_id: String },
    #[error("{0}: a value needs at least one source")]
    NoSource(String),
    #[error("{0}: the value is flagged unverified; check it against a primary source before shipping it")]
    Unverified(String),
    #[error("{0}: unknown poverty guideline region")]
    UnknownRegion(String),
    #[error("{0}: missing poverty guideline region")]
    MissingRegion(String),
    #[error("poverty guidelines {year}: published row for {size} people in {region} is {published}, the formula gives {computed}")]
    CheckRow {
        year: i16,
        region: &'static str,
        size: u32,
        published: i64,
        computed: i64,
    },
    #[error("{0}: cannot tell the unit from the key (expected a _years, _months or _days suffix)")]
    UnknownUnit(String),
    #[error("{0}: unknown comparison `{1}`")]
    UnknownComparison(String, String),
    #[error("parameter `{id}`: unit {found} does not match the existing unit {existing}")]
    UnitConflict {
        id: String,
        existing: &'static str,
        found: &'static str,
    },
    #[error("parameter `{0}`: two rows with the same effective_from")]
    DuplicateRow(String),
    #[error("poverty guidelines: two tables with the same effective_from {0}")]
    DuplicateTable(Date),
    #[error("parameter `{0}`: invalid id (lowercase letters, digits, '_' and '.')")]
    InvalidId(String),
    #[error("{0}: value out of range")]
    OutOfRange(String),
}

/// Index of a parameter inside its set (what compiled rules hold).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ParamIdx(pub(crate) u16);

/// Every dated parameter, the poverty guideline tables and the source table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterSet {
    params: Vec<Parameter>,
    tables: Vec<PovertyGuidelines>,
    /// Region of every code of [`CodeSet::State`], by code index.
    state_regions: Vec<Region>,
    sources: BTreeMap<String, Source>,
}

// ----- facts file shapes (only the parts the engine reads; notes are ignored) -----

#[derive(Deserialize)]
struct FactsFile {
    schema_version: u32,
    hhs_poverty_guidelines: HhsFile,
    uscis_fee_rule_2024: FeeRuleFile,
    naturalization_n400: NaturalizationFile,
    sources: BTreeMap<String, Source>,
}

#[derive(Deserialize)]
struct HhsFile {
    tables: Vec<TableFile>,
    region_mapping: RegionMappingFile,
}

#[derive(Deserialize)]
struct RegionMappingFile {
    hhs: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct TableFile {
    year: i16,
    effective_from: Date,
    citation: String,
    source: Vec<String>,
    regions: BTreeMap<String, RegionFile>,
    #[serde(default)]
    check_rows: Option<CheckRowsFile>,
}

#[derive(Deserialize)]
struct RegionFile {
    first_person: NumberFile,
    each_additional_person: NumberFile,
}

#[derive(Deserialize)]
struct CheckRowsFile {
    #[serde(default)]
    contiguous_48_and_dc: BTreeMap<u32, i64>,
    #[serde(default)]
    alaska: BTreeMap<u32, i64>,
    #[serde(default)]
    hawaii: BTreeMap<u32, i64>,
    source: Vec<String>,
}

#[derive(Deserialize)]
struct NumberFile {
    value: NumberOrBool,
    source: Vec<String>,
    #[serde(default)]
    single_source: bool,
    #[serde(default)]
    unverified: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum NumberOrBool {
    Number(i64),
    // Yes/no statements ("must remain spouse until the oath") are read but not thresholds.
    #[allow(dead_code)]
    Bool(bool),
}

#[derive(Deserialize)]
struct FeeRuleFile {
    effective_from: Date,
    n400_fees: N400FeesFile,
    n400_reduced_fee_eligibility: ReducedFeeFile,
    fee_waiver_i912: FeeWaiverFile,
}

#[derive(Deserialize)]
struct N400FeesFile {
    paper: NumberFile,
    online: NumberFile,
    reduced: NumberFile,
    military_exemption: NumberFile,
}

#[derive(Deserialize)]
struct ReducedFeeFile {
    household_income_max_pct_fpg: i64,
    comparison: String,
    #[serde(default)]
    comparison_note: Option<String>,
    #[serde(default)]
    comparison_source: Vec<String>,
    source: Vec<String>,
}

#[derive(Deserialize)]
struct FeeWaiverFile {
    criteria_any_of: Vec<WaiverCriterionFile>,
}

#[derive(Deserialize)]
struct WaiverCriterionFile {
    id: String,
    #[serde(default)]
    household_income_max_pct_fpg: Option<i64>,
    #[serde(default)]
    comparison: Option<String>,
    source: Vec<String>,
}

#[derive(Deserialize)]
struct NaturalizationFile {
    general_ina_316a: BTreeMap<String, NumberFile>,
    spouse_of_us_citizen_ina_319a: BTreeMap<String, NumberFile>,
    early_filing: EarlyFilingFile,
}

#[derive(Deserialize)]
struct EarlyFilingFile {
    days_before_residence_anniversary: NumberFile,
}

// ----- generic parameter file -----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParametersFile {
    schema_version: u32,
    #[serde(default)]
    sources: BTreeMap<String, Source>,
    parameters: Vec<ParameterFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParameterFile {
    id: String,
    unit: Unit,
    rows: Vec<RowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RowFile {
    value: i64,
    effective_from: Option<Date>,
    source: Vec<String>,
    #[serde(default)]
    single_source: bool,
    #[serde(default)]
    unverified: bool,
    #[serde(default)]
    comparison: Option<CompareOp>,
    #[serde(default)]
    borderline_at_threshold: bool,
    #[serde(default)]
    note: Option<String>,
}

fn parse_comparison(at: &str, text: &str) -> Result<CompareOp, ParamError> {
    CompareOp::from_symbol(text)
        .ok_or_else(|| ParamError::UnknownComparison(at.to_owned(), text.to_owned()))
}

fn valid_param_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
        && !id.starts_with('.')
        && !id.ends_with('.')
}

impl ParameterSet {
    /// Reads the compiled facts file (`facts-2025.yaml` shape, `schema_version: 1`).
    ///
    /// Checks every source reference against the file's source table, every published
    /// poverty-guideline row against the formula, and refuses `unverified` values.
    pub fn from_facts_yaml(text: &str) -> Result<Self, ParamError> {
        let file: FactsFile =
            serde_saphyr::from_str(text).map_err(|e| ParamError::Syntax(e.to_string()))?;
        if file.schema_version != 1 {
            return Err(ParamError::SchemaVersion(file.schema_version));
        }
        let mut sources = file.sources;
        for (id, s) in &mut sources {
            s.id.clone_from(id);
        }
        let mut set = ParameterSet {
            params: Vec::new(),
            tables: Vec::new(),
            state_regions: Vec::new(),
            sources,
        };
        set.read_poverty_guidelines(file.hhs_poverty_guidelines)?;
        set.read_fee_rule(file.uscis_fee_rule_2024)?;
        set.read_naturalization(file.naturalization_n400)?;
        Ok(set)
    }

    /// Adds the parameters (and extra sources) of a generic parameter file:
    ///
    /// ```yaml
    /// schema_version: 1
    /// parameters:
    ///   - id: n400.absence.presumption_over_months
    ///     unit: months
    ///     rows:
    ///       - {value: 6, effective_from: null, source: [ecfr-316-5]}
    /// ```
    ///
    /// Rows of an existing parameter are merged (same unit required, no two rows with the
    /// same `effective_from`).
    pub fn add_parameters_yaml(&mut self, text: &str) -> Result<(), ParamError> {
        let file: ParametersFile =
            serde_saphyr::from_str(text).map_err(|e| ParamError::Syntax(e.to_string()))?;
        if file.schema_version != 1 {
            return Err(ParamError::SchemaVersion(file.schema_version));
        }
        for (id, mut s) in file.sources {
            s.id.clone_from(&id);
            self.sources.insert(id, s);
        }
        for p in file.parameters {
            for (i, r) in p.rows.into_iter().enumerate() {
                let at = format!("{}.rows[{i}]", p.id);
                if r.unverified {
                    return Err(ParamError::Unverified(at));
                }
                self.check_sources(&at, &r.source)?;
                let row = ParamRow {
                    value: r.value,
                    effective_from: r.effective_from,
                    sources: r.source,
                    single_source: r.single_source,
                    unverified: false,
                    comparison: r.comparison,
                    borderline_at_threshold: r.borderline_at_threshold,
                    note: r.note,
                    span_days: (0, 0),
                };
                self.push_row(&p.id, p.unit, row)?;
            }
        }
        Ok(())
    }

    /// Every parameter.
    pub fn parameters(&self) -> &[Parameter] {
        &self.params
    }

    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.params.iter().find(|p| p.id == id)
    }

    /// The row of parameter `id` in force on `as_of`.
    pub fn in_force(&self, id: &str, as_of: Date) -> Option<&ParamRow> {
        self.parameter(id)?.in_force(as_of)
    }

    /// Every poverty guideline table, oldest first.
    pub fn poverty_tables(&self) -> &[PovertyGuidelines] {
        &self.tables
    }

    /// The poverty guideline table in force on `as_of`.
    pub fn poverty_guidelines(&self, as_of: Date) -> Option<&PovertyGuidelines> {
        self.tables.iter().rev().find(|t| t.effective_from <= as_of)
    }

    /// The poverty guideline region of a state code such as `AK`.
    pub fn region_of_state(&self, code: &str) -> Option<Region> {
        CodeSet::State
            .index_of(code)
            .and_then(|i| self.state_regions.get(usize::from(i)).copied())
    }

    pub(crate) fn region_of_state_index(&self, index: u8) -> Region {
        self.state_regions
            .get(usize::from(index))
            .copied()
            .unwrap_or(Region::Contiguous48AndDc)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    pub(crate) fn index_of(&self, id: &str) -> Option<ParamIdx> {
        self.params
            .iter()
            .position(|p| p.id == id)
            .and_then(|i| u16::try_from(i).ok())
            .map(ParamIdx)
    }

    pub(crate) fn get(&self, idx: ParamIdx) -> &Parameter {
        &self.params[usize::from(idx.0)]
    }

    pub(crate) fn row_at(&self, idx: ParamIdx, as_of: Date) -> Option<&ParamRow> {
        self.params
            .get(usize::from(idx.0))
            .and_then(|p| p.in_force(as_of))
    }

    // ----- loading helpers -----

    fn check_sources(&self, at: &str, ids: &[String]) -> Result<(), ParamError> {
        if ids.is_empty() {
            return Err(ParamError::NoSource(at.to_owned()));
        }
        match ids
            .iter()
            .find(|id| !self.sources.contains_key(id.as_str()))
        {
            Some(missing) => Err(ParamError::UnknownSource {
                at: at.to_owned(),
                source_id: missing.clone(),
            }),
            None => Ok(()),
        }
    }

    fn push_row(&mut self, id: &str, unit: Unit, mut row: ParamRow) -> Result<(), ParamError> {
        if !valid_param_id(id) {
            return Err(ParamError::InvalidId(id.to_owned()));
        }
        if unit.is_duration() && !(0..=1000).contains(&row.value) {
            return Err(ParamError::OutOfRange(id.to_owned()));
        }
        row.span_days = if unit.is_duration() {
            span_days_range(unit, row.value)
        } else {
            (0, 0)
        };
        let param = match self.params.iter().position(|p| p.id == id) {
            Some(i) => &mut self.params[i],
            None => {
                self.params.push(Parameter {
                    id: id.to_owned(),
                    unit,
                    rows: Vec::new(),
                });
                let last = self.params.len() - 1;
                &mut self.params[last]
            }
        };
        if param.unit != unit {
            return Err(ParamError::UnitConflict {
                id: id.to_owned(),
                existing: param.unit.name(),
                found: unit.name(),
            });
        }
        if param
            .rows
            .iter()
            .any(|r| r.effective_from == row.effective_from)
        {
            return Err(ParamError::DuplicateRow(id.to_owned()));
        }
        param.rows.push(row);
        param.rows.sort_by_key(|r| r.effective_from);
        Ok(())
    }

    /// A row from a `{value, source, single_source, unverified}` entry of the facts file.
    fn number_row(
        &self,
        at: &str,
        n: &NumberFile,
        effective_from: Option<Date>,
    ) -> Result<Option<ParamRow>, ParamError> {
        if n.unverified {
            return Err(ParamError::Unverified(at.to_owned()));
        }
        self.check_sources(at, &n.source)?;
        let NumberOrBool::Number(value) = n.value else {
            // Yes/no statements ("must remain spouse until the oath") are not thresholds.
            return Ok(None);
        };
        Ok(Some(ParamRow {
            value,
            effective_from,
            sources: n.source.clone(),
            single_source: n.single_source,
            unverified: false,
            comparison: None,
            borderline_at_threshold: false,
            note: None,
            span_days: (0, 0),
        }))
    }

    fn amount(&self, at: &str, n: &NumberFile) -> Result<Amount, ParamError> {
        let row = self
            .number_row(at, n, None)?
            .ok_or_else(|| ParamError::OutOfRange(at.to_owned()))?;
        if row.value <= 0 {
            return Err(ParamError::OutOfRange(at.to_owned()));
        }
        Ok(Amount {
            value: row.value,
            sources: row.sources,
            single_source: row.single_source,
        })
    }

    fn read_poverty_guidelines(&mut self, hhs: HhsFile) -> Result<(), ParamError> {
        // Region of each state: the explicit codes, everything else `default`.
        let mapping = &hhs.region_mapping.hhs;
        let default = mapping
            .get("default")
            .ok_or_else(|| ParamError::MissingRegion("region_mapping.hhs.default".into()))?;
        let default =
            Region::from_id(default).ok_or_else(|| ParamError::UnknownRegion(default.clone()))?;
        self.state_regions = vec![default; CodeSet::State.codes().len()];
        for (code, region) in mapping {
            if code == "default" {
                continue;
            }
            let r =
                Region::from_id(region).ok_or_else(|| ParamError::UnknownRegion(region.clone()))?;
            let i = CodeSet::State
                .index_of(code)
                .ok_or_else(|| ParamError::UnknownRegion(format!("region_mapping.hhs.{code}")))?;
            self.state_regions[usize::from(i)] = r;
        }

        for t in hhs.tables {
            let at = format!("hhs_poverty_guidelines.{}", t.year);
            self.check_sources(&at, &t.source)?;
            if let Some(name) = t.regions.keys().find(|k| Region::from_id(k).is_none()) {
                return Err(ParamError::UnknownRegion(format!("{at}.regions.{name}")));
            }
            let mut regions = Vec::with_capacity(3);
            for region in Region::ALL {
                let rat = format!("{at}.regions.{}", region.id());
                let r = t
                    .regions
                    .get(region.id())
                    .ok_or_else(|| ParamError::MissingRegion(rat.clone()))?;
                regions.push(RegionGuideline {
                    first_person: self.amount(&format!("{rat}.first_person"), &r.first_person)?,
                    each_additional_person: self.amount(
                        &format!("{rat}.each_additional_person"),
                        &r.each_additional_person,
                    )?,
                });
            }
            let [contiguous, alaska, hawaii]: [RegionGuideline; 3] = regions
                .try_into()
                .map_err(|_| ParamError::MissingRegion(at.clone()))?;
            let table = PovertyGuidelines {
                year: t.year,
                effective_from: t.effective_from,
                citation: t.citation,
                sources: t.source,
                regions: [contiguous, alaska, hawaii],
            };
            if let Some(check) = &t.check_rows {
                self.check_sources(&format!("{at}.check_rows"), &check.source)?;
                for (region, rows) in [
                    (Region::Contiguous48AndDc, &check.contiguous_48_and_dc),
                    (Region::Alaska, &check.alaska),
                    (Region::Hawaii, &check.hawaii),
                ] {
                    for (&size, &published) in rows {
                        let computed = table.guideline(region, i64::from(size));
                        if computed != published || size == 0 {
                            return Err(ParamError::CheckRow {
                                year: t.year,
                                region: region.id(),
                                size,
                                published,
                                computed,
                            });
                        }
                    }
                }
            }
            if self
                .tables
                .iter()
                .any(|x| x.effective_from == table.effective_from)
            {
                return Err(ParamError::DuplicateTable(table.effective_from));
            }
            self.tables.push(table);
        }
        self.tables.sort_by_key(|t| t.effective_from);
        Ok(())
    }

    fn read_fee_rule(&mut self, fee: FeeRuleFile) -> Result<(), ParamError> {
        let from = Some(fee.effective_from);
        let fees = &fee.n400_fees;
        for (id, n) in [
            ("uscis.n400.fee.paper", &fees.paper),
            ("uscis.n400.fee.online", &fees.online),
            ("uscis.n400.fee.reduced", &fees.reduced),
            (
                "uscis.n400.fee.military_exemption",
                &fees.military_exemption,
            ),
        ] {
            if let Some(row) = self.number_row(id, n, from)? {
                self.push_row(id, Unit::Usd, row)?;
            }
        }

        let r = &fee.n400_reduced_fee_eligibility;
        let id = "uscis.n400.reduced_fee.max_pct_fpg";
        let mut sources = r.source.clone();
        for s in &r.comparison_source {
            if !sources.contains(s) {
                sources.push(s.clone());
            }
        }
        self.check_sources(id, &sources)?;
        let row = ParamRow {
            value: r.household_income_max_pct_fpg,
            effective_from: from,
            sources,
            single_source: false,
            unverified: false,
            comparison: Some(parse_comparison(id, &r.comparison)?),
            // The sources disagree on "less than" / "at or below" 400%: exactly 400% counts
            // as eligible but is flagged (comparison_note in the facts file).
            borderline_at_threshold: r.comparison_note.is_some(),
            note: r.comparison_note.as_ref().map(|n| n.trim().to_owned()),
            span_days: (0, 0),
        };
        self.push_row(id, Unit::Percent, row)?;

        for c in &fee.fee_waiver_i912.criteria_any_of {
            let Some(max) = c.household_income_max_pct_fpg else {
                continue;
            };
            let id = "uscis.fee_waiver.max_pct_fpg";
            let at = format!("fee_waiver_i912.{}", c.id);
            self.check_sources(&at, &c.source)?;
            let comparison = match &c.comparison {
                Some(text) => Some(parse_comparison(&at, text)?),
                None => None,
            };
            let row = ParamRow {
                value: max,
                effective_from: from,
                sources: c.source.clone(),
                single_source: false,
                unverified: false,
                comparison,
                borderline_at_threshold: false,
                note: None,
                span_days: (0, 0),
            };
            self.push_row(id, Unit::Percent, row)?;
        }
        Ok(())
    }

    fn read_naturalization(&mut self, n: NaturalizationFile) -> Result<(), ParamError> {
        // The facts file gives no start dates for these long-standing statutory periods.
        for (prefix, entries) in [
            ("n400.general", &n.general_ina_316a),
            ("n400.spouse", &n.spouse_of_us_citizen_ina_319a),
        ] {
            for (key, value) in entries {
                let id = format!("{prefix}.{key}");
                let Some(row) = self.number_row(&id, value, None)? else {
                    continue;
                };
                let unit = if key.ends_with("_days") {
                    Unit::Days
                } else if key.ends_with("_months") {
                    Unit::Months
                } else if key.contains("_years") || key.starts_with("min_age") {
                    Unit::Years
                } else {
                    return Err(ParamError::UnknownUnit(id));
                };
                self.push_row(&id, unit, row)?;
            }
        }
        let id = "n400.early_filing.days_before_residence_anniversary";
        if let Some(row) =
            self.number_row(id, &n.early_filing.days_before_residence_anniversary, None)?
        {
            self.push_row(id, Unit::Days, row)?;
        }
        Ok(())
    }
}
