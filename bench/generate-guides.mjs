// Generates the guides `npm run bench` builds (bench/guides.mjs): `count` MDX pages nested three
// folders deep under docs/, every folder with a `_meta.json`, every page with headings, code blocks,
// a table, links to other guides (by URL with an anchor, and by file) and to operations by the stable
// form. Deterministic: same input, same files. No mermaid fence: the page measured has no diagram.
import fs from 'node:fs';
import path from 'node:path';

const SECTIONS = 5;
const TOPICS = 4;
const PAGES_PER_FOLDER = 5;

function pageBody({ title, operations, sibling, cousinHref }) {
  const operation = operations[title.length % operations.length];
  return `Everything about ${title.toLowerCase()}: what it is for, how to call it and what can go wrong.
Start with [the next page](./${sibling}.mdx#request-shape) or read [a related guide](${cousinHref}#errors).

## Request shape

Call [the operation](operation:${operation}) with a bearer token. Fields:

| Field | Type | Meaning |
| --- | --- | --- |
| \`id\` | string | The resource's id, e.g. \`res_${title.length}\`. |
| \`limit\` | integer | Up to 100 items a page. |
| \`cursor\` | string | From the previous page's \`next\`. |

\`\`\`bash title="Request" {2}
curl https://api.example.com/resources \\
  -H "Authorization: Bearer $TOKEN" \\
  -d limit=20
\`\`\`

\`\`\`json title="Response"
{
  "data": [{ "id": "res_1", "name": "first", "status": "active" }],
  "next": "b2Zmc2V0OjE"
}
\`\`\`

### From TypeScript

\`\`\`ts
const response = await fetch('https://api.example.com/resources?limit=20', {
  headers: { authorization: \`Bearer \${process.env.TOKEN}\` },
});
const page: { data: { id: string }[]; next: string | null } = await response.json();
\`\`\`

## Errors

<Callout type="warning">A \`429\` means slow down: wait for the \`Retry-After\` seconds.</Callout>

- \`400\`: a field is wrong; the body says which.
- \`404\`: no such resource.
- \`429\`: too many requests.
`;
}

/**
 * Writes `count` guides (a multiple of 5) into `<contentDir>/docs/`: sections / topics / areas,
 * each area a folder with an index page and four more. `operations` are `api/operationId` pairs
 * the guides link to by the stable form.
 */
export function writeGuides(contentDir, { count = 500, operations }) {
  const docsDir = path.join(contentDir, 'docs');
  fs.rmSync(docsDir, { recursive: true, force: true });
  const areasPerTopic = Math.max(1, Math.ceil(count / PAGES_PER_FOLDER / SECTIONS / TOPICS));
  const areas = [];
  for (let s = 0; s < SECTIONS; s++) for (let t = 0; t < TOPICS; t++) for (let a = 0; a < areasPerTopic; a++) areas.push([`section-${s}`, `topic-${t}`, `area-${a}`]);
  const used = areas.slice(0, Math.ceil(count / PAGES_PER_FOLDER));
  const meta = (dir, title, pages) => {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, '_meta.json');
    if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ title, ...(pages ? { pages } : {}) }, null, 2));
  };
  let written = 0;
  used.forEach((segments, areaIndex) => {
    for (let depth = 1; depth <= segments.length; depth++) {
      const part = segments[depth - 1];
      meta(path.join(docsDir, ...segments.slice(0, depth)), part.replace('-', ' ').replace(/^./, (c) => c.toUpperCase()));
    }
    const dir = path.join(docsDir, ...segments);
    const names = ['index', ...Array.from({ length: PAGES_PER_FOLDER - 1 }, (_, i) => `page-${i + 1}`)];
    fs.writeFileSync(path.join(dir, '_meta.json'), JSON.stringify({ title: `Area ${areaIndex}`, pages: ['index', 'page-2', { separator: 'More' }, 'page-1', 'page-3', 'page-4'] }, null, 2));
    const cousin = used[(areaIndex + 7) % used.length];
    names.forEach((name, i) => {
      if (written >= count) return;
      const title = `${segments.join(' ')} ${name}`.replace(/-/g, ' ');
      const sibling = names[(i + 1) % names.length];
      const cousinHref = `/docs/${cousin.join('/')}/${names[(i + 2) % names.length] === 'index' ? '' : `${names[(i + 2) % names.length]}/`}`;
      const frontmatter = `---\ntitle: ${JSON.stringify(title)}\ndescription: Generated guide ${written} of ${count}.\norder: ${i}\n---\n\n`;
      fs.writeFileSync(path.join(dir, `${name}.mdx`), frontmatter + pageBody({ title, operations, sibling, cousinHref }));
      written++;
    });
  });
  return written;
}
