import { interactionBench } from './interaction/interaction-bench.js';
import { formatTable } from './lib/table.js';
const out = await interactionBench();
console.log(out.log.join('\n'));
console.log(formatTable(out.rows));
