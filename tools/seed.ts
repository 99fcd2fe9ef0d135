import { readConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { exitWith } from '../src/server/runtime';
import { storyLibrary } from '../src/server/stories';
import { seedCompany } from './seed-data';

/**
 * `npm run seed -- --trainees 1000 --attempts 20 [--team-size 25] [--seed n]`: fills the
 * configured database (PITCHLESS_DATA or DATABASE_URL, as `npm start` uses) with a made-up
 * company for trying the manager's review. Stop the server on an embedded database first.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1, not "${args[at + 1]}"`);
  return value;
};

try {
  const options = { trainees: option('trainees', 1000), attempts: option('attempts', 20), teamSize: option('team-size', 25), seed: option('seed', Date.now() % 2 ** 31) };
  const config = readConfig();
  const library = storyLibrary(config.storiesDir);
  library.ids();
  const database = await openDatabase(config.database);
  try {
    const started = performance.now();
    const made = await seedCompany([database.db], library, options, (line) => process.stdout.write(`${line}\r`));
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `\nSeeded ${database.kind} in ${seconds} s: ${made.managers} managers, ${made.teams} teams, ${made.trainees} trainees, ${made.assignments} assignments, ${made.attempts} attempts.`,
    );
    console.log(`Sign in as a manager: ${made.managerEmail} / ${made.password} (every seeded account has that password).`);
  } finally {
    await database.close();
  }
} catch (error) {
  exitWith(error);
}
