import { escapeHtml } from '../core/escape-html.js';

// The dashboard's renderers import it from here; there is one escapeHtml, in src/core.
export { escapeHtml };

function inline(text: string): string {
  return escapeHtml(text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1')).replace(
    /\*\*(.+?)\*\*/g,
    '<strong>$1</strong>',
  );
}

/**
 * The small Markdown subset our digest renderer writes (headings, lists, tables, paragraphs). Input is
 * our own renderer's output with people's text already escaped there, and everything is escaped again here.
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
    } else if (line.startsWith('| ')) {
      const rows: string[][] = [];
      while ((lines[i] ?? '').startsWith('| ')) {
        const row = splitRow(lines[i] ?? '');
        if (!row.every((cell) => /^-+:?$|^:?-+$/.test(cell))) rows.push(row);
        i += 1;
      }
      i -= 1;
      const [head, ...body] = rows;
      out.push(
        `<table><thead><tr>${(head ?? []).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while ((lines[i] ?? '').startsWith('- ')) {
        items.push(`<li>${inline((lines[i] ?? '').slice(2))}</li>`);
        i += 1;
      }
      i -= 1;
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line === '---') {
      out.push('<hr>');
    } else if (line.trim() !== '') {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join('\n');
}

/** Splits a Markdown table row on unescaped pipes. */
function splitRow(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < row.length; i += 1) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      current += c + row[i + 1];
      i += 1;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else current += c;
  }
  return cells;
}
