//! Entity recognisers: spans of things named in the text, found by their
//! form. Entity passes know nothing about relations (positions, events).

pub(crate) mod person;
pub(crate) mod title;
