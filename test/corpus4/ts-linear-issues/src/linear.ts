// GraphQL helper for the Linear API.
const LINEAR_API = "https://api.linear.app/graphql";

export async function linearQuery<T>(authorization: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(LINEAR_API, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

export const ISSUE_FIELDS = "id identifier title state { name } priority assignee { name } url";
