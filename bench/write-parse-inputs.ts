/** Writes the inputs of bench/parse-inputs.ts into a folder, for the browser benchmark: `tsx bench/write-parse-inputs.ts DIR`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARSE_INPUTS, parseInputBytes, type ParseInput } from './parse-inputs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/write-parse-inputs.ts DIR');
for (const which of Object.keys(PARSE_INPUTS) as ParseInput[]) writeFileSync(join(dir, `${which}.bin`), parseInputBytes(which));
