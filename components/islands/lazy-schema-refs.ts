const pages = new Map<string, Promise<Document | undefined>>();

/** One fetch per schema page, however many references to it a reader opens. */
function schemaPage(url: string): Promise<Document | undefined> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .then((response) => (response.ok ? response.text() : undefined))
      .then((html) => (html === undefined ? undefined : new DOMParser().parseFromString(html, 'text/html')))
      .catch(() => undefined);
    pages.set(url, page);
  }
  return page;
}

/**
 * Fills a collapsed reference (`details.schema-ref`, see lib/reference/schema-html)
 * with the tree from its schema's page when the reader opens it. The page is our
 * own static, already sanitized HTML; only its `[data-schema-root]` subtree is
 * taken, without ids (they belong to that page) and without its scripts.
 */
async function fill(details: HTMLDetailsElement): Promise<void> {
  const url = details.dataset.schemaRef;
  const body = details.querySelector(':scope > .schema-ref-body');
  if (!url || !body || details.dataset.loaded) return;
  details.dataset.loaded = 'loading';
  const root = (await schemaPage(url))?.querySelector('[data-schema-root] .schema-view');
  if (!root) {
    delete details.dataset.loaded;
    return;
  }
  const tree = document.importNode(root, true) as HTMLElement;
  tree.querySelectorAll('script').forEach((script) => script.remove());
  tree.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
  tree.querySelectorAll('a.anchor-link').forEach((anchor) => anchor.remove());
  body.append(tree);
  details.dataset.loaded = 'true';
}

/** Listens for any collapsed schema reference being opened, later ones included. */
export function startLazySchemaRefs(): void {
  // `toggle` does not bubble; capture sees it for every <details> on the page.
  document.addEventListener(
    'toggle',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLDetailsElement && target.open && target.matches('details.schema-ref')) void fill(target);
    },
    true,
  );
}
