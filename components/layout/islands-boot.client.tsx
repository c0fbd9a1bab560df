'use client';

import { useEffect } from 'react';

/** On pages that Next hydrates (guides, the explorer), starts the plain islands once hydration is done. */
export function IslandsBoot() {
  useEffect(() => {
    void import('@/components/islands/start-islands').then((module) => module.startIslands());
  }, []);
  return null;
}
