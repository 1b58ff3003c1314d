//! Tidy checks on the source tree itself.

mod common;

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every module says what it consumes and produces in a leading `//!`.
#[test]
fn every_source_file_opens_with_module_docs() {
    let mut files = Vec::new();
    rust_files(&common::root().join("src"), &mut files);
    assert!(!files.is_empty());
    for f in files {
        let text = common::read(&f);
        assert!(text.starts_with("//!"), "{} lacks a leading //! comment", f.display());
    }
}

/// The seed articles are the user's files, byte for byte.
#[test]
fn seeds_are_unmodified_copies() {
    let shared = common::root().join("../shared/corpus/seeds");
    if !shared.exists() {
        return; // The project stands alone; the comparison needs shared/ beside it.
    }
    for f in common::txt_files("seeds") {
        let original = shared.join(f.file_name().unwrap());
        assert_eq!(
            std::fs::read(&f).unwrap(),
            std::fs::read(&original).unwrap(),
            "{}",
            f.display()
        );
    }
}
