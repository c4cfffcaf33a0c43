/** A property's limits, shared by its schema (the server) and its form's checks (the browser). */
export const MAX_DOORS = 10;
export const MAX_BUFFER_MINUTES = 720;
export const MAX_TEMPLATE_LENGTH = 2000;
export const MAX_LEAD_DAYS = 60;
