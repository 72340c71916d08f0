/** "?" opens this sheet of every shortcut. */
import { Modal } from '../findings/Modal';
import { SHORTCUT_GROUPS } from './shortcutList';

export function ShortcutSheet() {
  return (
    <Modal title="Keyboard shortcuts" width="max-w-3xl">
      <div className="grid gap-6 sm:grid-cols-2">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title}>
            <h3 className="mb-2 text-[11px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{group.title}</h3>
            <dl className="space-y-1.5">
              {group.items.map((item) => (
                <div key={item.action} className="flex items-baseline justify-between gap-4 text-[13px]">
                  <dt className="text-slate-700 dark:text-slate-200">{item.action}</dt>
                  <dd className="shrink-0 font-mono text-[12px] text-slate-500 dark:text-slate-400">{item.keys}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
