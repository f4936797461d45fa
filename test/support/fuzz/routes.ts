/** One operation of the app, as its OpenAPI document describes it. */
export interface FuzzRoute {
  method: string;
  /** The OpenAPI path, with `{name}` placeholders. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Properties of the JSON body schema, when the route takes one. */
  bodyProperties: string[] | null;
  /** Every string literal the route's schemas accept (enum and const values), to get close to valid input. */
  literals: string[];
}

type Json = Record<string, unknown>;

function collectLiterals(schema: unknown, into: Set<string>): void {
  if (Array.isArray(schema)) return schema.forEach((item) => collectLiterals(item, into));
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Json;
  for (const value of [node.const, ...(Array.isArray(node.enum) ? node.enum : [])])
    if (typeof value === 'string') into.add(value);
  for (const child of Object.values(node)) collectLiterals(child, into);
}

/** Every operation in an OpenAPI 3 document, plus routes the document hides on purpose. */
export function routesOf(document: unknown, hidden: { method: string; path: string }[]): FuzzRoute[] {
  const paths = ((document as Json).paths ?? {}) as Record<string, Record<string, Json>>;
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = (operation.parameters ?? []) as { in: string; name: string }[];
      const body = (operation.requestBody as Json | undefined)?.content as Json | undefined;
      const bodySchema = (body?.['application/json'] as Json | undefined)?.schema as Json | undefined;
      const literals = new Set<string>();
      collectLiterals(operation, literals);
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyProperties: bodySchema ? Object.keys((bodySchema.properties ?? {}) as Json) : null,
        literals: [...literals],
      });
    }
  }
  for (const { method, path } of hidden)
    routes.push({ method, path, pathParams: [], queryParams: [], bodyProperties: null, literals: [] });
  return routes;
}

/** Whether a route validates something a fuzzer can get wrong (path, query or body). */
export function validates(route: FuzzRoute): boolean {
  return route.pathParams.length > 0 || route.queryParams.length > 0 || route.bodyProperties !== null;
}
