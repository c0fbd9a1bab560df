import type { SpecOperation } from './types';

export type RouteMatch =
  | { kind: 'operation'; operation: SpecOperation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'no-route' };

export interface Router {
  match(method: string, pathname: string): RouteMatch;
  /** Methods of the operations at `pathname`; empty when no path template matches. */
  allowedMethods(pathname: string): string[];
}

interface Route {
  pattern: RegExp;
  names: string[];
  literalLength: number;
  byMethod: Map<string, SpecOperation>;
}

/** Routes requests to the spec's operations by their path templates (`/books/{bookId}`). */
export function createRouter(operations: SpecOperation[]): Router {
  const routes = new Map<string, Route>();
  for (const operation of operations) {
    let route = routes.get(operation.path);
    if (!route) {
      route = compileTemplate(operation.path);
      routes.set(operation.path, route);
    }
    route.byMethod.set(operation.method.toUpperCase(), operation);
  }
  // Literal segments win over parameters, e.g. `/books/search` over `/books/{bookId}`.
  const ordered = [...routes.values()].sort((a, b) => b.literalLength - a.literalLength);

  return {
    match(method, pathname) {
      for (const route of ordered) {
        const found = route.pattern.exec(pathname);
        if (!found) continue;
        const operation = route.byMethod.get(method.toUpperCase());
        if (!operation) return { kind: 'method-not-allowed', allow: [...route.byMethod.keys(), 'OPTIONS'] };
        const params: Record<string, string> = {};
        route.names.forEach((name, index) => {
          params[name] = safeDecode(found[index + 1] ?? '');
        });
        return { kind: 'operation', operation, params };
      }
      return { kind: 'no-route' };
    },
    allowedMethods(pathname) {
      const route = ordered.find((r) => r.pattern.test(pathname));
      return route ? [...route.byMethod.keys()] : [];
    },
  };
}

function compileTemplate(template: string): Route {
  const names: string[] = [];
  let literalLength = 0;
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        names.push(param[1]);
        return '([^/]+)';
      }
      literalLength += part.length;
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  // A trailing slash is tolerated: `/books/` is `/books`.
  return { pattern: new RegExp(`^${source}/?$`), names, literalLength, byMethod: new Map() };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
