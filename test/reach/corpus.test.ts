/** Every real plan of ../shared/plans (when present) reads into a network, and every resource gets one of the three answers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { buildNetModel } from '../../src/reach/build.js';
import { reachability } from '../../src/reach/evaluate.js';

const DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'plans');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('scalr-opa__')).sort() : [];

describe.skipIf(files.length === 0)('reachability on the real plans', () => {
  it.each(files)('%s', (file) => {
    const plan = parsePlan(readFileSync(join(DIR, file)), file, MODEL_READS);
    for (const side of ['before', 'after'] as const) {
      const net = buildNetModel(plan, side);
      for (const target of net.endpoints.keys()) {
        const r = reachability(net, { target, protocol: 'tcp', ports: { from: 22, to: 22 } });
        expect(['exposed', 'not-exposed', 'unknown']).toContain(r.status);
        if (r.status === 'unknown') expect(r.unknownBecause.length).toBeGreaterThan(0);
        if (r.status === 'not-exposed') expect(r.blockedBy.length).toBeGreaterThan(0);
      }
    }
  });
});
