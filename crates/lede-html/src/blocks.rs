//! Flattening the article tree into blocks of plain text.

use super::dom::{Dom, NodeId, Runs, NONE};
use super::tags::{Tag, BLOCK};
use super::{BlockKind, Part};

/// The text of the article under `root` and its blocks: paragraphs,
/// headings, list items, quotes and preformatted text, separated by blank
/// lines. Inside a block, white space is collapsed (kept in `<pre>`), a
/// `<br>` is a line break and table cells are separated by tabs; a block
/// never contains a blank line, so the blocks are the paragraphs of the text.
#[inline(never)]
pub(crate) fn flatten(dom: &Dom, root: NodeId) -> (String, Vec<Part>) {
    let mut f = Flattener {
        text: String::new(),
        blocks: Vec::new(),
        buf: String::new(),
        pending: None,
        kinds: Vec::new(),
        pre: 0,
    };
    let mut n = dom.node(root).first;
    while n != NONE {
        f.enter(dom, n);
        let first = dom.node(n).first;
        if first != NONE {
            n = first;
            continue;
        }
        // A leaf: leave it and every ancestor it was the last child of.
        loop {
            f.leave(dom, n);
            let next = dom.node(n).next;
            if next != NONE {
                n = next;
                break;
            }
            n = dom.parent(n);
            if n == root || n == NONE {
                n = NONE;
                break;
            }
        }
    }
    f.flush();
    (f.text, f.blocks)
}

struct Flattener {
    text: String,
    blocks: Vec<Part>,
    /// The block being gathered.
    buf: String,
    /// A separator owed before the next character: ' ' or '\t'.
    pending: Option<char>,
    /// Elements that set the kind of the blocks inside them.
    kinds: Vec<(NodeId, BlockKind)>,
    pre: u32,
}

fn kind_of(tag: Tag) -> Option<BlockKind> {
    if let Some(level) = tag.heading_level() {
        return Some(BlockKind::Heading(level));
    }
    match tag {
        Tag::LI | Tag::DT | Tag::DD => Some(BlockKind::ListItem),
        Tag::BLOCKQUOTE => Some(BlockKind::Quote),
        Tag::PRE | Tag::LISTING | Tag::XMP | Tag::PLAINTEXT => Some(BlockKind::Preformatted),
        _ => None,
    }
}

impl Flattener {
    fn enter(&mut self, dom: &Dom, n: NodeId) {
        if dom.is_text(n) {
            let text = dom.text(n);
            if self.pre == 0 && dom.node(n).simple {
                // Collapsing it is trimming it: copy it whole.
                let trimmed = text.trim();
                if trimmed.len() < text.len() && !text.starts_with(trimmed) {
                    self.space();
                }
                if !trimmed.is_empty() {
                    self.push_run(trimmed);
                }
                if !text.ends_with(trimmed) || trimmed.is_empty() {
                    self.space();
                }
            } else {
                self.push_text(text);
            }
            return;
        }
        if !dom.is_element(n) {
            return;
        }
        let tag = dom.tag(n);
        match tag {
            Tag::BR => {
                if !self.buf.is_empty() && !self.buf.ends_with('\n') {
                    self.buf.push('\n');
                }
                self.pending = None;
            }
            Tag::TD | Tag::TH if !self.buf.is_empty() => self.pending = Some('\t'),
            _ => {}
        }
        if tag.is(BLOCK) || kind_of(tag).is_some() {
            self.flush();
        }
        if let Some(kind) = kind_of(tag) {
            if kind == BlockKind::Preformatted {
                self.pre += 1;
            }
            self.kinds.push((n, kind));
        }
    }

    fn leave(&mut self, dom: &Dom, n: NodeId) {
        if !dom.is_element(n) {
            return;
        }
        let tag = dom.tag(n);
        if tag.is(BLOCK) || kind_of(tag).is_some() {
            self.flush();
        }
        if self.kinds.last().is_some_and(|&(k, _)| k == n) {
            if let Some((_, BlockKind::Preformatted)) = self.kinds.pop() {
                self.pre = self.pre.saturating_sub(1);
            }
        }
    }

    fn push_text(&mut self, s: &str) {
        if self.pre > 0 {
            if let Some(sep) = self.pending.take() {
                self.buf.push(sep);
            }
            self.buf.push_str(s);
            return;
        }
        for (space, piece) in Runs::new(s) {
            if space {
                self.space();
            }
            if !piece.is_empty() {
                self.push_run(piece);
            }
        }
    }

    /// White space was read: a space is owed before the next word.
    fn space(&mut self) {
        if !self.buf.is_empty() && !self.buf.ends_with('\n') && self.pending.is_none() {
            self.pending = Some(' ');
        }
    }

    /// Words (with single spaces between them) go into the block.
    fn push_run(&mut self, run: &str) {
        if let Some(sep) = self.pending.take() {
            self.buf.push(sep);
        }
        self.buf.push_str(run);
    }

    fn flush(&mut self) {
        self.pending = None;
        if self.buf.trim().is_empty() {
            self.buf.clear();
            return;
        }
        let kind = self.kinds.last().map_or(BlockKind::Paragraph, |&(_, k)| k);
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        // Lines trimmed at the end; blank lines dropped (they would split the block).
        let mut first = true;
        for line in self.buf.lines() {
            let line = if self.pre > 0 {
                line.trim_end()
            } else {
                line.trim()
            };
            if line.trim().is_empty() {
                continue;
            }
            if !first {
                self.text.push('\n');
            }
            self.text.push_str(line);
            first = false;
        }
        self.blocks.push(Part {
            kind,
            start,
            end: self.text.len(),
        });
        self.buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenizer::parse;
    use super::*;

    fn flat(html: &str) -> (String, Vec<(BlockKind, String)>) {
        let dom = parse(html);
        let (text, blocks) = flatten(&dom, dom.body);
        let pairs = blocks
            .iter()
            .map(|b| (b.kind, text[b.start..b.end].to_string()))
            .collect();
        (text, pairs)
    }

    #[test]
    fn blocks_and_kinds() {
        let (text, blocks) = flat(
            "<h2>Head  line</h2><p>One <b>two</b>\n three.</p><ul><li>a</li><li>b<p>c</p></li></ul>\
             <blockquote><p>Quoted.</p></blockquote><pre>  x = 1\n\n  y = 2\n</pre><div>loose<br>line</div>",
        );
        assert_eq!(text, "Head line\n\nOne two three.\n\na\n\nb\n\nc\n\nQuoted.\n\n  x = 1\n  y = 2\n\nloose\nline");
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading(2), "Head line".into()),
                (BlockKind::Paragraph, "One two three.".into()),
                (BlockKind::ListItem, "a".into()),
                (BlockKind::ListItem, "b".into()),
                (BlockKind::ListItem, "c".into()),
                (BlockKind::Quote, "Quoted.".into()),
                (BlockKind::Preformatted, "  x = 1\n  y = 2".into()),
                (BlockKind::Paragraph, "loose\nline".into()),
            ]
        );
    }

    #[test]
    fn table_rows_are_lines_with_tab_separated_cells() {
        let (text, _) = flat(
            "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td> 3 </td></tr></table>",
        );
        assert_eq!(text, "Name\tAge\n\nAnn\t3");
    }

    #[test]
    fn empty_blocks_vanish() {
        let (text, blocks) = flat("<p> </p><div><p></p></div><p>x</p>");
        assert_eq!(text, "x");
        assert_eq!(blocks.len(), 1);
    }
}
