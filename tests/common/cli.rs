//! Running the `extract` example from the integration tests.

use std::path::PathBuf;

/// The `extract` example's binary. `cargo test` builds examples, so it is
/// next to the test's own.
pub fn example() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let path = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} not built; run through `cargo test`", path.display());
    path
}

/// A fresh, empty directory for one test.
pub fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("govfacts-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
