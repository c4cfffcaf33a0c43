/** The built-in Nuki simulator: a faithful stand-in for the Nuki Web API (REST + OAuth 2). */
export { DEFAULT_SETTINGS, getSimulator, NukiSimulator, REQUEST_LOG_SIZE } from "./simulator";
export { controlState, lockPatchSchema, settingsSchema } from "./control";
export { DEMO_ACCOUNT_ID, DEMO_LOCKS, OTHER_ACCOUNT_ID, seedDemoData } from "./seed";
export { isValidKeypadCode } from "./auth-body";
export { SCOPES } from "./oauth-store";
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
