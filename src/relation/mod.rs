//! Relation passes: facts that connect entities (a person's positions).
//! They read entity spans and the text, never each other's output.

pub(crate) mod event;
pub(crate) mod event_date;
pub(crate) mod event_merge;
pub(crate) mod event_role;
pub(crate) mod event_trigger;
pub(crate) mod event_visit;
pub(crate) mod position;
pub(crate) mod target;
pub(crate) mod target_indicator;
pub(crate) mod target_subject;
