/**
 * Which URLs a console sign-in flow needs, re-checked in the browser with the one URL policy
 * (`isWebUrl`): the model is already clean, but a model from an older build, or a URL that
 * arrives at run time (an OpenID discovery document), must not reach `window.open` or `fetch`
 * unless it is an absolute http(s) address.
 */
import { isWebUrl } from '../openapi/url-policy';

export const NOT_A_WEB_ADDRESS = "This API's sign-in URL is not a web address, so the console will not open it.";

export type OAuthFlowName = 'authorizationCode' | 'clientCredentials' | 'implicit' | 'password';

export interface SignInUrls {
  /** Set for the popup flows (authorization code, implicit). */
  authorizationUrl?: string;
  /** Set for every flow but implicit. */
  tokenUrl?: string;
}

/** The checked URLs of a flow, or undefined when one it needs is missing or not a web address. */
export function signInUrlsOf(flow: OAuthFlowName, urls: { authorizationUrl?: string; tokenUrl?: string }): SignInUrls | undefined {
  const needsAuthorize = flow === 'authorizationCode' || flow === 'implicit';
  const needsToken = flow !== 'implicit';
  const web = (url: string | undefined): url is string => url !== undefined && isWebUrl(url);
  if (needsAuthorize && !web(urls.authorizationUrl)) return undefined;
  if (needsToken && !web(urls.tokenUrl)) return undefined;
  return { authorizationUrl: needsAuthorize ? urls.authorizationUrl : undefined, tokenUrl: needsToken ? urls.tokenUrl : undefined };
}
