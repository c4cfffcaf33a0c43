import { isOffline } from "./offline";

/**
 * Loads a lazily split part of the page (`() => import(...)`), and if that fails because the phone
 * lost its signal, waits for the signal and tries again, instead of failing the whole page.
 */
export async function loadWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await load();
    } catch (error) {
      if (!isOffline()) throw error;
      await new Promise((resolve) => window.addEventListener("online", resolve, { once: true }));
    }
  }
}
