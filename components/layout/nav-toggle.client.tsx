'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { CloseIcon, MenuIcon } from '@/components/icons/icons';

/** The menu button of the phone layout: opens the sidebar as a drawer. */
export function NavToggle() {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [lastPathname, setLastPathname] = useState(pathname);
  if (pathname !== lastPathname) {
    // Close the drawer once the reader has picked a page.
    setLastPathname(pathname);
    setOpen(false);
  }

  useEffect(() => {
    document.body.classList.toggle('nav-open', open);
  }, [open]);

  return (
    <button
      type="button"
      className="icon-button nav-toggle"
      aria-label="Menu"
      aria-expanded={open}
      aria-controls="site-sidebar"
      onClick={() => setOpen((value) => !value)}
    >
      {open ? <CloseIcon /> : <MenuIcon />}
    </button>
  );
}
