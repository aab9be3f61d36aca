//! Bulk screening throughput (the issue's target: ≥ 1M program evaluations per second per
//! core). Ignored by default; run in release on a quiet machine:
//!
//! ```sh
//! cargo test --release -p puerta-domain --test rules_throughput -- --ignored --nocapture
//! ```

mod rules_common;

use std::hint::black_box;
use std::time::Instant;

use puerta_domain::rules::{Answers, Fact, Person, Verdict};
use rules_common::{d, program};

fn households(n: usize) -> Vec<Answers> {
    let states = ["CA", "TX", "AK", "HI", "NY", "FL"];
    (0..n)
        .map(|i| {
            let i64i = i as i64;
            let mut a = Answers::new();
            let size = 1 + i64i % 5;
            a.set(Fact::HouseholdSize, size).expect("size");
            a.set(Fact::HouseholdAnnualIncome, (i64i * 7919) % 140_000)
                .expect("income");
            a.set_code(Fact::State, states[i % states.len()])
                .expect("state");
            a.set(Fact::Age, 18 + i64i % 60).expect("age");
            a.set(
                Fact::PermanentResidentSince,
                d(
                    2010 + (i % 15) as i16,
                    1 + (i % 12) as i8,
                    1 + (i % 28) as i8,
                ),
            )
            .expect("date");
            a.set(Fact::Married, i.is_multiple_of(3)).expect("married");
            a.set(Fact::SpouseIsUsCitizen, i.is_multiple_of(6))
                .expect("spouse");
            a.set(Fact::MarriedToCitizenSince, d(2015 + (i % 10) as i16, 6, 1))
                .expect("date");
            a.set(Fact::DaysOutsideUsLast5Years, i64i % 1000)
                .expect("days");
            a.set(Fact::DaysOutsideUsLast3Years, i64i % 600)
                .expect("days");
            a.set(Fact::LongestTripDaysLast5Years, i64i % 400)
                .expect("days");
            a.set(Fact::LongestTripDaysLast3Years, i64i % 300)
                .expect("days");
            a.set(Fact::LivesInStateSince, d(2012, 3, 1)).expect("date");
            if !i.is_multiple_of(4) {
                a.set(Fact::ReceivesMeansTestedBenefit, i.is_multiple_of(7))
                    .expect("benefit");
                a.set(Fact::ExtremeFinancialHardship, false)
                    .expect("hardship");
            }
            for m in 1..size {
                let mut p = Person::new();
                p.set_code(Fact::Relationship, if m == 1 { "spouse" } else { "child" })
                    .expect("rel");
                p.set(
                    Fact::ReceivesMeansTestedBenefit,
                    (i + m as usize).is_multiple_of(9),
                )
                .expect("benefit");
                a.add_member(p);
            }
            a
        })
        .collect()
}

#[test]
#[ignore = "benchmark: run in release with --ignored"]
fn bulk_screening_throughput() {
    let programs = [
        program("naturalization.yaml"),
        program("n400-fee-waiver.yaml"),
        program("n400-reduced-fee.yaml"),
        program("n400-fee-military.yaml"),
    ];
    let people = households(10_000);
    let as_of = d(2025, 9, 1);
    let rounds = 50;
    let start = Instant::now();
    let mut likely = 0usize;
    for _ in 0..rounds {
        for a in &people {
            for p in &programs {
                if black_box(p.evaluate(black_box(a), as_of)).verdict == Verdict::Likely {
                    likely += 1;
                }
            }
        }
    }
    let elapsed = start.elapsed();
    let evaluations = rounds * people.len() * programs.len();
    let per_second = evaluations as f64 / elapsed.as_secs_f64();
    println!(
        "{evaluations} program evaluations in {elapsed:?}: {per_second:.0}/s on one core ({likely} likely)"
    );
    for p in &programs {
        let start = Instant::now();
        for _ in 0..rounds {
            for a in &people {
                black_box(p.evaluate(black_box(a), as_of));
            }
        }
        let rate = (rounds * people.len()) as f64 / start.elapsed().as_secs_f64();
        println!("  {:<20} {rate:>12.0}/s", p.id());
    }
    if !cfg!(debug_assertions) {
        assert!(per_second >= 1_000_000.0, "{per_second:.0}/s");
    }
}
