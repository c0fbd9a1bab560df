import type { Operation, Parameter } from '../../openapi/types';

/** Builds a normalized Operation for tests, with the loader's defaults applied. */
export function makeOperation(overrides: Partial<Operation> = {}): Operation {
  return {
    kind: 'operation',
    slug: 'test',
    method: 'get',
    path: '/items',
    deprecated: false,
    tags: [],
    parameters: [],
    responses: [],
    callbacks: [],
    codeSamples: [],
    pointer: '/paths/~1items/get',
    ...overrides,
  };
}

export function makeParameter(p: Partial<Parameter> & Pick<Parameter, 'name' | 'in'>): Parameter {
  const style = p.style ?? (p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple');
  return {
    required: p.in === 'path',
    deprecated: false,
    explode: p.explode ?? style === 'form',
    allowReserved: false,
    examples: [],
    ...p,
    style,
  };
}
