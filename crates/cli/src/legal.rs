//! `puerta legal verify`: match the DOJ/EOIR roster of recognized organizations and
//! accredited representatives against the directory, print what matched, what needs a
//! person's review, what did not match and what has expired, and with `--apply` mark the
//! matched organizations' legal services (see `puerta_ingest::eoir`).
//!
//! Output never names representatives: accreditations are listed by their row in the roster
//! file, with their office.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use puerta_domain::legal::{self, MatchOutcome, Office, Standing};
use puerta_ingest::eoir;

const ROSTER_IN_SHARED_DATA: &str =
    "legal-services/eoir-roster-fl-2026/fl-accredited-representatives-2026-08-30.json";

#[derive(Debug, Subcommand)]
pub enum LegalCommand {
    /// Match the EOIR roster against the directory and report matched, to-review, unmatched
    /// and expired entries; with --apply, mark the matched organizations' legal services.
    Verify {
        /// The roster (JSON). Default: $PUERTA_SHARED_DATA/<roster>, else
        /// ../shared/data/<roster>, where <roster> is the Florida 2026-08-30 extract.
        #[arg(long)]
        roster: Option<PathBuf>,
        /// Write the marks (HSDS attributes) on the matched organizations' legal services
        /// and remove marks the roster no longer supports.
        #[arg(long)]
        apply: bool,
        /// The day expirations are judged on (YYYY-MM-DD; default: today).
        #[arg(long)]
        as_of: Option<String>,
    },
}

fn default_roster() -> anyhow::Result<PathBuf> {
    let shared = std::env::var_os("PUERTA_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let path = shared.join(ROSTER_IN_SHARED_DATA);
    anyhow::ensure!(
        path.is_file(),
        "no roster at {} (pass --roster FILE or set PUERTA_SHARED_DATA)",
        path.display()
    );
    Ok(path)
}

pub async fn run(db: &str, command: LegalCommand) -> anyhow::Result<()> {
    match command {
        LegalCommand::Verify {
            roster,
            apply,
            as_of,
        } => {
            let as_of = match as_of {
                Some(s) => legal::roster::parse_date(&s)
                    .map_err(anyhow::Error::msg)
                    .context("--as-of")?,
                None => jiff::Zoned::now().date(),
            };
            let path = match roster {
                Some(p) => p,
                None => default_roster()?,
            };
            // Read the roster before opening the database: a broken roster changes nothing.
            let roster = eoir::read_roster(&path)?;
            let store = super::open(db).await?;
            let result = verify(&*store, &roster, as_of, apply).await;
            store.close().await;
            result
        }
    }
}

fn office_line(o: &Office) -> String {
    let mut s = o.organization_name.clone();
    let mut place = Vec::new();
    if let Some(street) = &o.street_address {
        place.push(street.clone());
    }
    let p = o.place();
    if !p.is_empty() {
        place.push(p);
    }
    if !place.is_empty() {
        s.push_str(&format!(" ({})", place.join(", ")));
    }
    s
}

fn directory_line(v: &eoir::Verification, c: &legal::Candidate) -> String {
    let Some(org) = v.organizations.get(&c.organization_id) else {
        return c.organization_id.to_string();
    };
    let address = c
        .address_index
        .and_then(|i| org.addresses.get(i))
        .or(org.addresses.first())
        .map(|a| {
            let mut parts = vec![a.address_1.clone()];
            parts.extend(a.city.clone());
            parts.extend(a.postal_code.clone());
            format!(" ({})", parts.join(", "))
        })
        .unwrap_or_default();
    format!("{}{address} [{}]", org.name, org.id)
}

async fn verify(
    store: &dyn puerta_store::Store,
    file: &eoir::RosterFile,
    as_of: jiff::civil::Date,
    apply: bool,
) -> anyhow::Result<()> {
    let roster = &file.roster;
    let v = eoir::verify(store, roster, as_of).await?;
    println!(
        "EOIR roster {} ({}): {} representatives at {} offices; directory: {} organizations; as of {as_of}",
        file.edition,
        file.path.display(),
        roster.records,
        roster.offices.len(),
        v.directory_size
    );

    let with = |outcome: MatchOutcome| v.matches.iter().filter(move |m| m.outcome == outcome);
    println!();
    println!("matched: {}", with(MatchOutcome::Matched).count());
    for m in with(MatchOutcome::Matched) {
        let (Some(c), Some(o)) = (&m.best, roster.offices.get(m.office)) else {
            continue;
        };
        println!(
            "  {:.2}  {}  <->  {}",
            c.score,
            office_line(o),
            directory_line(&v, c)
        );
    }
    println!();
    println!("review: {}", with(MatchOutcome::Review).count());
    for m in with(MatchOutcome::Review) {
        let (Some(c), Some(o)) = (&m.best, roster.offices.get(m.office)) else {
            continue;
        };
        println!(
            "  {:.2} (name {:.2}, address {:.2})  {}  <?>  {}",
            c.score,
            c.name_score,
            c.address_score,
            office_line(o),
            directory_line(&v, c)
        );
    }
    println!();
    println!(
        "unmatched roster offices: {}",
        with(MatchOutcome::Unmatched).count()
    );
    for m in with(MatchOutcome::Unmatched) {
        if let Some(o) = roster.offices.get(m.office) {
            println!("  {}", office_line(o));
        }
    }

    // Expirations: organizations' recognitions, then accreditations by roster row.
    let mut expired = Vec::new();
    let mut pending = Vec::new();
    for o in &roster.offices {
        let line = |what: &str| {
            format!(
                "  recognition of {}: {what} {}",
                office_line(o),
                o.recognition_expires
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            )
        };
        match o.recognition(as_of) {
            Standing::Expired => expired.push(line("expired")),
            Standing::PendingRenewal => pending.push(line("expired")),
            _ => {}
        }
    }
    for (o, a) in roster.accreditations() {
        let expires = a.expires.map(|d| d.to_string()).unwrap_or_default();
        let line = format!(
            "  row {} (array index {}): {} accreditation at {}, expired {expires}",
            a.index + 1,
            a.index,
            a.kind(),
            office_line(o)
        );
        match a.standing(as_of) {
            Standing::Expired => expired.push(line),
            Standing::PendingRenewal => pending.push(line),
            _ => {}
        }
    }
    let count = |lines: &[String], what: &str| lines.iter().filter(|l| l.contains(what)).count();
    println!();
    println!(
        "expired, not authorized: {} ({} recognitions, {} accreditations)",
        expired.len(),
        count(&expired, "recognition of"),
        count(&expired, " accreditation at ")
    );
    for l in &expired {
        println!("{l}");
    }
    println!();
    println!(
        "expired, renewal pending (still authorized): {} ({} recognitions, {} accreditations)",
        pending.len(),
        count(&pending, "recognition of"),
        count(&pending, " accreditation at ")
    );
    for l in &pending {
        println!("{l}");
    }

    println!();
    if apply {
        let r = eoir::apply(store, file, &v).await?;
        println!(
            "applied: {} services marked, {} changed, {} unmarked; {} written, {} unchanged",
            r.marked_services,
            r.changed_services,
            r.unmarked_services,
            r.store.written,
            r.store.unchanged
        );
        for id in &r.organizations_without_legal_service {
            let name = v
                .organizations
                .get(id)
                .map_or_else(|| id.to_string(), |o| o.name.clone());
            println!("  note: {name} lists no legal service; all its services were marked");
        }
    } else {
        println!("dry run: pass --apply to mark the matched organizations' legal services");
    }
    Ok(())
}
