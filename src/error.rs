//! Errors of the fallible, non-extraction APIs (dates and options).
//!
//! Extraction itself never fails: [`extract`](crate::extract) takes any
//! `&str`. Only values a caller builds by hand can be invalid.

/// What went wrong building an input to extraction.
///
/// Messages are lowercase, name what was expected, and carry the offending
/// value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date string that is not `YYYY-MM-DD`.
    #[error("expected a date as YYYY-MM-DD, found {found:?}")]
    DateSyntax {
        /// The text that was given.
        found: String,
    },
    /// A date whose fields are out of range (month 13, February 30, ...).
    #[error("no such date: {year:04}-{month:02}-{day:02}")]
    DateOutOfRange {
        /// Year as given.
        year: i32,
        /// Month as given.
        month: u32,
        /// Day as given.
        day: u32,
    },
}
