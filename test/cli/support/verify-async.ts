// The verifier CLI run as a person runs it (`npm run -s verify -- …` = tsx cli/verify-cli.ts),
// without blocking the test process, a few at a time: each run starts pdf.js afresh (seconds), so
// re-checking a folder of records one after another would take minutes.
import { type Run, tsxAsync } from '../../helpers/run-cli';

export const verifyCliAsync = (args: string[]): Promise<Run> => tsxAsync('cli/verify-cli.ts', args);

/** Every run of `argsList`, at most `parallel` at once, in order. */
export async function verifyCliAll(argsList: string[][], parallel = 3): Promise<Run[]> {
  const out: Run[] = new Array(argsList.length);
  let next = 0;
  const lane = async () => {
    while (next < argsList.length) {
      const i = next++;
      out[i] = await verifyCliAsync(argsList[i] as string[]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return out;
}
