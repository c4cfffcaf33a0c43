/** Nuki's `timezoneId` enum, index = id (the same list the lock firmware uses). */
export const NUKI_TIME_ZONES = [
  "Africa/Cairo", "Africa/Lagos", "Africa/Maputo", "Africa/Nairobi", "America/Anchorage",
  "America/Argentina/Buenos_Aires", "America/Chicago", "America/Denver", "America/Halifax",
  "America/Los_Angeles", "America/Manaus", "America/Mexico_City", "America/New_York",
  "America/Phoenix", "America/Regina", "America/Santiago", "America/Sao_Paulo", "America/St_Johns",
  "Asia/Bangkok", "Asia/Dubai", "Asia/Hong_Kong", "Asia/Jerusalem", "Asia/Karachi", "Asia/Kathmandu",
  "Asia/Kolkata", "Asia/Riyadh", "Asia/Seoul", "Asia/Shanghai", "Asia/Tehran", "Asia/Tokyo",
  "Asia/Yangon", "Australia/Adelaide", "Australia/Brisbane", "Australia/Darwin", "Australia/Hobart",
  "Australia/Perth", "Australia/Sydney", "Europe/Berlin", "Europe/Helsinki", "Europe/Istanbul",
  "Europe/London", "Europe/Moscow", "Pacific/Auckland", "Pacific/Guam", "Pacific/Honolulu",
  "Pacific/Pago_Pago",
] as const;

/** The lock's IANA zone; "UTC" for an id outside Nuki's table, so times are still shown honestly. */
export function zoneForTimezoneId(id: number | null | undefined): string {
  if (typeof id !== "number" || !Number.isInteger(id)) return "UTC";
  return NUKI_TIME_ZONES[id] ?? "UTC";
}

export function timezoneIdForZone(zone: string): number | undefined {
  const index = (NUKI_TIME_ZONES as readonly string[]).indexOf(zone);
  return index === -1 ? undefined : index;
}
