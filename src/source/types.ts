import type { Finding, SourceLocation } from '../findings/types.js';

/** A .tf or .tf.json file (or the root directory) that could not be read or parsed. */
export interface Unreadable {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  /** One line, e.g. `HCL syntax error at line 12`. */
  reason: string;
}

/** A `# sg-guard:ignore <rule> <reason>` (or `//`) comment directly before a located block. */
export interface Suppression {
  /** The rule named; '' when the comment names none. */
  rule: string;
  /** The rest of the comment; '' when there is none. */
  reason: string;
  line: number;
}

/** A module of the configuration and where its source is. */
export interface ModuleSource {
  /** Configuration path without instance keys, e.g. `module.app.module.rules`; '' for the root. */
  path: string;
  /**
   * `local`: read from `dir`. `remote`: a registry, git, or other non-local
   * source. `missing`: a local path with no Terraform files on disk.
   */
  kind: 'local' | 'remote' | 'missing';
  /** `source` as written in the caller; null for the root or when it cannot be told. */
  source: string | null;
  /** The directory read, relative to the repository root; null unless local. */
  dir: string | null;
  /** The `module` block that calls it; null for the root, or when the block is not found. */
  call: SourceLocation | null;
  /** The line of the call's `source` attribute, when found. */
  sourceLine: number | null;
}

/** What is needed of a finding to locate it. `peerPath` (e.g. `ingress[1].cidr_blocks[0]`) sharpens the value line. */
export type LocateTarget = Pick<Finding, 'resource' | 'path' | 'direction' | 'protocol' | 'fromPort' | 'toPort' | 'peer' | 'peerKind' | 'peerPath'>;

export interface Located {
  /** The block that grants the finding: `line` is its first line (locateFindings points `Finding.location` at `valueLine`). */
  location: SourceLocation;
  /**
   * `rule-block`: the inline `ingress`/`egress` block (or list element) that
   * writes the permission. `resource`: the resource block (standalone rules,
   * group-level findings, or when the inline block cannot be told). `module-call`:
   * the `module` block of a module whose source is not on disk (see `module`).
   */
  kind: 'rule-block' | 'resource' | 'module-call';
  /**
   * The line of the offending value (the `"0.0.0.0/0"` of `cidr_blocks`, or what
   * computes it) when it can be told; for `module-call`, the `source` line.
   * Always inside `location`.
   */
  valueLine: number | null;
  /** For `module-call`: the module that is remote or missing. */
  module: ModuleSource | null;
}

/** The Terraform configuration read from disk, ready to locate findings in. */
export interface SourceIndex {
  /** The root module's directory, relative to the repository root. */
  readonly root: string;
  /** Files that could not be read or parsed, in path order; findings in them stay unlocated. */
  readonly unreadable: readonly Unreadable[];
  /** Every module found, the root first, then in path order. */
  readonly modules: readonly ModuleSource[];
  /** Where a finding is written; null when its resource cannot be found. */
  locate(target: LocateTarget): Located | null;
  /**
   * The suppression comments for a located block: `# sg-guard:ignore <rule> <reason>`
   * (or `//`) comments on the lines directly before the block at `location`
   * (from its `blockLine` when it has one) (no
   * blank line between) and, for an inline rule block, directly before its
   * resource. In .tf.json, `"//"` properties of those blocks. In line order.
   * Empty for a location that is not in the index.
   */
  suppressionsFor(location: SourceLocation): Suppression[];
}
