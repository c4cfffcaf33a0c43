"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { messageKeys } from "./queries";

/**
 * Fetches the message at `endpoint` again when `version` (what the message depends on, such as a
 * PIN's or a door's status) changes, so a message on screen never keeps a stale warning.
 */
export function useRefetchMessageOnChange(endpoint: string, version: string | undefined) {
  const queryClient = useQueryClient();
  const shownFor = useRef(version);
  useEffect(() => {
    // Only a change counts: showing the message fetches it by itself.
    if (shownFor.current === version) return;
    shownFor.current = version;
    void queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) });
  }, [version, endpoint, queryClient]);
}
