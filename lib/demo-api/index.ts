export { startDemoApi, DEFAULT_DEMO_API_PORT } from './start-demo-api';
export { DEMO_CREDENTIALS } from './check-auth';
export { DEFAULT_SPEC_PATH } from './load-spec';
export type { DemoApi, DemoApiOptions } from './types';
