export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A figure as the API gives it: the number, or — when it has none. */
export const figureText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(value);

const STYLE = `
  body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif; margin: 0; color: #222; background: #f6f7f9; }
  header { background: #1f3b57; color: #fff; padding: 10px 24px; display: flex; align-items: center; gap: 16px; }
  header h1 { font-size: 18px; margin: 0; flex: 1; }
  header a, header button { color: #fff; }
  header form { margin: 0; }
  header button { background: none; border: 1px solid #fff; border-radius: 3px; padding: 2px 10px; cursor: pointer; }
  main { padding: 16px 24px; max-width: 1000px; margin: 0 auto; }
  section { background: #fff; border: 1px solid #dde2e8; border-radius: 4px; padding: 12px 16px; margin: 0 0 16px; break-inside: avoid; }
  section h2 { font-size: 16px; margin: 0 0 8px; }
  .filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; }
  .filters label { display: flex; flex-direction: column; font-size: 12px; gap: 2px; }
  .numbers { max-height: 240px; overflow: auto; display: inline-block; }
  table { border-collapse: collapse; font-size: 12px; margin-top: 6px; }
  th, td { border: 1px solid #dde2e8; padding: 2px 6px; text-align: right; }
  th:first-child, td:first-child { text-align: left; }
  .cards { display: flex; flex-wrap: wrap; gap: 12px; }
  .card { border: 1px solid #dde2e8; border-radius: 4px; padding: 8px 12px; min-width: 130px; }
  .card .value { font-size: 22px; font-weight: bold; }
  .card .label { font-size: 12px; }
  .note { font-size: 12px; color: #666; }
  .csv { font-size: 12px; }
  .error { color: #b00; }
  pre.formula { background: #f0f3f6; padding: 6px 10px; }
  @media print {
    header form, .filters, .csv { display: none; }
    .numbers { max-height: none; overflow: visible; }
    body { background: #fff; }
    section { border: none; }
  }
`;

export function page(title: string, body: string, header = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1>${header}</header>
<main>
${body}
</main>
</body>
</html>`;
}
