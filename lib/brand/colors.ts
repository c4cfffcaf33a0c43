/** The logo's colour (app/icon.svg): the browser's bar, the installed app's splash screen. */
export const THEME_COLOR = "#4f46e5";
