// The synthetic 1 MB news page of benches/extract.rs, ported line for line
// so the Rust and the wasm benchmarks time the same bytes.
const WORDS = [
  'the', 'council', 'said', 'on', 'Tuesday', 'that', 'rising', 'costs', 'had', 'forced', 'a', 'review', 'of',
  'spending', 'plans', 'across', 'several', 'departments', 'officials', 'warned', 'further', 'cuts', 'could',
  'follow', 'if', 'revenue', 'did', 'not', 'recover', 'by', 'spring',
];

export function syntheticPage(target) {
  let seed = 42;
  const sentence = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const w = WORDS[(seed >>> 16) % WORDS.length];
      if (i > 0) {
        s += seed % 11 === 0 ? ', ' : ' ';
      }
      s += w;
    }
    return s + '.';
  };
  const parts = [];
  let len = 0;
  const push = (s) => { parts.push(s); len += Buffer.byteLength(s); };
  push('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council reviews spending | The Daily</title>');
  push('<meta property="og:title" content="Council reviews spending"><meta name="author" content="A. Reporter">');
  push('<style>body{font:16px sans-serif}.nav a{color:#333}</style></head><body>');
  push('<header class="site-header"><nav class="menu"><ul>');
  for (let i = 0; i < 40; i++) push(`<li><a href="/section/${i}">Section ${i}</a></li>`);
  push('</ul></nav></header><script>var config = {');
  for (let i = 0; i < 2000; i++) push(`"key${i}": "${'x'.repeat(20)}",`);
  push('};</script><div id="page"><main><article class="story"><h1>Council reviews spending</h1>');
  const sidebar = ['<aside class="sidebar"><h3>Related</h3><ul>'];
  let sidebarLen = Buffer.byteLength(sidebar[0]);
  let i = 0;
  while (len + sidebarLen < (target * 8) / 10) {
    switch (i % 12) {
      case 0: push(`<h2>Part ${i}</h2>`); break;
      case 5:
        push('<ul>');
        for (let k = 0; k < 4; k++) push(`<li>${sentence(8)}</li>`);
        push('</ul>');
        break;
      case 9:
        push('<table><tr><th>Item</th><th>2023</th><th>2024</th></tr>');
        for (let r = 0; r < 5; r++) push(`<tr><td>Line ${r}</td><td>${r * 100}</td><td>${r * 120}</td></tr>`);
        push('</table>');
        break;
      default:
        push(`<p>${sentence(25)} <a href="/story/${i}">${sentence(4)}</a> ${sentence(20)} <em>${sentence(3)}</em> ${sentence(15)}</p>\n`);
    }
    const li = `<li><a href="/related/${i}">${sentence(6)}</a></li>`;
    sidebar.push(li);
    sidebarLen += Buffer.byteLength(li);
    i++;
  }
  push('</article></main>');
  push(sidebar.join(''));
  push('</ul></aside><section id="comments" class="comments">');
  while (len < target - 2000) {
    push(`<div class="comment"><span class="author">user${i}</span><p>${sentence(12)}</p></div>`);
    i++;
  }
  push('</section></div><footer class="site-footer"><p>© The Daily</p></footer></body></html>');
  return parts.join('');
}
