/**
 * A URL-safe slug: lower case, ASCII letters and digits joined by dashes.
 * `+` and `&` become words so `C` and `C++` stay apart.
 */
export function slugify(text: string): string {
  return (
    text
      .replace(/\+/g, ' plus ')
      .replace(/&/g, ' and ')
      .normalize('NFKD')
      // The accents NFKD split off: `Crédito` is `credito`, not `cre-dito`.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

type Placed = { name: string; category: string };

/**
 * Unique ids in file order, the same whichever category is shown: the first
 * item with a slug keeps it, a later one gets its category's slug appended
 * (`deepflow-ai-agent`), and a numeric suffix settles anything left. Linear
 * time: each numbered stem remembers the last number it gave, and every
 * number below it is taken already (ids are never released).
 */
export function assignIds(items: readonly Placed[]): string[] {
  const used = new Set<string>();
  const nextNumber = new Map<string, number>();
  return items.map(({ name, category }) => {
    const base = slugify(name) || 'item';
    const stem = `${base}-${slugify(category) || 'category'}`;
    let id = [base, stem].find((c) => !used.has(c));
    let n = nextNumber.get(stem) ?? 2;
    for (; id === undefined; n += 1) {
      const numbered = `${stem}-${n}`;
      if (!used.has(numbered)) id = numbered;
    }
    nextNumber.set(stem, n);
    used.add(id);
    return id;
  });
}
