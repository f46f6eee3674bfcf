import { describe, expect, it } from 'vitest';
import { type RuleMeta } from '../../src/rules/types.js';
import { SEVERITIES, type Severity } from '../../src/findings/types.js';
import { artifactUri, pascalCase, renderSarif } from '../../src/report/sarif.js';
import { TOOL_URI } from '../../src/version.js';
import { makeReport, sampleFindings, sampleRules } from './sample-report.js';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine?: number } };
    logicalLocations: Array<{ fullyQualifiedName: string; kind: string }>;
  }>;
  partialFingerprints: Record<string, string>;
  properties: { securityGroup: string | null; severity: Severity };
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion?: string; informationUri: string; rules: SarifRule[] } };
    results: SarifResult[];
  }>;
}

function parse(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}

const LEVEL: Record<Severity, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

describe('renderSarif', () => {
  const log = parse(renderSarif(makeReport(), sampleRules));
  const run = log.runs[0]!;
  const { driver } = run.tool;

  it('is SARIF 2.1.0 with one run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(driver).toMatchObject({ name: 'sg-guard', version: '0.1.0', semanticVersion: '0.1.0', informationUri: TOOL_URI });
  });

  it('lists every rule passed in, sorted, with GitHub metadata', () => {
    expect(driver.rules.map((r) => r.id)).toEqual(sampleRules.map((r) => r.name).sort());
    for (const rule of driver.rules) {
      const meta = sampleRules.find((r) => r.name === rule.id)!;
      expect(rule.name).toBe(pascalCase(meta.name));
      expect(rule.shortDescription).toEqual({ text: meta.title });
      expect(rule.fullDescription).toEqual({ text: meta.description });
      expect(rule.help.text).toContain(meta.why);
      expect(rule.help.markdown).toContain(meta.fix);
      expect(rule.helpUri).toBe(`${TOOL_URI}/blob/main/docs/rules/${meta.name}.md`);
      expect(rule.defaultConfiguration).toEqual({ level: LEVEL[meta.severity] });
      expect(rule.properties.tags).toEqual(['security', 'terraform', 'aws', 'security-group']);
      expect(rule.properties.precision).toBe('very-high');
      expect(typeof rule.properties['security-severity']).toBe('string');
    }
    // A rule with no findings is still there.
    expect(driver.rules.some((r) => r.id === 'default-group-in-use')).toBe(true);
  });

  it('maps severities to security-severity scores in GitHub bands', () => {
    const score = (severity: Severity): number => {
      const name = sampleRules.find((m) => m.severity === severity)?.name;
      return Number(driver.rules.find((r) => r.id === name)?.properties['security-severity']);
    };
    expect(score('critical')).toBeGreaterThanOrEqual(9.0);
    expect(score('high')).toBeGreaterThanOrEqual(7.0);
    expect(score('high')).toBeLessThan(9.0);
    expect(score('medium')).toBeGreaterThanOrEqual(4.0);
    expect(score('medium')).toBeLessThan(7.0);
    expect(score('low')).toBeLessThan(4.0);
    expect(score('info')).toBeLessThan(score('low'));
  });

  it('has one result per finding, pointing at its rule', () => {
    expect(run.results).toHaveLength(sampleFindings.length);
    for (const result of run.results) {
      expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      const finding = sampleFindings.find((f) => f.id === result.partialFingerprints['sgGuardFindingId/v1'])!;
      expect(finding).toBeDefined();
      expect(result.ruleId).toBe(finding.rule);
      expect(result.level).toBe(LEVEL[finding.severity]);
      expect(result.message).toEqual({ text: finding.message });
      expect(result.properties).toEqual({ securityGroup: finding.securityGroup, severity: finding.severity, change: 'added', ...(finding.reachability ? { reachability: finding.reachability } : {}) });
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]!;
      if (finding.location?.blockLine !== undefined) {
        // The offending value's line, in the context of its block.
        expect(location.physicalLocation).toEqual({
          artifactLocation: { uri: finding.location.file },
          region: { startLine: finding.location.line, endLine: finding.location.line },
          contextRegion: { startLine: finding.location.blockLine, endLine: finding.location.endLine },
        });
      } else if (finding.location) {
        expect(location.physicalLocation).toEqual({
          artifactLocation: { uri: finding.location.file },
          region: { startLine: finding.location.line, endLine: finding.location.endLine },
        });
      } else {
        expect(location.physicalLocation).toEqual({ artifactLocation: { uri: artifactUri(finding.plan) }, region: { startLine: 1 } });
      }
      expect(location.logicalLocations).toEqual([{ fullyQualifiedName: finding.path ? `${finding.resource}.${finding.path}` : finding.resource, kind: 'resource' }]);
    }
  });

  it('maps every severity to the right level', () => {
    for (const severity of SEVERITIES) {
      const finding = { ...sampleFindings[0]!, severity };
      const r = parse(renderSarif(makeReport([finding]), sampleRules)).runs[0]!.results[0]!;
      expect(r.level).toBe(LEVEL[severity]);
    }
  });

  it('points located findings at their .tf lines and the others at their plan', () => {
    const located = run.results.filter((r) => r.locations[0]?.physicalLocation.artifactLocation.uri.endsWith('.tf'));
    expect(located.map((r) => r.partialFingerprints['sgGuardFindingId/v1']).sort()).toEqual(['0f3a9c1e7b2d4a65', 'c0ffee0000000003']);
    const f = { ...sampleFindings[0]!, location: { file: 'infra/app rules/#1.tf', line: 3, endLine: 9 } };
    const only = parse(renderSarif(makeReport([f]), sampleRules)).runs[0]!.results[0]!;
    expect(only.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/app%20rules/%231.tf' }, region: { startLine: 3, endLine: 9 } });
  });

  it('uses the plan path as a relative URI', () => {
    const uris = new Set(run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['infra/db.tf', 'infra/network/main.tf', 'plans/prod.tfplan.json', 'plans/staging%20plan.json']);
    expect(artifactUri('./a/b.json')).toBe('a/b.json');
    expect(artifactUri('.\\plans\\x.json')).toBe('plans/x.json');
    expect(artifactUri('../up.json')).toBe('../up.json');
    expect(artifactUri('a#b?.json')).toBe('a%23b%3F.json');
    expect(artifactUri('100%.json')).toBe('100%25.json');
    expect(artifactUri('bad\uD800.json')).toBe('bad%EF%BF%BD.json');
  });

  it('sorts results deterministically, most severe first', () => {
    const reversed = makeReport([...sampleFindings].reverse());
    expect(renderSarif(reversed, [...sampleRules].reverse())).toBe(renderSarif(makeReport(), sampleRules));
    const ranks = run.results.map((r) => SEVERITIES.indexOf(r.properties.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('adds a descriptor for a finding whose rule was not passed in', () => {
    const rules: RuleMeta[] = sampleRules.filter((r) => r.name !== 'unknown-peer');
    const out = parse(renderSarif(makeReport(), rules)).runs[0]!;
    const result = out.results.find((r) => r.ruleId === 'unknown-peer')!;
    expect(out.tool.driver.rules[result.ruleIndex]).toMatchObject({ id: 'unknown-peer', shortDescription: { text: 'Peer unknown until apply' } });
  });

  it('leaves out semanticVersion when the version is not semver', () => {
    const report = { ...makeReport(), tool: { name: 'sg-guard', version: 'dev' } };
    const d = parse(renderSarif(report, sampleRules)).runs[0]!.tool.driver;
    expect(d.version).toBe('dev');
    expect(d.semanticVersion).toBeUndefined();
  });

  it('turns ids into PascalCase names', () => {
    expect(pascalCase('ssh-open-to-internet')).toBe('SshOpenToInternet');
    expect(pascalCase('ipv6')).toBe('Ipv6');
  });
});

describe('the code-scanning category (runAutomationDetails.id)', () => {
  const idOf = (labels: string[]): string => {
    const base = makeReport();
    const report = { ...base, plans: labels.map((label, i) => ({ ...(base.plans[0] as (typeof base.plans)[number]), path: `p${i}.json`, label })) };
    return JSON.parse(renderSarif(report, sampleRules)).runs[0].automationDetails.id;
  };

  it('is per Terraform root, so one matrix job never closes another root\'s alerts', () => {
    expect(idOf(['live/prod'])).toBe('sg-guard/live/prod/');
    expect(idOf(['live/dev'])).not.toBe(idOf(['live/prod']));
  });

  it('is sg-guard/ for a report over several roots, or the top directory, and keeps a hostile label harmless', () => {
    expect(idOf(['live/prod', 'live/dev'])).toBe('sg-guard/');
    expect(idOf(['.'])).toBe('sg-guard/');
    expect(idOf(['live/pr od\n::error::x'])).toBe('sg-guard/live/pr-od---error--x/');
  });
});
