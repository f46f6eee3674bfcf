/**
 * Golden files of the report renderers: `expectGolden('report.txt', output)`
 * compares byte for byte with test/report/__golden__/report.txt (see
 * test/support/golden-dir.ts: UPDATE_GOLDEN=1 rewrites them; review the diff).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenIn } from '../support/golden-dir.js';

export const expectGolden = goldenIn(join(dirname(fileURLToPath(import.meta.url)), '__golden__'));
