/** Where the e2e servers listen; all on loopback, started by global-setup.ts. */
export const PORTAL_PORT = 4173;
export const SUBPATH_PORT = 4174;
export const DEMO_API_PORT = 4010;
export const NO_CORS_API_PORT = 4011;
export const SUBPATH_DIR = 'e2e/.out-sub';
/** The fixture portal (e2e/fixtures/content) as served under its base path, without a trailing slash. */
export const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub`;
