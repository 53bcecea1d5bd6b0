// Runs the CLI in-process with its output captured, as the CLI tests need it.
import { runCli, type CliIo } from '../../server/src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a test sets of the CLI's I/O: the output is captured; not a terminal unless said. */
type CliOptions = Omit<CliIo, 'stdout' | 'stderr' | 'isTTY'> & { readonly isTTY?: boolean };

function start(args: readonly string[], options: CliOptions) {
  const output = { stdout: '', stderr: '' };
  const code = runCli(args, {
    isTTY: false,
    ...options,
    stdout: (t) => (output.stdout += t),
    stderr: (t) => (output.stderr += t),
  });
  return { code, output };
}

/** A command that answers synchronously (everything but --cluster, --live and --jobs). */
export function captureCli(args: readonly string[], options: CliOptions): CliRun {
  const { code, output } = start(args, options);
  if (typeof code !== 'number') throw new Error('runCli answered with a promise');
  return { code, ...output };
}

/** Any command, those that answer asynchronously included. */
export async function captureCliAsync(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const { code, output } = start(args, options);
  const finished = await code;
  return { code: finished, ...output };
}
