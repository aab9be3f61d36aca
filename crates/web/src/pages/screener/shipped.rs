//! The shipped eligibility data, compiled into the binary: the public facts file and generic
//! parameters (`data/rules/`) and the programs (`data/programs/`). The screener pages and
//! `puerta rules` (crates/cli/src/rules.rs) share this one list, so a fresh clone and an
//! installed binary find them. `include_str!` reads the files at build time: no I/O at run
//! time.

use std::sync::{Arc, LazyLock};

use puerta_domain::rules::{ParameterSet, Program};

/// The shipped facts file (HHS poverty guidelines, USCIS fees, N-400 periods).
pub const SHIPPED_FACTS: (&str, &str) = (
    "data/rules/facts-2025.yaml",
    include_str!("../../../../../data/rules/facts-2025.yaml"),
);

/// The shipped generic parameter files, loaded after the facts file.
pub const SHIPPED_PARAMETERS: &[(&str, &str)] = &[(
    "data/rules/parameters.yaml",
    include_str!("../../../../../data/rules/parameters.yaml"),
)];

macro_rules! shipped_programs {
    ($($file:literal),* $(,)?) => {
        /// The shipped programs, as (name, text) (`crates/cli/tests/rules_cli.rs` checks
        /// that this list is every file of data/programs).
        pub const SHIPPED_PROGRAMS: &[(&str, &str)] = &[
            $( (concat!("data/programs/", $file), include_str!(concat!("../../../../../data/programs/", $file))), )*
        ];
    };
}

shipped_programs!(
    "naturalization.yaml",
    "n400-fee-full.yaml",
    "n400-fee-military.yaml",
    "n400-fee-waiver.yaml",
    "n400-reduced-fee.yaml",
    "sycamore-falls-city-id.yaml",
    "sycamore-falls-esl.yaml",
    "sycamore-falls-food-vouchers.yaml",
    "sycamore-falls-legal-defense-fund.yaml",
    "sycamore-falls-legal-screening.yaml",
    "sycamore-falls-small-business-microgrant.yaml",
);

/// The shipped parameter set and programs, compiled once.
pub struct Shipped {
    pub params: Arc<ParameterSet>,
    pub programs: Vec<Program>,
}

/// Loads the shipped parameters and programs; the error names the file that failed.
pub fn load() -> Result<Shipped, String> {
    let mut params = ParameterSet::from_facts_yaml(SHIPPED_FACTS.1)
        .map_err(|e| format!("{}: {e}", SHIPPED_FACTS.0))?;
    for (name, text) in SHIPPED_PARAMETERS {
        params
            .add_parameters_yaml(text)
            .map_err(|e| format!("{name}: {e}"))?;
    }
    let params = Arc::new(params);
    let programs = SHIPPED_PROGRAMS
        .iter()
        .map(|(name, text)| Program::from_yaml(text, &params).map_err(|e| format!("{name}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Shipped { params, programs })
}

static SHIPPED: LazyLock<Result<Shipped, String>> = LazyLock::new(load);

/// The shipped data, compiled on first use (tests check that it loads).
pub fn shipped() -> Result<&'static Shipped, &'static str> {
    SHIPPED.as_ref().map_err(String::as_str)
}
