// One small extraction and analysis of a text of our own, run when the
// popup opens: V8 compiles each of lede's functions on its first call, which
// was most of the time of a first press on a page. Run ahead, that is paid
// while the reader looks at the popup, and nothing of the page is read.

// A headline, then paragraphs with a person, an organisation, a place,
// money, a percentage and a date.
const ARTICLE = [
  'Harbour ferry returns after winter repairs',
  'The ferry between Eastport and Gull Island sails again from Friday, the Eastport Harbour Board said.',
  'Repairs to its engines cost €3.5 million, 20% more than planned, according to the board\'s chair, Maria Okafor.',
  'Crossings will run every hour until 10 p.m. on 1 April 2027, when the summer timetable starts.',
];

/**
 * Runs `lede` once on the article above: through `extractElement` on a
 * detached document (`live`, the content script's path) or through
 * `extract` on its HTML (the popup's path for pages that forbid
 * WebAssembly), then `analyze`. Throws what lede throws.
 */
export function warmUp(lede, { live }) {
  const [headline, ...paragraphs] = ARTICLE;
  let article;
  if (live) {
    const doc = document.implementation.createHTMLDocument('');
    const body = doc.body.appendChild(doc.createElement('article'));
    body.appendChild(doc.createElement('h1')).textContent = headline;
    for (const paragraph of paragraphs) body.appendChild(doc.createElement('p')).textContent = paragraph;
    article = lede.extractElement(doc.body);
  } else {
    article = lede.extract(`<!doctype html><title>${headline}</title><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`);
  }
  lede.analyze(article.text || paragraphs.join(' '), { top: 10, title: article.title ?? null });
}
