//! What templates may hand to a message or a format: text, numbers, dates, kinds, by value or
//! by reference.

use chrono::{NaiveDate, NaiveDateTime};
use fluent_bundle::FluentValue;

use crate::domain::{Channel, Lang, Portal, Role};

/// What a template may hand to a message as an argument.
pub trait ToArg {
    fn to_arg(&self) -> FluentValue<'static>;
}

impl ToArg for str {
    fn to_arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> FluentValue<'static> {
        (**self).to_arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u16, i32, i64, u32, u64, usize);

/// A small value handed over as itself or by reference (templates borrow what they pass).
pub trait Value<T> {
    fn value(&self) -> T;
}

macro_rules! value {
    ($($t:ty),*) => {$(
        impl Value<$t> for $t {
            fn value(&self) -> $t {
                *self
            }
        }
        impl<V: Value<$t> + ?Sized> Value<$t> for &V {
            fn value(&self) -> $t {
                (**self).value()
            }
        }
    )*};
}
value!(Lang, NaiveDate, NaiveDateTime, Channel, Portal, Role);

/// A moment's date, for "since" and "ended" columns.
impl Value<NaiveDate> for NaiveDateTime {
    fn value(&self) -> NaiveDate {
        self.date()
    }
}

/// A whole number to write out; templates hand over references.
pub trait Whole {
    fn whole(&self) -> i64;
}

impl<T: Whole + ?Sized> Whole for &T {
    fn whole(&self) -> i64 {
        (**self).whole()
    }
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Whole for $t {
            fn whole(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
whole!(u16, i32, i64, u32, u64, usize);

pub fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}
