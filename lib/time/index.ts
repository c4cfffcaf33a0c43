export * from "./daily";
export * from "./describe-window";
export * from "./names";
export * from "./wall-time";
export * from "./weekdays";
export * from "./zones";
