import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import express from 'express';
import { BenchmarkRefusal, type RefusalReason } from '../core/benchmark/refusal.js';
import { parseRegisteredKeys, verifyMunicipalityFiles } from '../core/benchmark/verify-files.js';
import type { Logger } from '../core/ports.js';
import type { Mount } from './server.js';

/** A month's export is about 2 KB; anything much larger is not one. */
export const INBOX_BODY_LIMIT = '16kb';

/** Refusals that say who sent it (403) rather than what was sent (400). */
const FORBIDDEN: readonly RefusalReason[] = ['unknownKey', 'unpinnedGroup', 'wrongGroup'];

/**
 * `POST /benchmark` on the coordinator's installation: a municipality's signed export, kept in `dir`
 * as `<number>-<month>.json` for `benchmark combine`. The signature is the only authentication: the
 * file is verified against the registered keys (read per request, so a new registration needs no
 * restart) exactly as `combine` verifies it, and a second file for one municipality and month is
 * refused (409) rather than replacing the first.
 */
export function benchmarkInboxRoutes(inbox: { keys: string; dir: string }, logger: Logger): Mount {
  return (routes) => {
    routes.post(
      '/benchmark',
      express.text({ type: () => true, limit: INBOX_BODY_LIMIT }),
      async (req, res, next) => {
        try {
          const text = typeof req.body === 'string' ? req.body : '';
          const registered = parseRegisteredKeys(await readFile(inbox.keys, 'utf8'));
          const [figures] = verifyMunicipalityFiles([{ name: 'upload', text }], registered);
          if (!figures) throw new BenchmarkRefusal('unreadable', { file: 'upload' });
          const name = `${figures.municipality}-${figures.month}.json`;
          try {
            await writeFile(join(inbox.dir, name), text, { flag: 'wx', mode: 0o640 });
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            res.status(409).json({ error: 'duplicate', municipality: figures.municipality });
            return;
          }
          logger.info('benchmark file received', {
            municipality: figures.municipality,
            month: figures.month,
          });
          res.status(201).json({ municipality: figures.municipality, month: figures.month });
        } catch (error) {
          if (!(error instanceof BenchmarkRefusal)) return next(error);
          res.status(FORBIDDEN.includes(error.reason) ? 403 : 400).json({ error: error.reason });
        }
      },
    );
  };
}
