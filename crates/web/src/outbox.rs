//! Sending a resident's plan link by SMS or e-mail: the [`Outbox`] interface that a city's
//! provider (an SMS gateway, an SMTP relay) will implement, [`DisabledOutbox`] (the default:
//! nothing is sent, the page says so) and [`TestSink`] (keeps messages in memory, for tests).
//!
//! Privacy: a recipient and a plan link describe a person; they are never logged and never
//! stored, except by the bounded in-memory [`TestSink`]. [`OutboundMessage`]'s `Debug`
//! hides both, so that a stray `tracing` field cannot leak them.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Mutex;

use puerta_domain::Email;

/// How a message travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    /// A stable code (`sms`, `email`), for URLs and message ids.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "sms" => Some(Channel::Sms),
            "email" => Some(Channel::Email),
            _ => None,
        }
    }
}

/// One message to one person: a validated recipient (`+15555550123` or an e-mail address)
/// and a text body in the resident's language.
#[derive(Clone, PartialEq, Eq)]
pub struct OutboundMessage {
    pub channel: Channel,
    pub recipient: String,
    pub body: String,
}

impl fmt::Debug for OutboundMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutboundMessage")
            .field("channel", &self.channel)
            .field("recipient", &"(hidden)")
            .field("body", &"(hidden)")
            .finish()
    }
}

/// Why a message was not sent. The texts name no person.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OutboxError {
    /// This installation has no SMS/e-mail provider.
    #[error("sending messages is not set up on this server")]
    NotConfigured,
    /// The provider refused or failed (its own words, which must not contain the recipient).
    #[error("the message provider failed: {0}")]
    Provider(String),
}

/// Where outbound messages go.
pub trait Outbox: Send + Sync {
    fn send(&self, message: OutboundMessage) -> Result<(), OutboxError>;

    /// Whether this outbox can send at all (the page then asks for no recipient in vain).
    fn is_enabled(&self) -> bool {
        true
    }
}

/// No provider: every message is refused with [`OutboxError::NotConfigured`]. What `puerta
/// serve` uses until a city sets one up.
#[derive(Debug, Default, Clone, Copy)]
pub struct DisabledOutbox;

impl Outbox for DisabledOutbox {
    fn send(&self, _message: OutboundMessage) -> Result<(), OutboxError> {
        Err(OutboxError::NotConfigured)
    }

    fn is_enabled(&self) -> bool {
        false
    }
}

/// Messages kept at most by a [`TestSink`] (the oldest goes first).
pub const TEST_SINK_LIMIT: usize = 100;

/// Keeps sent messages in memory (at most [`TEST_SINK_LIMIT`]) for tests to read. Not for
/// production: it would hold recipients.
#[derive(Debug, Default)]
pub struct TestSink {
    messages: Mutex<VecDeque<OutboundMessage>>,
}

impl TestSink {
    /// The messages received, oldest first.
    pub fn messages(&self) -> Vec<OutboundMessage> {
        let q = self.messages.lock().unwrap_or_else(|e| e.into_inner());
        q.iter().cloned().collect()
    }

    /// Takes every message received.
    pub fn take(&self) -> Vec<OutboundMessage> {
        let mut q = self.messages.lock().unwrap_or_else(|e| e.into_inner());
        q.drain(..).collect()
    }
}

impl Outbox for TestSink {
    fn send(&self, message: OutboundMessage) -> Result<(), OutboxError> {
        let mut q = self.messages.lock().unwrap_or_else(|e| e.into_inner());
        if q.len() >= TEST_SINK_LIMIT {
            q.pop_front();
        }
        q.push_back(message);
        Ok(())
    }
}

/// Why a typed recipient was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientError {
    Empty,
    BadPhone,
    BadEmail,
}

/// A phone number or an e-mail address as a resident types it, checked and normalized:
/// e-mail addresses through [`Email`]; phones as E.164 (`+` and 8 to 15 digits) or a US
/// 10-digit number (optionally with a leading `1`), written `+1XXXXXXXXXX`. Spaces, dots,
/// dashes and parentheses are ignored.
pub fn parse_recipient(input: &str) -> Result<(Channel, String), RecipientError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(RecipientError::Empty);
    }
    if input.contains('@') {
        return Email::parse(input)
            .map(|e| (Channel::Email, e.as_str().to_owned()))
            .map_err(|_| RecipientError::BadEmail);
    }
    parse_phone(input)
        .map(|p| (Channel::Sms, p))
        .ok_or(RecipientError::BadPhone)
}

fn parse_phone(input: &str) -> Option<String> {
    let (plus, rest) = match input.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, input),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    if plus {
        let ok = (8..=15).contains(&digits.len()) && !digits.starts_with('0');
        return ok.then(|| format!("+{digits}"));
    }
    let national = match digits.len() {
        10 => digits.as_str(),
        11 => digits.strip_prefix('1')?,
        _ => return None,
    };
    // North American numbering: area code and exchange start with 2–9.
    let b = national.as_bytes();
    let ok = matches!(b[0], b'2'..=b'9') && matches!(b[3], b'2'..=b'9');
    ok.then(|| format!("+1{national}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_and_emails_are_checked_and_normalized() {
        let ok = |s: &str| parse_recipient(s).unwrap();
        assert_eq!(ok("(937) 555-0101"), (Channel::Sms, "+19375550101".into()));
        assert_eq!(ok("1 937 555 0101"), (Channel::Sms, "+19375550101".into()));
        assert_eq!(
            ok("+52 55 1234 5678"),
            (Channel::Sms, "+525512345678".into())
        );
        assert_eq!(
            ok(" ana@example.org "),
            (Channel::Email, "ana@example.org".into())
        );
        assert_eq!(parse_recipient(""), Err(RecipientError::Empty));
        for bad in [
            "555-0101",
            "(137) 555-0101",
            "+0123456789",
            "+1234",
            "call me",
        ] {
            assert_eq!(parse_recipient(bad), Err(RecipientError::BadPhone), "{bad}");
        }
        assert_eq!(parse_recipient("ana@"), Err(RecipientError::BadEmail));
    }

    #[test]
    fn debug_hides_the_recipient_and_body() {
        let m = OutboundMessage {
            channel: Channel::Sms,
            recipient: "+19375550101".into(),
            body: "https://example.org/en/plan?s=x".into(),
        };
        let shown = format!("{m:?}");
        assert!(
            !shown.contains("937") && !shown.contains("plan?s"),
            "{shown}"
        );
    }

    #[test]
    fn the_test_sink_is_bounded() {
        let sink = TestSink::default();
        for i in 0..TEST_SINK_LIMIT + 5 {
            sink.send(OutboundMessage {
                channel: Channel::Email,
                recipient: format!("a{i}@example.org"),
                body: String::new(),
            })
            .unwrap();
        }
        let kept = sink.messages();
        assert_eq!(kept.len(), TEST_SINK_LIMIT);
        assert_eq!(kept[0].recipient, "a5@example.org");
        assert_eq!(
            DisabledOutbox.send(kept[0].clone()),
            Err(OutboxError::NotConfigured)
        );
    }
}
