"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { propertyKeys } from "./queries";
import type { Property, PropertyInput } from "./types";

export function useCreateProperty() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PropertyInput) => fetchJson<Property>("/api/properties", { method: "POST", json: input }),
    onSuccess: (property) => queryClient.setQueryData(propertyKeys.detail(property.id), property),
    onSettled: () => queryClient.invalidateQueries({ queryKey: propertyKeys.list() }),
  });
}

export function useUpdateProperty(id: string) {
  const queryClient = useQueryClient();
  const key = propertyKeys.detail(id);
  return useMutation({
    mutationFn: (patch: Partial<PropertyInput>) => fetchJson<Property>(`/api/properties/${id}`, { method: "PATCH", json: patch }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Property>(key);
      if (previous) queryClient.setQueryData<Property>(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    onSuccess: (property) => queryClient.setQueryData(key, property),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: propertyKeys.list() })]),
  });
}

export function useDeleteProperty(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<null>(`/api/properties/${id}`, { method: "DELETE" }),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: propertyKeys.list() });
      const previous = queryClient.getQueryData<Property[]>(propertyKeys.list());
      if (previous) queryClient.setQueryData<Property[]>(propertyKeys.list(), previous.filter((p) => p.id !== id));
      return { previous };
    },
    onError: (_error, _variables, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(propertyKeys.list(), snapshot.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: propertyKeys.all }),
  });
}
