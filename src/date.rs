//! A proleptic-Gregorian civil date: the value of `published` and of event
//! dates.
//!
//! Consumes year/month/day numbers or ISO text; produces [`Date`], which
//! serialises as `"YYYY-MM-DD"`. Only what the extractor needs is here:
//! validation, ISO text, and stepping back one day ("yesterday").

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;

/// A calendar date (no time, no zone), years 1 to 9999.
///
/// ```
/// use govfacts::Date;
/// let d: Date = "2024-03-01".parse()?;
/// assert_eq!(d.yesterday().to_string(), "2024-02-29");
/// # Ok::<(), govfacts::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or [`Error::DateOutOfRange`].
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month as u8) as u32;
        if !valid {
            return Err(Error::DateOutOfRange { year, month, day });
        }
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// The day of the week, Monday = 0 (proleptic Gregorian calendar).
    pub(crate) fn weekday(self) -> u32 {
        // Sakamoto's method: 0 = Sunday, shifted to Monday = 0.
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 { self.year - 1 } else { self.year };
        let sunday_based =
            (y + y / 4 - y / 100 + y / 400 + OFFSETS[usize::from(self.month - 1)] + i32::from(self.day)).rem_euclid(7);
        ((sunday_based + 6) % 7) as u32
    }

    /// Days since 0001-01-01 (proleptic Gregorian), for distances between
    /// dates.
    pub(crate) fn day_number(self) -> i64 {
        // Days before this year, then before this month, then the day.
        let y = i64::from(self.year) - 1;
        let before_year = y * 365 + y / 4 - y / 100 + y / 400;
        let before_month: i64 = (1..self.month).map(|m| i64::from(days_in_month(self.year, m))).sum();
        before_year + before_month + i64::from(self.day) - 1
    }

    /// The day before, saturating at 0001-01-01.
    pub fn yesterday(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        if self.month > 1 {
            let month = self.month - 1;
            return Date {
                month,
                day: days_in_month(self.year, month),
                ..self
            };
        }
        if self.year > 1 {
            return Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            };
        }
        self
    }
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses exactly `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let syntax = || Error::DateSyntax { found: s.to_string() };
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(syntax());
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().map_err(|_| syntax());
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days() {
        let d = |y, m, day| Date::new(y, m, day).unwrap().day_number();
        assert_eq!(d(1, 1, 1), 0);
        assert_eq!(d(2024, 3, 1) - d(2024, 2, 28), 2);
        assert_eq!(d(2023, 3, 1) - d(2023, 2, 28), 1);
        assert_eq!(d(2025, 1, 1) - d(2024, 1, 1), 366);
        // 1970-01-01 is day 719162 of the proleptic Gregorian calendar.
        assert_eq!(d(1970, 1, 1), 719_162);
    }

    #[test]
    fn parses_and_prints_iso() {
        let d: Date = "2023-02-17".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2023, 2, 17));
        assert_eq!(d.to_string(), "2023-02-17");
    }

    #[test]
    fn rejects_bad_text_and_impossible_dates() {
        assert!(matches!("2023-2-17".parse::<Date>(), Err(Error::DateSyntax { .. })));
        assert!(matches!(
            "２０２３-02-17".parse::<Date>(),
            Err(Error::DateSyntax { .. })
        ));
        assert_eq!(
            "2023-02-29".parse::<Date>().unwrap_err().to_string(),
            "no such date: 2023-02-29"
        );
        assert!(Date::new(2024, 2, 29).is_ok());
        assert!(Date::new(1900, 2, 29).is_err());
        assert!(Date::new(2000, 2, 29).is_ok());
        assert!(Date::new(2023, 13, 1).is_err());
        assert!(Date::new(0, 1, 1).is_err());
    }

    #[test]
    fn yesterday_crosses_month_and_year() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(d("2024-02-20").yesterday(), d("2024-02-19"));
        assert_eq!(d("2023-03-01").yesterday(), d("2023-02-28"));
        assert_eq!(d("2024-01-01").yesterday(), d("2023-12-31"));
        assert_eq!(d("0001-01-01").yesterday(), d("0001-01-01"));
    }

    #[test]
    fn serde_is_iso_text() {
        let d = Date::new(2023, 8, 23).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2023-08-23\"");
        assert!(serde_json::from_str::<Date>("\"2023-08-32\"").is_err());
    }
}
