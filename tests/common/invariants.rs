//! The invariants every extraction must keep, checked by the property and
//! hostile-input tests.

use govfacts::Article;

/// Extracts `text` and checks every invariant; returns the article.
pub fn extract_checked(text: &str) -> Article {
    let a = govfacts::extract(text);
    super::check_spans(text, &a);
    // Quoted names are the text at their span, up to ’ -> '.
    for i in &a.initiatives {
        let at = i.span.slice(text).expect("initiative span on char boundaries");
        assert_eq!(at.replace(['’', '‘'], "'"), i.name, "initiative name vs its span");
        for m in &i.mentions {
            assert!(m.slice(text).is_some());
        }
    }
    for t in &a.targets {
        assert!(t.value.is_finite(), "non-finite target value");
    }
    for o in &a.organizations {
        assert!(o.span.slice(text).is_some());
    }
    a
}

/// The article as JSON, round-tripped: serialise, parse, compare.
pub fn round_trip(a: &Article) -> String {
    let json = serde_json::to_string(a).expect("serialises");
    let back: Article = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(&back, a, "JSON round trip changed the article");
    json
}

/// `a` with every span moved right by `by` bytes.
pub fn shifted(a: &Article, by: usize) -> Article {
    let mut v = serde_json::to_value(a).unwrap();
    shift_value(&mut v, by);
    serde_json::from_value(v).unwrap()
}

fn shift_value(v: &mut serde_json::Value, by: usize) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                if k == "span" {
                    shift_span(x, by);
                } else if k == "mentions" {
                    if let Value::Array(list) = x {
                        list.iter_mut().for_each(|s| shift_span(s, by));
                    }
                } else {
                    shift_value(x, by);
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(|x| shift_value(x, by)),
        _ => {}
    }
}

fn shift_span(v: &mut serde_json::Value, by: usize) {
    if let serde_json::Value::Array(pair) = v {
        for n in pair.iter_mut() {
            if let Some(x) = n.as_u64() {
                *n = serde_json::Value::from(x + by as u64);
            }
        }
    }
}
