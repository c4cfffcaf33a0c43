/** Why a lock cannot get PINs: the one wording of "no paired keypad", for pages, the API and the engine. */
export const NO_KEYPAD = "PINs cannot be added until a keypad is paired.";

/** The same with what to do about it, where there is room. */
export const NO_KEYPAD_HELP = `${NO_KEYPAD} Paired one already? Use “Sync with lock”.`;
