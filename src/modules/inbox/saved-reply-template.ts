/** What a saved reply may fill in; unknown placeholders stay visible so the agent notices them. */
export interface TemplateValues {
  'member.name': string;
  'member.first_name': string;
  'agent.name': string;
  'agent.first_name': string;
  'conversation.subject': string;
  'team.name': string;
}

export const templateVariables: readonly (keyof TemplateValues)[] = [
  'member.name',
  'member.first_name',
  'agent.name',
  'agent.first_name',
  'conversation.subject',
  'team.name',
];

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** Replaces {{member.first_name}}-style placeholders (spaces inside the braces allowed). */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{\s*([a-z_.]+)\s*\}\}/g, (whole, key: string) =>
    key in values ? values[key as keyof TemplateValues] : whole,
  );
}
