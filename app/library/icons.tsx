/** Small line icons for the library UI (16 px grid, currentColor). */
const BASE = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.4, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export function PlusIcon() {
  return (
    <svg {...BASE}>
      <path d="M8 3.5v9M3.5 8h9" />
    </svg>
  );
}

export function TemplateIcon() {
  return (
    <svg {...BASE}>
      <rect x="2.5" y="2.5" width="11" height="11" rx="1.5" />
      <path d="M2.5 6h11M6 6v7.5" />
    </svg>
  );
}

export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <svg {...BASE} className={`transition-transform ${open ? 'rotate-180' : ''}`}>
      <path d="m4.5 6.5 3.5 3.5 3.5-3.5" />
    </svg>
  );
}

export function PencilIcon() {
  return (
    <svg {...BASE}>
      <path d="M10.5 3 13 5.5 6 12.5l-3 .5.5-3Z" />
    </svg>
  );
}

export function CopyIcon() {
  return (
    <svg {...BASE}>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.2" />
      <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg {...BASE}>
      <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.2a1 1 0 0 0 1 .8h3.8a1 1 0 0 0 1-.8l.6-8.2" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...BASE}>
      <path d="m4 4 8 8M12 4l-8 8" />
    </svg>
  );
}

export function DiagramIcon({ className }: { className?: string }) {
  return (
    <svg {...BASE} className={className}>
      <rect x="1.5" y="2.5" width="5" height="4" rx="0.8" />
      <rect x="9.5" y="9.5" width="5" height="4" rx="0.8" />
      <path d="M4 6.5v3.5a1.5 1.5 0 0 0 1.5 1.5h4" />
    </svg>
  );
}
