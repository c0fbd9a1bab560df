import { reasonPhrase } from '../http/reason-phrases';
import type { FieldError } from './types';

/** Base of the `type` URI of every problem the demo API answers with (stable; clients may branch on it). */
export const PROBLEM_BASE = 'https://api.bookshelf.example/problems/';

export type ProblemCode =
  | 'validation-error'
  | 'invalid-json'
  | 'unauthorized'
  | 'not-found'
  | 'route-not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'payload-too-large'
  | 'insufficient-storage'
  | 'unsupported-media-type'
  | 'unprocessable-entity'
  | 'not-implemented'
  | 'internal-error';

// Problems named after a status take its standard reason phrase (one table for the whole project).
const TITLES: Record<ProblemCode, string> = {
  'validation-error': 'Invalid request',
  'invalid-json': 'Malformed JSON body',
  unauthorized: 'Authentication required',
  'not-found': 'Not found',
  'route-not-found': 'No such endpoint',
  'method-not-allowed': reasonPhrase(405),
  conflict: reasonPhrase(409),
  'payload-too-large': reasonPhrase(413),
  'insufficient-storage': reasonPhrase(507),
  'unsupported-media-type': reasonPhrase(415),
  'unprocessable-entity': reasonPhrase(422),
  'not-implemented': reasonPhrase(501),
  'internal-error': 'Internal error',
};

/** The JSON body of an error answer: the spec's `Error` schema (RFC 9457 problem details). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/**
 * An error answer, thrown by handlers and turned into an `application/problem+json`
 * response by the server, so handlers never write error responses by hand.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  toBody(instance: string): ProblemBody {
    return {
      type: `${PROBLEM_BASE}${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      detail: this.detail,
      instance,
      ...(this.errors && this.errors.length > 0 ? { errors: this.errors } : {}),
    };
  }
}

export function notFound(kind: string, id: string): ApiProblem {
  return new ApiProblem(404, 'not-found', `There is no ${kind} with the ID ${id}.`);
}

export function validationProblem(errors: FieldError[], detail: string): ApiProblem {
  return new ApiProblem(400, 'validation-error', detail, errors);
}
