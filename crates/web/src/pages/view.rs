//! What every page shares: the page frame ([`Chrome`]: language, direction, title, the
//! language switcher, the stylesheet's address) and the words for dates, times, weekdays,
//! distances and language names in the resident's language.

use jiff::civil::{Date, Time};
use puerta_domain::Weekday;

use super::assets;
use super::locale::{Locale, Tr, LOCALES};
use super::plan::{self, Plan};

/// One link of the language switcher.
pub struct SwitchLink {
    pub tag: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// The frame of a page.
pub struct Chrome {
    pub locale: &'static Locale,
    pub tr: Tr,
    pub title: String,
    pub css: String,
    pub icon: String,
    pub languages: Vec<SwitchLink>,
    /// `/{lang}`: the prefix of this locale's links.
    pub base: String,
    /// The resident's plan, carried in this page's URL (`plan=`, or `s=` on the plan
    /// pages); links made with [`Chrome::carry`] pass it on.
    pub plan: Plan,
}

impl Chrome {
    /// `rest`: this page's path and query without the locale prefix (`/results?q=food`),
    /// for the switcher to return to the same page.
    pub fn new(locale: &'static Locale, rest: &str, title: String) -> Self {
        let languages = LOCALES
            .iter()
            .map(|l| SwitchLink {
                tag: l.tag,
                name: l.name,
                dir: l.dir(),
                href: format!(
                    "/language/{}?{}",
                    l.tag,
                    serde_urlencoded::to_string([("next", rest)]).unwrap_or_default()
                ),
                current: l.tag == locale.tag,
            })
            .collect();
        Self {
            locale,
            tr: Tr::new(locale),
            title,
            css: assets::css_path(),
            icon: assets::icon_path(),
            languages,
            base: format!("/{}", locale.tag),
            plan: Plan::default(),
        }
    }

    /// From the request URI of a page under `/{lang}`.
    pub fn for_uri(locale: &'static Locale, uri: &axum::http::Uri, title: String) -> Self {
        let path = uri.path();
        let rest = path
            .strip_prefix(&format!("/{}", locale.tag))
            .unwrap_or("/");
        let rest = if rest.is_empty() { "/" } else { rest };
        let rest = match uri.query() {
            Some(q) if !q.is_empty() => format!("{rest}?{q}"),
            _ => rest.to_owned(),
        };
        let mut chrome = Self::new(locale, &rest, title);
        chrome.plan = Plan::of_uri(uri).0;
        chrome
    }

    /// `href` (a path on this site) with the plan passed on.
    pub fn carry(&self, href: &str) -> String {
        plan::carry(href, &self.plan)
    }

    /// `/{lang}{rest}` with the plan passed on (`rest` starts with `/`).
    pub fn link(&self, rest: &str) -> String {
        self.carry(&format!("{}{rest}", self.base))
    }

    /// "My plan (3)": the navigation's link text.
    pub fn plan_label(&self) -> String {
        self.tr.tn(
            "plan-nav",
            "count",
            i64::try_from(self.plan.len()).unwrap_or(0),
        )
    }

    /// The plan page of the carried plan.
    pub fn plan_href(&self) -> String {
        plan::plan_href(self.locale.tag, &self.plan)
    }

    pub fn lang(&self) -> &'static str {
        self.locale.tag
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
}

/// Weekday message ids, Monday first.
const WEEKDAYS: [&str; 7] = [
    "weekday-mon",
    "weekday-tue",
    "weekday-wed",
    "weekday-thu",
    "weekday-fri",
    "weekday-sat",
    "weekday-sun",
];

pub fn weekday(tr: &Tr, day: Weekday) -> String {
    let i = Weekday::ALL.iter().position(|d| *d == day).unwrap_or(0);
    tr.t(WEEKDAYS[i])
}

pub fn jiff_weekday(tr: &Tr, day: jiff::civil::Weekday) -> String {
    let i = usize::try_from(day.to_monday_zero_offset()).unwrap_or(0);
    tr.t(WEEKDAYS[i % 7])
}

/// A clock time in the locale's style (`time-style = 12h` or `24h` in its messages).
pub fn time(tr: &Tr, t: Time) -> String {
    let (h, m) = (t.hour(), t.minute());
    if tr.t("time-style") == "12h" {
        let suffix = if h < 12 {
            tr.t("time-am")
        } else {
            tr.t("time-pm")
        };
        let h12 = match h % 12 {
            0 => 12,
            x => x,
        };
        format!("{h12}:{m:02}\u{a0}{suffix}")
    } else {
        format!("{h:02}:{m:02}")
    }
}

/// A date in words ("November 23, 2026").
pub fn date(tr: &Tr, d: Date) -> String {
    tr.targs(
        "date-long",
        &[
            ("day", d.day().to_string()),
            ("month", tr.t(&format!("month-{}", d.month()))),
            ("year", d.year().to_string()),
        ],
    )
}

/// A distance in miles, the unit of US signs and maps, with kilometres beside it for the
/// many residents who think in them ("1.2 mi (1.9 km)").
pub fn distance(tr: &Tr, metres: f64) -> String {
    // One decimal under 10, whole numbers above.
    let shown = |v: f64| {
        if v < 10.0 {
            format!("{v:.1}")
        } else {
            format!("{v:.0}")
        }
    };
    tr.targs(
        "distance-miles",
        &[
            ("miles", shown(metres / 1609.344)),
            ("km", shown(metres / 1000.0)),
        ],
    )
}

/// A language's name in the resident's language: the `language-<code>` message, else the
/// English name we know, else the code.
pub fn language_name(tr: &Tr, code: &str) -> String {
    let code = code.trim().to_ascii_lowercase();
    let key = format!("language-{code}");
    if tr.has(&key) || Tr::new(super::locale::SOURCE).has(&key) {
        return tr.t(&key);
    }
    puerta_domain::language::name_of(&code)
        .map(str::to_owned)
        .unwrap_or(code)
}

/// The language names of HSDS language records, without duplicates, in order.
pub fn language_names(tr: &Tr, languages: &[puerta_domain::Language]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in languages {
        let name = match (l.code.as_deref(), l.name.as_deref()) {
            (Some(code), _) => language_name(tr, code),
            (None, Some(name)) => name.to_owned(),
            (None, None) => continue,
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The first `max` characters of `text` at a word boundary, with an ellipsis when cut.
pub fn short(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':', ' ']))
}

/// Digits of a phone number for a `tel:` link (`+` kept at the start).
pub fn tel_href(number: &str) -> String {
    let mut out = String::from("tel:");
    for (i, c) in number.trim().chars().enumerate() {
        if c.is_ascii_digit() || (i == 0 && c == '+') {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn distances_show_miles_and_kilometres() {
        let en = Tr::new(crate::pages::locale::by_tag("en").expect("en"));
        let shown = distance(&en, 1_931.0).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(shown, "1.2 mi (1.9 km)");
        let far = distance(&en, 40_000.0).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(far, "25 mi (40 km)");
        let es = Tr::new(crate::pages::locale::by_tag("es").expect("es"));
        assert!(distance(&es, 1_931.0).contains("km"));
    }

    use super::*;
    use crate::pages::locale::by_tag;

    #[test]
    fn times_follow_the_locale_style() {
        let en = Tr::new(by_tag("en").unwrap());
        let es = Tr::new(by_tag("es").unwrap());
        let t = Time::constant(17, 30, 0, 0);
        assert_eq!(time(&en, t), "5:30\u{a0}PM");
        assert_eq!(time(&es, t), "5:30\u{a0}p. m.");
    }

    #[test]
    fn short_cuts_at_words() {
        assert_eq!(short("one two three four", 9), "one two…");
        assert_eq!(short("short", 10), "short");
    }

    #[test]
    fn tel_links_keep_digits() {
        assert_eq!(tel_href("(937) 555-0101"), "tel:9375550101");
        assert_eq!(tel_href("+1 937 555 0101"), "tel:+19375550101");
    }
}
