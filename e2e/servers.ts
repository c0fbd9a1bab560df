/** Where the e2e servers listen; all on loopback, started by global-setup.ts. */
export const PORTAL_PORT = 4173;
export const SUBPATH_PORT = 4174;
export const DEMO_API_PORT = 4010;
export const NO_CORS_API_PORT = 4011;
export const SUBPATH_DIR = 'e2e/.out-sub';
