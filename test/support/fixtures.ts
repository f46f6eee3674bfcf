import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/engine.js';
import { buildModel } from '../../src/model/build.js';
import type { Model } from '../../src/model/types.js';
import { MODEL_READS } from '../../src/model/resource-types.js';
import { parsePlan } from '../../src/plan/load.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/findings/types.js';
import { ROOT } from './run-cli.js';

/** Loads a fixture plan through the real reader and model builder. */
export function fixtureModel(relative: string): Model {
  return buildModel(parsePlan(readFileSync(join(ROOT, 'fixtures', relative)), relative, MODEL_READS));
}

/** Every finding of the real engine with every registered rule, on a fixture plan. */
export function fixtureFindings(relative: string): Finding[] {
  return evaluate([fixtureModel(relative)], { failOn: 'high', rules: RULES }).findings;
}
