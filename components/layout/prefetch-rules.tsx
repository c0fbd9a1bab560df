import { BASE_PATH } from '@/components/base-path';

/**
 * Speculation rules: Chromium prefetches a portal page when the reader hovers or presses its
 * link ("moderate"), so the next static page is usually in the cache before the click. Other
 * browsers ignore the script (it is data, not code).
 */
const RULES = JSON.stringify({
  prefetch: [
    {
      // Downloads (a 13 MB openapi.json) are never prefetched.
      where: { and: [{ href_matches: `${BASE_PATH}/*` }, { not: { selector_matches: '[download]' } }] },
      eagerness: 'moderate',
    },
  ],
});

export function PrefetchRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: RULES }} />;
}
