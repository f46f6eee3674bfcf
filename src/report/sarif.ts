import type { RuleMeta } from '../rules/types.js';
import type { Finding, FindingSuppression, Report, Severity } from '../findings/types.js';
import { TOOL_URI } from '../version.js';
import { compareFindings } from '../findings/order.js';
import { otherPlaces, planName, planNames } from '../places.js';
import { findingLocation, ruleDocsUrl, ruleText } from './common.js';
import { orderReachability } from './json.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** partialFingerprints key: GitHub matches alerts across runs by it. */
const FINGERPRINT_KEY = 'sgGuardFindingId/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning maps >9.0 to critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. It reads a string. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

const RULE_TAGS = ['security', 'terraform', 'aws', 'security-group'];

/** `ssh-open-to-internet` → `SshOpenToInternet`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The artifact URI for a plan path: forward slashes, relative as given, a
 * leading `./` removed, and characters that are not allowed in a URI reference
 * (spaces, `%`, `#`, `?`...) percent-encoded.
 */
export function artifactUri(planPath: string): string {
  // encodeURI throws on lone surrogates.
  let p = planPath.replace(/\\/g, '/').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  while (p.startsWith('./')) p = p.slice(2);
  return encodeURI(p).replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'very-high'; 'security-severity': string };
}

function sarifRule(rule: RuleMeta): SarifRule {
  const references = rule.references.map((r) => `- ${r.title}: ${r.url}`).join('\n');
  const referencesMd = rule.references.map((r) => `- [${r.title}](${r.url})`).join('\n');
  // Custom rules live in the team's configuration and have no documentation page.
  const docs = rule.custom ? null : ruleDocsUrl(rule.name);
  const text = [
    rule.description,
    `Why it matters: ${rule.why}`,
    `How to fix: ${rule.fix}`,
    ...(references ? [`References:\n${references}`] : []),
    ...(docs ? [`Documentation: ${docs}`] : []),
  ].join('\n\n');
  const markdown = [
    ruleText(rule, rule.description),
    `## Why it matters\n\n${ruleText(rule, rule.why)}`,
    `## How to fix\n\n${ruleText(rule, rule.fix)}`,
    ...(referencesMd ? [`## References\n\n${referencesMd}`] : []),
    ...(docs ? [`[Rule documentation](${docs})`] : []),
  ].join('\n\n');
  return {
    id: rule.name,
    name: pascalCase(rule.name),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    ...(docs ? { helpUri: docs } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { tags: [...RULE_TAGS], precision: 'very-high', 'security-severity': SECURITY_SEVERITY[rule.severity] },
  };
}

/** For a finding whose rule was not passed in: a minimal descriptor, so ruleIndex always resolves. */
function placeholderRule(finding: Finding): SarifRule {
  return {
    id: finding.rule,
    name: pascalCase(finding.rule),
    shortDescription: { text: finding.title },
    fullDescription: { text: finding.title },
    defaultConfiguration: { level: LEVELS[finding.severity] },
    properties: { tags: [...RULE_TAGS], precision: 'very-high', 'security-severity': SECURITY_SEVERITY[finding.severity] },
  };
}

/**
 * A SARIF suppression: `external` for an exception in the configuration or a
 * `/sg-guard ignore` command on the pull request (with who and when in
 * `properties`), `inSource` for an sg-guard:ignore comment, and for one a
 * maintainer approved (the approver, when, and the approving comment in
 * `properties`).
 */
interface SarifSuppression {
  kind: 'external' | 'inSource';
  justification: string;
  properties?: { by: string | null; at: string | null; source: string; approvedIn?: string | null };
}

function sarifSuppression(s: FindingSuppression): SarifSuppression {
  if (s.kind === 'inline') return { kind: 'inSource', justification: `${s.reason} (sg-guard:ignore at ${s.source})` };
  if (s.kind === 'approved') {
    const who = s.by ? ` by @${s.by}` : '';
    const when = s.at ? ` on ${s.at.slice(0, 10)}` : '';
    return {
      kind: 'inSource',
      justification: `${s.reason} (sg-guard:ignore at ${s.source}, added by the pull request and approved${who}${when})`,
      properties: { by: s.by ?? null, at: s.at ?? null, source: s.source, approvedIn: s.approvedIn ?? null },
    };
  }
  if (s.kind === 'comment') {
    const who = s.by ? ` by @${s.by}` : '';
    const when = s.at ? ` on ${s.at.slice(0, 10)}` : '';
    return {
      kind: 'external',
      justification: `${s.reason} (ignored${who}${when} in a pull request comment${s.expires ? `, until ${s.expires}` : ''})`,
      properties: { by: s.by ?? null, at: s.at ?? null, source: s.source },
    };
  }
  return { kind: 'external', justification: `${s.reason} (exception in ${s.source}${s.expires ? `, until ${s.expires}` : ''})` };
}

/** `suppressions` of a result: one entry for a suppressed finding, `[]` (SARIF: "none") for an active one. */
function suppressionsOf(f: Finding): { suppressions: SarifSuppression[] } {
  return { suppressions: f.suppression ? [sarifSuppression(f.suppression)] : [] };
}

/** The other places of a merged finding: the same lines, the resource as that plan names it. */
function relatedLocationsOf(f: Finding, names: ReadonlyMap<string, string>): { relatedLocations?: unknown[] } {
  const others = otherPlaces(f);
  if (others.length === 0) return {};
  return {
    relatedLocations: others.map((p, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(f),
      logicalLocations: [{ fullyQualifiedName: findingLocation({ resource: p.resource, path: f.path }), kind: 'resource' }],
      message: { text: `Also in ${planName(names, p.plan)}: ${p.resource}` },
    })),
  };
}

function isSemver(version: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}

type Region = { startLine: number; endLine?: number };

/**
 * Where a result points: the .tf lines that grant the finding when it is
 * located (the offending value's line, with its block as the context region,
 * when the source tells it), else line 1 of the plan file it came from.
 */
function physicalLocation(f: Finding): { artifactLocation: { uri: string }; region: Region; contextRegion?: Region } {
  const l = f.location;
  if (l) {
    const artifactLocation = { uri: artifactUri(l.file) };
    if (l.blockLine === undefined) return { artifactLocation, region: { startLine: l.line, endLine: l.endLine } };
    return { artifactLocation, region: { startLine: l.line, endLine: l.line }, contextRegion: { startLine: l.blockLine, endLine: l.endLine } };
  }
  return { artifactLocation: { uri: artifactUri(f.plan) }, region: { startLine: 1 } };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule in `rules` (sorted by
 * name; `ruleIndex` points into that list), one result per finding sorted like
 * the other reports. A located finding points at its .tf file and lines; one
 * without a location at line 1 of its plan file. Either way the resource is
 * the logical location. A suppressed finding is a result like any other, with
 * how and why in `suppressions`. A finding that stands for the same module
 * block in several plans lists the other places in `relatedLocations` (the
 * same lines, the resource address in that plan) and all of them in
 * `properties.places` ({plan, label, resource}). A finding open to the
 * internet has `properties.reachability` as in the JSON report.
 */
/**
 * The run's category for code scanning (`runAutomationDetails.id`, which
 * upload-sarif uses as its category): `sg-guard/<root>/` for a report of one
 * Terraform root, so that one matrix job's upload never closes another root's
 * alerts; `sg-guard/` for a report over several roots. A root label comes
 * from a path: anything but letters, digits and `._-/` becomes `-`.
 */
function automationId(report: Report): string {
  const labels = [...new Set(report.plans.map((p) => p.label))];
  if (labels.length !== 1 || labels[0] === '.') return 'sg-guard/';
  const safe = (labels[0] as string).replace(/[^A-Za-z0-9._/-]/g, '-').replace(/\/{2,}/g, '/').replace(/^\/|\/$/g, '').slice(0, 200);
  return safe === '' ? 'sg-guard/' : `sg-guard/${safe}/`;
}

export function renderSarif(report: Report, rules: RuleMeta[]): string {
  const byName = new Map<string, SarifRule>();
  for (const rule of [...rules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!byName.has(rule.name)) byName.set(rule.name, sarifRule(rule));
  }
  // What the plan fixes is gone from the code: code scanning would show it as an open alert.
  const findings = report.findings.filter((f) => f.change !== 'removed').sort(compareFindings);
  for (const f of findings) {
    if (!byName.has(f.rule)) byName.set(f.rule, placeholderRule(f));
  }
  const descriptors = [...byName.values()];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const names = planNames(report.plans);
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? -1,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: physicalLocation(f),
        logicalLocations: [{ fullyQualifiedName: findingLocation(f), kind: 'resource' }],
      },
    ],
    ...relatedLocationsOf(f, names),
    partialFingerprints: { [FINGERPRINT_KEY]: f.id },
    ...suppressionsOf(f),
    properties: {
      securityGroup: f.securityGroup,
      severity: f.severity,
      change: f.change,
      // A request is no suppression: the result stays open until a maintainer approves it.
      ...(f.waiverRequest && !f.suppression ? { waiverRequest: { reason: f.waiverRequest.reason, source: f.waiverRequest.source, by: f.waiverRequest.by } } : {}),
      ...(f.places ? { places: f.places.map((p) => ({ plan: p.plan, label: planName(names, p.plan), resource: p.resource })) } : {}),
      ...(f.reachability ? { reachability: orderReachability(f.reachability) } : {}),
    },
  }));

  const driver = {
    name: report.tool.name,
    version: report.tool.version,
    ...(isSemver(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
    informationUri: TOOL_URI,
    rules: descriptors,
  };

  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{ tool: { driver }, automationDetails: { id: automationId(report) }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
