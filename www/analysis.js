// What the page shows for one input, computed with lede's exports: shared by
// the worker (every call) and the page itself (the first small text of a
// load, while the worker is still starting; see main.js).

/**
 * An `analyze(request, progress)` over `lede` (the instantiated exports of
 * pkg/lede.js) that keeps the last text's entities and keyphrases: they
 * depend only on the text and its language, so moving a summary control
 * recomputes the summary alone.
 */
export function analyzer(lede) {
  let cache = { text: null, lang: null, entities: null, groups: null, keyphrases: null };

  /** lede.analyze, or lede.summarize when the text's entities are cached. */
  function run(text, options, progress) {
    if (cache.text === text) {
      progress(0, 1, 'summarize');
      const summary = lede.summarize(text, options);
      if (summary.lang === cache.lang) return { summary, ...cache };
    }
    progress(0, 1, 'summarize');
    const { summary, entities, entityGroups: groups, keyphrases } = lede.analyze(text, { ...options, top: 12 });
    cache = { text, lang: summary.lang, entities, groups, keyphrases };
    return { summary, entities, groups, keyphrases };
  }

  /**
   * Everything the page shows for one input: the summary, entities, groups and
   * keyphrases (lede.analyze); for HTML, the extracted article first.
   */
  return function analyze({ input, html, options }, progress) {
    const started = performance.now();
    const summaryOptions = { ...options, onProgress: (done, total, stage) => progress(done, total, stage) };
    let text = input;
    let article = null;
    if (html) {
      progress(0, 1, 'extract');
      article = lede.extract(input);
      text = article.text;
      // The page's <html lang> is a strong hint for detection.
      if (article.lang) summaryOptions.langHint = article.lang;
      // The standfirst tells what the story is about (never a summary line).
      if (article.standfirst) summaryOptions.standfirst = article.standfirst;
      // So does the page's title, which the extracted text does not repeat.
      if (article.title) summaryOptions.title = article.title;
    }
    let result;
    try {
      result = run(text, summaryOptions, progress);
    } catch (err) {
      // An <html lang> lede does not know is no error of the user's.
      if (err.option !== 'langHint') throw err;
      delete summaryOptions.langHint;
      result = run(text, summaryOptions, progress);
    }
    const { summary, entities, groups, keyphrases } = result;
    return { text, article, summary, entities, groups, keyphrases, elapsedMs: performance.now() - started };
  };
}
