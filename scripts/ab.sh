#!/usr/bin/env bash
# In-process A/B timing of extraction: the library at git revision OLD
# against the working tree, linked into one program that alternates them
# per input (scripts/ab/main.rs says why). Prints new time / old time.
#
#   scripts/ab.sh OLD FILE... [--rounds N]
#   scripts/ab.sh HEAD~1 ../shared/corpus/dev/*.txt seeds/*.txt
#
# With --instructions (needs valgrind), counts instructions instead of
# timing: each version runs alone under callgrind over the inputs once and
# five times, and the difference over four rounds gives the steady-state
# instructions per input (start-up and warm-up cancel out). The count moves
# by up to about 0.25% between runs, where times move by 20%, so it
# resolves changes of a few tenths of a percent; it does not see cache
# misses or mispredicted branches, which times do.
#
# Builds under target/ab (a worktree of OLD and a harness crate); nothing
# outside target/ is touched.
set -euo pipefail
old_rev=${1:?usage: scripts/ab.sh OLD_REVISION FILE... [--rounds N]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/ab"
mkdir -p "$work"
rm -rf "$work/old"
git -C "$root" worktree prune
git -C "$root" worktree add --detach --force "$work/old" "$old_rev" >/dev/null
# The old package under another name, so both link into one program.
sed -i.orig '0,/^name = "govfacts"$/s//name = "govfacts_old"/' "$work/old/Cargo.toml"
mkdir -p "$work/harness/src"
cp "$root/scripts/ab/main.rs" "$work/harness/src/main.rs"
cat > "$work/harness/Cargo.toml" <<TOML
[package]
name = "ab"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
old = { package = "govfacts_old", path = "$work/old" }
new = { package = "govfacts", path = "$root" }
serde_json = "1"

[profile.release]
debug = "line-tables-only"

[workspace]
TOML
cargo build --quiet --release --manifest-path "$work/harness/Cargo.toml"
ab="$work/harness/target/release/ab"
if [[ " $* " == *" --instructions "* ]]; then
    args=()
    for a in "$@"; do [[ $a == --instructions ]] || args+=("$a"); done
    count() { # VERSION ROUNDS -> instructions executed
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$ab" "${args[@]}" --only "$1" --rounds "$2" 2>&1 |
            sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
    }
    old=$(( $(count old 5) - $(count old 1) ))
    new=$(( $(count new 5) - $(count new 1) ))
    echo "instructions per round over all inputs: old $((old / 4)), new $((new / 4)); new / old $(python3 -c "print(f'{$new / $old:.4f}')")"
else
    "$ab" "$@"
fi
git -C "$root" worktree remove --force "$work/old"
