import "server-only";
export { signBody, verifySignature } from "./signature";
export {
  parseDelivery,
  type AuthsDelivery,
  type IgnoredDelivery,
  type ParsedDelivery,
  type StatusDelivery,
  type WebhookAuth,
} from "./delivery";
export {
  createReplayGuard,
  deliveryTime,
  MAX_CLOCK_SKEW_MS,
  MAX_REMEMBERED,
  REPLAY_WINDOW_MS,
  type ReplayGuard,
  type ReplayGuardOptions,
  type ReplayVerdict,
} from "./replay";
