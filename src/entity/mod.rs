//! Entity recognisers: spans of things named in the text, found by their
//! form. Entity passes know nothing about relations (positions, events).

pub(crate) mod doc_title;
pub(crate) mod initiative;
pub(crate) mod org;
pub(crate) mod org_cut;
pub(crate) mod org_kind;
pub(crate) mod person;
pub(crate) mod place;
pub(crate) mod title;
