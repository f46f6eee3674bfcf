/**
 * The parts of `terraform show -json` output that sg-guard reads. Everything
 * is optional: real plans from Terraform 0.12 to 1.x and OpenTofu differ, and a
 * plan is untrusted input.
 */

import { escapeTerminal } from '../lib/escape.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Whether a JSON value is an object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface TfResource {
  address: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  provider_name?: string;
  values?: JsonObject | null;
  sensitive_values?: JsonValue;
}

export interface TfModule {
  address?: string;
  resources?: TfResource[];
  child_modules?: TfModule[];
}

interface TfValues {
  outputs?: JsonObject;
  root_module?: TfModule;
}

interface TfChange {
  actions: string[];
  before?: JsonValue;
  after?: JsonValue;
  after_unknown?: JsonValue;
  before_sensitive?: JsonValue;
  after_sensitive?: JsonValue;
}

interface TfResourceChange {
  address: string;
  module_address?: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  provider_name?: string;
  change: TfChange;
  action_reason?: string;
}

export interface TfExpression {
  constant_value?: JsonValue;
  references?: string[];
}

/** An expression map: attributes to expressions, nested blocks to lists of expression maps. */
export interface TfExpressions {
  [key: string]: TfExpression | TfExpressions[] | TfExpressions | undefined;
}

export interface TfConfigResource {
  address: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  provider_config_key?: string;
  expressions?: TfExpressions;
  count_expression?: TfExpression;
  for_each_expression?: TfExpression;
  schema_version?: number;
}

interface TfModuleCall {
  source?: string;
  expressions?: TfExpressions;
  count_expression?: TfExpression;
  for_each_expression?: TfExpression;
  module?: TfConfigModule;
  version_constraint?: string;
}

export interface TfConfigModule {
  outputs?: { [name: string]: { expression?: TfExpression; sensitive?: boolean; description?: string } };
  resources?: TfConfigResource[];
  module_calls?: { [name: string]: TfModuleCall };
  variables?: { [name: string]: { default?: JsonValue; description?: string } };
}

export interface TfPlanJson {
  format_version?: string;
  terraform_version?: string;
  planned_values?: TfValues;
  resource_changes?: TfResourceChange[];
  resource_drift?: TfResourceChange[];
  prior_state?: { format_version?: string; terraform_version?: string; values?: TfValues };
  configuration?: { root_module?: TfConfigModule; provider_config?: JsonObject };
  /** State output (`terraform show -json` on a state) has only values. */
  values?: TfValues;
  variables?: JsonObject;
}

/**
 * What the reader keeps of a plan, given by its caller: the model's (MODEL_READS
 * in src/model/resource-types.ts) in every run. The large-plan scanner parses
 * only resources of these types and skips the rest byte-wise, and only these
 * must have a resource's shape (shape.ts): both readers then refuse the same
 * plans and give the same model.
 */
export interface ReadSpec {
  /** The resource types read, managed or data. */
  types: ReadonlySet<string>;
  /** The resource types read from `prior_state`. */
  priorStateTypes: ReadonlySet<string>;
  /** What is read of each `prior_state` resource of those types. */
  priorStateProjection: (resource: JsonObject) => JsonObject;
  /** Attributes of resource values nothing reads: the scanner leaves them out. */
  unreadAttributes: readonly string[];
}

export interface LoadedPlan {
  /** The path as given ('-' for stdin). */
  path: string;
  kind: 'plan' | 'state';
  terraformVersion: string | null;
  formatVersion: string | null;
  json: TfPlanJson;
  /** Non-fatal remarks about the input, e.g. that a setup-terraform wrapper line was stripped. */
  notices: string[];
}

/**
 * Bad input: the message is one line that names the file and the problem.
 * The CLI prints it and exits 2.
 */
export class InputError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    // Files and problems quote input (paths, keys, values): no control character may break the one line or reach the terminal.
    super(escapeTerminal(`${file}: ${problem}`));
    this.name = 'InputError';
    this.file = file;
  }
}
