import { describe, expect, it } from 'vitest';
import { exposureDiff } from '../../src/graph/diff.js';
import { buildGraph, internetReach } from '../../src/graph/graph.js';
import { mermaidText, renderDot, renderGraphJson, renderGraphText, renderMermaid, subgraph, touchedFocus } from '../../src/graph/render.js';
import { tiersOf } from '../../src/graph/tiers.js';
import { fixtureModel } from '../support/fixtures.js';
import { group, modelOf, tcp } from '../support/permissions.js';

describe('the exposure graph of the example stack', () => {
  const model = fixtureModel('example/plan.json');
  const graph = buildGraph(model);

  it('infers tiers from attachments', () => {
    const tiers = (a: string) => tiersOf(model.groups.find((g) => g.address === a) ?? model.groups[0]!);
    expect(tiers('aws_security_group.alb')).toEqual(['public-lb']);
    expect(tiers('aws_security_group.db')).toEqual(['database']);
    expect(tiers('aws_security_group.web')).toEqual(['compute']);
  });

  it('says how the internet reaches the database: directly, and through the load balancer and the web tier', () => {
    expect(internetReach(graph, 'aws_security_group.db')).toEqual([
      { through: [], traffic: '5432/tcp' },
      { through: ['aws_security_group.alb', 'aws_security_group.web'], traffic: '5432/tcp' },
    ]);
    expect(internetReach(graph, 'aws_security_group.web')).toEqual([{ through: ['aws_security_group.alb'], traffic: '8080/tcp' }]);
  });

  it('renders text with what each group admits', () => {
    const text = renderGraphText(graph);
    expect(text).toContain('aws_security_group.alb  [a public load balancer]\n  <- internet (0.0.0.0/0, ::/0)  443/tcp\n');
    expect(text).toContain('  internet reaches it through aws_security_group.alb -> aws_security_group.web: 5432/tcp\n');
  });

  it('renders JSON with the granting resource of every edge', () => {
    const json = JSON.parse(renderGraphJson(graph));
    expect(json.edges).toContainEqual({ from: 'aws_security_group.web', to: 'aws_security_group.db', traffic: '5432/tcp', resource: 'aws_security_group.db', path: 'ingress[1]', possible: false });
    expect(Object.keys(json.internetReach).sort()).toEqual(['aws_security_group.alb', 'aws_security_group.bastion', 'aws_security_group.db', 'aws_security_group.web']);
  });

  it('draws Mermaid with internet arrows in red', () => {
    const m = renderMermaid(graph);
    // Six nodes side by side would be too wide for a comment: top to bottom.
    expect(m.startsWith('flowchart TB\n')).toBe(true);
    expect(m).toContain('internet(("internet"))');
    // Short labels: no resource type, tiers in a word.
    expect(m).toContain('["db #40;database#41;"]');
    expect(m).not.toContain('aws_security_group.');
    // One arrow per pair of nodes, its traffic listed; the whole internet needs no CIDR.
    expect(m).toMatch(/internet -- "443\/tcp, 80\/tcp" --> n\d/);
    const red = /linkStyle ([\d,]+) stroke:#d73a49/.exec(m)?.[1]?.split(',').map(Number) ?? [];
    const arrows = m.split('\n').filter((l) => l.includes('-->'));
    expect(red.map((i) => arrows[i]?.trim().startsWith('internet'))).toEqual(red.map(() => true));
    expect(arrows.filter((l) => l.trim().startsWith('internet'))).toHaveLength(red.length);
  });

  it('focuses on the groups the plan touches and their neighbours', () => {
    const focus = touchedFocus(model, graph);
    expect(focus.has('aws_security_group.db')).toBe(true);
    expect(subgraph(graph, focus).edges.every((e) => focus.has(e.from) && focus.has(e.to))).toBe(true);
  });
});

describe('hops', () => {
  it('stop at two groups between the internet and the target', () => {
    const model = modelOf([tcp('443', '0.0.0.0/0', 'a'), tcp('8080', group('aws_security_group.a'), 'b'), tcp('8080', group('aws_security_group.b'), 'c'), tcp('5432', group('aws_security_group.c'), 'd')]);
    const graph = buildGraph(model);
    expect(internetReach(graph, 'aws_security_group.c').map((r) => r.through)).toEqual([['aws_security_group.a', 'aws_security_group.b']]);
    expect(internetReach(graph, 'aws_security_group.d')).toEqual([]);
  });

  it('a group that admits itself is no hop', () => {
    const graph = buildGraph(modelOf([tcp('443', { kind: 'self' }, 'a')]));
    expect(internetReach(graph, 'aws_security_group.a')).toEqual([]);
  });
});

describe('escaping', () => {
  const hostile = 'aws_security_group.x["a\\"b<script>\n"]';
  const model = modelOf([tcp('443', '0.0.0.0/0', 'x', { securityGroup: hostile, resource: hostile })]);
  const graph = buildGraph(model);

  it('Mermaid labels carry no raw quote, angle bracket or line break', () => {
    const line = renderMermaid(graph).split('\n').find((l) => l.includes('#quot;b')) ?? '';
    expect(line).toContain('#quot;');
    expect(line).not.toMatch(/<|>/);
    const inner = /\["(.*)"\]/.exec(line)?.[1] ?? '';
    expect(inner).not.toContain('"');
  });

  it('Mermaid text writes every character Mermaid reads as syntax as an entity code, once', () => {
    expect(mermaidText('a#b & "c" <d> [e] (f) {g} |h| `i` 50%')).toBe('a#35;b #38; #quot;c#quot; #lt;d#gt; #91;e#93; #40;f#41; #123;g#125; #124;h#124; #96;i#96; 50#37;');
    // An entity already in the text stays literal text: its # is escaped, not read.
    expect(mermaidText('#35;')).toBe('#35;35;');
  });

  it('a cut diagram says so in the diagram, not in an invisible comment', () => {
    const many = modelOf(Array.from({ length: 30 }, (_, i) => tcp(String(1000 + i), `10.0.${i}.0/24`, 'x')));
    const m = renderMermaid(buildGraph(many), 10);
    expect(m).not.toContain('%%');
    expect(m).toMatch(/ {2}cut\["20 more arrows not drawn; sg-guard graph --format text lists them all"\]/);
  });

  it('DOT labels escape quotes and backslashes', () => {
    const dot = renderDot(graph);
    expect(dot).toContain('\\"b<script>');
    expect(dot).not.toMatch(/[^\\]"b</);
  });
});

describe('what the plan changes', () => {
  it('says in plain words what opens and what closes in an existing stack', () => {
    expect(exposureDiff(fixtureModel('plans/existing-stack.json')).map((c) => c.text)).toEqual([
      'aws_security_group.fail_update: 3306/tcp now reachable from 0.0.0.0/0 (the internet)',
      'aws_security_group.web: 22/tcp no longer reachable from 0.0.0.0/0 (the internet)',
      'aws_security_group.bastion: 22/tcp no longer reachable from 203.0.113.0/24',
      'aws_security_group.fail_update: 3306/tcp no longer reachable from 10.0.0.0/16',
    ]);
  });

  it('a state changes nothing', () => {
    expect(exposureDiff(fixtureModel('plans/state.json'))).toEqual([]);
  });
});

describe('the graph command', () => {
  it('draws the groups a plan touches (a deleted rule included) and their neighbours', () => {
    const model = fixtureModel('plans/existing-stack.json');
    const graph = buildGraph(model);
    const focus = touchedFocus(model, graph);
    expect([...focus].filter((n) => n.startsWith('aws_security_group.')).sort()).toEqual(['aws_security_group.bastion', 'aws_security_group.db', 'aws_security_group.fail_update', 'aws_security_group.web']);
  });
});
