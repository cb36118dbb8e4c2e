/** Shown in place of a figure the source does not give (never as 0). */
export function NotPublished() {
  return (
    <span className="text-sm text-slate-600 italic dark:text-slate-400">
      not published
    </span>
  );
}
