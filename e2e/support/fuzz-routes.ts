/* The routes the fuzz sends to, the methods each path has, and what one fuzz request is. */

/** What the fuzz knows about the signed-in account, read from the simulator before it starts. */
export interface FuzzAccount {
  origin: string;
  lockIds: number[];
  otherLockId: number;
  /** Every lock's keypad auth ids as Nuki has them, the other account's included. */
  authIds: Map<number, string[]>;
  /** Whether the server can send guest e-mails (read from a PIN's message view before the fuzz). */
  mailEnabled: boolean;
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const ROUTES = [
  "GET /api/locks",
  "GET /api/locks/{lockId}",
  "POST /api/locks/{lockId}/sync",
  "GET /api/locks/{lockId}/pins",
  "POST /api/locks/{lockId}/pins",
  "PATCH /api/locks/{lockId}/pins/{pinId}",
  "DELETE /api/locks/{lockId}/pins/{pinId}",
  "POST /api/locks/{lockId}/pins/{pinId}/repair",
  "POST /api/locks/{lockId}/pins/{pinId}/retry",
  "POST /api/locks/{lockId}/pins/{pinId}/adopt",
  "GET /api/locks/{lockId}/pins/{pinId}/history",
  "GET /api/locks/{lockId}/activity",
  "GET /api/locks/{lockId}/confirm-times",
  "GET /api/locks/{lockId}/settings",
  "PATCH /api/locks/{lockId}/settings",
  "GET /api/locks/{lockId}/entries",
  "GET /api/locks/{lockId}/pins/{pinId}/usage",
  "GET /api/locks/{lockId}/pins/{pinId}/message",
  "POST /api/locks/{lockId}/pins/{pinId}/message",
  "POST /api/locks/{lockId}/pins/cleanup",
  "POST /api/pins/cleanup",
  "GET /api/pins",
  "GET /api/attention",
  "GET /api/today",
  "GET /api/properties",
  "POST /api/properties",
  "GET /api/properties/{propertyId}",
  "PATCH /api/properties/{propertyId}",
  "DELETE /api/properties/{propertyId}",
  "GET /api/stays",
  "POST /api/stays",
  "GET /api/stays/{stayId}",
  "PATCH /api/stays/{stayId}",
  "DELETE /api/stays/{stayId}",
  "GET /api/stays/usage",
  "GET /api/stays/{stayId}/usage",
  "GET /api/stays/{stayId}/message",
  "POST /api/stays/{stayId}/message",
  "PATCH /api/stays/{stayId}/message",
  "GET /api/properties/{propertyId}/entries",
  "GET /api/properties/{propertyId}/backup-codes",
  "POST /api/properties/{propertyId}/backup-codes",
  "DELETE /api/properties/{propertyId}/backup-codes",
  "POST /api/stays/{stayId}/backup-code",
  "GET /api/properties/{propertyId}/feeds",
  "POST /api/properties/{propertyId}/feeds",
  "PATCH /api/properties/{propertyId}/feeds/{feedId}",
  "DELETE /api/properties/{propertyId}/feeds/{feedId}",
  "POST /api/properties/{propertyId}/feeds/{feedId}/sync",
  // A new route joins here, in ROUTE_METHODS, with a generator in fuzz-inputs.ts `fuzzRequest` and
  // its answers in fuzz-oracle.ts `expected`: the spec's route-list test fails until it does.
  "POST /api/webhooks/nuki",
  "GET /api/openapi.json",
  "GET /api/health",
  /** Any route above with a method it does not have: PUT everywhere, GET on a POST-only route… */
  "WRONG-METHOD /api/…",
] as const;

export type Route = (typeof ROUTES)[number];

/** Which schema a route's body goes through, for the routes that read one. */
export type BodyKind = "create" | "patch" | "settings" | "propertyCreate" | "propertyPatch" | "stayCreate" | "stayPatch" | "message";

export const BODY_KIND: Partial<Record<Route, BodyKind>> = {
  "POST /api/locks/{lockId}/pins": "create",
  "PATCH /api/locks/{lockId}/pins/{pinId}": "patch",
  "PATCH /api/locks/{lockId}/settings": "settings",
  "POST /api/properties": "propertyCreate",
  "PATCH /api/properties/{propertyId}": "propertyPatch",
  "POST /api/stays": "stayCreate",
  "PATCH /api/stays/{stayId}": "stayPatch",
  "POST /api/locks/{lockId}/pins/{pinId}/message": "message",
  "POST /api/stays/{stayId}/message": "message",
};

/** The methods each route path has, for requests with one it does not have. */
export const ROUTE_METHODS: [path: string, methods: Method[]][] = [
  ["/api/locks", ["GET"]],
  ["/api/locks/{lockId}", ["GET"]],
  ["/api/locks/{lockId}/sync", ["POST"]],
  ["/api/locks/{lockId}/pins", ["GET", "POST"]],
  ["/api/locks/{lockId}/pins/{pinId}", ["PATCH", "DELETE"]],
  ["/api/locks/{lockId}/pins/{pinId}/repair", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/retry", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/adopt", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/history", ["GET"]],
  ["/api/locks/{lockId}/pins/{pinId}/usage", ["GET"]],
  ["/api/locks/{lockId}/pins/{pinId}/message", ["GET", "POST"]],
  ["/api/locks/{lockId}/pins/cleanup", ["POST"]],
  ["/api/locks/{lockId}/activity", ["GET"]],
  ["/api/locks/{lockId}/confirm-times", ["GET"]],
  ["/api/locks/{lockId}/entries", ["GET"]],
  ["/api/locks/{lockId}/settings", ["GET", "PATCH"]],
  ["/api/pins", ["GET"]],
  ["/api/pins/cleanup", ["POST"]],
  ["/api/properties", ["GET", "POST"]],
  ["/api/properties/{propertyId}", ["GET", "PATCH", "DELETE"]],
  ["/api/properties/{propertyId}/entries", ["GET"]],
  ["/api/properties/{propertyId}/backup-codes", ["GET", "POST", "DELETE"]],
  ["/api/stays/{stayId}/backup-code", ["POST"]],
  ["/api/properties/{propertyId}/feeds", ["GET", "POST"]],
  ["/api/properties/{propertyId}/feeds/{feedId}", ["PATCH", "DELETE"]],
  ["/api/properties/{propertyId}/feeds/{feedId}/sync", ["POST"]],
  ["/api/stays", ["GET", "POST"]],
  ["/api/stays/usage", ["GET"]],
  ["/api/stays/{stayId}", ["GET", "PATCH", "DELETE"]],
  ["/api/stays/{stayId}/usage", ["GET"]],
  ["/api/stays/{stayId}/message", ["GET", "POST", "PATCH"]],
  ["/api/webhooks/nuki", ["POST"]],
  ["/api/openapi.json", ["GET"]],
  ["/api/health", ["GET"]],
  ["/api/attention", ["GET"]],
  ["/api/today", ["GET"]],
];

export interface FuzzRequest {
  route: Route;
  method: Method;
  /** Path and query exactly as sent, already percent-encoded. */
  url: string;
  lockSegment?: string;
  pinSegment?: string;
  /** A property's or a stay's id as sent. */
  idSegment?: string;
  /**
   * Set only where the body was built to pass the route's schema, which the fuzz does only where
   * passing it still writes nothing (a stay for a property that does not exist, a property with a
   * lock of another account, a change to a property or stay that does not exist).
   */
  validBody?: boolean;
  /** For a method the route does not have: the methods it has. */
  allowed?: Method[];
  headers: Record<string, string>;
  body?: Buffer;
  /** How the body was made, for the failure report. */
  note: string;
}
