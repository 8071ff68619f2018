// DOM helpers for the content script: collect a subtree's visible text with a
// map back to its text nodes, find lede's extracted article in it, wrap
// ranges in <mark> elements (createElement and text nodes only), and undo
// all of it.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'CANVAS']);

/** Attribute every mark made here carries, so clearing finds exactly ours. */
export const MARK_ATTR = 'data-lede-sentence';

function skipped(element, styled) {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  if (element.hidden || element.getAttribute('aria-hidden') === 'true' || element.isContentEditable) return true;
  const style = styled ? element.ownerDocument.defaultView?.getComputedStyle(element) : null;
  return style ? style.display === 'none' || style.visibility === 'hidden' : false;
}

/**
 * Whether computed styles tell hidden nodes apart under `root`. Not when
 * `root` itself is not rendered (a page that hides its body until its
 * scripts run): every node would read as hidden. extractElement does the same.
 */
function stylesCount(root) {
  return root.checkVisibility ? root.checkVisibility({ visibilityProperty: true }) : true;
}

/**
 * The text of `root` in document order, skipping hidden and non-content
 * elements: `{text, nodes: [{node, start}], skipped}` where `start` is the
 * offset of each text node's first UTF-16 unit in `text`. Pass the
 * `skipped` set of an earlier call to collect the same text again after
 * marks were added, without asking for styles a second time.
 */
export function collectText(root, again = null) {
  const nodes = [];
  const parts = [];
  let length = 0;
  const styled = !again && stylesCount(root);
  const rejected = again ?? new WeakSet();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (again) return again.has(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      if (!skipped(node, styled)) return NodeFilter.FILTER_SKIP;
      rejected.add(node);
      return NodeFilter.FILTER_REJECT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: length });
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, skipped: rejected };
}

/** Characters that may differ between the page's text nodes and lede's article text. */
function ignorable(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xad || code === 0x1680 || (code >= 0x2000 && code <= 0x200f)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff;
}

/** `text.slice(from, to)` without whitespace and invisible characters, and where each kept character was. */
function squeeze(text, from = 0, to = text.length) {
  const at = new Int32Array(Math.max(0, to - from));
  const pieces = [];
  let kept = 0;
  let run = -1;
  for (let i = from; i < to; i++) {
    if (ignorable(text.charCodeAt(i))) {
      if (run >= 0) pieces.push(text.slice(run, i));
      run = -1;
    } else {
      if (run < 0) run = i;
      at[kept++] = i;
    }
  }
  if (run >= 0) pieces.push(text.slice(run, to));
  return { text: pieces.join(''), at: at.subarray(0, kept) };
}

function lowerBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the article's blocks (lede's `Article`: `{text, blocks: [{start,
 * end}]}`) in `collected.text`, ignoring whitespace, and returns a function
 * that maps a range of `article.text` to ranges of `collected.text`, one per
 * block it touches (`[]` for text outside every block found). So marks go
 * only where the extracted article is: never in navigation, share bars or
 * anything else lede left out, even when the same words appear there too.
 * The longest block anchors the search, so a short heading that is also a
 * link in the menu is found beside the article, not in the menu.
 */
export function locateArticle(collected, article) {
  const hay = squeeze(collected.text);
  const blocks = article.blocks
    .map((block) => ({ block, needle: squeeze(article.text, block.start, block.end), at: -1 }))
    .filter((b) => b.needle.text.length > 0);
  const byLength = blocks.map((_, i) => i).sort((a, b) => blocks[b].needle.text.length - blocks[a].needle.text.length);
  const anchor = byLength.find((i) => (blocks[i].at = hay.text.indexOf(blocks[i].needle.text)) >= 0);
  if (anchor !== undefined) {
    let cursor = blocks[anchor].at + blocks[anchor].needle.text.length;
    for (let i = anchor + 1; i < blocks.length; i++) {
      const { needle } = blocks[i];
      const at = hay.text.indexOf(needle.text, cursor);
      if (at >= 0) {
        blocks[i].at = at;
        cursor = at + needle.text.length;
      }
    }
    cursor = blocks[anchor].at;
    for (let i = anchor - 1; i >= 0; i--) {
      const { needle } = blocks[i];
      const at = cursor - needle.text.length >= 0 ? hay.text.lastIndexOf(needle.text, cursor - needle.text.length) : -1;
      if (at >= 0) {
        blocks[i].at = at;
        cursor = at;
      }
    }
  }
  const found = blocks.filter((b) => b.at >= 0);
  const located = { blocks: found.length, of: article.blocks.length };
  located.map = (start, end) => {
    const ranges = [];
    for (const { block, needle, at } of found) {
      if (block.end <= start || block.start >= end) continue;
      const first = lowerBound(needle.at, Math.max(start, block.start));
      const last = lowerBound(needle.at, Math.min(end, block.end)) - 1;
      if (last < first) continue;
      ranges.push({ start: hay.at[at + first], end: hay.at[at + last] + 1 });
    }
    return ranges;
  };
  return located;
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
