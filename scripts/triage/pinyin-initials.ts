/**
 * The pinyin initials of every symptom name and synonym in
 * the triage knowledge base (R18 search: "tt" finds 头痛), written into the data files at authoring
 * time so booking-core needs no pinyin library at run time (docs/decisions/020-triage-knowledge-base.md).
 *
 * The readings come from a small dictionary (pinyin-dictionary.json: one initial per character,
 * the reading used in medical words) and a few words whose characters read otherwise there.
 * A character missing from the dictionary is an error: add it with its reading.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DICTIONARY = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'pinyin-dictionary.json'), 'utf8'),
) as Record<string, string>;

/** Words in which a polyphonic character takes its other reading (延长 cháng, 重影 chóng). */
const WORD_READINGS: Record<string, string> = { 延长: 'yc', 过长: 'gc', 重影: 'cy' };

export function initialsOf(text: string, dictionary: Record<string, string> = DICTIONARY): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const word = Object.keys(WORD_READINGS).find((w) => text.startsWith(w, i));
    if (word) {
      out += WORD_READINGS[word];
      i += word.length;
      continue;
    }
    const c = text[i];
    if (/[\u4e00-\u9fff]/.test(c)) {
      const initial = dictionary[c];
      if (!initial) throw new Error(`no pinyin for ${c} (in ${text}): add it to pinyin-dictionary.json`);
      out += initial;
    } else if (/[A-Za-z0-9]/.test(c)) out += c.toLowerCase();
    i++;
  }
  return out;
}

/** The initials of a symptom: its name's first, then each synonym's, without repeats. */
export function symptomInitials(s: { name: string; synonyms: string[] }): string[] {
  return [...new Set([s.name, ...s.synonyms].map((w) => initialsOf(w)).filter(Boolean))];
}
