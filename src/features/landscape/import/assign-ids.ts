/**
 * A URL-safe slug: lower case, ASCII letters and digits joined by dashes.
 * `+` and `&` become words so `C` and `C++` stay apart.
 */
export function slugify(text: string): string {
  return text
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Placed = { name: string; category: string };

/**
 * Unique ids in file order, the same whichever category is shown: the first
 * item with a slug keeps it, a later one gets its category's slug appended
 * (`deepflow-ai-agent`), and a numeric suffix settles anything left.
 */
export function assignIds(items: readonly Placed[]): string[] {
  const used = new Set<string>();
  return items.map(({ name, category }) => {
    const base = slugify(name) || 'item';
    const candidates = [base, `${base}-${slugify(category) || 'category'}`];
    let id = candidates.find((c) => !used.has(c));
    for (let n = 2; id === undefined; n += 1) {
      const numbered = `${candidates[1]}-${n}`;
      if (!used.has(numbered)) id = numbered;
    }
    used.add(id);
    return id;
  });
}
