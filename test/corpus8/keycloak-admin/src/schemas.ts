import { z } from "zod";

export const RealmName = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/);

export const UserQuery = {
  realm: RealmName,
  search: z.string().max(80).optional(),
};
