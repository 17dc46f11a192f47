import type { ClientMethod, OperationModel } from "../api-model.ts";
import type { Document, Operation, Parameter, Schema } from "../openapi-document.ts";
import type { Hoist } from "./hoist.ts";
import { functionNameOf, nameOperation, type PathShape } from "./operation-name.ts";
import { collectParameters } from "./operation-parameters.ts";
import type { Report } from "./report.ts";
import { buildRequestBody } from "./request-body.ts";
import { buildResponses } from "./responses.ts";
import { buildStream } from "./stream-flag.ts";

/** Where an operation is and what it can see. */
export interface OperationContext {
  document: Document;
  path: string;
  httpMethod: ClientMethod;
  operation: Operation;
  pathLevelParameters: Parameter[];
  shape: PathShape;
  pointer: string;
  hoist: Hoist;
  report: Report;
  warn: Report;
}

/**
 * The model of one operation: its name, parameters, body, answers and stream. Inline schemas
 * are hoisted into `components.schemas`; the parameter check schema is returned beside it.
 */
export function buildOperation(
  context: OperationContext,
): { operation: OperationModel; paramsCheck: Schema | undefined } | undefined {
  const { document, path, httpMethod, operation, pointer, hoist, report, warn } = context;
  const names = nameOperation(operation, httpMethod, path, context.shape, pointer, report);
  if (names === undefined) return undefined;
  const { typePrefix } = names;
  const label = `${httpMethod.toUpperCase()} ${path}`;

  const parameters = collectParameters(document, path, operation, context.pathLevelParameters, pointer, report, warn);
  let params: OperationModel["params"];
  if (parameters.paramsSchema !== undefined) {
    const typeName = hoist(parameters.paramsSchema, `${typePrefix}Parameters`, `${pointer}/parameters`);
    if (typeName !== undefined) {
      params = { typeName, required: (parameters.paramsSchema.required ?? []).length > 0, fields: parameters.fields };
    }
  }
  const { body, bodySchema } = buildRequestBody(document, operation, typePrefix, pointer, hoist, report);
  const responses = buildResponses(document, operation, path, httpMethod, typePrefix, hoist, report);
  const stream = buildStream(document, operation, label, pointer, responses, body, bodySchema, report);

  return {
    operation: {
      operationId: String(operation.operationId),
      pointer,
      httpMethod,
      path,
      namespace: names.namespace,
      methodName: names.methodName,
      functionName: functionNameOf(typePrefix),
      summary: operation.summary,
      description: operation.description,
      deprecated: operation.deprecated === true,
      pathParams: parameters.pathParams,
      params,
      paramsCheck: parameters.checkSchema === undefined ? undefined : `${typePrefix}ParameterValues`,
      body,
      responseKind: responses.kind,
      responseTypes: responses.types,
      responseDescription: responses.description,
      stream,
      errors: responses.errors,
    },
    paramsCheck: parameters.checkSchema,
  };
}
