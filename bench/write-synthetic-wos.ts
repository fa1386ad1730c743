/** Writes `count` synthetic WoS plain-text files of 1,000 records each into a folder (for the browser benchmark). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeWosRecords } from './synthetic-wos';

const [dir, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) writeFileSync(join(dir, `savedrecs-${String(i + 1).padStart(3, '0')}.txt`), synthesizeWosRecords(1000, 40, i));
