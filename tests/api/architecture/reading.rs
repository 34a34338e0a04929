//! Reading `src/` as text: each file's module path, the paths it names, and the file that
//! defines what each path names.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

pub type ModPath = Vec<String>;

pub struct Crate {
    /// Module path → its file.
    pub files: BTreeMap<ModPath, PathBuf>,
    /// Module path → its source, without comments and without its `#[cfg(test)]` tail.
    code: HashMap<ModPath, String>,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn module_path(file: &Path) -> ModPath {
    let relative = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: ModPath = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else if rest.starts_with('"') {
            // Skip string literals: a message may mention `crate::` without using it.
            let mut end = 1;
            let bytes = rest.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            rest = rest.get(end + 1..).unwrap_or("");
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

pub fn read_crate() -> Crate {
    let mut files = BTreeMap::new();
    let mut code = HashMap::new();
    let mut stack = vec![src()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let text = match text.find("#[cfg(test)]") {
                    Some(at) => text[..at].to_string(),
                    None => text,
                };
                let module = module_path(&path);
                // `main.rs` is the binary, a crate of its own that uses the library by name.
                let module = if module == ["main"] {
                    vec!["main".to_string()]
                } else {
                    module
                };
                code.insert(module.clone(), strip_comments(&text));
                files.insert(module, path);
            }
        }
    }
    Crate { files, code }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Sep,
    Open,
    Close,
    Comma,
    Star,
}

/// The tokens of a path or use tree at the start of `text`, up to the first thing that is not
/// part of one.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        // Only inside braces may a tree continue after white space.
        if depth == 0 && trimmed.len() != rest.len() {
            break;
        }
        rest = trimmed;
        let ident: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        let (token, len) = if !ident.is_empty() {
            let len = ident.len();
            (Token::Ident(ident), len)
        } else if rest.starts_with("::") {
            (Token::Sep, 2)
        } else if rest.starts_with('{') {
            depth += 1;
            (Token::Open, 1)
        } else if rest.starts_with('}') && depth > 0 {
            depth -= 1;
            (Token::Close, 1)
        } else if rest.starts_with(',') && depth > 0 {
            (Token::Comma, 1)
        } else if rest.starts_with('*') {
            (Token::Star, 1)
        } else {
            break;
        };
        out.push(token);
        rest = &rest[len..];
        if depth == 0 && !matches!(out.last(), Some(Token::Sep)) {
            // A finished path at the top level ends unless `::` follows.
            if !rest.starts_with("::") {
                break;
            }
        }
    }
    out
}

/// Expands a use tree (`a::b::{c, d::{e, self}}`) into full paths below `prefix`.
fn expand_tree(text: &str, prefix: &ModPath, out: &mut Vec<ModPath>) {
    let tokens = tokens(text);
    let mut at = 0;
    tree(&tokens, &mut at, prefix.clone(), out);
}

fn tree(tokens: &[Token], at: &mut usize, mut path: ModPath, out: &mut Vec<ModPath>) {
    loop {
        match tokens.get(*at) {
            Some(Token::Ident(segment)) => {
                *at += 1;
                if segment == "as" {
                    // `x as y`: the alias names nothing new.
                    *at += 1;
                    out.push(path);
                    return;
                }
                if segment != "self" {
                    path.push(segment.clone());
                }
                if tokens.get(*at) == Some(&Token::Sep) {
                    *at += 1;
                    continue;
                }
                if let Some(Token::Ident(next)) = tokens.get(*at) {
                    if next == "as" {
                        *at += 2;
                    }
                }
                out.push(path);
                return;
            }
            Some(Token::Open) => {
                *at += 1;
                while !matches!(tokens.get(*at), None | Some(Token::Close)) {
                    tree(tokens, at, path.clone(), out);
                    if tokens.get(*at) == Some(&Token::Comma) {
                        *at += 1;
                    }
                }
                *at += 1;
                return;
            }
            Some(Token::Star) => {
                *at += 1;
                out.push(path);
                return;
            }
            _ => {
                out.push(path);
                return;
            }
        }
    }
}

/// Every path a module names that starts at the crate root (`crate::`, `super::`, or a child
/// module named in a `use`).
fn referenced_paths(module: &ModPath, code: &str, children: &BTreeSet<String>) -> Vec<ModPath> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| is_ident(c) || c == '$') {
            continue;
        }
        expand_tree(&code[at + "crate::".len()..], &Vec::new(), &mut out);
    }
    for (at, _) in code.match_indices("super::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| is_ident(c) || c == ':') {
            continue;
        }
        let mut base = module.clone();
        let mut rest = &code[at..];
        while let Some(after) = rest.strip_prefix("super::") {
            base.pop();
            rest = after;
        }
        expand_tree(rest, &base, &mut out);
    }
    // `use child::…` in a folder's module file.
    for line in code.lines() {
        let line = line.trim_start();
        let Some(tree) = line
            .strip_prefix("pub use ")
            .or_else(|| line.strip_prefix("use "))
            .or_else(|| line.strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        let first: String = tree.chars().take_while(|c| is_ident(*c)).collect();
        if children.contains(&first) {
            expand_tree(tree, module, &mut out);
        }
    }
    out
}

impl Crate {
    fn children(&self, module: &ModPath) -> BTreeSet<String> {
        self.files
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .map(|m| m.last().unwrap().clone())
            .collect()
    }

    /// What a folder's module file re-exports: name → the path it stands for.
    fn reexports(&self, module: &ModPath) -> HashMap<String, ModPath> {
        let mut map = HashMap::new();
        let Some(code) = self.code.get(module) else {
            return map;
        };
        let children = self.children(module);
        for line in code.split(';') {
            let line = line.trim_start();
            let Some(tree) = line.strip_prefix("pub use ") else {
                continue;
            };
            let mut paths = Vec::new();
            let tree = tree.trim_start();
            if let Some(rooted) = tree.strip_prefix("crate::") {
                expand_tree(rooted, &Vec::new(), &mut paths);
            } else {
                let first: String = tree.chars().take_while(|c| is_ident(*c)).collect();
                if children.contains(&first) {
                    expand_tree(tree, module, &mut paths);
                }
            }
            for path in paths {
                if let Some(name) = path.last() {
                    map.insert(name.clone(), path);
                }
            }
        }
        map
    }

    /// The module whose file defines what `path` names.
    fn resolve(&self, path: &ModPath, depth: u32) -> Option<ModPath> {
        let mut module: ModPath = Vec::new();
        for (i, segment) in path.iter().enumerate() {
            let mut deeper = module.clone();
            deeper.push(segment.clone());
            if self.files.contains_key(&deeper) {
                module = deeper;
                continue;
            }
            // An item of `module`; follow a re-export to where it is defined.
            if depth < 8 {
                if let Some(target) = self.reexports(&module).get(segment) {
                    let mut target = target.clone();
                    target.extend(path[i + 1..].iter().cloned());
                    if let Some(found) = self.resolve(&target, depth + 1) {
                        return Some(found);
                    }
                }
            }
            break;
        }
        self.files.contains_key(&module).then_some(module)
    }

    pub fn edges(&self) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
        let mut edges = BTreeMap::new();
        for (module, code) in &self.code {
            let children = self.children(module);
            let mut targets = BTreeSet::new();
            for path in referenced_paths(module, code, &children) {
                if let Some(target) = self.resolve(&path, 0) {
                    if &target != module && !target.is_empty() {
                        targets.insert(target);
                    }
                }
            }
            edges.insert(module.clone(), targets);
        }
        edges
    }
}
