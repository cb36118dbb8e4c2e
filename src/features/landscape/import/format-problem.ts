import type { ImportProblem } from './import-types';

/** `line 1203, item "Foo": homepage_url is not an http(s) URL` */
export function formatProblem(problem: ImportProblem): string {
  const where = [
    problem.line === null ? null : `line ${problem.line}`,
    problem.subject,
  ].filter(Boolean);
  return where.length > 0
    ? `${where.join(', ')}: ${problem.message}`
    : problem.message;
}
