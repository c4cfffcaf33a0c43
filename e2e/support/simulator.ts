import type { APIRequestContext } from "@playwright/test";

/** The simulator's test hooks, reached over HTTP like everything else. */
export function simulator(request: APIRequestContext) {
  const post = async (path: string, data: unknown = {}) => {
    const response = await request.post(`/sim/_control/${path}`, { data });
    if (!response.ok()) throw new Error(`simulator ${path}: ${response.status()} ${await response.text()}`);
    return response;
  };
  return {
    reset: (data: Record<string, unknown> = {}) => post("reset", data),
    config: (data: Record<string, unknown>) => post("config", data),
    setLock: (lockId: number, data: Record<string, unknown>) => post(`locks/${lockId}`, data),
    expireTokens: () => post("tokens/expire"),
    revokeTokens: () => post("tokens/revoke"),
    /** Nuki API requests the simulator answered since its last reset, by route ("GET /smartlock/auth"). */
    calls: async (): Promise<Record<string, number>> => {
      const response = await request.get("/sim/_control/stats");
      return ((await response.json()) as { requests: { byRoute: Record<string, number> } }).requests.byRoute;
    },
    state: async (): Promise<SimulatorState> => {
      const response = await request.get("/sim/_control/state");
      return (await response.json()) as SimulatorState;
    },
  };
}

export interface SimulatorAuth {
  id: string;
  smartlockId: number;
  name: string;
  code?: number;
  enabled: boolean;
  allowedFromDate?: string | null;
  allowedUntilDate?: string | null;
  allowedWeekDays?: number | null;
  allowedFromTime?: number | null;
  allowedUntilTime?: number | null;
}

export interface SimulatorState {
  locks: { smartlockId: number; name: string; serverState: number; config?: { timezoneId?: number; keypadPaired?: boolean } }[];
  auths: SimulatorAuth[];
  requests: { method: string; path: string; body?: unknown }[];
  tokens: { accessTokens: string[]; refreshTokens: string[] };
}
