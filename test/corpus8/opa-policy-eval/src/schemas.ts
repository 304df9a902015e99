import { z } from "zod";

export const BUNDLES = ["rbac", "network", "k8s-admission", "data-retention"] as const;

export const QueryPath = z.string().regex(/^data(\.[a-z_][a-z0-9_]*){1,6}$/);
