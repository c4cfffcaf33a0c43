/**
 * The V8 heap one Keyhost server is given. Without a cap V8 grows its heap long before it collects,
 * and an instance reading an account of 50,000 keypad codes held 0.6 to 1.2 GB; with this one it
 * stays near 300 MB and answers as fast (docs/benchmark.md). An account much larger than that needs
 * more: set `--max-old-space-size` in NODE_OPTIONS, which then wins.
 */
export const SERVER_HEAP_MB = 320;

/** The flag for `node`, e.g. `node --max-old-space-size=320 .next/standalone/server.js`. */
export const SERVER_HEAP_FLAG = `--max-old-space-size=${SERVER_HEAP_MB}`;

/**
 * NODE_OPTIONS for a server process: the operator's own, with the heap cap added unless they set one.
 * @param {string | undefined} current
 */
export function serverNodeOptions(current) {
  const options = current?.trim() ?? "";
  if (/--max-old-space-size/.test(options)) return options;
  return options ? `${options} ${SERVER_HEAP_FLAG}` : SERVER_HEAP_FLAG;
}
