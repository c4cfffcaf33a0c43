import "server-only";
import { randomAppChanges } from "./app-changes";
import { nukiError, SimError } from "./errors";
import { sleep, withRequestFaults } from "./fault-injection";
import { bodyForLog, type SimRequest } from "./request";
import { apiTarget, dispatch } from "./router";
import type { NukiSimulator } from "./simulator";

/**
 * One OAuth or REST call: what fell due by now, then — for REST calls — the Nuki app's random
 * meddling and the configured faults around the endpoint itself; logged; answered once the latency
 * has passed since the request arrived. The simulator's own work counts towards the latency, so a
 * listing of thousands of codes takes as long as one of five, as from a server far away.
 */
export async function serve(sim: NukiSimulator, req: SimRequest): Promise<Response> {
  const arrived = performance.now();
  const api = apiTarget(req.method, req.path);
  const latency = (api && sim.faults.effective(api.smartlockId).latencyMs) ?? sim.settings.latencyMs;
  sim.settle();
  let response: Response;
  if (api) {
    randomAppChanges(sim, api.smartlockId);
    response = await withRequestFaults(sim, req, api.smartlockId, () => answer(sim, req));
  } else {
    response = await answer(sim, req);
  }
  const faults = req.faults.length ? { faults: [...req.faults] } : {};
  sim.log({ method: req.method, path: req.path, query: Object.fromEntries(req.url.searchParams), body: bodyForLog(req), status: response.status, ...faults });
  // The network is simulated by the latency alone: no compression of big listings by the server it is mounted in.
  if (api && response.headers.get("Cache-Control") === "no-store") response.headers.set("Cache-Control", "no-store, no-transform");
  const remaining = latency - (performance.now() - arrived);
  if (remaining > 0) await sleep(remaining);
  return response;
}

async function answer(sim: NukiSimulator, req: SimRequest): Promise<Response> {
  try {
    return await dispatch(sim, req);
  } catch (error) {
    if (!(error instanceof SimError)) console.error("Nuki simulator failed on", req.method, req.path, error);
    return error instanceof SimError ? nukiError(error.status, error.message) : nukiError(500, "Internal simulator error");
  }
}
