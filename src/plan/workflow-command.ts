/**
 * What a GitHub Actions workflow-command line looks like (`::debug::…`,
 * `::set-output name=x::…`): setup-terraform's wrapper writes them into the
 * captured `terraform show -json` output. One definition for both plan
 * readers: load.ts tests whole lines, scan.ts the start of a line it reads
 * from a file.
 */

/** `::name` at the start of a line. */
const NAME = /^::[A-Za-z][\w-]*/;

/**
 * Whether `text`, the start of a line, is a workflow command: `::name::`, or
 * `::name ` followed by `::` further on. `undecided` when that `::` may still
 * come after the end of `text` (a line longer than what was read).
 */
export function workflowCommandStart(text: string, whole: boolean): boolean | 'undecided' {
  const name = NAME.exec(text);
  if (!name) return false;
  const after = name[0].length;
  if (text.startsWith('::', after)) return true;
  if (text.charAt(after) !== ' ') return false;
  const end = text.indexOf('\n', after);
  const rest = end < 0 ? text.slice(after + 1) : text.slice(after + 1, end);
  if (rest.includes('::')) return true;
  return whole || end >= 0 ? false : 'undecided';
}

/** Whether a whole line is a workflow command. */
export function isWorkflowCommand(line: string): boolean {
  return workflowCommandStart(line, true) === true;
}
