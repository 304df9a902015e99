// Known GraphQL upstreams. Tools pick one by name; URLs never come from the model.
export const UPSTREAMS: Record<string, string> = {
  catalog: "https://catalog.api.shop.example/graphql",
  orders: "https://orders.api.shop.example/graphql",
  reviews: "https://reviews.api.shop.example/graphql",
};

export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; path?: string[] }[];
}

export async function postGraphQL(endpoint: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResponse> {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse;
}

export function introspectionQuery(): string {
  return `query Introspect { __schema { queryType { name } types { name kind description } } }`;
}
