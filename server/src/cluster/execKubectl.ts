// A KubectlRunner for Node hosts (the CLI, the server's snapshot and overlay renders): execFile with an argument array, never a shell, a
// bounded output buffer and an overall time limit on top of kubectl's own --request-timeout.
import { execFile } from 'node:child_process';
import type { KubectlResult, KubectlRunner } from './readSnapshot';

export interface ExecKubectlOptions {
  readonly kubectlPath: string;
  /** kubectl's environment (KUBECONFIG is read from here); defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** The whole command's limit; kubectl's own per-request timeout is in the arguments. */
  readonly limitMs: number;
  /** What to do when kubectl cannot be started, for the host's words (a CLI flag, a setting). */
  readonly notFoundHint?: string;
}

export function execKubectl(options: ExecKubectlOptions): KubectlRunner {
  return (args, signal) =>
    new Promise<KubectlResult>((resolve, reject) => {
      execFile(
        options.kubectlPath,
        [...args],
        {
          env: options.env ?? process.env,
          timeout: options.limitMs,
          maxBuffer: 256 * 1024 * 1024,
          windowsHide: true,
          ...(signal ? { signal } : {}),
        },
        (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr, exitCode: 0 });
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT' || code === 'EACCES')
            return reject(
              new Error(
                `kubectl was not found ("${options.kubectlPath}"). ${options.notFoundHint ?? 'Install kubectl or pass --kubectl PATH.'}`,
              ),
            );
          if (error.killed)
            return resolve({
              stdout,
              stderr: `${stderr}\nkubectl did not finish within ${options.limitMs / 1000} s (Client.Timeout exceeded)`,
              exitCode: 1,
            });
          resolve({ stdout, stderr, exitCode: typeof code === 'number' ? code : 1 });
        },
      );
    });
}
