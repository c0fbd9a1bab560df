import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { ApiModel } from '../openapi/types';
import { buildConsoleData, CONSOLE_INLINE_MAX_CHARS, isLargeConsoleData } from './console-data';
import { consoleDataHref } from '../site/hrefs';

let model: ApiModel;
beforeAll(async () => {
  const result = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
  model = result.model!;
});

describe('console data', () => {
  it('survives JSON, the form it takes when fetched from its file', () => {
    for (const operation of model.operations) {
      const data = buildConsoleData(model, operation);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    }
  });

  it('is large when its JSON passes the inline limit', () => {
    const sizes = model.operations.map((operation) => JSON.stringify(buildConsoleData(model, operation)).length);
    const small = model.operations[sizes.indexOf(Math.min(...sizes))];
    expect(isLargeConsoleData(buildConsoleData(model, small))).toBe(false);
    const data = buildConsoleData(model, small);
    const padded = { ...data, model: { ...data.model, padding: 'x'.repeat(CONSOLE_INLINE_MAX_CHARS) } };
    expect(isLargeConsoleData(padded)).toBe(true);
  });

  it('lives beside the operation pages', () => {
    expect(consoleDataHref('github', 'repos-update')).toBe('/reference/github/console/repos-update.json');
  });
});
