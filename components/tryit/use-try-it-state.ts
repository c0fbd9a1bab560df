'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildRequest } from '@/lib/request/build-request';
import { originOf } from '@/lib/openapi/url-policy';
import { describeCredentialScope, entryOrigin, scopeCredentials } from '@/lib/tryit/credential-scope';
import type { FieldDraft } from '@/lib/tryit/build-console-model';
import type { ResponseCheck } from '@/lib/tryit/check-response';
import { draftsToValues, type BodyDraft, type FormDraft } from '@/lib/tryit/drafts-to-values';
import { parseJsonText, type JsonSyntaxError } from '@/lib/json/locate-json-error';
import { sendRequest, type SendResult } from '@/lib/tryit/send-request';
import type { FileRef, PreparedRequest, ServerChoice } from '@/lib/request/types';
import type { ValidationIssue } from '@/lib/tryit/types';
import type { RequestValidator } from '@/lib/tryit/validate-request';
import type { SchemaValidator } from '@/lib/tryit/create-schema-validator';
import type { TryItProps } from './types';
import { useAuthState, type AuthState } from './use-auth-state';
import { loadMockServer, MOCK_SERVER_INDEX, readMockChoice, toMockResult, writeMockChoice } from './mock-sender';
import type { MockServer } from '@/lib/mock/answer-mock-request';
import { sharedBodyIndex, sharedRequestFor, sharedServerIndex, shareLink, withSharedBody } from './shared-request';
import { useRequestHistory } from './use-request-history';
import { authScope, readActiveEnvironment, useEnvironments } from './use-environments';
import { applyEnvironment, type ConsoleShape, type ConsoleValues, type Environment } from '@/lib/tryit/environments';
import { toHistoryEntry } from '@/lib/tryit/request-history';
import { toSharedRequest, type SharedRequest } from '@/lib/tryit/share-request';

interface Validators {
  request: RequestValidator;
  response: SchemaValidator;
}

export interface ServerState {
  /** Index into the slice's servers, -1 for a custom base URL, MOCK_SERVER_INDEX for the in-browser mock. */
  index: number;
  variables: Record<number, Record<string, string>>;
  customUrl: string;
}

export interface Outcome {
  result: SendResult;
  request: PreparedRequest;
  /** Undefined while the contract check loads; network errors have none. */
  check?: ResponseCheck;
}

function initialBodies(model: TryItProps['model']): BodyDraft[] {
  return model.bodies.map((body): BodyDraft => {
    if (body.editor === 'form') return { mediaType: body.mediaType, form: { ...body.initialFields } };
    if (body.editor === 'file') return { mediaType: body.mediaType, file: null };
    return { mediaType: body.mediaType, text: body.examples[0]?.text ?? '' };
  });
}

function defaultVariables(slice: TryItProps['slice']): Record<number, Record<string, string>> {
  return Object.fromEntries(slice.servers.map((server, i) => [i, Object.fromEntries(Object.entries(server.variables).map(([k, v]) => [k, v.default]))]));
}

/**
 * The console's state and actions, apart from its views. Ajv (validation and
 * the contract check) loads on the first Send, not with the console.
 */
export function useTryItState({ apiId, slice, model, proxyUrl, mockByDefault, basePath }: TryItProps) {
  const operation = slice.operation;
  // A `#try=` link to this operation fills the console; it wins over the defaults.
  const [shared] = useState(() => sharedRequestFor(operation.slug));
  const environmentShape: ConsoleShape = useMemo(() => ({ parameters: model.parameters, servers: slice.servers, mockIndex: MOCK_SERVER_INDEX }), [model.parameters, slice.servers]);
  // The chosen environment fills a console as it opens, unless a shared link says what to fill.
  const [initial] = useState(() => {
    const values: ConsoleValues = {
      drafts: { ...model.initialParameters, ...shared?.parameters },
      server: {
        index: sharedServerIndex(shared, slice.servers.length) ?? ((readMockChoice(apiId) ?? mockByDefault) ? MOCK_SERVER_INDEX : slice.servers.length > 0 ? 0 : -1),
        variables: defaultVariables(slice),
        customUrl: '',
      },
    };
    const environment = shared ? undefined : readActiveEnvironment(apiId);
    return environment ? applyEnvironment(environment, values, environmentShape) : values;
  });
  const [server, setServer] = useState<ServerState>(initial.server);
  const mocked = server.index === MOCK_SERVER_INDEX;
  const choseMock = useRef(mocked);
  useEffect(() => {
    // Only a change the reader makes is remembered, not the default a page starts with.
    if (choseMock.current === mocked) return;
    choseMock.current = mocked;
    writeMockChoice(apiId, mocked);
  }, [apiId, mocked]);
  /** The documented status the mock answers with; undefined lets it decide (success, or the error the request earns). */
  const [mockStatus, setMockStatus] = useState<string | undefined>();
  const mockLoad = useRef<Promise<MockServer> | undefined>(undefined);
  const [drafts, setDrafts] = useState<Record<string, FieldDraft | undefined>>(initial.drafts);
  const applyChosenEnvironment = useCallback(
    (environment: Environment | undefined) => {
      if (!environment) return;
      setDrafts((current) => applyEnvironment(environment, { drafts: current, server: initial.server }, environmentShape).drafts);
      setServer((current) => applyEnvironment(environment, { drafts: {}, server: current }, environmentShape).server);
    },
    [environmentShape, initial.server],
  );
  const environments = useEnvironments(apiId, applyChosenEnvironment);
  const [bodyIndex, setBodyIndex] = useState(() => sharedBodyIndex(model, shared));
  const [bodies, setBodies] = useState<BodyDraft[]>(() => withSharedBody(initialBodies(model), shared));
  const [useProxy, setUseProxy] = useState(Boolean(proxyUrl));
  const [issues, setIssues] = useState<ValidationIssue[] | undefined>();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const validatorsLoad = useRef<Promise<Validators> | undefined>(undefined);
  const [validators, setValidators] = useState<Validators | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const bodySpec = model.bodies[bodyIndex];
  const body = bodies[bodyIndex];
  const values = useMemo(() => draftsToValues(model.parameters, drafts, body, bodySpec?.fields), [model.parameters, drafts, body, bodySpec]);

  const serverChoice: ServerChoice = useMemo(() => {
    // The mock answers for the API's first server: the URL, curl and credentials read as for the real API.
    const chosen = slice.servers[mocked ? 0 : server.index];
    if (mocked && !chosen) return { kind: 'template', url: '/', variables: {}, origin: window.location.origin };
    if (!chosen) return { kind: 'custom', baseUrl: server.customUrl };
    return { kind: 'template', url: chosen.url, variables: server.variables[mocked ? 0 : server.index] ?? {}, origin: window.location.origin };
  }, [slice.servers, server, mocked]);

  // Credentials are bound to origins: first the URL without them, to see where the request goes.
  const pageOrigin = window.location.origin;
  const targetUrl = useMemo(() => buildRequest(operation, values, {}, serverChoice, {}).url, [operation, values, serverChoice]);
  const source = serverChoice.kind === 'custom' ? 'custom' : slice.ownServers ? 'operation' : 'api';
  const auth: AuthState = useAuthState(
    authScope(apiId, environments.store.active),
    originOf(slice.apiServerUrl, pageOrigin),
    entryOrigin({ targetUrl, source, apiServerUrl: slice.apiServerUrl, pageOrigin }),
  );
  const activeProxy = useProxy ? proxyUrl : undefined;
  const credentialScope = useMemo(
    () => scopeCredentials(auth.auth.values, auth.auth.origins, { targetUrl, pageOrigin, consents: auth.consents, proxyUrl: activeProxy }),
    [auth.auth.values, auth.auth.origins, auth.consents, targetUrl, pageOrigin, activeProxy],
  );

  const request = useMemo(
    () => buildRequest(operation, values, credentialScope.allowed, serverChoice, slice.securitySchemes, slice.security),
    [operation, values, credentialScope.allowed, serverChoice, slice.securitySchemes, slice.security],
  );
  const credentialNote = useMemo(() => {
    const attached = [...request.headers, ...request.queryString, ...request.cookies].some((pair) => pair.secret);
    const needed = slice.security.some((requirement) => Object.keys(requirement).length > 0);
    return describeCredentialScope(credentialScope, attached, needed);
  }, [request, credentialScope, slice.security]);

  const history = useRequestHistory(apiId);
  const { record } = history;
  /** Fills the console from a shared request or a history entry (credentials are never in either). */
  const applyShared = useCallback(
    (from: SharedRequest) => {
      setDrafts({ ...model.initialParameters, ...from.parameters });
      setBodyIndex(sharedBodyIndex(model, from));
      setBodies(withSharedBody(initialBodies(model), from));
      const index = sharedServerIndex(from, slice.servers.length);
      if (index !== undefined) setServer((s) => ({ ...s, index }));
    },
    [model, slice.servers.length],
  );

  const link = useMemo(() => shareLink(operation.slug, drafts, body, server.index), [operation.slug, drafts, body, server.index]);

  const jsonError: JsonSyntaxError | undefined = useMemo(() => {
    if (!body || !('text' in body) || bodySpec?.editor !== 'json' || body.text.trim() === '') return undefined;
    const parsed = parseJsonText(body.text);
    return parsed.ok ? undefined : parsed.error;
  }, [body, bodySpec]);

  const loadValidators = useCallback(() => {
    validatorsLoad.current ??= Promise.all([import('@/lib/tryit/validate-request'), import('@/lib/tryit/create-schema-validator')]).then(
      ([{ createRequestValidator }, { createSchemaValidator }]) => {
        const loaded = { request: createRequestValidator(slice.refs), response: createSchemaValidator(slice.refs, { coerce: false, ignore: 'writeOnly' }) };
        setValidators(loaded);
        return loaded;
      },
    );
    return validatorsLoad.current;
  }, [slice.refs]);

  // Once the user has seen the problems, keep them current as they fix the fields.
  const liveIssues = useMemo(() => (issues && validators ? validators.request(operation, values) : issues), [issues, validators, operation, values]);

  const send = useCallback(
    async (force = false) => {
      const { request: validate, response: responseValidator } = await loadValidators();
      const found = validate(operation, values);
      setIssues(found.length > 0 ? found : undefined);
      if (found.length > 0 && !force) {
        // The answer on screen belongs to an earlier request: leaving it would read as this one's.
        setOutcome(undefined);
        return false;
      }
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setPending(true);
      const sent = request;
      const askMock = async (): Promise<SendResult> => {
        mockLoad.current ??= loadMockServer(apiId, validate);
        const mock = await mockLoad.current;
        const started = performance.now();
        return toMockResult(mock(slice, { request: sent, values, status: mockStatus }), performance.now() - started);
      };
      const result = mocked
        ? await askMock()
        : await sendRequest(sent, {
            proxyUrl: activeProxy,
            pageProtocol: window.location.protocol,
            online: navigator.onLine,
            signal: controller.signal,
            timeoutMs: 60_000,
          });
      // A newer Send took over while this one was under way.
      if (controller.signal.aborted && (mocked || (result.kind === 'network-error' && result.error.kind === 'aborted'))) return true;
      setPending(false);
      setOutcome({ result, request: sent });
      record(
        toHistoryEntry({
          at: Date.now(),
          page: window.location.pathname,
          request: sent,
          shared: toSharedRequest(operation.slug, drafts, body, mocked ? 'mock' : server.index >= 0 ? server.index : undefined),
          outcome: result.kind === 'response' ? { status: result.status, mocked: result.mocked, size: result.bodyBytes.length, durationMs: result.durationMs, headers: result.headers, contentType: result.contentType, bodyText: result.bodyText } : { error: result.error.title, durationMs: result.durationMs },
        }),
      );
      if (result.kind === 'response') {
        const { checkResponse } = await import('@/lib/tryit/check-response');
        const check = checkResponse(operation, result.status, result.contentType, result.bodyText, slice.refs, responseValidator);
        setOutcome((current) => (current?.result === result ? { ...current, check } : current));
      }
      return true;
    },
    [loadValidators, operation, values, request, activeProxy, slice, mocked, mockStatus, apiId, record, drafts, body, server.index],
  );

  const setDraft = useCallback((key: string, value: FieldDraft | undefined) => setDrafts((d) => ({ ...d, [key]: value })), []);
  const setBodyText = useCallback((text: string) => setBodies((all) => all.map((b, i) => (i === bodyIndex ? { mediaType: b.mediaType, text } : b))), [bodyIndex]);
  const setFormField = useCallback(
    (name: string, value: FormDraft[string]) =>
      setBodies((all) => all.map((b, i) => (i === bodyIndex && 'form' in b ? { mediaType: b.mediaType, form: { ...b.form, [name]: value } } : b))),
    [bodyIndex],
  );
  const setBodyFile = useCallback(
    (file: FileRef | null) => setBodies((all) => all.map((b, i) => (i === bodyIndex && 'file' in b ? { mediaType: b.mediaType, file } : b))),
    [bodyIndex],
  );

  return {
    apiId,
    slice,
    model,
    auth,
    server,
    setServer,
    drafts,
    setDraft,
    bodyIndex,
    setBodyIndex,
    body,
    bodySpec,
    setBodyText,
    setFormField,
    setBodyFile,
    jsonError,
    proxyUrl,
    basePath,
    useProxy,
    setUseProxy,
    mocked,
    fromLink: shared !== undefined,
    history,
    environments,
    environmentShape,
    applyShared,
    link,
    mockStatus,
    setMockStatus,
    request,
    credentialScope,
    credentialNote,
    issues: liveIssues,
    pending,
    outcome,
    send,
  };
}

export type TryItState = ReturnType<typeof useTryItState>;
