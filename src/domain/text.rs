//! Free text as people type it: which characters it may not hold, and how a refused value is
//! shown again.

/// Characters that change how the text around them is shown without being seen themselves:
/// bidirectional embeddings, overrides and isolates (an override can make a file name
/// read backwards), direction marks, zero-width spaces and joiners, and the byte-order mark.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
    )
}

/// A character no one-line free text may hold: a control character or an invisible one.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// A typed value as a refused form shows it again: without hidden characters (a NUL byte, a
/// direction override), at most `max` characters.
pub fn echo(input: &str, max: usize) -> String {
    input.chars().filter(|c| !is_hidden(*c)).take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_isolates_zero_widths_and_the_bom_are_invisible() {
        for c in [
            '\u{202E}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{200D}', '\u{FEFF}',
        ] {
            assert!(is_invisible_format(c), "{:04X}", c as u32);
        }
        for c in ['a', 'é', 'ß', '日', ' ', '-'] {
            assert!(!is_hidden(c), "{c}");
        }
    }

    #[test]
    fn an_echo_drops_what_cannot_be_seen_and_keeps_the_rest() {
        assert_eq!(echo("a\0b\u{202E}c", 10), "abc");
        assert_eq!(echo("Zoë Müller", 3), "Zoë");
    }
}
