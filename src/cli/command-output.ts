/** Exit codes of the command line: 0 clean, 1 invalid data, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Where a command writes its output. */
export interface CommandOutput {
  readonly out: (line: string) => void;
  readonly error: (line: string) => void;
  /** The width of the terminal `out` prints to, in columns; undefined when it is not a terminal (a pipe, a file). */
  readonly columns?: number | undefined;
}
