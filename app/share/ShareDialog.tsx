/**
 * "Share": the whole diagram in a link (the fragment never reaches a
 * server), copied to the clipboard as the dialog opens, with its length. A
 * review link opens read-only. Long links get a warning and the file as an
 * alternative; links no browser would accept are not offered at all.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { shareLink } from '../../src/share/shareLink';
import { Modal } from '../findings/Modal';
import { useEditor } from '../store/editorStore';
import { downloadDiagramJson } from '../io/saveFile';
import { linkVerdict, MAX_LINK_CHARS, WARN_LINK_CHARS } from './shareLimits';

type CopyState = 'copying' | 'copied' | 'manual';

export function ShareDialog() {
  const diagram = useEditor((s) => s.diagram);
  const startInReview = useEditor((s) => s.readOnly);
  const [review, setReview] = useState(startInReview);
  const [copy, setCopy] = useState<CopyState>('copying');
  const field = useRef<HTMLInputElement>(null);
  const base = `${window.location.origin}${window.location.pathname}`;
  const link = useMemo(() => shareLink(diagram, base, { review }), [diagram, base, review]);
  const verdict = linkVerdict(link.length);

  useEffect(() => {
    if (verdict === 'too-long') return;
    let live = true;
    setCopy('copying');
    navigator.clipboard.writeText(link).then(
      () => live && setCopy('copied'),
      () => {
        if (!live) return;
        setCopy('manual');
        field.current?.select();
      },
    );
    return () => {
      live = false;
    };
  }, [link, verdict]);

  return (
    <Modal title="Share this diagram" width="max-w-xl" testId="share-dialog">
      <p className="mb-3 text-[13px] text-slate-600 dark:text-slate-300">
        The link holds the whole diagram, its findings and accepted risks. It is never sent to a server: anyone who opens it sees the diagram in their own browser.
      </p>
      <fieldset className="mb-4 flex gap-2" aria-label="Who can do what">
        <Choice checked={!review} onChange={() => setReview(false)} title="Open and edit" detail="They can edit their own copy" />
        <Choice checked={review} onChange={() => setReview(true)} title="Share for review" detail="Opens read-only, findings visible" testId="share-review" />
      </fieldset>
      {verdict === 'too-long' ? (
        <div role="alert" data-testid="share-too-long" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-[13px] text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          This diagram is too large for a link: it would be {link.length.toLocaleString('en-US')} characters, and browsers accept at most {MAX_LINK_CHARS.toLocaleString('en-US')}. Send the JSON file instead.
        </div>
      ) : (
        <>
          <div className="flex gap-2">
            <input
              ref={field}
              readOnly
              value={link}
              aria-label="Share link"
              data-testid="share-link"
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-[12px] text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
            />
            <button
              type="button"
              className="rounded-md bg-violet-600 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
              onClick={() => void navigator.clipboard.writeText(link).then(() => setCopy('copied'), () => setCopy('manual'))}
            >
              Copy link
            </button>
          </div>
          <p className="mt-2 flex justify-between text-[12px] text-slate-500 dark:text-slate-400" aria-live="polite">
            <span data-testid="share-copy-state">{copy === 'copied' ? '✓ Copied to the clipboard' : copy === 'manual' ? `The clipboard is not available: press ${navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'}+C to copy` : 'Copying…'}</span>
            <span data-testid="share-length">{link.length.toLocaleString('en-US')} characters</span>
          </p>
          {verdict === 'long' ? (
            <div role="alert" data-testid="share-long" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
              This link is longer than {WARN_LINK_CHARS.toLocaleString('en-US')} characters: some mail and chat tools cut long links. If it arrives broken, send the JSON file instead.
            </div>
          ) : null}
        </>
      )}
      {verdict !== 'fine' ? (
        <button type="button" data-testid="share-json" className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-[13px] hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800" onClick={() => downloadDiagramJson(diagram)}>
          Download the JSON file
        </button>
      ) : null}
    </Modal>
  );
}

function Choice({ checked, onChange, title, detail, testId }: { checked: boolean; onChange: () => void; title: string; detail: string; testId?: string }) {
  return (
    <label
      className={`flex flex-1 cursor-pointer flex-col rounded-md border px-3 py-2 text-[13px] ${checked ? 'border-violet-500 bg-violet-50 dark:bg-violet-950' : 'border-slate-300 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800'}`}
    >
      <span className="flex items-center gap-2 font-medium">
        <input type="radio" name="share-mode" checked={checked} onChange={onChange} data-testid={testId} className="accent-violet-600" />
        {title}
      </span>
      <span className="pl-5 text-[12px] text-slate-500 dark:text-slate-400">{detail}</span>
    </label>
  );
}
