// The page: sends the pasted text to the worker and lists the sentences.
// All text from the article is rendered with textContent, never as HTML.
import { LedeClient } from './lede-client.js';

const client = new LedeClient();
const input = document.querySelector('#input');
const list = document.querySelector('#sentences');
const status = document.querySelector('#status');
const count = document.querySelector('#count');

let latest = 0;
let timer = 0;

async function update() {
  const ticket = ++latest;
  const text = input.value;
  try {
    const sentences = await client.call('sentences', text);
    if (ticket !== latest) return;
    render(sentences);
    status.textContent = '';
    status.classList.remove('error');
  } catch (err) {
    if (ticket !== latest) return;
    list.replaceChildren();
    count.textContent = '';
    status.textContent = err.message;
    status.classList.add('error');
  }
}

function render(sentences) {
  const items = sentences.map((s, i) => {
    const li = document.createElement('li');
    li.textContent = s.text;
    li.dataset.start = s.start;
    li.dataset.end = s.end;
    li.title = `sentence ${i + 1}: characters ${s.start}–${s.end}`;
    return li;
  });
  list.replaceChildren(...items);
  count.textContent = sentences.length === 1 ? '1 sentence' : `${sentences.length} sentences`;
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 120);
});

client.call('version').then((v) => {
  document.querySelector('#version').textContent = `lede ${v}`;
  document.body.dataset.ready = 'true';
  if (input.value) update();
});
