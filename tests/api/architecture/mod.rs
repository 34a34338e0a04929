//! The house, checked: which part of the crate may use which, no circle between files, and no
//! source file past the size a reader takes in at once. Read from `src/` as text, the way a
//! newcomer reads it: every `crate::…` and `super::…` path a file names is a dependency, resolved
//! to the file that defines the item (through a folder's `pub use` re-exports).

mod reading;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use reading::{read_crate, ModPath};

/// Which top-level part may use which. Everything not listed is refused. `web` reaches down to
/// every layer below it; the engine and its neighbours never reach up.
const ALLOWED: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("db", &["domain"]),
    ("i18n", &["domain"]),
    ("mail", &["db", "domain", "i18n"]),
    ("engine", &["db", "domain", "mail"]),
    ("support", &["db", "domain", "mail"]),
    ("import", &["db", "domain", "engine", "mail"]),
    ("demo", &["db", "domain", "engine"]),
    ("config", &["db", "domain", "engine", "mail"]),
    (
        "web",
        &[
            "config", "db", "domain", "engine", "i18n", "import", "mail", "support",
        ],
    ),
    ("startup", &["config", "db", "demo", "mail", "web"]),
    (
        "main",
        &[
            "config", "db", "demo", "domain", "engine", "import", "startup",
        ],
    ),
];

/// Inside `web`: the shared frame knows no area, the pages both customer portals share know
/// neither portal, and the areas do not use each other.
const WEB_FORBIDDEN: &[(&str, &[&str])] = &[
    (
        "web::shared",
        &[
            "web::office",
            "web::intune",
            "web::partner",
            "web::customer",
        ],
    ),
    (
        "web::customer",
        &["web::office", "web::intune", "web::partner"],
    ),
    ("web::office", &["web::intune", "web::partner"]),
    ("web::intune", &["web::office", "web::partner"]),
    (
        "web::partner",
        &["web::office", "web::intune", "web::customer"],
    ),
];

const MAX_LINES: usize = 400;

fn name(module: &ModPath) -> String {
    module.join("::")
}

fn top(module: &ModPath) -> &str {
    module.first().map_or("lib", String::as_str)
}

#[test]
fn every_dependency_points_down() {
    let krate = read_crate();
    let allowed: HashMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut wrong = Vec::new();
    for (from, targets) in krate.edges() {
        let from_top = top(&from);
        if from.is_empty() {
            continue;
        }
        let Some(may_use) = allowed.get(from_top) else {
            wrong.push(format!(
                "{} is a part the architecture does not name",
                name(&from)
            ));
            continue;
        };
        for to in targets {
            let to_top = top(&to);
            if to_top != from_top && !may_use.contains(&to_top) {
                wrong.push(format!("{} uses {}", name(&from), name(&to)));
            }
            for (area, forbidden) in WEB_FORBIDDEN {
                let in_area = name(&from) == *area || name(&from).starts_with(&format!("{area}::"));
                let hits = forbidden
                    .iter()
                    .any(|f| name(&to) == *f || name(&to).starts_with(&format!("{f}::")));
                if in_area && hits {
                    wrong.push(format!("{} uses {}", name(&from), name(&to)));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "dependencies against the grain:\n{}",
        wrong.join("\n")
    );
}

/// The resolver itself, on paths it must get right: without this the test above could pass by
/// resolving nothing.
#[test]
fn the_resolver_finds_where_items_are_defined() {
    let krate = read_crate();
    let edges = krate.edges();
    let uses = |from: &[&str], to: &[&str]| {
        let from: ModPath = from.iter().map(|s| s.to_string()).collect();
        let to: ModPath = to.iter().map(|s| s.to_string()).collect();
        edges.get(&from).is_some_and(|t| t.contains(&to))
    };
    assert!(uses(&["engine", "change"], &["engine", "check"]));
    assert!(uses(&["engine", "change"], &["db", "transaction"]));
    assert!(uses(
        &["web", "shared", "session"],
        &["web", "shared", "errors"]
    ));
    assert!(uses(&["startup"], &["config"]));
    let total: usize = edges.values().map(BTreeSet::len).sum();
    assert!(total > 150, "only {total} dependencies found");
}

#[test]
fn no_two_files_depend_on_each_other_even_through_others() {
    let krate = read_crate();
    let edges = krate.edges();
    // Tarjan's strongly connected components: any component of more than one file is a circle.
    struct State<'a> {
        edges: &'a BTreeMap<ModPath, BTreeSet<ModPath>>,
        index: HashMap<&'a ModPath, usize>,
        low: HashMap<&'a ModPath, usize>,
        stack: Vec<&'a ModPath>,
        on_stack: BTreeSet<&'a ModPath>,
        next: usize,
        circles: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a ModPath) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        let edges = s.edges;
        for w in edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(name(w));
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                s.circles.push(component);
            }
        }
    }
    let mut state = State {
        edges: &edges,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        circles: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    assert!(
        state.circles.is_empty(),
        "files in a circle: {:?}",
        state.circles
    );
}

#[test]
fn no_source_file_is_longer_than_a_reader_takes_in() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack: Vec<_> = ["src", "tests", "benches"]
        .iter()
        .map(|dir| root.join(dir))
        .collect();
    let (mut read, mut long) = (0, Vec::new());
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            read += 1;
            let lines = std::fs::read_to_string(&path).unwrap().lines().count();
            if lines > MAX_LINES {
                long.push(format!("{} ({lines} lines)", path.display()));
            }
        }
    }
    assert!(read > 100, "only {read} files read");
    assert!(long.is_empty(), "split these along their seams: {long:?}");
}
