import type { Command } from '../command';
import { proxyCommand } from '../proxy-command';
import { checkCommand } from './check';

/** Every `portico` command; `portico --help` lists them in this order. */
export const COMMANDS: readonly Command[] = [checkCommand, proxyCommand];
