// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { assignIds, slugify } from './assign-ids';

describe('slugify', () => {
  it('drops accents instead of splitting the word at them', () => {
    expect(slugify('Banco de Crédito BCP')).toBe('banco-de-credito-bcp');
    expect(slugify('Ĕta Editör')).toBe('eta-editor');
  });

  it('keeps C and C++ apart, and & as a word', () => {
    expect(slugify('C')).not.toBe(slugify('C++'));
    expect(slugify('Tom & Jerry')).toBe('tom-and-jerry');
  });
});

describe('assignIds', () => {
  it('gives a repeated name its category, then a number', () => {
    expect(
      assignIds([
        { name: 'DeepFlow', category: 'Observability' },
        { name: 'DeepFlow', category: 'AI Agent' },
        { name: 'DeepFlow', category: 'AI Agent' },
      ]),
    ).toEqual(['deepflow', 'deepflow-ai-agent', 'deepflow-ai-agent-2']);
  });
});
