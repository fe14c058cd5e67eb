import type { Writable } from "node:stream";
import type { CommandOutput } from "./command-output.js";
import { escapeControlCharacters } from "./terminal-text.js";

/** Writes lines to a stream; once the reader has gone (`EPIPE`, as after `| head -1`), writes nothing more. */
function lineWriter(stream: Writable): (line: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${escapeControlCharacters(line)}\n`);
  };
}

/**
 * The output of the `newsfacts` process: lines to standard output and standard error (and the terminal's width, when
 * standard output is one), with every terminal control
 * character escaped, and a reader that stops reading (`newsfacts query entities | head -1`) ending the output quietly
 * instead of with an unhandled `EPIPE`.
 *
 * @param streams - The two streams (the process's own by default; tests pass others).
 * @returns Where commands print.
 *
 * @example
 * typeof processOutput().out
 * //=> "function"
 */
export function processOutput(
  streams: { readonly stdout: Writable; readonly stderr: Writable } = process,
): CommandOutput {
  // A terminal says how wide it is, so that tables fit it; a pipe or a file does not.
  const stdout = streams.stdout as Writable & { readonly isTTY?: boolean; readonly columns?: number };
  return {
    out: lineWriter(streams.stdout),
    error: lineWriter(streams.stderr),
    columns: stdout.isTTY === true ? stdout.columns : undefined,
  };
}
