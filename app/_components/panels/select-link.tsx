'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Selection } from '@/lib/schemas/explorer-params';

type Sel = NonNullable<Selection>;
interface Nav {
  hrefFor: (sel: Sel) => string;
  select: (sel: Sel) => void;
}

export const NavContext = createContext<Nav>({ hrefFor: () => '#', select: () => undefined });

/** A real link (open in a new tab works) that selects in place on a plain click. */
export function SelectLink({
  sel,
  children,
  className,
}: {
  sel: Sel;
  children: ReactNode;
  className?: string;
}) {
  const nav = useContext(NavContext);
  return (
    <a
      href={nav.hrefFor(sel)}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        nav.select(sel);
      }}
    >
      {children}
    </a>
  );
}
