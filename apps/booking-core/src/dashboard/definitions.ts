import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeHtml } from './html';

/** docs/statistics.md, found from here up (the sources, dist/, or the image's /app). */
function findDefinitions(start = __dirname): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'docs', 'statistics.md');
    if (fs.existsSync(file)) return file;
    if (path.dirname(dir) === dir) return null;
  }
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/**
 * The definitions page: docs/statistics.md as HTML (its headings, paragraphs, lists and indented
 * formulas — the subset that file uses). A `## name` section gets the anchor `name`, which every
 * figure on the dashboard links to.
 */
export function definitionsHtml(): string {
  const file = findDefinitions();
  if (!file) return '<p>docs/statistics.md is not installed with this build.</p>';
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  let code: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list.length) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
    if (code.length) out.push(`<pre class="formula">${escapeHtml(code.join('\n'))}</pre>`);
    paragraph = [];
    list = [];
    code = [];
  };
  for (const line of lines) {
    if (/^ {4}\S/.test(line)) {
      if (paragraph.length || list.length) flush();
      code.push(line.slice(4));
    } else if (line.startsWith('# ')) {
      flush();
      out.push(`<h1>${inline(line.slice(2))}</h1>`);
    } else if (line.startsWith('## ')) {
      flush();
      const id = line.slice(3).trim();
      out.push(`<h2 id="${escapeHtml(id)}">${inline(id)}</h2>`);
    } else if (line.startsWith('- ')) {
      if (paragraph.length || code.length) flush();
      list.push(line.slice(2));
    } else if (/^ {2}\S/.test(line) && list.length) {
      list[list.length - 1] += ' ' + line.trim();
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list.length || code.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}
