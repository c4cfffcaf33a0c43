import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Property } from "./types";

export const propertyKeys = {
  all: ["properties"] as const,
  list: () => [...propertyKeys.all, "list"] as const,
  detail: (id: string) => [...propertyKeys.all, "detail", id] as const,
};

export const propertiesQueryOptions = () =>
  queryOptions({ queryKey: propertyKeys.list(), queryFn: () => fetchJson<Property[]>("/api/properties") });

export const propertyQueryOptions = (id: string) =>
  queryOptions({ queryKey: propertyKeys.detail(id), queryFn: () => fetchJson<Property>(`/api/properties/${id}`) });
