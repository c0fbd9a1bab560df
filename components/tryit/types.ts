import type { ConsoleModel } from '@/lib/tryit/build-console-model';
import type { OperationSlice } from '@/lib/tryit/collect-operation-slice';
import type { ConsoleData } from '@/lib/tryit/console-data';

/** Everything the console island receives: serializable, and only this operation's part of the spec. */
export interface TryItProps {
  apiId: string;
  slice: OperationSlice;
  model: ConsoleModel;
  /** `tryIt.proxyUrl` from portal.config.json. */
  proxyUrl?: string;
  /** Start with the in-browser mock chosen: `tryIt.mock` is set, or no server of the API looks reachable. */
  mockByDefault: boolean;
  /** The portal's base path (`/docs`), for the OAuth redirect URI. */
  basePath: string;
}

/** What the page gives the console's loader: the console data inline, or where to fetch it (a large operation's). */
export type TryItLoaderProps = Omit<TryItProps, 'slice' | 'model'> & { source: ConsoleData | { dataUrl: string } };
