import type { MetadataRoute } from "next";
import { THEME_COLOR } from "@/lib/brand/colors";

/**
 * What a phone needs to put Keyhost on its home screen: it opens on Today, full screen, with the
 * icons drawn from the logo by scripts/icons.mjs.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Keyhost",
    short_name: "Keyhost",
    description: "Keypad PINs for your Nuki smart locks, exactly when they should work.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
