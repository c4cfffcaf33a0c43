/** The longest calendar link Keyhost keeps, shared by the feed schema and the feed form's check. */
export const MAX_FEED_URL_LENGTH = 2000;
