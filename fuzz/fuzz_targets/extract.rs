//! Fuzz target: `extract` on any UTF-8 input keeps every invariant.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let a = govfacts::extract(text);
    for b in &a.byline {
        assert_eq!(b.span.slice(text), Some(b.name.as_str()));
    }
    for i in &a.initiatives {
        assert!(i.span.slice(text).is_some());
    }
    for p in &a.people {
        assert!(p.span.slice(text).is_some());
        assert!(p.mentions.iter().all(|m| m.slice(text).is_some()));
    }
    for e in &a.events {
        assert!(e.span.slice(text).is_some());
    }
    for t in &a.targets {
        assert!(t.value.is_finite() && t.span.slice(text).is_some());
    }
    for o in &a.organizations {
        assert!(o.span.slice(text).is_some());
    }
    for p in &a.places {
        assert!(p.span.slice(text).is_some());
    }
    let json = serde_json::to_string(&a).unwrap();
    let back: govfacts::Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
});
