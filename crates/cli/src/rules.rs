//! `puerta rules`: the eligibility programs as data, from the command line.
//!
//! - `puerta rules test [DIR]` runs every program's own test cases (the shipped programs, or
//!   the `*.yaml` programs of DIR, e.g. a city's folder) and fails if any case fails.
//! - `puerta rules screen --input households.csv` screens households in bulk for outreach
//!   planning and writes one verdict per household and program (format below).
//! - `puerta rules bench` measures program evaluations per second on one core.
//!
//! The shipped parameters (`data/rules/`) and programs (`data/programs/`) are compiled into
//! the binary, so a fresh clone and an installed binary find them; `--rules DIR` and a
//! programs DIR replace them.
//!
//! # Household CSV (input of `screen`)
//!
//! One header row, then data rows. Columns, in any order:
//!
//! - `household_id` (required): any text without personal data, echoed in the output;
//! - `member` (optional): `0` (or empty) for the resident being screened, who also answers the
//!   household facts; `1`, `2`, … for the other household members, who answer person facts
//!   only (`age`, `relationship`, `receives_means_tested_benefit`, …). The rows of one
//!   household are consecutive and its member 0 row comes first. Without a `member` column
//!   every row is a whole household;
//! - fact columns named by their id in the fact catalogue (`household_size`,
//!   `household_annual_income`, `state`, `lives_in_city`, `age`, …): `true`/`false` (or
//!   `yes`/`no`), whole numbers, ISO dates (`2019-05-01`) or codes (`OH`, `child`). An empty
//!   cell is an unanswered question. Derived facts (`household_income_pct_fpg`) are computed.
//!
//! # Verdict CSV (output of `screen`)
//!
//! `household_id,program_id,verdict,needs,flags,reasons`: `verdict` is `likely`, `maybe` or
//! `unlikely` (never "not eligible"); `needs` the fact ids still unanswered that keep it at
//! `maybe`, `flags` (`review`, `borderline`, `single_source`, `no_parameter`) and `reasons`
//! (message keys of the deciding criteria), each space-separated.
//!
//! Household answers are personal data: nothing here logs them, and error messages name the
//! file, row and column but never repeat a cell's value.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;
use puerta_domain::rules::{
    AnswerError, Answers, Fact, FactSet, Flags, ParameterSet, Person, Program, Scope, Verdict,
};

// The shipped facts, parameters and programs (`include_str!` of data/rules and
// data/programs) live with the screener pages, which use them too.
pub use puerta_web::pages::screener::shipped::{
    SHIPPED_FACTS, SHIPPED_PARAMETERS, SHIPPED_PROGRAMS,
};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run the test cases of every program; exit non-zero if any fails.
    Test {
        /// A folder of program files (`*.yaml`), e.g. a city's; default: the shipped programs.
        dir: Option<PathBuf>,
        /// A folder of parameter files: one `facts-*.yaml` and any number of generic
        /// parameter files; default: the shipped data/rules.
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Screen households from a CSV file for outreach planning.
    ///
    /// Input: `household_id`, optional `member` (0 = the resident, 1.. = other members;
    /// rows of a household consecutive, member 0 first), and columns named by fact id
    /// (`household_size`, `household_annual_income`, `state`, `lives_in_city`, `age`, ...);
    /// an empty cell is unanswered. Output: household_id, program_id, verdict, needs, flags,
    /// reasons.
    Screen {
        /// A folder of program files; default: the shipped programs.
        #[arg(long)]
        programs: Option<PathBuf>,
        /// A folder of parameter files; default: the shipped data/rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// The households CSV file.
        #[arg(long)]
        input: PathBuf,
        /// Where to write the verdicts CSV (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Screening date (YYYY-MM-DD); default: today.
        #[arg(long, value_parser = parse_date)]
        as_of: Option<Date>,
        /// Leave the reasons column empty (skips the explanations: faster).
        #[arg(long)]
        no_reasons: bool,
    },
    /// Measure program evaluations per second on one core, on generated households.
    Bench {
        /// Number of generated households.
        #[arg(long, default_value_t = 1_000_000)]
        households: usize,
        /// A folder of program files; default: the shipped programs.
        #[arg(long)]
        programs: Option<PathBuf>,
        /// A folder of parameter files; default: the shipped data/rules.
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

fn parse_date(text: &str) -> Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| format!("`{text}` is not a date like 2026-03-01"))
}

pub fn run(cmd: RulesCommand) -> anyhow::Result<()> {
    match cmd {
        RulesCommand::Test { dir, rules } => test(dir.as_deref(), rules.as_deref()),
        RulesCommand::Screen {
            programs,
            rules,
            input,
            output,
            as_of,
            no_reasons,
        } => {
            let params = load_params(rules.as_deref())?;
            let programs = load_programs(programs.as_deref(), &params)?;
            let as_of = as_of.unwrap_or_else(|| jiff::Zoned::now().date());
            screen_file(&programs, &input, output.as_deref(), as_of, !no_reasons)
        }
        RulesCommand::Bench {
            households,
            programs,
            rules,
        } => {
            let params = load_params(rules.as_deref())?;
            let programs = load_programs(programs.as_deref(), &params)?;
            bench(&programs, households)
        }
    }
}

// ----- loading -----

/// A file's display name and text.
struct TextFile {
    name: String,
    text: String,
}

fn yaml_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("cannot read folder {}", dir.display()))?
            .path();
        if path.is_file() && path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn read_text(path: &Path) -> anyhow::Result<TextFile> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(TextFile {
        name: path.display().to_string(),
        text,
    })
}

fn shipped(files: &[(&str, &str)]) -> Vec<TextFile> {
    files
        .iter()
        .map(|(name, text)| TextFile {
            name: (*name).to_owned(),
            text: (*text).to_owned(),
        })
        .collect()
}

/// The parameter set: the shipped one, or `dir`'s `facts-*.yaml` plus its other `*.yaml`.
fn load_params(dir: Option<&Path>) -> anyhow::Result<Arc<ParameterSet>> {
    let (facts, others) = match dir {
        None => (
            TextFile {
                name: SHIPPED_FACTS.0.to_owned(),
                text: SHIPPED_FACTS.1.to_owned(),
            },
            shipped(SHIPPED_PARAMETERS),
        ),
        Some(dir) => {
            let files = yaml_files(dir)?;
            let (facts, others): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("facts-"))
            });
            let [facts] = facts.as_slice() else {
                bail!(
                    "{}: expected exactly one facts-*.yaml file, found {}",
                    dir.display(),
                    facts.len()
                );
            };
            let others = others
                .iter()
                .map(|p| read_text(p))
                .collect::<anyhow::Result<Vec<_>>>()?;
            (read_text(facts)?, others)
        }
    };
    let mut set = ParameterSet::from_facts_yaml(&facts.text)
        .with_context(|| format!("{}: cannot load the parameters", facts.name))?;
    for f in &others {
        set.add_parameters_yaml(&f.text)
            .with_context(|| format!("{}: cannot load the parameters", f.name))?;
    }
    Ok(Arc::new(set))
}

fn program_files(dir: Option<&Path>) -> anyhow::Result<Vec<TextFile>> {
    match dir {
        None => Ok(shipped(SHIPPED_PROGRAMS)),
        Some(dir) => {
            let files = yaml_files(dir)?;
            if files.is_empty() {
                bail!("{}: no program files (*.yaml)", dir.display());
            }
            files.iter().map(|p| read_text(p)).collect()
        }
    }
}

/// Every program of `dir` (or the shipped ones); the first file that does not load is an
/// error naming it.
fn load_programs(dir: Option<&Path>, params: &Arc<ParameterSet>) -> anyhow::Result<Vec<Program>> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    for f in program_files(dir)? {
        let p = Program::from_yaml(&f.text, params).with_context(|| f.name.clone())?;
        if !ids.insert(p.id().to_owned()) {
            bail!("{}: a second program with the id `{}`", f.name, p.id());
        }
        out.push(p);
    }
    Ok(out)
}

// ----- rules test -----

fn test(dir: Option<&Path>, rules: Option<&Path>) -> anyhow::Result<()> {
    let params = load_params(rules)?;
    let files = program_files(dir)?;
    let (mut cases, mut failed_cases, mut broken_files) = (0usize, 0usize, 0usize);
    let mut out = std::io::stdout().lock();
    for f in &files {
        let program = match Program::from_yaml(&f.text, &params) {
            Ok(p) => p,
            Err(e) => {
                broken_files += 1;
                writeln!(out, "ERROR {}: {e}", f.name)?;
                continue;
            }
        };
        let failures = program.run_tests();
        let total = program.tests().len();
        cases += total;
        let failing: BTreeSet<&str> = failures.iter().map(|x| x.test.as_str()).collect();
        failed_cases += failing.len();
        if failures.is_empty() {
            writeln!(
                out,
                "ok    {} ({}): {total} cases passed",
                program.id(),
                f.name
            )?;
        } else {
            writeln!(
                out,
                "FAIL  {} ({}): {} of {total} cases failed",
                program.id(),
                f.name,
                failing.len()
            )?;
            for x in &failures {
                writeln!(out, "      {}: case `{}`: {}", f.name, x.test, x.problem)?;
            }
        }
    }
    writeln!(
        out,
        "{} program files, {cases} cases: {} passed, {failed_cases} failed{}",
        files.len(),
        cases - failed_cases,
        if broken_files > 0 {
            format!(", {broken_files} files did not load")
        } else {
            String::new()
        }
    )?;
    out.flush()?;
    if failed_cases > 0 || broken_files > 0 {
        bail!("{failed_cases} test cases failed and {broken_files} program files did not load");
    }
    Ok(())
}

// ----- rules screen -----

/// What a column of the households CSV holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    HouseholdId,
    Member,
    Fact(Fact),
}

/// The columns of a households CSV, checked against the fact catalogue.
#[derive(Debug)]
struct Layout {
    columns: Vec<(Column, String)>,
    household_id: usize,
    member: Option<usize>,
}

impl Layout {
    fn new(file: &str, header: &csv::StringRecord) -> anyhow::Result<Layout> {
        let mut columns = Vec::with_capacity(header.len());
        let mut seen = BTreeSet::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim().trim_start_matches('\u{feff}');
            let at = || format!("{file}: header, column {} (`{name}`)", i + 1);
            if !seen.insert(name.to_owned()) {
                bail!("{}: the column appears twice", at());
            }
            let column = match name {
                "household_id" => Column::HouseholdId,
                "member" => Column::Member,
                _ => match Fact::from_id(name) {
                    Some(f) if f.is_derived() => bail!(
                        "{}: `{name}` is computed from other answers; remove the column",
                        at()
                    ),
                    Some(f) => Column::Fact(f),
                    None => bail!(
                        "{}: unknown column; expected household_id, member or a fact id ({})",
                        at(),
                        answerable_ids().join(", ")
                    ),
                },
            };
            columns.push((column, name.to_owned()));
        }
        let household_id = columns
            .iter()
            .position(|(c, _)| *c == Column::HouseholdId)
            .with_context(|| format!("{file}: header: the household_id column is missing"))?;
        let member = columns.iter().position(|(c, _)| *c == Column::Member);
        Ok(Layout {
            columns,
            household_id,
            member,
        })
    }
}

fn answerable_ids() -> Vec<&'static str> {
    Fact::ALL
        .iter()
        .filter(|f| !f.is_derived())
        .map(|f| f.id())
        .collect()
}

/// Why an answer was refused, without the answer itself (it is personal data).
fn answer_problem(e: &AnswerError) -> String {
    match e {
        AnswerError::UnknownCode { fact, .. } => {
            let codes = Fact::from_id(fact)
                .and_then(|f| match f.kind() {
                    puerta_domain::rules::FactType::Code(set) => Some(set.codes().join(", ")),
                    _ => None,
                })
                .unwrap_or_default();
            format!("not a code of `{fact}` (one of: {codes})")
        }
        other => other.to_string(),
    }
}

/// Totals of a screening run (counts only: no household data).
#[derive(Debug, Default, Clone, Copy)]
struct ScreenSummary {
    households: u64,
    rows: u64,
    evaluations: u64,
    /// Indexed by `Verdict as usize`.
    verdicts: [u64; 3],
}

/// One household being read.
struct Household {
    id: String,
    answers: Answers,
    last_member: u32,
    open: bool,
}

fn join_ids(set: FactSet) -> String {
    let mut s = String::new();
    for f in set.iter() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(f.id());
    }
    s
}

fn join_flags(flags: Flags) -> String {
    let mut s = String::new();
    for f in flags.iter() {
        if !s.is_empty() {
            s.push(' ');
        }
        let _ = write!(
            s,
            "{}",
            match f {
                puerta_domain::rules::Flag::Review => "review",
                puerta_domain::rules::Flag::Borderline => "borderline",
                puerta_domain::rules::Flag::SingleSource => "single_source",
                puerta_domain::rules::Flag::NoParameter => "no_parameter",
            }
        );
    }
    s
}

/// Writes the verdicts of one household.
fn write_verdicts<W: Write>(
    programs: &[Program],
    household: &Household,
    as_of: Date,
    reasons: bool,
    out: &mut csv::Writer<W>,
    summary: &mut ScreenSummary,
) -> anyhow::Result<()> {
    for p in programs {
        let outcome = p.evaluate(&household.answers, as_of);
        let why = if reasons {
            p.explain(&household.answers, as_of).reasons.join(" ")
        } else {
            String::new()
        };
        out.write_record([
            household.id.as_str(),
            p.id(),
            outcome.verdict.name(),
            &join_ids(outcome.needs),
            &join_flags(outcome.flags),
            &why,
        ])
        .context("cannot write the verdicts")?;
        summary.evaluations += 1;
        summary.verdicts[outcome.verdict as usize] += 1;
    }
    summary.households += 1;
    Ok(())
}

/// Screens the households of `input` (CSV, streamed) and writes the verdicts to `output`.
fn screen<R: Read, W: Write>(
    programs: &[Program],
    input: R,
    file: &str,
    output: W,
    as_of: Date,
    reasons: bool,
) -> anyhow::Result<ScreenSummary> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input);
    let header = reader
        .headers()
        .with_context(|| format!("{file}: cannot read the header row"))?
        .clone();
    let layout = Layout::new(file, &header)?;
    let mut out = csv::Writer::from_writer(output);
    out.write_record([
        "household_id",
        "program_id",
        "verdict",
        "needs",
        "flags",
        "reasons",
    ])
    .context("cannot write the verdicts")?;

    let mut summary = ScreenSummary::default();
    let mut record = csv::StringRecord::new();
    let mut current = Household {
        id: String::new(),
        answers: Answers::new(),
        last_member: 0,
        open: false,
    };
    loop {
        let more = reader.read_record(&mut record).map_err(|e| {
            // csv errors carry the position; never the field's content.
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            anyhow::anyhow!(
                "{file}: line {line}: {}",
                match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} fields where the header has {expected_len}"),
                    csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_owned(),
                    _ => "cannot read the row".to_owned(),
                }
            )
        })?;
        if !more {
            break;
        }
        summary.rows += 1;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let row = summary.rows;
        let at = |i: usize| {
            format!(
                "{file}: row {row} (line {line}), column {} (`{}`)",
                i + 1,
                layout.columns[i].1
            )
        };
        let id = record.get(layout.household_id).unwrap_or("").trim();
        if id.is_empty() {
            bail!("{}: a household id is required", at(layout.household_id));
        }
        let member: u32 = match layout.member {
            None => 0,
            Some(i) => {
                let text = record.get(i).unwrap_or("").trim();
                if text.is_empty() {
                    0
                } else {
                    text.parse().map_err(|_| {
                        anyhow::anyhow!(
                            "{}: expects 0 for the resident or 1, 2, ... for other members",
                            at(i)
                        )
                    })?
                }
            }
        };
        let same = current.open && current.id == id;
        if member == 0 {
            if same {
                bail!(
                    "{}: household `{id}` has a second member 0 row",
                    at(layout.member.unwrap_or(layout.household_id))
                );
            }
            if current.open {
                write_verdicts(programs, &current, as_of, reasons, &mut out, &mut summary)?;
            }
            current.id.clear();
            current.id.push_str(id);
            current.answers = Answers::new();
            current.last_member = 0;
            current.open = true;
        } else {
            let col = layout.member.unwrap_or(layout.household_id);
            if !same {
                bail!(
                    "{}: the first row of household `{id}` must be its member 0 row (the resident), and its rows must be consecutive",
                    at(col)
                );
            }
            if member <= current.last_member {
                bail!(
                    "{}: members of household `{id}` must be numbered 1, 2, ... in order",
                    at(col)
                );
            }
            current.last_member = member;
            current.answers.add_member(Person::new());
        }
        for (i, (column, _)) in layout.columns.iter().enumerate() {
            let Column::Fact(fact) = *column else {
                continue;
            };
            let text = record.get(i).unwrap_or("").trim();
            if text.is_empty() {
                continue;
            }
            let result = if member == 0 {
                if fact == Fact::Relationship && text != "self" {
                    bail!("{}: member 0 is the resident (relationship `self`)", at(i));
                }
                current.answers.set_text(fact, text).map(|_| ())
            } else {
                if fact.scope() == Scope::Household {
                    bail!(
                        "{}: a household fact; give it on the household's member 0 row",
                        at(i)
                    );
                }
                match current.answers.members_mut().last_mut() {
                    Some(p) => p.set_text(fact, text).map(|_| ()),
                    None => Ok(()),
                }
            };
            if let Err(e) = result {
                bail!("{}: {}", at(i), answer_problem(&e));
            }
        }
    }
    if current.open {
        write_verdicts(programs, &current, as_of, reasons, &mut out, &mut summary)?;
    }
    out.flush().context("cannot write the verdicts")?;
    Ok(summary)
}

fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "screening {bar:40} {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn screen_file(
    programs: &[Program],
    input: &Path,
    output: Option<&Path>,
    as_of: Date,
    reasons: bool,
) -> anyhow::Result<()> {
    let name = input.display().to_string();
    let file = File::open(input).with_context(|| format!("cannot open {name}"))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let bar = progress_bar(len);
    let reader = BufReader::with_capacity(1 << 16, bar.wrap_read(file));
    let start = Instant::now();
    let summary = match output {
        None => {
            let stdout = std::io::stdout().lock();
            screen(
                programs,
                reader,
                &name,
                BufWriter::new(stdout),
                as_of,
                reasons,
            )?
        }
        Some(path) => {
            // Written next to the target and renamed at the end: a failed run leaves no
            // half-written verdicts file.
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot write to {}", dir.display()))?;
            let summary = screen(
                programs,
                reader,
                &name,
                BufWriter::new(tmp.as_file()),
                as_of,
                reasons,
            )?;
            tmp.persist(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            summary
        }
    };
    bar.finish_and_clear();
    let [unlikely, maybe, likely] = summary.verdicts;
    eprintln!(
        "screened {} households ({} rows) for {} programs as of {as_of} in {:.1?}: {} verdicts ({likely} likely, {maybe} maybe, {unlikely} unlikely){}",
        summary.households,
        summary.rows,
        programs.len(),
        start.elapsed(),
        summary.evaluations,
        output
            .map(|p| format!(" written to {}", p.display()))
            .unwrap_or_default()
    );
    Ok(())
}

// ----- rules bench -----

/// A small deterministic generator (xorshift64*): the bench needs no randomness crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> i64 {
        i64::try_from(self.next() % n.max(1)).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Cells of one generated household: `(member, [(fact, text)])`, about 15% unanswered.
fn generated_household(rng: &mut Rng) -> Vec<(u32, Vec<(Fact, String)>)> {
    const STATES: [&str; 6] = ["OH", "OH", "OH", "TX", "CA", "AK"];
    let date = |rng: &mut Rng, from_year: i64, years: i64| {
        format!(
            "{}-{:02}-{:02}",
            from_year + rng.below(years as u64),
            1 + rng.below(12),
            1 + rng.below(28)
        )
    };
    let size = 1 + rng.below(6);
    let mut resident = vec![
        (Fact::HouseholdSize, size.to_string()),
        (
            Fact::HouseholdAnnualIncome,
            (rng.below(160) * 1000 + rng.below(1000)).to_string(),
        ),
        (Fact::State, STATES[rng.below(6) as usize].to_owned()),
        (Fact::Age, (16 + rng.below(70)).to_string()),
        (Fact::LivesInCity, rng.chance(70).to_string()),
        (Fact::LivesInCounty, rng.chance(85).to_string()),
        (Fact::ReceivesMeansTestedBenefit, rng.chance(20).to_string()),
        (Fact::ReceivesSnapOrWic, rng.chance(15).to_string()),
        (Fact::FacingRemovalProceedings, rng.chance(5).to_string()),
        (Fact::MilitaryService, rng.chance(2).to_string()),
        (Fact::ExtremeFinancialHardship, rng.chance(5).to_string()),
        (Fact::RunsOrPlansSmallBusiness, rng.chance(15).to_string()),
        (Fact::HasPhotoIdentityDocument, rng.chance(80).to_string()),
        (Fact::HasProofOfCityAddress, rng.chance(75).to_string()),
        (Fact::EnrolledInHighSchool, rng.chance(10).to_string()),
        (Fact::PermanentResidentSince, date(rng, 2008, 17)),
        (Fact::Married, rng.chance(50).to_string()),
        (Fact::SpouseIsUsCitizen, rng.chance(30).to_string()),
        (Fact::MarriedToCitizenSince, date(rng, 2010, 15)),
        (Fact::LivesInStateSince, date(rng, 2005, 20)),
        (Fact::DaysOutsideUsLast5Years, rng.below(900).to_string()),
        (Fact::DaysOutsideUsLast3Years, rng.below(500).to_string()),
        (Fact::LongestTripDaysLast5Years, rng.below(400).to_string()),
        (Fact::LongestTripDaysLast3Years, rng.below(300).to_string()),
    ];
    resident.retain(|_| !rng.chance(15));
    let mut rows = vec![(0, resident)];
    for m in 1..size.min(4) {
        let rel = if m == 1 { "spouse" } else { "child" };
        let age = if m == 1 {
            20 + rng.below(50)
        } else {
            rng.below(18)
        };
        rows.push((
            u32::try_from(m).unwrap_or(1),
            vec![
                (Fact::Relationship, rel.to_owned()),
                (Fact::Age, age.to_string()),
                (Fact::ReceivesMeansTestedBenefit, rng.chance(15).to_string()),
                (Fact::ReceivesSnapOrWic, rng.chance(15).to_string()),
            ],
        ));
    }
    rows
}

fn to_answers(rows: &[(u32, Vec<(Fact, String)>)]) -> anyhow::Result<Answers> {
    let mut a = Answers::new();
    for (member, cells) in rows {
        if *member == 0 {
            for (f, v) in cells {
                a.set_text(*f, v).map_err(|e| anyhow::anyhow!("{e}"))?;
            }
        } else {
            let mut p = Person::new();
            for (f, v) in cells {
                p.set_text(*f, v).map_err(|e| anyhow::anyhow!("{e}"))?;
            }
            a.add_member(p);
        }
    }
    Ok(a)
}

fn per_second(count: u64, elapsed: Duration) -> f64 {
    count as f64 / elapsed.as_secs_f64().max(1e-9)
}

fn bench(programs: &[Program], households: usize) -> anyhow::Result<()> {
    let households = households.max(1);
    let as_of = jiff::civil::date(2026, 3, 1);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "rules bench: {households} generated households, {} programs, as of {as_of}; one thread ({cores} cores on this machine)",
        programs.len()
    );

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let start = Instant::now();
    let mut set = Vec::with_capacity(households);
    for _ in 0..households {
        set.push(to_answers(&generated_household(&mut rng))?);
    }
    println!("  generated in {:.1?}", start.elapsed());

    // 1. The fast path: Program::evaluate, every household against every program.
    let mut verdicts = [0u64; 3];
    let start = Instant::now();
    for a in &set {
        for p in programs {
            let o = std::hint::black_box(p.evaluate(std::hint::black_box(a), as_of));
            verdicts[o.verdict as usize] += 1;
        }
    }
    let elapsed = start.elapsed();
    let evaluations = (households * programs.len()) as u64;
    println!(
        "  evaluate: {evaluations} program evaluations in {elapsed:.2?} = {:.0} evaluations/s on one core (target >= 1,000,000); {} likely, {} maybe, {} unlikely",
        per_second(evaluations, elapsed),
        verdicts[Verdict::Likely as usize],
        verdicts[Verdict::Maybe as usize],
        verdicts[Verdict::Unlikely as usize],
    );

    // 2. The explanation path (pages, and `screen`'s reasons column), on up to 100,000.
    let sample = households.min(100_000);
    let start = Instant::now();
    let mut criteria = 0usize;
    for a in &set[..sample] {
        for p in programs {
            criteria += std::hint::black_box(p.explain(a, as_of)).reasons.len();
        }
    }
    let elapsed = start.elapsed();
    let explained = (sample * programs.len()) as u64;
    println!(
        "  explain:  {explained} explanations in {elapsed:.2?} = {:.0} explanations/s on one core ({criteria} reasons)",
        per_second(explained, elapsed)
    );
    drop(set);

    // 3. `puerta rules screen` end to end: CSV in, CSV out (files in a temporary folder).
    let work = tempfile::tempdir().context("cannot create a temporary folder")?;
    let input = work.path().join("households.csv");
    let start = Instant::now();
    let facts = answerable_ids();
    {
        let mut w = csv::Writer::from_writer(BufWriter::new(
            File::create(&input).with_context(|| format!("cannot write {}", input.display()))?,
        ));
        let mut header = vec!["household_id", "member"];
        header.extend(facts.iter().copied());
        w.write_record(&header)?;
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut cells = vec![String::new(); header.len()];
        for h in 0..households {
            for (member, values) in generated_household(&mut rng) {
                cells.iter_mut().for_each(String::clear);
                cells[0] = format!("h{h}");
                cells[1] = member.to_string();
                for (f, v) in values {
                    if let Some(i) = facts.iter().position(|id| *id == f.id()) {
                        cells[i + 2] = v;
                    }
                }
                w.write_record(&cells)?;
            }
        }
        w.flush()?;
    }
    let size = std::fs::metadata(&input).map(|m| m.len()).unwrap_or(0);
    println!(
        "  wrote a {:.1} MB households CSV in {:.1?}",
        size as f64 / 1e6,
        start.elapsed()
    );
    for reasons in [false, true] {
        let output = work.path().join("verdicts.csv");
        let start = Instant::now();
        let summary = screen(
            programs,
            BufReader::with_capacity(1 << 16, File::open(&input)?),
            "households.csv",
            BufWriter::new(File::create(&output)?),
            as_of,
            reasons,
        )?;
        let elapsed = start.elapsed();
        println!(
            "  screen {}: {} households, {} verdict rows in {elapsed:.2?} = {:.0} households/s, {:.0} evaluations/s on one core",
            if reasons { "(with reasons)   " } else { "(--no-reasons)   " },
            summary.households,
            summary.evaluations,
            per_second(summary.households, elapsed),
            per_second(summary.evaluations, elapsed),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped_programs() -> Vec<Program> {
        let params = load_params(None).expect("params");
        load_programs(None, &params).expect("programs")
    }

    #[test]
    fn generated_households_are_valid_answers() {
        let mut rng = Rng(7);
        for _ in 0..1000 {
            to_answers(&generated_household(&mut rng)).expect("valid");
        }
    }

    #[test]
    fn a_csv_value_is_never_repeated_in_an_error() {
        let programs = shipped_programs();
        let csv = "household_id,state\nh1,Secretville\n";
        let err = screen(
            &programs,
            csv.as_bytes(),
            "x.csv",
            Vec::new(),
            jiff::civil::date(2026, 1, 1),
            true,
        )
        .expect_err("bad state");
        let msg = format!("{err:#}");
        assert!(
            msg.contains("x.csv: row 1 (line 2), column 2 (`state`)"),
            "{msg}"
        );
        assert!(!msg.contains("Secretville"), "{msg}");
    }
}
