//! Shared helpers of the rules_* integration tests: the shipped parameter files and programs.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;
use puerta_domain::rules::{Answers, ParameterSet, Program, Rule};

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

pub fn read(rel: &str) -> String {
    std::fs::read_to_string(repo_path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

pub fn facts_text() -> String {
    read("data/rules/facts-2025.yaml")
}

/// The shipped parameters: facts-2025.yaml plus parameters.yaml.
pub fn params() -> Arc<ParameterSet> {
    let mut set = ParameterSet::from_facts_yaml(&facts_text()).expect("facts-2025.yaml loads");
    set.add_parameters_yaml(&read("data/rules/parameters.yaml"))
        .expect("parameters.yaml loads");
    Arc::new(set)
}

pub fn program(file: &str) -> Program {
    Program::from_yaml(&read(&format!("data/programs/{file}")), &params())
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

pub fn rule(yaml: &str) -> Rule {
    Rule::from_yaml(yaml, &params()).unwrap_or_else(|e| panic!("{yaml}: {e}"))
}

pub fn answers(yaml: &str) -> Answers {
    serde_saphyr::from_str(yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"))
}

pub fn d(y: i16, m: i8, day: i8) -> Date {
    jiff::civil::date(y, m, day)
}
