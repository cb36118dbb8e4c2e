/**
 * What the mock API does. A scenario applies to one resource (`awards`) or
 * to all (`*`): `schema-violation:awards`, `server-error`, `slow:catalog`.
 */
const SCENARIO_KINDS = [
  'ok',
  'server-error',
  'slow',
  'invalid-json',
  'schema-violation',
  'unknown-version',
  'empty',
  'offline',
] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export type Scenario = { kind: ScenarioKind; resource: string };

const DEFAULT_SCENARIO: Scenario = { kind: 'ok', resource: '*' };

/** Parses `kind[:resource]`; anything unknown falls back to `ok`. */
export function parseScenario(value: string | null | undefined): Scenario {
  if (!value) return DEFAULT_SCENARIO;
  const [kind, resource = '*'] = value.split(':');
  const known = SCENARIO_KINDS.find((k) => k === kind);
  return known ? { kind: known, resource } : DEFAULT_SCENARIO;
}

let active: Scenario = DEFAULT_SCENARIO;

export function setScenario(scenario: Scenario | string): void {
  active = typeof scenario === 'string' ? parseScenario(scenario) : scenario;
}

export function resetScenario(): void {
  active = DEFAULT_SCENARIO;
}

/** The scenario that applies to `resource` right now. */
export function scenarioFor(resource: string): ScenarioKind {
  return active.resource === '*' || active.resource === resource
    ? active.kind
    : 'ok';
}

/** How long the `slow` scenario holds a response, in ms. */
export const SLOW_DELAY_MS = 2500;
