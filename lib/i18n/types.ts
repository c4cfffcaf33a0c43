/** Values a message's `{placeholders}` take. */
export type MessageValues = Record<string, string | number | Date>;

/**
 * A translator as pure functions take it: the component passes its `t` (or a test a real
 * translator over the catalogs), so the function stays free of React and testable in either language.
 */
export type Translate = (key: string, values?: MessageValues) => string;
