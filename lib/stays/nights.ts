/**
 * Nights between two calendar dates `YYYY-MM-DD`. Apart from the schema so that showing a stay's
 * dates (Today, the stay and property pages) does not bring zod into the page's first load.
 */
export function nightsBetween(arrival: string, departure: string): number {
  return Math.round((Date.parse(`${departure}T00:00:00Z`) - Date.parse(`${arrival}T00:00:00Z`)) / 86_400_000);
}
