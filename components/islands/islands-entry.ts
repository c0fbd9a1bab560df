// The module script of islands-only pages (bundled by bin/build-islands.mjs).
import { startIslands } from './start-islands';

startIslands();
