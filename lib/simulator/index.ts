import "server-only";
/** The built-in Nuki simulator: a faithful stand-in for the Nuki Web API (REST + OAuth 2). */
export { DEFAULT_SETTINGS, getSimulator, NukiSimulator, REQUEST_LOG_SIZE } from "./simulator";
export { settingsSchema } from "./control";
export { controlState } from "./control-state";
export { lockPatchSchema } from "./lock-status";
export { faultsSchema, FAULT_DEFAULTS } from "./faults";
export { appAuthPatchSchema } from "./app-changes";
export { WEBHOOK_FEATURES } from "./webhooks";
export { DEMO_ACCOUNT_ID, DEMO_LOCKS, OTHER_ACCOUNT_ID, seedDemoData } from "./seed";
export { isValidKeypadCode } from "./auth-body";
export { SCOPES } from "./oauth-store";
export type { FaultConfig, FaultKind, FaultsInput } from "./faults";
export type { LockPatch } from "./lock-status";
export type { AppAuthPatch } from "./app-changes";
export type { DecentralWebhook, WebhookDelivery, WebhookFeature } from "./webhooks";
export type {
  NukiSimulatorOptions,
  OAuthClient,
  PendingOperation,
  ReceivedRequest,
  SimAccount,
  SimAuth,
  SimData,
  SimLock,
  SimLogEntry,
  SimulatorSettings,
} from "./types";
