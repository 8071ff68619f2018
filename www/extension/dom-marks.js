// DOM helpers for the content script: collect a subtree's visible text with a
// map back to its text nodes, find summary sentences in it, wrap ranges in
// <mark> elements (createElement and text nodes only), and undo all of it.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'CANVAS']);

/** Attribute every mark made here carries, so clearing finds exactly ours. */
export const MARK_ATTR = 'data-lede-sentence';

function skipped(element) {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  if (element.hidden || element.getAttribute('aria-hidden') === 'true' || element.isContentEditable) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
}

/**
 * The text of `root` in document order, skipping hidden and non-content
 * elements: `{text, nodes: [{node, start}]}` where `start` is the offset of
 * each text node's first UTF-16 unit in `text`.
 */
export function collectText(root) {
  const nodes = [];
  const parts = [];
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) return skipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: length });
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes };
}

/** `text` with whitespace runs collapsed to one space, and a map back. */
function normalized(text) {
  const chars = [];
  const map = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (!space) { chars.push(' '); map.push(i); }
      space = true;
    } else {
      chars.push(c);
      map.push(i);
      space = false;
    }
  }
  return { text: chars.join(''), map };
}

/**
 * Where each sentence (in document order) occurs in `collected.text`,
 * ignoring differences in whitespace: `[{start, end, index}]`. Sentences not
 * found are left out.
 */
export function findSentences(collected, sentences) {
  const hay = normalized(collected.text);
  const ranges = [];
  let from = 0;
  sentences.forEach((sentence, index) => {
    const needle = sentence.replace(/\s+/g, ' ').trim();
    if (!needle) return;
    let at = hay.text.indexOf(needle, from);
    if (at < 0) at = hay.text.indexOf(needle);
    if (at < 0) return;
    const start = hay.map[at];
    const end = hay.map[at + needle.length - 1] + 1;
    ranges.push({ start, end, index });
    from = at + needle.length;
  });
  return ranges;
}

/**
 * Wraps each range of `collected.text` in marks made by `make(range)`, one
 * mark per text node the range touches. Ranges must not overlap.
 */
export function wrapRanges(collected, ranges, make) {
  const sorted = [...ranges].sort((a, b) => b.start - a.start);
  const { nodes } = collected;
  for (const range of sorted) {
    // Last node that starts before the range ends, walking back to its start.
    let i = upperBound(nodes, range.end) - 1;
    for (; i >= 0; i--) {
      const { node, start } = nodes[i];
      const nodeEnd = start + node.data.length;
      if (nodeEnd <= range.start) break;
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, nodeEnd) - start;
      if (to <= from || !node.parentNode) continue;
      let target = node;
      if (to < target.data.length) target.splitText(to);
      if (from > 0) target = target.splitText(from);
      const mark = make(range);
      target.parentNode.insertBefore(mark, target);
      mark.append(target);
    }
  }
}

function upperBound(nodes, offset) {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes every element matching `selector` under `root`, keeping its children. */
export function unwrap(root, selector) {
  const parents = new Set();
  const marks = [...root.querySelectorAll(selector)];
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
  return marks.length;
}

/** The deepest element containing all of `nodes`. */
export function commonAncestor(nodes) {
  if (!nodes.length) return null;
  let ancestor = nodes[0].parentElement;
  for (const node of nodes.slice(1)) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentElement;
  }
  return ancestor;
}
