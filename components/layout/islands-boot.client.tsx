'use client';

import { useEffect } from 'react';

/** On pages that Next hydrates (the explorer, the OAuth callback) and in `next dev`, starts the plain islands once hydration is done. */
export function IslandsBoot() {
  useEffect(() => {
    void import('@/components/islands/start-islands').then((module) => module.startIslands());
  }, []);
  return null;
}
