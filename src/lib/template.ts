/**
 * Message templates: `{{name}}` (spaces inside the braces allowed) replaced
 * by `data[name]`; a name with no value becomes ''. The one filler for rule
 * messages and the notes findings gain.
 */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data?.[key] ?? ''));
}
