//! A port of `shared/score.py`'s matching rules: per-field precision, recall
//! and F1 of predicted articles against gold JSON.
//!
//! Differences from the Python: no NFKC normalisation (curly quotes are
//! folded, which is all the gold files need); otherwise the same `norm`,
//! token Jaccard, greedy one-to-one matching and per-field pairing.

use serde_json::Value;

pub const HEADLINE: [&str; 10] = [
    "people",
    "positions",
    "byline",
    "events",
    "participants",
    "targets",
    "initiatives",
    "organizations",
    "places",
    "metadata",
];

/// The attributes the scorer records on matched facts.
pub const ATTRIBUTES: &[&str] = &[
    "event_kind",
    "event_date",
    "event_part_of_day",
    "target_period",
    "target_subject",
    "organization_kind",
    "place_kind",
];

#[derive(Debug, Default, Clone, Copy)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    fn add(&mut self, (tp, fp, fn_): (usize, usize, usize)) {
        self.tp += tp;
        self.fp += fp;
        self.fn_ += fn_;
    }
    pub fn p(&self) -> f64 {
        if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else if self.fn_ == 0 {
            1.0
        } else {
            0.0
        }
    }
    pub fn r(&self) -> f64 {
        if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            1.0
        }
    }
    pub fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

pub fn norm(v: &Value) -> String {
    let s = match v {
        Value::Null => return String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let s = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"");
    let s = s.to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_matches(|c: char| " \"'.,;:()".contains(c)).to_string();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

fn tokens(v: &Value) -> std::collections::BTreeSet<String> {
    norm(v)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty() && !["the", "of", "and"].contains(t))
        .map(str::to_string)
        .collect()
}

fn jaccard(a: &Value, b: &Value) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    ta.intersection(&tb).count() as f64 / ta.union(&tb).count().max(1) as f64
}

fn name_eq(a: &Value, b: &Value) -> f64 {
    let (na, nb) = (norm(a), norm(b));
    if na == nb && !na.is_empty() {
        1.0
    } else {
        0.0
    }
}

fn lenient_eq(a: &Value, b: &Value) -> f64 {
    if name_eq(a, b) > 0.0 {
        return 1.0;
    }
    let j = jaccard(a, b);
    if j >= 0.75 {
        j
    } else {
        0.0
    }
}

/// One-to-one matching, best scores first (ties: higher indices first, as
/// Python's reverse sort of tuples does).
fn greedy<G, P>(gold: &[G], pred: &[P], same: impl Fn(&G, &P) -> f64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let s = same(g, p);
            if s > 0.0 {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let (mut ug, mut up, mut m) = (vec![false; gold.len()], vec![false; pred.len()], Vec::new());
    for (_, i, j) in pairs {
        if !ug[i] && !up[j] {
            ug[i] = true;
            up[j] = true;
            m.push((i, j));
        }
    }
    m
}

fn count<G, P>(gold: &[G], pred: &[P], same: impl Fn(&G, &P) -> f64) -> ((usize, usize, usize), Vec<(usize, usize)>) {
    let m = greedy(gold, pred, same);
    ((m.len(), pred.len() - m.len(), gold.len() - m.len()), m)
}

fn list(v: &Value, key: &str) -> Vec<Value> {
    v.get(key).and_then(Value::as_array).cloned().unwrap_or_default()
}

fn get<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&Value::Null)
}

fn value_eq(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(a), Some(b)) => (a - b).abs() <= (1e-6 * a.abs().max(b.abs())).max(1e-9),
        _ => false,
    }
}

#[derive(Debug, Default)]
pub struct Scores {
    pub fields: std::collections::BTreeMap<&'static str, Prf>,
    /// Attribute accuracy on matched facts: (agreeing, matched) per
    /// attribute, as score.py's "attribute accuracy" lines.
    pub attrs: std::collections::BTreeMap<&'static str, (usize, usize)>,
}

impl Scores {
    pub fn get(&self, field: &str) -> Prf {
        self.fields.get(field).copied().unwrap_or_default()
    }

    pub fn macro_f1(&self) -> f64 {
        HEADLINE.iter().map(|k| self.get(k).f()).sum::<f64>() / HEADLINE.len() as f64
    }

    pub fn table(&self) -> String {
        let mut s = format!("{:22} {:>6} {:>6} {:>6}   tp/fp/fn\n", "field", "P", "R", "F1");
        for k in HEADLINE.iter().chain(["targets_value_only", "visited"].iter()) {
            let a = self.get(k);
            s += &format!(
                "{k:22} {:6.3} {:6.3} {:6.3}   {}/{}/{}\n",
                a.p(),
                a.r(),
                a.f(),
                a.tp,
                a.fp,
                a.fn_
            );
        }
        s + &format!("macro_f1 {:.3}\n", self.macro_f1())
    }

    /// Accuracy of one attribute on matched facts; 1.0 when none matched.
    /// A name the scorer does not record is a mistake in the caller (a
    /// floor on it could never fail), so it panics.
    pub fn attr(&self, name: &str) -> f64 {
        assert!(ATTRIBUTES.contains(&name), "the scorer records no attribute {name:?}");
        match self.attrs.get(name) {
            Some(&(ok, n)) if n > 0 => ok as f64 / n as f64,
            _ => 1.0,
        }
    }

    /// The attribute accuracies, one line each.
    pub fn attr_table(&self) -> String {
        self.attrs
            .iter()
            .map(|(k, (ok, n))| format!("  {k:22} {:.3}  (n={n})\n", *ok as f64 / (*n).max(1) as f64))
            .collect()
    }

    fn attr_add(&mut self, name: &'static str, same: bool) {
        let e = self.attrs.entry(name).or_default();
        e.0 += usize::from(same);
        e.1 += 1;
    }

    fn add(&mut self, field: &'static str, c: (usize, usize, usize)) {
        self.fields.entry(field).or_default().add(c);
    }

    /// Scores one predicted article against its gold.
    pub fn score_file(&mut self, gold: &Value, pred: &Value) {
        for key in ["source", "published"] {
            let (g, p) = (get(gold, key), get(pred, key));
            match (g.is_null(), p.is_null()) {
                (true, true) => {}
                (false, false) if norm(g) == norm(p) => self.add("metadata", (1, 0, 0)),
                _ => self.add("metadata", (0, usize::from(!p.is_null()), usize::from(!g.is_null()))),
            }
        }
        let by = |v: &Value| -> Vec<(String, String)> {
            list(v, "byline")
                .iter()
                .map(|b| (norm(get(b, "role")), norm(get(b, "name"))))
                .collect()
        };
        let (c, _) = count(&by(gold), &by(pred), |g, p| if g == p { 1.0 } else { 0.0 });
        self.add("byline", c);

        let (gp, pp) = (list(gold, "people"), list(pred, "people"));
        let (c, _) = count(&gp, &pp, |g, p| name_eq(get(g, "name"), get(p, "name")));
        self.add("people", c);
        let pos = |people: &[Value]| -> Vec<(String, Value)> {
            people
                .iter()
                .flat_map(|x| {
                    list(x, "positions")
                        .into_iter()
                        .map(move |pos| (norm(get(x, "name")), pos))
                })
                .collect()
        };
        let (c, _) = count(&pos(&gp), &pos(&pp), |g, p| {
            if g.0 == p.0 {
                lenient_eq(&g.1, &p.1)
            } else {
                0.0
            }
        });
        self.add("positions", c);

        let (ge, pe) = (list(gold, "events"), list(pred, "events"));
        let names = |e: &Value| -> std::collections::BTreeSet<String> {
            list(e, "participants").iter().map(|x| norm(get(x, "name"))).collect()
        };
        let (c, _) = count(&ge, &pe, |g, p| {
            if get(g, "date") != get(p, "date") {
                return 0.0;
            }
            let (gn, pn) = (names(g), names(p));
            let overlap = gn.intersection(&pn).count();
            if !gn.is_empty() && overlap == 0 {
                return 0.0;
            }
            1.0 + overlap as f64 + if get(g, "kind") == get(p, "kind") { 0.5 } else { 0.0 }
        });
        self.add("events", c);
        let m = greedy(&ge, &pe, |g, p| {
            let overlap = names(g).intersection(&names(p)).count();
            if overlap > 0 {
                return 2.0 + overlap as f64;
            }
            let j = jaccard(get(g, "name"), get(p, "name"));
            if j >= 0.5 {
                return 1.0 + j;
            }
            if get(g, "kind") == get(p, "kind") && get(g, "date") == get(p, "date") && !get(g, "date").is_null() {
                return 1.0;
            }
            0.0
        });
        let part = |e: &Value| -> Vec<(String, Value)> {
            list(e, "participants")
                .iter()
                .map(|x| (norm(get(x, "name")), get(x, "role").clone()))
                .collect()
        };
        let visited = |e: &Value| -> Vec<Value> { list(e, "visited") };
        let (mut mg, mut mp) = (vec![false; ge.len()], vec![false; pe.len()]);
        for &(i, j) in &m {
            mg[i] = true;
            mp[j] = true;
            self.attr_add("event_kind", get(&ge[i], "kind") == get(&pe[j], "kind"));
            self.attr_add("event_date", get(&ge[i], "date") == get(&pe[j], "date"));
            self.attr_add(
                "event_part_of_day",
                get(&ge[i], "part_of_day") == get(&pe[j], "part_of_day"),
            );
            let (c, _) = count(&part(&ge[i]), &part(&pe[j]), |a, b| if a == b { 1.0 } else { 0.0 });
            self.add("participants", c);
            let (c, _) = count(&visited(&ge[i]), &visited(&pe[j]), lenient_eq);
            self.add("visited", c);
        }
        for (_, g) in ge.iter().enumerate().filter(|(i, _)| !mg[*i]) {
            self.add("participants", (0, 0, part(g).len()));
            self.add("visited", (0, 0, visited(g).len()));
        }
        for (_, p) in pe.iter().enumerate().filter(|(j, _)| !mp[*j]) {
            self.add("participants", (0, part(p).len(), 0));
            self.add("visited", (0, visited(p).len(), 0));
        }

        let (gt, pt) = (list(gold, "targets"), list(pred, "targets"));
        let (c, m) = count(&gt, &pt, |g, p| {
            let ok = value_eq(get(g, "value"), get(p, "value"))
                && get(g, "unit") == get(p, "unit")
                && get(g, "comparator") == get(p, "comparator")
                && get(g, "indicator") == get(p, "indicator");
            if ok {
                1.0
            } else {
                0.0
            }
        });
        self.add("targets", c);
        for &(i, j) in &m {
            self.attr_add(
                "target_period",
                norm(get(&gt[i], "period")) == norm(get(&pt[j], "period")),
            );
            self.attr_add(
                "target_subject",
                norm(get(&gt[i], "subject")) == norm(get(&pt[j], "subject")),
            );
        }
        let (c, _) = count(&gt, &pt, |g, p| {
            if value_eq(get(g, "value"), get(p, "value")) && get(g, "unit") == get(p, "unit") {
                1.0
            } else {
                0.0
            }
        });
        self.add("targets_value_only", c);

        let (gi, pi) = (list(gold, "initiatives"), list(pred, "initiatives"));
        let (c, _) = count(&gi, &pi, |g, p| name_eq(get(g, "name"), get(p, "name")));
        self.add("initiatives", c);
        for field in ["organizations", "places"] {
            let (go, po) = (list(gold, field), list(pred, field));
            let (c, m) = count(&go, &po, |g, p| lenient_eq(get(g, "name"), get(p, "name")));
            self.add(field, c);
            let kind = if field == "places" {
                "place_kind"
            } else {
                "organization_kind"
            };
            for &(i, j) in &m {
                self.attr_add(kind, get(&go[i], "kind") == get(&po[j], "kind"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn norm_matches_the_python() {
        assert_eq!(norm(&json!("  The People’s  Congress. ")), "people's congress");
        assert_eq!(norm(&json!(null)), "");
    }

    #[test]
    fn perfect_and_empty_predictions() {
        let gold = json!({"source": "X Daily", "published": "2023-01-02",
            "byline": [{"role": "reporter", "name": "Tang Da"}],
            "people": [{"name": "Chen Anming", "positions": ["Secretary of the Municipal Party Committee"]}]});
        let mut s = Scores::default();
        s.score_file(&gold, &gold);
        assert_eq!(s.get("metadata").f(), 1.0);
        assert_eq!(s.get("positions").f(), 1.0);
        let mut s = Scores::default();
        s.score_file(&gold, &json!({}));
        assert_eq!(s.get("byline").r(), 0.0);
        assert_eq!(s.get("metadata").fn_, 2);
    }

    #[test]
    fn positions_match_by_token_overlap() {
        let g = json!("Secretary of the Municipal Party Committee");
        assert!(lenient_eq(&g, &json!("Municipal Party Committee Secretary")) > 0.0);
        assert_eq!(lenient_eq(&g, &json!("Secretary")), 0.0);
    }
}
