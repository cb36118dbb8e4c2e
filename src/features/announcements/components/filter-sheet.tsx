import { useId, useRef } from 'react';

import { Button } from '@/components/ui/button';

import type { ReactNode } from 'react';

export type FilterSheetProps = {
  /** How many filters are on, shown on the button. */
  activeCount: number;
  /** How many results the filters leave, shown on the close button. */
  resultCount: number;
  children: ReactNode;
};

/**
 * On narrow screens the filters wait behind one button and open as a bottom
 * sheet (a modal `<dialog>`: focus stays inside, Esc closes it, focus returns
 * to the button), so the results come first.
 */
export function FilterSheet({
  activeCount,
  resultCount,
  children,
}: FilterSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <Button
        variant="secondary"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        Filter
        {activeCount > 0 && (
          <span className="bg-accent-600 dark:bg-accent-400 rounded-full px-2 text-sm text-white tabular-nums dark:text-slate-950">
            {activeCount}
            <span className="sr-only"> on</span>
          </span>
        )}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        // A click on the backdrop (the dialog box itself, outside its
        // content) closes the sheet, as on every phone.
        onClick={(event) => {
          if (event.target === dialog.current) close();
        }}
        className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[85dvh] w-full max-w-none overflow-hidden rounded-t-2xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex max-h-[85dvh] flex-col">
          <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
            <h2 id={titleId} className="text-lg font-semibold">
              Filter announcements
            </h2>
            <Button variant="ghost" size="sm" onClick={close}>
              Close
            </Button>
          </div>
          <div className="flex flex-col gap-6 overflow-y-auto px-4 py-4">
            {children}
          </div>
          <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-800">
            <Button className="w-full" onClick={close}>
              Show {resultCount} {resultCount === 1 ? 'result' : 'results'}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
