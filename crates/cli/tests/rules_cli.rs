//! `puerta rules test` and `puerta rules screen`, run as the real binary.
//!
//! Given the shipped programs (compiled into the binary), `rules test` passes from any working
//! folder; given a broken copy in a temporary folder it fails, naming the file and the case.
//! `rules screen` turns a small households CSV into the expected verdicts, and a bad CSV is
//! refused with the file, row and column (and never the value typed).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use common::puerta;

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// Runs `puerta <args>` in `cwd`.
fn rules(cwd: &Path, args: &[&str]) -> Output {
    puerta()
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("the puerta binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

fn program_files() -> BTreeSet<String> {
    std::fs::read_dir(repo("data/programs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect()
}

#[test]
fn rules_test_passes_on_the_shipped_programs_from_any_folder() {
    // An empty working folder: the data must come from the binary itself.
    let cwd = tempfile::tempdir().unwrap();
    let out = rules(cwd.path(), &["rules", "test"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains(" 0 failed"), "{stdout}");
    // Every file of data/programs is compiled in, and each passed.
    let passed: BTreeSet<String> = stdout
        .lines()
        .filter(|l| l.starts_with("ok "))
        .filter_map(|l| l.split("(data/programs/").nth(1))
        .filter_map(|rest| rest.split(')').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(passed, program_files(), "{stdout}");
    for id in ["naturalization", "n400-fee-full", "sycamore-falls-city-id"] {
        assert!(stdout.contains(&format!("ok    {id} ")), "{id}: {stdout}");
    }
}

#[test]
fn rules_test_fails_on_a_broken_copy_naming_file_and_case() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("programs");
    copy_dir(&repo("data/programs"), &dir);
    std::fs::remove_file(dir.join("README.md")).ok();

    // The data folder passes as it is (the DIR argument replaces the shipped programs).
    let ok = rules(tmp.path(), &["rules", "test", dir.to_str().unwrap()]);
    assert!(ok.status.success(), "{}", text(&ok.stdout));

    // A wrong expectation: the adult city resident is `likely`, not `unlikely`.
    let esl = dir.join("sycamore-falls-esl.yaml");
    let good = std::fs::read_to_string(&esl).unwrap();
    std::fs::write(
        &esl,
        good.replacen("verdict: likely", "verdict: unlikely", 1),
    )
    .unwrap();
    let out = rules(tmp.path(), &["rules", "test", dir.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    let line = stdout
        .lines()
        .find(|l| l.contains("case `adult living in the city`"))
        .unwrap_or_else(|| panic!("no failing case line in:\n{stdout}"));
    assert!(line.contains(&esl.display().to_string()), "{line}");
    assert!(line.contains("expected unlikely, got likely"), "{line}");
    assert!(stdout.contains("FAIL  sycamore-falls-esl"), "{stdout}");
    assert!(stdout.contains("1 failed"), "{stdout}");
    assert!(text(&out.stderr).contains("1 test cases failed"));

    // A program that does not load (an unknown fact) is named too; the others still run.
    std::fs::write(
        &esl,
        good.replace("is_false: enrolled_in_high_school", "is_false: in_school"),
    )
    .unwrap();
    let out = rules(tmp.path(), &["rules", "test", dir.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(!out.status.success());
    assert!(
        stdout.contains(&format!("ERROR {}", esl.display())) && stdout.contains("in_school"),
        "{stdout}"
    );
    assert!(stdout.contains("ok    naturalization"), "{stdout}");
}

#[test]
fn rules_test_takes_a_city_rules_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let rules_dir = tmp.path().join("rules");
    std::fs::create_dir_all(&rules_dir).unwrap();
    std::fs::copy(
        repo("data/rules/facts-2025.yaml"),
        rules_dir.join("facts-2025.yaml"),
    )
    .unwrap();
    // Without the city's parameter file, the city programs cannot load.
    let out = rules(
        tmp.path(),
        &["rules", "test", "--rules", rules_dir.to_str().unwrap()],
    );
    let stdout = text(&out.stdout);
    assert!(!out.status.success());
    assert!(
        stdout.contains("ERROR data/programs/sycamore-falls-esl.yaml")
            && stdout.contains("sycamore_falls.esl.adult_age"),
        "{stdout}"
    );
    std::fs::copy(
        repo("data/rules/parameters.yaml"),
        rules_dir.join("parameters.yaml"),
    )
    .unwrap();
    let out = rules(
        tmp.path(),
        &["rules", "test", "--rules", rules_dir.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stdout));
}

const HOUSEHOLDS: &str = "\
household_id,member,relationship,age,household_size,household_annual_income,state,lives_in_city,lives_in_county,facing_removal_proceedings,receives_snap_or_wic,runs_or_plans_small_business,has_photo_identity_document,has_proof_of_city_address,enrolled_in_high_school,military_service
a,0,,34,3,30000,OH,true,true,true,false,false,true,true,,false
b,0,,41,2,90000,OH,false,true,false,false,,,,,
b,1,child,2,,,,,,,true,,,,,
c,,,,,,,,,,,,,,,
";

fn verdicts(csv_text: &str) -> BTreeMap<(String, String), Vec<String>> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "household_id",
            "program_id",
            "verdict",
            "needs",
            "flags",
            "reasons"
        ]
    );
    r.records()
        .map(|row| {
            let row = row.unwrap();
            (
                (row[0].to_owned(), row[1].to_owned()),
                row.iter().skip(2).map(str::to_owned).collect(),
            )
        })
        .collect()
}

#[test]
fn screen_writes_the_expected_verdicts() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("households.csv");
    std::fs::write(&input, HOUSEHOLDS).unwrap();
    let output = tmp.path().join("verdicts.csv");
    let out = rules(
        tmp.path(),
        &[
            "rules",
            "screen",
            "--programs",
            repo("data/programs").to_str().unwrap(),
            "--input",
            input.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
            "--as-of",
            "2026-03-01",
        ],
    );
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let v = verdicts(&std::fs::read_to_string(&output).unwrap());
    let programs = program_files().len();
    assert_eq!(v.len(), 3 * programs, "{v:?}");
    let get = |h: &str, p: &str| v[&(h.to_owned(), p.to_owned())].clone();

    // a: city resident in removal proceedings, 3 people at 30,000 (under 200% of 2026's 27,320).
    let fund = get("a", "sycamore-falls-legal-defense-fund");
    assert_eq!(fund[0], "likely", "{fund:?}");
    assert!(
        fund[3].contains("rule-facing-removal-proceedings"),
        "{fund:?}"
    );
    assert_eq!(get("a", "sycamore-falls-city-id")[0], "likely");
    assert_eq!(get("a", "sycamore-falls-esl")[0], "likely");
    assert_eq!(get("a", "n400-fee-full")[0], "unlikely");
    // b: over the food limit, but a child receives WIC; not a city resident.
    assert_eq!(get("b", "sycamore-falls-food-vouchers")[0], "likely");
    assert_eq!(get("b", "sycamore-falls-city-id")[0], "unlikely");
    assert_eq!(get("b", "sycamore-falls-legal-screening")[0], "likely");
    // c: nothing answered: maybe, with the questions to ask.
    let screening = get("c", "sycamore-falls-legal-screening");
    assert_eq!(screening[0], "maybe");
    assert_eq!(screening[1], "lives_in_city lives_in_county");
    assert!(v
        .values()
        .all(|r| r[0] != "eligible" && r[0] != "ineligible"));

    // Nothing a resident typed is echoed on the terminal: counts only.
    assert!(
        stderr.contains("screened 3 households (4 rows)"),
        "{stderr}"
    );
    for typed in ["30000", "90000", "OH"] {
        assert!(!stderr.contains(typed), "{typed} in {stderr}");
    }

    // Without --output the verdicts go to standard output; one row per household: no member
    // column needed.
    std::fs::write(&input, "household_id,lives_in_city\nx,true\n").unwrap();
    let out = rules(
        tmp.path(),
        &[
            "rules",
            "screen",
            "--input",
            input.to_str().unwrap(),
            "--no-reasons",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = verdicts(&text(&out.stdout));
    assert_eq!(
        v[&("x".into(), "sycamore-falls-legal-screening".into())][0],
        "likely"
    );
}

fn screen_error(csv_text: &str) -> (String, bool) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("households.csv");
    std::fs::write(&input, csv_text).unwrap();
    let output = tmp.path().join("verdicts.csv");
    let out = rules(
        tmp.path(),
        &[
            "rules",
            "screen",
            "--input",
            input.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
            "--as-of",
            "2026-03-01",
        ],
    );
    assert!(!out.status.success());
    (text(&out.stderr), output.exists())
}

#[test]
fn a_bad_csv_is_refused_naming_file_row_and_column() {
    // A value of the wrong type: row 2 is line 3; `age` is column 3. The value is not echoed.
    let (err, written) = screen_error("household_id,member,age\nh1,0,40\nh2,0,forty-two\n");
    assert!(
        err.contains("households.csv: row 2 (line 3), column 3 (`age`): `age` expects years"),
        "{err}"
    );
    assert!(!err.contains("forty-two"), "{err}");
    assert!(!written, "no half-written verdicts file");

    // Out of range.
    let (err, _) = screen_error("household_id,age\nh1,200\n");
    assert!(
        err.contains("row 1 (line 2), column 2 (`age`): `age` must be between 0 and 130"),
        "{err}"
    );

    // An unknown column is named in the header.
    let (err, _) = screen_error("household_id,immigration_status\nh1,x\n");
    assert!(
        err.contains("households.csv: header, column 2 (`immigration_status`): unknown column"),
        "{err}"
    );

    // A derived fact cannot be a column.
    let (err, _) = screen_error("household_id,household_income_pct_fpg\nh1,100\n");
    assert!(
        err.contains("column 2 (`household_income_pct_fpg`)"),
        "{err}"
    );

    // A household fact on a member row.
    let (err, _) = screen_error("household_id,member,age,household_size\nh1,0,40,2\nh1,1,12,3\n");
    assert!(
        err.contains("row 2 (line 3), column 4 (`household_size`): a household fact"),
        "{err}"
    );

    // A member row that does not follow its household's member 0 row.
    let (err, _) = screen_error("household_id,member,age\nh1,0,40\nh2,1,12\n");
    assert!(err.contains("row 2 (line 3), column 2 (`member`)"), "{err}");

    // A short row.
    let (err, _) = screen_error("household_id,member,age\nh1,0\n");
    assert!(err.contains("households.csv: line 2"), "{err}");

    // A bad state code is named without repeating it.
    let (err, _) = screen_error("household_id,state\nh1,Zorgland\n");
    assert!(
        err.contains("column 2 (`state`): not a code of `state`"),
        "{err}"
    );
    assert!(!err.contains("Zorgland"), "{err}");

    // The household id column is required.
    let (err, _) = screen_error("age\n40\n");
    assert!(err.contains("the household_id column is missing"), "{err}");
}
