// DOM rendering for the page: summary, full article, entity panel and
// keyphrases. Every piece of article text becomes a text node (textContent
// or createTextNode); nothing from the article is ever parsed as HTML.

export const TYPES = [
  ['PERSON', 'People'], ['ORG', 'Organisations'], ['PLACE', 'Places'], ['GROUP', 'Groups'],
  ['DATE', 'Dates'], ['TIME', 'Times'], ['MONEY', 'Money'], ['PERCENT', 'Percentages'],
  ['NUMBER', 'Numbers'], ['EMAIL', 'E-mail'], ['URL', 'Links'],
];

const ROLE_NAMES = {
  title: 'title', heading: 'section heading', dateline: 'date line', byline: 'byline',
  boilerplate: 'site boilerplate', duplicate: 'repeated headline', body: 'body sentence',
};

/** Element helper: `el('li', {className: 'x'}, child, 'text', ...)`. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style') for (const [k, v] of Object.entries(value)) node.style.setProperty(k, v);
    else if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/**
 * Appends `text.slice(start, end)` to `parent`, wrapping the entities that
 * fall inside in <mark> elements. `entities` is sorted by start.
 */
export function appendHighlighted(parent, text, start, end, entities) {
  let pos = start;
  // Binary search for the first entity that ends after `start`.
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entities.length && entities[i].start < end; i++) {
    const e = entities[i];
    if (e.start < pos || e.end > end) continue; // overlapping or crossing the sentence edge
    if (e.start > pos) parent.append(document.createTextNode(text.slice(pos, e.start)));
    parent.append(el('mark', {
      dataset: { type: e.type, entityId: e.id },
      title: `${e.type.toLowerCase()}: ${e.canonical}`,
    }, text.slice(e.start, e.end)));
    pos = e.end;
  }
  if (pos < end) parent.append(document.createTextNode(text.slice(pos, end)));
}

/** The summary as an ordered list of highlighted sentences. */
export function renderSummary(list, text, summary, entities) {
  list.replaceChildren(...summary.map((s) => {
    const li = el('li', { dataset: { start: s.start, end: s.end, rank: s.rank ?? '' } });
    appendHighlighted(li, text, s.start, s.end, entities);
    return li;
  }));
}

/**
 * The full article: paragraphs rebuilt from the gaps between sentences, each
 * sentence shaded by its score. At most `limit` sentences are drawn.
 */
export function renderArticle(container, text, sentences, entities, limit = 2500) {
  const paragraphs = [];
  let paragraph = el('p');
  let prevEnd = 0;
  const shown = sentences.slice(0, limit);
  shown.forEach((s, index) => {
    const gap = text.slice(prevEnd, s.start);
    if (paragraph.childNodes.length && /\n\s*\n/.test(gap)) {
      paragraphs.push(paragraph);
      paragraph = el('p');
    } else if (paragraph.childNodes.length && gap.includes('\n')) {
      paragraph.append(el('br'));
    } else if (paragraph.childNodes.length) {
      paragraph.append(document.createTextNode(' '));
    }
    const candidate = s.rank !== null && s.rank !== undefined;
    const span = el('span', {
      className: `sent${s.selected ? ' selected' : ''}${candidate ? '' : ' noncandidate'}${s.role === 'heading' || s.role === 'title' ? ' heading' : ''}`,
      dataset: { index },
      style: { '--s': String(Math.max(0, Math.min(1, s.score || 0)).toFixed(3)) },
    });
    if (candidate) {
      // One tab stop for the whole article: rovingFocus picks which.
      span.tabIndex = -1;
      span.setAttribute('aria-label', `Rank ${s.rank}${s.selected ? ', in the summary' : ''}: ${s.text}`);
    }
    appendHighlighted(span, text, s.start, s.end, entities);
    paragraph.append(span);
    prevEnd = s.end;
  });
  if (paragraph.childNodes.length) paragraphs.push(paragraph);
  container.replaceChildren(...paragraphs);
  return shown.length;
}

/** The tooltip body for one scored sentence: rank, score and features. */
export function sentenceDetails(s, total) {
  const head = s.rank
    ? `Rank ${s.rank} of ${total}${s.selected ? ' · in the summary' : ''} · score ${(s.score ?? 0).toFixed(2)}`
    : `Not scored: ${ROLE_NAMES[s.role] ?? s.role}`;
  const parts = [el('strong', {}, head)];
  const features = Object.entries(s.features ?? {});
  if (s.rank && features.length) {
    const max = Math.max(...features.map(([, v]) => Math.abs(v)), 1e-9);
    const rows = features.map(([name, value]) => el('tr', {},
      el('td', {}, name),
      el('td', { className: 'num' }, value.toFixed(3)),
      el('td', {}, el('span', { className: 'bar', style: { width: `${(40 * Math.abs(value)) / max}px` } })),
    ));
    parts.push(el('table', {}, el('tbody', {}, ...rows)));
  }
  return parts;
}

/**
 * Type toggles with colour swatches (the legend) and counts, for the types
 * this text has; the fieldset around them hides when there are none.
 */
export function renderTypeToggles(container, counts, hidden, onToggle) {
  const present = TYPES.filter(([type]) => (counts.get(type) ?? 0) > 0);
  const fieldset = container.closest('fieldset');
  if (fieldset) fieldset.hidden = present.length === 0;
  container.replaceChildren(...present.map(([type, label]) => {
    const input = el('input', { type: 'checkbox', checked: !hidden.has(type), value: type });
    input.addEventListener('change', () => onToggle(type, input.checked));
    return el('label', { className: 'type-toggle' },
      input,
      el('mark', { className: 'swatch', dataset: { type }, 'aria-hidden': 'true' }),
      `${label} `,
      el('span', { className: 'count' }, String(counts.get(type))));
  }));
}

/** Types whose lists are cut to their first `COLLAPSED_LIMIT` names until "show all": the details. */
export const COLLAPSIBLE = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'NUMBER']);
export const COLLAPSED_LIMIT = 8;

/** A number written in words ("two", "fifty", "twenty-five"): a detail, shown only with "show all". */
export function spelledOut(group) {
  return group.type === 'NUMBER' && /^[\p{L}-]+$/u.test(group.canonical.trim());
}

/**
 * Entity groups by type; each name is a toggle button that marks mentions.
 * Long lists of details (dates, times, money, percentages, numbers) show their first names (most mentioned first,
 * numbers in words left out) and a "show all" button; `expanded` holds
 * the types shown whole, and `onExpand(type, open)` is told when it changes.
 */
export function renderEntityGroups(container, groups, onPick, { expanded = new Set(), onExpand } = {}) {
  const byType = new Map();
  for (const g of groups) {
    if (!byType.has(g.type)) byType.set(g.type, []);
    byType.get(g.type).push(g);
  }
  const sections = [];
  for (const [type, label] of TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    list.sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
    // Numbers in words wait for "show all", unless there is nothing else
    // to show: a list is never only its button.
    const figures = list.filter((g) => !spelledOut(g));
    const first = !COLLAPSIBLE.has(type) ? list : (figures.length ? figures : list).slice(0, COLLAPSED_LIMIT);
    const shownFirst = new Set(first);
    const items = list.map((g) => {
      const button = el('button', { type: 'button', dataset: { entityId: g.id }, 'aria-pressed': 'false' },
        g.canonical, el('span', { className: 'count' }, `×${g.count}`));
      button.addEventListener('click', () => onPick(g.id, button));
      const li = el('li', {}, button);
      if (!shownFirst.has(g)) li.className = 'extra';
      return li;
    });
    const ul = el('ul', { className: 'entity-list' }, ...items);
    const section = el('div', { className: 'entity-group', dataset: { type } },
      el('h4', {}, el('mark', { className: 'swatch', dataset: { type }, 'aria-hidden': 'true' }), label), ul);
    const extra = list.length - first.length;
    if (extra > 0) {
      ul.id = `entities-${type}`;
      const more = el('button', { type: 'button', className: 'show-all', 'aria-controls': ul.id });
      const set = (open) => {
        for (const li of ul.querySelectorAll('li.extra')) li.hidden = !open;
        more.setAttribute('aria-expanded', String(open));
        more.textContent = open ? 'Show fewer' : `Show all ${list.length}`;
      };
      set(expanded.has(type));
      more.addEventListener('click', () => {
        const open = more.getAttribute('aria-expanded') !== 'true';
        set(open);
        onExpand?.(type, open);
      });
      section.append(more);
    }
    sections.push(section);
  }
  container.replaceChildren(...sections);
}

/**
 * One tab stop for all the items of `container` matching `selector`, with
 * the arrow keys, Home and End moving between them (the roving-tabindex
 * pattern). Returns `reset(preferred)`, to call after the items change: the
 * tab stop goes to `preferred`, the focused item or the first visible one.
 */
export function rovingFocus(container, selector) {
  const visible = (item) => (item.checkVisibility ? item.checkVisibility() : item.getClientRects().length > 0);
  const items = () => [...container.querySelectorAll(selector)].filter(visible);
  const current = (item) => {
    for (const other of container.querySelectorAll(`${selector}[tabindex="0"]`)) if (other !== item) other.tabIndex = -1;
    item.tabIndex = 0;
  };
  const STEP = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = event.target.closest?.(selector);
    if (!from || !container.contains(from)) return;
    const list = items();
    const at = list.indexOf(from);
    let to;
    if (event.key in STEP) to = list[Math.max(0, Math.min(list.length - 1, at + STEP[event.key]))];
    else if (event.key === 'Home') to = list[0];
    else if (event.key === 'End') to = list.at(-1);
    else return;
    event.preventDefault();
    if (!to) return;
    current(to);
    to.focus();
    to.scrollIntoView({ block: 'nearest' });
  });
  container.addEventListener('focusin', (event) => {
    const item = event.target.closest?.(selector);
    if (item && container.contains(item)) current(item);
  });
  return function reset(preferred) {
    const all = container.querySelectorAll(selector);
    for (const item of all) item.tabIndex = -1;
    const focused = container.contains(document.activeElement) ? document.activeElement.closest(selector) : null;
    const target = [preferred, focused].find((item) => item && item.isConnected && visible(item)) ?? items()[0];
    if (target) target.tabIndex = 0;
  };
}

/** Keyphrases as chips with their counts. */
export function renderKeyphrases(list, keyphrases) {
  list.replaceChildren(...keyphrases.map((k) => el('li', { title: `score ${k.score.toFixed(3)}` },
    k.text, el('span', { className: 'count' }, `×${k.count}`))));
}
