import { NukiSimulator, type SimulatorOptions } from "./simulator";

export { NukiSimulator } from "./simulator";

const holder = globalThis as { __keyhostNukiSimulator?: NukiSimulator };

/** One simulator per server process, whichever bundle asks (Next may load this module more than once). */
export function getSimulator(options: SimulatorOptions): NukiSimulator {
  holder.__keyhostNukiSimulator ??= new NukiSimulator(options);
  return holder.__keyhostNukiSimulator;
}
