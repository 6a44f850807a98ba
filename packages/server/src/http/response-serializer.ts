import { SerializerSelector } from "@fastify/fast-json-stringify-compiler";
import type { FastifySerializerCompiler } from "fastify";
import { z } from "zod";

/**
 * The part of JSON Schema that shapes output: which properties, of which types, may be null.
 * Everything else (formats, patterns, enums, bounds) constrains input and is left out, so the
 * serializer writes strings straight through instead of checking them again.
 */
interface OutputSchema {
  type?: string;
  properties?: Record<string, OutputSchema>;
  required?: string[];
  additionalProperties?: boolean | OutputSchema;
  items?: OutputSchema;
  anyOf?: OutputSchema[];
  allOf?: OutputSchema[];
  nullable?: boolean;
}

type Serializer = (data: unknown) => string;

/**
 * Fastify's response serializer for routes whose responses are zod schemas. Each schema is
 * compiled with fast-json-stringify (Fastify's own serializer) from the JSON Schema zod makes of
 * it — the same conversion the OpenAPI document uses — the first time a route answers with it.
 * Like zod, it writes only the properties the schema declares, so nothing unlisted leaks; unlike
 * zod it does not validate the value again, which was a third of a project list's CPU time.
 * The handlers' own types are what keep their results in the declared shape.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  let serialize: Serializer | null = null;
  return (data: unknown) => {
    serialize ??= compile(route.schema, {
      method: route.method,
      url: route.url,
      httpStatus: route.httpStatus ?? "default",
    });
    return serialize(data);
  };
};

const compileJsonSchema = SerializerSelector()();

function compile(
  schema: unknown,
  route: { readonly method: string; readonly url: string; readonly httpStatus: string },
): Serializer {
  if (!(schema instanceof z.ZodType)) {
    throw new Error("a response schema must be a zod schema");
  }
  const json = z.toJSONSchema(schema, {
    io: "output",
    target: "draft-7",
    unrepresentable: "any",
    // An empty registry: schemas with ids are inlined rather than put under `definitions`.
    metadata: z.registry(),
  });
  return compileJsonSchema({ ...route, schema: outputSchemaOf(json) });
}

/** The output-shaping subset of a JSON Schema node; `anyOf: [x, null]` becomes a nullable x. */
export function outputSchemaOf(node: unknown): OutputSchema {
  if (!isRecord(node)) return {};
  const anyOf = Array.isArray(node.anyOf) ? node.anyOf : null;
  if (anyOf) {
    const others = anyOf.filter((branch) => !(isRecord(branch) && branch.type === "null"));
    if (others.length === 1 && others.length < anyOf.length) {
      return { ...outputSchemaOf(others[0]), nullable: true };
    }
    return { anyOf: anyOf.map(outputSchemaOf) };
  }
  const out: OutputSchema = {};
  if (typeof node.type === "string") out.type = node.type;
  if (node.type === "null") out.nullable = true;
  if (isRecord(node.properties)) {
    out.properties = {};
    for (const [name, property] of Object.entries(node.properties)) {
      out.properties[name] = outputSchemaOf(property);
    }
  }
  if (Array.isArray(node.required)) {
    out.required = node.required.filter((name) => typeof name === "string");
  }
  if (typeof node.additionalProperties === "boolean") {
    out.additionalProperties = node.additionalProperties;
  } else if (isRecord(node.additionalProperties)) {
    out.additionalProperties = outputSchemaOf(node.additionalProperties);
  }
  if (isRecord(node.items)) out.items = outputSchemaOf(node.items);
  if (Array.isArray(node.allOf)) out.allOf = node.allOf.map(outputSchemaOf);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
