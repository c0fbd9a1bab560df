import { BASE_PATH } from '@/components/base-path';

/**
 * Speculation rules: Chromium prefetches a portal page when the reader hovers or presses its
 * link ("moderate"), so the next static page is usually in the cache before the click. Other
 * browsers ignore the script (it is data, not code).
 */
const RULES = JSON.stringify({
  prefetch: [{ where: { href_matches: `${BASE_PATH}/*` }, eagerness: 'moderate' }],
});

export function PrefetchRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: RULES }} />;
}
