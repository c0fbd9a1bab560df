// The last few searches that led somewhere, kept in this browser only.
const KEY = 'portico.recent-searches';
const MAX = 5;

export function readRecentSearches(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string): void {
  const trimmed = query.trim();
  if (!trimmed) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([trimmed, ...readRecentSearches().filter((item) => item !== trimmed)].slice(0, MAX)));
  } catch {
    // Storage can be full or disabled (private windows); recent searches are a convenience.
  }
}
