//! Embeds the built web page (`assets/`, made by `web/`'s `npm run build`)
//! into the binary: a table of (path, bytes, content type).

use std::fmt::Write;
use std::path::Path;

fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, base, out);
        } else if let Ok(rel) = p.strip_prefix(base) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn main() {
    // Read at run time: a build script compiled for another checkout of the
    // same sources must still look at this one.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let base = Path::new(&manifest).join("assets");
    println!("cargo:rerun-if-changed={}", base.display());
    let mut files = Vec::new();
    walk(&base, &base, &mut files);
    assert!(
        files.iter().any(|f| f == "index.html"),
        "{} holds no index.html: build the page with `npm ci && npm run build` in web/",
        base.display()
    );
    let mut src = String::from("/// The embedded web page: (path, bytes, content type).\npub static ASSETS: &[(&str, &[u8], &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", base.join(f).display());
        let mime = match f.rsplit('.').next().unwrap_or("") {
            "html" => "text/html; charset=utf-8",
            "js" => "text/javascript; charset=utf-8",
            "css" => "text/css; charset=utf-8",
            "json" => "application/json",
            "svg" => "image/svg+xml",
            "png" => "image/png",
            "ico" => "image/x-icon",
            _ => "application/octet-stream",
        };
        let _ = writeln!(
            src,
            "    ({f:?}, include_bytes!({:?}), {mime:?}),",
            base.join(f).display().to_string()
        );
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("assets.rs");
    std::fs::write(out, src).expect("write assets.rs");
}
